"""The explorer in Debian's headless Chromium, against a real `legalgraph serve`.

Loads each page type, waits for the network to render, compares what is drawn with the API's
subgraph, clicks a node, finds the highlighted references, and records console errors and
requests leaving the server. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import SCRIPT_TITLE  # the served corpus holds a document with this title

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium's own background traffic would meet the closed network: switch it off.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install "
                    "chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def server(served: str) -> str:
    return served


@pytest.fixture
def page(browser, server: str) -> Iterator:
    """A page that records console errors, dialogs and requests outside the server."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.errors, page.outside, page.dialogs = [], [], []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith((server, "data:"))
            else page.outside.append(r.url))
    yield page
    assert page.errors == [], page.errors
    assert page.outside == [], page.outside
    assert page.dialogs == []
    page.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _wait_for_network(page) -> dict:
    page.wait_for_function("document.body.dataset.rendered === 'true'", timeout=20_000)
    return page.evaluate("""() => ({
        nodes: window.legalgraphNetwork.body.data.nodes.getIds(),
        edges: window.legalgraphNetwork.body.data.edges.length })""")


def test_home_page(page, server: str) -> None:
    page.goto(f"{server}/")
    assert page.locator("table.stats").count() == 1
    assert page.locator("a[href='/documents/NQ-25-TW-2013']").count() >= 1
    _shot(page, "home")
    page.fill("input[name=q]", "33/CT-TTg")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=*")
    assert page.locator("ul.documents a[href='/documents/CT-33-TTg-2021']").count() == 1


def test_network_page_draws_the_apis_subgraph_and_a_click_opens_a_document(page,
                                                                          server: str) -> None:
    page.goto(f"{server}/explore/CT-33-TTg-2021?depth=1")
    drawn = _wait_for_network(page)
    _shot(page, "explore")
    api = httpx.get(f"{server}/api/v1/graph", params={"center": "CT-33-TTg-2021",
                                                      "depth": 1}).json()
    assert sorted(drawn["nodes"]) == sorted(n["id"] for n in api["nodes"])
    assert drawn["edges"] == len(api["edges"])
    target = "KH-3-UBND-2022-tra-vinh"
    point = page.evaluate(f"""() => {{
        const net = window.legalgraphNetwork;
        const pos = net.canvasToDOM(net.getPositions(['{target}'])['{target}']);
        const box = document.querySelector('#network canvas').getBoundingClientRect();
        return {{x: box.left + pos.x, y: box.top + pos.y}}; }}""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(f"**/documents/{target}")
    assert "3/KH-UBND" in page.locator("h1").inner_text()


def test_tree_page_lays_out_the_implementation_tree(page, server: str) -> None:
    page.goto(f"{server}/tree/CT-33-TTg-2021")
    drawn = _wait_for_network(page)
    _shot(page, "tree")
    api = httpx.get(f"{server}/api/v1/documents/CT-33-TTg-2021/implementations").json()

    def ids(node: dict) -> list[str]:
        return [node["document"]["id"], *(i for c in node["children"] for i in ids(c))]

    assert sorted(drawn["nodes"]) == sorted(ids(api))
    assert "KH-3-UBND-2022-tra-vinh" in drawn["nodes"]
    page.select_option("select[name=province]", "Vĩnh Long")
    page.click("form.controls button")
    drawn = _wait_for_network(page)
    assert sorted(drawn["nodes"]) == ["CT-33-TTg-2021", "KH-3-UBND-2022-tra-vinh",
                                      "KH-9-UBND-2022-tra-vinh"]


def test_document_page_highlights_and_links_references(page, server: str) -> None:
    page.goto(f"{server}/documents/KH-26-VP-2023-tra-vinh")
    _shot(page, "document")
    links = page.locator("pre.fulltext a.ref.resolved")
    assert links.count() == 31  # every mention in the file (gold: 30 numbered + 1 named)
    assert page.locator("pre.fulltext a[href='/documents/KH-115-TU-2019-tra-vinh']").count() == 1
    page.locator("pre.fulltext a[href='/documents/KL-43-TW-2019']").click()
    page.wait_for_url("**/documents/KL-43-TW-2019")


def test_text_from_documents_is_escaped(page, server: str) -> None:
    page.goto(f"{server}/documents/KH-9-UBND-2022-tra-vinh")
    assert SCRIPT_TITLE in page.locator("table.meta").inner_text()
    assert "<b>của</b>" in page.locator("pre.fulltext").inner_text()
    page.goto(f"{server}/explore/KH-9-UBND-2022-tra-vinh")
    _wait_for_network(page)
    assert page.dialogs == []
