"""The /api/v1 endpoints: thin over `graph.queries`, returning the models of `api.schemas`."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from starlette.datastructures import UploadFile

from api.schemas import (
    ERRORS,
    TOO_LARGE,
    WRITE_ERRORS,
    CoverageOut,
    Document,
    DocumentDetail,
    DocumentPage,
    GraphEdge,
    GraphOut,
    Health,
    IngestOut,
    LookupOut,
    PathOut,
    RankedDocument,
    Relationship,
    ResolvedReference,
    ResolveIn,
    ResolveOut,
    TextIn,
    TreeOut,
)
from extract.models import RelationType, Status
from extract.pipeline import extract_text
from extract.resolve import CorpusIndex
from graph import queries
from graph.ingest import index_from_store, ingest_text
from graph.model import DocumentNode
from graph.readers import UnreadableDocument, decode_text, read_document
from graph.store import DocumentFilter, GraphStore

MAX_PAGE = 200
MAX_TEXT_BYTES = 1_000_000  # POST /resolve and POST /documents: 1 MB of UTF-8
MAX_GRAPH_NODES = 500
MAX_TREE_DOCUMENTS = 20_000  # an implementation tree answer: about 11 MB of JSON (550 B each)

router = APIRouter()
Id = Annotated[str, "a document id, e.g. CT-33-TTg-2021"]


def store_of(request: Request) -> GraphStore:
    return request.app.state.store


Store = Annotated[GraphStore, Depends(store_of)]


def document_or_404(store: GraphStore, id: str) -> DocumentNode:
    doc = store.get(id)
    if doc is None:
        found = queries.lookup(store, id)
        hint = f"; did you mean: {', '.join(d.id for d in found[:5])}" if found else ""
        raise HTTPException(404, f"no document with id {id!r}{hint}")
    return doc


@router.get("/documents", tags=["documents"], response_model=DocumentPage, responses=ERRORS)
def list_documents(
    store: Store,
    q: Annotated[str | None, Query(description="words of the symbol or title", max_length=200,
                                   examples=["dân vận"])] = None,
    type: Annotated[str | None, Query(description="type code", examples=["KH"])] = None,
    issuer: Annotated[str | None, Query(description="issuer code", examples=["UBND"])] = None,
    province: Annotated[str | None, Query(description="old or 2025 province",
                                          examples=["Trà Vinh"])] = None,
    level: Annotated[Literal["central", "province", "district", "commune"] | None,
                     Query(description="administrative level")] = None,
    year_from: Annotated[int | None, Query(ge=1945, le=2100)] = None,
    year_to: Annotated[int | None, Query(ge=1945, le=2100)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")] = 50,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page",
                                        max_length=300)] = None,
) -> DocumentPage:
    """Search and filter documents, in id order, a page at a time (a stable cursor)."""
    where = DocumentFilter(q, type, issuer, province, level, year_from, year_to)
    docs = store.documents(where, limit + 1, cursor)
    next_cursor = docs[limit - 1].id if len(docs) > limit else None
    return DocumentPage(documents=[Document.of(d) for d in docs[:limit]], next_cursor=next_cursor)


@router.get("/documents/{id}", tags=["documents"], response_model=DocumentDetail,
            responses=ERRORS)
def get_document(store: Store, id: Id) -> DocumentDetail:
    """One document: its metadata, aliases, and counts of relations in and out by type."""
    doc = document_or_404(store, id)
    return DocumentDetail(document=Document.of(doc),
                          relations_out=queries.relation_counts(store, id, "out"),
                          relations_in=queries.relation_counts(store, id, "in"))


RelationQuery = Annotated[RelationType | None, Query(description="only this relation type")]
Offset = Annotated[int, Query(ge=0, description="documents at the other end to skip")]
PageLimit = Annotated[int | None, Query(ge=1, description=(
    "most documents at the other end, in id order (all unless asked); X-Total-Count "
    "counts them all"))]


def _relationships(store: Store, response: Response, id: str, direction: str,
                  relation: RelationType | None, offset: int,
                  limit: int | None) -> list[Relationship]:
    document_or_404(store, id)
    page = queries.relationship_page(store, id, direction, relation, offset, limit)
    response.headers["X-Total-Count"] = str(page.documents)
    return [Relationship.of(e) for e in page.edges]


@router.get("/documents/{id}/citations", tags=["documents"], response_model=list[Relationship],
            responses=ERRORS)
def get_citations(store: Store, response: Response, id: Id, relation: RelationQuery = None,
                  offset: Offset = 0, limit: PageLimit = None) -> list[Relationship]:
    """What the document cites, each relationship with its evidence."""
    return _relationships(store, response, id, "out", relation, offset, limit)


@router.get("/documents/{id}/cited-by", tags=["documents"], response_model=list[Relationship],
            responses=ERRORS)
def get_cited_by(store: Store, response: Response, id: Id, relation: RelationQuery = None,
                 offset: Offset = 0, limit: PageLimit = None) -> list[Relationship]:
    """What cites the document, each relationship with its evidence. A central directive is
    cited by thousands of plans: `limit` and `offset` page through the citing documents."""
    return _relationships(store, response, id, "in", relation, offset, limit)


@router.get("/documents/{id}/implementations", tags=["graph"], response_model=TreeOut,
            responses=ERRORS)
def get_implementations(
    store: Store, id: Id,
    depth: Annotated[int, Query(ge=1, le=queries.MAX_TREE_DEPTH)] = 4,
    province: Annotated[str | None, Query(description="old or 2025 province",
                                          max_length=100)] = None,
    level: Annotated[Literal["central", "province", "district", "commune"] | None,
                     Query()] = None,
    date_from: Annotated[dt.date | None, Query(description="ISO date")] = None,
    date_to: Annotated[dt.date | None, Query(description="ISO date")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_TREE_DOCUMENTS,
                                description="most documents in the answer, level by level")
                     ] = 1000,
) -> Response:
    """The implementation tree: documents implementing the directive directly or through a
    chain (IMPLEMENTS, GUIDES, BASED_ON), each with its lag in days. A national directive's
    tree can hold thousands of documents: the first `limit` are shown, level by level, and the
    root's `left_out` counts the rest."""
    document_or_404(store, id)
    tree = queries.implementation_tree(store, id, depth, province, level, date_from, date_to,
                                       limit)
    assert tree is not None
    # Serialized here, once: a returned model is dumped, validated again and encoded by
    # FastAPI, which for a tree of 1,000 documents cost more than building the tree.
    return Response(TreeOut.json_of(tree), media_type="application/json")


