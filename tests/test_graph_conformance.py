"""One conformance suite for both stores: every query gives the same answer on each.

Each test runs on the embedded networkx store and on a real Neo4j server; the last test
compares the two answers for every query side by side.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from pathlib import Path

import pytest
from conftest import implementers_from_links

from extract.models import RelationType
from graph import queries
from graph.ingest import ingest_paths, ingest_text
from graph.store import DocumentFilter, GraphStore


def tree_ids(store: GraphStore, id: str, **filters) -> dict[str, tuple[int, str | None]]:
    tree = queries.implementation_tree(store, id, **filters)
    assert tree is not None
    return {n.document.id: (n.depth, n.relation.value if n.relation else None)
            for n in tree.walk()}


def test_the_tree_of_directive_33_contains_tra_vinhs_plan(sample_store: GraphStore) -> None:
    tree = queries.implementation_tree(sample_store, "CT-33-TTg-2021")
    nodes = {n.document.id: n for n in tree.walk()}
    plan = nodes["KH-3-UBND-2022-tra-vinh"]
    assert plan.relation == RelationType.IMPLEMENTS and plan.lag_days == 56


def test_resolution_25_is_implemented_by_conclusion_43_then_by_tra_vinhs_plan(
        sample_store: GraphStore) -> None:
    ids = tree_ids(sample_store, "NQ-25-TW-2013")
    assert ids["KL-43-TW-2019"] == (1, "IMPLEMENTS")
    assert ids["KH-115-TU-2019-tra-vinh"] == (2, "IMPLEMENTS")


def test_a_limited_tree_keeps_its_first_documents_level_by_level(
        sample_store: GraphStore) -> None:
    whole = queries.implementation_tree(sample_store, "CT-33-TTg-2021")
    first_three = queries.implementation_tree(sample_store, "CT-33-TTg-2021", limit=3)
    assert [n.document.id for n in first_three.walk()] == [
        "CT-33-TTg-2021", "KH-3-UBND-2022-tra-vinh", "KH-73-UBND-2024-ha-giang"]  # by date
    assert first_three.left_out == sum(1 for _ in whole.walk()) - 3 and whole.left_out == 0
    for limit in range(1, 12):  # wherever the limit falls, shown and left out make the whole
        capped = queries.implementation_tree(sample_store, "NQ-25-TW-2013", limit=limit)
        shown = sum(1 for _ in capped.walk())
        assert shown + capped.left_out == sum(
            1 for _ in queries.implementation_tree(sample_store, "NQ-25-TW-2013").walk())
        assert shown == min(limit, shown + capped.left_out)
    in_quang_ngai = queries.implementation_tree(sample_store, "CT-33-TTg-2021",
                                                province="Quảng Ngãi", limit=1)
    assert in_quang_ngai.children == [] and in_quang_ngai.left_out == 1  # filtered, then capped


def test_the_two_1167_decisions_are_two_nodes(sample_store: GraphStore) -> None:
    found = queries.lookup(sample_store, "1167-QĐ/TU")
    assert [d.id for d in found] == ["QD-1167-TU-2021-tra-vinh", "QD-1167-TU-2023-quang-ngai"]
    assert [d.id for d in queries.lookup(sample_store, "1167-QĐ/TU", 2023)] == [
        "QD-1167-TU-2023-quang-ngai"]


def test_coverage_of_directive_33(sample_store: GraphStore) -> None:
    coverage = queries.coverage(sample_store, "CT-33-TTg-2021")
    by_province = {c.province: c for c in coverage.covered}
    assert set(by_province) == {"Trà Vinh", "Hà Tĩnh", "Hà Giang", "Quảng Ngãi"}
    tra_vinh = by_province["Trà Vinh"]
    assert tra_vinh.first.id == "KH-3-UBND-2022-tra-vinh"
    assert tra_vinh.first.date == dt.date(2022, 1, 21) and tra_vinh.lag_days == 56
    assert tra_vinh.new_province == "Vĩnh Long"
    assert len(coverage.missing) == 63 - 4 and "Bến Tre" in coverage.missing


def test_lookup_as_people_write_symbols(sample_store: GraphStore) -> None:
    assert [d.id for d in queries.lookup(sample_store, "Chỉ thị số 33/CT-TTg")] == ["CT-33-TTg-2021"]
    assert [d.id for d in queries.lookup(sample_store, "25-NQ/TW")] == ["NQ-25-TW-2013"]
    assert [d.id for d in queries.lookup(sample_store, "NQ-25-TW-2013")] == ["NQ-25-TW-2013"]
    assert queries.lookup(sample_store, "99/CT-TTg") == []


def test_lookup_finds_a_document_by_its_misprinted_symbol(empty_store: GraphStore) -> None:
    # "Số: 55/2007/CT-UBND" under "QUYẾT ĐỊNH" is a decision: keyed QĐ, and found as printed.
    ingest_text(empty_store, "55.txt", "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 55/2007/CT-UBND\n"
                "Bến Tre, ngày 10 tháng 12 năm 2007\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\n")
    assert [d.id for d in queries.lookup(empty_store, "55/2007/CT-UBND")] == [
        "QD-55-UBND-2007-ben-tre"]


def test_citations_and_cited_by_carry_evidence(sample_store: GraphStore) -> None:
    cited_by = queries.cited_by(sample_store, "KL-43-TW-2019", RelationType.IMPLEMENTS)
    edge = next(e for e in cited_by if e.source == "KH-115-TU-2019-tra-vinh")
    (evidence,) = edge.evidence
    assert evidence.file == "000_63f912827ab61d0b.txt"
    assert "Kế hoạch số 115-KH/TU" in evidence.sentence and evidence.start < evidence.end
    out = queries.citations(sample_store, "KL-43-TW-2019")
    assert {(e.relation.value, e.target) for e in out} == {("IMPLEMENTS", "NQ-25-TW-2013")}
    assert out[0].depth == 2  # stated in two files


def test_a_page_of_citing_documents_reads_their_relationships_only(
        sample_store: GraphStore) -> None:
    everything = queries.cited_by(sample_store, "CT-33-TTg-2021")
    citing = sorted({e.source for e in everything})
    page = queries.relationship_page(sample_store, "CT-33-TTg-2021", "in", None, 1, 2)
    assert page.documents == len(citing) > 3
    assert page.edges == [e for e in everything if e.source in citing[1:3]]
    cited = queries.citations(sample_store, "KH-73-UBND-2024-ha-giang")
    pages = [queries.relationship_page(sample_store, "KH-73-UBND-2024-ha-giang", "out", None,
                                       offset, 5) for offset in range(0, 40, 5)]
    assert {p.documents for p in pages} == {len({e.target for e in cited})}
    assert [e for p in pages for e in p.edges] == cited
    implements = queries.relationship_page(sample_store, "KH-3-UBND-2022-tra-vinh", "out",
                                           RelationType.IMPLEMENTS)
    assert [e.target for e in implements.edges] == ["CT-33-TTg-2021"]


def test_pages_past_the_end_and_unbounded_limits(sample_store: GraphStore) -> None:
    citing, total = sample_store.other_ends("CT-33-TTg-2021", "in", None)
    assert citing == sorted(set(citing)) and total == len(citing) > 3
    past_any_end = 10 ** 20
    assert sample_store.other_ends("CT-33-TTg-2021", "in", None, 1, past_any_end) == (
        citing[1:], total)
    assert sample_store.other_ends("CT-33-TTg-2021", "in", None, past_any_end, 5) == ([], total)
    assert sample_store.other_ends("no-such-document", "in", None) == ([], 0)


def test_relation_counts_count_every_relationship_by_type(sample_store: GraphStore) -> None:
    for id in ("CT-33-TTg-2021", "KH-73-UBND-2024-ha-giang"):
        for direction in ("in", "out"):
            links = sample_store.links([id], direction)
            assert sample_store.relation_counts(id, direction) == Counter(
                link.relation for link in links)
    assert sample_store.relation_counts("no-such-document", "in") == {}


def test_tree_filters(sample_store: GraphStore) -> None:
    assert set(tree_ids(sample_store, "CT-33-TTg-2021", province="Vĩnh Long")) == {
        "CT-33-TTg-2021", "KH-3-UBND-2022-tra-vinh"}
    assert "KH-3-UBND-2022-tra-vinh" not in tree_ids(sample_store, "CT-33-TTg-2021",
                                                      level="commune")
    assert set(tree_ids(sample_store, "CT-33-TTg-2021", date_from=dt.date(2024, 1, 1))) == {
        "CT-33-TTg-2021", "KH-73-UBND-2024-ha-giang", "KH-550-VP-2025-quang-ngai"}
    assert set(tree_ids(sample_store, "NQ-25-TW-2013", depth=1)) >= {"KL-43-TW-2019"}
    assert "KH-115-TU-2019-tra-vinh" not in tree_ids(sample_store, "NQ-25-TW-2013", depth=1)


def test_shortest_path(sample_store: GraphStore) -> None:
    path = queries.shortest_path(sample_store, "KH-115-TU-2019-tra-vinh", "NQ-25-TW-2013")
    assert [(e.source, e.relation.value, e.target) for e in path] == [
        ("KH-115-TU-2019-tra-vinh", "IMPLEMENTS", "KL-43-TW-2019"),
        ("KL-43-TW-2019", "IMPLEMENTS", "NQ-25-TW-2013")]
    assert queries.shortest_path(sample_store, "NQ-25-TW-2013", "nope") is None


def test_links_are_the_edges_without_their_evidence(sample_store: GraphStore) -> None:
    ids = [d.id for d in sample_store.documents(DocumentFilter(), 1000)]
    for direction in ("in", "out"):
        links = sample_store.links(ids, direction)
        assert links == [(e.source, e.relation, e.target)
                         for e in sample_store.edges(ids, direction)]
    assert sample_store.links(["CT-33-TTg-2021"], "in", [RelationType.IMPLEMENTS])


def test_first_links_are_each_new_documents_first_link(sample_store: GraphStore) -> None:
    """A path's step: each store answers its own faster way; the answer is the generic one."""
    ids = sorted(d.id for d in sample_store.documents(DocumentFilter(), 1000))
    for direction in ("in", "out"):
        for frontier, known in ((ids, set()), (ids[::3], set(ids[1::3])),
                                (["CT-33-TTg-2021"], {"KH-3-UBND-2022-tra-vinh"})):
            found = sample_store.first_links(frontier, direction, known)
            assert found == GraphStore.first_links(sample_store, frontier, direction, known)
            assert not found.keys() & known
    step = sample_store.first_links(["CT-33-TTg-2021"], "in", set())
    assert step["KH-3-UBND-2022-tra-vinh"] == (
        "KH-3-UBND-2022-tra-vinh", RelationType.IMPLEMENTS, "CT-33-TTg-2021")


