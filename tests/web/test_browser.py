"""The viewer in headless Debian Chromium: click, highlight, navigate, search.

Chromium must be installed (`make browser`); without it these tests fail, not skip.
"""
from __future__ import annotations

import pytest

from browser import chromium


@pytest.fixture(scope="module")
def page(server):
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        dialogs = []
        tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        tab.dialogs = dialogs
        yield tab
        context.close()


def test_clicking_a_person_highlights_all_their_mentions(page, server, doc_id):
    page.goto(f"{server}/doc/{doc_id}")
    assert page.locator("#text .m.sel").count() == 0
    page.locator('#text .m[data-e="E2"]').first.click()
    assert page.locator("#text .m.sel").count() == 4
    assert page.locator('#text .m.sel:not([data-e="E2"])').count() == 0
    assert page.locator("#sel-name").inner_text() == "Nikolai Petrov"
    assert page.locator("#sel-count").inner_text() == "4 mentions"
    # the legend selects too, and a second click clears
    page.locator('button.who[data-e="E1"]').click()
    assert page.locator('#text .m.sel[data-e="E1"]').count() == 5
    assert page.locator('#text .m.sel[data-e="E2"]').count() == 0
    page.locator('button.who[data-e="E1"]').click()
    assert page.locator(".m.sel").count() == 0 and page.locator("#selection").is_hidden()


def test_hover_says_who_and_quotes_are_coloured_by_speaker(page, server, doc_id):
    page.goto(f"{server}/doc/{doc_id}")
    assert page.locator('#text .m[data-e="E2"]').first.get_attribute("title") == "Nikolai Petrov"
    colours = page.evaluate("""() => ['q-Q1', 'q-Q2'].map(id =>
        getComputedStyle(document.getElementById(id)).backgroundColor)""")
    assert colours[0] != colours[1]                # Anna's and Nikolai's quotations differ
    assert page.dialogs == []                      # the <script> in the text never ran
    assert "<script>alert('boo')</script>" in page.locator("#text").inner_text()


def test_cast_timeline_network_and_findings_open(page, server, doc_id):
    page.goto(f"{server}/doc/{doc_id}/cast")
    assert page.locator("table.cast tbody tr").count() == 2
    assert page.locator(".alias.is-variant").inner_text().startswith("Nigolai Betrov")
    page.click("text=Nikolai Petrov")
    assert page.locator("h1").inner_text().startswith("Nikolai Petrov")
    assert page.locator("ol.quotes").first.locator("li").count() == 2
    page.click("nav >> text=Timeline")
    assert page.locator("ol.timeline li").count() == 4
    assert "1937-03" in page.locator("ol.timeline").inner_text()
    page.click("nav >> text=Network")
    labels = page.locator("#talks svg .label").all_text_contents()
    assert sorted(labels) == ["Anna Petrova", "Nikolai Petrov"]
    assert page.locator("#talks svg .edge").count() == 2
    page.click("nav >> text=Findings")
    assert "Nigolai Betrov" in page.locator("ol.findings").inner_text()


def test_search_a_phrase(page, server, doc_id):
    page.goto(f"{server}/doc/{doc_id}")
    page.fill("form.search input[name=q]", "nothing to hide")
    page.press("form.search input[name=q]", "Enter")
    page.wait_for_url("**/search?**")
    assert page.locator("ol.hits mark").first.inner_text() == "nothing to hide"
    page.locator("ol.hits a", has_text="in context").first.click()
    page.wait_for_url(f"**/doc/{doc_id}#at-*")
    assert page.locator("#text").is_visible()
