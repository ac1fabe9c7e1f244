"""Times: patterns and TIMEX3-style values, with and without the parse."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from personae.model import Document
from personae.schema import validation_errors
from personae.stages.times import find_times, in_gregorian_year, narrative_times

MEMOIR = (Path(__file__).parent.parent / "fixtures" / "memoir_orlov.txt").read_text("utf-8")


def times_of(text: str, **options) -> list:
    """find_times on a bare document (no spaCy parse): the patterns alone."""
    doc = Document.new(text, source="<test>")
    doc.options = options
    return find_times(doc).times


def values_of(doc: Document) -> dict:
    """Each time expression's text -> its value."""
    return {t.text: t.value for t in doc.times}


def value_of(text: str, expression: str, **options):
    found = [t for t in times_of(text, **options) if t.text == expression]
    assert found, f"{expression!r} not found in {[t.text for t in times_of(text, **options)]}"
    return found[0]


@pytest.mark.parametrize("text, expression, value", [
    ("They left in 1939.", "1939", "1939"),
    ("It was 12 March 1938 and cold.", "12 March 1938", "1938-03-12"),
    ("It was March 12, 1938, and cold.", "March 12, 1938", "1938-03-12"),
    ("It was the 12th of March, 1938.", "the 12th of March, 1938", "1938-03-12"),
    ("The order was dated 12.03.1938.", "12.03.1938", "1938-03-12"),
    ("The stamp read 1938-03-12.", "1938-03-12", "1938-03-12"),
    ("The letter of 3/12/1938 arrived.", "3/12/1938", "1938-03-12"),
    ("The letter of 25/12/1938 arrived.", "25/12/1938", "1938-12-25"),
    ("It was the twelfth of March 1938.", "the twelfth of March 1938", "1938-03-12"),
    ("By March 1938 we were gone.", "March 1938", "1938-03"),
    ("He borrowed it in May of 1880.", "May of 1880", "1880-05"),
    ("In the spring of 1939 we left.", "the spring of 1939", "1939-SP"),
    ("In the 1930s, nobody spoke.", "the 1930s", "193"),
    ("We met on the evening of 14 June 1939.", "the evening of 14 June 1939", "1939-06-14TEV"),
    ("On a Sunday in February 1951 he came to our house.", "a Sunday in February 1951", "1951-02"),
])
def test_absolute_dates_in_every_common_form(text, expression, value):
    assert value_of(text, expression).value == value


def test_a_bare_age_after_was_or_turned_is_an_age_and_a_clock_time_or_a_quantity_is_not():
    found = {t.text: (t.type, t.value) for t in times_of(
        "In 1882 she had turned twenty in January. Antonio was twenty-five, and idle. "
        "He was twenty minutes late. It was ten. The sum is thirty florins.")}
    assert found["twenty"] == ("AGE", "P20Y") and found["twenty-five"] == ("AGE", "P25Y")
    assert "ten" not in found and "thirty" not in found and found["twenty minutes"][0] == "DURATION"


def test_a_day_of_this_last_or_next_month_counts_from_the_month_it_is_told_in(analyse):
    doc = analyse("On the 12th of April, 1882, the wind rose. The letter said: “Trieste, 10 April 1882. I shall "
                  "call to speak of the matter of the 30th instant. I wrote on the 2nd ult. and on the 3rd prox. "
                  "we meet.” He said the bill falls due on the thirtieth of this month.")
    values = values_of(doc)
    assert values["the 30th instant"] == "1882-04-30" and values["the 2nd ult."] == "1882-03-02"
    assert values["the 3rd prox."] == "1882-05-03" and values["the thirtieth of this month"] == "1882-04-30"


def test_one_weekday_of_a_month_of_that_year_is_that_month():
    text = "In 1929 Gwen went into service. Her mother saw her off one Monday in September of that year."
    assert value_of(text, "one Monday in September of that year").value == "1929-09"


def test_a_season_talked_about_is_no_time(analyse):
    doc = analyse("On a Sunday in February 1951 the teacher came to our house, and the men talked about the winter "
                  "and the sheep. That night I could not sleep.\n")
    assert [t.text for t in doc.times] == ["a Sunday in February 1951", "That night"]
    assert doc.times[1].value == "1951-02"


def test_a_bare_day_of_the_month_is_of_the_month_just_said(analyse):
    doc = analyse("In June 1951 a letter came. “Alma-Ata, 3 June 1951. Send Gulnar to us by the first of August. "
                  "The examinations begin on the tenth. Your sister Kulyash.”\n")
    assert values_of(doc)["on the tenth"] == "1951-08-10"


def test_a_date_opening_a_paragraph_is_not_told_aside_by_a_quote_before_the_blank_line(analyse):
    doc = analyse("In August 1953 I stayed in the city.\n\nRaushan bit off her thread. “My father says that in our "
                  "country, the less a letter says, the more it means.”\n\nÄje died in January 1956, in the middle "
                  "of my examinations. She was buried the next day.\n")
    assert values_of(doc)["the next day"] == "1956-01"


def test_a_date_something_falls_due_on_does_not_move_the_narrative_time(analyse):
    doc = analyse("On the morning of the 12th of April, 1882, the wind rose. The bill fell due on April 30, 1882. "
                  "The following morning the visitors came.")
    assert values_of(doc)["The following morning"] == "1882-04-13TMO"


def test_relative_expressions_are_anchored_to_the_narrative_time():
    text = ("Vera married on 12 March 1938. The following morning they left. Two weeks later a letter came. "
            "That night I read it. The next day I answered. A month later she wrote again.")
    times = {t.text: t for t in times_of(text)}
    assert times["The following morning"].value == "1938-03-13TMO"
    assert times["The following morning"].anchor == times["12 March 1938"].id
    assert times["The following morning"].type == "TIME"
    assert times["Two weeks later"].value == "1938-03-27"
    assert times["That night"].value == "1938-03-27TNI"
    assert times["The next day"].value == "1938-03-28"
    assert times["A month later"].value == "1938-04"


def test_relative_expression_without_an_anchor_has_no_value():
    time = value_of("The next day she left.", "The next day")
    assert time.value is None and time.anchor is None


def test_dates_without_a_year_take_the_narrative_year():
    text = "We arrived on 2 November 1938. On the 20th of December a note came. In December the snow was deep."
    assert value_of(text, "the 20th of December").value == "1938-12-20"
    assert value_of(text, "In December").value == "1938-12"


def test_a_month_or_season_without_a_year_is_the_nearest_to_the_running_time():
    text = ("In the autumn of 1942 my father came for me. In February they sewed the stars onto their coats. "
            "That summer the Hauptmann came three times, and once in the autumn. That winter I pruned the trees.")
    assert value_of(text, "In February").value == "1943-02"
    assert value_of(text, "That summer").value == "1943-SU"
    assert value_of(text, "in the autumn").value == "1943-FA"
    assert value_of(text, "That winter").value == "1943-WI"
    text = "We arrived on 2 November 1938. On the 20th of December a note came. In March the snow was deep."
    assert value_of(text, "In March").value == "1939-03"
    assert value_of("In the autumn of 1942 we left. In September the lists began.", "In September").value == "1942-09"


def test_the_dates_of_a_histories_notes_set_no_narrative_year():
    notes = "".join(f"{n}. Letter in the family's keeping, dated 12 May 1951.\n" for n in range(1, 5))
    text = f"That spring the rains came early.[1]\n\nThe mill closed on 3 June 1926, and he left.[2]\n\nNotes\n\n{notes}"
    assert value_of(text, "That spring").value == "1926-SP"
    assert value_of(text.replace("Notes\n\n", ""), "That spring").value == "1951-SP"     # no notes heading


def test_that_season_takes_the_reference_year_given_or_inferred():
    text = "I remember 1937 well, and 1937 was cold.\n\nThat autumn the lists began."
    assert value_of(text, "That autumn").value == "1937-FA"
    assert value_of("That autumn the lists began.", "That autumn", year=1936).value == "1936-FA"
    assert value_of("That autumn the lists began.", "That autumn").value == "XXXX-FA"


def test_that_season_in_the_same_paragraph_takes_the_year_just_named():
    text = "It was 1938 and 1938 again.\n\nWe moved to Leningrad in 1935. That autumn Vera found work."
    assert value_of(text, "That autumn").value == "1935-FA"


def test_weekdays_are_unanchored_unless_the_narrative_time_is_a_day():
    assert value_of("On Saturday we walked.", "On Saturday").value == "XXXX-WXX-6"
    anchored = value_of("It was Monday 14 March 1938. On Saturday we walked.", "On Saturday")
    assert anchored.value == "1938-03-19" and anchored.anchor is not None


@pytest.mark.parametrize("text, expression, type_, value", [
    ("We lived there for three years.", "three years", "DURATION", "P3Y"),
    ("She waited two weeks.", "two weeks", "DURATION", "P2W"),
    ("He talked for hours.", "for hours", "DURATION", "PTXH"),
    ("At the age of twelve I left.", "At the age of twelve", "AGE", "P12Y"),
    ("He was twenty-one years old.", "twenty-one years old", "AGE", "P21Y"),
    ("I went with her every Sunday.", "every Sunday", "SET", "XXXX-WXX-7"),
    ("The sign said CLOSED EVERY SUNDAY.", "EVERY SUNDAY", "SET", "XXXX-WXX-7"),   # a notice's capitals
    ("We met at six o'clock.", "at six o'clock", "TIME", "XXXX-XX-XXT06:00"),
])
def test_durations_ages_sets_and_clock_times_are_typed(text, expression, type_, value):
    time = value_of(text, expression)
    assert (time.type, time.value, time.anchor) == (type_, value, None)


def test_times_inside_quotations_do_not_move_the_narrative_time(analyse):
    text = 'It was 12 March 1938. "In 1905 my father was young," she said. The next day we left.'
    doc = analyse(text)
    assert values_of(doc)["The next day"] == "1938-03-13"


def test_a_number_of_things_is_not_a_year(analyse):
    doc = analyse("The factory employed 1500 workers in 1939.")
    assert [t.text for t in doc.times] == ["1939"]


MEMOIR_TIMES = [
    ("1921", "DATE", "1921"),
    ("the summer of 1934", "DATE", "1934-SU"),
    ("That autumn", "DATE", "1935-FA"),
    ("12 March 1938", "DATE", "1938-03-12"),
    ("The following morning", "TIME", "1938-03-13TMO"),
    ("Two weeks later", "DATE", "1938-03-27"),
    ("That night", "TIME", "1938-03-27TNI"),
    ("In March", "DATE", "1938-03"),
    ("On Saturday", "DATE", "XXXX-WXX-6"),
    ("In August", "DATE", "1938-08"),
    ("the night of 2 November 1938", "TIME", "1938-11-02TNI"),
    ("The next day", "DATE", "1938-11-03"),
    ("03.11.1938", "DATE", "1938-11-03"),
    ("the 12th of December", "DATE", "1938-12-12"),
    ("the 20th of December", "DATE", "1938-12-20"),
    ("ten years", "DURATION", "P10Y"),
    ("The spring of 1939", "DATE", "1939-SP"),
    ("in April", "DATE", "1939-04"),
    ("1939-05-20", "DATE", "1939-05-20"),
    ("the evening of 14 June 1939", "TIME", "1939-06-14TEV"),
    ("a week later", "DATE", "1939-06-21"),
    ("the year before", "DATE", "1939"),
    ("June 5, 1941", "DATE", "1941-06-05"),
    ("1942", "DATE", "1942"),
    ("that winter", "DATE", "1938-WI"),
    ("At the age of twelve", "AGE", "P12Y"),
]


def test_memoir_times_are_normalised(analyse):
    doc = analyse(MEMOIR)
    by_text = {}
    for time in doc.times:
        by_text.setdefault(time.text, time)
    for expression, type_, value in MEMOIR_TIMES:
        assert expression in by_text, expression
        assert (by_text[expression].type, by_text[expression].value) == (type_, value), expression
    relative = ("The following morning", "Two weeks later", "That night", "The next day", "a week later",
                "the year before")
    assert all(by_text[r].anchor is not None for r in relative)
    assert validation_errors(doc.to_dict()) == []


