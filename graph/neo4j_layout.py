"""The property layout of the Neo4j store's nodes and relationships, in one place: the store's
reads and writes (graph/neo4j_store.py, graph/neo4j_writes.py) and the CSV export for
`neo4j-admin database import` (graph/export.py) all use it. Plain data, no driver: an export
does not need one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from extract.normalize import fold
from graph.model import DocumentNode, Evidence, IngestedFile, Reached
from graph.store import search_text

FIELDS = [f.name for f in dataclasses.fields(DocumentNode)]
EVIDENCE = ("ev_files", "ev_sentences", "ev_starts", "ev_ends", "ev_mentions")
# What reads return of a (:Document) `d`: a list of its DocumentNode fields in `FIELDS` order
# (not the search text and the sources kept for writes). A list, not a map: the driver's cost
# is per record and per map key, and `node_from_fields` builds the node from it positionally.
FIELD_LIST = ", ".join(f"d.{name}" for name in FIELDS)
DOCUMENT = f"[{FIELD_LIST}] AS doc"
_DATE, _INGESTED, _ALIASES, _DATED_BY = (
    FIELDS.index(name) for name in ("date", "ingested", "aliases", "dated_by"))


# What a walk of the graph reads of a (:Document) `d` (see `graph.model.Reached`).
REACHED_LIST = "d.id, d.date, d.province"


def node_from_fields(fields: list) -> DocumentNode:
    """A DocumentNode from its properties as `FIELD_LIST` lists them (absent ones are null)."""
    values = list(fields)
    values[_DATE] = _date(values[_DATE])
    values[_INGESTED] = bool(values[_INGESTED])
    values[_ALIASES] = list(values[_ALIASES] or [])
    values[_DATED_BY] = tuple(values[_DATED_BY] or ())
    return DocumentNode(*values)


def reached_from_fields(fields: list) -> Reached:
    """A `Reached` from its properties as `REACHED_LIST` lists them."""
    id, date, province = fields
    return Reached(id, _date(date), province)


def _date(stored: str | None) -> dt.date | None:
    return dt.date.fromisoformat(stored) if stored else None  # kept as an ISO string


def document_properties(node: DocumentNode) -> dict:
    """A (:Document)'s properties but `sources`, the files that brought it (kept apart:
    writes append to it)."""
    props = {name: getattr(node, name) for name in FIELDS}
    props["date"] = node.date.isoformat() if node.date else None
    props["dated_by"] = list(node.dated_by)
    props.update(issuer_folded=fold(node.issuer), search=search_text(node))
    return props


def evidence_properties(evidence: list[Evidence]) -> dict:
    """A relationship's properties: its evidence as parallel lists, and its depth."""
    return {"ev_files": [e.file for e in evidence], "ev_sentences": [e.sentence for e in evidence],
            "ev_starts": [e.start for e in evidence], "ev_ends": [e.end for e in evidence],
            "ev_mentions": [e.mentions for e in evidence],
            "depth": sum(e.mentions for e in evidence)}


def file_properties(file: IngestedFile, text: str, mentions: list[dict]) -> dict:
    """A (:File)'s properties: the record, the text and its reference spans (JSON)."""
    return {"name": file.file, "sha256": file.sha256, "extractor": file.extractor, "text": text,
            "document_id": file.document_id, "nodes": list(file.nodes),
            "mentions": json.dumps(mentions, ensure_ascii=False),
            "unresolved": json.dumps([dataclasses.asdict(u) for u in file.unresolved],
                                     ensure_ascii=False)}