@router.get("/documents/{id}/coverage", tags=["graph"], response_model=CoverageOut,
            responses=ERRORS)
def get_coverage(store: Store, id: Id) -> CoverageOut:
    """Provinces with and without an implementing document, first response and its lag."""
    document_or_404(store, id)
    coverage = queries.coverage(store, id)
    assert coverage is not None
    return CoverageOut.of(coverage)


@router.get("/paths", tags=["graph"], response_model=PathOut, responses=ERRORS)
def get_path(store: Store,
             source: Annotated[str, Query(alias="from", examples=["KH-115-TU-2019-tra-vinh"],
                                          max_length=300)],
             target: Annotated[str, Query(alias="to", examples=["NQ-25-TW-2013"],
                                          max_length=300)]) -> PathOut:
    """The shortest relation path between two documents (directed first)."""
    document_or_404(store, source)
    document_or_404(store, target)
    path = queries.shortest_path(store, source, target)
    return PathOut(found=path is not None, path=[Relationship.of(e) for e in path or []])


@router.get("/rankings", tags=["graph"], response_model=list[RankedDocument], responses=ERRORS)
def get_rankings(store: Store,
                 metric: Literal["cited_by", "pagerank", "hits"] = "cited_by",
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20) -> list[RankedDocument]:
    """Most cited documents (distinct citing documents), PageRank, or HITS authority."""
    return [RankedDocument(document=Document.of(d), score=s)
            for d, s in queries.rankings(store, metric, limit)]


@router.get("/stats", tags=["service"], responses=ERRORS)
def get_stats(store: Store) -> dict[str, dict[str, int]]:
    """Corpus statistics: counts, and documents by type, level and province."""
    return queries.stats(store)  # type: ignore[return-value]


@router.get("/healthz", tags=["service"], response_model=Health, responses=ERRORS)
def healthz(store: Store) -> Health:
    """The service is up and its store answers (503 when it does not)."""
    if not store.ping():
        raise HTTPException(503, f"the {store.name} store does not answer")
    return Health(status="ok", store=store.name)


@router.get("/lookup", tags=["resolve"], response_model=LookupOut, responses=ERRORS)
def lookup(store: Store,
           symbol: Annotated[str, Query(min_length=1, max_length=300,
                                        examples=["Chỉ thị số 33/CT-TTg", "25-NQ/TW"])],
           year: Annotated[int | None, Query(ge=1945, le=2100)] = None) -> LookupOut:
    """Resolve a symbol as a person writes it: one match, several (each candidate), or none."""
    found = queries.lookup(store, symbol, year)
    status = "found" if len(found) == 1 else "ambiguous" if found else "not_found"
    return LookupOut(status=status, documents=[Document.of(d) for d in found])


def _index(request: Request, store: GraphStore) -> CorpusIndex:
    """The store's `CorpusIndex`, rebuilt only when the store has changed."""
    stamp = tuple(sorted(store.counts().items()))
    cached = getattr(request.app.state, "corpus_index", None)
    if cached is None or cached[0] != stamp:
        cached = (stamp, index_from_store(store))
        request.app.state.corpus_index = cached
    return cached[1]


