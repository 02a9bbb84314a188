"""Export the graph: GraphML and GEXF (Gephi), node-link JSON, and CSV for `neo4j-admin import`.

The CSV files follow the header format of `neo4j-admin database import`: `documents.csv` with
`id:ID` and typed properties, one relationships file per type with `:START_ID`, `:END_ID` and
`:TYPE`, so a national corpus can be bulk-loaded instead of written through the driver.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from graph.model import DocumentNode
from graph.store import DocumentFilter, GraphStore

FORMATS = ("graphml", "gexf", "json", "csv")
_NODE_FIELDS = ("type", "number", "issuer", "year", "province", "new_province", "name", "date",
                "title", "issuing_body", "level", "signer", "ingested")


def iter_documents(store: GraphStore) -> Iterator[DocumentNode]:
    after = None
    while True:
        page = store.documents(DocumentFilter(), limit=5000, after=after)
        if not page:
            return
        yield from page
        after = page[-1].id


def _attributes(doc: DocumentNode) -> dict[str, object]:
    """Node attributes as GraphML/GEXF accept them: strings, numbers and booleans, no None."""
    out: dict[str, object] = {"label": doc.symbol or doc.id}
    for name in _NODE_FIELDS:
        value = getattr(doc, name)
        if value is None:
            continue
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    out["aliases"] = "; ".join(doc.aliases)
    return out


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for doc in iter_documents(store):
        graph.add_node(doc.id, **_attributes(doc))
    for source, target, relation, depth in store.edge_list():
        graph.add_edge(source, target, key=relation.value, relation=relation.value, depth=depth)
    return graph


def export(store: GraphStore, fmt: str, out: Path) -> list[Path]:
    """Write the graph in `fmt` to `out` (a file, or a directory for csv); the paths written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    if fmt == "csv":
        return _export_csv(store, out)
    graph = to_networkx(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        nx.write_gexf(graph, out)
    else:
        data = nx.node_link_data(graph, edges="links")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [out]


def _export_csv(store: GraphStore, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    nodes_path = out / "documents.csv"
    with open(nodes_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id:ID", "symbol", *[_header(n) for n in _NODE_FIELDS],
                         "aliases:string[]", ":LABEL"])
        for doc in iter_documents(store):
            writer.writerow([doc.id, doc.symbol, *[_cell(getattr(doc, n)) for n in _NODE_FIELDS],
                             ";".join(doc.aliases), "Document"])
    rel_path = out / "relationships.csv"
    with open(rel_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([":START_ID", ":END_ID", ":TYPE", "depth:int"])
        for source, target, relation, depth in store.edge_list():
            writer.writerow([source, target, relation.value, depth])
    return [nodes_path, rel_path]


def _header(name: str) -> str:
    kinds = {"year": "int", "ingested": "boolean", "date": "date"}
    return f"{name}:{kinds[name]}" if name in kinds else name


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
