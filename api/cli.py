"""The `legalgraph` command line: extract, ingest, query, export, serve, and the Neo4j server."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from graph.readers import TEXT_SUFFIXES, UnreadableDocument, iter_document_paths, read_document

from extract.interchange import to_record
from extract.models import DocumentExtraction, Status
from extract.pipeline import extract_corpus

EXIT_SKIPPED = 1  # the run finished, but some input was skipped


def read_texts(paths: Sequence[Path], suffixes: frozenset[str]) -> tuple[list[tuple[str, str]],
                                                                         list[str]]:
    """(file name, text) of every readable file under `paths`, and one message per skipped one."""
    texts, skipped = [], []
    for path in iter_document_paths(paths, suffixes):
        try:
            doc = read_document(path)
        except UnreadableDocument as error:
            skipped.append(str(error))
            continue
        texts.append((path.name, doc.text))
    return texts, skipped


def cmd_extract(args: argparse.Namespace) -> int:
    texts, skipped = read_texts(args.paths, TEXT_SUFFIXES)
    for message in skipped:
        print(f"skipped: {message}", file=sys.stderr)
    extractions = extract_corpus(texts, workers=args.workers)
    out = sys.stdout
    for extraction in extractions:
        if args.format == "jsonl":
            out.write(json.dumps(to_record(extraction), ensure_ascii=False) + "\n")
        else:
            out.write(format_table(extraction) + "\n")
    return EXIT_SKIPPED if skipped else 0


def format_table(extraction: DocumentExtraction) -> str:
    """A readable report of one document: identity, references, relations."""
    ident = extraction.identity
    lines = [
        f"═══ {extraction.file}",
        f"  document  {ident.key.id}  {ident.symbol or '(no number)'}  "
        f"{ident.date or 'undated'}  {ident.type_name or ''}",
        f"  issuer    {ident.issuing_body or '?'}  · {ident.province or 'central'}"
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
        lines.append(f"    {label:<40} ×{counts[label]:<2} {ref.date or '':<10}{status}"
                     f"{'  repaired: ' + note if note else ''}")
    lines.append("  relations:")
    for rel in extraction.relations:
        source = "self" if rel.from_self else rel.source.id
        lines.append(f"    {source:<32} {rel.relation.value:<11} {rel.target.id}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="legalgraph", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract references and relations from text files")
    p.add_argument("paths", nargs="+", type=Path, help="files or directories (.txt, .md)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--workers", type=int, default=1, help="processes for parsing (default 1)")
    p.set_defaults(func=cmd_extract)
    for register in _REGISTRARS:
        register(sub)
    return parser


# Other modules add their subcommands here (ingest, queries, serve, neo4j, ...).
_REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `legalgraph extract ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
