"""Speaker accuracy against LitBank-style gold quotations (a tiny hand-made corpus)."""
from __future__ import annotations

from personae.eval.quotes_scoring import accuracy, read_gold_quotations, score_speakers
from personae.model import Document, Entity, Mention, Quote

TEXT = ("“ Go , ” said Anna .\n"
        "“ No . ”\n"
        "Boris left .")
QUOTES = ("QUOTE\tQ1\t0\t0\t0\t3\t“ Go , ”\n"
          "QUOTE\tQ2\t1\t0\t1\t3\t“ No . ”\n"
          "ATTRIB\tQ1\tAnna-1\n"
          "ATTRIB\tQ2\tBoris-2\n")
COREF = ("MENTION\tT1\t0\t5\t0\t5\tAnna\tPER\tPROP\n"
         "MENTION\tT2\t2\t0\t2\t0\tBoris\tPER\tPROP\n"
         "COREF\tT1\tAnna-1\n"
         "COREF\tT2\tBoris-2\n")


def corpus(tmp_path):
    for layer, ann in (("quotations", QUOTES), ("coref", COREF)):
        folder = tmp_path / layer / "tsv"
        folder.mkdir(parents=True)
        (folder / "1_story_brat.txt").write_text(TEXT, encoding="utf-8")
        (folder / "1_story_brat.ann").write_text(ann, encoding="utf-8")
    return read_gold_quotations("1_story", tmp_path)


def span(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


def predicted(speakers):
    doc = Document.new(TEXT, source="test")
    doc.entities = [Entity("E1", "PER", "Anna", mentions=[Mention(*span(TEXT, "Anna"), "Anna")]),
                    Entity("E2", "PER", "Boris", mentions=[Mention(*span(TEXT, "Boris"), "Boris")])]
    for i, (needle, speaker, attribution) in enumerate(speakers, 1):
        s, e = span(TEXT, needle)
        doc.quotes.append(Quote(f"Q{i}", s, e, needle, speaker=speaker, attribution=attribution))
    return doc


def test_reads_gold_offsets_and_clusters(tmp_path):
    gold = corpus(tmp_path)
    assert [TEXT[q.start:q.end] for q in gold.quotes] == ["“ Go , ”", "“ No . ”"]
    assert gold.clusters["Boris-2"] == [span(TEXT, "Boris")]


def test_right_and_wrong_speakers(tmp_path):
    gold = corpus(tmp_path)
    doc = predicted([("“ Go , ”", "E1", "explicit"), ("“ No . ”", "E1", "implicit")])
    counts = score_speakers(gold, doc)
    assert counts["correct"] == 1 and counts["n"] == 2
    scores = accuracy(counts)
    assert scores["explicit_accuracy"] == 1.0 and scores["other_accuracy"] == 0.0


def test_calibration_counts_right_speakers_per_stated_confidence(tmp_path):
    from personae.eval.quotes_scoring import calibration

    gold = corpus(tmp_path)
    doc = predicted([("“ Go , ”", "E1", "explicit"), ("“ No . ”", "E1", "implicit")])
    doc.quotes[0].confidence, doc.quotes[1].confidence = 0.96, 0.73
    assert calibration(score_speakers(gold, doc)) == [(0.96, 1, 1.0), (0.73, 1, 0.0)]


def test_missing_quote_counts_as_wrong(tmp_path):
    gold = corpus(tmp_path)
    counts = score_speakers(gold, predicted([("“ Go , ”", "E1", "explicit")]))
    assert counts["found"] == 1 and accuracy(counts)["speaker_accuracy"] == 0.5


def test_mentions_inside_quotes_do_not_align_a_speaker(tmp_path):
    gold = corpus(tmp_path)
    doc = predicted([("“ Go , ”", "E1", "explicit"), ("“ No . ”", "E3", "implicit")])
    # an entity known only from the quote it is said to speak cannot be checked
    doc.entities.append(Entity("E3", "PER", "someone", mentions=[Mention(*span(TEXT, "No"), "No", "PRON")]))
    assert score_speakers(gold, doc)["correct"] == 1
