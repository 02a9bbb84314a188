"""The research queries, written once over the store primitives so both stores answer alike.

lookup (a symbol as a person writes it), citations and cited_by, the implementation tree of a
directive with lags, its coverage by province, the shortest relation path, rankings (most
cited, PageRank, HITS), search and statistics.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from extract.models import RelationType, could_be_id
from extract.pipeline import extract_text
from extract.provinces import OLD_PROVINCES, new_province, province_matches
from graph.model import DocumentNode, Edge, Link, Reached, lag_days
from graph.store import DocumentFilter, GraphStore, implementer_order

MAX_TREE_DEPTH = 10


def lookup(store: GraphStore, text: str, year: int | None = None) -> list[DocumentNode]:
    """Documents a person's way of writing a symbol names: an id, "Chỉ thị số 33/CT-TTg",
    "25-NQ/TW" (several when the year is not given), or a law's name."""
    text = text.strip()
    # A symbol is never an id: skipping the id read saves Neo4j a round trip (8 -> 4 ms).
    if could_be_id(text) and (node := store.get(text)) is not None:
        return [node]
    refs = [r for r in extract_text(text).references if r.key is not None]
    if not refs:
        return []
    key = refs[0].key
    assert key is not None
    if key.number is None:
        node = store.get(key.id)
        return [node] if node else []
    year = year or key.year
    found = store.find(key.number, key.type, key.issuer, year)
    if not found:  # a misprinted type code: match on number and issuer alone
        found = store.find(key.number, None, key.issuer, year)
    if key.province and len(found) > 1:
        found = [d for d in found if d.province == key.province] or found
    return found


def citations(store: GraphStore, id: str, relation: RelationType | None = None) -> list[Edge]:
    """What a document cites, with evidence."""
    return store.edges([id], "out", [relation] if relation else None)


def cited_by(store: GraphStore, id: str, relation: RelationType | None = None) -> list[Edge]:
    """What cites a document, with evidence."""
    return store.edges([id], "in", [relation] if relation else None)


@dataclass(slots=True)
class RelationshipPage:
    edges: list[Edge]  # every relationship between the document and the page's documents
    documents: int  # documents at the other end in all, on every page


def relationship_page(store: GraphStore, id: str, direction: str,
                      relation: RelationType | None, offset: int = 0,
                      limit: int | None = None) -> RelationshipPage:
    """`citations` ("out") or `cited_by` ("in") a page at a time: the relationships with the
    documents `offset` to `offset + limit` at their other end, in id order (all without a
    limit). A central directive is cited by tens of thousands of plans: the store says which
    documents a page holds (`other_ends`), and only their relationships are read with their
    evidence."""
    relations = [relation] if relation else None
    page, total = store.other_ends(id, direction, relations, offset, limit)
    if not page:
        return RelationshipPage([], total)
    whole = len(page) == total
    return RelationshipPage(store.edges([id], direction, relations, None if whole else page),
                            total)


def relation_counts(store: GraphStore, id: str, direction: str) -> dict[str, int]:
    """How many relationships of each type go out of ("out") or into ("in") a document."""
    return {relation.value: n for relation, n in store.relation_counts(id, direction).items()}


@dataclass(slots=True)
class TreeNode:
    document: DocumentNode
    relation: RelationType | None  # how it carries out its parent (None for the root)
    depth: int
    lag_days: int | None  # days from the root directive's date
    children: list[TreeNode] = field(default_factory=list)
    left_out: int = 0  # on the root: documents of the tree beyond the `limit` asked for

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def implementation_tree(store: GraphStore, id: str, depth: int = 4,
                        province: str | None = None, level: str | None = None,
                        date_from: dt.date | None = None, date_to: dt.date | None = None,
                        limit: int | None = None) -> TreeNode | None:
    """Every document that carries out `id` directly or through a chain of IMPLEMENTS, GUIDES
    and BASED_ON, to `depth` levels, breadth first, each parent's earliest response first; a
    document reached twice stays under its first parent. Filters keep the matching documents
    and the chain that leads to them. With a `limit`, only the first `limit` documents of
    that order are kept; the root's `left_out` counts the rest."""
    root_doc = store.get(id)
    if root_doc is None:
        return None
    filtered = bool(province or level or date_from or date_to)
    # Beyond the limit, documents are only counted: a directive of 100k plans has 20k
    # implementers, the API shows 1,000 (tree nodes are most of a tree's cost).
    room = limit - 1 if limit is not None and not filtered else math.inf
    levels, reached = store.implementation_levels(root_doc, min(depth, MAX_TREE_DEPTH), room)
    root = TreeNode(root_doc, None, 0, 0)
    parents, shown = [root], 0
    for level_no, rows in enumerate(levels, 1):  # (`level` is the filter)
        nodes = []
        for parent, relation, doc, lag in zip(*rows, strict=True):
            node = TreeNode(doc, relation, level_no, lag)
            parents[parent].children.append(node)
            nodes.append(node)
        parents, shown = nodes, shown + len(nodes)
    root.left_out = reached - shown
    if filtered:
        _prune(root, lambda d: _keep(d, province, level, date_from, date_to))
        if limit is not None:
            root.left_out = _cap_tree(root, limit)
    return root


