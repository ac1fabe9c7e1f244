"""Many concurrent clients from a second process, bounded: no request may fail."""
from __future__ import annotations

import pytest

from loadtest import run_load, server_process


@pytest.mark.parametrize("keep_alive", [True, False], ids=["keep-alive", "new-connections"])
def test_200_concurrent_clients_for_2_seconds_get_no_error(store_path, keep_alive):
    with server_process(str(store_path)) as base:
        summary = run_load(base, clients=200, seconds=2, keep_alive=keep_alive)
    assert summary["errors"] == 0, summary["first_error"]
    assert summary["requests"] >= 200
