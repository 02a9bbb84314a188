"""Benchmarks of extraction, ingestion, queries and the API, against the targets of issue 6.

    legalgraph bench --scale small|large        (make bench: small)

Prints one table and writes bench/results.json (machine, date, every figure). Speed figures
are medians of several runs; extraction is also given as a ratio to one bare `re.finditer`
pass of a single symbol pattern over the same text, measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from bench.long_inputs import bench_long_inputs, table_lines
from bench.synth import generate

RESULTS = Path(__file__).with_name("results.json")
SCALES = {
    "small": {"extract": [1000, 10000], "ingest": 2000, "neo4j_ingest": 500, "runs": 3,
              "api_seconds": 10},
    "large": {"extract": [1000, 10000, 100000], "ingest": 100000, "neo4j_ingest": 10000,
              "runs": 3, "api_seconds": 30},
}
BARE_PATTERN = re.compile(r"\d+-[A-Z]+/[A-Z]+")  # a single symbol pattern: the regex floor


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50_ms": round(ordered[len(ordered) // 2] * 1000, 3),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * .99))] * 1000, 3)}


def bench_extraction(sizes: list[int], runs: int, shared: Path | None) -> dict:
    from extract.pipeline import extract_corpus

    out: dict = {"by_size": {}}
    for n in sizes:
        scored = n == sizes[min(1, len(sizes) - 1)]  # workers and F1 at this size
        texts, golds = [], []
        for name, text, gold in generate(n, seed=1):
            texts.append((name, text))
            if scored:
                golds.append(gold)
        megabytes = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
        joined = "\n".join(t for _, t in texts)
        k = runs if n <= 10000 else 1
        seconds = median_time(lambda texts=texts: extract_corpus(texts), k)
        bare = median_time(lambda joined=joined: sum(1 for _ in BARE_PATTERN.finditer(joined)),
                           max(k, 3))
        row = {"documents": n, "megabytes": round(megabytes, 2), "seconds": round(seconds, 3),
               "mb_per_s": round(megabytes / seconds, 2), "docs_per_s": round(n / seconds, 1),
               "s_per_mb": round(seconds / megabytes, 4),
               "ratio_to_bare_regex": round(seconds / bare, 1)}
        if scored:
            row.update(_workers_speedup(texts, seconds, k))
            if shared is not None:
                row["f1"] = _score(extract_corpus(texts), golds, shared)
        out["by_size"][str(n)] = row
    per_mb = [r["s_per_mb"] for r in out["by_size"].values()]
    out["per_mb_spread"] = round(max(per_mb) / min(per_mb) - 1, 3)
    return out


def _workers_speedup(texts: list[tuple[str, str]], seconds: float, runs: int) -> dict:
    """Two processes against one: as `legalgraph extract --format jsonl` runs (each document
    formatted in its worker), and as `extract_corpus` returns them (whole extractions sent
    back)."""
    from extract.interchange import to_json_line
    from extract.pipeline import extract_corpus, extract_corpus_as

    def as_line(extraction, _text):
        return to_json_line(extraction)

    one = median_time(lambda: extract_corpus_as(texts, as_line), runs)
    two = median_time(lambda: extract_corpus_as(texts, as_line, workers=2), runs)
    two_objects = median_time(lambda: extract_corpus(texts, workers=2), runs)
    return {"workers_2_speedup": round(one / two, 2),
            "workers_2_speedup_objects": round(seconds / two_objects, 2)}


def _score(extractions, golds, shared: Path) -> dict:
    from extract.interchange import to_json_line

    with tempfile.TemporaryDirectory() as tmp:
        pred, gold = Path(tmp) / "pred.jsonl", Path(tmp) / "gold.jsonl"
        pred.write_text("".join(map(to_json_line, extractions)), encoding="utf-8")
        gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds),
                        encoding="utf-8")
        result = subprocess.run([sys.executable, str(shared / "gold" / "score.py"), str(pred),
                                 "--gold", str(gold)], capture_output=True, text=True)
    last = result.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (item.split("=") for item in last.split())}


def _write_corpus(n: int, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text, _ in generate(n, seed=2):
        (directory / name).write_text(text, encoding="utf-8")


def bench_ingestion(corpus: Path, store_args: list[str], env: dict[str, str] | None = None
                    ) -> dict:
    """`legalgraph ingest` in a process of its own, so that its peak RSS is its own too.

    Relationships/s are given end to end (reading and extraction included) and for the
    store's writes alone, which is what a faster store can change."""
    start = time.perf_counter()
    process = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(corpus), "--json",
                              *store_args], stdout=subprocess.PIPE,
                             env={**os.environ, **(env or {})}, check=True)
    seconds = time.perf_counter() - start
    summary = json.loads(process.stdout)
    relationships = summary["relationships_added"]
    return {"documents_read": summary["files_read"], "seconds": round(seconds, 2),
            "files_per_s": round(summary["files_read"] / seconds, 1),
            "relationships": relationships,
            "relationships_per_s": round(relationships / seconds, 1),
            "extract_seconds": round(summary["extract_seconds"], 2),
            "write_seconds": round(summary["write_seconds"], 2),
            "write_relationships_per_s": round(relationships / summary["write_seconds"], 1),
            "documents": summary["documents_added"],
            "peak_rss_mb": summary["peak_rss_mb"],
            "workers_peak_rss_mb": summary["workers_peak_rss_mb"]}


