"""Export formats, and the graph commands a person runs: ingest, tree, show, stats, export."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graph.export import export
from graph.ingest import ingest_paths
from graph.store import GraphStore


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_formats_for_gephi_and_tools(sample_store: GraphStore, tmp_path: Path,
                                           fmt: str) -> None:
    (path,) = export(sample_store, fmt, tmp_path / f"graph.{fmt}")
    if fmt == "graphml":
        graph = nx.read_graphml(path)
    elif fmt == "gexf":
        graph = nx.read_gexf(path)
    else:
        graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    counts = sample_store.counts()
    assert graph.number_of_nodes() == counts["documents"]
    assert graph.number_of_edges() == counts["relationships"]
    assert graph.nodes["CT-33-TTg-2021"]["label"] == "33/CT-TTg"


def test_csv_in_the_neo4j_admin_import_header_format(store_factory, samples_dir: Path,
                                                     tmp_path: Path) -> None:
    exported = {}
    for kind in ("networkx", "neo4j"):
        store = store_factory(kind)
        ingest_paths(store, [samples_dir], progress=False)
        exported[kind] = export(store, "csv", tmp_path / kind)
    nodes, rels, files = exported["networkx"]
    with open(nodes, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:2] == ["symbol", "id:ID"] and rows[0][":LABEL"] == "Document"
    assert len(rows) == 86 and "year:int" in rows[0] and "aliases:string[]" in rows[0]
    with open(rels, encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "ev_sentences:string[]" in header
    with open(files, encoding="utf-8") as handle:
        assert next(csv.reader(handle))[0] == "name:ID(File)"
    # Both stores export the same bytes: the export is a property of the graph, not the store.
    for mine, theirs in zip(exported["networkx"], exported["neo4j"], strict=True):
        assert mine.read_bytes() == theirs.read_bytes(), mine.name


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api.cli", *args, "--data-dir", str(data)],
                          capture_output=True, text=True)


def test_a_tree_row_names_no_place_it_does_not_know(tmp_path: Path) -> None:
    # A Tỉnh ủy's programme that names no province is no central document: "?" where the
    # province goes (it had printed "central")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "programme.txt").write_text(
        "BAN THƯỜNG VỤ TỈNH ỦY\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Chỉ thị số 33/CT-TTg ngày "
        "26/11/2021 của Thủ tướng Chính phủ về công tác dân vận\n", encoding="utf-8")
    cli("ingest", str(corpus), data=tmp_path / "store")
    rows = cli("tree", "33/CT-TTg", data=tmp_path / "store").stdout.splitlines()
    assert rows[0].startswith("33/CT-TTg  2021-11-26  central  central  directive")
    assert rows[1].endswith("undated  ?  province  IMPLEMENTS")


def test_ingest_reports_the_peak_memory_of_each_process(tmp_path: Path) -> None:
    # a corpus of more than one chunk (200 files), so that --workers forks workers
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 260):
        (corpus / f"{n}.txt").write_text(f"Số: {n}/KH-UBND\nTrà Vinh, ngày 02 tháng 3 năm 2022"
                                         "\nKẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg.\n",
                                         encoding="utf-8")
    one, two = (json.loads(cli("ingest", str(corpus), "--json", *workers,
                               data=tmp_path / f"store{workers[-1]}").stdout)
                for workers in (["--workers", "1"], ["--workers", "2"]))
    assert one["relationships_added"] == two["relationships_added"] == 259
    assert one["peak_rss_mb"] > 0 and one["workers_peak_rss_mb"] is None
    assert two["workers_peak_rss_mb"] > 0


def test_the_commands_a_researcher_runs(tmp_path: Path, samples_dir: Path) -> None:
    data = tmp_path / "store"
    ingested = cli("ingest", str(samples_dir), data=data)
    assert ingested.returncode == 0, ingested.stderr
    assert "files read: 5" in ingested.stdout and "documents added: 86" in ingested.stdout

    tree = cli("tree", "Chỉ thị số 33/CT-TTg", data=data)
    assert "3/KH-UBND  2022-01-21  Trà Vinh  province  IMPLEMENTS  +56 d" in tree.stdout

    as_json = json.loads(cli("tree", "25-NQ/TW", "--json", data=data).stdout)
    kl43 = next(c for c in as_json["children"] if c["document"]["id"] == "KL-43-TW-2019")
    assert [c["document"]["id"] for c in kl43["children"]] == ["KH-115-TU-2019-tra-vinh"]

    ambiguous = cli("show", "1167-QĐ/TU", data=data)
    assert ambiguous.returncode == 2
    assert "QD-1167-TU-2021-tra-vinh" in ambiguous.stderr
    assert "QD-1167-TU-2023-quang-ngai" in ambiguous.stderr
    shown = cli("show", "1167-QĐ/TU", "--year", "2023", data=data)
    assert "KH-550-VP-2025-quang-ngai" in shown.stdout
    directive = json.loads(cli("show", "33/CT-TTg", "--json", data=data).stdout)
    first = cli("show", "33/CT-TTg", "--limit", "1", data=data).stdout
    assert f"... and {directive['citing_documents'] - 1} more citing documents" in first

    stats = json.loads(cli("stats", "--json", data=data).stdout)
    assert stats["counts"]["files"] == 5 and stats["by_province"]["Hà Giang"] > 0

    out = tmp_path / "g.graphml"
    assert cli("export", "--format", "graphml", "-o", str(out), data=data).returncode == 0
    assert out.exists()
