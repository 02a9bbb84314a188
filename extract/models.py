"""The data model of extraction: small frozen values that every later stage (graph, api) shares.

A `DocumentKey` identifies one real document; a `Reference` is one mention of a document in a
text, with what the text says around it; a `Relation` is a typed edge with the sentence that
states it; a `DocumentExtraction` is everything read from one file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from extract.normalize import fold, strip_marks

_Model = TypeVar("_Model")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", strip_marks(text)).strip("-")


_ID_NAME = 60  # characters of a name kept in an id


def digest(text: str) -> str:
    """Eight hex digits that tell two texts apart."""
    return hashlib.blake2s(text.encode(), digest_size=4).hexdigest()


_ID_SHAPE = re.compile(r"[A-Za-z0-9-]+")  # what `DocumentKey.id` can produce


def could_be_id(text: str) -> bool:
    """False for text no `DocumentKey.id` looks like ("25-NQ/TW", "Chỉ thị số 33")."""
    return _ID_SHAPE.fullmatch(text) is not None


def evolve(model: _Model, **changes: object) -> _Model:
    """A copy of a frozen, slotted model with `changes`: `dataclasses.replace` for the hot path.

    Extraction copies a reference as it learns more (its key, its date, its status): a plan of
    32 mentions made 94 copies, at 6.5 us a `Reference` with `dataclasses.replace`; setting the
    slots directly, as the generated `__init__` does, takes 2.1 us. No model has a
    `__post_init__`, so nothing is skipped.
    """
    cls = type(model)
    fields: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
    if unknown := changes.keys() - fields:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    copy = object.__new__(cls)
    for name in fields:
        object.__setattr__(copy, name, changes[name] if name in changes else getattr(model, name))
    return copy


class RelationType(StrEnum):
    SUPERSEDES = "SUPERSEDES"
    REPEALS = "REPEALS"
    AMENDS = "AMENDS"
    GUIDES = "GUIDES"
    BASED_ON = "BASED_ON"
    IMPLEMENTS = "IMPLEMENTS"
    CITES = "CITES"

    @property
    def specificity(self) -> int:
        """Higher is more specific: one edge per pair keeps the most specific type stated."""
        return _SPECIFICITY[self]


RELATION_ORDER: tuple[RelationType, ...] = tuple(RelationType)
_SPECIFICITY = {r: len(RELATION_ORDER) - i for i, r in enumerate(RELATION_ORDER)}


class Level(StrEnum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class Status(StrEnum):
    """How far a reference could be resolved (the CourtListener vocabulary)."""

    RESOLVED = "resolved"  # a key with a year (or a central law/name that needs none)
    UNDATED = "undated"  # a key, but nothing in the corpus tells its year
    AMBIGUOUS = "ambiguous"  # several documents fit; see `candidates`
    UNRESOLVED = "unresolved"  # no document fits (a title we cannot tie to a symbol)
    NAMED = "named"  # a law known only by its name: a node without a number


@dataclass(frozen=True, slots=True, order=True)
class DocumentKey:
    """One real document: (type, number, issuer, year, province), as `gold/README.md` defines it.

    Values are canonical (type and issuer codes in their standard spelling, the number without
    leading zeros) so that equal keys mean the same document. `name` distinguishes documents
    that have no number: a law known only by its name, or a plan printed without `Số:`.
    """

    type: str
    number: str | None
    issuer: str
    year: int | None = None
    province: str | None = None
    name: str | None = None

    @property
    def symbol(self) -> str:
        """The symbol in its standard shape, e.g. `25-NQ/TW`, `33/CT-TTg`, `10/2022/QH15`."""
        from extract.tables import symbol_of  # tables import models; keep the cycle lazy

        return symbol_of(self)

    @property
    def id(self) -> str:
        """A stable, URL-safe, readable id: `NQ-25-TW-2013`, `KH-35-UBND-2023-tra-vinh`."""
        head = [self.type, self.number or "", self.issuer, str(self.year or "")]
        tail = [self.province or ""]
        if self.number is None and self.name:
            # Long names are cut to keep ids readable; a digest of the whole name keeps two
            # names that share their first 60 characters apart (a commune's yearly plans).
            tail.append(self.name if len(self.name) <= _ID_NAME else
                        f"{self.name[:_ID_NAME]} {digest(fold(self.name))}")
        return "-".join(_slug(p) for p in head if p) + "".join(
            "-" + _slug(p).lower() for p in tail if p
        )

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"type": self.type, "number": self.number,
                                  "issuer": self.issuer, "year": self.year,
                                  "province": self.province}
        if self.name:
            out["name"] = self.name
        return out

    def same_document(self, other: DocumentKey) -> bool:
        """Equal up to a missing year (an undated mention matches a dated one)."""
        return (self.type, self.number, fold(self.issuer), self.province, self.name) == (
            other.type, other.number, fold(other.issuer), other.province, other.name
        ) and (self.year is None or other.year is None or self.year == other.year)


@dataclass(frozen=True, slots=True)
class Repair:
    """A correction made to what the text printed, kept so that a user can audit it."""

    field: str  # "type", "issuer", "date", "symbol" (completed from its number and body)
    printed: str
    repaired: str
    reason: str


@dataclass(frozen=True, slots=True)
class Reference:
    """One mention of a document in a text.

    `kind` says how the document was named: by its `symbol`, by a law's `name`, or by its
    `title` (a Party resolution cited by plenum and subject). Offsets index the text as read.
    """

    kind: str  # "symbol" | "name" | "title"
    text: str
    start: int
    end: int
    symbol: str | None = None  # as printed, e.g. "269-\nQĐ/TU"
    type_word: str | None = None  # "Chỉ thị"
    date: dt.date | None = None
    year: int | None = None  # a year without a day: "Kế hoạch số 35/KH-UBND năm 2023"
    issuing_body: str | None = None
    term: str | None = None  # Party term, "XI"
    plenum: str | None = None  # the Central Committee plenum, "7": named or adopting it
    subject: str | None = None
    name: str | None = None  # a law's name, for kind "name"
    key: DocumentKey | None = None
    status: Status = Status.UNRESOLVED
    candidates: tuple[DocumentKey, ...] = ()
    repairs: tuple[Repair, ...] = ()
    in_footnote: bool = False


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge with the sentence that states it (offsets of the sentence in the text)."""

    source: DocumentKey
    relation: RelationType
    target: DocumentKey
    sentence: str
    start: int
    end: int
    cue: str | None = None
    from_self: bool = True
    mentions: int = 1  # how many times the file states it (the citation depth)


@dataclass(frozen=True, slots=True)
class DocumentIdentity:
    """What a document says of itself: header, date line, title, signature."""

    key: DocumentKey
    symbol: str | None = None
    symbol_span: tuple[int, int] | None = None
    date: dt.date | None = None
    place: str | None = None
    issuing_body: str | None = None
    type_name: str | None = None  # "Kế hoạch"
    title: str | None = None
    province: str | None = None
    level: Level | None = None
    signer: str | None = None


@dataclass(slots=True)
class DocumentExtraction:
    """Everything extracted from one file."""

    file: str
    identity: DocumentIdentity
    references: list[Reference] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    # the laws known by name that the text dates itself ("Luật X ngày ..."): a store counts
    # the documents that do, as `CorpusIndex` does
    laws_dated: tuple[DocumentKey, ...] = ()

    @property
    def resolved(self) -> list[Reference]:
        return [r for r in self.references if r.key is not None]

    @property
    def unresolved(self) -> list[Reference]:
        return [r for r in self.references if r.key is None]
