"""The explorer: HTML pages over the graph queries, with pyvis networks drawn by vis-network.

    /                 search, corpus statistics, the most cited documents
    /explore/{id}     the network around a document (depth selectable)
    /tree/{id}        the implementation tree, top-down by level, filterable by province
    /documents/{id}   metadata, relations with evidence, the text with its references linked

Everything works offline: vis-network's files come from the pyvis package and are served
under /static/vis. Templates autoescape; data for the network goes through `tojson`.
"""

from __future__ import annotations

import math
from pathlib import Path

import jinja2
import pyvis
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from pyvis.network import Network

from api.routes import document_or_404
from extract.models import RelationType
from extract.provinces import NEW_PROVINCES, OLD_PROVINCES
from extract.tables import TYPE_NAMES
from graph import queries
from graph.model import DocumentNode, Edge
from graph.store import GraphStore

HERE = Path(__file__).parent
VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
MAX_NODES = 150  # larger neighbourhoods are capped, with a note of what was left out
MAX_TREE_NODES = 300  # and larger trees, level by level
CITING_PAGE = 200  # citing documents a document page lists: a directive has tens of thousands

LEVEL_COLORS = {"central": "#c0392b", "province": "#2980b9", "district": "#27ae60",
                "commune": "#f39c12", None: "#95a5a6"}
LEVEL_ROWS = {"central": 0, "province": 1, "district": 2, "commune": 3, None: 1}
TYPE_SHAPES = {"NQ": "diamond", "CT": "triangle", "KL": "star", "QĐ": "square", "NĐ": "hexagon",
               "LUAT": "triangleDown", "PL": "triangleDown"}
RELATION_COLORS = {"IMPLEMENTS": "#27ae60", "BASED_ON": "#8e44ad", "CITES": "#95a5a6",
                   "AMENDS": "#e67e22", "SUPERSEDES": "#c0392b", "REPEALS": "#2c3e50",
                   "GUIDES": "#2980b9"}

templates = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                               autoescape=True)
router = APIRouter(include_in_schema=False)


def mount_explorer(app: FastAPI) -> None:
    """Add the pages and their static files (vis-network from pyvis, the stylesheet)."""
    app.mount("/static/vis", StaticFiles(directory=VIS_DIR), name="vis")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)


def _store(request: Request) -> GraphStore:
    return request.app.state.store


def _page(name: str, **context) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context))


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str | None = None) -> HTMLResponse:
    store = _store(request)
    results = queries.search(store, q, 50) if q else []
    return _page("home.html", q=q, results=results, counts=store.counts(),
                 most_cited=queries.rankings(store, "cited_by", 15))


@router.get("/documents/{id}", response_class=HTMLResponse)
def document_page(request: Request, id: str,
                  cited_from: int = Query(0, ge=0)) -> HTMLResponse:
    store = _store(request)
    doc = document_or_404(store, id)
    out_edges = queries.citations(store, id)
    cited = queries.relationship_page(store, id, "in", None, cited_from, CITING_PAGE)
    in_edges = cited.edges
    others = {e.target for e in out_edges} | {e.source for e in in_edges}
    names = {i: d.symbol for i, d in store.get_many(others).items()}
    segments = []
    stored = store.file_text(doc.file) if doc.ingested and doc.file else None
    if stored is not None:
        segments = text_segments(*stored)
    return _page("document.html", doc=doc, type_name=TYPE_NAMES.get(doc.type, doc.type),
                 out_edges=out_edges, in_edges=in_edges, names=names, segments=segments,
                 citing=cited.documents, cited_from=cited_from, citing_page=CITING_PAGE)


def text_segments(text: str, mentions: list[dict]) -> list[tuple[str, dict | None]]:
    """The text cut into plain runs and reference mentions, for highlighting."""
    out, pos = [], 0
    for mention in sorted(mentions, key=lambda m: m["start"]):
        if mention["start"] < pos:
            continue  # overlapping spans: keep the first
        out.append((text[pos:mention["start"]], None))
        out.append((text[mention["start"]:mention["end"]], mention))
        pos = mention["end"]
    out.append((text[pos:], None))
    return out


@router.get("/explore/{id}", response_class=HTMLResponse)
def explore_page(request: Request, id: str, depth: int = Query(1, ge=1, le=3)) -> HTMLResponse:
    store = _store(request)
    document_or_404(store, id)
    hood = queries.neighbourhood(store, id, depth, limit=MAX_NODES)
    assert hood is not None
    controls = [{"label": "depth", "name": "depth", "value": depth, "options": [1, 2, 3]}]
    return HTMLResponse(network_html(hood, controls=controls))