def test_memoir_reference_year_can_be_given(analyse):
    doc = analyse(MEMOIR, year=1937)
    assert values_of(doc)["that winter"] == "1937-WI"


def test_an_earlier_year_told_in_passing_does_not_move_the_narrative_time():
    text = "In 1952 we lived in Brno. Our father died in the winter of 1947. In July the shop closed."
    assert value_of(text, "In July").value == "1952-07"
    assert value_of(text, "In July").anchor == value_of(text, "1952").id
    # At the opening of a paragraph the narration may go back.
    assert value_of("In 1952 we lived in Brno.\n\nIn 1947 our father died. In July we moved.",
                    "In July").value == "1947-07"


def test_a_birth_or_a_relative_clause_does_not_move_the_narrative_time(analyse):
    doc = analyse("On 14 March 1952 the crane broke. Tomáš was born in 1926. Two days later the director "
                  "sent for me. My brother, who was born in 1924, laughed. The next day he left.")
    times = {t.text: t for t in doc.times}
    assert times["Two days later"].value == "1952-03-16"
    assert times["Two days later"].anchor == times["14 March 1952"].id
    assert times["The next day"].value == "1952-03-17"
    assert [t.text for t in narrative_times(doc)] == ["14 March 1952", "Two days later", "The next day"]


def test_a_date_in_a_reported_plan_does_not_move_the_narrative_time(analyse):
    doc = analyse("On 3 November 1952 Karel was told that he was being transferred to Ostrava, with effect "
                  "from the first of December. The next day he came to tell us.")
    assert values_of(doc)["The next day"] == "1952-11-04"
    assert "the first of December" not in [t.text for t in narrative_times(doc)]


@pytest.mark.parametrize("text, expression, type_, value", [
    ("On 14 March 1952 he fell. The doctor came twenty minutes later.", "twenty minutes later", "DATE",
     "1952-03-14"),
    ("On the night of 14 March 1952 he fell. Twenty minutes later the doctor came.", "Twenty minutes later",
     "TIME", "1952-03-14TNI"),
    ("On 14 March 1952 at 9:30 he fell. Two hours later the doctor came.", "Two hours later", "TIME",
     "1952-03-14T11:30"),
    # A day from a narrative time known to the season is still that season.
    ("They married in the spring of 1953. The day after the wedding we left.", "The day after", "DATE",
     "1953-SP"),
    ("They married in the spring of 1953. “It is Sunday today,” she said.", "today", "DATE", "1953-SP"),
    # A relative expression with its date beside it takes the date.
    ("They married in the spring of 1953. Four weeks later, on 1 June 1953, the money went.",
     "Four weeks later", "DATE", "1953-06-01"),
    ("On the 12th of April, 1882, the wind rose. A week later, on the nineteenth of April, the bill was "
     "renewed.", "A week later", "DATE", "1882-04-19"),
])
def test_relative_expressions_from_a_coarse_time_or_with_a_date_beside_them(text, expression, type_, value):
    time = value_of(text, expression)
    assert (time.type, time.value) == (type_, value) and time.anchor is not None


@pytest.mark.parametrize("text, expression, type_, value", [
    ("In 1847 the rents fell due at Michaelmas.", "at Michaelmas", "DATE", "1847-09-29"),
    ("In 1847 the lease ended on Lady Day.", "on Lady Day", "DATE", "1847-03-25"),
    ("In 1847 the fair was held at Midsummer.", "at Midsummer", "DATE", "1847-06-24"),
    ("In 1847 the hiring was at Candlemas.", "at Candlemas", "DATE", "1847-02-02"),
    ("They married at Christmas 1850.", "at Christmas 1850", "DATE", "1850-12-25"),
    ("In 1850 we came home on Christmas Eve.", "on Christmas Eve", "DATE", "1850-12-24"),
    ("In 1850 the bells rang on New Year’s Day.", "on New Year’s Day", "DATE", "1850-01-01"),
    ("In 1850 we walked out on Christmas morning.", "on Christmas morning", "TIME", "1850-12-25TMO"),
    # the Exaltation of the Cross, and the Assyrian new year (1 Nisan, kept on 1 April)
    ("In 1918 the priest lit a fire on the Feast of the Cross.", "Feast of the Cross", "DATE", "1918-09-14"),
    ("In 1938 they kept Kha b-Nisan in Baghdad.", "Kha b-Nisan", "DATE", "1938-04-01"),
    # Movable feasts are worked out from Easter of their year (Easter 1847: 4 April; 1848: 23 April).
    ("We went home at Easter 1847.", "at Easter 1847", "DATE", "1847-04-04"),
    ("They married at Whitsun 1848.", "at Whitsun 1848", "DATE", "1848-06-11"),
    # Without a year: a fixed feast keeps its day, a movable one has no value.
    ("The rents fell due at Michaelmas.", "at Michaelmas", "DATE", "XXXX-09-29"),
    ("They married at Whitsun.", "at Whitsun", "DATE", None),
])
def test_feasts_and_quarter_days_are_dates(text, expression, type_, value):
    time = value_of(text, expression)
    assert (time.type, time.value) == (type_, value)


def test_a_feast_without_a_year_lies_before_or_after_the_running_day_by_its_tense(analyse):
    doc = analyse("On Tuesday, 16 March 1847, Kitty came in. She had been unhappy since Christmas. "
                  "‘I said so at Michaelmas,’ said the old woman. At Michaelmas they would sell the farm. "
                  "They ate a Michaelmas goose.")
    times = values_of(doc)
    assert times["Christmas"] == "1846-12-25"
    assert times["at Michaelmas"] == "1846-09-29"
    assert times["At Michaelmas"] == "1847-09-29"
    assert "Michaelmas" not in times               # a goose, not a day


def test_a_weekday_beside_a_full_date_takes_that_date():
    times = times_of("It was on Tuesday, the sixteenth of March, 1847, that they understood. "
                     "The answer came on Thursday, the eighteenth.")
    by_text = {t.text: t for t in times}
    assert by_text["on Tuesday"].value == "1847-03-16"
    assert by_text["on Tuesday"].anchor == by_text["the sixteenth of March, 1847"].id
    assert by_text["on Thursday, the eighteenth"].value == "1847-03-18"


def test_regression_a_letters_weekday_is_the_nearest_not_next_weeks(analyse):
    # regression: "Wednesday night" in a letter read on Thursday 18 March 1847 was valued 1847-03-24
    doc = analyse("It was Thursday, 18 March 1847, when the letter came. It ran as follows:\n\n"
                  "‘Brook Street, Wednesday night.\n\n‘My dear Eleanor, come to me by Friday’s coach.’\n\n"
                  "Kitty read it twice.")
    times = {t.text: t for t in doc.times}
    assert (times["Wednesday night"].type, times["Wednesday night"].value) == ("TIME", "1847-03-17TNI")
    assert times["Friday"].value == "1847-03-19"
    assert times["Thursday"].value == "1847-03-18"


def test_a_weekday_in_speech_is_past_or_coming_by_its_tense(analyse):
    doc = analyse("On Tuesday, 16 March 1847, Kitty came in. ‘I saw him on Saturday,’ she said. "
                  "‘We shall leave on Monday.’ Last Friday the bank had closed.")
    times = values_of(doc)
    assert times["on Saturday"] == "1847-03-13"
    assert times["on Monday"] == "1847-03-22"
    assert times["Last Friday"] == "1847-03-12"


def test_regression_a_year_range_in_the_title_is_no_narrative_time(analyse):
    # regression: "1905–1949" in the chapter title anchored "three years later" (1952) and every undated event
    doc = analyse("Chapter Four: The Grünbaums of Lindenfeld, 1905–1949\n\nThree years later the family was "
                  "poor. In 1894 Moritz married Johanna, and in 1905 the couple settled in Lindenfeld with their "
                  "children, Siegfried, born in 1895, and Rosa, born three years later. Moritz opened a shop.")
    times = [(t.text, t.value, t.anchor) for t in doc.times]
    assert times[2] == ("Three years later", None, None)         # before any date of the body: unanchored
    assert [t.text for t in narrative_times(doc)] == ["1894", "1905"]
    # In a clause told aside, a relative expression counts from the date before it in its sentence.
    by_text = {t.text: t for t in doc.times}
    assert (by_text["three years later"].value, by_text["three years later"].anchor) == ("1898", by_text["1895"].id)


def test_a_heading_year_is_the_reference_year_of_its_section_not_an_anchor():
    text = ("Part One: 1938\n\nTwo days later we left. That autumn the lists began.\n\nPart Two: 1940\n\n"
            "That spring we came.")
    assert value_of(text, "Two days later").value is None
    assert value_of(text, "That autumn").value == "1938-FA"
    assert value_of(text, "That autumn").anchor is None
    assert value_of(text, "That spring").value == "1940-SP"          # the next heading's year
    # A full date heading a diary entry still sets the narrative time.
    assert value_of("12 March 1938\n\nThe next day we left.", "The next day").value == "1938-03-13"


def test_regression_a_telling_date_in_the_frame_of_a_quotation_does_not_date_what_it_tells(analyse):
    # regression: "that night" and "The next morning" of a 1938 memory were valued 1996, the interview's year
    doc = analyse("On 9 November 1938 the synagogue in Lindenfeld burned.\n\nInterviewed in New York in 1996, "
                  "Morris Gruenbaum remembered that night differently. \"I was thirteen. The next morning my mother "
                  "went to the town hall. Today nobody remembers it.\"")
    times = values_of(doc)
    assert times["that night"] == "1938-11-09TNI"
    assert times["The next morning"] == "1938-11-10TMO"
    assert times["Today"] == "1996"                              # said at the interview
    assert "1996" not in [t.text for t in narrative_times(doc)]
    # Remembering in the story is no later telling.
    doc = analyse("On 3 May 1850 Kitty remembered her mother. The next day she wept.")
    assert values_of(doc)["The next day"] == "1850-05-04"


def test_a_quotation_counts_from_the_dates_it_tells_itself(analyse):
    doc = analyse("On 2 March 1938 we were at home.\n\nIn an interview recorded in 1996, he said: \"On the morning "
                  "of 10 November 1938 they came for my father. That night we hid in the cellar. The next morning "
                  "my mother went out.\"")
    times = values_of(doc)
    assert times["That night"] == "1938-11-10TNI"
    assert times["The next morning"] == "1938-11-11TMO"


@pytest.mark.parametrize("text, expression, value", [
    # A week from a time known to the month or season is still that month or season.
    ("On 1 April 1933 the boycott began. He was exempted from the law of that month.", "that month", "1933-04"),
    ("He lost his post in the autumn of 1936. The following week he kept books.", "The following week", "1936-FA"),
    ("In the summer of 1945 he returned. The mayor had gone the week before.", "the week before", "1945-SU"),
    # "The previous spring" is the last spring before the narrative time, not the spring of the year before.
    ("He died on 2 October 1949. The previous spring he wrote to her.", "The previous spring", "1949-SP"),
    ("They met in the spring of 1949. The previous spring she had been ill.", "The previous spring", "1948-SP"),
    ("They met in January 1939. The following spring she left.", "The following spring", "1939-SP"),
])
def test_relative_expressions_from_a_month_or_season(text, expression, value):
    time = value_of(text, expression)
    assert time.value == value and time.anchor is not None


def test_a_feast_told_aside_is_the_nearest_to_the_running_month(analyse):
    # regression: "released shortly before Christmas" after "in January 1939" was 1939-12-25
    doc = analyse("Siegfried Grünbaum was released on 2 December 1938; Julius Feldmann was released in January "
                  "1939. Rabbi Weiss, released shortly before Christmas, left for Palestine.")
    assert values_of(doc)["Christmas"] == "1938-12-25"


def test_today_in_the_narrators_present_is_the_time_of_telling(analyse):
    # regression: "lives in Lindenfeld today" took the year of the last date told (1950)
    doc = analyse("The factory was restored to its owners in 1950. No member of the family lives in Lindenfeld "
                  "today.")
    today = next(t for t in doc.times if t.text == "today")
    assert (today.value, today.anchor) == ("PRESENT_REF", None)


