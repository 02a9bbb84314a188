"""The one store interface, and how to open the configured store.

Stores keep documents, typed relationships with evidence, ingested files (hash, text and the
spans of their references) and unresolved references. They offer primitive reads only;
`queries.py` builds every research query on them once, so both stores answer alike.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.models import RelationType
from extract.normalize import fold
from extract.provinces import province_matches
from graph.model import (
    Doc,
    DocumentNode,
    Edge,
    FileChange,
    IngestedFile,
    Link,
    Reached,
    TreeLevel,
    UnresolvedReference,
    lag_days,
    shown_per_level,
)

DEFAULT_DATA_DIR = Path(".legalgraph")


class StoreUnavailable(RuntimeError):
    """The store cannot be reached (Neo4j down); the caller may retry later."""


class FileFailed(RuntimeError):
    """A file's change could not be applied; the store holds every change before it."""

    def __init__(self, file: str, cause: BaseException) -> None:
        super().__init__(f"{file}: {type(cause).__name__}: {cause}")
        self.file, self.cause = file, cause


def search_text(node: DocumentNode) -> str:
    """What `documents(q=...)` matches against: symbol, aliases and title, folded."""
    return " ".join(fold(part) for part in [node.symbol, *node.aliases, node.title or "",
                                             node.name or ""])


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """Filters of `GraphStore.documents`; None means any."""

    q: str | None = None  # folded words of the symbol, aliases or title
    type: str | None = None
    issuer: str | None = None
    province: str | None = None  # an old province or a 2025 one
    level: str | None = None
    year_from: int | None = None
    year_to: int | None = None

    def words(self) -> list[str]:
        """The folded words of `q`, each to be found in a document's `search_text`."""
        return [fold(w) for w in (self.q or "").split() if fold(w)]

    def matches(self, doc: DocumentNode, words: list[str]) -> bool:
        """`words` are `self.words()`, folded once for all the documents read."""
        if self.type and doc.type != self.type:
            return False
        if self.issuer and fold(doc.issuer) != fold(self.issuer):
            return False
        if self.level and doc.level != self.level:
            return False
        if self.year_from and (doc.year is None or doc.year < self.year_from):
            return False
        if self.year_to and (doc.year is None or doc.year > self.year_to):
            return False
        if self.province and not (doc.province and province_matches(doc.province, self.province)):
            return False
        if words:
            text = search_text(doc)
            return all(w in text for w in words)
        return True


