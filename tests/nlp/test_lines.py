"""A hard-wrapped text is read as running text: the same quotations, speakers and names as unwrapped, each span
with its text as the wrapped original has it; a line its writer ended short keeps its break."""
import textwrap

from personae.nlp.lines import joined_lines
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
    joined = joined_lines(WRAPPED)
    assert joined == RUNNING
    assert "thinks of you,\nKagiso." in joined
    # a text not wrapped, or one whose paragraphs run on long lines, is read as it is
    assert joined_lines(RUNNING) is None
    assert joined_lines("One line.\nAnother line, not wrapped at any width at all, running on and on past any "
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