def test_the_first_date_of_a_paragraph_may_go_back(analyse):
    doc = analyse("Kessler kept the factory until 1950.\n\nLotte remained in England. In 1946 she travelled to New "
                  "York. In July she came back.")
    assert values_of(doc)["In July"] == "1946-07"


def test_an_earlier_season_far_into_a_paragraphs_one_long_sentence_is_backstory(analyse):
    doc = analyse("On the evening of 19 December 1946 the lamps along Hàng Bạc Street went out.\n\n"
                  "“Thunder,” Khiêm said, and regretted it at once, because Hạnh looked at him over the little "
                  "girl's head with an expression he had seen only once before, in the hungry spring of 1945, when "
                  "she had come home from the market with nothing in her basket.\n\n"
                  "He went out the next morning.\n")
    values = values_of(doc)
    assert values["the next morning"].startswith("1946-12-20")
    # (at the head of a paragraph the narration may go back: "In 1947 our father died. In July we moved.")


def test_the_reference_year_is_that_of_the_full_dates_not_of_bare_years_of_backstory(analyse):
    doc = analyse("My father's coat had hung by the door until the summer of 1944. He had gone away in 1944, "
                  "and we had heard nothing more of him after 1944.\n\n"
                  "On the 19th of October the telegram came. That evening my mother cried.\n\n"
                  "Monday was 22 October 1956.\n")
    values = values_of(doc)
    assert values["the 19th of October"] == "1956-10-19"
    assert values["That evening"] == "1956-10-19TEV"


def test_a_week_of_a_month_is_that_month(analyse):
    doc = analyse("The rains came on 3 March 1946. In the last week of August the wheat was in, and in the first "
                  "week of May 1947 we left.\n")
    values = values_of(doc)
    assert values["the last week of August"] == "1946-08"
    assert values["the first week of May 1947"] == "1947-05"


def test_a_birth_date_is_no_reference_year(analyse):
    doc = analyse("I was born in Shkodër on 3 March 1929, in the house my grandfather built.\n\n"
                  "The town was liberated on 29 November 1944. My brother came down from the hills the next "
                  "morning, and it was the last time for many years that I saw my father smile at him.\n\n"
                  "That winter the priest came to play cards with my father on Thursday evenings.\n\n"
                  "On Friday, the 11th of January, 1946, they came for my brother.\n")
    values = values_of(doc)
    assert values["That winter"] == "1944-WI"


def test_the_date_a_letter_bears_is_no_running_time(analyse):
    doc = analyse("On the 3rd of September 1879 the Princess arrived at Lipovka.\n\n"
                  "Her last letter to him was dated the 2nd of November 1877, and no answer had ever come to "
                  "it.\n\nThe doctor walked with him to the pond. The woods went to Kashin in October.\n")
    values = values_of(doc)
    assert values["in October"] == "1879-10"


def test_a_date_a_few_words_into_a_speech_is_no_dateline_of_it(analyse):
    doc = analyse("On the 12th of April, 1882, the Avvocato came. He opened his portfolio.\n\n"
                  "“The bill of exchange drawn the 2nd of May, 1880, for thirty thousand florins, falls due on "
                  "the thirtieth of this month.”\n")
    assert values_of(doc)["the thirtieth of this month"] == "1882-04-30"


def test_a_count_before_or_after_a_named_date_is_told_from_that_date_which_does_not_move_the_story():
    found = {t.text: t.value for t in times_of(
        "On the 9th of November 1938 the synagogue burned. He came back three days before Christmas. "
        "The next day he slept. A week after the 2nd of May, 1939, we left. Two days later it rained.")}
    assert found["three days before"] == "1938-12-22" and found["The next day"] == "1938-12-23"
    assert found["A week after"] == "1939-05-09" and found["Two days later"] == "1939-05-11"


@pytest.mark.parametrize("text, expression, value", [
    ("On the twenty-fifth of February 1948 he came home.", "the twenty-fifth of February 1948", "1948-02-25"),
    ("It was 1866, and cold. He left in the autumn of ’forty-nine.", "the autumn of ’forty-nine", "1849-FA"),
    ("It was 1866. The Captain died at Malta in ’63.", "’63", "1863"),
    ("In 1846 she died on All Souls’ Day.", "on All Souls’ Day", "1846-11-02"),
    ("In 1846 the seals were lifted on Saint Martin’s day.", "on Saint Martin’s day", "1846-11-11"),
    ("In 1946 she died on the evening of the feast of Santa Luċija.", "Santa Luċija", "1946-12-13"),
    ("In 1942 they married on the feast of the Bambina.", "feast of the Bambina", "1942-09-08"),
    ("In 1966 we moved. In the September of that year he was born.", "In the September", "1966-09"),
    ("In 1974 they took him. The book said: detained 27/2/74 on orders.", "27/2/74", "1974-02-27"),
    ("He came on Monday the twelfth of July 1954. He left the Friday of the next week.",
     "the Friday of the next week", "1954-07-23"),
    ("Through the summer of 1924 he hunted, and by the end of August he had given up.", "of August", "1924-08"),
    ("On 14 April 1903 the ship sank. In the night the boats drifted.", "In the night", "1903-04-14TNI"),
    ("In June 1947 he left. He came back in March of the next year.", "in March of the next year", "1948-03"),
    ("In June 1947 he left. It had rained in the spring of the year before.", "in the spring of the year before",
     "1946-SP"),
])
def test_compound_ordinals_short_years_and_more_feasts(text, expression, value):
    assert value_of(text, expression).value == value


def test_old_spellings_capitals_and_weekdays_next_or_a_week_on(analyse):
    doc = analyse("On Saturday, the fourteenth of November, 1846, the letter came. He proposes Wednesday next. "
                  "“You come down on Thursday?” he asked. “Thursday week,” she said. “To-morrow, then. And come back on Friday.” THURSDAY")
    values = values_of(doc)
    assert values["Wednesday next"] == "1846-11-18"
    assert values["on Thursday"] == "1846-11-19"
    assert values["Thursday week"] == "1846-11-26"
    assert values["To-morrow"] == "1846-11-15"
    assert values["on Friday"] == "1846-11-20"
    assert "THURSDAY" in values


def test_a_weekday_before_a_date_without_a_year_tells_its_year(analyse):
    doc = analyse("On Sunday, the nineteenth of July, my mother laid the table for six.\n\n"
                  "On the twelfth of January, 1937, a letter came from Madrid.\n")
    assert values_of(doc)["the nineteenth of July"] == "1936-07-19"


def test_a_weekday_before_a_date_takes_the_storys_year_where_it_fits_over_an_asides_year(analyse):
    doc = analyse("On Monday, 22 January 1973, a gale kept the fleet in the harbour. On Friday, 2 February 1973, "
                  "he wrote to her.\n\n"
                  "Twenty-five years later, in an interview recorded for the archive in 1998, Gudrun described what "
                  "woke her. The clock showed a few minutes "
                  "before two in the morning of Tuesday, 23 January.\n")
    assert values_of(doc)["23 January"] == "1973-01-23"


def test_a_date_without_a_year_is_the_nearest_one_in_narration_and_before_after_last(analyse):
    doc = analyse("We moved down to the cellar on the twenty-ninth of December, 1944. On the eighteenth of "
                  "January the noise above us stopped. It was dated the second of January. The order of the "
                  "eleventh of December last was read out.\n")
    values = values_of(doc)
    assert values["the eighteenth of January"] == "1945-01-18"
    assert values["the second of January"] == "1945-01-02"
    assert values["the eleventh of December"] == "1944-12-11"


def test_the_nth_weekday_of_a_month_and_a_year_after_of():
    values = {t.text: t.value for t in times_of("On the last Tuesday of September, 1874, they sat down; on the "
                                                "first Monday in October they left. She had lived with us since "
                                                "the fourteenth of April of 1931.")}
    assert values["the last Tuesday of September, 1874"] == "1874-09-29"
    assert values["the first Monday in October"] == "1874-10-05"
    assert values["the fourteenth of April of 1931"] == "1931-04-14"


def test_a_feast_in_a_since_clause_lies_before_and_does_not_move_the_story(analyse):
    doc = analyse("On the last Tuesday of September, 1874, the family sat down to breakfast. The south chamber had "
                  "not been aired since the minister's sister slept in it at Easter. The cousin came on Thursday "
                  "morning.\n")
    values = values_of(doc)
    assert values["at Easter"] == "1874-04-05"
    assert values["on Thursday morning"] == "1874-10-01TMO"


def test_a_quotations_own_clause_tells_the_way_of_its_weekday(analyse):
    doc = analyse("On the last Tuesday of September, 1874, Margaret unfolded the telegram, which she had read twice "
                  "already: “Arrive Thursday by noon train. Lucy.”\n\n"
                  "In April, a letter had come. “He went to sleep on the third of March and did not wake,” she "
                  "wrote.\n")
    values = values_of(doc)
    assert values["Thursday"] == "1874-10-01"
    assert values["the third of March"] == "1874-03-03"      # not the coming one: "went to sleep" is past


@pytest.mark.parametrize("text, value", [
    ("They met at half past eleven.", "XXXX-XX-XXT11:30"),
    ("He came at a quarter to six in the evening.", "XXXX-XX-XXT17:45"),
    ("At eleven in the morning the lorries came.", "XXXX-XX-XXT11:00"),
    ("We slept at ten o'clock at night.", "XXXX-XX-XXT22:00"),
    ("It was half-past six.", "XXXX-XX-XXT06:30"),
    ("He came home at half after eleven.", "XXXX-XX-XXT11:30"),
    # an hour without am or pm takes the half of day its sentence tells
    ("Dinner was at eight, sir, as usual.", "XXXX-XX-XXT20:00"),
    ("It was nearly four when the lamps went out in the night.", "XXXX-XX-XXT04:00"),
    ("She woke at six, before breakfast.", "XXXX-XX-XXT06:00"),
    ("They went up at ten that night.", "XXXX-XX-XXT22:00"),
    ("It was a little after one o'clock.", "XXXX-XX-XXT13:00"),
    ("They came home by the half past four train, and it was dark.", "XXXX-XX-XXT16:30"),
    ("The walls fell at seventeen minutes past five in the morning.", "XXXX-XX-XXT05:17"),
    ("It was twenty-three minutes to six.", "XXXX-XX-XXT05:37"),
])
def test_clock_times_in_words(text, value):
    # (a part of the day with no day to fall on, "in the night", has no value)
    assert [t.value for t in times_of(text) if t.value] == [value]


def test_a_bare_number_after_at_is_an_hour_only_where_its_clause_ends():
    assert [t for t in times_of("He struck at one blow, and at eight years old he rode.") if t.type == "TIME"] == []


def test_a_clock_time_takes_the_date_beside_it_and_last_night_is_the_day_before(analyse):
    text = ("Inspector Hallam reached the Hall a little after two o'clock on the afternoon of Tuesday, the twelfth "
            "of October, 1926. “I went up at half-past eleven last night,” he said, “and he had told me so at "
            "Michaelmas, and last night he told me again.”")
    values = {t.text: t.value for t in analyse(text).times}
    assert values["two o'clock on the afternoon"] == "1926-10-12T14:00"
    assert values["at half-past eleven last night"] == "1926-10-11T23:30"
    assert values["last night"] == "1926-10-11TNI"        # from the time it is said, not from Michaelmas


def test_thanksgiving_is_the_fourth_thursday_of_november():
    values = {t.text: t.value for t in times_of("In September, 1874, she promised to come at Thanksgiving; "
                                                "on Thanksgiving Day of 1875 she came again.")}
    assert values["at Thanksgiving"] == "1874-11-26"
    assert values["on Thanksgiving Day of 1875"] == "1875-11-25"


