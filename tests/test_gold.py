"""The acceptance test of extraction: `legalgraph extract` on the samples, scored by the gold."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

# The F1 figures issue 2 asks for, per layer of shared/gold/score.py.
THRESHOLDS = {"self": 1.0, "references": 0.98, "mentions": 0.97, "dates": 0.95, "named": 0.90,
              "relations": 0.90}


def test_extraction_of_the_samples_meets_the_gold(samples_dir: Path, shared_dir: Path,
                                                  tmp_path: Path) -> None:
    _assert_meets_the_gold(samples_dir, shared_dir, tmp_path, THRESHOLDS)


def test_the_samples_hard_wrapped_as_text_from_a_pdf_still_meet_the_gold(
        samples_dir: Path, shared_dir: Path, tmp_path: Path) -> None:
    # Lines broken at 75 columns, anywhere in a sentence: between a type word and its number,
    # inside a cue, a filler or a footnote, or leaving a symbol alone on a line.
    wrapped = tmp_path / "wrapped"
    wrapped.mkdir()
    for sample in sorted(samples_dir.glob("*.txt")):
        lines = [part for line in sample.read_text(encoding="utf-8").split("\n")
                 for part in textwrap.wrap(line, 75, break_long_words=False,
                                           break_on_hyphens=False) or [""]]
        (wrapped / sample.name).write_text("\n".join(lines), encoding="utf-8")
    # Relations were 0.961 before sentences and fillers allowed for such breaks.
    _assert_meets_the_gold(wrapped, shared_dir, tmp_path, {**THRESHOLDS, "relations": 0.98})


def _assert_meets_the_gold(samples_dir: Path, shared_dir: Path, tmp_path: Path,
                           thresholds: dict[str, float]) -> None:
    output = tmp_path / "samples.jsonl"
    with open(output, "w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, "-m", "api.cli", "extract", str(samples_dir),
                        "--format", "jsonl"], stdout=handle, check=True)
    args = [f"--min-f1={layer}={value}" for layer, value in thresholds.items()]
    score = subprocess.run([sys.executable, str(shared_dir / "gold" / "score.py"), str(output),
                            *args], capture_output=True, text=True)
    print(score.stdout)
    assert score.returncode == 0, score.stdout
