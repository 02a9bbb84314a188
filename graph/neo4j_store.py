"""The Neo4j store, through the official driver.

(:Document {id, ...}) nodes with a uniqueness constraint on `id` and indexes for lookups;
one relationship type per relation, carrying its evidence as parallel lists (`ev_files`,
`ev_sentences`, `ev_starts`, `ev_ends`, `ev_mentions`) and `depth`; (:File) nodes hold each
ingested file's hash, text, reference spans and unresolved references. All of one file's
changes run in one transaction of batched, parameterised `UNWIND` statements; the only text
put into Cypher is a relationship type from the `RelationType` enum, never user input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from extract.models import RelationType
from extract.normalize import fold
from extract.provinces import OLD_PROVINCES, province_matches
from graph.model import (
    DocumentNode,
    Edge,
    Evidence,
    FileChange,
    Link,
    UnresolvedReference,
)
from graph.networkx_store import search_text
from graph.store import DocumentFilter, FileFailed, GraphStore, StoreUnavailable

_SCHEMA = (
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT file_name IF NOT EXISTS FOR (f:File) REQUIRE f.name IS UNIQUE",
    "CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number, d.issuer_folded)",
    "CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province)",
    "CREATE INDEX document_type IF NOT EXISTS FOR (d:Document) ON (d.type)",
)
_FIELDS = [f.name for f in dataclasses.fields(DocumentNode)]
# "Property key does not exist" on a fresh database is expected, not worth a warning line.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
_EVIDENCE = ("ev_files", "ev_sentences", "ev_starts", "ev_ends", "ev_mentions")


def _props(node: DocumentNode, sources: list[str]) -> dict:
    props = {name: getattr(node, name) for name in _FIELDS}
    props["date"] = node.date.isoformat() if node.date else None
    props.update(issuer_folded=fold(node.issuer), search=search_text(node), sources=sources)
    return props


def _node(props: dict) -> DocumentNode:
    values = {name: props.get(name) for name in _FIELDS}
    values["date"] = dt.date.fromisoformat(props["date"]) if props.get("date") else None
    values["aliases"] = list(props.get("aliases") or [])
    values["ingested"] = bool(props.get("ingested"))
    return DocumentNode(**values)


class Neo4jStore(GraphStore):
    name = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str = "",
                 database: str = "neo4j") -> None:
        self.uri, self.database = uri, database
        self.driver: Driver = GraphDatabase.driver(uri, auth=(user, password),
                                                   notifications_min_severity="OFF")
        self._schema_ready = False

    @classmethod
    def from_env(cls) -> Neo4jStore:
        return cls(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
                   os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                   os.environ.get("NEO4J_DATABASE", "neo4j"))

    def _run(self, query: str, **params) -> list:
        try:
            self._ensure_schema()
            records, _, _ = self.driver.execute_query(query, params, database_=self.database)
            return records
        except (ServiceUnavailable, SessionExpired, OSError) as error:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {error}") from error

    def _ensure_schema(self) -> None:
        if not self._schema_ready:
            for statement in _SCHEMA:
                self.driver.execute_query(statement, database_=self.database)
            self._schema_ready = True

    def ping(self) -> bool:
        try:
            self.driver.verify_connectivity()
            return True
        except Exception:  # noqa: BLE001 - any failure means "not reachable"
            return False

    def close(self) -> None:
        self.driver.close()

    # --- writes -------------------------------------------------------------------------
    def apply(self, changes: Iterable[FileChange]) -> None:
        """All changes in one transaction (a commit per file would dominate the time); when
        one fails, the batch rolls back and the files are applied one by one up to it."""
        changes = list(changes)
        try:
            self._ensure_schema()
            with self.driver.session(database=self.database) as session:
                try:
                    session.execute_write(self._apply_batch, changes)
                except (ServiceUnavailable, SessionExpired):
                    raise
                except Exception as error:
                    if len(changes) == 1:
                        raise FileFailed(changes[0].file, error) from error
                    for change in changes:
                        try:
                            session.execute_write(self._apply_batch, [change])
                        except (ServiceUnavailable, SessionExpired):
                            raise
                        except Exception as one:
                            raise FileFailed(change.file, one) from one
        except (ServiceUnavailable, SessionExpired) as error:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {error}") from error

    @classmethod
    def _apply_batch(cls, tx: ManagedTransaction, changes: list[FileChange]) -> None:
        replaced = {r["name"] for r in tx.run(
            "MATCH (f:File) WHERE f.name IN $names RETURN f.name AS name",
            names=[c.file for c in changes])}
        if not replaced:  # new files only (a bulk load): write them all in a few statements
            cls._write(tx, changes)
            return
        for change in changes:  # replacements keep the order remove, add of each file
            if change.file in replaced:
                cls._remove(tx, change.file)
            cls._write(tx, [change])

    @staticmethod
    def _remove(tx: ManagedTransaction, file: str) -> None:
        """Take back everything `file` contributed: its evidence, edges, orphans, File node."""
        old = tx.run("MATCH (f:File {name: $file}) RETURN f.nodes AS nodes", file=file).single()
        old_nodes = list(old["nodes"])
        tx.run(f"""
            MATCH (a:Document)-[r]->(b:Document)
            WHERE a.id IN $ids AND $file IN r.ev_files
            WITH r, [i IN range(0, size(r.ev_files) - 1) WHERE r.ev_files[i] <> $file] AS keep
            SET {', '.join(f'r.{p} = [i IN keep | r.{p}[i]]' for p in _EVIDENCE)}
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

    @staticmethod
    def _write(tx: ManagedTransaction, changes: list[FileChange]) -> None:
        """Nodes, edges and File nodes of new changes, merged in file order as one by one."""
        ids = sorted({n.id for c in changes for n in c.nodes})
        existing = {r["d"]["id"]: r["d"] for r in tx.run(
            "MATCH (d:Document) WHERE d.id IN $ids RETURN d", ids=ids)}
        merged: dict[str, tuple[DocumentNode, set[str]]] = {
            i: (_node(props), set(props["sources"] or [])) for i, props in existing.items()}
        for change in changes:
            for node in change.nodes:
                current = merged.get(node.id)
                doc = node if current is None else current[0].merge(node)
                merged[node.id] = (doc, (current[1] if current else set()) | {change.file})
        rows = [_props(doc, sorted(sources)) for doc, sources in merged.values()]
        tx.run("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row", rows=rows)
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
        tx.run("""
            UNWIND $files AS f
            CREATE (:File {name: f.name, sha256: f.sha256, text: f.text, document_id: f.doc,
                           nodes: f.ids, mentions: f.mentions, unresolved: f.unresolved})""",
               files=[{"name": c.file, "sha256": c.sha256, "text": c.text,
                       "doc": c.document_id, "ids": [n.id for n in c.nodes],
                       "mentions": json.dumps(c.mentions, ensure_ascii=False),
                       "unresolved": json.dumps([dataclasses.asdict(u) for u in c.unresolved],
                                                ensure_ascii=False)} for c in changes])

    def file_hashes(self) -> dict[str, str]:
        return {r["name"]: r["sha256"]
                for r in self._run("MATCH (f:File) RETURN f.name AS name, f.sha256 AS sha256")}

    def clear(self) -> None:
        batch = "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n"
        while self._run(batch)[0]["n"]:
            pass

    # --- reads --------------------------------------------------------------------------
    def get_many(self, ids: Iterable[str]) -> dict[str, DocumentNode]:
        records = self._run("MATCH (d:Document) WHERE d.id IN $ids RETURN d", ids=list(ids))
        return {r["d"]["id"]: _node(dict(r["d"])) for r in records}

    def find(self, number: str, type: str | None = None, issuer: str | None = None,
             year: int | None = None) -> list[DocumentNode]:
        records = self._run("""
            MATCH (d:Document) WHERE d.number = $number
              AND ($issuer IS NULL OR d.issuer_folded = $issuer)
              AND ($type IS NULL OR d.type = $type) AND ($year IS NULL OR d.year = $year)
            RETURN d ORDER BY d.id""", number=number.lstrip("0") or "0", type=type,
                            issuer=fold(issuer) if issuer else None, year=year)
        return [_node(dict(r["d"])) for r in records]

    def edges(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None) -> list[Edge]:
        records = self._relationships(ids, direction, relations, ", ".join(
            f"r.{p} AS {p}" for p in _EVIDENCE))
        return [Edge(r["source"], RelationType(r["relation"]), r["target"],
                     sorted((Evidence(*values) for values in zip(
                         *(r[p] for p in _EVIDENCE), strict=True)),
                            key=lambda e: (e.file, e.start)))
                for r in records]

    def links(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None) -> list[Link]:
        records = self._relationships(ids, direction, relations)
        return [Link(r["source"], RelationType(r["relation"]), r["target"]) for r in records]

    def _relationships(self, ids: Iterable[str], direction: str,
                       relations: Iterable[RelationType] | None, more: str = "") -> list:
        """Relationships leaving or reaching `ids`, ordered as both stores order them;
        `more` names further columns (the evidence)."""
        side = "a" if direction == "out" else "b"
        types = [RelationType(r).value for r in relations] if relations is not None else None
        return self._run(f"""
            MATCH (a:Document)-[r]->(b:Document)
            WHERE {side}.id IN $ids AND ($types IS NULL OR type(r) IN $types)
            RETURN a.id AS source, type(r) AS relation, b.id AS target{', ' if more else ''}{more}
            ORDER BY source, target, relation""", ids=list(ids), types=types)

    def edge_list(self) -> Iterator[tuple[str, str, RelationType, int]]:
        for r in self._run("MATCH (a:Document)-[r]->(b:Document) "
                           "RETURN a.id AS a, b.id AS b, type(r) AS t, r.depth AS depth"):
            yield r["a"], r["b"], RelationType(r["t"]), r["depth"]

    def documents(self, where: DocumentFilter, limit: int,
                  after: str | None = None) -> list[DocumentNode]:
        provinces = None
        if where.province:
            provinces = [p.name for p in OLD_PROVINCES if province_matches(p.name, where.province)]
        records = self._run("""
            MATCH (d:Document)
            WHERE ($after IS NULL OR d.id > $after)
              AND ($type IS NULL OR d.type = $type)
              AND ($issuer IS NULL OR d.issuer_folded = $issuer)
              AND ($level IS NULL OR d.level = $level)
              AND ($year_from IS NULL OR d.year >= $year_from)
              AND ($year_to IS NULL OR d.year <= $year_to)
              AND ($provinces IS NULL OR d.province IN $provinces)
              AND all(w IN $words WHERE d.search CONTAINS w)
            RETURN d ORDER BY d.id LIMIT $limit""",
            after=after, type=where.type, issuer=fold(where.issuer) if where.issuer else None,
            level=where.level, year_from=where.year_from, year_to=where.year_to,
            provinces=provinces, words=[fold(w) for w in (where.q or "").split() if fold(w)],
            limit=limit)
        return [_node(dict(r["d"])) for r in records]

    def file_text(self, file: str) -> tuple[str, list[dict]] | None:
        records = self._run("MATCH (f:File {name: $file}) RETURN f.text AS text, "
                            "f.mentions AS mentions", file=file)
        if not records:
            return None
        return records[0]["text"], json.loads(records[0]["mentions"])

    def unresolved(self) -> list[UnresolvedReference]:
        out = []
        for r in self._run("MATCH (f:File) RETURN f.unresolved AS u ORDER BY f.name"):
            for item in json.loads(r["u"] or "[]"):
                item["candidates"] = tuple(item["candidates"])
                out.append(UnresolvedReference(**item))
        return out

    def counts(self) -> dict[str, int]:
        (row,) = self._run("""
            CALL () { MATCH (d:Document) RETURN count(d) AS documents,
                      sum(CASE WHEN d.ingested THEN 1 ELSE 0 END) AS ingested }
            CALL () { MATCH (f:File) RETURN count(f) AS files }
            CALL () { MATCH (:Document)-[r]->(:Document) RETURN count(r) AS relationships }
            RETURN documents, ingested, files, relationships""")
        counts = {"documents": row["documents"], "ingested": row["ingested"],
                  "cited_only": row["documents"] - row["ingested"], "files": row["files"],
                  "unresolved": len(self.unresolved()), "relationships": row["relationships"]}
        for relation in RelationType:
            counts[relation.value] = 0
        for r in self._run("MATCH (:Document)-[r]->(:Document) RETURN type(r) AS t, count(*) AS n"):
            counts[r["t"]] = r["n"]
        return counts
