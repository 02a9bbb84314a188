"""The graph's data model: document nodes, typed relationships with evidence, ingested files.

These records cross the store interface, so both stores (networkx, Neo4j) speak them and the
conformance suite compares them. Built from `extract`'s `DocumentExtraction` by `ingest.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Generic, NamedTuple, TypeVar

from extract.models import DocumentKey, RelationType
from extract.resolve import LAW_WITNESSES

# The relation types a directive is carried out through (the implementation tree).
IMPLEMENTATION_RELATIONS: frozenset[RelationType] = frozenset(
    {RelationType.IMPLEMENTS, RelationType.GUIDES, RelationType.BASED_ON}
)
# A relation type from its name as the stores keep it: a dict lookup, faster than a call of
# `RelationType` for each of a tree's thousands of rows.
RELATION_BY_NAME: dict[str, RelationType] = {relation.value: relation for relation in RelationType}


def relation_names(relations: Iterable[RelationType] | None) -> list[str] | None:
    """The names the stores keep `relations` under (None, for every relation, stays None)."""
    return None if relations is None else [RelationType(r).value for r in relations]


@dataclass(slots=True)
class DocumentNode:
    """One real document: from its own text when ingested, else from what citations tell."""

    id: str
    type: str
    number: str | None
    issuer: str
    year: int | None
    province: str | None  # old province (before July 2025); None for central issuers
    new_province: str | None = None  # the 2025 province it belongs to
    name: str | None = None  # for documents without a number (a law known by its name)
    date: dt.date | None = None
    term: str | None = None  # Party term ("XI") when cited with one
    title: str | None = None
    issuing_body: str | None = None
    level: str | None = None  # central | province | district | commune
    signer: str | None = None
    ingested: bool = False  # its own text was ingested (else known only from citations)
    file: str | None = None  # the ingested file, when ingested
    aliases: list[str] = field(default_factory=list)  # symbols and names as cited
    # a law known by name alone: documents whose text dates it (`LAW_WITNESSES` at most:
    # enough for a bare name to be that law, `CorpusIndex.law`); last, as format 6 added it
    dated_by: tuple[str, ...] = ()

    @property
    def key(self) -> DocumentKey:
        return DocumentKey(self.type, self.number, self.issuer, self.year, self.province,
                           self.name)

    @property
    def symbol(self) -> str:
        return self.key.symbol

    def merge(self, other: DocumentNode) -> DocumentNode:
        """What both records know; the ingested text's own identity wins over citations."""
        first, second = (other, self) if other.ingested and not self.ingested else (self, other)
        merged = DocumentNode(**{
            name: value if (value := getattr(first, name)) not in (None, [], False)
            else getattr(second, name)
            for name in _NODE_FIELDS
        })
        merged.aliases = sorted(set(self.aliases) | set(other.aliases))
        merged.dated_by = tuple(sorted(set(self.dated_by) | set(other.dated_by))[:LAW_WITNESSES])
        merged.ingested = self.ingested or other.ingested
        return merged


_NODE_FIELDS = tuple(f.name for f in fields(DocumentNode))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a file states a relationship: the sentence, its offsets, how many times."""

    file: str
    sentence: str
    start: int
    end: int
    mentions: int = 1


class Link(NamedTuple):
    """A relationship without its evidence: what walking the graph needs."""

    source: str
    relation: RelationType
    target: str


class Reached(NamedTuple):
    """A document an implementation walk reached, with what orders it and places it but none
    of its other fields: a store that reads fields dearly (Neo4j) walks with these and reads
    the fields of the documents it returns only."""

    id: str
    date: dt.date | None
    province: str | None


Doc = TypeVar("Doc", DocumentNode, Reached)


class TreeLevel(NamedTuple, Generic[Doc]):
    """One level of an implementation tree as columns: a row per document, in tree order."""

    parents: list[int]  # the position of its parent in the level above
    relations: list[RelationType]  # how it carries out its parent
    documents: list[Doc]
    lag_days: list[int | None]  # days after the root directive's date

    def first(self, count: int) -> TreeLevel[Doc]:
        return TreeLevel(*(column[:count] for column in self))


def shown_per_level(sizes: Iterable[int], limit: float) -> list[int]:
    """How many documents of each level the first `limit` of a tree are, level by level."""
    shown = []
    for size in sizes:
        if limit <= 0:
            break
        shown.append(int(min(size, limit)))
        limit -= shown[-1]
    return shown


def lag_days(document: DocumentNode | Reached, root: DocumentNode) -> int | None:
    if document.date is None or root.date is None:
        return None
    return (document.date - root.date).days


@dataclass(slots=True)
class Edge:
    """A typed relationship with the evidence of every file that states it."""

    source: str
    relation: RelationType
    target: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def depth(self) -> int:
        """The citation depth: how many times the corpus states this relationship."""
        return sum(e.mentions for e in self.evidence)


@dataclass(frozen=True, slots=True)
class UnresolvedReference:
    """A mention no document could be found for yet, kept with its candidates."""

    file: str
    text: str
    start: int
    end: int
    status: str
    candidates: tuple[str, ...] = ()  # candidate document ids


@dataclass(frozen=True, slots=True)
class IngestedFile:
    """What a store keeps of an ingested file besides its text: for export and re-ingestion."""

    file: str
    sha256: str
    document_id: str
    nodes: tuple[str, ...]  # the documents its change brought
    unresolved: tuple[UnresolvedReference, ...] = ()
    extractor: str = ""  # extract.version.EXTRACTOR_ID of the extractor that read it


@dataclass(slots=True)
class FileChange:
    """Everything one ingested file contributes; a store applies it in one transaction."""

    file: str
    sha256: str
    text: str
    document_id: str
    nodes: list[DocumentNode]
    edges: list[Edge]
    unresolved: list[UnresolvedReference] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # spans for the annotated text view
    extractor: str = ""  # extract.version.EXTRACTOR_ID of the extractor that read it
