"""Reads of the embedded store that only walk networkx's adjacency dicts.

`_succ` and `_pred` are {node: {neighbour: {relation: data}}}; reading them directly rather
than through networkx's views was two thirds of a tree query's profile on 10k plans. Mixed
into `NetworkxStore`, which holds the graph as `self.graph`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Container, Iterable

import networkx as nx

from extract.models import RelationType
from graph.model import RELATION_BY_NAME, Link, relation_names


class AdjacencyReads:
    graph: nx.MultiDiGraph

    def links(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None) -> list[Link]:
        return [Link(u, RELATION_BY_NAME[key], v)
                for u, v, key in self._adjacent(ids, direction, relations)]

    def _adjacent(self, ids: Iterable[str], direction: str,
                  relations: Iterable[RelationType] | None,
                  others: Collection[str] | None = None) -> list[tuple[str, str, str]]:
        """(source, target, relation) at `ids`, sorted; with `others`, only those whose other
        end is one of them."""
        wanted = relation_names(relations)
        out, found = direction == "out", []
        for node_id in ids:
            neighbours = self._neighbours(node_id, direction)
            pairs = (neighbours.items() if others is None else
                     ((other, neighbours[other]) for other in others if other in neighbours))
            for other, by_key in pairs:
                for key in by_key:
                    if wanted is None or key in wanted:
                        found.append((node_id, other, key) if out else (other, node_id, key))
        found.sort()
        return found

    def first_links(self, ids: list[str], direction: str,
                    known: Container[str]) -> dict[str, Link]:
        # A link object only for each document first reached, not for each of the hubs'
        # links, and nothing sorted but `ids` (100k plans, path p50 2.9 -> 0.45 s). The first
        # link in `links` order is the one from the first of `ids`, with the least relation.
        found: dict[str, Link] = {}
        for id in sorted(ids):
            for other, by_key in self._neighbours(id, direction).items():
                if other not in known and other not in found:
                    relation = RELATION_BY_NAME[min(by_key)]
                    found[other] = (Link(id, relation, other) if direction == "out"
                                    else Link(other, relation, id))
        return found

    def _neighbours(self, id: str, direction: str) -> dict[str, dict]:
        """{document at the other end: {relation: data}} of `id`, from networkx's own dicts."""
        return (self.graph._succ if direction == "out" else self.graph._pred).get(id, {})

    def other_ends(self, id: str, direction: str, relations: Iterable[RelationType] | None,
                   offset: int = 0, limit: int | None = None) -> tuple[list[str], int]:
        # The neighbours' dict as it is, no link object each (100k plans, p50: 66 -> 10 ms)
        wanted = relation_names(relations)
        ends = sorted(other for other, by_key in self._neighbours(id, direction).items()
                      if wanted is None or any(name in by_key for name in wanted))
        return ends[offset:None if limit is None else offset + limit], len(ends)

    def relation_counts(self, id: str, direction: str) -> dict[RelationType, int]:
        return dict(Counter(RELATION_BY_NAME[key]
                            for by_key in self._neighbours(id, direction).values()
                            for key in by_key))