def test_each_stores_implementers_are_those_its_links_give(sample_store: GraphStore) -> None:
    """Each store answers `implementers` its own faster way; the answer is the same."""
    ids = [d.id for d in sample_store.documents(DocumentFilter(), 1000)]
    found = sample_store.implementers(ids)
    assert found == implementers_from_links(sample_store, ids)
    walk = GraphStore.implementation_levels  # the generic walk over `implementers`
    for doc in sample_store.get_many(ids).values():
        for limit in (math.inf, 1, 2):  # Neo4j walks a cut tree without most fields
            assert sample_store.implementation_levels(doc, 4, limit) == walk(sample_store, doc,
                                                                             4, limit)
        levels, _ = walk(sample_store, doc, 4)
        assert sample_store.implementation_reach(doc, 4) == [
            (d.id, d.date, d.province) for level in levels for d in level.documents]
    assert [(r.value, d.id) for r, d in found["CT-33-TTg-2021"]][:2] == [
        ("IMPLEMENTS", "KH-3-UBND-2022-tra-vinh"), ("BASED_ON", "KH-73-UBND-2024-ha-giang")]


def test_rankings(sample_store: GraphStore) -> None:
    (top, score), *_ = queries.rankings(sample_store, "cited_by", 1)
    assert top.id == "NQ-25-TW-2013" and score == 6  # four plans, 43-KL/TW and 28-CTr/TU
    assert len(queries.rankings(sample_store, "pagerank", 5)) == 5
    assert len(queries.rankings(sample_store, "hits", 5)) == 5


