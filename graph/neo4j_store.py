"""The Neo4j store, through the official driver.

(:Document {id, ...}) nodes with a uniqueness constraint on `id` and indexes for lookups;
one relationship type per relation, carrying its evidence as parallel lists (`ev_files`,
`ev_sentences`, `ev_starts`, `ev_ends`, `ev_mentions`) and `depth`; (:File) nodes hold each
ingested file's hash, text, reference spans and unresolved references. All of one file's
changes run in one transaction (graph/neo4j_writes.py); the only text put into Cypher is a
relationship type from the `RelationType` enum, never user input. Property layout:
graph/neo4j_layout.py.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable, Collection, Container, Iterable, Iterator

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from extract.models import RelationType
from extract.normalize import fold
from extract.provinces import OLD_PROVINCES, province_matches
from graph.model import (
    IMPLEMENTATION_RELATIONS,
    RELATION_BY_NAME,
    Doc,
    DocumentNode,
    Edge,
    Evidence,
    FileChange,
    IngestedFile,
    Link,
    Reached,
    TreeLevel,
    UnresolvedReference,
    relation_names,
)
from graph.neo4j_layout import (
    DOCUMENT,
    EVIDENCE,
    FIELD_LIST,
    REACHED_LIST,
    node_from_fields,
    reached_from_fields,
)
from graph.neo4j_writes import apply_batch
from graph.store import (
    DocumentFilter,
    FileFailed,
    GraphStore,
    StoreUnavailable,
    first_of_levels,
    implementer_order,
    walk_implementers,
)

_SCHEMA = (
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT file_name IF NOT EXISTS FOR (f:File) REQUIRE f.name IS UNIQUE",
    "CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number, d.issuer_folded)",
    # For `find` without an issuer: a composite index serves only both properties together.
    "CREATE INDEX document_number_only IF NOT EXISTS FOR (d:Document) ON (d.number)",
    "CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province)",
    "CREATE INDEX document_type IF NOT EXISTS FOR (d:Document) ON (d.type)",
)
# "Property key does not exist" on a fresh database is expected, not worth a warning line.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


def _unresolved(stored: str | None) -> tuple[UnresolvedReference, ...]:
    """A File node's unresolved references, kept as JSON."""
    return tuple(UnresolvedReference(**{**item, "candidates": tuple(item["candidates"])})
                 for item in json.loads(stored or "[]"))


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
            # An auto-commit transaction: one round trip where a managed one takes two
            # (a trivial query 2.6 -> 1.7 ms), and no bookmark manager: each write commits
            # before `apply` returns, so on a single server every later read sees it.
            with self.driver.session(database=self.database) as session:
                return list(session.run(query, params))
        except (ServiceUnavailable, SessionExpired, OSError) as error:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {error}") from error

    def _ensure_schema(self) -> None:
        if not self._schema_ready:
            for statement in _SCHEMA:
                self.driver.execute_query(statement, database_=self.database)
            # On a bulk-loaded database the indexes fill in the background; until they are
            # online every lookup scans all documents.
            self.driver.execute_query("CALL db.awaitIndexes(600)", database_=self.database)
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
                    session.execute_write(apply_batch, changes)
                except (ServiceUnavailable, SessionExpired):
                    raise
                except Exception as error:
                    if len(changes) == 1:
                        raise FileFailed(changes[0].file, error) from error
                    for change in changes:
                        try:
                            session.execute_write(apply_batch, [change])
                        except (ServiceUnavailable, SessionExpired):
                            raise
                        except Exception as one:
                            raise FileFailed(change.file, one) from one
        except (ServiceUnavailable, SessionExpired) as error:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {error}") from error

    def file_hashes(self) -> dict[str, tuple[str, str]]:
        return {r["name"]: (r["sha256"], r["extractor"]) for r in self._run(
            "MATCH (f:File) RETURN f.name AS name, f.sha256 AS sha256, "
            "coalesce(f.extractor, '') AS extractor")}

    def clear(self) -> None:
        # Relationships first, then nodes, in bounded batches: a DETACH DELETE of 10,000
        # nodes takes their hubs' thousands of relationships along and overflowed the
        # server's transaction memory on a 10k-plan graph.
        for batch in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
                      "MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n"):
            while self._run(batch)[0]["n"]:
                pass

    # --- reads --------------------------------------------------------------------------
    def get_many(self, ids: Iterable[str]) -> dict[str, DocumentNode]:
        # One record, each document a list of its fields: the driver's cost is per record and
        # per map key (trees of 10k plans' directives: 96 ms of get_many a tree -> 60).
        (record,) = self._run("MATCH (d:Document) WHERE d.id IN $ids "
                              f"RETURN collect([{FIELD_LIST}]) AS rows", ids=list(ids))
        return {row[0]: node_from_fields(row) for row in record["rows"]}

    def find(self, number: str, type: str | None = None, issuer: str | None = None,
             year: int | None = None) -> list[DocumentNode]:
        params = {"number": number.lstrip("0") or "0", "issuer_folded": fold(issuer) if issuer
                  else None, "type": type, "year": year}
        # Only the given parts in the query: "$x IS NULL OR ..." keeps the planner from the
        # indexes (a scan of every document, 20 ms on 31k documents).
        where = " AND ".join(f"d.{name} = ${name}" for name, value in params.items()
                             if value is not None)
        records = self._run(f"MATCH (d:Document) WHERE {where} RETURN {DOCUMENT} ORDER BY d.id",
                            **{k: v for k, v in params.items() if v is not None})
        return [node_from_fields(r["doc"]) for r in records]

    def edges(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None,
              others: Collection[str] | None = None) -> list[Edge]:
        return [Edge(source, relation, target,
                     sorted((Evidence(*values) for values in zip(*evidence, strict=True)),
                            key=lambda e: (e.file, e.start)))
                for source, relation, target, evidence in self._relationships(
                    ids, direction, relations, tuple(f"r.{p}" for p in EVIDENCE), others)]

    def links(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None) -> list[Link]:
        return [Link(source, relation, target)
                for source, relation, target, _ in self._relationships(ids, direction, relations)]

    def other_ends(self, id: str, direction: str, relations: Iterable[RelationType] | None,
                   offset: int = 0, limit: int | None = None) -> tuple[list[str], int]:
        # Paged on the server: a hub's 21k links are not sent over to be counted (the first
        # 100 plans citing a directive of 100k plans, p50: 125 -> 53 ms).
        arrow = "-[r]->" if direction == "out" else "<-[r]-"
        most = 2 ** 31 - 1  # Cypher takes 32-bit list indexes (and no list is longer)
        end = None if limit is None else min(offset + limit, most)
        (record,) = self._run(f"""
            MATCH (:Document {{id: $id}}){arrow}(o:Document)
            WHERE $types IS NULL OR type(r) IN $types
            WITH DISTINCT o.id AS other ORDER BY other
            WITH collect(other) AS others
            RETURN size(others) AS total,
                   CASE WHEN $end IS NULL THEN others[$offset..] ELSE others[$offset..$end] END
                   AS page""", id=id, offset=min(offset, most), end=end,
                              types=relation_names(relations))
        return record["page"], record["total"]

    def first_links(self, ids: list[str], direction: str,
                    known: Container[str]) -> dict[str, Link]:
        # Each document reached once, its first link (by source, target, relation: the
        # order of `links`) picked on the server, instead of every link of a hub
        # (100k plans, path p50 4.2 -> 2.3 s).
        match = ("MATCH (a:Document {id: id})-[r]->(b:Document) WITH b.id AS reached" if
                 direction == "out" else
                 "MATCH (a:Document)-[r]->(b:Document {id: id}) WITH a.id AS reached")
        (record,) = self._run(f"""
            UNWIND $ids AS id {match}, min([a.id, b.id, type(r)]) AS first
            RETURN collect([reached, first]) AS rows""", ids=list(ids))
        return {reached: Link(source, RELATION_BY_NAME[relation], target)
                for reached, (source, target, relation) in record["rows"]
                if reached not in known}

    def relation_counts(self, id: str, direction: str) -> dict[RelationType, int]:
        # A count by type with the type written out is read from the node's degrees, not
        # by walking its relationships: 1.3 ms on a hub instead of 130.
        arrow = "-[:{}]->" if direction == "out" else "<-[:{}]-"
        counts = ", ".join(f"COUNT {{ (d){arrow.format(r.value)}() }}" for r in RelationType)
        records = self._run(f"MATCH (d:Document {{id: $id}}) RETURN [{counts}] AS counts", id=id)
        if not records:
            return {}
        return {r: n for r, n in zip(RelationType, records[0]["counts"], strict=True) if n}

    def implementers(self, ids: list[str]) -> dict[str, list[tuple[RelationType, DocumentNode]]]:
        return self._implementers(ids, FIELD_LIST, node_from_fields)

    def implementation_levels(self, root: DocumentNode, depth: int, limit: float = math.inf
                              ) -> tuple[list[TreeLevel[DocumentNode]], int]:
        if limit == math.inf:  # every document shown: its fields are read on the way, at once
            return super().implementation_levels(root, depth, limit)
        # The API shows 1,000 documents of a directive's tree of 11k: walked reading only what
        # orders them, then the fields of those shown (100k plans: p50 370 -> 191 ms).
        shown, total = first_of_levels(
            walk_implementers(root, depth, self._reached_implementers), limit)
        docs = self.get_many(r.id for level in shown for r in level.documents)
        return [level._replace(documents=[docs[r.id] for r in level.documents])
                for level in shown], total

    def implementation_reach(self, root: DocumentNode, depth: int) -> list[Reached]:
        return [r for level in walk_implementers(root, depth, self._reached_implementers)
                for r in level.documents]

    def _reached_implementers(self, ids: list[str]
                              ) -> dict[str, list[tuple[RelationType, Reached]]]:
        return self._implementers(ids, REACHED_LIST, reached_from_fields)

    def _implementers(self, ids: list[str], columns: str, make: Callable[[list], Doc]
                      ) -> dict[str, list[tuple[RelationType, Doc]]]:
        """`implementers`, each made by `make` from the `columns` of its (:Document) `d`.
        One query a tree level, each implementer with its fields, instead of `links` and then
        `get_many`: half the round trips. UNWIND and a seek per id, not `b.id IN $ids`: on a
        frontier of 11.7k plans the server took 41 ms instead of 63 for the seeks."""
        (record,) = self._run(f"""
            UNWIND $ids AS id
            MATCH (d:Document)-[r]->(b:Document {{id: id}})
            WHERE type(r) IN $types
            RETURN collect([b.id, type(r), {columns}]) AS rows""",
                              ids=ids, types=relation_names(IMPLEMENTATION_RELATIONS))
        found: dict[str, list[tuple[RelationType, Doc]]] = {}
        for target, relation, *fields in record["rows"]:
            found.setdefault(target, []).append((RELATION_BY_NAME[relation], make(fields)))
        for rows in found.values():  # (a StrEnum compares as its text)
            rows.sort(key=lambda row: (implementer_order(row[1]), row[0]))
        return found

    def _relationships(self, ids: Iterable[str], direction: str,
                       relations: Iterable[RelationType] | None, more: tuple[str, ...] = (),
                       others: Collection[str] | None = None
                       ) -> list[tuple[str, RelationType, str, list]]:
        """(source, relation, target, values of `more`) of the relationships leaving or
        reaching `ids`, ordered as both stores order them. One record per document and type,
        its relationships collected into a list: the driver's cost is per record (the links
        into 10k plans' directives, 1,846 at the median: 82 -> 18 ms p50)."""
        side, other = ("a", "b") if direction == "out" else ("b", "a")
        # A page names its documents: reached from each of them (a hub's page of 100 citing
        # plans, 60 -> 5 ms), not by walking the hub's tens of thousands of relationships.
        match = "MATCH (a:Document)-[r]->(b:Document) WHERE"
        if others is not None:
            match = f"UNWIND $others AS o {match} {other}.id = o AND"
        records = self._run(f"""
            {match} {side}.id IN $ids AND ($types IS NULL OR type(r) IN $types)
            RETURN {side}.id AS id, type(r) AS relation,
                   collect([{other}.id{''.join(', ' + m for m in more)}]) AS found""",
                            ids=list(ids), types=relation_names(relations),
                            others=None if others is None else list(others))
        out = []
        for record in records:
            relation, here = RelationType(record["relation"]), record["id"]
            for there, *values in record["found"]:
                source, target = (here, there) if direction == "out" else (there, here)
                out.append((source, relation, target, values))
        out.sort(key=lambda row: (row[0], row[2], row[1].value))
        return out

    def edge_list(self) -> Iterator[tuple[str, str, RelationType, int]]:
        for r in self._run("MATCH (a:Document)-[r]->(b:Document) "
                           "RETURN a.id AS a, b.id AS b, type(r) AS t, r.depth AS depth"):
            yield r["a"], r["b"], RelationType(r["t"]), r["depth"]

    def documents(self, where: DocumentFilter, limit: int,
                  after: str | None = None) -> list[DocumentNode]:
        provinces = None
        if where.province:
            provinces = [p.name for p in OLD_PROVINCES if province_matches(p.name, where.province)]
        records = self._run(f"""
            MATCH (d:Document)
            WHERE ($after IS NULL OR d.id > $after)
              AND ($type IS NULL OR d.type = $type)
              AND ($issuer IS NULL OR d.issuer_folded = $issuer)
              AND ($level IS NULL OR d.level = $level)
              AND ($year_from IS NULL OR d.year >= $year_from)
              AND ($year_to IS NULL OR d.year <= $year_to)
              AND ($provinces IS NULL OR d.province IN $provinces)
              AND all(w IN $words WHERE d.search CONTAINS w)
            RETURN {DOCUMENT} ORDER BY d.id LIMIT $limit""",
            after=after, type=where.type, issuer=fold(where.issuer) if where.issuer else None,
            level=where.level, year_from=where.year_from, year_to=where.year_to,
            provinces=provinces, words=[fold(w) for w in (where.q or "").split() if fold(w)],
            limit=limit)
        return [node_from_fields(r["doc"]) for r in records]

    def file_text(self, file: str) -> tuple[str, list[dict]] | None:
        records = self._run("MATCH (f:File {name: $file}) RETURN f.text AS text, "
                            "f.mentions AS mentions", file=file)
        if not records:
            return None
        return records[0]["text"], json.loads(records[0]["mentions"])

    def ingested_files(self) -> Iterator[IngestedFile]:
        for r in self._run("MATCH (f:File) RETURN f.name AS name, f.sha256 AS sha256, "
                           "f.document_id AS document_id, f.nodes AS nodes, "
                           "f.unresolved AS unresolved, coalesce(f.extractor, '') AS extractor "
                           "ORDER BY name"):  # not the texts
            yield IngestedFile(r["name"], r["sha256"], r["document_id"], tuple(r["nodes"]),
                               _unresolved(r["unresolved"]), r["extractor"])

    def unresolved(self) -> list[UnresolvedReference]:
        return [ref for r in self._run("MATCH (f:File) RETURN f.unresolved AS u ORDER BY f.name")
                for ref in _unresolved(r["u"])]

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
