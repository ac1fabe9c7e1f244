"""Web tests: a store holding the hand-made story, served on a free loopback port."""
from __future__ import annotations

import threading

import pytest

from personae.store import Store
from personae.web import make_server
from storybook import story_document


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "personae.db"
    with Store(path) as store:
        store.save(story_document())
    return path


@pytest.fixture(scope="module")
def server(store_path):
    """The real server in a thread; yields its base URL."""
    httpd = make_server(store_path, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def doc_id():
    return story_document().id
