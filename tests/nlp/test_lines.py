"""A hard-wrapped text is read as running text: the same quotations, speakers and names as unwrapped, each span
with its text as the wrapped original has it; a line its writer ended short keeps its break."""
import textwrap

from personae.nlp.lines import running_text
from personae.schema import validation_errors

RUNNING = """The Letter From Kimberley

Mma Dineo Kgosietsile sat on the step of the house in Serowe with the letter in her lap, and her grandson Tebogo stood beside her with his hands behind his back, as the teacher at the mission school had taught him to stand when an elder was speaking.

"Read it again," she said. "Slowly this time, the way your uncle Kagiso talks, not the way the radio talks."

"Grandmother, I have read it three times already."

"Then the fourth time will not hurt you. Read."

Tebogo unfolded the paper. "My dear mother, I am well and the work at the mine is hard but the food is enough. They have given me a number instead of my name, and the clerk writes Kagiso as Kagisho on every paper, so do not be surprised."

"Kagisho," said Mma Dineo. "As if he were a Zulu. What else does he say?"

"He says he will come home at Christmas with money for the roof, and that I must help you with the goats and not run off to the river with Mothusi."

The old woman laughed. "He knows you. Go on, then, to the end, and read me his name the way he wrote it."

Tebogo read the last lines as they stood on the page:

Your son who thinks of you,
Kagiso.
"""

WRAPPED = "\n\n".join(paragraph if paragraph.startswith("Your son") else textwrap.fill(paragraph, 64)
                      for paragraph in RUNNING.rstrip("\n").split("\n\n")) + "\n"


def test_the_breaks_the_width_forced_are_read_as_spaces_and_a_short_line_keeps_its_own():
    assert "\n" in WRAPPED.split("\n\n")[1] and len(WRAPPED) == len(RUNNING)
    joined = running_text(WRAPPED).text
    assert joined == RUNNING
    assert "thinks of you,\nKagiso." in joined
    # a text not wrapped, or one whose paragraphs run on long lines, is read as it is
    assert running_text(RUNNING) is None
    assert running_text("One line.\nAnother line, not wrapped at any width at all, running on and on past any "
                        "typescript's margin.\n\nA third.\n") is None


def test_a_wrapped_text_gets_the_quotations_and_speakers_the_running_one_gets(analyse):
    doc, running = analyse(WRAPPED), analyse(RUNNING)
    assert doc.text == WRAPPED
    assert validation_errors(doc.to_dict()) == []
    assert [(q.start, q.end) for q in doc.quotes] == [(q.start, q.end) for q in running.quotes]
    names, running_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in running.entities}
    assert [names.get(q.speaker) for q in doc.quotes] == [running_names.get(q.speaker) for q in running.quotes]
    assert sorted(names.values()) == sorted(running_names.values())
    # every span holds the original's text, line breaks and all; names are written as running text
    spans = [*doc.quotes, *doc.times, *(m for e in doc.entities for m in e.mentions), *(v.trigger for v in doc.events)]
    assert all(doc.text[s.start:s.end] == s.text for s in spans)
    assert any("\n" in q.text for q in doc.quotes)
    assert not any("\n" in e.name for e in doc.entities)


def printed(running: str, width: int = 60, lines_a_page: int = 9) -> str:
    """The running text as a scanned book has it: each paragraph wrapped at the width, a long word broken
    with a hyphen where it would not fit, and a page break (running head, page number) every few lines,
    wherever the page falls."""
    out, page = [], 201
    for paragraph in running.rstrip("\n").split("\n\n"):
        lines, line = [], ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                room = width - len(line) - 2
                if len(word) > 8 and room >= 3 and word[:room].isalpha():
                    lines.append(f"{line} {word[:room]}-")
                    line = word[room:]
                    continue
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.extend([*lines, line, ""])
    pages = []
    for i in range(0, len(out), lines_a_page):
        pages.append("\n".join(out[i:i + lines_a_page]).strip("\n"))
        pages.append(f"THE LETTER FROM KIMBERLEY\n\n{page}" if page % 2 else f"{page}\n\nTHE LETTER FROM KIMBERLEY")
        page += 1
    return "\n\n".join(pages) + "\n"


def test_a_scanned_books_pages_and_broken_words_read_as_the_running_text():
    book = printed(RUNNING)
    assert book.count("THE LETTER FROM KIMBERLEY") >= 3 and "-\n" in book
    reading = running_text(book)
    # the words broken at a line's end read whole, the heads and page numbers left out
    assert "KIMBERLEY" not in reading.text and "201" not in reading.text
    assert " ".join(reading.text.split()) == " ".join(RUNNING.replace("Your son who thinks of you,\nKagiso.", "").split()) \
        + " Your son who thinks of you, Kagiso."
    # every position of the reading maps back onto the same character of the book
    assert all(book[reading.original_start(i)] == c for i, c in enumerate(reading.text) if not c.isspace())
    grandson = reading.text.index("grandson")
    start, end = reading.original_start(grandson), reading.original_end(grandson + len("grandson"))
    assert book[start:end].replace("-\n", "") == "grandson"


