"""The embedded default store: a networkx MultiDiGraph persisted to one file, atomically.

Nodes hold `DocumentNode`s; each relationship is keyed by its type, and its networkx data is
only its depth (how many times the corpus states it); pairs with the same relationships and
depths share one key dict (`store_format.pair_data`). The sentences that state a relationship
live on disk in the `TextArchive` (`texts.sqlite`) with the files' texts, read when evidence
is asked for. The graph file (`graph.pickle` in the data directory) is written atomically
(`store_format`). Every change of one ingested file is applied under an undo log: an error
rolls that file back.
"""

from __future__ import annotations

import bisect
import gc
import math
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from itertools import chain
from pathlib import Path

import networkx as nx

from extract.models import RelationType
from extract.normalize import fold
from extract.pipeline import no_cycle_collection, release_freed_memory
from graph.implementation_index import ImplementationIndex
from graph.model import (
    IMPLEMENTATION_RELATIONS,
    RELATION_BY_NAME,
    DocumentNode,
    Edge,
    Evidence,
    FileChange,
    IngestedFile,
    TreeLevel,
    UnresolvedReference,
)
from graph.networkx_adjacency import AdjacencyReads
from graph.store import DocumentFilter, FileFailed, GraphStore
from graph.store_format import depth_data, pair_data, read_graph_file, write_graph_file
from graph.text_archive import TextArchive, content_id, stated_in

_IMPLEMENTING = {r.value for r in IMPLEMENTATION_RELATIONS}


