"""Shared fixtures: the sample corpus, the gold annotations, stores built from the samples."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
# shared/ stands beside the clone (in CI too): the gold annotations and the scorer.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def sample_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold" / "score.py").exists():
        pytest.fail(f"{SHARED} is missing: the gold annotations stand beside the clone")
    return SHARED
