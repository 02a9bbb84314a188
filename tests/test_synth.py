"""The synthetic corpus: deterministic, realistic in size, and scored against its own truth."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.synth import generate, write_corpus


def test_the_same_seed_gives_the_same_corpus() -> None:
    assert list(generate(20, seed=3)) == list(generate(20, seed=3))
    assert list(generate(5, seed=3)) != list(generate(5, seed=4))


def test_each_plan_cites_20_to_45_times_with_a_local_self() -> None:
    for _, text, gold in generate(50, seed=1):
        mentions = sum(r["mentions"] for r in gold["references"])
        assert 20 <= mentions <= 50, mentions
        assert gold["self"]["province"] and gold["self"]["number"] in text
        assert {r["relation"] for r in gold["relations"]} <= {
            "SUPERSEDES", "REPEALS", "AMENDS", "GUIDES", "BASED_ON", "IMPLEMENTS", "CITES"}


def test_extraction_of_200_synthetic_plans_meets_the_accuracy_floor(tmp_path: Path,
                                                                     shared_dir: Path) -> None:
    corpus = tmp_path / "synth"
    gold = write_corpus(200, corpus, seed=0)
    output = tmp_path / "out.jsonl"
    with open(output, "w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, "-m", "api.cli", "extract", str(corpus), "--format",
                        "jsonl"], stdout=handle, check=True)
    score = subprocess.run([sys.executable, str(shared_dir / "gold" / "score.py"), str(output),
                            "--gold", str(gold), "--min-f1", "references=0.98",
                            "--min-f1", "relations=0.90"], capture_output=True, text=True)
    print(score.stdout)
    assert score.returncode == 0, score.stdout
    assert len(output.read_text(encoding="utf-8").splitlines()) == 200
    assert json.loads(gold.read_text(encoding="utf-8").splitlines()[0])["file"] == "000000.txt"