def test_a_page_that_ends_inside_a_quotation_reads_on_and_one_that_ends_a_paragraph_ends_it():
    filler = "A wrapped paragraph of a page, long enough to fill its lines right\nup to the width of the page.\n\n"
    pages = [f"\n\nTHE BOOK\n\n{n}\n\n" for n in (11, 12, 13)]
    told = "She said, “Go home at once, and tell your mother all that you saw."

    def book(after_the_page: str) -> str:
        return ("Title\n\n" + filler + filler.rstrip() + pages[0] + filler + told + pages[1] + after_the_page
                + " and she went out of the room\nand down the stairs.\n\n" + filler.rstrip() + pages[2])
    on = running_text(book("Tell her now,”")).text
    assert "tell your mother all that you saw. Tell her now,” and she" in on and "THE BOOK" not in on
    ended = running_text(book("“Tell her now,”")).text
    assert "all that you saw.\n\n“Tell her now,” and she" in ended
    dashed = running_text(book("— Tell her now,”")).text      # (a mark set apart from its first word)
    assert "all that you saw.\n\n— Tell her now,” and she" in dashed


def test_note_references_are_read_as_if_not_there_and_spans_keep_them():
    text = ("Notes and Speakers\n\nThe family came down to Conakry in 1931.[1] Alfa Bah said, “We will not go back.”[2]"
            " His wife said nothing.[3]\n\n“Then we stay,” said Néné.[4]\n\nNotes\n\n1. Interview, Labé, 1978.\n")
    reading = running_text(text)
    assert "[" not in reading.text.split("Notes\n")[0] and "in 1931. Alfa Bah" in reading.text
    quote = reading.text.index("“We will")
    end = reading.text.index("”", quote) + 1
    assert text[reading.original_start(quote):reading.original_end(end)] == "“We will not go back.”"
    assert running_text("One note.[1] Two.[2]\n\nNothing else.\n") is None     # two are no scholarly apparatus


def test_a_hyphen_a_line_ends_with_breaks_a_word_or_joins_two():
    paragraph = ("It was on Thursday, the twenty-\nfourth, that my uncle Rah-\nmatov came to the house of my father-\n"
                 "in-law with Jean-\nBaptiste and the gate-\nkeeper, who was no gatekeeper of ours, nor my sister-in-\nlaw's.")
    reading = running_text("Title\n\n" + "\n\n".join([paragraph] * 3) + "\n").text
    # a number's tens, a capital, a word joined on by a hyphen keep it; a broken word, one the text writes
    # whole, loses it
    assert ("It was on Thursday, the twenty-fourth, that my uncle Rahmatov came to the house of my father-in-law "
            "with Jean-Baptiste and the gatekeeper, who was no gatekeeper of ours, nor my sister-in-law's.") in reading


def set_in(running: str, width: int = 64) -> str:
    """The running text typed as from a book: the title, a blank line, then each paragraph's first line set in
    by four spaces and no blank line between paragraphs."""
    title, *paragraphs = running.rstrip("\n").split("\n\n")
    lines = []
    for paragraph in paragraphs:
        if paragraph.startswith("Your son"):
            lines += ["    " + paragraph.split("\n")[0], *paragraph.split("\n")[1:]]
        else:
            lines += textwrap.wrap(paragraph, width, initial_indent="    ", break_on_hyphens=False)
    return title + "\n\n" + "\n".join(lines) + "\n"


def test_paragraphs_set_in_without_blank_lines_read_as_paragraphs(analyse):
    book = set_in(RUNNING)
    assert "\n\n" not in book.split("\n\n", 1)[1]
    reading = running_text(book)
    # each set-in line opens a paragraph, the lines of one read on; a short line its writer ended keeps its break
    assert [p.strip() for p in reading.text.split("\n\n")] == [p.strip() for p in RUNNING.split("\n\n")]
    doc, running = analyse(book), analyse(RUNNING)
    assert doc.text == book and validation_errors(doc.to_dict()) == []
    names, running_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in running.entities}
    assert [names.get(q.speaker) for q in doc.quotes] == [running_names.get(q.speaker) for q in running.quotes]
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)
    # a text of blank-line paragraphs whose letters are set in is no such text
    assert running_text(RUNNING.replace("Your son who", "    Your son who")) is None


