"""A real, local Neo4j Community 5.26 server, fetched with Maven and run on 127.0.0.1.

    python -m graph.neo4j_server start|stop|status     (also `legalgraph neo4j ...`)
    python -m graph.neo4j_server import --csv DIR      (`legalgraph export --format csv`)

On first use `mvn dependency:copy-dependencies` fetches the jars of `org.neo4j:neo4j` and
`org.neo4j.app:neo4j-server` (see `neo4j_runtime/pom.xml`) from Maven Central into the cache
(`~/.cache/legalgraph/neo4j`, or `$LEGALGRAPH_CACHE/neo4j`); the server then runs as
`java -cp lib/* org.neo4j.server.CommunityEntryPoint` with a home directory of its own.
It listens on loopback only, with authentication off: it is a development and test server
(point `NEO4J_URI` at your own server for anything else). Stopping sends SIGTERM, which Neo4j
handles with a clean shutdown. `import` bulk-loads an export with `neo4j-admin database
import full` (the same jars' `org.neo4j.cli.AdminTool`), replacing the server's database.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

RUNTIME = Path(__file__).with_name("neo4j_runtime")
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474

_CONF = """\
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:{bolt}
server.http.listen_address=127.0.0.1:{http}
server.https.enabled=false
dbms.security.auth_enabled=false
dbms.usage_report.enabled=false
server.memory.heap.initial_size=512m
server.memory.heap.max_size=1g
server.memory.pagecache.size=256m
server.directories.data={home}/data
server.directories.logs={home}/logs
server.directories.plugins={home}/plugins
server.directories.run={home}/run
"""


@dataclass(frozen=True, slots=True)
class Neo4jServer:
    uri: str
    bolt_port: int
    http_port: int
    home: Path
    pid: int | None


def cache_dir() -> Path:
    base = os.environ.get("LEGALGRAPH_CACHE")
    return (Path(base) if base else Path.home() / ".cache" / "legalgraph") / "neo4j"


def default_home() -> Path:
    return cache_dir() / "instance"


def ensure_installed(cache: Path | None = None) -> Path:
    """The directory of the server's jars, fetched with Maven on first use."""
    cache = cache or cache_dir()
    lib = cache / "lib"
    if (lib / ".complete").exists():
        return lib
    if shutil.which("mvn") is None:
        raise RuntimeError("Maven (mvn) is needed to fetch Neo4j: apt-get install maven")
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copy(RUNTIME / "pom.xml", cache / "pom.xml")
    print(f"fetching Neo4j Community with Maven into {lib} (first use only) ...",
          file=sys.stderr)
    result = subprocess.run(
        ["mvn", "-q", "-B", "-f", str(cache / "pom.xml"), "dependency:copy-dependencies",
         f"-DoutputDirectory={lib}"], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"mvn failed to fetch Neo4j:\n{result.stdout[-2000:]}"
                           f"{result.stderr[-2000:]}")
    (lib / ".complete").touch()
    return lib


def _bolt_answers(port: int, timeout: float = 2.0) -> bool:
    from neo4j import GraphDatabase
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            pass
        with GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=("neo4j", "neo4j"),
                                  connection_timeout=timeout) as driver:
            driver.verify_connectivity()
        return True
    except (OSError, ServiceUnavailable, Neo4jError):
        return False


def _read_state(home: Path) -> tuple[int, int, int] | None:
    try:
        pid, bolt, http = (int(x) for x in (home / "server.pid").read_text().split())
    except (OSError, ValueError):
        return None
    return pid, bolt, http


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped) counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def status(data_dir: Path | None = None) -> Neo4jServer | None:
    """The server of `data_dir` when it runs and Bolt answers, else None."""
    home = Path(data_dir or default_home())
    state = _read_state(home)
    if state is None:
        return None
    pid, bolt, http = state
    if not _alive(pid) or not _bolt_answers(bolt):
        return None
    return Neo4jServer(f"bolt://127.0.0.1:{bolt}", bolt, http, home, pid)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _write_conf(home: Path, bolt_port: int, http_port: int) -> None:
    for sub in ("conf", "data", "logs", "plugins", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").write_text(
        _CONF.format(bolt=bolt_port, http=http_port, home=home))


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("Java 17 or 21 is needed to run Neo4j")
    return java