def bench_queries(store, samples: int = 200) -> dict:
    from graph import queries
    from graph.store import DocumentFilter

    central, local, after = [], [], None
    while page := store.documents(DocumentFilter(), limit=5000, after=after):
        central += [d for d in page if d.level == "central"]
        local += [d for d in page if d.ingested]
        after = page[-1].id
    central = central[::max(1, len(central) // samples)][:samples]  # spread over the graph
    local = local[::max(1, len(local) // samples)][:samples]
    start = time.perf_counter()
    store.warm()  # as `legalgraph serve` does before it takes requests
    warm_seconds = time.perf_counter() - start
    for doc in central[:10]:  # warm up: a server just started compiles its first queries
        queries.lookup(store, doc.symbol, doc.year)
        queries.implementation_tree(store, doc.id, 4)
    timings: dict[str, list[float]] = {k: [] for k in ("lookup", "cited_by", "cited_by_100",
                                                       "tree_depth4", "tree_1000", "coverage",
                                                       "path")}
    for i, doc in enumerate(central):
        for name, fn in (
                ("lookup", lambda d=doc: queries.lookup(store, d.symbol, d.year)),
                ("cited_by", lambda d=doc: queries.cited_by(store, d.id)),
                # the API's page of the first 100 citing documents
                ("cited_by_100",
                 lambda d=doc: queries.relationship_page(store, d.id, "in", None, 0, 100)),
                ("tree_depth4", lambda d=doc: queries.implementation_tree(store, d.id, 4)),
                # the API's tree: its first 1,000 documents shown, the rest counted
                ("tree_1000",
                 lambda d=doc: queries.implementation_tree(store, d.id, 4, limit=1000))):
            start = time.perf_counter()
            fn()
            timings[name].append(time.perf_counter() - start)
        if i < 50:
            start = time.perf_counter()
            queries.coverage(store, doc.id)
            timings["coverage"].append(time.perf_counter() - start)
            if local:
                start = time.perf_counter()
                queries.shortest_path(store, local[i % len(local)].id, doc.id, max_depth=4)
                timings["path"].append(time.perf_counter() - start)
    return {"warm_seconds": round(warm_seconds, 2),
            **{name: percentiles(values) for name, values in timings.items() if values}}


def bench_api(data_dir: Path, seconds: int) -> dict:
    """Requests/s and latency under concurrent load, from wrk (Debian's package) in a second
    process: a load generator in Python would be slower than the server it measures."""
    import httpx

    from api.process import spawn_server, stop_server
    from graph.neo4j_server import free_port

    if shutil.which("wrk") is None:
        return {"skipped": "wrk is not installed (make bench installs it)"}
    process, base = spawn_server(data_dir, free_port(), timeout=900, quiet=True)  # loads it
    try:
        central = httpx.get(f"{base}/api/v1/documents", params={
            "level": "central", "limit": 1}).json()["documents"][0]
        urls = {"lookup": f"{base}/api/v1/lookup?symbol={quote(central['symbol'])}",
                "tree": f"{base}/api/v1/documents/{central['id']}/implementations?depth=4"}
        result: dict = {name: {"connections": WRK_CONNECTIONS, **_wrk(url, seconds)}
                        for name, url in urls.items()}
        status = Path(f"/proc/{process.pid}/status").read_text()
        result["server_peak_rss_mb"] = int(re.search(r"VmHWM:\s+(\d+)", status)[1]) // 1024
        return result
    finally:
        stop_server(process)


WRK_CONNECTIONS = 16


def _wrk(url: str, seconds: int) -> dict:
    out = subprocess.run(["wrk", "-t1", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--latency",
                          url], capture_output=True, text=True).stdout

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out).groups()
        return round(float(value) * {"us": .001, "ms": 1, "s": 1000}[unit], 2)

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                              r"timeout (\d+)", out)
    errors = int(non_2xx[1]) if non_2xx else 0
    errors += sum(int(x) for x in socket_errors.groups()) if socket_errors else 0
    return {"requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
            "p50_ms": ms("50%"), "p99_ms": ms("99%"), "errors": errors}


def run(scale: str, output: Path) -> dict:
    """Every benchmark of `scale`; `output` is rewritten after each, so a long run that
    stops keeps what it measured."""
    config = SCALES[scale]
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    results: dict = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                     "scale": scale,
                     "machine": {"platform": platform.platform(), "cpus": os.cpu_count(),
                                 "python": platform.python_version()}}

    def save() -> None:
        output.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")

    results["extraction"] = bench_extraction(config["extract"], config["runs"],
                                             shared if shared.exists() else None)
    results["long_inputs"] = bench_long_inputs()
    save()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        _write_corpus(config["ingest"], corpus)
        from graph.networkx_store import NetworkxStore

        results["ingest_networkx"] = bench_ingestion(
            corpus, ["--store", "networkx", "--data-dir", str(Path(tmp) / "store")])
        save()
        store = NetworkxStore(Path(tmp) / "store")
        results["queries_networkx"] = bench_queries(store)
        del store  # the API server loads its own copy
        save()
        results["api_networkx"] = bench_api(Path(tmp) / "store", config["api_seconds"])
        save()
        results["neo4j"] = _bench_neo4j(Path(tmp), config["neo4j_ingest"],
                                        Path(tmp) / "store")
        save()
    return results


def _bench_neo4j(tmp: Path, n: int, embedded: Path) -> dict:
    """Ingestion of `n` plans through the driver; then the embedded store's whole graph
    bulk-loaded with `neo4j-admin database import` from its CSV export, and queried."""
    from graph import neo4j_server
    from graph.neo4j_store import Neo4jStore

    if shutil.which("java") is None:
        return {"skipped": "no Java on this machine"}
    home = tmp / "neo4j"
    server = neo4j_server.start(neo4j_server.free_port(), neo4j_server.free_port(), home)
    try:
        store = Neo4jStore(server.uri)
        store.clear()
        corpus = tmp / "neo4j-corpus"
        _write_corpus(n, corpus)
        result: dict = {"ingest": bench_ingestion(corpus, ["--store", "neo4j"],
                                                  {"NEO4J_URI": server.uri})}
        store.close()
        result["bulk_import"] = bench_bulk_import(embedded, tmp / "csv", home)
        store = Neo4jStore(neo4j_server.status(home).uri)
        result["queries"] = bench_queries(store)
        store.close()
        return result
    finally:
        neo4j_server.stop(home)


def bench_bulk_import(embedded: Path, csv_dir: Path, home: Path) -> dict:
    """`legalgraph export --format csv` of the embedded store, then `legalgraph neo4j import`
    into the server of `home`: wall times of both commands (the import's includes stopping and
    starting the server again), and the time neo4j-admin reports for the load itself."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "api.cli", "export", "--format", "csv", "-o",
                    str(csv_dir), "--data-dir", str(embedded)], check=True,
                   stdout=subprocess.DEVNULL)
    exported = time.perf_counter()
    printed = subprocess.run([sys.executable, "-m", "api.cli", "neo4j", "import", "--csv",
                              str(csv_dir), "--neo4j-dir", str(home)], check=True,
                             stdout=subprocess.PIPE, text=True).stdout
    imported = time.perf_counter()
    relationships = int(re.search(r"(\d+) relationships", printed)[1])  # as the tool counted
    size = sum(path.stat().st_size for path in csv_dir.iterdir())
    shutil.rmtree(csv_dir)
    load = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", printed)
    load_seconds = (int(load[1] or 0) * 60 + int(load[2]) + int(load[3]) / 1000) if load else None
    return {"relationships": relationships, "csv_mb": round(size / 2**20, 1),
            "export_seconds": round(exported - start, 2),
            "import_seconds": round(imported - exported, 2),
            "neo4j_admin_seconds": load_seconds,
            "neo4j_admin_relationships_per_s": round(relationships / load_seconds, 1)
            if load_seconds else None,
            "relationships_per_s": round(relationships / (imported - start), 1)}


def table(results: dict) -> str:
    lines = [f"legalgraph benchmarks ({results['scale']}, {results['date']}, "
             f"{results['machine']['cpus']} cores)", ""]
    for n, row in results["extraction"]["by_size"].items():
        line = (f"extract {n:>7} docs  {row['mb_per_s']:>6} MB/s  {row['docs_per_s']:>8} "
                f"docs/s  {row['ratio_to_bare_regex']:>6} x bare regex")
        if "workers_2_speedup" in row:
            line += (f"  workers=2: {row['workers_2_speedup']} x (jsonl), "
                     f"{row['workers_2_speedup_objects']} x (objects)")
        if "f1" in row:
            line += f"  F1 refs {row['f1']['references']} rels {row['f1']['relations']}"
        lines.append(line)
    lines.append(f"extract time per MB spread across sizes: "
                 f"{results['extraction']['per_mb_spread'] * 100:.0f}%")
    lines += table_lines(results.get("long_inputs", {}))
    neo = results.get("neo4j", {})
    for name, r in (("networkx", results["ingest_networkx"]), ("neo4j", neo.get("ingest"))):
        if r:
            lines.append(f"ingest {name:<8} {r['files_per_s']} files/s, "
                         f"{r['relationships_per_s']} rels/s end to end, "
                         f"{r['write_relationships_per_s']} rels/s in store writes "
                         f"({r['documents_read']} files), peak RSS {r['peak_rss_mb']} MB"
                         + (f", workers {w} MB" if (w := r.get("workers_peak_rss_mb")) else ""))
    if bulk := neo.get("bulk_import"):
        lines.append(f"bulk load neo4j  {bulk['relationships']} rels: export "
                     f"{bulk['export_seconds']} s + import {bulk['import_seconds']} s = "
                     f"{bulk['relationships_per_s']} rels/s end to end; neo4j-admin alone "
                     f"{bulk['neo4j_admin_relationships_per_s']} rels/s")
    for label, queries in (("networkx", results["queries_networkx"]),
                           ("neo4j", neo.get("queries", {}))):
        for name, p in queries.items():
            if name == "warm_seconds":  # what the store builds before a server takes requests
                lines.append(f"query {label:<8} warm-up      {p} s")
                continue
            lines.append(f"query {label:<8} {name:<12} p50 {p['p50_ms']:>8} ms  "
                         f"p99 {p['p99_ms']:>8} ms")
    for name, r in results["api_networkx"].items():
        if isinstance(r, dict):
            lines.append(f"api {name:<8} {r['requests_per_s']} req/s  p50 {r['p50_ms']} ms  "
                         f"p99 {r['p99_ms']} ms  errors {r['errors']}")
    if "server_peak_rss_mb" in results["api_networkx"]:
        lines.append(f"api server peak RSS {results['api_networkx']['server_peak_rss_mb']} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="legalgraph bench", description=__doc__)
    parser.add_argument("--scale", choices=tuple(SCALES), default="small")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = run(args.scale, args.output)
    print(table(results))
    print(f"\nwritten to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
