"""The exports and the viewer on a real analysis (whatever the stages found), not only the hand-made story."""
from __future__ import annotations

from lxml import etree

from personae.export.tei import to_tei
from personae.schema import validation_errors
from personae.store import Store
from personae.web.app import App, Library

TEXT = """The Visit

Maria Ivanova came to Kazan in May 1941 to see her brother Pyotr. "You look tired, Pyotr," Maria said.

"I am," Pyotr told her. "The factory never sleeps."

On Sunday they walked by the river, and Maria wrote to her mother in Moscow.
"""


def test_an_analysed_text_is_valid_tei_and_every_page_renders(analyse, tei_all, tmp_path):
    doc = analyse(TEXT)
    assert validation_errors(doc.to_dict()) == []
    root = etree.fromstring(to_tei(doc).encode("utf-8"))
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    db = tmp_path / "p.db"
    with Store(db) as store:
        store.save(doc)
    app = App(Library(db))
    people = [e.id for e in doc.entities if e.type == "PER"]
    tails = ["", "/cast", "/timeline", "/network", "/findings"] + [f"/person/{p}" for p in people]
    for tail in tails:
        for prefix in ("/doc/", "/api/doc/"):
            response = app.handle("GET", f"{prefix}{doc.id}{tail}", b"", wants_html=True, host="localhost")
            assert response.status == 200, (prefix, tail, response.body[:300])
    response = app.handle("GET", "/api/search?q=factory", b"", wants_html=False, host="localhost")
    assert b"factory" in response.body
