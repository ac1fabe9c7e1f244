from personae.eval.paragraphs import Paragraphed, paragraph_starts

BOOK = """CHAPTER I

The rain had not stopped
since Tuesday. Anna waited.

"Will he come?" she asked.

"He will," said Petrov. "Sit down."

"No."
"""
TOKENISED = ("CHAPTER I The rain had not stopped since Tuesday .\nAnna waited .\n\" Will he come ? \" she asked .\n"
             "\" He will , \" said Petrov .\n\" Sit down . \" \" No . \"")


def test_paragraph_starts_follow_the_books_blank_lines():
    starts = paragraph_starts(TOKENISED, BOOK)
    words = [TOKENISED[s:].split()[0] + " " + TOKENISED[s:].split()[1] for s in starts]
    assert words == ["The rain", '" Will', '" He', '" No']


def test_breaks_inside_a_sentence_line_and_at_its_start():
    para = Paragraphed(TOKENISED, paragraph_starts(TOKENISED, BOOK))
    assert "asked .\n\n\" He will" in para.text
    assert "Sit down . \" \n\n\" No" in para.text
    assert "CHAPTER I \n\nThe rain" in para.text


def test_offsets_move_with_the_inserted_lines():
    para = Paragraphed(TOKENISED, paragraph_starts(TOKENISED, BOOK))
    for word in ("Petrov", "Anna", "No", "CHAPTER", "Sit"):
        start = TOKENISED.index(word)
        s, e = para.span(start, start + len(word))
        assert para.text[s:e] == word
    quote = TOKENISED.index("\" No")
    s, e = para.span(quote, len(TOKENISED))
    assert para.text[s:e] == "\" No . \""


def test_a_text_not_found_in_the_book_is_left_alone():
    assert paragraph_starts("Nothing like this .", BOOK) is None
    assert Paragraphed("a\nb", []).text == "a\nb"


def test_curly_marks_in_the_text_match_straight_ones_in_the_book():
    book = "'Oh, dear!' observed Fergus.\n\n'Nonsense, Fergus!'\n"
    text = "‘ Oh , dear ! ’ observed Fergus .\n‘ Nonsense , Fergus ! ’"
    starts = paragraph_starts(text, book)
    assert [text[s:s + 3] for s in starts] == ["‘ N"]
