"""The real server: `legalgraph serve` on a free port, queried over HTTP with httpx."""

from __future__ import annotations

import httpx


def test_the_served_api_answers_over_http(served: str) -> None:
    with httpx.Client(base_url=served, timeout=10) as http:
        assert http.get("/api/v1/healthz").json() == {"status": "ok", "store": "networkx"}
        found = http.get("/api/v1/lookup", params={"symbol": "Chỉ thị số 33/CT-TTg"}).json()
        assert found["documents"][0]["id"] == "CT-33-TTg-2021"
        tree = http.get("/api/v1/documents/NQ-25-TW-2013/implementations").json()
        kl43 = next(c for c in tree["children"] if c["document"]["id"] == "KL-43-TW-2019")
        assert kl43["children"][0]["document"]["id"] == "KH-115-TU-2019-tra-vinh"
        resolved = http.post("/api/v1/resolve", json={"text": "theo Nghị quyết số 25-NQ/TW"})
        assert resolved.json()["references"][0]["id"] == "NQ-25-TW-2013"
        missing = http.get("/api/v1/documents/NOPE")
        assert missing.status_code == 404 and "X-Response-Time" in missing.headers
        assert http.get("/docs").status_code == 200
