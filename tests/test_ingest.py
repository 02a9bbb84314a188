"""Ingestion on both stores: idempotent, replaces a changed file exactly, atomic per file."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from conftest import ORDINANCE

from extract.models import RelationType
from graph import queries
from graph.ingest import file_change, ingest_paths
from graph.model import Edge, Evidence
from graph.store import DocumentFilter, FileFailed, GraphStore

PLAN = "Số: 12/KH-UBND\nTrà Vinh, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\nThực hiện {cited}.\n"


def snapshot(store: GraphStore) -> dict:
    docs = store.documents(DocumentFilter(), limit=10_000)
    ids = [d.id for d in docs]
    return {"docs": docs, "edges": store.edges(ids, "out"), "hashes": store.file_hashes(),
            "unresolved": store.unresolved(), "counts": store.counts()}


def test_ingesting_the_same_corpus_twice_gives_an_identical_graph(empty_store: GraphStore,
                                                                  samples_dir: Path) -> None:
    first = ingest_paths(empty_store, [samples_dir], progress=False)
    before = snapshot(empty_store)
    second = ingest_paths(empty_store, [samples_dir], progress=False)
    assert first.files_read == 5 and first.documents_added == before["counts"]["documents"]
    assert second.unchanged == 5 and second.documents_added == 0
    assert snapshot(empty_store) == before


def test_an_unchanged_file_an_earlier_extractor_read_is_read_again(
        empty_store: GraphStore, samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # After an upgrade of legalgraph, ingesting the same files again applies the new reading.
    monkeypatch.setattr("graph.ingest.EXTRACTOR_ID", "an-earlier-extractor")
    ingest_paths(empty_store, [samples_dir], progress=False)
    before = snapshot(empty_store)
    monkeypatch.undo()
    again = ingest_paths(empty_store, [samples_dir], progress=False)
    assert (again.unchanged, again.outdated) == (0, 5)
    assert "5 read again by this extractor" in again.lines()[0]
    assert {k: v for k, v in snapshot(empty_store).items() if k != "hashes"} == {
        k: v for k, v in before.items() if k != "hashes"}  # the same extractor's reading
    assert ingest_paths(empty_store, [samples_dir], progress=False).unchanged == 5


def test_a_changed_file_replaces_exactly_its_own_evidence(empty_store: GraphStore,
                                                          tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(PLAN.format(cited="Chỉ thị số 33/CT-TTg ngày 26/11/2021"),
                                  encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Số: 5/KH-UBND\nHà Giang, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\n"
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021.\n", encoding="utf-8")
    ingest_paths(empty_store, [corpus], progress=False)
    assert {e.source for e in queries.cited_by(empty_store, "CT-33-TTg-2021")} == {
        "KH-12-UBND-2022-tra-vinh", "KH-5-UBND-2022-ha-giang"}

    (corpus / "a.txt").write_text(PLAN.format(cited="Chỉ thị số 26/CT-TTg ngày 05/9/2016"),
                                  encoding="utf-8")
    summary = ingest_paths(empty_store, [corpus], progress=False)
    assert summary.unchanged == 1
    assert {e.source for e in queries.cited_by(empty_store, "CT-33-TTg-2021")} == {
        "KH-5-UBND-2022-ha-giang"}
    assert [e.target for e in queries.citations(empty_store, "KH-12-UBND-2022-tra-vinh")] == [
        "CT-26-TTg-2016"]


def test_a_failure_in_the_middle_of_a_batch_leaves_the_store_as_it_was(
        empty_store: GraphStore, samples_dir: Path, sample_texts) -> None:
    ingest_paths(empty_store, [samples_dir], progress=False)
    before = snapshot(empty_store)
    from extract.pipeline import extract_corpus

    extraction = extract_corpus(sample_texts)[0]
    change = file_change(extraction, sample_texts[0][1], "changed-hash")
    broken_edge = Edge(change.document_id, RelationType.CITES, "NO-SUCH-DOCUMENT",
                       [Evidence(change.file, "x", 0, 1)])
    # The file's old evidence is removed first, then the new nodes and edges are written:
    # the bad edge comes last, in the middle of the batch of edges.
    bad = dataclasses.replace(change, edges=[*change.edges[:5], broken_edge, *change.edges[5:]])
    with pytest.raises(FileFailed, match="the change does not bring") as failed:
        empty_store.apply([bad])
    assert failed.value.file == change.file
    assert snapshot(empty_store) == before


def test_the_command_names_the_file_that_failed_and_keeps_the_ones_before(
        empty_store: GraphStore, samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.ingest as ingest

    real = ingest.file_change

    def failing(extraction, text, sha256):
        if extraction.file.startswith("002"):
            raise ConnectionError("lost connection")
        return real(extraction, text, sha256)

    monkeypatch.setattr(ingest, "file_change", failing)
    summary = ingest_paths(empty_store, [samples_dir], progress=False)
    assert summary.failed == ("002_c748b1c2dbd3381b.txt", "ConnectionError: lost connection")
    assert sorted(empty_store.file_hashes()) == ["000_63f912827ab61d0b.txt",
                                                 "001_5d0513c091e029bd.txt"]


def test_a_defect_in_extraction_is_raised_and_leaves_no_part_of_a_batch(
        empty_store: GraphStore, samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.pipeline as pipeline

    real = pipeline.finish_document

    def failing(doc, index):
        if doc.file.startswith("002"):
            raise RuntimeError("a defect")
        return real(doc, index)

    monkeypatch.setattr(pipeline, "finish_document", failing)
    with pytest.raises(RuntimeError, match="a defect"):
        ingest_paths(empty_store, [samples_dir], progress=False)
    assert empty_store.file_hashes() == {}  # the files before it were in the same batch


def test_unresolved_references_resolve_when_the_document_they_need_arrives(
        empty_store: GraphStore, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(PLAN.format(cited="Kết luận số 65-KL/TW của Ban Bí thư"),
                                 encoding="utf-8")
    ingest_paths(empty_store, [first], progress=False)
    assert [u.status for u in empty_store.unresolved()] == ["undated"]
    assert empty_store.get("KL-65-TW") is not None

    (second / "b.txt").write_text(PLAN.replace("12/KH", "13/KH").format(
        cited="Kết luận số 65-KL/TW ngày 04/4/2013 của Ban Bí thư"), encoding="utf-8")
    summary = ingest_paths(empty_store, [second], progress=False)
    assert summary.reresolved == 1
    assert empty_store.unresolved() == []
    assert empty_store.get("KL-65-TW") is None  # the undated node is gone
    assert {e.source for e in queries.cited_by(empty_store, "KL-65-TW-2013")} == {
        "KH-12-UBND-2022-tra-vinh", "KH-13-UBND-2022-tra-vinh"}


def test_a_law_named_later_without_date_is_the_one_the_store_knows_by_date(
        empty_store: GraphStore, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(PLAN.format(
        cited="Luật Tiếp công dân ngày 25 tháng 11 năm 2013"), encoding="utf-8")
    ingest_paths(empty_store, [first], progress=False)
    (second / "b.txt").write_text(PLAN.replace("12/KH", "13/KH").format(
        cited="Luật Tiếp công dân"), encoding="utf-8")
    ingest_paths(empty_store, [second], progress=False)
    assert {e.source for e in queries.cited_by(empty_store, "LUAT-QH-2013-luat-tiep-cong-dan")
            } == {"KH-12-UBND-2022-tra-vinh", "KH-13-UBND-2022-tra-vinh"}


def test_a_law_one_text_dates_takes_no_bare_name_from_a_numbered_one_until_another_does(
        empty_store: GraphStore, tmp_path: Path) -> None:
    """A store keeps which texts date a law known by name, so that files ingested later count
    them as a whole corpus would: one text's "Luật Điện lực ngày 25 tháng 01 năm 2013" is no
    law of 2013 for a bare "Luật Điện lực" elsewhere, where the law of 2004 is known."""
    plan = PLAN.replace("12/KH", "{n}/KH")
    batches = [{"a": "Luật Điện lực số 28/2004/QH11",
                "b": "Luật Điện lực ngày 25 tháng 01 năm 2013"},
               {"c": "Luật Điện lực"},
               {"d": "Luật Điện lực ngày 25 tháng 01 năm 2013"},
               {"e": "Luật Điện lực"}]
    for number, batch in enumerate(batches):
        folder = tmp_path / str(number)
        folder.mkdir()
        for name, cited in batch.items():
            (folder / f"{name}.txt").write_text(plan.format(n=ord(name), cited=cited),
                                                encoding="utf-8")
        ingest_paths(empty_store, [folder], progress=False)
    cited = {doc: {e.target for e in queries.citations(
                  empty_store, f"KH-{ord(doc)}-UBND-2022-tra-vinh")}
             for doc in "ce"}
    assert cited == {"c": {"LUAT-28-QH11-2004"}, "e": {"LUAT-QH-2013-luat-dien-luc"}}


def test_an_ordinance_ingested_before_is_the_one_a_later_file_names(
        empty_store: GraphStore, tmp_path: Path) -> None:
    """The store keeps a law's or an ordinance's own name among its aliases, so that a file
    ingested later names it as a whole corpus would."""
    for number, (name, text) in enumerate([
            ("a.txt", ORDINANCE),
            ("b.txt", PLAN.format(cited="Pháp lệnh Ưu đãi người có công với cách mạng"))]):
        folder = tmp_path / str(number)
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
        ingest_paths(empty_store, [folder], progress=False)
    assert [e.source for e in queries.cited_by(empty_store, "PL-2-UBTVQH14-2020")] == [
        "KH-12-UBND-2022-tra-vinh"]


def test_broken_files_are_reported_and_skipped(empty_store: GraphStore, tmp_path: Path,
                                               samples_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(samples_dir, corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (corpus / "latin.txt").write_bytes(b"Ch\xec th\xec")
    summary = ingest_paths(empty_store, [corpus], progress=False)
    assert summary.files_read == 5
    assert [f for f, _ in summary.skipped] == ["broken.pdf", "latin.txt"]
    assert "not a readable PDF" in summary.skipped[0][1]


def test_a_failing_file_in_a_batch_keeps_the_files_before_it(empty_store: GraphStore,
                                                             sample_texts) -> None:
    from extract.pipeline import extract_corpus

    changes = [file_change(e, text, f"hash-{i}") for i, (e, (_, text)) in
               enumerate(zip(extract_corpus(sample_texts), sample_texts, strict=True))]
    broken = dataclasses.replace(changes[2], edges=[*changes[2].edges, Edge(
        changes[2].document_id, RelationType.CITES, "NO-SUCH-DOCUMENT",
        [Evidence(changes[2].file, "x", 0, 1)])])
    with pytest.raises(FileFailed) as failed:
        empty_store.apply([changes[0], changes[1], broken, changes[3]])
    assert failed.value.file == changes[2].file
    assert sorted(empty_store.file_hashes()) == [changes[0].file, changes[1].file]
