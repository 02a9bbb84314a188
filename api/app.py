"""The FastAPI application: the JSON API under /api/v1, the explorer pages, and the errors.

    create_app(store=None) -> FastAPI     # the configured store when None (see graph.store)

Errors are JSON `{"detail": "..."}`: 404 unknown id (with suggestions when it looks like a
symbol), 422 bad parameters, 413 text over the limit, 401/403 writes without the right key,
503 when the store is down (the process stays up and answers again when it is back).
"""

from __future__ import annotations

import logging
import os
import time

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from neo4j.exceptions import DriverError, Neo4jError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.explorer import mount_explorer
from api.routes import router
from graph.store import GraphStore, StoreUnavailable, open_store

log = logging.getLogger("legalgraph.api")

DESCRIPTION = """
A citation knowledge graph of Vietnamese Party and State documents.

Look up a document by the symbol a person writes (`Chỉ thị số 33/CT-TTg`), follow what it
cites and what cites it with the sentences that say so, trace the implementation tree of a
directive through the provinces with the lag of each response, and resolve every reference in
a text against the graph. Read endpoints are open; `POST /api/v1/documents` needs `X-API-Key`.
"""


class TimingMiddleware:
    """`X-Response-Time` on every response, and one log line per request (plain ASGI: the
    decorator form of middleware costs more than many of our handlers)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def timed_send(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                elapsed = (time.perf_counter() - started) * 1000
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (b"x-response-time", f"{elapsed:.1f}ms".encode())]
            await send(message)

        await self.app(scope, receive, timed_send)
        log.info("%s %s %d %.1fms", scope["method"], scope["path"], status,
                 (time.perf_counter() - started) * 1000)


def create_app(store: GraphStore | None = None) -> FastAPI:
    app = FastAPI(title="legalgraph", version="0.1.0", description=DESCRIPTION,
                  openapi_tags=[{"name": "documents"}, {"name": "graph"}, {"name": "resolve"},
                                {"name": "service"}])
    app.state.store = store or open_store()
    app.state.store.warm()
    origins = [o.strip() for o in os.environ.get("LEGALGRAPH_CORS_ORIGINS", "").split(",")
               if o.strip()]
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["*"],
                           allow_headers=["*"])

    app.add_middleware(TimingMiddleware)

    @app.exception_handler(StoreUnavailable)
    @app.exception_handler(DriverError)
    @app.exception_handler(Neo4jError)
    async def store_down(request: Request, error: Exception) -> JSONResponse:
        log.warning("store unavailable: %s", error)
        return JSONResponse({"detail": "the graph store is unavailable; retry later"}, 503)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400:  # a body that is no JSON: one status for bad requests
            return JSONResponse({"detail": f"invalid request: {error.detail}"}, 422)
        return JSONResponse({"detail": error.detail}, error.status_code,
                            headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}"
                             for e in error.errors())
        return JSONResponse({"detail": f"invalid request: {problems}"}, 422)

    @app.exception_handler(Exception)
    async def last_resort(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"detail": "internal error; it has been logged"}, 500)

    app.include_router(router, prefix="/api/v1")
    mount_explorer(app)
    return app