def network_html(hood: queries.Neighbourhood, controls: list | None = None,
                 standalone: bool = False) -> str:
    """The network page of a neighbourhood; `standalone` inlines vis-network (one file)."""
    net = Network(directed=True)
    for doc in hood.nodes:
        net.add_node(doc.id, **_node_style(doc, doc.id == hood.center.id))
    for edge in hood.edges:
        net.add_edge(edge.source, edge.target, **_edge_style(edge))
    note = (f"{hood.left_out} more documents within reach are not shown (limit {MAX_NODES})."
            if hood.left_out else None)
    return _network_page(net, f"{hood.center.symbol} — network", note, controls, standalone,
                         hierarchical=False)


def _node_style(doc: DocumentNode, center: bool) -> dict:
    hover = "\n".join(filter(None, [doc.symbol, doc.title, str(doc.date or "undated"),
                                    doc.issuing_body or doc.issuer, doc.province]))
    label = doc.symbol if doc.number else (doc.name or doc.id)
    return {"label": label if len(label) <= 40 else label[:38] + "…", "title": hover,
            "shape": TYPE_SHAPES.get(doc.type, "dot"),
            "color": LEVEL_COLORS.get(doc.level, LEVEL_COLORS[None]),
            "size": 28 if center else 16, "borderWidth": 4 if center else 1,
            "level": LEVEL_ROWS.get(doc.level, 1)}


def _edge_style(edge: Edge) -> dict:
    return {"title": f"{edge.relation.value} (×{edge.depth})",
            "color": RELATION_COLORS[edge.relation.value],
            "width": 1 + math.log(max(edge.depth, 1), 2), "arrows": "to"}


def _network_page(net: Network, heading: str, note: str | None, controls: list | None,
                  standalone: bool, hierarchical: bool, rows: list | None = None) -> str:
    layout = ({"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                "levelSeparation": 140, "nodeSpacing": 160}}
              if hierarchical else {"randomSeed": 7})
    options = {"layout": layout, "interaction": {"hover": True, "tooltipDelay": 120},
               "physics": {"enabled": not hierarchical,
                           "stabilization": {"iterations": 150}},
               "edges": {"smooth": {"type": "continuous"}}}
    nodes, edges = net.nodes, net.edges
    assets = None
    if standalone:
        assets = {"js": (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
                  "css": (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")}
    return templates.get_template("network.html").render(
        heading=heading, nodes=nodes, edges=edges, options=options, note=note,
        controls=controls, inline_assets=assets, link_nodes=not standalone, rows=rows,
        legend_levels=[(k, v) for k, v in LEVEL_COLORS.items() if k],
        legend_relations=list(RELATION_COLORS.items()))


@router.get("/tree/{id}", response_class=HTMLResponse)
def tree_page(request: Request, id: str, province: str | None = None,
              depth: int = Query(4, ge=1, le=10)) -> HTMLResponse:
    store = _store(request)
    document_or_404(store, id)
    tree = queries.implementation_tree(store, id, depth, province=province or None,
                                       limit=MAX_TREE_NODES)
    assert tree is not None
    left_out = tree.left_out
    note = (f"{left_out} more documents of this tree are not shown (limit {MAX_TREE_NODES}, "
            "level by level; choose a province to see them)." if left_out else None)
    net = Network(directed=True)
    rows = list(tree.walk())
    for node in rows:
        style = _node_style(node.document, node.depth == 0)
        when = node.document.date or "undated"
        lag = f"\n+{node.lag_days} days" if node.lag_days is not None and node.depth else ""
        style["label"] = f"{style['label']}\n{when}{lag}"
        net.add_node(node.document.id, **style)
    for parent in rows:
        for child in parent.children:
            relation = child.relation or RelationType.IMPLEMENTS
            net.add_edge(child.document.id, parent.document.id, arrows="to",
                         color=RELATION_COLORS[relation.value], title=relation.value)
    provinces = ["", *NEW_PROVINCES, *(p.name for p in OLD_PROVINCES)]
    controls = [{"label": "province", "name": "province", "value": province or "",
                 "options": list(dict.fromkeys(provinces))},
                {"label": "depth", "name": "depth", "value": depth, "options": list(range(1, 7))}]
    return HTMLResponse(_network_page(net, f"{tree.document.symbol} — implementation tree",
                                      note, controls, False, hierarchical=True, rows=rows))
