"""Export the graph: GraphML and GEXF (Gephi), node-link JSON, and CSV for `neo4j-admin import`.

The CSV files follow the header format of `neo4j-admin database import`: `documents.csv` and
`files.csv` with an `:ID` column, typed properties and a `:LABEL`, `relationships.csv` with
`:START_ID`, `:END_ID` and `:TYPE`, so a national corpus can be bulk-loaded instead of written
through the driver (`legalgraph neo4j import DIR` runs the tool on the local server).
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


# neo4j-admin's array delimiter: ";" by default, which sentences and titles contain.
ARRAY_DELIMITER = "\x1f"  # the ASCII unit separator; `--array-delimiter=U+001F`
_CSV_TYPES = {"year": "int", "ingested": "boolean", "aliases": "string[]", "sources": "string[]",
              "dated_by": "string[]",
              "nodes": "string[]", "depth": "int", "ev_files": "string[]",
              "ev_sentences": "string[]", "ev_starts": "int[]", "ev_ends": "int[]",
              "ev_mentions": "int[]"}


def _export_csv(store: GraphStore, out: Path) -> list[Path]:
    """The store as `neo4j-admin database import` loads it into a legalgraph Neo4j store:
    the properties `Neo4jStore` writes (documents, relationships with their evidence, files
    with their texts), so the imported database answers every query and takes new files."""
    from graph.neo4j_layout import document_properties, evidence_properties, file_properties

    out.mkdir(parents=True, exist_ok=True)
    files = list(store.ingested_files())
    sources: dict[str, list[str]] = {}
    for file in files:
        for node_id in file.nodes:
            sources.setdefault(node_id, []).append(file.file)

    ids: list[str] = []  # kept from the documents' pass for the relationships' pages

    def documents() -> Iterator[dict]:
        for doc in iter_documents(store):
            ids.append(doc.id)
            yield {"symbol": doc.symbol,
                   **document_properties(doc), "sources": sorted(sources.get(doc.id, []))}

    def relationships() -> Iterator[dict]:
        for page in _pages(ids, 1000):
            for edge in store.edges(page, "out"):
                yield {":START_ID": edge.source, ":END_ID": edge.target,
                       ":TYPE": edge.relation.value, **evidence_properties(edge.evidence)}

    def file_rows() -> Iterator[dict]:
        for file in files:
            text, mentions = store.file_text(file.file) or ("", [])
            yield file_properties(file, text, mentions)

    paths = [out / "documents.csv", out / "relationships.csv", out / "files.csv"]
    _write_csv(paths[0], documents(), id_column="id", label="Document")
    _write_csv(paths[1], relationships())
    _write_csv(paths[2], file_rows(), id_column="name", label="File", id_space="File")
    return paths


def _pages(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _write_csv(path: Path, rows: Iterator[dict], id_column: str | None = None,
               label: str | None = None, id_space: str | None = None) -> None:
    """Rows of one kind, the header typed from the first; an empty cell is a missing value."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        columns: list[str] | None = None
        for row in rows:
            if columns is None:
                columns = list(row)
                writer.writerow([_header(c, id_column, id_space) for c in columns]
                                + ([":LABEL"] if label else []))
            writer.writerow([_cell(row[c]) for c in columns] + ([label] if label else []))


def _header(name: str, id_column: str | None, id_space: str | None) -> str:
    if name == id_column:
        return f"{name}:ID({id_space})" if id_space else f"{name}:ID"
    return f"{name}:{_CSV_TYPES[name]}" if name in _CSV_TYPES else name


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        cells = [_cell(v) for v in value]
        if any(ARRAY_DELIMITER in c for c in cells):
            raise ValueError(f"a value holds the CSV array delimiter U+001F: {cells!r:.200}")
        return ARRAY_DELIMITER.join(cells)
    return str(value)