def test_a_day_a_quotation_looks_forward_to_is_not_what_it_counts_from(analyse):
    doc = analyse("On the morning of the 12th of April, 1882, the Avvocato called.\n\n“If she receives me, we will "
                  "speak of Saturday the 3rd of June. If she does not, the Avvocato will speak of the thirtieth of "
                  "April,” he said.\n")
    values = values_of(doc)
    assert values["the 3rd of June"] == "1882-06-03"
    assert values["the thirtieth of April"] == "1882-04-30"


def test_the_reference_year_is_that_of_the_story_not_of_its_backstory(analyse):
    doc = analyse("The summer of 1953 came late to Seaford. The house had been bought in 1931 by Gerald Ashcombe, "
                  "with money his brother lent him.\n\n"
                  "The telegram came on Saturday, the eighteenth of July.\n\n"
                  "They both knew the story. In 1931 the bank at Lewes had not been lending to anyone. In July "
                  "the house was full.\n")
    values = values_of(doc)
    assert values["the eighteenth of July"] == "1953-07-18"
    assert values["In July"] == "1953-07"


def test_a_date_years_back_inside_a_paragraph_is_backstory(analyse):
    doc = analyse("On the 18th of July 1953 the telegram came.\n\n"
                  "Her mother turned off the tap. It was five years now since Gerald had died, in the March of "
                  "1948, of a tired heart. That evening Lionel arrived.\n")
    values = values_of(doc)
    assert values["That evening"] == "1953-07-18TEV"


@pytest.mark.parametrize("expression, value", [
    ("at noon", "1926-10-12T12:00"),
    ("midnight", "1926-10-12T24:00"),
    ("At ten past four", "1926-10-12T16:10"),
    ("at twenty to six in the evening", "1926-10-12T17:40"),
    ("ten-thirty", "1926-10-12T10:30"),
    ("at three-forty in the afternoon", "1926-10-12T15:40"),
    ("the 8.15", "1926-10-12T08:15"),
    ("past eleven", "1926-10-12T11:00"),
])
def test_clock_times_in_words_and_figures(expression, value):
    text = ("On the 12th of October, 1926, the train came at noon. He had gone for the 8.15 to Lewes, and was back "
            "at three-forty in the afternoon. At ten past four she left; the clock said ten-thirty when she woke. "
            "It was past eleven. She came back at twenty to six in the evening, and I waited until midnight.")
    assert value_of(text, expression).value == value


def test_years_in_words_and_feasts_written_as_people_say_them():
    found = {t.text: t.value for t in times_of(
        "In nineteen-twenty he was born, and in nineteen forty-four he died. By nineteen hundred it was over. "
        "It cost 3.50 and ten to one it rained.")}
    assert found["nineteen-twenty"] == "1920" and found["nineteen forty-four"] == "1944"
    assert found["nineteen hundred"] == "1900"
    assert not any("3.50" in text or "ten to one" in text for text in found)
    found = {t.text: t.value for t in times_of(
        "On the 12th of May, 1926, we met. They married at midsummer; Labor Day passed, and All Saints'.")}
    assert found["at midsummer"] == "1926-06-24" and found["All Saints"] == "1926-11-01"
    assert found["Labor Day"] == "1926-09-06"                # the first Monday of September 1926


def test_a_bare_day_of_the_month_is_of_the_month_the_story_is_in():
    found = {t.text: t.value for t in times_of(
        "On the 12th of October, 1926, the train came. On the twentieth he came back. He was the first to go. "
        "On the eleventh day it rained.")}
    assert found["On the twentieth"] == "1926-10-20"
    assert not any("eleventh" in text or "first" in text for text in found)


def test_years_ago_in_a_quotation_count_from_the_story_and_in_the_narration_from_the_telling(analyse):
    doc = analyse("On Monday, the 12th of October, 1926, the train came.\n\n“Twelve years ago he left,” she said. "
                  "“Three weeks ago he wrote.”\n\nTwo days later he came. Ten years ago I found the letter.\n")
    values = values_of(doc)
    assert values["Twelve years ago"] == "1914" and values["Three weeks ago"] == "1926-09-21"
    assert values["Two days later"] == "1926-10-14" and values["Ten years ago"] is None


def test_this_week_is_the_iso_week_of_the_day_and_moves_the_story_to_no_other_day(analyse):
    doc = analyse("On Monday, the 21st of December 1942, the sirens sounded. “They come every night this week,” "
                  "she said. The next day was quiet.")
    values = values_of(doc)
    assert values["this week"] == "1942-W52" and values["The next day"] == "1942-12-22"


def test_that_summer_in_a_new_paragraph_is_of_the_year_the_story_has_reached():
    text = ("The war ended on the 13th of November 1918. In December 1918 we came to the city.\n\n"
            "In the spring of 1919 my uncle wrote from Aleppo.\n\nWe did not go that summer.")
    assert value_of(text, "that summer").value == "1919-SU"


def test_that_year_said_of_the_year_the_story_is_in_keeps_the_day_it_has_reached():
    text = "The letter came on the 24th of April 1919. Nothing else happened that year. That night I wrote back."
    assert value_of(text, "That night").value == "1919-04-24TNI"


def test_in_the_evening_and_by_evening_are_the_day_the_story_is_at_and_a_morning_said_ahead_the_next(analyse):
    doc = analyse("On Monday, the 21st of December 1942, the sirens sounded. In the evening we ate. “We leave in "
                  "the morning,” she said. By evening it snowed.")
    values = values_of(doc)
    assert values["In the evening"] == "1942-12-21TEV" and values["By evening"] == "1942-12-21TEV"
    assert values["in the morning"] == "1942-12-22TMO"


def test_the_end_of_the_month_or_of_that_year_is_the_month_or_the_years_december():
    text = "The sirens sounded on the 21st of March 1942. By the end of the month we had gone. At the end of that year he died."
    assert value_of(text, "the end of the month").value == "1942-03"
    assert value_of(text, "the end of that year").value == "1942-12"


def test_a_year_opening_a_paragraph_sets_the_story_going_there_however_far_back(analyse):
    doc = analyse("The letter from my cousin came on the ninth of March 1963, a Saturday.\n\n*\n\n"
                  "In the spring of 1932 we lived in one room of a barrack by the Tractor Plant. My father worked "
                  "there.\n\n"
                  "The bread ran short in May.\n\n"
                  "That summer my grandfather wrote to us from the village.\n")
    values = values_of(doc)
    assert values["That summer"] == "1932-SU"


def test_a_feast_kept_every_year_is_a_set_and_does_not_move_the_story(analyse):
    doc = analyse("In the autumn of 1958 I was twenty years old.\n\n"
                  "Nobody spoke of my uncle at our table. He came out of prison in 1953, and he wrote to my father "
                  "twice a year, at Easter and at Christmas.\n\n"
                  "That October the talk at the faculty was of nothing else.\n")
    times = {t.text: (t.type, t.value) for t in doc.times}
    assert times["at Christmas"] == ("SET", "XXXX-12-25")
    assert times["at Easter"] == ("SET", "P1Y")
    assert times["That October"] == ("DATE", "1958-10")


def test_an_hour_in_an_answer_is_of_the_day_the_question_spoke_of_and_after_the_hour_before(analyse):
    doc = analyse("The Inspector reached the Hall at two o'clock on the afternoon of Tuesday, the twelfth of "
                  "October, 1926.\n\n"
                  "“You knew Sir Gerald as well as anybody. Tell me about last night.”\n\n"
                  "“Dinner was at eight, sir, as usual. The ladies withdrew at a quarter to nine.”\n")
    values = values_of(doc)
    assert values["at eight"] == "1926-10-11T20:00"
    assert values["at a quarter to nine"] == "1926-10-11T20:45"


def test_last_and_next_before_a_month_point_back_and_ahead_from_the_running_time(analyse):
    doc = analyse("In October 1940 the bookshop on Tērbatas iela was shut.\n\n"
                  "“Read anything that was written before last June,” said Tētis. “We shall see next May.”\n")
    values = values_of(doc)
    assert values["last June"] == "1940-06" and values["next May"] == "1941-05"


def test_a_weekday_that_names_a_person_or_any_such_day_does_not_move_the_story(analyse):
    doc = analyse("It was Saturday, the thirtieth of July, 1966. The driver, Mr. Sunday Ogunleye, was washing the grey "
                  "Peugeot.\n\n"
                  "“Sunday, you saw them yourself?” Mrs. Adeyemi asked. Bisi stood behind her in her school cardigan, "
                  "although there was no school on a Saturday.\n\n"
                  "That evening Emeka came.\n")
    times = [(t.text, t.type, t.value) for t in doc.times]
    assert not any(text == "Sunday" for text, _, _ in times)
    assert [found for found in times if found[0] == "Saturday"] == [("Saturday", "DATE", "1966-07-30"),
                                                                    ("Saturday", "SET", "XXXX-WXX-6")]
    assert ("That evening", "TIME", "1966-07-30TEV") in times


def test_a_count_from_an_event_set_beside_a_date_says_the_date_again(analyse):
    doc = analyse("The letter from Contai came on Friday, the 20th of August, 1943, ten months after the cyclone.\n\n"
                  "Two days later Hartley came.\n")
    values = values_of(doc)
    assert values["ten months after"] == "1943-08-20"
    assert values["Two days later"] == "1943-08-22"


def test_a_feast_most_of_a_year_ahead_is_the_one_just_past_and_a_feast_after_a_is_no_day(analyse):
    doc = analyse("The lockout began on the first of May, 1926. It went on and on, through May and June and into "
                  "the dry heat of July. They opened the soup kitchen in the vestry on Whit Sunday, and the women "
                  "served in turns.\n\n"
                  "My father knelt to her as properly as on a New Year's morning. By the end of July we could "
                  "hear the guns.\n")
    found = values_of(doc)
    assert found["on Whit Sunday"] == "1926-05-23"
    assert not str(found.get("New Year", "")).startswith("1927")
    assert found["of July"] == "1926-07"


def test_the_morning_of_a_day_of_the_month_and_a_count_from_an_undated_event_beside_a_season():
    found = {t.text: t.value for t in times_of(
        "On the tenth of August 1953 the men voted. The radio came in the spring of 1950, a month after my "
        "grandmother was buried. On the morning of the sixteenth my grandfather turned it on. The next day "
        "he turned it off.")}
    assert found["a month after"] == "1950-SP"             # not a month past the tenth of August
    assert found["the morning of the sixteenth"] == "1953-08-16TMO" and found["The next day"] == "1953-08-17"


def test_nowruz_and_sinterklaas_are_feasts_of_the_story_year():
    found = {t.text: t.value for t in times_of(
        "In March 1951 the oil was nationalised. Tomorrow is Nowruz.")}
    assert found["Nowruz"] == "1951-03-21"
    found = {t.text: t.value for t in times_of(
        "On the twenty-seventh of November 1944 there was ice on the window. The children put out their shoes on "
        "Sinterklaas evening all the same.")}
    assert found["on Sinterklaas evening"].startswith("1944-12-05")


def test_a_month_past_tense_narration_would_put_most_of_a_year_ahead_is_the_one_just_past():
    found = {t.text: t.value for t in times_of(
        "On the morning of the twenty-seventh of November 1944 there was ice on the window. Until the gas was cut "
        "off in October he had been a bookkeeper at the gasworks. In February the canals froze.")}
    assert found["in October"] == "1944-10"
    assert found["In February"] == "1945-02"            # still the coming one, three months ahead


def test_a_month_after_into_before_or_after_is_a_month_of_the_story():
    found = {t.text: t.value for t in times_of(
        "On the second of December 1944 they reached the farm. That winter the snow lay from Christmas until well "
        "into February. We had to leave before May.")}
    assert found["into February"] == "1945-02" and found["before May"] == "1945-05"


def test_a_coarser_earlier_time_named_in_passing_does_not_move_a_story_known_to_the_day():
    found = {t.text: t.value for t in times_of(
        "On the morning of the twenty-seventh of November 1944 there was ice on the window.\n\n"
        "Hendrik sat. Until the gas was cut off in October he had been a bookkeeper at the gasworks. Two days "
        "later he set off north.")}
    assert found["in October"] == "1944-10" and found["Two days later"] == "1944-11-29"


