"""Run `legalgraph serve` as a child process and wait for it: for tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx


def spawn_server(data_dir: Path, port: int, timeout: float = 30,
                 quiet: bool = False) -> tuple[subprocess.Popen, str]:
    """Start the server on the embedded store in `data_dir`; (process, base URL) once healthy."""
    env = {**os.environ, "LEGALGRAPH_STORE": "networkx"}
    output = subprocess.DEVNULL if quiet else None
    process = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--port", str(port),
                                "--data-dir", str(data_dir)], env=env, stdout=output,
                               stderr=output)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"legalgraph serve did not answer on port {port} within {timeout} s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
