"""The `legalgraph` command line: extract, ingest, query, export, serve, and the Neo4j server."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from extract.interchange import to_json_line
from extract.models import DocumentExtraction, Status
from extract.pipeline import stream_corpus
from graph.readers import UnreadableDocument, iter_document_paths, read_document

EXIT_SKIPPED = 1  # the run finished, but some input was skipped


def read_texts(paths: Sequence[Path]) -> tuple[list[tuple[str, str]], list[str]]:
    """(file name, text) of every readable document under `paths` (the formats `ingest` reads),
    and one message per skipped one."""
    texts, skipped = [], []
    for path in iter_document_paths(paths):
        try:
            doc = read_document(path)
        except UnreadableDocument as error:
            skipped.append(str(error))
            continue
        texts.append((path.name, doc.text))
    return texts, skipped


def cmd_extract(args: argparse.Namespace) -> int:
    texts, skipped = read_texts(args.paths)
    for message in skipped:
        print(f"skipped: {message}", file=sys.stderr)
    # each document is formatted where it was extracted (in the worker, with --workers)
    as_text = to_json_line if args.format == "jsonl" else format_table
    sys.stdout.writelines(stream_corpus(texts, workers=args.workers,
                                        convert=lambda extraction, _text: as_text(extraction)))
    return EXIT_SKIPPED if skipped else 0


def _place(province: str | None, level: object) -> str:
    """Where a document is from: its province, "central" for the centre's, "?" when neither is
    known (a Tỉnh ủy's programme that names no province, a news item)."""
    if province:
        return province
    return "central" if str(getattr(level, "value", level)) == "central" else "?"


def format_table(extraction: DocumentExtraction) -> str:
    """A readable report of one document: identity, references, relations."""
    ident = extraction.identity
    lines = [
        f"═══ {extraction.file}",
        f"  document  {ident.key.id}  {ident.symbol or '(no number)'}  "
        f"{ident.date or 'undated'}  {ident.type_name or ''}",
        f"  issuer    {ident.issuing_body or '?'}  · {_place(ident.province, ident.level)}"
        f"  · {ident.level.value if ident.level else '?'}  · signed {ident.signer or '?'}",
        f"  title     {ident.title or '?'}",
        "  references:",
    ]
    counts: dict[str, int] = {}
    first = {}
    for ref in extraction.references:
        label = ref.key.id if ref.key else f"? {ref.text[:40]!r}"
        counts[label] = counts.get(label, 0) + 1
        first.setdefault(label, ref)
    for label, ref in first.items():
        note = "; ".join(f"{r.field} {r.printed}->{r.repaired}" for r in ref.repairs)
        status = "" if ref.status == Status.RESOLVED else f" [{ref.status.value}]"
        lines.append(f"    {label:<40} ×{counts[label]:<2} {str(ref.date or ''):<10}{status}"
                     f"{'  repaired: ' + note if note else ''}")
    lines.append("  relations:")
    for rel in extraction.relations:
        source = "self" if rel.from_self else rel.source.id
        lines.append(f"    {source:<32} {rel.relation.value:<11} {rel.target.id}")
    return "\n".join(lines) + "\n"


def _store(args: argparse.Namespace):
    from graph.store import open_store

    return open_store(args.store, args.data_dir)


def cmd_ingest(args: argparse.Namespace) -> int:
    from graph.ingest import ingest_paths

    with _store(args) as store:
        summary = ingest_paths(store, args.paths, workers=args.workers,
                               progress=not (args.quiet or args.json))
    if args.json:
        print(json.dumps({**dataclasses.asdict(summary), "peak_rss_mb": _peak_rss_mb(),
                          "workers_peak_rss_mb": _workers_peak_rss_mb()},
                         ensure_ascii=False, indent=1))
    else:
        print("\n".join(summary.lines()))
    if summary.failed:
        return 2
    return EXIT_SKIPPED if summary.skipped else 0


def _peak_rss_mb() -> int:
    """This process's own peak memory. (`ru_maxrss` starts from the parent's size at fork:
    a large parent would hide a small child.)"""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _workers_peak_rss_mb() -> int | None:
    """The largest worker's peak (`--workers`; None when every file was extracted here). A
    worker's count starts from what this process held when it forked it: the texts, below
    what a worker then holds."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024 or None


def _one_document(store, symbol: str, year: int | None):
    """The document `symbol` names, or None after printing the candidates or the miss."""
    from graph.queries import lookup

    found = lookup(store, symbol, year)
    if len(found) == 1:
        return found[0]
    if not found:
        print(f"no document found for {symbol!r}", file=sys.stderr)
    else:
        print(f"{symbol!r} names {len(found)} documents; give --year or an id:", file=sys.stderr)
        for doc in found:
            print(f"  {doc.id}  {doc.date or ''}  {doc.province or ''}", file=sys.stderr)
    return None


def cmd_tree(args: argparse.Namespace) -> int:
    from api.schemas import TreeOut
    from graph.queries import implementation_tree

    with _store(args) as store:
        doc = _one_document(store, args.symbol, args.year)
        if doc is None:
            return 2
        tree = implementation_tree(store, doc.id, args.depth, province=args.province)
    assert tree is not None
    if args.json:
        print(TreeOut.of(tree).model_dump_json(indent=1))
        return 0
    for node in tree.walk():
        d = node.document
        lag = f"+{node.lag_days} d" if node.lag_days is not None else ""
        rel = node.relation.value if node.relation else "directive"
        print(f"{'   ' * node.depth}{d.symbol or d.id}  {d.date or 'undated'}  "
              f"{_place(d.province, d.level)}  {d.level or ''}  {rel}  {lag}".rstrip())
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from api.schemas import Document, Relationship
    from graph.queries import citations, relationship_page

    with _store(args) as store:
        doc = _one_document(store, args.symbol, args.year)
        if doc is None:
            return 2
        out_edges = citations(store, doc.id)
        cited = relationship_page(store, doc.id, "in", None, 0, args.limit)
        in_edges = cited.edges
    left_out = cited.documents - len({e.source for e in in_edges})
    if args.json:
        print(json.dumps({"document": Document.of(doc).model_dump(mode="json"),
                          "citations": [Relationship.of(e).model_dump() for e in out_edges],
                          "cited_by": [Relationship.of(e).model_dump() for e in in_edges],
                          "citing_documents": cited.documents},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{doc.id}  {doc.symbol}  {doc.date or 'undated'}  {doc.issuing_body or ''}")
    print(f"  title: {doc.title or '?'}")
    print(f"  {'ingested' if doc.ingested else 'known from citations'}; "
          f"aliases: {', '.join(doc.aliases)}")
    for label, edges, other in (("cites", out_edges, "target"), ("cited by", in_edges, "source")):
        print(f"  {label}:")
        for e in edges:
            print(f"    {e.relation.value:<11} {getattr(e, other)}  (×{e.depth})")
    if left_out:
        print(f"    ... and {left_out} more citing documents (--limit)")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from graph.queries import stats

    with _store(args) as store:
        result = stats(store)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for section, values in result.items():
            print(f"{section}: " + ", ".join(f"{k} {v}" for k, v in values.items()))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    default = {"csv": "export-csv", "json": "graph.json"}.get(args.format, f"graph.{args.format}")
    with _store(args) as store:
        written = export(store, args.format, args.output or Path(default))
    for path in written:
        print(path)
    return 0


def cmd_explore(args: argparse.Namespace) -> int:
    from api.explorer import MAX_NODES, network_html
    from graph.queries import neighbourhood

    with _store(args) as store:
        doc = _one_document(store, args.symbol, args.year)
        if doc is None:
            return 2
        hood = neighbourhood(store, doc.id, args.depth, limit=MAX_NODES)
    assert hood is not None
    args.output.write_text(network_html(hood, standalone=True), encoding="utf-8")
    print(f"{args.output}: {len(hood.nodes)} documents, {len(hood.edges)} relationships")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    from api.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = create_app(_store(args))
    print(f"legalgraph: serving {app.state.store.name} store on http://{args.host}:{args.port}/ "
          f"(API docs at /docs); Ctrl-C to stop", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from bench.synth import main as synth_main

    return synth_main(["--docs", str(args.docs), "--seed", str(args.seed), "-o",
                       str(args.output)])


def cmd_bench(args: argparse.Namespace) -> int:
    from bench.run import main as bench_main

    return bench_main(["--scale", args.scale,
                       *(["--output", str(args.output)] if args.output else [])])


def cmd_neo4j(args: argparse.Namespace) -> int:
    from graph.neo4j_server import main as server_main

    argv = [args.action, "--bolt-port", str(args.bolt_port), "--http-port", str(args.http_port)]
    argv += ["--csv", str(args.csv)] if args.csv else []
    return server_main(argv + (["--data-dir", str(args.neo4j_dir)] if args.neo4j_dir else []))


# One process a core: two workers extract 10k plans 1.98 x as fast as one process, and on
# 100k plans each holds half the parsed corpus (one process alone peaks at 3.3 GB). A corpus
# of one chunk (200 files) is extracted in this process whatever the number.
_CORES = os.cpu_count() or 1
_WORKERS = {"type": int, "default": _CORES,
            "help": f"processes to extract in (default: one a core, {_CORES} here)"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="legalgraph", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract references and relations from documents")
    p.add_argument("paths", nargs="+", type=Path, help=".txt .md .docx .pdf .html files or dirs")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--workers", **_WORKERS)
    p.set_defaults(func=cmd_extract)

    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--store", choices=("networkx", "neo4j"), default=None,
                       help="default: $LEGALGRAPH_STORE or networkx")
    store.add_argument("--data-dir", type=Path, default=None,
                       help="embedded store directory (default: $LEGALGRAPH_DATA or .legalgraph)")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON for machines")
    symbol = argparse.ArgumentParser(add_help=False)
    symbol.add_argument("symbol", help='an id, a symbol ("25-NQ/TW") or "Chỉ thị số 33/CT-TTg"')
    symbol.add_argument("--year", type=int, default=None)

    p = sub.add_parser("ingest", parents=[store, as_json], help="ingest documents into the graph")
    p.add_argument("paths", nargs="+", type=Path, help=".txt .md .docx .pdf .html files or dirs")
    p.add_argument("--workers", **_WORKERS)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("tree", parents=[store, as_json, symbol],
                       help="the implementation tree of a directive")
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--province", default=None, help="old or 2025 province name")
    p.set_defaults(func=cmd_tree)
    p = sub.add_parser("show", parents=[store, as_json, symbol],
                       help="a document, what it cites and what cites it")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="list the first N citing documents (a directive has thousands)")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("stats", parents=[store, as_json], help="corpus statistics")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("export", parents=[store], help="export the graph")
    p.add_argument("--format", choices=("graphml", "gexf", "json", "csv"), required=True)
    p.add_argument("-o", "--output", type=Path, default=None)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("explore", parents=[store, symbol],
                       help="write the network around a document as a standalone HTML file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--depth", type=int, default=1)
    p.set_defaults(func=cmd_explore)
    p = sub.add_parser("serve", parents=[store], help="serve the API and the explorer")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("synth", help="write a synthetic corpus with its ground truth")
    p.add_argument("--docs", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_synth)
    p = sub.add_parser("bench", help="run the benchmarks, print a table, write results.json")
    p.add_argument("--scale", choices=("small", "large"), default="small")
    p.add_argument("--output", type=Path, default=None, help="default: bench/results.json")
    p.set_defaults(func=cmd_bench)
    p = sub.add_parser("neo4j", help="fetch, start, stop the local Neo4j server, or bulk-load "
                                     "a CSV export into it")
    p.add_argument("action", choices=("start", "stop", "status", "import"))
    p.add_argument("--csv", type=Path, default=None,
                   help="import: the directory of `legalgraph export --format csv`")
    p.add_argument("--bolt-port", type=int, default=7687)
    p.add_argument("--http-port", type=int, default=7474)
    p.add_argument("--neo4j-dir", type=Path, default=None,
                   help="the server's home (default ~/.cache/legalgraph/neo4j/instance)")
    p.set_defaults(func=cmd_neo4j)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `legalgraph extract ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