def test_a_bare_hour_before_a_clause_or_with_is_a_clock_time_but_not_a_rate():
    found = {t.text: t.value for t in times_of(
        "On the eighth of November 1936 the shelling began again. At five a telegram boy came up the stairs. "
        "Tom had been up since six with the cattle. The loan ran at six per cent.")}
    assert found["At five"].startswith("1936-11-08T") and found["since six"].startswith("1936-11-08T")
    assert "at six" not in found


@pytest.mark.parametrize("text, expression, value", [
    ("In 1915 the curate preached on the feast of the Immaculate Conception.", "Immaculate Conception", "1915-12-08"),
    ("In 1915 the wren boys came round on Stephen's Day.", "on Stephen's Day", "1915-12-26"),
    ("In 1987 we went home for Obon.", "Obon", "1987-08-15"),
    ("In 1973 the children threw water at Songkran.", "at Songkran", "1973-04-13"),
    ("In 1847 the fast ended on Maundy Thursday.", "on Maundy Thursday", "1847-04-01"),
])
def test_more_feasts_of_the_irish_japanese_thai_and_church_calendars(text, expression, value):
    assert value_of(text, expression).value == value


def test_it_is_or_was_a_month_is_a_month_of_the_story():
    found = {t.text: t.value for t in times_of(
        "On the second of March 1919 we reached Aleppo. Now it is April, and the figs are green. It was May "
        "before the letter came.")}
    assert found["it is April"] == "1919-04" and found["It was May"] == "1919-05"


def test_a_month_in_capitals_is_a_month_but_not_may_as_a_verb():
    found = {t.text: t.value for t in times_of(
        "In 1958 the leaflets went round. THE ELECTION OF 8 JUNE WAS A FRAUD. MAY GOD FORGIVE THEM.")}
    assert found == {"1958": "1958", "8 JUNE": "1958-06-08"}


def test_a_time_the_story_looks_back_to_with_since_does_not_move_it():
    found = {t.text: t.value for t in times_of(
        "We were back in Tehran on the twenty-fourth of August 1953. That night, for the first time since the "
        "spring, my father dragged the washtub across the courtyard. The next morning the shelf was empty.")}
    assert found["since the spring"] == "1953-SP" and found["The next morning"] == "1953-08-25TMO"


def test_a_spring_that_gives_water_is_no_season(analyse):
    doc = analyse("By June 1992 the taps were dry. Dragan knew where water could still be found: at the spring "
                  "in the brewery yard. The spring behind the mill never froze. They met again in the spring "
                  "in Vienna, and by the spring the taps ran.\n")
    assert [t.text for t in doc.times if "spring" in t.text.lower()] == ["in the spring", "by the spring"]


def test_a_year_an_adjective_describes_is_not_the_year_after_the_story(analyse):
    doc = analyse("On Monday, 4 March 1974, he walked home. He had paid a year of the boy's fees in the bad year "
                  "after the pension was cut. “Last year I was ill,” he said. The year after, they moved.\n")
    values = values_of(doc)
    assert "year after" not in values
    assert values["Last year"] == "1973" and values["The year after"] == "1975"


@pytest.mark.parametrize("text, year", [
    ("The register gives Emil Aaltonen, spinner, born 1892 in Messukylä.", "1892"),
    ("The testimonies were recorded between 2003 and 2006.", "2003"),
])
def test_a_year_after_born_or_between_is_a_year(text, year):
    assert value_of(text, year).value == year


def test_ethiopian_feasts_are_days_and_their_months_are_no_person(analyse):
    doc = analyse("On Monday, the fourth of March 1974, Tesfaye walked home. Emama Tsehay said that Yekatit had "
                  "never once been kind to this city. He had not seen his brother since the last Meskel.\n")
    assert values_of(doc)["last Meskel"] == "1973-09-27"
    assert not any(e.type == "PER" and e.name == "Yekatit" for e in doc.entities)


def test_a_weekday_after_a_date_without_a_year_tells_its_year_too(analyse):
    doc = analyse("On 14 March 1918 the Reds came to the farm. In 1962 he told his interviewer about it.\n\n"
                  "The news of the rising had reached the village on the morning of 28 January, a Monday, carried by "
                  "the milk driver.\n")
    assert values_of(doc)["the morning of 28 January"] == "1918-01-28TMO"


def test_a_year_said_short_in_words_after_in_is_a_year_but_not_a_count_of_years(analyse):
    doc = analyse("In the winter of 1948 the Dutch came back. In forty-six, when the trouble came, we hid. He died "
                  "in forty-two, a month before they came. In twenty-two years I never saw it.\n")
    values = values_of(doc)
    assert values["forty-six"] == "1946" and values["forty-two"] == "1942"
    assert values["twenty-two years"] == "P22Y"


def test_a_date_said_to_a_telling_word_and_years_counted_in_passing_do_not_move_the_story(analyse):
    doc = analyse("Early in March 1918 Hilja trained as a nurse, and she could still recite the oath forty years "
                  "later. On 14 March the column left.\n\nWhat he thought, Väinö told his interviewer in 1962, "
                  "was something else. Two days later the Whites came.\n")
    times = values_of(doc)
    assert times["forty years later"] == "1958" and times["14 March"] == "1918-03-14"
    assert times["Two days later"] == "1918-03-16"
    assert not {"forty years later", "1962"} & {t.text for t in narrative_times(doc)}


def test_a_season_named_on_a_day_of_it_leaves_the_story_at_that_day(analyse):
    doc = analyse("On Tuesday, 12 October 1943, the storm came in off the sea. Guri was sixteen that autumn, and "
                  "tall. She ran down to the quay. That evening her father mended the nets.\n")
    values = values_of(doc)
    assert values["that autumn"] == "1943-FA" and values["That evening"] == "1943-10-12TEV"


def test_a_season_set_beside_a_date_is_that_dates_season(analyse):
    doc = analyse("On 12 October 1943 the storm came in. Her brother had been born in January 1922, the winter "
                  "the ice reached the landing. The following morning the boats stayed in.\n")
    values = values_of(doc)
    assert values["the winter"] == "1921-WI" and values["The following morning"] == "1943-10-13TMO"


def test_a_date_told_after_what_is_certain_is_that_moves_the_story(analyse):
    doc = analyse("On Monday, 14 February 1927, the captain rode in. Nobody knows who told him. What is certain is "
                  "that on the night of Tuesday, 15 March 1927, rifle butts struck the door. Three days later the "
                  "priest left.\n")
    assert values_of(doc)["Three days later"] == "1927-03-18"


def test_a_feast_set_beside_its_date_is_that_date(analyse):
    doc = analyse("Late in March 1943 the thaw came.\n\nOn Easter Sunday, 9 April 1944, four years to the day since "
                  "the Germans had come up the fjord, the pastor preached. The day after, the doctor came.\n")
    values = values_of(doc)
    assert values["On Easter Sunday"] == "1944-04-09" and values["The day after"] == "1944-04-10"


def test_a_month_with_a_short_year_in_words_after_of():
    assert value_of("Padre, I have known since March of twenty-seven.", "March of twenty-seven",
                    year=1929).value == "1927-03"


@pytest.mark.parametrize("text, found", [
    ("Padre Anguiano, then a man of fifty-eight, lay still.", "P58Y"),
    ("She was a girl of twelve when the war came.", "P12Y"),
    ("He was a man of two minds about it.", None),
    ("He was a man of few words.", None),
])
def test_a_person_of_an_age(text, found):
    ages = [t.value for t in times_of(text) if t.type == "AGE"]
    assert ages == ([found] if found else [])


def test_years_ago_in_a_third_person_narration_count_from_the_story(analyse):
    doc = analyse("On Sunday, the 15th of October, 1882, the bells rang. The curé came across the cobbles. He had "
                  "been in Semur since the war, twelve years ago, and still spoke of the town as a posting.\n")
    assert values_of(doc)["twelve years ago"] == "1870"


def test_a_weekday_no_anchor_dates_is_the_full_date_beside_it_that_falls_on_it(analyse):
    doc = analyse("I was twelve in the August of 1946. That was how I knew it was Saturday. It was the "
                  "twenty-fourth of August, and my father came home.\n")
    assert values_of(doc)["Saturday"] == "1946-08-24"
    doc = analyse("The eruption began on 23 January 1973. By the evening of that Tuesday almost everyone had left.\n")
    assert values_of(doc)["that Tuesday"] == "1973-01-23"
    # not a date that falls on another day
    doc = analyse("I was twelve in the August of 1946. That was how I knew it was Friday. It was the "
                  "twenty-fourth of August, and my father came home.\n")
    assert values_of(doc)["Friday"] != "1946-08-24"


def test_a_weekday_and_day_take_the_narrations_year_where_the_weekday_fits_it():
    # the 15th of July was a Monday in 1957 and in 1963 (the year the story is told of): the narration is in 1957
    text = ("Aachchi fell ill in the south-west monsoon of 1957, and on the afternoon of Monday, the 15th of July, "
            "the doctor came up the lane. We were married in 1963. In 1963 the house was sold. By 1963 all of "
            "them were gone.")
    assert value_of(text, "the afternoon of Monday, the 15th of July").value == "1957-07-15TAF"
    # (and so where the weekday said inside the expression is the only one to tell it: 1963's was a Monday too)
    text = ("We were married in 1963. On the afternoon of Friday, the 15th of July, the doctor came up the lane. "
            "In 1963 the house was sold.")
    assert value_of(text, "the afternoon of Friday, the 15th of July").value == "1960-07-15TAF"


def test_a_weekday_with_a_part_of_the_day_and_a_day_of_the_month_is_that_day():
    text = "It was March 1949. On Wednesday evening, the twenty-third, Villem came to the door."
    assert value_of(text, "On Wednesday evening, the twenty-third").value == "1949-03-23TEV"


def test_st_johns_eve_and_the_estonian_jaans_eve_are_midsummer_eve():
    text = "On Jaan's Eve of 1938, which fell on a Thursday, the bonfire was built high. Tomorrow they would cut hay."
    assert value_of(text, "On Jaan's Eve of 1938").value == "1938-06-23"
    assert value_of(text, "Tomorrow").value == "1938-06-24"
    assert value_of("On St. John's Eve of 1901 the mill burned.", "On St. John's Eve of 1901").value == "1901-06-23"


def test_a_spelled_year_after_in_at_the_opening_of_a_quotation():
    text = "“In nineteen thirty-eight also they shouted against Hindi,” said my mother-in-law."
    assert value_of(text, "nineteen thirty-eight").value == "1938"


def test_a_year_a_state_lasts_until_moves_no_story_on():
    text = ("On 21 March 1929 her uncle left a paper bird on her pillow. She kept the bird, she told me, until 1937, "
            "and then she burned it herself.\n\nIn June the school held its examinations.")
    assert value_of(text, "In June").value == "1929-06"


@pytest.mark.parametrize("text, expression, value", [
    # worked out from the Hebrew calendar: Rosh Hashanah 5707 fell on 26 September 1946, Yom Kippur ten days on
    ("In 1946 the shofar sounded on Yom Kippur.", "on Yom Kippur", "1946-10-05"),
    ("In 1946 we lit the candles at Hanukkah.", "at Hanukkah", "1946-12-18"),
    ("They planted the orchard on Tu Bishvat 1952.", "on Tu Bishvat 1952", "1952-02-11"),
    ("In 1949 we went up to Meron on Lag Ba'Omer.", "on Lag Ba'Omer", "1949-05-17"),
    ("In 1944 the children still dressed up for Purim.", "Purim", "1944-03-09"),
    # its day begins at nightfall: the first night of a feast is the evening before its first day
    ("In April 1946 we sat together on the first night of Passover.", "on the first night of Passover",
     "1946-04-15TNI"),
    ("In December 1946 we lit two candles on the second night of Hanukkah.", "on the second night of Hanukkah",
     "1946-12-18TNI"),
    ("In 1958 she died on the eve of Rosh Hashanah.", "on the eve of Rosh Hashanah", "1958-09-14TEV"),
    ("The rents fell due on the eve of Michaelmas.", "on the eve of Michaelmas", "XXXX-09-28TEV"),
])
def test_feasts_of_the_hebrew_calendar(text, expression, value):
    assert value_of(text, expression).value == value