class GraphStore(ABC):
    """A citation graph store. Writes are per file and atomic; reads are primitives."""

    name: str

    # --- writes -------------------------------------------------------------------------
    @abstractmethod
    def apply(self, changes: Iterable[FileChange]) -> None:
        """For each change, replace everything its file contributed before, atomically per file.

        A file's change either lands whole or not at all: a failing file raises `FileFailed`
        and leaves the store as it was before that file (earlier files stay applied).
        `StoreUnavailable` means the store could not be reached at all.
        """

    @abstractmethod
    def file_hashes(self) -> dict[str, tuple[str, str]]:
        """(sha256, extractor id) of every ingested file, by file name: what it was read from
        and by which extractor (`extract.version.EXTRACTOR_ID`; "" when not recorded)."""

    def flush(self) -> None:  # noqa: B027 - most stores write through; nothing to do
        """Make applied changes durable (the embedded store writes its file)."""

    @abstractmethod
    def clear(self) -> None:
        """Remove everything."""

    # --- reads --------------------------------------------------------------------------
    @abstractmethod
    def get_many(self, ids: Iterable[str]) -> dict[str, DocumentNode]:
        """The documents with these ids (missing ids are left out)."""

    def get(self, id: str) -> DocumentNode | None:
        return self.get_many([id]).get(id)

    @abstractmethod
    def find(self, number: str, type: str | None = None, issuer: str | None = None,
             year: int | None = None) -> list[DocumentNode]:
        """Documents by the parts of their symbol; the issuer compared folded."""

    @abstractmethod
    def edges(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None,
              others: Collection[str] | None = None) -> list[Edge]:
        """Relationships leaving ("out") or reaching ("in") these documents, with evidence;
        with `others`, only those whose other end is one of them (a page of them)."""

    @abstractmethod
    def links(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None) -> list[Link]:
        """`edges` without their evidence, in the same order: what a walk of the graph needs
        (trees, paths), at a fraction of the cost on a hub."""

    def first_links(self, ids: list[str], direction: str,
                    known: Container[str]) -> dict[str, Link]:
        """One step of a walk (paths): each document at the other end of a link leaving
        ("out") or reaching ("in") one of `ids` and not `known`, with the first such link in
        `links` order."""
        found: dict[str, Link] = {}
        for link in self.links(ids, direction):
            other = link.target if direction == "out" else link.source
            if other not in known and other not in found:
                found[other] = link
        return found

    @abstractmethod
    def other_ends(self, id: str, direction: str, relations: Iterable[RelationType] | None,
                   offset: int = 0, limit: int | None = None) -> tuple[list[str], int]:
        """The documents at the other end of `id`'s relationships leaving ("out") or reaching
        ("in") it, each once, in id order: `limit` of them from `offset` (all without a
        limit), and how many there are in all. What pages a hub's cited-by, without reading
        its tens of thousands of links."""

    @abstractmethod
    def relation_counts(self, id: str, direction: str) -> dict[RelationType, int]:
        """How many relationships of each type leave ("out") or reach ("in") `id` (types it
        has none of left out)."""

    @abstractmethod
    def implementers(self, ids: list[str]) -> dict[str, list[tuple[RelationType, DocumentNode]]]:
        """For each of `ids` that has any, the documents carrying it out (IMPLEMENTS, GUIDES,
        BASED_ON), each with its relation, ordered by `implementer_order` and then by relation
        name: one level of an implementation tree."""

    def implementation_levels(self, root: DocumentNode, depth: int, limit: float = math.inf
                              ) -> tuple[list[TreeLevel[DocumentNode]], int]:
        """The documents carrying out `root` directly or through a chain of `implementers`,
        to `depth` levels: breadth first, each parent's earliest response first, a document
        reached twice under its first parent. The first `limit` of them, level by level; and
        how many there are in all."""
        return first_of_levels(walk_implementers(root, depth, self.implementers), limit)

    def implementation_reach(self, root: DocumentNode, depth: int) -> list[Reached]:
        """Every document of `root`'s implementation tree to `depth` levels, in tree order,
        with its date and province: what coverage needs of each."""
        levels, _ = self.implementation_levels(root, depth)
        return [Reached(doc.id, doc.date, doc.province)
                for level in levels for doc in level.documents]

    @abstractmethod
    def edge_list(self) -> Iterator[tuple[str, str, RelationType, int]]:
        """Every relationship as (source, target, relation, depth), for rankings and export."""

    @abstractmethod
    def documents(self, where: DocumentFilter, limit: int,
                  after: str | None = None) -> list[DocumentNode]:
        """Documents matching `where`, ordered by id, starting after the id `after`."""

    @abstractmethod
    def file_text(self, file: str) -> tuple[str, list[dict]] | None:
        """An ingested file's text and the spans of its references."""

    @abstractmethod
    def ingested_files(self) -> Iterator[IngestedFile]:
        """Every ingested file's record (without its text), ordered by file name."""

    @abstractmethod
    def unresolved(self) -> list[UnresolvedReference]:
        """Every reference still unresolved, in file order."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """documents, ingested, cited_only, files, unresolved, and relationships by type."""

    def ping(self) -> bool:
        """True when the store answers."""
        return True

    def warm(self) -> None:  # noqa: B027 - most stores have nothing to build
        """Build now what the first queries would otherwise build: a server calls this
        before it takes requests."""

    def close(self) -> None:  # noqa: B027 - a store without connections has none to close
        """Release connections."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def implementer_order(doc: DocumentNode | Reached) -> tuple[dt.date, str]:
    """Earliest response first; undated documents last; then by id, for a stable order."""
    return doc.date or dt.date.max, doc.id


def walk_implementers(root: DocumentNode, depth: int,
                      implementers: Callable[[list[str]], dict[str, list[tuple[RelationType, Doc]]]]
                      ) -> list[TreeLevel[Doc]]:
    """`GraphStore.implementation_levels` without a limit, walking with `implementers` (which
    answers as `GraphStore.implementers`, with documents or with `Reached` rows)."""
    seen, frontier, levels = {root.id}, [root.id], []
    for _ in range(depth):
        found = implementers(frontier)
        level: TreeLevel[Doc] = TreeLevel([], [], [], [])
        for parent, parent_id in enumerate(frontier):
            for relation, doc in found.get(parent_id, ()):
                if doc.id not in seen:
                    seen.add(doc.id)
                    level.parents.append(parent)
                    level.relations.append(relation)
                    level.documents.append(doc)
                    level.lag_days.append(lag_days(doc, root))
        if not level.documents:
            break
        levels.append(level)
        frontier = [doc.id for doc in level.documents]
    return levels


def first_of_levels(levels: list[TreeLevel[Doc]], limit: float
                    ) -> tuple[list[TreeLevel[Doc]], int]:
    """The first `limit` documents of a tree's levels, level by level; and how many there are
    in all."""
    sizes = [len(level.documents) for level in levels]
    shown = shown_per_level(sizes, limit)
    return [level.first(count) for level, count in zip(levels, shown, strict=False)], sum(sizes)


def open_store(kind: str | None = None, data_dir: Path | None = None) -> GraphStore:
    """The configured store: `LEGALGRAPH_STORE` (networkx, the default, or neo4j)."""
    kind = kind or os.environ.get("LEGALGRAPH_STORE", "networkx")
    if kind == "networkx":
        from graph.networkx_store import NetworkxStore

        data_dir = data_dir or Path(os.environ.get("LEGALGRAPH_DATA", DEFAULT_DATA_DIR))
        return NetworkxStore(data_dir)
    if kind == "neo4j":
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore.from_env()
    raise ValueError(f"unknown store {kind!r} (choose networkx or neo4j)")
