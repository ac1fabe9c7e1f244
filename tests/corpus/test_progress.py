"""The read progress bar: one redrawn line on a terminal, a line per document elsewhere."""
from __future__ import annotations

import io

from personae.corpus import IngestEvent
from personae.corpus.progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_line_shows_each_running_document_and_its_stage():
    out = Terminal()
    bar = ProgressBar(out)
    bar(IngestEvent("a/ch1.txt", "parse", 0, 4))
    bar(IngestEvent("a/ch2.txt", "aliases", 0, 4))
    last = out.getvalue().split("\r")[-1]
    assert "0/4" in last and "ch1.txt: parse" in last and "ch2.txt: aliases" in last
    bar(IngestEvent("a/ch1.txt", "stored", 1, 4))
    last = out.getvalue().split("\r")[-1]
    assert "1/4" in last and "ch1.txt" not in last and "######" in last


def test_failures_are_printed_in_full_on_a_terminal_too():
    out = Terminal()
    bar = ProgressBar(out)
    bar(IngestEvent("bad.txt", "failed", 1, 2, "bad.txt: looks like binary data"))
    bar.close()
    assert "[1/2] failed bad.txt: error: bad.txt: looks like binary data\n" in out.getvalue()


def test_a_log_gets_one_line_per_finished_document_and_no_redraws():
    out = io.StringIO()
    bar = ProgressBar(out)
    for event in (IngestEvent("ch1.txt", "parse", 0, 2), IngestEvent("ch1.txt", "stored", 1, 2),
                  IngestEvent("ch0.txt", "skipped", 0, 0)):
        bar(event)
    assert out.getvalue() == "[1/2] stored ch1.txt\nskipped ch0.txt\n"
