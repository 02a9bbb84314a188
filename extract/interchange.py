"""The JSON Lines interchange format of `shared/gold/README.md` (`extract --format jsonl`).

One object per document: `document` (its key, date, title), `references` (one entry per
mention of a numbered document, with offsets), `named` (laws cited only by name),
`relations` (one per pair), and, beyond what the gold reads, `unresolved` (mentions kept with
their candidates) and `repairs` (every correction, for audit).
"""

from __future__ import annotations

import json
from typing import Any

from extract.models import DocumentExtraction, DocumentKey, Reference, Status
from extract.provinces import province_name


def key_record(key: DocumentKey) -> dict[str, Any]:
    """A key as the gold writes it; a document known only by name is written by its name."""
    if key.number is None and key.name and key.type in ("LUAT", "PL"):
        return {"type": key.type, "number": None, "name": key.name}
    return {"type": key.type, "number": key.number, "issuer": key.issuer, "year": key.year,
            "province": province_name(key.province, key.year)}


def to_json_line(extraction: DocumentExtraction) -> str:
    """One line of `extract --format jsonl`, newline included."""
    return json.dumps(to_record(extraction), ensure_ascii=False) + "\n"


def to_record(extraction: DocumentExtraction) -> dict[str, Any]:
    identity = extraction.identity
    key = identity.key
    document = {**key_record(key), "issuer": key.issuer, "year": key.year,
                "province": province_name(key.province, key.year)}
    document.update({
        "id": key.id, "date": _iso(identity.date), "title": identity.title,
        "symbol": identity.symbol, "issuing_body": identity.issuing_body,
        "level": identity.level.value if identity.level else None, "signer": identity.signer,
    })
    document.pop("name", None)
    references, named, unresolved = [], [], []
    for ref in extraction.references:
        if ref.key is not None and ref.key.number is not None:
            references.append({**key_record(ref.key), **_mention(ref)})
        elif ref.status == Status.NAMED and ref.key is not None:
            named.append({"name": ref.key.name, **_mention(ref)})
        else:
            unresolved.append({**_mention(ref), "status": ref.status.value,
                               "candidates": [key_record(k) for k in ref.candidates]})
    relations = [
        {"source": "self" if rel.from_self else key_record(rel.source),
         "relation": rel.relation.value,
         "target": "self" if rel.target == key else key_record(rel.target),
         "cue": rel.cue, "sentence": rel.sentence, "start": rel.start, "end": rel.end,
         "mentions": rel.mentions}
        for rel in extraction.relations
    ]
    return {"file": extraction.file, "document": document, "references": references,
            "named": named, "relations": relations, "unresolved": unresolved}


def _mention(ref: Reference) -> dict[str, Any]:
    out: dict[str, Any] = {"text": ref.text, "start": ref.start, "end": ref.end,
                           "date": _iso(ref.date), "status": ref.status.value}
    if ref.repairs:
        out["repairs"] = [
            {"field": r.field, "printed": r.printed, "repaired": r.repaired, "reason": r.reason}
            for r in ref.repairs
        ]
    return out


def _iso(date) -> str | None:
    return date.isoformat() if date else None
