"""Shared fixtures: the sample corpus, the gold annotations, stores built from the samples."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.models import RelationType
from graph.ingest import ingest_paths
from graph.model import IMPLEMENTATION_RELATIONS, DocumentNode
from graph.neo4j_store import Neo4jStore
from graph.networkx_store import NetworkxStore
from graph.store import GraphStore, implementer_order

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
# shared/ stands beside the clone (in CI too): the gold annotations and the scorer.
SHARED = ROOT.parent / "shared"
# An ordinance's page: its title is its name, as a law's is
ORDINANCE = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nPháp lệnh số: 02/2020/UBTVQH14\nHà Nội, ngày 09 tháng 12 "
             "năm 2020\n\nPHÁP LỆNH\n\nƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG\n\nỦy ban Thường vụ Quốc "
             "hội ban hành Pháp lệnh Ưu đãi người có công với cách mạng.\n")


def implementers_from_links(store: GraphStore, ids: list[str]
                            ) -> dict[str, list[tuple[RelationType, DocumentNode]]]:
    """`GraphStore.implementers` as its docstring defines it, from the store's plain reads:
    what each store's own faster answer must equal."""
    links = store.links(ids, "in", IMPLEMENTATION_RELATIONS)
    docs = store.get_many({link.source for link in links})
    found: dict[str, list[tuple[RelationType, DocumentNode]]] = {}
    for link in sorted(links, key=lambda link: (implementer_order(docs[link.source]),
                                                link.relation.value)):
        found.setdefault(link.target, []).append((link.relation, docs[link.source]))
    return found


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def sample_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold" / "score.py").exists():
        pytest.fail(f"{SHARED} is missing: the gold annotations stand beside the clone")
    return SHARED


# --- stores ----------------------------------------------------------------------------------
# The Neo4j half of the suite runs against a real server: the one NEO4J_URI names, or one the
# suite fetches and starts itself (once per session) with graph/neo4j_server.py. Never a mock.

@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    from graph import neo4j_server

    home = tmp_path_factory.mktemp("neo4j")
    server = neo4j_server.start(neo4j_server.free_port(), neo4j_server.free_port(), home)
    yield server.uri
    neo4j_server.stop(home)


def make_store(kind: str, tmp_path: Path, neo4j_uri: str | None) -> GraphStore:
    if kind == "networkx":
        return NetworkxStore(tmp_path / "graph")
    store = Neo4jStore(neo4j_uri or "", os.environ.get("NEO4J_USER", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""),
                       os.environ.get("NEO4J_DATABASE", "neo4j"))
    store.clear()
    return store


@pytest.fixture
def store_factory(request: pytest.FixtureRequest, tmp_path: Path):
    """make(kind) -> a new empty store of that kind (closed after the test)."""
    made: list[GraphStore] = []

    def make(kind: str) -> GraphStore:
        uri = request.getfixturevalue("neo4j_uri") if kind == "neo4j" else None
        made.append(make_store(kind, tmp_path / f"{kind}-{len(made)}", uri))
        return made[-1]

    yield make
    for store in made:
        store.close()


@pytest.fixture(params=["networkx", "neo4j"])
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    store = make_store(request.param, tmp_path, uri)
    yield store
    store.close()


@pytest.fixture(params=["networkx", "neo4j"])
def sample_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """A store holding the ingested sample corpus."""
    uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    store = make_store(request.param, tmp_path, uri)
    ingest_paths(store, [SAMPLES], progress=False)
    yield store
    store.close()


# --- a real `legalgraph serve` -------------------------------------------------------------
SCRIPT_TITLE = "<script>alert('x')</script> Kế hoạch"


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Iterator[str]:
    """A real `legalgraph serve` over the samples and a document with markup in its title."""
    from api.process import spawn_server, stop_server
    from graph.neo4j_server import free_port

    data = tmp_path_factory.mktemp("served")
    corpus = tmp_path_factory.mktemp("corpus")
    for path in samples_dir.glob("*.txt"):
        shutil.copy(path, corpus)
    (corpus / "script.txt").write_text(
        f"Số: 9/KH-UBND\nTrà Vinh, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\n{SCRIPT_TITLE}\n\n"
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 <b>của</b> Thủ tướng Chính phủ.\n",
        encoding="utf-8")
    ingest_paths(NetworkxStore(data), [corpus], progress=False)
    process, base = spawn_server(data, free_port())
    yield base
    stop_server(process)
