"""`make screenshots`: a PNG of each page of the viewer, served from a store, into a folder.

Usage: python tests/web/screenshots.py STORE.db OUT_FOLDER
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from browser import chromium  # noqa: E402

from personae.store import Store  # noqa: E402
from personae.web import make_server  # noqa: E402


def main(db: str, out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with Store(db, read_only=True) as store:
        doc_id = store.document_ids()[0]
        doc = store.load(doc_id)
    person = max((e for e in doc.entities if e.type == "PER" and not e.is_narrator), key=lambda e: len(e.mentions))
    server = make_server(db, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    word = person.name.split()[-1]
    shots = {"documents": "/", "reading": f"/doc/{doc_id}", "cast": f"/doc/{doc_id}/cast",
             "person": f"/doc/{doc_id}/person/{person.id}", "timeline": f"/doc/{doc_id}/timeline",
             "network": f"/doc/{doc_id}/network", "findings": f"/doc/{doc_id}/findings",
             "search": f"/search?q={word}&doc={doc_id}"}
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in shots.items():
            page.goto(base + path)
            page.screenshot(path=str(folder / f"{name}.png"), full_page=name not in ("reading",))
            print(folder / f"{name}.png")
        page.goto(base + f"/doc/{doc_id}")
        page.click(f'button.who[data-e="{person.id}"]')
        page.screenshot(path=str(folder / "reading-selected.png"))
        print(folder / "reading-selected.png")
    server.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:3])
