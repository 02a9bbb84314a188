"""Bulk loading: the CSV export, loaded by `neo4j-admin database import` into a real Neo4j
server, is the same store as the one exported, and a failed load keeps the database as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph import neo4j_server
from graph.export import export, iter_documents
from graph.ingest import ingest_paths
from graph.neo4j_store import Neo4jStore
from graph.networkx_store import NetworkxStore
from graph.store import GraphStore


def same_store(a: GraphStore, b: GraphStore) -> None:
    ids = [doc.id for doc in iter_documents(a)]
    assert a.counts() == b.counts()
    assert a.get_many(ids) == b.get_many(ids)
    assert a.edges(ids, "out") == b.edges(ids, "out")  # with every sentence of evidence
    assert list(a.ingested_files()) == list(b.ingested_files())
    assert a.file_hashes() == b.file_hashes()
    assert all(a.file_text(file) == b.file_text(file) for file in a.file_hashes())
    assert a.unresolved() == b.unresolved()


def test_the_csv_export_bulk_loads_into_neo4j(tmp_path: Path, samples_dir: Path) -> None:
    embedded = NetworkxStore(tmp_path / "embedded")
    ingest_paths(embedded, [samples_dir], progress=False)
    export(embedded, "csv", tmp_path / "csv")
    home = tmp_path / "neo4j"

    summary = neo4j_server.import_csv(tmp_path / "csv", home)
    assert "IMPORT DONE" in summary and "114 relationships" in summary

    # A broken export (a document twice) is refused and the imported database stays.
    broken = tmp_path / "broken"
    shutil.copytree(tmp_path / "csv", broken)
    with open(broken / "documents.csv", encoding="utf-8") as handle:
        header, first = handle.readline(), handle.readline()
    (broken / "documents.csv").write_text(header + first + first, encoding="utf-8")
    with pytest.raises(RuntimeError, match="database is as it was"):
        neo4j_server.import_csv(broken, home)

    server = neo4j_server.start(neo4j_server.free_port(), neo4j_server.free_port(), home)
    imported = Neo4jStore(server.uri)
    try:
        same_store(embedded, imported)
        # The loaded database is a legalgraph store like any other: it takes new versions.
        corpus = tmp_path / "corpus"
        shutil.copytree(samples_dir, corpus)
        changed = sorted(corpus.glob("*.txt"))[0]
        changed.write_text(changed.read_text(encoding="utf-8")
                           + "\nCăn cứ Nghị định số 99/2020/NĐ-CP.\n", encoding="utf-8")
        for store in (embedded, imported):
            summary = ingest_paths(store, [corpus], progress=False)
            assert summary.unchanged == 4 and summary.failed is None
        same_store(embedded, imported)
    finally:
        imported.close()
        neo4j_server.stop(home)


def test_importing_what_is_not_an_export_says_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="relationships.csv"):
        neo4j_server.import_csv(tmp_path, tmp_path / "neo4j")
