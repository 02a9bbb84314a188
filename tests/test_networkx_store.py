"""The embedded store on disk: one graph file written atomically, texts in an archive beside it."""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import pickle
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import implementers_from_links

from graph import queries
from graph.ingest import ingest_paths
from graph.model import DocumentNode
from graph.networkx_store import NetworkxStore
from graph.store import DocumentFilter, GraphStore
from graph.store_format import FORMAT_VERSION

PLAN = "Số: 12/KH-UBND\nTrà Vinh, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\nThực hiện {cited}.\n"


def archived_ids(data: Path) -> set[str]:
    with sqlite3.connect(data / "texts.sqlite") as db:
        texts = {cid for (cid,) in db.execute("SELECT id FROM texts")}
        stated = {cid for (cid,) in db.execute("SELECT DISTINCT content FROM statements")}
    assert stated <= texts  # a content's statements go when its text goes
    return texts


def test_a_reopened_store_has_the_same_graph_and_reads_texts_from_the_archive(
        tmp_path: Path, samples_dir: Path) -> None:
    store = NetworkxStore(tmp_path / "data")
    ingest_paths(store, [samples_dir], progress=False)
    again = NetworkxStore(tmp_path / "data")
    assert again.counts() == store.counts()
    file = sorted(store.files)[0]
    text, mentions = again.file_text(file)
    assert text == (samples_dir / file).read_text(encoding="utf-8") and mentions
    # the graph file itself stays small: no text in it
    assert text[:200].encode("utf-8") not in (tmp_path / "data" / "graph.pickle").read_bytes()


def test_a_warmed_store_leaves_nothing_for_the_cycle_collector_to_walk_after_reads(
        tmp_path: Path, samples_dir: Path) -> None:
    # A server's store lives as long as the process: what reads build and keep (an index, the
    # files of each content) must not be walked by every full collection (100k plans: 100k
    # lists made each tree among other queries wait for it).
    ingest_paths(NetworkxStore(tmp_path / "data"), [samples_dir], progress=False)
    store = NetworkxStore(tmp_path / "data")
    store.warm()
    try:
        tracked = len(gc.get_objects())
        for doc in store.documents(DocumentFilter(), limit=100):
            queries.cited_by(store, doc.id)
            queries.implementation_tree(store, doc.id, 4)
        assert len(gc.get_objects()) - tracked == 0, len(gc.get_objects()) - tracked
    finally:
        gc.unfreeze()


def test_a_crash_while_saving_leaves_the_previous_graph(tmp_path: Path, samples_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    store = NetworkxStore(tmp_path / "data")
    ingest_paths(store, [samples_dir], progress=False)
    before = store.counts()
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "new.txt").write_text(PLAN.format(cited="Chỉ thị số 5/CT-TTg ngày "
                                                                  "01/02/2020"), encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pickle, "dump", crash)
    with pytest.raises(OSError):
        ingest_paths(store, [tmp_path / "more"], progress=False)
    monkeypatch.undo()
    assert NetworkxStore(tmp_path / "data").counts() == before
    # no half-written file is left behind
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["graph.pickle",
                                                                    "texts.sqlite"]


def test_a_replaced_file_text_is_dropped_once_the_graph_is_saved(tmp_path: Path) -> None:
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    plan = corpus / "plan.txt"
    plan.write_text(PLAN.format(cited="Chỉ thị số 5/CT-TTg"), encoding="utf-8")
    store = NetworkxStore(data)
    ingest_paths(store, [corpus], progress=False)
    (first,) = archived_ids(data)
    plan.write_text(PLAN.format(cited="Chỉ thị số 6/CT-TTg"), encoding="utf-8")
    ingest_paths(store, [corpus], progress=False)
    (second,) = archived_ids(data)
    assert second != first and store.files["plan.txt"]["content"] == second
    assert "6/CT-TTg" in store.file_text("plan.txt")[0]
    assert store.edges(["CT-5-TTg"], "in") == []  # the old text's statement went with it
    (edge,) = store.edges(["CT-6-TTg"], "in")
    assert [item.sentence for item in edge.evidence] == ["KẾ HOẠCH Thực hiện Chỉ thị số 6/CT-TTg."]
    store.clear()
    assert archived_ids(data) == set()


def test_pairs_with_the_same_relationships_share_one_key_dict(tmp_path: Path) -> None:
    """networkx keeps a dict `{relation: data}` for each pair of documents: 100k plans have
    2.7M pairs and 35 different dicts. A write replaces a pair's dict, and never changes the
    shared one."""
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    for number in (12, 13):
        (corpus / f"plan-{number}.txt").write_text(
            PLAN.replace("12/", f"{number}/").format(cited="Chỉ thị số 6/CT-TTg"),
            encoding="utf-8")
    store = NetworkxStore(data)
    ingest_paths(store, [corpus], progress=False)
    first, second = store.graph._pred["CT-6-TTg"].values()
    assert first is second and first == {"IMPLEMENTS": {"depth": 1}}

    (corpus / "plan-12.txt").write_text(PLAN.format(cited="Chỉ thị số 5/CT-TTg"),
                                        encoding="utf-8")
    ingest_paths(store, [corpus], progress=False)
    for reopened in (store, NetworkxStore(data)):
        (to_6,) = reopened.graph._pred["CT-6-TTg"].values()
        (to_5,) = reopened.graph._pred["CT-5-TTg"].values()
        assert to_6 is to_5 and to_6 == {"IMPLEMENTS": {"depth": 1}}
        assert [e.source for e in reopened.edges(["CT-6-TTg"], "in")] == ["KH-13-UBND-2022-tra-vinh"]