def test_search_and_filters(sample_store: GraphStore) -> None:
    assert [d.id for d in queries.search(sample_store, "33/CT-TTg")] == ["CT-33-TTg-2021"]
    found = sample_store.documents(DocumentFilter(q="dân vận chính quyền", province="Trà Vinh"),
                                   limit=10)
    assert "KH-26-VP-2023-tra-vinh" in [d.id for d in found]
    page1 = sample_store.documents(DocumentFilter(), limit=10)
    page2 = sample_store.documents(DocumentFilter(), limit=10, after=page1[-1].id)
    assert len(page1) == 10 and page1[-1].id < page2[0].id


def test_statistics(sample_store: GraphStore) -> None:
    counts = queries.stats(sample_store)["counts"]
    assert counts["files"] == 5 and counts["ingested"] == 5
    assert counts["documents"] == counts["ingested"] + counts["cited_only"]
    assert counts["relationships"] == sum(counts[r.value] for r in RelationType)


def test_every_query_answers_the_same_on_both_stores(store_factory, samples_dir: Path) -> None:
    answers = []
    for kind in ("networkx", "neo4j"):
        store = store_factory(kind)
        ingest_paths(store, [samples_dir], progress=False)
        answers.append(_all_answers(store))
    assert answers[0] == answers[1]


