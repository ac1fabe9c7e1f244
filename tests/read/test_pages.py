"""A scanned book's page numbers and running heads are told from its text: no running head is a chapter."""
from personae.read.pages import page_furniture, page_note_references, running_heads
from personae.read.plain import find_chapters

PAGE = "A line of the book that runs on to the width of the page it is on,\nand on.\n\n"


def book(breaks: list[str]) -> str:
    return "Chapter Two: The Mill\n\n" + "".join(PAGE * 2 + page for page in breaks) + PAGE


def test_page_numbers_and_the_heads_beside_them_are_furniture_and_no_chapters():
    text = book([f"CHAPTER TWO: THE MILL\n\n{n}\n\n" if n % 2 else f"{n}\n\nTHE MILLER'S DAUGHTERS\n\n"
                 for n in range(12, 18)])
    found = [text[start:end] for start, end in page_furniture(text)]
    assert found[:4] == ["12", "THE MILLER'S DAUGHTERS", "CHAPTER TWO: THE MILL", "13"]
    assert len(found) == 12 and len(running_heads(text)) == 6
    assert [c.title for c in find_chapters(text)] == ["Chapter Two: The Mill"]


def test_a_head_and_its_page_number_on_two_lines_together_are_furniture():
    text = book([f"THE MILL\n{n}\n\n" for n in range(40, 45)])
    found = [text[start:end] for start, end in page_furniture(text)]
    assert found[:4] == ["THE MILL", "40", "THE MILL", "41"] and len(found) == 10


def test_a_head_and_number_on_one_line_are_furniture():
    text = book([f"{n}    THE MILL\n\n" for n in range(40, 45)])
    assert [text[start:end] for start, end in page_furniture(text)][:2] == ["40    THE MILL", "41    THE MILL"]


def test_a_text_without_pages_has_no_furniture():
    # numbered sections and a line said twice are no page furniture without page numbers about them
    text = "Title\n\n1\n\n" + PAGE + "“Go.”\n\n" + PAGE + "2\n\n“Go.”\n\n" + PAGE
    assert page_furniture(text) == []
    assert page_furniture(book(["12\n\n", "13\n\n"])) == []      # two numbers are too few to tell


def test_a_pdftotext_books_fed_pages_have_their_heads_and_footnotes_as_furniture():
    page = "   A line of the book that runs on to the width of the page it\nis on, and on.\n"
    text = ("THE MILL" + " " * 40 + "117\n\n" + page + "\f118" + " " * 40 + "THE OTHER SIDE\n\n" + page
            + "words of the mill1 and on.\n\n_____\n1 The mill stood on the Onon.\n"
            + "\fTHE MILL" + " " * 40 + "119\n\n" + page + "\f120" + " " * 40 + "THE OTHER SIDE\n\n" + page + "\f\n")
    found = [text[start:end].split() for start, end in page_furniture(text)]
    assert [words[0] for words in found if words] == ["THE", "118", "_____", "THE", "120"]
    at = text.index("mill1") + len("mill")
    assert page_note_references(text) == [(at, at + 1)]