def _keep(doc: DocumentNode, province, level, date_from, date_to) -> bool:
    if province and not (doc.province and province_matches(doc.province, province)):
        return False
    if level and doc.level != level:
        return False
    if date_from and (doc.date is None or doc.date < date_from):
        return False
    return not (date_to and (doc.date is None or doc.date > date_to))


def _cap_tree(root: TreeNode, limit: int) -> int:
    """Keep the first `limit` documents of a tree, level by level (within a level, in the
    tree's order: earliest response first); return how many were left out."""
    queue, kept, left_out = [root], 1, 0
    for node in queue:  # grows as it goes: breadth first
        children = []
        for child in node.children:
            if kept < limit:
                children.append(child)
                queue.append(child)
                kept += 1
            else:
                left_out += sum(1 for _ in child.walk())
        node.children = children
    return left_out


def _prune(node: TreeNode, keep) -> bool:
    """Drop subtrees with no matching document; True when `node` stays."""
    node.children = [c for c in node.children if _prune(c, keep)]
    return bool(node.children) or keep(node.document) or node.depth == 0


@dataclass(slots=True)
class ProvinceCoverage:
    province: str
    new_province: str | None
    first: DocumentNode  # the earliest implementing document of the province
    lag_days: int | None
    documents: int


@dataclass(slots=True)
class Coverage:
    directive: DocumentNode
    covered: list[ProvinceCoverage]
    missing: list[str]  # old provinces with no implementing document


def coverage(store: GraphStore, id: str, depth: int = 4) -> Coverage | None:
    """Which provinces have a document implementing `id`, their first response and its lag."""
    root = store.get(id)
    if root is None:
        return None
    # Only each province's first response is shown: the tree's other documents are counted,
    # and a store need read no more of them (Neo4j, 100k plans: p50 363 -> 192 ms).
    by_province: dict[str, list[Reached]] = {}
    for doc in store.implementation_reach(root, min(depth, MAX_TREE_DEPTH)):
        if doc.province:
            by_province.setdefault(doc.province, []).append(doc)
    firsts = {province: min(docs, key=implementer_order)
              for province, docs in sorted(by_province.items())}
    shown = store.get_many(first.id for first in firsts.values())
    covered = [ProvinceCoverage(province, new_province(province), shown[first.id],
                                lag_days(first, root), len(by_province[province]))
               for province, first in firsts.items()]
    missing = [p.name for p in OLD_PROVINCES if p.name not in by_province]
    return Coverage(root, covered, missing)


def shortest_path(store: GraphStore, source: str, target: str,
                  max_depth: int = 8) -> list[Edge] | None:
    """The shortest chain of relationships between two documents: a directed chain from
    `source` to `target` (or back) when there is one, else one through either direction."""
    if store.get(source) is None or store.get(target) is None:
        return None
    for directions, a, b in ((("out",), source, target), (("out",), target, source),
                             (("out", "in"), source, target)):
        path = _bfs(store, a, b, directions, max_depth)
        if path is not None:  # the walk needs no evidence; the answer shows it
            return [next(e for e in store.edges([link.source], "out", [link.relation])
                         if e.target == link.target) for link in path]
    return None


def _bfs(store: GraphStore, source: str, target: str, directions: tuple[str, ...],
         max_depth: int) -> list[Link] | None:
    """Breadth first from both ends at once, expanding the smaller frontier a level at a time:
    from one end alone a search floods the graph through the first hub it meets."""
    back = tuple({"out": "in", "in": "out"}[d] for d in directions)
    steps = (directions, back)
    reached: tuple[dict[str, Link | None], ...] = ({source: None}, {target: None})
    frontiers = [[source], [target]]
    if source == target:
        return []
    for _ in range(max_depth):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        found, new = reached[side], []
        for direction in steps[side]:
            for b, link in store.first_links(frontiers[side], direction, found).items():
                found[b] = link
                new.append(b)
        frontiers[side] = sorted(new)
        meeting = [n for n in frontiers[side] if n in reached[1 - side]]
        if meeting:
            best = min(meeting, key=lambda n: (len(_chain(reached[1 - side], n)), n))
            return _chain(reached[0], best)[::-1] + _chain(reached[1], best)
        if not frontiers[side]:
            return None
    return None