def _all_answers(store: GraphStore) -> dict:
    docs = []
    after = None
    while page := store.documents(DocumentFilter(), 50, after):
        docs += page
        after = page[-1].id
    ids = [d.id for d in docs]
    return {
        "documents": docs,
        "counts": store.counts(),
        "edges_out": store.edges(ids, "out"),
        "edges_in": store.edges(ids, "in"),
        "links_in": store.links(ids, "in", [RelationType.IMPLEMENTS, RelationType.CITES]),
        "tree": [(n.document.id, n.depth, n.lag_days) for n in queries.implementation_tree(
            store, "NQ-25-TW-2013").walk()],
        "coverage": queries.coverage(store, "CT-33-TTg-2021"),
        "rank": [(d.id, round(s, 9)) for d, s in queries.rankings(store, "pagerank", 10)],
        "unresolved": store.unresolved(),
        "hashes": store.file_hashes(),
        "path": queries.shortest_path(store, "KH-5793-UBND-2013-ben-tre", "CT-33-TTg-2021"),
    }


@pytest.mark.parametrize("symbol", ["NQ-25-TW-2013", "CT-33-TTg-2021"])
def test_unknown_filters_leave_an_empty_tree(sample_store: GraphStore, symbol: str) -> None:
    assert set(tree_ids(sample_store, symbol, province="Cà Mau")) == {symbol}


def test_shortest_paths_are_as_short_as_networkx_finds(store_factory, samples_dir: Path) -> None:
    import itertools

    import networkx as nx

    store = store_factory("networkx")
    ingest_paths(store, [samples_dir], progress=False)
    graph = nx.DiGraph(store.graph)
    ids = sorted(graph)[::3]
    for a, b in itertools.islice(itertools.permutations(ids, 2), 400):
        expected = None
        for g, s, t in ((graph, a, b), (graph, b, a), (graph.to_undirected(), a, b)):
            if nx.has_path(g, s, t):
                expected = nx.shortest_path_length(g, s, t)
                break
        path = queries.shortest_path(store, a, b)
        assert (len(path) if path is not None else None) == (
            expected if expected is not None and expected <= 8 else None), (a, b)
