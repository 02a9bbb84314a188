"""What each ingested file says, kept on disk beside the embedded graph: its text, its
reference spans, and the relationships it states with their sentences.

Texts are read one file at a time (the annotated view, re-resolution); statements by the
documents they join (the evidence of citations and cited-by). Held in memory with the graph
they would cost more than its topology (10k synthetic plans: texts 256 MB of 775; 100k plans:
evidence about 1.5 GB of 3.9). Rows are content-addressed: a content's rows are written before
the graph that names it is saved, and rows the graph stopped naming are dropped only after it
is saved, so a crash at any point leaves every file the saved graph names readable (at worst,
a few rows nobody names, which cost only disk).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from graph.model import FileChange

_SCHEMA = """
CREATE TABLE IF NOT EXISTS texts (id TEXT PRIMARY KEY, text BLOB, mentions BLOB);
CREATE TABLE IF NOT EXISTS statements (content TEXT, source TEXT, relation TEXT, target TEXT,
                                       sentence TEXT, start INTEGER, end INTEGER,
                                       mentions INTEGER);
CREATE INDEX IF NOT EXISTS statements_by_target ON statements (target);
CREATE INDEX IF NOT EXISTS statements_by_source ON statements (source);
CREATE INDEX IF NOT EXISTS statements_by_content ON statements (content);
"""
# Rows are stored file by file, as written. Stored in target order instead, what cites a
# central directive (30,000 plans of 100k) was read twice as fast, but every write landed on
# pages all over the table: ingestion wrote 3 x slower.
_INSERT = ("INSERT INTO statements (content, source, relation, target, sentence, start, end, "
           "mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_COLUMNS = "content, source, relation, target, sentence, start, end, mentions"
_BATCH = 500  # ids per IN (...): under SQLite's limit on bound parameters


class Statement(NamedTuple):
    """A relationship as one file states it: the evidence the archive keeps of it."""

    source: str
    relation: str
    target: str
    sentence: str
    start: int
    end: int
    mentions: int


def stated_in(change: FileChange) -> list[Statement]:
    """What an ingested file's change states: a row per relationship and file."""
    return [Statement(edge.source, edge.relation.value, edge.target, item.sentence, item.start,
                      item.end, item.mentions)
            for edge in change.edges for item in edge.evidence]


def content_id(text: str, mentions: list[dict], statements: list[Statement]) -> str:
    """The rows' key: a file's text, its spans (which change when references resolve) and its
    statements (which change with the extractor; their sentences are the text's own)."""
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(json.dumps(mentions, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    digest.update(json.dumps([(s.source, s.relation, s.target, s.start, s.end, s.mentions)
                              for s in statements]).encode("utf-8"))
    return digest.hexdigest()


class TextArchive:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._schema_made = False  # once per archive, not on every read

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path)
        if not self._schema_made:
            db.executescript(_SCHEMA)
            self._schema_made = True
        return db

    def put(self, rows: Iterable[tuple[str, str, list[dict], list[Statement]]]) -> None:
        """Store (content id, text, mentions, statements) rows, in one transaction."""
        packed = [(cid, zlib.compress(text.encode("utf-8")),
                   zlib.compress(json.dumps(mentions, ensure_ascii=False).encode("utf-8")),
                   statements)
                  for cid, text, mentions, statements in rows]
        with closing(self._connect()) as db, db:
            for cid, text, mentions, statements in packed:
                if db.execute("INSERT OR IGNORE INTO texts VALUES (?, ?, ?)",
                              (cid, text, mentions)).rowcount:  # else its rows are there
                    db.executemany(_INSERT, [(cid, *s) for s in statements])

    def restate(self, statements: Mapping[str, list[Statement]]) -> None:
        """Replace the statements of each content id, in one transaction (a store upgrade)."""
        with closing(self._connect()) as db, db:
            db.executemany("DELETE FROM statements WHERE content = ?",
                           [(cid,) for cid in statements])
            db.executemany(_INSERT, [(cid, *s) for cid, rows in statements.items() for s in rows])

    def get(self, cid: str) -> tuple[str, list[dict]] | None:
        if not self.path.exists():
            return None
        with closing(self._connect()) as db:
            row = db.execute("SELECT text, mentions FROM texts WHERE id = ?", (cid,)).fetchone()
        if row is None:
            return None
        return (zlib.decompress(row[0]).decode("utf-8"),
                json.loads(zlib.decompress(row[1]).decode("utf-8")))

    def statements_of(self, cid: str) -> list[Statement]:
        with closing(self._connect()) as db:
            return [Statement(*row[1:]) for row in db.execute(
                f"SELECT {_COLUMNS} FROM statements WHERE content = ?", (cid,))]

    def statements_at(self, ids: list[str], direction: str) -> list[tuple]:
        """(content id, *statement) rows for the relationships going out of `ids` ("out") or
        coming into them ("in"), of every content the archive holds: the caller keeps those
        its graph names. Plain tuples: a central directive has tens of thousands."""
        column = "source" if direction == "out" else "target"
        found: list[tuple] = []
        if not self.path.exists():
            return found
        with closing(self._connect()) as db:
            for i in range(0, len(ids), _BATCH):
                batch = ids[i:i + _BATCH]
                found += db.execute(f"SELECT {_COLUMNS} FROM statements "
                                    f"WHERE {column} IN ({', '.join('?' * len(batch))})", batch)
        return found

    def drop(self, cids: Iterable[str]) -> None:
        cids = [(cid,) for cid in cids]
        with closing(self._connect()) as db, db:
            db.executemany("DELETE FROM texts WHERE id = ?", cids)
            db.executemany("DELETE FROM statements WHERE content = ?", cids)

    def clear(self) -> None:
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM texts")
            db.execute("DELETE FROM statements")