def test_the_hebrew_calendar_keeps_its_long_and_leap_years():
    assert in_gregorian_year("hebrew", 7, 10, 1973) == dt.date(1973, 10, 6)     # Yom Kippur of the war
    assert in_gregorian_year("hebrew", 1, 15, 2024) == dt.date(2024, 4, 23)     # Passover after a leap year's Adar II
    assert in_gregorian_year("hebrew", 9, 25, 2024) == dt.date(2024, 12, 26)


@pytest.mark.parametrize("text, expression, value", [
    # the seasons of the tropics: the South Asian monsoon is summer, East Africa's long rains spring, its short
    # rains autumn, the West African harmattan winter
    ("The roof fell in during the monsoon of 1934.", "the monsoon of 1934", "1934-SU"),
    ("They planted maize in the long rains of 1947.", "the long rains of 1947", "1947-SP"),
    ("The school closed in the short rains of 1952.", "the short rains of 1952", "1952-FA"),
    ("The dust came with the harmattan of 1960.", "the harmattan of 1960", "1960-WI"),
])
def test_seasons_of_the_tropics(text, expression, value):
    assert value_of(text, expression).value == value


def test_a_date_said_to_a_researcher_or_a_historian_dates_the_telling_not_the_story(analyse):
    doc = analyse("On Saturday, 28 February 1948 the column turned toward the Castle. Kwame told the researcher in "
                  "1974 that nobody gave an order. That night the stores burned.\n")
    assert values_of(doc)["That night"] == "1948-02-28TNI"
    assert "1974" not in {t.text for t in narrative_times(doc)}


def test_the_new_year_in_lower_case_is_the_year_after_the_storys_but_january_of_it_a_month(analyse):
    doc = analyse("In December 1992 the shelling went on every night. The new year came with snow and no bread.\n\n"
                  "In the autumn of 1957 the school closed. Ti-Jean left in January of the new year.\n")
    values = values_of(doc)
    assert values["The new year"] == "1993"
    assert values["in January"] == "1958-01" and "the new year" not in values


def test_a_part_of_a_day_named_with_its_weekday_and_date_and_one_a_clock_already_has(analyse):
    doc = analyse("Independence came at twenty minutes past four in the morning of Sunday, 4 January 1948. The "
                  "rebels landed on the night of Wednesday, 26 April 1961, and on the afternoon of Tuesday, 18 "
                  "October 1960 Chucho left.")
    values = {t.text: t.value for t in doc.times}
    assert values["the night of Wednesday, 26 April 1961"] == "1961-04-26TNI"
    assert values["the afternoon of Tuesday, 18 October 1960"] == "1960-10-18TAF"
    assert values["at twenty minutes past four in the morning"] == "1948-01-04T04:20"
    assert values["4 January 1948"] == "1948-01-04"


def test_the_season_the_running_day_is_in_and_the_somali_seasons():
    text = ("On Friday, the sixteenth of August 1974, she arrived at the camp. She taught there through what was "
            "left of the summer. By the autumn the camels had begun to kneel.")
    assert value_of(text, "the summer").value == "1974-SU"
    assert value_of(text, "By the autumn").value == "1974-FA"
    text = ("Hodan was born in the Gu' of 1953. The Xagaa of 1967 was dry, and the Dayr of 1968 wet. The rainy "
            "season of 1940 was late, the cold season of 1944 long.")
    assert value_of(text, "The rainy season of 1940").value == "1940-SU"
    assert value_of(text, "the cold season of 1944").value == "1944-WI"
    assert [value_of(text, s).value for s in ("the Gu' of 1953", "The Xagaa of 1967", "the Dayr of 1968")] == [
        "1953-SP", "1967-SU", "1968-FA"]


def test_a_part_of_a_day_of_the_month_named_alone():
    text = ("On 8 August 1942 the Congress met. He left on the night of the nineteenth as suddenly as he had come. "
            "On the evening of the twenty-first a telegram came, and on the morning of the tenth day he was back.")
    assert value_of(text, "the night of the nineteenth").value == "1942-08-19TNI"
    assert value_of(text, "the evening of the twenty-first").value == "1942-08-21TEV"
    assert not any(t.text.startswith("the morning of the tenth") for t in times_of(text))


def test_a_date_on_the_tag_of_a_quotation_is_when_it_was_told_and_that_christmas_is_the_nearest(analyse):
    doc = analyse("On Friday, 22 December 1961, Cuba was declared free of illiteracy, and Ana María was in the "
                  "crowd. “We shouted until we had no voices,” she said in 1998. “Papá had a cold all that "
                  "Christmas.”\n\nIn March 1962 they left. That Easter was cold.\n")
    values = values_of(doc)
    assert values["that Christmas"] == "1961-12-25"        # not 1998's, nor the one before the running day
    assert values["That Easter"] == "1962-04-22"


def test_a_count_of_days_from_the_last_day_its_paragraph_names_told_aside_or_not(analyse):
    doc = analyse("In the first week of October 1942 Aai locked up the rooms. The first letter from Baba was dated "
                  "the twentieth of October and reached Kelshi ten days later. Aai read it aloud that evening.\n\n"
                  "My brother Madhav was born in the spring of 1943, on the sixth of April. Twelve days later the "
                  "women of the lane came for the naming.\n")
    values = values_of(doc)
    assert values["ten days later"] == "1942-10-30" and values["that evening"] == "1942-10-30TEV"
    assert values["Twelve days later"] == "1943-04-18"


def test_midnight_is_the_next_days_first_moment_but_the_story_stays_in_the_night_it_ends(analyse):
    doc = analyse("On the 30th of August 1957 the whole street stayed up. At midnight the flag came down and the new "
                  "one went up. The next morning nobody went to work. Towards midnight on the 2nd of September it "
                  "rained.\n")
    values = values_of(doc)
    assert values["At midnight"] == "1957-08-31T00:00"
    assert values["The next morning"] == "1957-08-31TMO"
    assert values["midnight"] == "1957-09-02T24:00"        # (towards it: still the day's)


def test_midnight_on_a_date_is_that_days_first_moment(analyse):
    doc = analyse("In 1972 the Americans left. The islands went back to Japan at midnight on 15 May 1972.\n")
    assert values_of(doc)["at midnight"] == "1972-05-15T00:00"


def test_a_time_after_that_the_parser_made_a_clause_mark_still_sets_the_narrative_time(analyse):
    # "I was ten years old that winter, and on …, my father flew": "that" is no "that"-clause's
    doc = analyse("I was ten years old that winter, and on Uttarayan, Tuesday the fourteenth of January 1958, my "
                  "father flew his last kite from our terrace before he went to Africa.\n\n"
                  "My mother came up. That night I heard her through the wall. On Saturday the eighteenth he "
                  "sailed for Mombasa.\n")
    values = values_of(doc)
    assert values["That night"] == "1958-01-14TNI"
    assert values["On Saturday the eighteenth"] == "1958-01-18"


def test_a_feast_one_sets_out_for_gives_its_year_and_a_week_counted_from_a_date_is_that_iso_week(analyse):
    doc = analyse("The Okafors drove home to Amichi for Christmas in 1964, as they did every year. They left Enugu "
                  "on the morning of the twenty-third of December, a Wednesday.\n\n"
                  "Nothing more came until the week before Christmas 1970, when a postcard arrived.\n")
    values = values_of(doc)
    assert values["Christmas in 1964"] == "1964-12-25"
    assert values["Wednesday"] == "1964-12-23"             # not the Wednesday after Christmas
    assert values["the week before"] == "1970-W51"         # counted from Christmas 1970


def test_feasts_of_the_islamic_calendar_and_a_feast_a_day_is_not():
    found = {t.text: t.value for t in times_of(
        "Hassan came home before Hari Raya Puasa in 1942. In 1946 they kept Hari Raya Haji in Jelutong, and in "
        "2024 Eid al-Fitr fell in April.")}
    assert found["Hari Raya Puasa in 1942"] == "1942-10-12"      # 1 Shawwal 1361
    assert found["Hari Raya Haji"] == "1946-11-05"               # 10 Dhu al-Hijjah 1365
    assert found["Eid al-Fitr"] == "2024-04-10"


def test_a_feast_a_day_is_not_is_no_time(analyse):
    doc = analyse("On Monday the fourth of April 1960 the agreements were signed.\n\n"
                  "‘Tonton, what is the sheep for?’ asked Iba. ‘It is not Tabaski.’\n")
    assert "Tabaski" not in values_of(doc)
    doc = analyse("The following morning, which was Christmas Day, Kamal came down in 1942.\n")
    assert "Christmas Day" in values_of(doc)


def test_the_last_day_and_the_nth_day_of_a_month():
    found = {t.text: t.value for t in times_of(
        "He left Lhasa in 1947 and wrote on the last day of October. On the last day of February 1948 it snowed, "
        "and on the third day of March 1948 the passes opened.")}
    assert found["the last day of October"] == "1947-10-31"
    assert found["the last day of February 1948"] == "1948-02-29"       # a leap year
    assert found["the third day of March 1948"] == "1948-03-03"


def test_the_nth_day_of_a_feast_and_a_feast_beside_its_date():
    found = {t.text: t.value for t in times_of(
        "They married in 1988 on the third day of the Eid after Ramadan. On the second morning of Christmas 1950 "
        "it snowed.")}
    assert found["on the third day of the Eid after Ramadan"] == "1988-05-20"      # 3 Shawwal 1408, reckoned
    assert found["On the second morning of Christmas 1950"] == "1950-12-26TMO"
    assert value_of("In May 1955 the small Sallah came early.", "small Sallah").value == "1955-05-23"
    assert value_of("In April 1964 the big Sallah fell on a Thursday.", "big Sallah").value == "1964-04-23"
    # the moon was sighted a day before the reckoned calendar's feast: the text's date stands
    found = {t.text: t.value for t in times_of(
        "Ana died on the second of July, 1990, on the first morning of the Eid of the sacrifice. Word reached us "
        "ten days later.")}
    assert found["on the first morning of the Eid of the sacrifice"] == "1990-07-02TMO"
    assert found["ten days later"] == "1990-07-12"


def test_the_morning_after_a_night_is_the_next_days(analyse):
    doc = analyse("The water came on the night of the sixteenth of July 1954. In the morning the town was a lake.\n\n"
                  "On 3 May 1955 he left Gangtok at eight in the evening. In the morning he was in Siliguri.\n\n"
                  "An official arrived in Kalimpong in December 1950, on the twenty-sixth with an escort of six.\n")
    values = [(t.text, t.value) for t in doc.times]
    assert values[1] == ("In the morning", "1954-07-17TMO")
    assert values[4] == ("In the morning", "1955-05-04TMO")
    assert ("on the twenty-sixth", "1950-12-26") in values


def test_the_dry_season_is_the_winter_of_its_year():
    assert value_of("The road was cut in the dry season of 1955.", "the dry season of 1955").value == "1955-WI"


def test_at_night_at_sunset_before_dawn_and_by_the_evening_are_parts_of_the_day(analyse):
    doc = analyse("On 23 March 1979 the city rose. At night the planes came. In the morning the streets were empty.\n\n"
                  "On 8 October 1951 they fasted. At sunset the cannon sounded.\n\n"
                  "We left Kabul on 20 August 1974 and reached Jalalabad by the evening.\n\n"
                  "On 6 August 1972 the rain began. We were on the road before dawn.\n")
    values = values_of(doc)
    assert values["At night"] == "1979-03-23TNI" and values["In the morning"] == "1979-03-24TMO"
    assert values["At sunset"] == "1951-10-08TEV"
    assert values["by the evening"] == "1974-08-20TEV"
    assert values["before dawn"] == "1972-08-06TMO"


