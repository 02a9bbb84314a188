"""Which extractor read a file: a digest of this package's code. A store keeps it with each
file it ingested, so that an ingestion after an upgrade (or any change to the extractor) reads
unchanged files again instead of keeping what an older extractor made of them."""

from __future__ import annotations

import hashlib
from pathlib import Path


def _extractor_id() -> str:
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_ID = _extractor_id()
