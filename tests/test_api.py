"""The HTTP API on both stores, with FastAPI's TestClient: every endpoint and its errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.schemas import TreeOut
from graph import queries
from graph.store import GraphStore, StoreUnavailable

V1 = "/api/v1"


@pytest.fixture
def client(sample_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(sample_store)) as client:
        yield client


def test_lookup_found_ambiguous_and_not_found(client: TestClient) -> None:
    found = client.get(f"{V1}/lookup", params={"symbol": "Chỉ thị số 33/CT-TTg"}).json()
    assert found["status"] == "found" and found["documents"][0]["id"] == "CT-33-TTg-2021"
    ambiguous = client.get(f"{V1}/lookup", params={"symbol": "1167-QĐ/TU"}).json()
    assert ambiguous["status"] == "ambiguous"
    assert [d["id"] for d in ambiguous["documents"]] == ["QD-1167-TU-2021-tra-vinh",
                                                         "QD-1167-TU-2023-quang-ngai"]
    year = client.get(f"{V1}/lookup", params={"symbol": "1167-QĐ/TU", "year": 2023}).json()
    assert year["status"] == "found"
    assert client.get(f"{V1}/lookup", params={"symbol": "99/CT-TTg"}).json() == {
        "status": "not_found", "documents": []}


def test_documents_search_filters_and_stable_cursor(client: TestClient) -> None:
    first = client.get(f"{V1}/documents", params={"limit": 20}).json()
    second = client.get(f"{V1}/documents", params={"limit": 20,
                                                   "cursor": first["next_cursor"]}).json()
    ids = [d["id"] for d in first["documents"] + second["documents"]]
    assert len(ids) == len(set(ids)) == 40 and ids == sorted(ids)
    found = client.get(f"{V1}/documents", params={"q": "dân vận", "province": "Vĩnh Long",
                                                  "type": "KH"}).json()["documents"]
    assert {d["province"] for d in found} <= {"Trà Vinh", "Bến Tre", "Vĩnh Long"}
    assert "KH-26-VP-2023-tra-vinh" in [d["id"] for d in found]
    assert client.get(f"{V1}/documents", params={"level": "commune"}).json()["documents"][0][
        "level"] == "commune"


def test_a_document_with_its_relation_counts(client: TestClient) -> None:
    detail = client.get(f"{V1}/documents/KL-43-TW-2019").json()
    assert detail["document"]["date"] == "2019-01-07"
    assert detail["relations_out"] == {"IMPLEMENTS": 1}
    assert detail["relations_in"] == {"IMPLEMENTS": 2, "CITES": 1}  # 115-KH/TU, Sơn Ninh; 26/KH-VP


def test_citations_and_cited_by_with_evidence(client: TestClient) -> None:
    cited_by = client.get(f"{V1}/documents/CT-33-TTg-2021/cited-by",
                          params={"relation": "IMPLEMENTS"}).json()
    assert {e["source"] for e in cited_by} >= {"KH-3-UBND-2022-tra-vinh",
                                                "KH-550-VP-2025-quang-ngai"}
    evidence = cited_by[0]["evidence"][0]
    assert {"file", "sentence", "start", "end", "mentions"} <= set(evidence)
    citations = client.get(f"{V1}/documents/KL-43-TW-2019/citations").json()
    assert [(e["relation"], e["target"]) for e in citations] == [("IMPLEMENTS", "NQ-25-TW-2013")]


def test_cited_by_pages_through_the_citing_documents(client: TestClient) -> None:
    url = f"{V1}/documents/CT-33-TTg-2021/cited-by"
    everything = client.get(url)
    total = int(everything.headers["X-Total-Count"])
    assert total == len({e["source"] for e in everything.json()}) > 2
    pages = [client.get(url, params={"offset": offset, "limit": 2})
             for offset in range(0, total, 2)]
    assert {p.headers["X-Total-Count"] for p in pages} == {str(total)}
    assert [e for p in pages for e in p.json()] == everything.json()
    assert client.get(url, params={"offset": total}).json() == []


def count(tree: dict) -> int:
    return 1 + sum(count(child) for child in tree["children"])


def test_implementation_tree_and_coverage(client: TestClient, sample_store: GraphStore) -> None:
    tree = client.get(f"{V1}/documents/CT-33-TTg-2021/implementations").json()
    plan = next(c for c in tree["children"] if c["document"]["id"] == "KH-3-UBND-2022-tra-vinh")
    assert plan["lag_days"] == 56 and plan["relation"] == "IMPLEMENTS"
    filtered = client.get(f"{V1}/documents/CT-33-TTg-2021/implementations",
                          params={"province": "Quảng Ngãi", "date_from": "2025-01-01"}).json()
    assert [c["document"]["id"] for c in filtered["children"]] == ["KH-550-VP-2025-quang-ngai"]
    whole = client.get(f"{V1}/documents/NQ-25-TW-2013/implementations").json()
    capped = client.get(f"{V1}/documents/NQ-25-TW-2013/implementations",
                        params={"limit": 2}).json()
    assert whole["left_out"] == 0 and len(capped["children"]) == 1
    assert capped["children"][0]["children"] == [] and capped["left_out"] == count(whole) - 2
    response = client.get(f"{V1}/documents/NQ-25-TW-2013/implementations")
    tree = queries.implementation_tree(sample_store, "NQ-25-TW-2013")
    assert response.content == TreeOut.of(tree).model_dump_json().encode()  # the model's JSON
    coverage = client.get(f"{V1}/documents/CT-33-TTg-2021/coverage").json()
    first = {c["province"]: (c["first"]["id"], c["lag_days"]) for c in coverage["covered"]}
    assert first["Trà Vinh"] == ("KH-3-UBND-2022-tra-vinh", 56)
    assert set(first) == {"Trà Vinh", "Hà Tĩnh", "Hà Giang", "Quảng Ngãi"}
    assert len(coverage["missing"]) == 59


def test_paths_rankings_stats_health_graph(client: TestClient) -> None:
    path = client.get(f"{V1}/paths", params={"from": "KH-115-TU-2019-tra-vinh",
                                             "to": "NQ-25-TW-2013"}).json()
    assert [e["target"] for e in path["path"]] == ["KL-43-TW-2019", "NQ-25-TW-2013"]
    ranked = client.get(f"{V1}/rankings", params={"metric": "cited_by", "limit": 3}).json()
    assert ranked[0]["document"]["id"] == "NQ-25-TW-2013" and ranked[0]["score"] == 6
    assert len(client.get(f"{V1}/rankings", params={"metric": "hits"}).json()) == 20
    assert client.get(f"{V1}/stats").json()["counts"]["files"] == 5
    assert client.get(f"{V1}/healthz").json()["status"] == "ok"
    graph = client.get(f"{V1}/graph", params={"center": "CT-33-TTg-2021", "depth": 2,
                                              "limit": 20}).json()
    assert len(graph["nodes"]) == 20 and graph["left_out"] > 0
    ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])


def test_resolve_a_text_like_a_citation_lookup_service(client: TestClient) -> None:
    text = ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND tỉnh; Quyết định số "
            "1167-QĐ/TU; Chỉ thị số 99/CT-TTg.")
    refs = client.post(f"{V1}/resolve", json={"text": text, "province": "Trà Vinh"}).json()[
        "references"]
    assert [(r["status"], r["id"]) for r in refs] == [
        ("found", "KH-35-UBND-2023-tra-vinh"), ("found", "QD-1167-TU-2021-tra-vinh"),
        ("not_in_graph", None)]
    assert text[refs[0]["start"]:refs[0]["end"]] == refs[0]["text"]
    ambiguous = client.post(f"{V1}/resolve", json={"text": "Quyết định số 1167-QĐ/TU"}).json()
    assert ambiguous["references"][0]["status"] in ("ambiguous", "not_in_graph")


@pytest.mark.parametrize(("method", "url", "kwargs", "status"), [
    ("get", f"{V1}/documents/NO-SUCH-ID", {}, 404),
    ("get", f"{V1}/documents/NO-SUCH-ID/citations", {}, 404),
    ("get", f"{V1}/documents/CT-33-TTg-2021/cited-by", {"params": {"limit": 0}}, 422),
    ("get", f"{V1}/documents/CT-33-TTg-2021/implementations", {"params": {"depth": 0}}, 422),
    ("get", f"{V1}/documents/CT-33-TTg-2021/implementations",
     {"params": {"date_from": "yesterday"}}, 422),
    ("get", f"{V1}/documents", {"params": {"limit": 10_000}}, 422),
    ("get", f"{V1}/rankings", {"params": {"metric": "karma"}}, 422),
    ("get", f"{V1}/paths", {"params": {"from": "NQ-25-TW-2013", "to": "nope"}}, 404),
    ("get", f"{V1}/lookup", {}, 422),
    ("post", f"{V1}/resolve", {"json": {"text": "x" * 1_000_001}}, 413),
    ("post", f"{V1}/resolve", {"json": {"nope": 1}}, 422),
    ("get", f"{V1}/graph", {"params": {"center": "CT-33-TTg-2021", "relation": "LIKES"}}, 422),
])
def test_errors_are_clear_json(client: TestClient, method: str, url: str, kwargs: dict,
                               status: int) -> None:
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == status
    assert isinstance(response.json()["detail"], str)


def test_unknown_id_that_looks_like_a_symbol_gets_suggestions(client: TestClient) -> None:
    detail = client.get(f"{V1}/documents/33-CT-TTg").json()["detail"]
    assert "no document with id '33-CT-TTg'" in detail


def test_writes_need_the_api_key(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    body = {"file_name": "new.txt", "text": "Số: 7/KH-UBND\nHà Giang, ngày 02 tháng 3 năm 2022\n"
            "KẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021."}
    assert client.post(f"{V1}/documents", json=body).status_code == 403  # writes disabled
    monkeypatch.setenv("LEGALGRAPH_API_KEY", "s3cret")
    assert client.post(f"{V1}/documents", json=body).status_code == 401
    assert client.post(f"{V1}/documents", json=body,
                       headers={"X-API-Key": "wrong"}).status_code == 403
    created = client.post(f"{V1}/documents", json=body, headers={"X-API-Key": "s3cret"}).json()
    assert created["document_id"] == "KH-7-UBND-2022-ha-giang" and created["documents_added"] == 1
    upload = client.post(f"{V1}/documents", headers={"X-API-Key": "s3cret"},
                         files={"file": ("up.txt", body["text"].replace("7/KH", "8/KH").encode())})
    assert upload.json()["document_id"] == "KH-8-UBND-2022-ha-giang"
    bad = client.post(f"{V1}/documents", headers={"X-API-Key": "s3cret"},
                      files={"file": ("bad.txt", b"Ch\xec th\xec")})
    assert bad.status_code == 422 and "not UTF-8" in bad.json()["detail"]
    tree = client.get(f"{V1}/documents/CT-33-TTg-2021/implementations").json()
    assert "KH-7-UBND-2022-ha-giang" in [c["document"]["id"] for c in tree["children"]]


def test_store_down_is_503_and_the_service_recovers(client: TestClient,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store = client.app.state.store

    def down(*args, **kwargs):
        raise StoreUnavailable("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(store, "get_many", down)
        patch.setattr(store, "ping", lambda: False)
        assert client.get(f"{V1}/documents/CT-33-TTg-2021").status_code == 503
        assert client.get(f"{V1}/healthz").status_code == 503
    assert client.get(f"{V1}/documents/CT-33-TTg-2021").status_code == 200
    assert client.get(f"{V1}/healthz").status_code == 200


def test_response_time_header_and_openapi(client: TestClient) -> None:
    response = client.get(f"{V1}/healthz")
    assert response.headers["X-Response-Time"].endswith("ms")
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/lookup", "/api/v1/resolve", "/api/v1/graph",
            "/api/v1/documents/{id}/coverage"} <= set(spec["paths"])
    lookup = spec["paths"]["/api/v1/lookup"]["get"]
    assert {p["name"] for p in lookup["parameters"]} == {"symbol", "year"}
    assert {"404", "422", "503"} <= set(lookup["responses"])
    assert client.get("/docs").status_code == 200


def test_a_document_page_lists_its_citing_documents_a_page_at_a_time(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from api import explorer

    first = client.get("/documents/CT-33-TTg-2021").text
    assert 'class="pager"' not in first
    total = int(client.get(f"{V1}/documents/CT-33-TTg-2021/cited-by").headers["X-Total-Count"])
    monkeypatch.setattr(explorer, "CITING_PAGE", 2)
    second = client.get("/documents/CT-33-TTg-2021", params={"cited_from": 2}).text
    assert f"documents 3–4 of {total}" in second
    assert 'href="?cited_from=0">previous' in second and 'href="?cited_from=4">next' in second
    assert client.get("/documents/CT-33-TTg-2021", params={"cited_from": -1}).status_code == 422


def test_a_large_tree_page_is_capped_with_a_note(client: TestClient,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from api import explorer

    assert 'id="note"' not in client.get("/tree/NQ-25-TW-2013").text
    monkeypatch.setattr(explorer, "MAX_TREE_NODES", 2)
    page = client.get("/tree/NQ-25-TW-2013").text
    assert 'id="note"' in page and "more documents of this tree are not shown" in page