@router.post("/resolve", tags=["resolve"], response_model=ResolveOut,
             responses={**ERRORS, **TOO_LARGE})
def resolve(request: Request, store: Store, body: ResolveIn) -> ResolveOut:
    """Every reference in a text (up to 1 MB), resolved against the graph, with its status
    (found with the id, ambiguous with the candidates, not_in_graph) and offsets."""
    if len(body.text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise HTTPException(413, f"text over {MAX_TEXT_BYTES} bytes")
    extraction = extract_text(body.text, index=_index(request, store), province=body.province)
    out = []
    for ref in extraction.references:
        ids: list[str] = []
        if ref.key is not None:
            if store.get(ref.key.id) is not None:
                ids = [ref.key.id]
            elif ref.key.number is not None and ref.key.year is None:
                ids = [d.id for d in store.find(ref.key.number, ref.key.type, ref.key.issuer)
                       if d.province == ref.key.province]
        ids += [k.id for k in ref.candidates if store.get(k.id) is not None and k.id not in ids]
        status = "found" if len(ids) == 1 else "ambiguous" if ids else "not_in_graph"
        out.append(ResolvedReference(
            text=ref.text, start=ref.start, end=ref.end, status=status,
            id=ids[0] if status == "found" else None, candidates=ids if len(ids) > 1 else [],
            key=ref.key.id if ref.key else None,
            resolution=ref.status.value if ref.status != Status.RESOLVED else "resolved"))
    return ResolveOut(references=out)


def require_key(x_api_key: Annotated[str | None, Header(description="the API key")] = None
                ) -> None:
    configured = os.environ.get("LEGALGRAPH_API_KEY")
    if not configured:
        raise HTTPException(403, "writes are disabled: set LEGALGRAPH_API_KEY on the server")
    if x_api_key is None:
        raise HTTPException(401, "missing X-API-Key header")
    if not secrets.compare_digest(x_api_key, configured):
        raise HTTPException(403, "wrong API key")


_UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": TextIn.model_json_schema()},
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "format": "binary"}}}}}}}


@router.post("/documents", tags=["documents"], response_model=IngestOut,
             responses={**ERRORS, **WRITE_ERRORS}, dependencies=[Depends(require_key)],
             openapi_extra=_UPLOAD_BODY)
async def post_document(request: Request, store: Store) -> IngestOut:
    """Ingest one document: JSON `{"file_name", "text"}`, or a multipart `file` upload
    (.txt, .md, .docx, .pdf, .html). Needs `X-API-Key`."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise HTTPException(422, "invalid request: a multipart upload needs a 'file' part")
        data = await upload.read(MAX_TEXT_BYTES * 20 + 1)
        file_name, text = Path(upload.filename).name, _read_upload(upload.filename, data)
    else:
        try:
            body = TextIn.model_validate_json(await request.body())
        except ValueError as error:
            raise HTTPException(422, f"invalid request: {error}") from None
        file_name, text = body.file_name, body.text
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise HTTPException(413, f"text over {MAX_TEXT_BYTES} bytes")
    summary = ingest_text(store, file_name, text)
    if summary.failed:
        raise HTTPException(422, f"could not ingest {file_name}: {summary.failed[1]}")
    return IngestOut(file=file_name, unchanged=bool(summary.unchanged),
                     document_id=summary.documents.get(file_name),
                     documents_added=summary.documents_added,
                     relationships_added=summary.relationships_added,
                     unresolved=summary.unresolved)


def _read_upload(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".txt", ".md", ""):
        try:
            return decode_text(data, name)
        except UnreadableDocument as error:
            raise HTTPException(422, str(error)) from None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(data)
        try:
            return read_document(path).text
        except UnreadableDocument as error:
            raise HTTPException(422, str(error)) from None


@router.get("/graph", tags=["graph"], response_model=GraphOut, responses=ERRORS)
def get_graph(store: Store,
              center: Annotated[str, Query(max_length=300, examples=["CT-33-TTg-2021"])],
              depth: Annotated[int, Query(ge=1, le=3)] = 1,
              relation: Annotated[list[RelationType] | None, Query()] = None,
              limit: Annotated[int, Query(ge=1, le=MAX_GRAPH_NODES)] = 150) -> GraphOut:
    """The subgraph around a document as nodes and edges (the explorer draws this)."""
    document_or_404(store, center)
    hood = queries.neighbourhood(store, center, depth, relation or None, limit)
    assert hood is not None
    return GraphOut(nodes=[Document.of(d) for d in hood.nodes],
                    edges=[GraphEdge(source=e.source, target=e.target,
                                     relation=e.relation.value, depth=e.depth)
                           for e in hood.edges],
                    left_out=hood.left_out)
