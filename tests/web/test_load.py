"""Many concurrent clients from a second process, bounded: no request may fail."""
from __future__ import annotations

from loadtest import run_load, server_process


def test_200_concurrent_clients_for_3_seconds_get_no_error(store_path):
    with server_process(str(store_path)) as base:
        summary = run_load(base, clients=200, seconds=3)
    assert summary["errors"] == 0, summary["first_error"]
    assert summary["requests"] >= 200