class _PicklerOfFormat5(pickle.Pickler):
    """Pickles documents as format 5 did: without `dated_by`, added last since."""

    def reducer_override(self, obj: object) -> object:
        if isinstance(obj, DocumentNode):
            return copyreg.__newobj__, (DocumentNode,), (None, {
                f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)[:-1]})
        return NotImplemented


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_a_store_of_an_earlier_format_is_read(tmp_path: Path, samples_dir: Path,
                                              version: int) -> None:
    data = tmp_path / "data"
    store = NetworkxStore(data)
    ingest_paths(store, [samples_dir], progress=False)
    ids = [d.id for d in store.documents(DocumentFilter(), limit=10_000)]
    expected = {file: store.file_text(file) for file in store.files}
    edges = store.edges(ids, "out")
    state = pickle.loads((data / "graph.pickle").read_bytes())
    graph = state["graph"]
    for source, by_target in graph._succ.items():  # before version 5: a key dict per pair
        for target, by_key in by_target.items():
            by_target[target] = graph._pred[target][source] = dict(by_key)
    if version < 4:  # versions 1 to 3 kept the evidence in the graph, not in the archive
        for edge in edges:
            evidence = {item.file: item for item in edge.evidence}
            graph._succ[edge.source][edge.target][edge.relation.value] = (
                {"evidence": evidence} if version < 3 else evidence)
        with sqlite3.connect(data / "texts.sqlite") as db:
            db.execute("DROP TABLE statements")
    if version == 1:  # it also kept the texts inside
        for file, info in state["files"].items():
            info["text"], info["mentions"] = expected[file]
            del info["content"]
        (data / "texts.sqlite").unlink()
    state["version"] = version
    with open(data / "graph.pickle", "wb") as handle:
        _PicklerOfFormat5(handle).dump(state)
    old = NetworkxStore(data)
    assert {file: old.file_text(file) for file in old.files} == expected
    assert old.edges(ids, "out") == edges and old.counts() == store.counts()
    assert {d.dated_by for d in old.documents(DocumentFilter(), limit=10_000)} == {()}
    # saved in the current format at once
    assert pickle.loads((data / "graph.pickle").read_bytes())["version"] == FORMAT_VERSION
    assert NetworkxStore(data).edges(ids, "out") == edges


def test_trees_follow_the_writes_made_after_the_first_tree(tmp_path: Path,
                                                           samples_dir: Path) -> None:
    """The first tree indexes who implements what; a write drops the index and the next tree
    builds it again, so answers stay those of the store's edges."""
    corpus = tmp_path / "corpus"
    shutil.copytree(samples_dir, corpus)
    store = NetworkxStore(tmp_path / "data")
    ingest_paths(store, [corpus], progress=False)

    def implementers_of_33() -> list[str]:
        tree = queries.implementation_tree(store, "CT-33-TTg-2021", depth=1)
        ids = [d.id for d in store.documents(DocumentFilter(), limit=10_000)]
        found = implementers_from_links(store, ids)
        assert store.implementers(ids) == found
        directive = store.get("CT-33-TTg-2021")
        assert store.implementation_levels(directive, 4) == (
            GraphStore.implementation_levels(store, directive, 4))
        return [child.document.id for child in tree.children]

    before = implementers_of_33()
    plan = corpus / "plan.txt"
    cited = "Chỉ thị số 33/CT-TTg ngày 20 tháng 8 năm 2021 của Thủ tướng Chính phủ"
    plan.write_text(PLAN.format(cited=cited), encoding="utf-8")
    ingest_paths(store, [corpus], progress=False)
    # by date: after Trà Vinh's plan 3 of 21 January 2022, before the later ones
    assert implementers_of_33() == [before[0], "KH-12-UBND-2022-tra-vinh", *before[1:]]
    plan.write_text(PLAN.format(cited=cited).replace("năm 2022", "năm 2021"), encoding="utf-8")
    ingest_paths(store, [corpus], progress=False)  # earlier now: first
    assert implementers_of_33()[0] == "KH-12-UBND-2021-tra-vinh"
    plan.write_text(PLAN.format(cited="Chỉ thị số 6/CT-TTg"), encoding="utf-8")
    ingest_paths(store, [corpus], progress=False)
    assert implementers_of_33() == before


def test_trees_are_read_while_files_are_written(tmp_path: Path, samples_dir: Path) -> None:
    """A server reads trees in threads while a write comes in: each tree reads an index built
    before or after a write, never from a graph half-changed."""
    store = NetworkxStore(tmp_path / "data")
    ingest_paths(store, [samples_dir], progress=False)
    errors: list[Exception] = []
    done = threading.Event()

    def read_trees() -> None:
        while not done.is_set():
            try:
                queries.implementation_tree(store, "CT-33-TTg-2021")
            except Exception as error:  # noqa: BLE001 - any error fails the test below
                errors.append(error)

    readers = [threading.Thread(target=read_trees) for _ in range(2)]
    for reader in readers:
        reader.start()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(100, 120):
        plan = PLAN.format(cited="Chỉ thị số 33/CT-TTg").replace("Số: 12/", f"Số: {n}/")
        (corpus / f"plan-{n}.txt").write_text(plan, encoding="utf-8")
        ingest_paths(store, [corpus], progress=False)
    done.set()
    for reader in readers:
        reader.join()
    assert errors == []
    tree = queries.implementation_tree(store, "CT-33-TTg-2021", depth=1)
    assert {f"KH-{n}-UBND-2022-tra-vinh" for n in range(100, 120)} <= {
        child.document.id for child in tree.children}
