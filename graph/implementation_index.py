"""Who carries out what, as arrays: the embedded store's index for implementation trees.

A depth-4 tree of a central directive of 100k plans holds about 11,000 documents (the median).
Walked as Python objects, each cost about 3 µs; here a level is a few numpy steps, and only
the documents a tree returns become Python objects: tree p50 35 -> 17 ms.

Documents are numbered in id order. `sources[offsets[p]:offsets[p + 1]]` are the numbers of
the documents carrying out document p (IMPLEMENTS, GUIDES, BASED_ON) in `implementer_order`
(earliest first, undated last, then by id) and then by relation name; `relations` holds the
relation of each.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from extract.models import RelationType
from graph.model import DocumentNode, TreeLevel, shown_per_level
from graph.store import implementer_order

_RELATIONS = sorted(RelationType, key=lambda r: r.value)  # numbered in name order
_NUMBERS = {r: n for n, r in enumerate(_RELATIONS)}
_UNDATED = dt.date.max.toordinal()  # what `implementer_order` gives an undated document


def _objects(items: list) -> np.ndarray:
    array = np.empty(len(items), object)  # filled, not np.array(items): no conversion
    array[:] = items
    return array


_RELATION_OBJECTS = _objects(_RELATIONS)


@dataclass(frozen=True, slots=True)
class ImplementationIndex:
    documents: np.ndarray  # in id order, as a numpy array of objects
    numbers: dict[str, int]  # id -> position in `documents`
    dates: np.ndarray  # each document's date as a day number, _UNDATED when it has none
    offsets: np.ndarray  # int64, one more than documents
    sources: np.ndarray  # int32 document numbers
    relations: np.ndarray  # int8 numbers in _RELATIONS

    @classmethod
    def build(cls, documents: list[DocumentNode],
              links: Iterable[tuple[str, RelationType, str]]) -> ImplementationIndex:
        """From the documents in id order and every implementing (source, relation, target)."""
        numbers = {doc.id: n for n, doc in enumerate(documents)}
        rows = np.array([(numbers[target], numbers[source], _NUMBERS[relation])
                         for source, relation, target in links], np.int64).reshape(-1, 3)
        target, source, relation = rows.T
        # `implementer_order`'s date, as a day number: undated documents sort last
        dates = np.array([implementer_order(doc)[0].toordinal() for doc in documents])
        # lexsort's last key sorts first: by target, then its implementers' order (date, then
        # id: a document's number is its rank by id), then relation name
        order = np.lexsort((relation, source, dates[source], target))
        offsets = np.zeros(len(documents) + 1, np.int64)
        np.cumsum(np.bincount(target, minlength=len(documents)), out=offsets[1:])
        return cls(_objects(documents), numbers, dates, offsets,
                   source[order].astype(np.int32), relation[order].astype(np.int8))

    def implementers(self, ids: list[str]) -> dict[str, list[tuple[RelationType, DocumentNode]]]:
        """As `GraphStore.implementers`."""
        found = {}
        for id in ids:
            if (number := self.numbers.get(id)) is not None:
                start, end = self.offsets[number:number + 2].tolist()
                if start < end:
                    found[id] = list(zip(*self._decode(slice(start, end)), strict=True))
        return found

    def levels(self, root_document: DocumentNode, depth: int, limit: float = math.inf
               ) -> tuple[list[TreeLevel], int]:
        """As `GraphStore.implementation_levels`."""
        if (root := self.numbers.get(root_document.id)) is None:
            return [], 0
        seen = np.zeros(len(self.documents), bool)
        seen[root] = True
        frontier = np.array([root])
        found: list[tuple[np.ndarray, np.ndarray]] = []  # per level: parents, rows
        for _ in range(depth):
            starts = self.offsets[frontier]
            counts = self.offsets[frontier + 1] - starts
            # the rows of every implementer of the frontier, parent by parent, in order
            ends = np.cumsum(counts)
            rows = np.repeat(starts - (ends - counts), counts) + np.arange(ends[-1])
            parents = np.repeat(np.arange(len(frontier)), counts)
            new = ~seen[self.sources[rows]]
            rows, parents = rows[new], parents[new]
            # a document reached twice stays under its first parent (unique's first index)
            _, first = np.unique(self.sources[rows], return_index=True)
            first.sort()
            rows, parents = rows[first], parents[first]
            if not len(rows):
                break
            frontier = self.sources[rows]
            seen[frontier] = True
            found.append((parents, rows))
        shown = shown_per_level((len(rows) for _, rows in found), limit)
        levels = []  # only the documents shown become Python objects
        for (parents, rows), count in zip(found, shown, strict=False):  # shown may be fewer
            rows = rows[:count]
            levels.append(TreeLevel(parents[:count].tolist(), *self._decode(rows),
                                    self._lags(self.sources[rows], root)))
        return levels, sum(len(rows) for _, rows in found)

    def _lags(self, documents: np.ndarray, root: int) -> list[int | None]:
        if self.dates[root] == _UNDATED:
            return [None] * len(documents)
        dates = self.dates[documents]
        lags = (dates - self.dates[root]).astype(object)
        lags[dates == _UNDATED] = None
        return lags.tolist()

    def _decode(self, rows: slice | np.ndarray) -> tuple[list[RelationType], list[DocumentNode]]:
        # object arrays: numpy picks the Python objects out, 5 x faster than a list comprehension
        return (_RELATION_OBJECTS[self.relations[rows]].tolist(),
                self.documents[self.sources[rows]].tolist())