def _chain(reached: dict[str, Link | None], node: str) -> list[Link]:
    """The links from `node` back to where this side of the search began."""
    chain = []
    while (link := reached[node]) is not None:
        chain.append(link)
        node = link.source if link.target == node else link.target
    return chain


_RANK_CACHE: dict[tuple, list[tuple[str, float]]] = {}


def rankings(store: GraphStore, metric: str = "cited_by",
             limit: int = 20) -> list[tuple[DocumentNode, float]]:
    """Most cited (distinct citing documents), PageRank, or HITS authority."""
    if metric not in ("cited_by", "pagerank", "hits"):
        raise ValueError(f"unknown metric {metric!r}")
    stamp = (id(store), metric, tuple(sorted(store.counts().items())))
    if stamp not in _RANK_CACHE:
        _RANK_CACHE[stamp] = _scores(store, metric)
    top = _RANK_CACHE[stamp][:limit]
    docs = store.get_many(i for i, _ in top)
    return [(docs[i], score) for i, score in top if i in docs]


def _scores(store: GraphStore, metric: str) -> list[tuple[str, float]]:
    edges = list(store.edge_list())
    if metric == "cited_by":
        counts = Counter(target for _, target in {(s, t) for s, t, _, _ in edges})
        scores = dict(counts)
    else:
        graph = nx.DiGraph()
        for source, target, _, depth in edges:
            weight = graph[source][target]["weight"] + depth if graph.has_edge(
                source, target) else depth
            graph.add_edge(source, target, weight=weight)
        if graph.number_of_edges() == 0:
            return []
        if metric == "pagerank":
            scores = nx.pagerank(graph, weight="weight")
        else:
            _, scores = nx.hits(graph, max_iter=500, normalized=True)
    return sorted(((i, float(s)) for i, s in scores.items()), key=lambda x: (-x[1], x[0]))


def search(store: GraphStore, q: str, limit: int = 20) -> list[DocumentNode]:
    """Documents whose symbol, aliases or title contain every word of `q`."""
    return store.documents(DocumentFilter(q=q), limit)


def stats(store: GraphStore) -> dict[str, object]:
    """Corpus statistics: counts, and documents by type, level and province."""
    by_type, by_level, by_province = Counter(), Counter(), Counter()
    after = None
    while True:
        page = store.documents(DocumentFilter(), limit=5000, after=after)
        if not page:
            break
        for doc in page:
            by_type[doc.type] += 1
            by_level[doc.level or "unknown"] += 1
            if doc.province:
                by_province[doc.province] += 1
        after = page[-1].id
    return {"counts": store.counts(), "by_type": dict(by_type.most_common()),
            "by_level": dict(by_level.most_common()),
            "by_province": dict(by_province.most_common())}


@dataclass(slots=True)
class Neighbourhood:
    center: DocumentNode
    nodes: list[DocumentNode]
    edges: list[Edge]
    left_out: int  # documents within `depth` not shown because of `limit`


def neighbourhood(store: GraphStore, center: str, depth: int = 1,
                  relations: list[RelationType] | None = None,
                  limit: int = 150) -> Neighbourhood | None:
    """Documents within `depth` relationships of `center` (either direction), capped at
    `limit` documents, nearest first; edges among the documents kept."""
    root = store.get(center)
    if root is None:
        return None
    order, seen, frontier, left_out = [center], {center}, [center], 0
    for _ in range(depth):
        edges = store.links(frontier, "out", relations) + store.links(frontier, "in", relations)
        found = sorted(({e.target for e in edges} | {e.source for e in edges}) - seen)
        room = max(0, limit - len(order))
        left_out += max(0, len(found) - room)
        order += found[:room]
        seen |= set(found)
        frontier = found[:room]
        if not frontier:
            break
    kept = set(order)
    docs = store.get_many(order)
    edges = [e for e in store.edges(order, "out", relations) if e.target in kept]
    return Neighbourhood(root, [docs[i] for i in order if i in docs], edges, left_out)
