"""The benchmark of long inputs: each case is a text of the shape it names (the timing itself is
for `make bench`, not for tests)."""

from __future__ import annotations

from bench.long_inputs import CASES, bench_long_inputs, table_lines
from extract.pipeline import extract_text


def test_each_long_input_cites_documents_however_often_its_unit_repeats() -> None:
    for name, (before, unit, after) in CASES.items():
        once, thrice = (extract_text(before + unit * n + after) for n in (1, 3))
        assert once.references and thrice.references, name


def test_the_long_input_benchmark_reports_every_case() -> None:
    results = bench_long_inputs(units=5)
    assert set(results) == set(CASES)
    assert all({"seconds", "seconds_4x", "growth"} <= r.keys() for r in results.values())
    assert len(table_lines(results)) == len(CASES)