class NetworkxStore(AdjacencyReads, GraphStore):
    name = "networkx"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / "graph.pickle"
        self.graph = nx.MultiDiGraph()
        self.files: dict[str, dict] = {}  # file -> sha256, content id, document_id, nodes
        self.archive = TextArchive(self.data_dir / "texts.sqlite")
        self._dropped: set[str] = set()  # content ids to delete once the graph is saved
        self.sources: dict[str, set[str]] = defaultdict(set)  # node id -> contributing files
        self.pending: dict[str, list[UnresolvedReference]] = {}
        # number -> type -> ids: a lookup reads only its own type's documents (100k plans hold
        # about a thousand documents per number, nearly all of them local plans)
        self._by_number: dict[str, dict[str | None, set[str]]] = defaultdict(
            lambda: defaultdict(set))
        self._sorted_ids: list[str] | None = None
        self._contents: dict[str, tuple[str, ...]] | None = None  # content id -> its files
        self._trees: ImplementationIndex | None = None  # built by the first tree after a write
        # The index is built from the whole graph, in a server's thread, while a write may
        # come in: writes wait for a build, and a build for writes. Trees read a built index,
        # which no write changes, without waiting.
        self._building = threading.Lock()
        if self.path.exists():
            self._load()

    # --- persistence --------------------------------------------------------------------
    def _load(self) -> None:
        with no_cycle_collection():
            state, upgraded = read_graph_file(self.path, self.archive)
        self.graph, self.files = state["graph"], state["files"]
        self.sources = defaultdict(set, state["sources"])
        self.pending = state["pending"]
        if upgraded:
            self.flush()
        for node_id, data in self.graph._node.items():
            sys.intern(node_id)  # the loaded string itself: later files' ids become it
            self._index(data["doc"])
        # The graph lives as long as the process: keep the collector from rescanning it each
        # time queries leave garbage (10k plans: tree p99 667 -> 21 ms, cited-by 703 -> 20).
        gc.freeze()

    def flush(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Pickle's memo takes an entry for each object of the graph (0.3 to 0.5 GB on 100k
        # plans): hand back what the process has freed (ingestion's texts and results) first,
        # so that the two do not add up.
        release_freed_memory()
        write_graph_file(self.path, {"graph": self.graph, "files": self.files,
                                     "sources": dict(self.sources), "pending": self.pending})
        if self._dropped:  # only now that no saved graph names them
            self.archive.drop(self._dropped - {info["content"] for info in self.files.values()})
            self._dropped.clear()

    def clear(self) -> None:
        with self._building:
            self.graph.clear()
            self.files.clear()
            self.sources.clear()
            self.pending.clear()
            self._by_number.clear()
            self._sorted_ids = self._trees = self._contents = None
        self.flush()
        self.archive.clear()

    # --- writes -------------------------------------------------------------------------
    def apply(self, changes: Iterable[FileChange]) -> None:
        changes = list(changes)
        said = [stated_in(change) for change in changes]
        contents = [content_id(c.text, c.mentions, statements)
                    for c, statements in zip(changes, said, strict=True)]
        self.archive.put((cid, c.text, c.mentions, statements)
                         for cid, c, statements in zip(contents, changes, said, strict=True))
        with self._building:
            for change, cid in zip(changes, contents, strict=True):
                undo: list[Callable[[], None]] = []
                try:
                    self._remove_file(change.file, undo)
                    self._add_file(change, cid, undo)
                except Exception as error:
                    for step in reversed(undo):
                        step()
                    self._dropped.update(contents)  # those still named are kept by flush
                    raise FileFailed(change.file, error) from error
                finally:
                    self._sorted_ids = self._trees = self._contents = None

    def _remove_file(self, file: str, undo: list[Callable[[], None]]) -> None:
        old = self.files.pop(file, None)
        if old is None:
            return
        undo.append(lambda: self.files.__setitem__(file, old))
        self._dropped.add(old["content"])
        pending = self.pending.pop(file, None)
        if pending is not None:
            undo.append(lambda: self.pending.__setitem__(file, pending))
        for statement in self.archive.statements_of(old["content"]):
            self._add_depth(statement.source, statement.target, statement.relation,
                            -statement.mentions, undo)
        for node_id in old["nodes"]:
            sources = self.sources[node_id]
            sources.discard(file)
            undo.append(lambda s=sources: s.add(file))
            doc = self.graph.nodes[node_id]["doc"]
            if doc.file == file:
                self.graph.nodes[node_id]["doc"] = replace(doc, ingested=False, file=None)
                undo.append(lambda n=node_id, d=doc: self._set_doc(n, d))
            if not sources and self.graph.degree(node_id) == 0:
                self._remove_node(node_id, undo)

    def _add_file(self, change: FileChange, content: str,
                  undo: list[Callable[[], None]]) -> None:
        # Ids are interned: the graph's dicts then hold one string per document, not one per
        # file naming it (100k plans: about 0.5 GB of copies).
        ids = [sys.intern(node.id) for node in change.nodes]
        for node, node_id in zip(change.nodes, ids, strict=True):
            existing = self.graph.nodes[node_id]["doc"] if node_id in self.graph else None
            merged = node if existing is None else existing.merge(node)
            if existing is None:
                self.graph.add_node(node_id, doc=merged)
                self._index(merged)
                undo.append(lambda n=node_id: self._remove_node(n, []))
            else:
                self._set_doc(node_id, merged)
                undo.append(lambda n=node_id, d=existing: self._set_doc(n, d))
            self.sources[node_id].add(change.file)
            undo.append(lambda s=self.sources[node_id]: s.discard(change.file))
        for edge in change.edges:
            source, target = sys.intern(edge.source), sys.intern(edge.target)
            if source not in self.graph or target not in self.graph:
                raise ValueError(f"{change.file}: edge {source} -> {target} "
                                 "names a document the change does not bring")
            self._add_depth(source, target, edge.relation.value,
                            sum(item.mentions for item in edge.evidence), undo)
        self.files[change.file] = {"sha256": change.sha256, "content": content,
                                   "document_id": change.document_id,
                                   "nodes": ids, "extractor": change.extractor}
        undo.append(lambda: self.files.pop(change.file, None))
        if change.unresolved:
            self.pending[change.file] = list(change.unresolved)
            undo.append(lambda: self.pending.pop(change.file, None))

    def _add_depth(self, source: str, target: str, key: str, mentions: int,
                   undo: list[Callable[[], None]]) -> None:
        """Add a file's mentions of a relationship to its depth (or take them away): the
        relationship exists while some file states it."""
        old = self.graph._succ.get(source, {}).get(target, {}).get(key, {}).get("depth", 0)
        self._set_depth(source, target, key, old + mentions)
        undo.append(lambda: self._set_depth(source, target, key, old))

    def _set_depth(self, source: str, target: str, key: str, depth: int) -> None:
        # Not through networkx's add_edge and remove_edge: they change the pair's key dict in
        # place, and that dict is shared with other pairs.
        by_target, by_source = self.graph._succ[source], self.graph._pred[target]
        by_key = dict(by_target.get(target, {}))
        if depth > 0:
            by_key[key] = depth_data(depth)
        else:
            by_key.pop(key, None)
        if by_key:
            by_target[target] = by_source[source] = pair_data(by_key)
        else:
            by_target.pop(target, None)
            by_source.pop(source, None)

    def _set_doc(self, node_id: str, doc: DocumentNode) -> None:
        self._unindex(self.graph.nodes[node_id]["doc"])
        self.graph.nodes[node_id]["doc"] = doc
        self._index(doc)

    def _index(self, doc: DocumentNode) -> None:
        if doc.number:
            self._by_number[doc.number][doc.type].add(doc.id)

    def _unindex(self, doc: DocumentNode) -> None:
        if doc.number:
            self._by_number[doc.number][doc.type].discard(doc.id)

    def _remove_node(self, node_id: str, undo: list[Callable[[], None]]) -> None:
        if node_id not in self.graph:
            return
        doc = self.graph.nodes[node_id]["doc"]
        self.graph.remove_node(node_id)
        self.sources.pop(node_id, None)
        self._unindex(doc)
        undo.append(lambda: self._restore_node(node_id, doc))

    def _restore_node(self, node_id: str, doc: DocumentNode) -> None:
        self.graph.add_node(node_id, doc=doc)
        self._index(doc)

    def file_hashes(self) -> dict[str, tuple[str, str]]:
        return {file: (info["sha256"], info.get("extractor", ""))
                for file, info in self.files.items()}

    # --- reads --------------------------------------------------------------------------
    def get_many(self, ids: Iterable[str]) -> dict[str, DocumentNode]:
        nodes = self.graph._node  # the adjacency dict under networkx's NodeView: 3x faster
        return {i: nodes[i]["doc"] for i in ids if i in nodes}

    def find(self, number: str, type: str | None = None, issuer: str | None = None,
             year: int | None = None) -> list[DocumentNode]:
        by_type = self._by_number.get(number.lstrip("0") or "0", {})
        ids = by_type.get(type, ()) if type is not None else chain(*by_type.values())
        nodes, issuer = self.graph._node, issuer and fold(issuer)
        found = []
        for node_id in ids:
            doc = nodes[node_id]["doc"]
            if (issuer is None or fold(doc.issuer) == issuer) and (
                    year is None or doc.year == year):
                found.append(doc)
        return sorted(found, key=lambda d: d.id)

    def edges(self, ids: Iterable[str], direction: str,
              relations: Iterable[RelationType] | None = None,
              others: Collection[str] | None = None) -> list[Edge]:
        found = self._adjacent(ids, direction, relations, others)
        if not found:
            return []
        ends, read = sorted({link[0 if direction == "out" else 1] for link in found}), direction
        if others is not None:  # a page of the documents at the other end
            near = sorted({link[1 if direction == "out" else 0] for link in found})
            # Statements are read by one end: the page's documents when they state fewer
            # (a page of 100 plans citing a hub: about 3k rows instead of its 21k).
            opposite = "in" if direction == "out" else "out"
            if (sum(len(self._neighbours(n, opposite)) for n in near)
                    < sum(len(self._neighbours(n, direction)) for n in ends)):
                ends, read = near, opposite
        files_of, evidence = self._files_by_content(), {(u, key, v): [] for u, v, key in found}
        for content, source, key, target, *said in self.archive.statements_at(ends, read):
            items = evidence.get((source, key, target))
            if items is not None:  # else a relationship not asked for
                # rows of contents no file has any more are awaiting the next save's drop
                for file in files_of.get(content, ()):
                    items.append(Evidence(file, *said))
        for items in evidence.values():
            if len(items) > 1:  # most relationships are stated by one file
                items.sort(key=_evidence_order)
        return [Edge(u, RELATION_BY_NAME[key], v, evidence[u, key, v]) for u, v, key in found]

    def _files_by_content(self) -> dict[str, tuple[str, ...]]:
        if (files_of := self._contents) is None:
            with self._building:  # not while a write changes the files
                lists = defaultdict(list)
                for file, info in self.files.items():
                    lists[info["content"]].append(file)
                # Tuples of strings, which the cycle collector stops tracking: 100k lists
                # kept alive made each full collection walk them (embedded tree p50 among
                # other queries on 100k plans: 25 -> 11 ms).
                files_of = {content: tuple(files) for content, files in lists.items()}
                self._contents = files_of
        return files_of

    def warm(self) -> None:
        """The implementation index (100k plans: 4 s), so that the first tree only reads, and
        the files of each content, so that the first evidence read does not build it."""
        with no_cycle_collection():
            self._implementation_index()
            self._files_by_content()
        gc.freeze()  # as after loading: the index lives as long as the graph

    def implementers(self, ids: list[str]) -> dict[str, list[tuple[RelationType, DocumentNode]]]:
        return self._implementation_index().implementers(ids)

    def implementation_levels(self, root: DocumentNode, depth: int, limit: float = math.inf
                              ) -> tuple[list[TreeLevel], int]:
        # A tree walked in numpy: 100k plans, tree p50 35 -> 17 ms
        return self._implementation_index().levels(root, depth, limit)

    def _implementation_index(self) -> ImplementationIndex:
        if (trees := self._trees) is None:
            with self._building:
                if self._trees is None:
                    self._trees = ImplementationIndex.build(
                        [self.graph._node[id]["doc"] for id in self._ids_in_order()],
                        ((source, RELATION_BY_NAME[key], target)
                         for target, by_source in self.graph._pred.items()
                         for source, by_key in by_source.items()
                         for key in by_key if key in _IMPLEMENTING))
                trees = self._trees
        return trees

    def edge_list(self) -> Iterator[tuple[str, str, RelationType, int]]:
        for u, v, key, depth in self.graph.edges(keys=True, data="depth"):
            yield u, v, RelationType(key), depth

    def documents(self, where: DocumentFilter, limit: int,
                  after: str | None = None) -> list[DocumentNode]:
        ids = self._ids_in_order()
        words = where.words()
        out = []
        for node_id in ids[bisect.bisect_right(ids, after) if after else 0:]:
            doc = self.graph.nodes[node_id]["doc"]
            if where.matches(doc, words):
                out.append(doc)
                if len(out) >= limit:
                    break
        return out

    def _ids_in_order(self) -> list[str]:
        if self._sorted_ids is None:
            self._sorted_ids = sorted(self.graph.nodes)
        return self._sorted_ids

    def file_text(self, file: str) -> tuple[str, list[dict]] | None:
        info = self.files.get(file)
        return self.archive.get(info["content"]) if info else None

    def ingested_files(self) -> Iterator[IngestedFile]:
        for file in sorted(self.files):
            info = self.files[file]
            yield IngestedFile(file, info["sha256"], info["document_id"], tuple(info["nodes"]),
                               tuple(self.pending.get(file, ())), info.get("extractor", ""))

    def unresolved(self) -> list[UnresolvedReference]:
        return [ref for file in sorted(self.pending) for ref in self.pending[file]]

    def counts(self) -> dict[str, int]:
        docs = [data["doc"] for _, data in self.graph.nodes(data=True)]
        ingested = sum(1 for d in docs if d.ingested)
        counts = {"documents": len(docs), "ingested": ingested, "cited_only": len(docs) - ingested,
                  "files": len(self.files), "unresolved": len(self.unresolved()),
                  "relationships": self.graph.number_of_edges()}
        counts.update(dict.fromkeys((relation.value for relation in RelationType), 0))
        for _, _, key in self.graph.edges(keys=True):
            counts[key] += 1
        return counts


def _evidence_order(evidence: Evidence) -> tuple:
    return evidence.file, evidence.start
