"""Load test for `personae serve`: many concurrent clients on loopback, bounded in time.

Usage: python tests/web/loadtest.py STORE.db [--clients 200] [--seconds 30]
Starts the server as a separate process on a free loopback port, runs the clients
here, stops the server and prints a JSON summary; exits 1 when any request failed.
"""
from __future__ import annotations

import argparse
import http.client
import json
import re
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import quote


@contextmanager
def server_process(db: str) -> Iterator[str]:
    """`personae serve --port 0` in another process; yields its base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "personae.cli", "serve", "--db", db, "--port", "0"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        line = proc.stderr.readline()
        match = re.search(r"(http://[\d.]+:\d+)/", line)
        if not match:
            raise RuntimeError(f"the server did not start: {line}{proc.stderr.read()}")
        threading.Thread(target=proc.stderr.read, daemon=True).start()     # keep its log pipe drained
        yield match.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def paths_for(base: str) -> list[str]:
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request("GET", "/api/documents")
    docs = json.loads(conn.getresponse().read())
    conn.close()
    paths = ["/", "/static/app.css", "/api/documents"]
    for d in docs[:3]:
        i = d["id"]
        paths += [f"/doc/{i}", f"/doc/{i}/cast", f"/doc/{i}/timeline", f"/doc/{i}/network", f"/api/doc/{i}/cast",
                  f"/doc/{i}/findings"]
    paths += ["/search?q=the", "/reconcile?queries=" + quote(json.dumps({"q0": {"query": "Anna"}}))]
    return paths


def run_load(base: str, clients: int, seconds: float, keep_alive: bool = True) -> dict:
    """`clients` threads requesting pages until time is up, each on its own keep-alive connection
    (or, with keep_alive False, a new connection per request)."""
    host, port = base.removeprefix("http://").split(":")
    paths = paths_for(base)
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    totals = {"requests": 0, "errors": 0, "latencies": [], "first_error": None}
    start_gate = threading.Barrier(clients)

    def client(number: int) -> None:
        done, errors, latencies, first_error = 0, 0, [], None
        conn = None
        start_gate.wait()
        k = number
        while time.monotonic() < deadline:
            path = paths[k % len(paths)]
            k += 1
            began = time.monotonic()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(host, int(port), timeout=60)
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    raise RuntimeError(f"{path}: HTTP {response.status}")
                latencies.append(time.monotonic() - began)
                done += 1
                if not keep_alive:
                    conn.close()
                    conn = None
            except Exception as err:        # any failure counts; start a fresh connection
                errors += 1
                first_error = first_error or f"{path}: {err!r}"
                if conn is not None:
                    conn.close()
                conn = None
        if conn is not None:
            conn.close()
        with lock:
            totals["requests"] += done
            totals["errors"] += errors
            totals["latencies"] += latencies
            totals["first_error"] = totals["first_error"] or first_error

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    latencies = sorted(totals.pop("latencies")) or [0.0]
    return {**totals, "clients": clients, "keep_alive": keep_alive, "seconds": round(elapsed, 1),
            "requests_per_second": round(totals["requests"] / elapsed, 1),
            "p50_ms": round(1000 * latencies[len(latencies) // 2], 1),
            "p95_ms": round(1000 * latencies[int(len(latencies) * 0.95)], 1),
            "max_ms": round(1000 * latencies[-1], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--new-connections", action="store_true", help="a new TCP connection for every request")
    args = parser.parse_args()
    with server_process(args.db) as base:
        summary = run_load(base, args.clients, args.seconds, keep_alive=not args.new_connections)
    print(json.dumps(summary, indent=1))
    sys.exit(1 if summary["errors"] else 0)


if __name__ == "__main__":
    main()
