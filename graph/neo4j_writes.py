"""The Neo4j store's write transactions: one batch of file changes, applied in one
transaction of batched, parameterised `UNWIND` statements (graph/neo4j_store.py runs it, and
retries file by file when it fails)."""

from __future__ import annotations

from collections import defaultdict

from neo4j import ManagedTransaction

from extract.models import RelationType
from graph.model import FileChange, IngestedFile
from graph.neo4j_layout import (
    DOCUMENT,
    EVIDENCE,
    document_properties,
    file_properties,
    node_from_fields,
)


def apply_batch(tx: ManagedTransaction, changes: list[FileChange]) -> None:
    """Apply `changes` in order within `tx`: a file already ingested is first taken back."""
    replaced = {r["name"] for r in tx.run(
        "MATCH (f:File) WHERE f.name IN $names RETURN f.name AS name",
        names=[c.file for c in changes])}
    if not replaced:  # new files only (a bulk load): write them all in a few statements
        _write(tx, changes)
        return
    for change in changes:  # replacements keep the order remove, add of each file
        if change.file in replaced:
            _remove(tx, change.file)
        _write(tx, [change])


def _remove(tx: ManagedTransaction, file: str) -> None:
    """Take back everything `file` contributed: its evidence, edges, orphans, File node."""
    old = tx.run("MATCH (f:File {name: $file}) RETURN f.nodes AS nodes", file=file).single()
    old_nodes = list(old["nodes"])
    tx.run(f"""
        MATCH (a:Document)-[r]->(b:Document)
        WHERE a.id IN $ids AND $file IN r.ev_files
        WITH r, [i IN range(0, size(r.ev_files) - 1) WHERE r.ev_files[i] <> $file] AS keep
        SET {', '.join(f'r.{p} = [i IN keep | r.{p}[i]]' for p in EVIDENCE)}
        WITH r, keep
        SET r.depth = reduce(s = 0, m IN r.ev_mentions | s + m)
        WITH r WHERE size(r.ev_files) = 0
        DELETE r""", ids=old_nodes, file=file)
    tx.run("""
        MATCH (d:Document) WHERE d.id IN $ids
        SET d.sources = [s IN d.sources WHERE s <> $file]
        WITH d
        CALL (d) { WITH d WHERE d.file = $file SET d.ingested = false, d.file = null }
        WITH d WHERE size(d.sources) = 0 AND NOT (d)--()
        DELETE d""", ids=old_nodes, file=file)
    tx.run("MATCH (f:File {name: $file}) DELETE f", file=file)


def _write(tx: ManagedTransaction, changes: list[FileChange]) -> None:
    """Nodes, edges and File nodes of new changes, merged in file order as one by one."""
    ids = sorted({n.id for c in changes for n in c.nodes})
    merged = {node.id: node for node in (node_from_fields(r["doc"]) for r in tx.run(
        f"MATCH (d:Document) WHERE d.id IN $ids RETURN {DOCUMENT}", ids=ids))}
    added: dict[str, list[str]] = defaultdict(list)  # node id -> files of `changes`
    for change in changes:
        for node in change.nodes:
            current = merged.get(node.id)
            merged[node.id] = node if current is None else current.merge(node)
            added[node.id].append(change.file)
    # Sources are appended, never read back: a directive cited by thousands of files
    # has thousands, and sending them both ways each batch made bulk loads quadratic.
    # None of `changes` is among them: new files have none, a replaced one was removed.
    rows = [{"id": i, "props": document_properties(doc), "added": added[i]}
            for i, doc in merged.items()]
    tx.run("""
        UNWIND $rows AS row MERGE (d:Document {id: row.id})
        SET d += row.props, d.sources = coalesce(d.sources, []) + row.added""", rows=rows)
    by_type: dict[RelationType, list[dict]] = defaultdict(list)
    for change in changes:
        for edge in change.edges:
            ev = edge.evidence[0]
            by_type[edge.relation].append({"source": edge.source, "target": edge.target,
                                           "file": change.file, "sentence": ev.sentence,
                                           "start": ev.start, "end": ev.end,
                                           "mentions": ev.mentions})
    for relation, edges in by_type.items():
        written = tx.run(f"""
            UNWIND $edges AS e
            MATCH (a:Document {{id: e.source}}), (b:Document {{id: e.target}})
            MERGE (a)-[r:{RelationType(relation).value}]->(b)
            ON CREATE SET r.ev_files = [e.file], r.ev_sentences = [e.sentence],
                r.ev_starts = [e.start], r.ev_ends = [e.end], r.ev_mentions = [e.mentions],
                r.depth = e.mentions
            ON MATCH SET r.ev_files = r.ev_files + e.file,
                r.ev_sentences = r.ev_sentences + e.sentence,
                r.ev_starts = r.ev_starts + e.start, r.ev_ends = r.ev_ends + e.end,
                r.ev_mentions = r.ev_mentions + e.mentions, r.depth = r.depth + e.mentions
            RETURN count(r) AS n""", edges=edges).single()["n"]
        if written != len(edges):
            files = sorted({e["file"] for e in edges})
            raise ValueError(f"{', '.join(files)}: {len(edges) - written} {relation.value} "
                             "edges name a document the change does not bring")
    files = [file_properties(IngestedFile(c.file, c.sha256, c.document_id,
                                          tuple(n.id for n in c.nodes), tuple(c.unresolved),
                                          c.extractor),
                             c.text, c.mentions) for c in changes]
    tx.run("UNWIND $files AS f CREATE (n:File) SET n = f", files=files)