@pytest.mark.parametrize("text,expression,value", [
    ("The telegram came on Sunday, the thirtieth of Mehr 1368.", "the thirtieth of Mehr 1368", "1989-10-22"),
    ("The card says: issued 25/2/1367.", "25/2/1367", "1988-05-15"),
    ("We left Tehran in Esfand 1357.", "Esfand 1357", "1979-03"),
    ("They married on 1 Farvardin 1399.", "1 Farvardin 1399", "2020-03-20"),   # a leap year's Nowruz
    # no year of its own: the solar year whose day falls in the running one (Jadi runs from December)
    ("In December 1974 the rains stopped. The malik came on the third of Jadi.", "the third of Jadi", "1974-12-24"),
    ("In 1975 we went up for the Nawroz of 1968 again.", "Nawroz of 1968", "1968-03-21"),
])
def test_days_of_the_iranian_and_afghan_solar_calendar_and_nawroz(text, expression, value):
    assert value_of(text, expression).value == value


@pytest.mark.parametrize("text,expression,value", [
    # the tabular Islamic calendar: 1 Muharram 1355 fell on 24 March 1936 by it
    ("He reached the coast on the first of Muharram 1355.", "the first of Muharram 1355", "1936-03-24"),
    ("The letter is dated 20 Dhu al-Qa’da 1367.", "20 Dhu al-Qa’da 1367", "1948-09-24"),
    ("They left Tarim in Shawwal 1331.", "Shawwal 1331", "1913-09"),
    # a Gregorian day set beside it is the day the moon was sighted
    ("He died on the afternoon of 17 Ramadan 1347, which was 26 February 1929.",
     "the afternoon of 17 Ramadan 1347", "1929-02-26TAF"),
    ("The ledger gives both reckonings: 4 Shawwal 1310, and 20 April 1893.", "4 Shawwal 1310", "1893-04-20"),
    ("A son was born on the morning of Eid al-Adha, 10 Dhu al-Hijja 1333, which was 18 October 1915.",
     "on the morning of Eid al-Adha", "1915-10-18TMO"),
    # a feast with a year of the Hijri calendar
    ("He went down to the coast after the Eid al-Adha of 1320.", "Eid al-Adha of 1320", "1903-03-10"),
    # no year of its own: the day of the Islamic year that falls in the running one
    ("In 1936 the rains failed. On the tenth of Muharram the town mourned.", "the tenth of Muharram", "1936-04-02"),
])
def test_days_of_the_islamic_calendar(text, expression, value):
    assert value_of(text, expression).value == value


def test_before_the_story_has_a_date_one_its_paragraph_gives_later_sets_the_year():
    # the document's most frequent year (1936) is no year for the opening, which the paragraph dates a sentence on
    text = ("Salim left Tarim three days after Eid al-Fitr. The family papers give the day: 20 April 1893. He was "
            "thirty-one.\n\nThe evening before he left, the household sat in the upper room.\n\n"
            "His son reached the coast on 23 March 1936. He wrote again on 10 December 1936.\n")
    assert value_of(text, "Eid al-Fitr").value.startswith("1893-04")
    assert value_of(text, "The evening before").value.startswith("1893-04")


@pytest.mark.parametrize("text,expression,value", [
    ("My mother died on the twelfth of Hamle in the year 1967 by our count.", "the twelfth of Hamle in the year 1967",
     "1975-07-19"),
    # no year of its own: the Ethiopian year whose day falls in the running one
    ("In 1959 the rains came late. On the first day of Sene we went south.", "the first day of Sene", "1959-06-08"),
    # Meskel and Timket fall a day later in the year before a Gregorian leap year
    ("We lit the Demera at the Meskel of 1958.", "Meskel of 1958", "1958-09-27"),
    ("We lit the Demera at the Meskel of 1959.", "Meskel of 1959", "1959-09-28"),
    ("The village walked to the pool at Timket, in January of 1960.", "at Timket", "1960-01-20"),
    ("We fasted until Fasika in 1968.", "Fasika in 1968", "1968-04-21"),
    # a text that names the Ethiopian months: its new year is 1 Meskerem, the nearest to the running day
    ("On the first day of Sene 1951 we went to Adi Gebru. We stayed past the new year. On the first of Meskerem "
     "the girls sang.", "the new year", "1959-09-12"),
    # Tir of a text of Ethiopian months is their fifth month, not the Persian fourth
    ("On the first of Meskerem 1952 he left; on the tenth of Tir 1952 he wrote.", "the tenth of Tir 1952",
     "1960-01-19"),
])
def test_days_and_feasts_of_the_ethiopian_calendar(text, expression, value):
    assert value_of(text, expression).value == value


@pytest.mark.parametrize("text,expression,value", [
    # the year of a feast said after it, with the month it falls in
    ("Tewolde came on the night of Hidar Tsion, at the end of November 1970, after the curfew.",
     "on the night of Hidar Tsion", "1970-11-30TNI"),
    # a feast set beside its weekday and date
    ("In 1969 she married. On the day of the Bajada de Reyes, Saturday the sixth of January 1973, the teacher "
     "came.", "Bajada de Reyes", "1973-01-06"),
    ("In 1984 he was in Lima. They came on the eve of Mother's Day.", "on the eve of Mother's Day", "1984-05-12TEV"),
    ("In 1960 they went to the feast of Santa Rosa.", "feast of Santa Rosa", "1960-08-30"),
    ("In 1969 the feast of San Juan fell on a Tuesday.", "feast of San Juan", "1969-06-24"),
    ("In 1957 the children recited at Fakamē.", "at Fakamē", "1957-05-05"),
    # feasts of several days are dated to the month they begin in
    ("She came for Carnival, in February 1981.", "Carnival", "1981-02"),
    ("In 1950 the family went to church all through the Uike Lotu.", "Uike Lotu", "1950-01"),
    ("In the Christmas holidays of 1950 Lesieli took all three north.", "Christmas holidays of 1950", "1950-12"),
    # a weekday's part of the day stays with the date set beside it
    ("In the Christmas holidays of 1950 they went north. They arrived on a Friday evening, the twenty-second of "
     "December.", "Friday evening", "1950-12-22TEV"),
])
def test_feasts_of_peru_and_tonga_and_a_feast_beside_its_date(text, expression, value):
    assert value_of(text, expression).value == value


@pytest.mark.parametrize("text,expression,value", [
    ("Mirzə dayı did come at Novruz, in March 1942, and examined my grammar.", "at Novruz", "1942-03-21"),
    ("In 1945 we heard the news on Victory Day.", "on Victory Day", "1945-05-09"),
    ("In 1930 she was born on Brigid’s day.", "on Brigid’s day", "1930-02-01"),
    ("She was born on Lá Fhéile Bríde, 1930.", "on Lá Fhéile Bríde, 1930", "1930-02-01"),
    # the last Sunday of July, the day of the pilgrimage to the Reek
    ("On the night of Garland Sunday, 1920, the police came.", "On the night of Garland Sunday, 1920", "1920-07-25TNI"),
])
def test_feasts_of_azerbaijan_the_soviet_union_and_ireland(text, expression, value):
    assert value_of(text, expression).value == value


def test_the_month_of_the_day_just_named_does_not_move_the_story_off_that_day(analyse):
    doc = analyse("He came on the night of Hidar Tsion, at the end of November 1970. Two days later he was gone.\n")
    assert values_of(doc)["Two days later"] == "1970-12-02"


@pytest.mark.parametrize("text,expression,value", [
    ("On 20 April 1958 Mzee Ali came at saa nane.", "saa nane", "1958-04-20T14:00"),
    ("On 12 January 1964 they came at saa tisa of the night.", "saa tisa of the night", "1964-01-12T03:00"),
    ("On 15 January 1964 at saa nne asubuhi the list went up.", "saa nne asubuhi", "1964-01-15T10:00"),
    ("On 7 April 1972 at saa kumi na mbili in the evening he sailed.", "saa kumi na mbili in the evening",
     "1972-04-07T18:00"),
    ("On 7 April 1972 at saa tatu usiku they slept.", "saa tatu usiku", "1972-04-07T21:00"),
])
def test_the_swahili_clock_counts_its_hours_from_six(text, expression, value):
    assert value_of(text, expression).value == value


def test_the_feast_is_the_one_named_last_and_nothing_where_none_was():
    text = ("The first Nawroz I remember whole is the Nawroz of 1968. We had come up two days before the feast, and "
            "on the eve of the feast the fire was lit on the roof.")
    assert value_of(text, "two days before").value == "1968-03-19"
    assert value_of(text, "the feast").value == "1968-03-21"
    assert value_of(text, "the eve of the feast").value == "1968-03-20TEV"
    assert not [t for t in times_of("In 1968 we ate well at the feast.") if "feast" in t.text]


def test_a_weekday_takes_its_part_of_the_day_after_a_comma():
    text = "On 20 September 1969 the planes came. They left on Tuesday, in the morning, with the mules."
    assert value_of(text, "on Tuesday, in the morning").value == "1969-09-23TMO"


def test_a_part_of_a_feasts_day_and_a_capitalised_solar_day():
    assert value_of("In 1960 we waited up for the morning of Christmas.", "the morning of Christmas").value \
        == "1960-12-25TMO"
    assert value_of("In April 1978 the tanks came. It was the Seventh of Saur.", "the Seventh of Saur").value \
        == "1978-04-27"


@pytest.mark.parametrize("text,expression,value", [
    ("Qurban Heyt fell that year on the third of October, 1949. On the morning of the feast my father killed "
     "the ram.", "the morning of the feast", "1949-10-03TMO"),
    ("In 1962 I went north. Five days after Qurban Heyt a letter came.", "Qurban Heyt", "1962-05-15"),
    ("We came home for Rozi Heyt of 1989.", "Rozi Heyt of 1989", "1989-05-07"),
    ("On the last day of July, the feast of San Ignacio, 1898, they walked to Loiola.", "San Ignacio, 1898",
     "1898-07-31"),
    ("Pamplona was full for the week of San Fermín in 1912.", "San Fermín in 1912", "1912-07-07"),
    ("He spoke to her first on the feast of Corpus in 1908.", "Corpus in 1908", "1908-06-18"),
])
def test_feasts_of_the_uyghurs_and_the_basques_and_the_feast_named_again(text, expression, value):
    assert value_of(text, expression).value == value


def test_a_place_named_for_a_saint_or_a_feast_is_no_time(analyse):
    doc = analyse("The suspension took effect on 31 July 1926, a Saturday. The following morning the church of "
                  "San Ignacio stood open, and no Mass was said in it.\n")
    assert "San Ignacio" not in values_of(doc)
    assert values_of(doc)["The following morning"] == "1926-08-01TMO"


def test_a_day_of_the_month_said_in_a_year_is_of_that_year(analyse):
    # (the story's reference year is another: that of its one full date)
    doc = analyse("On the last day of July in 1898 the household walked down the hill. «Then laugh at it tomorrow,» "
                  "he said.\n\nThe register at Azpeitia has them married on the fourth of October, 1910.\n")
    values = values_of(doc)
    assert values["the last day of July"] == "1898-07-31" and values["tomorrow"] == "1898-08-01"


def test_the_day_of_that_month_is_of_the_month_just_named(analyse):
    doc = analyse("It was January 1962, the middle of the rains. Rudo had been delivered of her first child on the "
                  "fourteenth of that month, a Sunday, at the clinic.\n")
    assert values_of(doc)["the fourteenth of that month"] == "1962-01-14"


def test_a_weekday_with_its_day_goes_back_to_a_month_told_to_the_day_where_the_story_knows_no_month(analyse):
    doc = analyse("The telegram came on Tuesday, the sixth of December 1983.\n\n"
                  "Two years before, in 1981, the town had its name back. In 1982 he wrote to his brother.\n\n"
                  "And now their grandmother was dead, and they were going home to bury her. They took the first bus "
                  "on Wednesday morning, the seventh, from the market.\n")
    assert values_of(doc)["on Wednesday morning, the seventh"] == "1983-12-07TMO"


def test_catalan_feasts(analyse):
    doc = analyse("On Sant Jordi of 1934, a Monday, Jordi Puig bought his mother a rose. On Sant Esteve she made "
                  "canelons for fourteen.\n")
    assert [t.value for t in doc.times][:1] == ["1934-04-23"]
    assert not [e for e in doc.entities if e.type == "PER" and any(m.text == "Sant Jordi" for m in e.mentions)]


