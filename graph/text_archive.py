"""File texts and their reference spans, kept on disk beside the embedded graph.

They are read one file at a time (the annotated view, re-resolution), and held in memory with
the graph they would cost more than the graph's topology (10k synthetic plans: 256 MB of
775). Rows are content-addressed: a row is written before the graph that names it is saved,
and a row the graph stopped naming is dropped only after it is saved, so a crash at any point
leaves every file the saved graph names readable (at worst, a few rows nobody names, which
cost only disk).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

_SCHEMA = "CREATE TABLE IF NOT EXISTS texts (id TEXT PRIMARY KEY, text BLOB, mentions BLOB)"


def content_id(text: str, mentions: list[dict]) -> str:
    """The row's key: a file's text and its spans (spans change when references resolve)."""
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(json.dumps(mentions, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


class TextArchive:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path)
        db.execute(_SCHEMA)
        return db

    def put(self, rows: Iterable[tuple[str, str, list[dict]]]) -> None:
        """Store (content id, text, mentions) rows, in one transaction."""
        packed = [(cid, zlib.compress(text.encode("utf-8")),
                   zlib.compress(json.dumps(mentions, ensure_ascii=False).encode("utf-8")))
                  for cid, text, mentions in rows]
        with closing(self._connect()) as db, db:
            db.executemany("INSERT OR IGNORE INTO texts VALUES (?, ?, ?)", packed)

    def get(self, cid: str) -> tuple[str, list[dict]] | None:
        if not self.path.exists():
            return None
        with closing(self._connect()) as db:
            row = db.execute("SELECT text, mentions FROM texts WHERE id = ?", (cid,)).fetchone()
        if row is None:
            return None
        return (zlib.decompress(row[0]).decode("utf-8"),
                json.loads(zlib.decompress(row[1]).decode("utf-8")))

    def drop(self, cids: Iterable[str]) -> None:
        with closing(self._connect()) as db, db:
            db.executemany("DELETE FROM texts WHERE id = ?", [(cid,) for cid in cids])

    def clear(self) -> None:
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM texts")