def start(bolt_port: int = DEFAULT_BOLT_PORT, http_port: int = DEFAULT_HTTP_PORT,
          data_dir: Path | None = None, timeout: float = 180) -> Neo4jServer:
    """Start the server of `data_dir` (or return it when it already runs) and wait for Bolt."""
    home = Path(data_dir or default_home()).resolve()
    running = status(home)
    if running is not None:
        return running
    lib = ensure_installed()
    _write_conf(home, bolt_port, http_port)
    java = _java()
    with open(home / "logs" / "console.log", "ab") as log:
        process = subprocess.Popen(
            [java, "-Xms512m", "-Xmx1g", "-XX:+UseG1GC", "-cp", f"{lib}/*",
             "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}",
             f"--config-dir={home / 'conf'}"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)  # outlives the command that started it
    (home / "server.pid").write_text(f"{process.pid} {bolt_port} {http_port}\n")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        if _bolt_answers(bolt_port):
            return Neo4jServer(f"bolt://127.0.0.1:{bolt_port}", bolt_port, http_port, home,
                               process.pid)
        time.sleep(0.5)
    tail = (home / "logs" / "console.log").read_text(errors="replace")[-3000:]
    stop(home)
    raise RuntimeError(f"Neo4j did not answer on port {bolt_port} within {timeout:.0f} s; "
                       f"log tail:\n{tail}")


def stop(data_dir: Path | None = None, timeout: float = 60) -> bool:
    """Stop the server of `data_dir` cleanly; True when one was running."""
    home = Path(data_dir or default_home())
    state = _read_state(home)
    if state is None or not _alive(state[0]):
        (home / "server.pid").unlink(missing_ok=True)
        return False
    pid = state[0]
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.3)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    (home / "server.pid").unlink(missing_ok=True)
    return True


def import_csv(csv_dir: Path, data_dir: Path | None = None) -> str:
    """Replace the database of `data_dir`'s server with the CSV export in `csv_dir`, using
    `neo4j-admin database import full`; the tool's summary. A running server is stopped for
    the import (the tool writes the store files directly) and started again after it."""
    csv_dir = Path(csv_dir).resolve()
    parts = {name: csv_dir / f"{name}.csv" for name in ("documents", "relationships", "files")}
    missing = [str(p) for p in parts.values() if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"not a legalgraph CSV export, missing: {', '.join(missing)}")
    home = Path(data_dir or default_home()).resolve()
    lib, java = ensure_installed(), _java()
    state = _read_state(home)
    running = status(home)
    bolt, http = (state[1], state[2]) if state else (DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT)
    if running is not None:
        stop(home)
    _write_conf(home, bolt, http)
    # The tool writes over the database; keep the old one aside until the import succeeds.
    stores = [home / "data" / kind / "neo4j" for kind in ("databases", "transactions")]
    aside = [home / "data" / f".before-import-{path.parent.name}" for path in stores]
    for path, kept in zip(stores, aside, strict=True):
        shutil.rmtree(kept, ignore_errors=True)
        if path.exists():
            path.rename(kept)
    result = subprocess.run(
        [java, "-Xmx1g", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool",
         "database", "import", "full", "neo4j", "--multiline-fields=true",
         "--array-delimiter=U+001F", f"--report-file={home / 'logs' / 'import.report'}",
         f"--nodes={parts['documents']}", f"--nodes={parts['files']}",
         f"--relationships={parts['relationships']}"],
        env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
        capture_output=True, text=True)
    for path, kept in zip(stores, aside, strict=True):
        if result.returncode != 0:
            shutil.rmtree(path, ignore_errors=True)
            if kept.exists():
                kept.rename(path)
        else:
            shutil.rmtree(kept, ignore_errors=True)
    if running is not None:
        start(bolt, http, home)
    if result.returncode != 0:
        raise RuntimeError(f"neo4j-admin database import failed; the database is as it was:\n"
                           f"{(result.stdout + result.stderr)[-3000:]}")
    return result.stdout[result.stdout.find("IMPORT DONE"):].strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="legalgraph neo4j", description=__doc__)
    parser.add_argument("action", choices=("start", "stop", "status", "import"))
    parser.add_argument("--csv", type=Path, default=None,
                        help="import: the directory of `legalgraph export --format csv`")
    parser.add_argument("--bolt-port", type=int, default=DEFAULT_BOLT_PORT)
    parser.add_argument("--http-port", type=int, default=DEFAULT_HTTP_PORT)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.action == "start":
        server = start(args.bolt_port, args.http_port, args.data_dir)
        print(f"Neo4j is running at {server.uri} (pid {server.pid}, home {server.home})")
        print(f"use it with: LEGALGRAPH_STORE=neo4j NEO4J_URI={server.uri}")
    elif args.action == "import":
        if args.csv is None:
            parser.error("import needs --csv DIR")
        print(import_csv(args.csv, args.data_dir))
    elif args.action == "stop":
        print("stopped" if stop(args.data_dir) else "not running")
    else:
        server = status(args.data_dir)
        print(f"running at {server.uri} (pid {server.pid})" if server else "not running")
        return 0 if server else 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