def pdf_pages(running: str, width: int = 62, lines_per_page: int = 7) -> str:
    """The running text as `pdftotext -layout` prints a book: paragraphs set in three spaces without blank lines,
    pages ending in a form feed, each opening with a running head and its number, and a footnote (its number glued
    to a word, the note under a rule at the page's foot)."""
    title, *paragraphs = running.rstrip("\n").split("\n\n")
    lines = []
    for paragraph in paragraphs:
        if paragraph.startswith("Your son"):
            lines += ["        " + line for line in paragraph.split("\n")]
        else:
            lines += textwrap.wrap(paragraph, width, initial_indent="   ", break_on_hyphens=False)
    noted = next(i for i, line in enumerate(lines) if "goats" in line)
    lines[noted] = lines[noted].replace("goats", "goats1", 1)
    pages = []
    for k in range(0, len(lines), lines_per_page):
        number = 201 + k // lines_per_page
        head = f"{number:<10}{'STORIES OF THE PAN':>52}" if number % 2 == 0 else f"{title.upper():<52}{number:>10}"
        foot = ["", "_______", "1 Goats were counted by the headman each spring."] \
            if k <= noted < k + lines_per_page else []
        pages.append("\n".join([head, ""] + lines[k:k + lines_per_page] + foot))
    return "\f".join(pages) + "\f\n"


def test_a_pdftotext_dump_of_a_book_reads_as_its_running_text(analyse):
    book = pdf_pages(RUNNING)
    assert book.count("\f") >= 3 and "goats1" in book
    reading = running_text(book)
    # the heads, page numbers and the note are left out, the note's number too, and each paragraph is whole
    assert "PAN" not in reading.text and "headman" not in reading.text and "goats1" not in reading.text
    assert [" ".join(p.split()) for p in reading.text.split("\n\n") if p.strip()] == \
        [" ".join(p.split()) for p in RUNNING.split("\n\n")][1:]
    doc, running = analyse(book), analyse(RUNNING)
    assert doc.text == book and validation_errors(doc.to_dict()) == []
    names, running_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in running.entities}
    assert [names.get(q.speaker) for q in doc.quotes] == [running_names.get(q.speaker) for q in running.quotes]


def test_a_word_processors_lines_each_a_paragraph_some_opening_with_a_tab_are_read_as_they_are(analyse):
    paragraphs = ["“You are late,” said my mother, and she put the bread on the table without looking at me at all, "
                  "as she did when she was angry and did not want my father to see it.",
                  "\t“The boat was late,” I said. “The sea was up past Muynak and the engine stopped twice before we "
                  "came round the point.”",
                  "\t“Then eat,” she said, and sat down across from me with her hands folded in her lap like a guest "
                  "in her own kitchen.",
                  "\tMy father came in from the yard, shaking the sand out of his cap, and sat down beside her.",
                  "\t“Leave the boy be, Aysha. He is home.”",
                  "“He is home late,” said my mother.",
                  "\tNobody said anything after that, and the lamp smoked, and outside the dogs of the kolkhoz began "
                  "their barking at the moon over the dry sea bed, as they did every night that autumn."]
    text = "\n".join(paragraphs) + "\n"
    reading = running_text(text)
    # (each line a paragraph still, its tab aside)
    assert [line.strip() for line in (reading.text if reading else text).split("\n") if line.strip()] \
        == [paragraph.strip() for paragraph in paragraphs]
    doc = analyse(text)
    names = {e.id: e.name for e in doc.entities}
    said = [names.get(q.speaker) for q in doc.quotes]
    assert said[:4] == ["my mother", the_narrator_name(doc), the_narrator_name(doc), "my mother"]
    assert said[-2:] == ["my father", "my mother"]


def the_narrator_name(doc):
    (narrator,) = [e.name for e in doc.entities if e.is_narrator]
    return narrator


def test_a_text_set_a_paragraph_a_line_is_read_with_its_headings_dates_and_straight_quotes(analyse):
    text = ("Chapter Six: The House at Jelutong, 1941-1957\n"
            "The bombers came over George Town a little before eleven on the morning of Thursday, 11 December 1941. "
            "Haji Yusof kept his shop open, and his grandson Ahmad counted the bolts of cloth.\n"
            "\"Finish the count,\" the old man said. \"The Japanese will not pay us for an unfinished count.\n"
            "\"And if they come, they will not count at all.\"\n"
            "\"Yes, Tok,\" said Ahmad. He did not look up from the bolts.\n"
            "By the afternoon the shop was shut, and the street was empty.\n")
    assert running_text(text).text.count("\n\n") == 5
    doc = analyse(text)
    times = {t.text: t.value for t in doc.times}
    assert times["By the afternoon"] == "1941-12-11TAF"
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(q.speaker) for q in doc.quotes][-1] == "Ahmad"
    # (the old man's speech runs on into the next paragraph, reopened: one quotation)
    assert len(doc.quotes) == 3 and doc.text[doc.quotes[-1].start:].startswith("\"Yes, Tok,\"")