def test_a_year_the_story_stays_in_is_the_story_year_for_that_winter_a_paragraph_on(analyse):
    doc = analyse("Ola was born on the twenty-fifth of March 1889, on the plateau. His father died in 1898, and in "
                  "1903 the boy went with his uncle to the coast.\n\n"
                  "The war had been in Finnmark since the spring of 1940. It arrived in earnest in the autumn of "
                  "1944. On Monday, the thirtieth of October, the lensmann rode out to the camp. The next day the "
                  "family packed, and that afternoon they left. Two days later they saw the smoke.\n\n"
                  "They spent that winter in the mountains, with no fire in daylight.\n")
    assert next(t.value for t in doc.times if t.text == "that winter") == "1944-WI"


def test_tatar_feasts_and_a_year_a_few_words_into_a_paragraph_sets_the_scene(analyse):
    doc = analyse("My first clear memory is of Qorban bayramı in 1928. They took our horse in March 1930, on "
                  "Uraza bayramı.\n\n"
                  "The Sabantuy of 1941 fell on Sunday, the twenty-second of June, and Ilyas won the ram.\n\n"
                  "That summer the tractors came.\n")
    values = {t.text: t.value for t in doc.times}
    assert values["That summer"] == "1941-SU"
    assert values["on Uraza bayramı"].startswith("1930-0") and values["Qorban bayramı in 1928"].startswith("1928-05")


@pytest.mark.parametrize("text, expression, value", [
    ("I was born on St David’s Day, 1921, in the slate country.", "on St David’s Day, 1921", "1921-03-01"),
    ("We were married on the Saturday after Easter, 1946, in the chapel.", "on the Saturday after Easter, 1946",
     "1946-04-27"),
    ("He died on the Monday before Christmas 1950.", "on the Monday before Christmas 1950", "1950-12-18"),
    ("The bells rang on VE Day and nobody worked.", "on VE Day", "1945-05-08"),
    # (told after it, in December 1945: no day of history comes again after the running date)
    ("On the eighteenth of December 1945 he came home. He had been in Hamburg on VE Day.", "on VE Day",
     "1945-05-08"),
    ("Gwilym wrote a week after D-Day from Normandy.", "D-Day", "1944-06-06"),
])
def test_saints_days_without_a_full_stop_days_of_history_and_a_weekday_after_a_feast(text, expression, value):
    assert value_of(text, expression).value == value


def test_the_month_with_an_article_is_that_month_of_the_year_told():
    found = {t.text: t.value for t in times_of("In March 1931 we came to Blaenau. In the July the quarry shut.")}
    assert found["In the July"] == "1931-07"
    assert not any("October" in t.text for t in times_of("The October Revolution was far away."))


@pytest.mark.parametrize("text, expression, value", [
    ("They went down to Tórshavn at Ólavsøka in 1937.", "at Ólavsøka in 1937", "1937-07-29"),
    ("The shooting began on the night of the Toussaint, 1954.", "on the night of the Toussaint, 1954",
     "1954-11-01TNI"),
    ("In 1947 they said he would go before Yennayer.", "Yennayer", "1947-01-12"),
    ("On the first day of 1920 the indentures ended.", "the first day of 1920", "1920-01-01"),
    ("He died on the last day of the year 1945.", "the last day of the year 1945", "1945-12-31"),
    ("The 1943 season should have opened in June.", "1943", "1943"),
])
def test_faroese_kabyle_and_french_feasts_and_the_first_and_last_day_of_a_year(text, expression, value):
    assert value_of(text, expression).value == value


def test_a_number_before_a_noun_is_no_year_unless_the_noun_is_a_year_s():
    assert [t.text for t in times_of("He hired 1500 workers at the mill.")] == []
    assert value_of("The 1926 strike lasted all summer.", "1926").value == "1926"



def test_a_month_next_after_or_last_before_the_running_time():
    text = ("In May 1944 the camp was moved. The following March we were freed. In June 1950 I married. "
            "The previous November my father had died.\n")
    assert value_of(text, "The following March").value == "1945-03"
    assert value_of(text, "The previous November").value == "1949-11"
    # from a season, its start: "until the spring … the following March" is that spring's March
    text = ("In the autumn of 1944 the Germans burned the coast. They spent that winter in the hills, counting the "
            "herd every evening until the spring. No word came until the following March.\n")
    assert value_of(text, "the following March").value == "1945-03"
    # from a day of no known year, none
    assert value_of("On 3 March the boat came. The following June we left.\n", "The following June").value is None


def test_slovene_feasts_are_dated():
    text = "In 1931 we moved to Tomaj. Martinovo of 1931 was wet. Mala maša of 1956 was hot.\n"
    assert value_of(text, "Martinovo of 1931").value == "1931-11-11"
    assert value_of(text, "Mala maša of 1956").value == "1956-09-08"


def test_a_count_of_days_runs_from_the_day_it_began():
    text = ("We reached Grozny on 15 March 1944. The first night we slept in the station. On the second day the "
            "trains came. The third evening was cold. The first day of the year was quiet.\n")
    values = {t.text: t.value for t in times_of(text)}
    assert values["The first night"] == "1944-03-15TNI"
    assert values["the second day"] == "1944-03-16"
    assert values["The third evening"] == "1944-03-17TEV"
    assert "The first day" not in values          # "of the year": a date of its own


def test_the_early_or_late_part_of_a_day_is_that_part_of_it():
    text = "On 7 December 1983 the rains came. In the late afternoon the river rose.\n"
    assert value_of(text, "In the late afternoon").value == "1983-12-07TAF"


def test_a_year_of_a_japanese_era_is_its_gregorian_year():
    text = "The register of Meiji 32 lists him. In the spring of Shōwa 5 she married. Shōwa 20 ended the war.\n"
    assert value_of(text, "Meiji 32").value == "1899"
    assert value_of(text, "the spring of Shōwa 5").value == "1930-SP"
    assert value_of(text, "Shōwa 20").value == "1945"


def test_a_year_of_a_japanese_era_by_its_ordinal_or_in_words_and_a_month_by_its_number():
    text = ("He sailed in the spring of the fortieth year of Meiji. His father died in the third year of Taishō, and "
            "the letter came in the twelfth month of the sixth year of Shōwa. By the tenth month of Shōwa nineteen "
            "the boys were gone; in the forty-seventh year of Shōwa the island went back.\n")
    assert value_of(text, "the spring of the fortieth year of Meiji").value == "1907-SP"
    assert value_of(text, "the third year of Taishō").value == "1914"
    assert value_of(text, "the twelfth month of the sixth year of Shōwa").value == "1931-12"
    assert value_of(text, "the tenth month of Shōwa nineteen").value == "1944-10"
    assert value_of(text, "the forty-seventh year of Shōwa").value == "1972"


def test_the_tenth_month_is_of_the_story_year_but_the_first_month_of_a_war_no_date():
    found = {t.text: t.value for t in times_of("In 1912 she married, in the tenth month, and in the first month "
                                               "of the war he died.")}
    assert found == {"1912": "1912", "in the tenth month": "1912-10"}


@pytest.mark.parametrize("text, expression, value", [
    ("The summer of 1921 burned our rye. By Pokrov the bins were swept.", "Pokrov", "1921-10-14"),
    ("In 1922 Mikul left on Clean Monday, the first day of the Great Fast.", "on Clean Monday", "1922-02-27"),
    ("In 1941 she was given a medal on Women's Day.", "on Women's Day", "1941-03-08"),
])
def test_feasts_of_the_russian_orthodox_and_soviet_calendars(text, expression, value):
    assert value_of(text, expression).value == value


def test_the_feast_of_a_saint_is_the_saints_day():
    found = {t.text: t.value for t in times_of("In 1944 they went to Mass on the feast of St. Stephen. On the feast "
                                               "of Saint Martin, 1945, it snowed.")}
    assert found["feast of St. Stephen"] == "1944-12-26" and found["feast of Saint Martin, 1945"] == "1945-11-11"


def test_a_date_with_its_month_in_roman_figures(analyse):
    doc = analyse("He was sentenced by the troika on 27.XI.1937 and the slip was dated 2. V. 1938.")
    assert values_of(doc) == {"27.XI.1937": "1937-11-27", "2. V. 1938": "1938-05-02"}


def test_the_last_night_of_a_year_is_its_thirty_first_of_december(analyse):
    doc = analyse("They came back in the autumn of 1946. On the last night of 1946 the family sat in the tower "
                  "again, and on the first morning of 1947 they went down to the river.")
    assert values_of(doc)["the last night of 1946"] == "1946-12-31TNI"
    assert values_of(doc)["the first morning of 1947"] == "1947-01-01TMO"


def test_that_first_winter_is_the_winter_the_story_is_in(analyse):
    doc = analyse("In March 1938 the train reached the steppe and the family was put in a barrack.\n\n"
                  "That first winter the wind came through the walls as though they were paper.")
    assert values_of(doc)["That first winter"] == "1938-WI"


def test_saint_josephs_and_saint_annes_days_and_the_virgin_of_caacupe():
    found = {t.text: t.value for t in times_of("In March 1909, on the evening before Saint Joseph's day, he sat down. "
                                               "In 1938 we walked to Itá on the feast of Santa Ana. On the feast of "
                                               "the Virgin of Caacupé in 1946 the bells rang.")}
    assert found["the evening before"] == "1909-03-18TEV" and found["Saint Joseph's day"] == "1909-03-19"
    assert found["feast of Santa Ana"] == "1938-07-26"
    assert found["feast of the Virgin of Caacupé in 1946"] == "1946-12-08"


def test_a_season_before_a_feast_or_term_of_a_year_is_that_years_season():
    found = {t.text: t.value for t in times_of("It was in the spring of 1910 that they came. They were married at "
                                               "the autumn Communion of 1913, and the spring term of 1920 was his last.")}
    assert found["the autumn Communion of 1913"] == "1913-FA"
    assert found["the spring term of 1920"] == "1920-SP"


def test_a_clock_time_on_a_feast_is_on_that_feasts_day():
    found = {t.text: t.value for t in times_of("On the last night of 1918 the ship sailed from Kyle. She struck the "
                                               "rocks at two o’clock on New Year’s morning.")}
    assert found["at two o’clock"] == "1919-01-01T02:00"


def test_the_second_of_two_months_joined_by_and_is_a_month_too():
    found = {t.text: t.value for t in times_of("The letters stopped in the autumn of 1924. Murdo came up the road "
                                               "every day through October and November with nothing in his bag.")}
    assert found["through October"] == "1924-10" and found["November"] == "1924-11"


def test_that_month_is_of_the_running_year_a_memoir_has_moved_on_to(analyse):
    doc = analyse("In 1929 I was born at the well. On the fifth of March, 1953, Stalin died, and we stood in the "
                  "snow to hear it.\n\nThat September the list of new students was pinned up.")
    assert values_of(doc)["That September"] == "1953-09"
    doc = analyse("In the winter of 1934 the old man grew frail.\n\nBita wrote from Kaikohe that June.")
    assert values_of(doc)["that June"] == "1934-06"
    doc = analyse("In December 1941 the war came to the island.\n\nThat January the snow was deep.")
    assert values_of(doc)["That January"] == "1942-01"


def test_a_year_said_short_in_words_as_russian_says_it_is_of_the_storys_century():
    # ("в восемнадцатом году": the year eighteen, the summer of nineteen; not "the summer of eight years ago")
    text = ("He came home to the Cheptsa only in the spring of 1922. Of Izhevsk in the year eighteen he never spoke. "
            "In the summer of nineteen the Reds came back, and in August of eighteen he had been at the works, as "
            "in October of the year five. In the summer of eight years ago nothing happened.\n")
    found = {t.text: t.value for t in times_of(text)}
    assert found["the year eighteen"] == "1918" and found["the summer of nineteen"] == "1919-SU"
    assert found["August of eighteen"] == "1918-08" and found["October of the year five"] == "1905-10"
    assert "the summer of eight" not in found and found["eight years ago"] == "1914"

