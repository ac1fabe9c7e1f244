"""Times: find temporal expressions and give each a TIMEX3-style value.

Absolute dates in the usual English forms ("12 March 1938", "March 12, 1938",
"the 12th of March", "12.03.1938", "1938-03-12"), years, months, seasons,
weekdays ("Wednesday night", "Thursday, the eighteenth"), feasts and quarter
days ("at Michaelmas", "Christmas Eve", "Whitsun 1848"; lang/en/times.json),
clock times, durations ("three years" -> P3Y), ages ("at the age of twelve" ->
P12Y, type AGE) and sets ("every Sunday") are found by patterns over the text.
Values are then worked out in text order against the narrative time
(`Narration`): the last date or time told as where the narration now is. Not
every date moves it: one inside a quotation, one in a clause told aside (a birth,
"who was born in 1924"; the past perfect, "had left in 1947"; a relative or
reported clause, "told that he would go on the first of December"; a "since"
clause on a perfect, "had been friends since they met in 1920"), a year in a
heading or title ("The Grünbaums of Lindenfeld, 1905–1949": a one-line paragraph,
`headings`), a telling date ("Interviewed in New York in 1996, he remembered":
when the story was told, `telling`), nor one earlier than the narrative time once
the paragraph has set it, after its first sentence (backstory, "he died in 1947")
unless it is said to come later ("afterwards, in 1947"). Such a date dates only
its own clause (the events stage); `narrative_times` replays the choice for the
stages after this one.
Relative expressions ("the following morning", "two weeks later", "twenty minutes
later", "that night"; a day of this, last or next month: "the 30th instant", "the 2nd ult.",
"the thirtieth of this month", counted like "today") are resolved from the narrative time and
name it as their `anchor`; before any date of the body they stay unanchored. In a clause told
aside they count from the date before them in their sentence ("Siegfried, born in
1895, and Rosa, born three years later" -> 1898). In a quotation they count from
the dates the quotation tells itself ("On the morning of 10 November 1938 ... That
night"), else from the narrative time, never from a telling date in its frame; but
what counts from the time of speaking ("today", "this year") counts from a date
heading the quotation (a letter's), else the telling date, else the narrative
time. "Today" in the narrator's present tense is the time of telling
(PRESENT_REF). A shift of a week or less from a narrative time known only to the
month or season keeps that month or season ("the day after" a wedding in the
spring of 1953 -> 1953-SP; "the following week" in the autumn of 1936 -> 1936-FA);
"the previous spring" is the last spring before it (from 2 October 1949:
1949-SP), and "the following March" the next March after it (from May 1944: 1945-03; from a season, counted
from the season's start: "until the spring" of 1945, then "the following March", 1945-03); a count of days
runs from the day it begins ("on 15 March 1944 … The first night … the second day … the third evening": the
15th, the 16th, the 17th). A relative expression with a date beside it ("Four weeks later, on 1
June 1953") takes that date's value; a count before or after a named date ("three days before
Christmas", "a week after the 2nd of May") is told from that date, which does not move the
narrative time. A date without a year takes the narrative
year. "That autumn" takes the year of a date earlier in the same paragraph, else
the reference year: the year its section's heading names alone ("Part One:
1938"), else the document's (doc.options["year"], else its most frequent explicit
year). Numeric dates with dots are read day first (12.03.1938), with slashes month
first unless the first number exceeds 12.
A weekday beside a full date takes it ("on Tuesday, the sixteenth of March, 1847").
Otherwise a weekday, or a feast without its year, lies from a narrative time known
to the day the way its words and tense point (`Resolver.way`): "last"/"since" and
the past perfect, or the past in a quotation, point back ("since Christmas" in
March 1847 -> 1846-12-25); "next", a future or an infinitive forward; narration
moves on to the coming one; a quotation or a letter without a tense takes the
nearest ("Wednesday night" heading a letter read on Thursday 18 March -> the 17th).
A feast in a clause told aside is the nearest ("Rabbi Weiss, released shortly
before Christmas", told in January 1939 -> 1938-12-25); for a feast, a narrative
time known to the month stands for its middle day. A weekday without a narrative
time known to the day stays XXXX-WXX-n; a feast takes the narrative or reference
year ("at Michaelmas" in 1847 -> 1847-09-29). Movable feasts
(Easter, Whitsun) are computed from Easter of that year; without a year they have
no value.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
from collections import Counter
from dataclasses import astuple, dataclass, replace
from functools import lru_cache

from personae.lang.en import alternation, honorifics, place_nouns, time_words
from personae.nlp.lines import notes_start
from personae.model import Document, TimeExpr
from personae.stages import stage
from personae.stages.quotes import BLANK_LINE, QuoteIndex, outside_quotes

UNKNOWN_YEAR = "XXXX"
PRESENT = "PRESENT_REF"         # TIMEX3's value for the time of telling ("today" in the narrator's present)
DATED_TYPES = ("DATE", "TIME")
# Clauses told aside from the narrative: "who was born in 1924", "a file stamped 1939-05-20",
# "he hoped to leave in May"; a complement clause only after its verb ("told that he would go ...").
ASIDE_CLAUSES = {"relcl", "acl", "xcomp"}
COMPLEMENT_CLAUSES = {"ccomp"}
# Kinds of absolute dates, which a relative expression beside them takes its value from.
ABSOLUTE_KINDS = {"iso", "numeric", "dmy", "mdy", "solar_day", "month_year", "solar_month", "season_year",
                  "weekday_of_month", "year_edge"}
# Words before a date that heads a quotation as a letter's dateline ("Rue de Rivoli, Paris, 3 May").
DATELINE_WORDS = 4
RELATIVE_KINDS = {"relative_unit", "relative_named", "relative_day", "day_of_month", "day_part", "period_edge"}
# Months after the day of "the 30th instant" / "ultimo" / "proximo" and "of this / last / next month".
MONTH_WORDS = {"instant": 0, "inst": 0, "this": 0, "that": 0, "ultimo": -1, "ult": -1, "last": -1, "proximo": 1,
               "prox": 1, "next": 1}
# Dates to the day, which a weekday beside them takes ("on Tuesday, the sixteenth of March, 1847").
DAY_KINDS = {"iso", "numeric", "dmy", "mdy", "solar_day"}
# "Four weeks later, on 1 June 1953": what may stand between a relative expression and its date.
APPOSITION = re.compile(r",?\s*(?:(?:on|in)\s+)?")
# "at Timket, in January of 1960", "the night of Hidar Tsion, at the end of November 1970": a feast, then the
# month or season of the year it falls in
FEAST_IN = re.compile(r",\s*(?:in|at\s+the\s+(?:end|beginning|start)\s+of|early\s+in|late\s+in)\s+(?:the\s+)?")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A date this many years before the narrative time, inside a paragraph, is backstory ("since he had
# died, in 1948").
BACKSTORY_YEARS = 2
# How many words into its paragraph's first sentence a time still opens the paragraph.
OPENING_WORDS = 15
# Years between the running date and the story's reference year within which "that winter" is the
# running date's (the story moves on; beyond, the running date is one told in passing).
DEICTIC_REACH = 5
# Times in a row in one year that make it the story's year, as a paragraph opening with it does ("in the autumn of
# 1944 … On Monday, the thirtieth of October … The next day … that afternoon": "that winter", a paragraph on,
# is 1944's)
STORY_YEAR_RUN = 4
# Words before a year in a paragraph's first sentence that still open the scene ("The Sabantuy of 1941 fell on …")
SCENE_OPENING_WORDS = 3
# Words that lead a weekday used as a day, not as a person's name ("on Sunday", not "looked at Sunday"),
# and a part of day after it ("SUNDAY MORNING").
DAY_LEADER = re.compile(r"(?i)\b(?:on|by|until|till|since|last|next|this|that|every|each|before|after|from|to|the)\s+$")
DAY_PART_AFTER = re.compile(r"(?i)\s+(?:morning|afternoon|evening|night)\b")
# Any such day ("there was no school on a Saturday", "as properly as on a New Year's morning"): a set,
# not a day the story reaches.
ANY_WEEKDAY = re.compile(r"(?i)\b(?:on|of|upon)\s+a\s+$")
# A feast kept every year ("he wrote twice a year, at Easter and at Christmas"): a set, not a date.
YEARLY = re.compile(r"(?i)\b(?:every|each|a)\s+year\b[^.;:!?]{0,40}$")
# Days ahead beyond which a feast or a month that past-tense narration names is the one just past, if
# that is nearer.
PAST_NARRATION_REACH = 183
# The way "last" and "next" point from the running time, before or after a date ("last June", "September last").
LAST_OR_NEXT = {"last": "before", "next": "after"}
# A year a day of the month is said to be "in": "the last day of July in 1898" (not a decade, "in 1890s").
YEAR_AFTER = re.compile(r",?\s+in\s+(1[0-9]{3}|20[0-9]{2})\b(?!['’]?s\b)")
# From this hour on, an hour that does not say its half is the next one ahead (evening, then night).
EVENING_HOUR = 17
# A year written in figures ("the spring of 1932"), which may set a flashback going.
WRITTEN_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


@dataclass(frozen=True)
class When:
    """A point in time as precise as the text makes it."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    part: str | None = None      # part of day: MO, AF, EV, NI, MI
    clock: str | None = None     # "06:30"

    @property
    def is_day(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def value(self) -> str:
        year = f"{self.year:04d}" if self.year is not None else UNKNOWN_YEAR
        if self.season:
            return f"{year}-{self.season}"
        if self.month is None:
            return year
        out = f"{year}-{self.month:02d}"
        if self.day is None:
            return out
        out += f"-{self.day:02d}"
        if self.clock:
            return out + "T" + self.clock
        return out + ("T" + self.part if self.part else "")


@dataclass
class Match:
    """A pattern match before its value is worked out."""
    start: int
    end: int
    kind: str
    groups: dict


# The most nights a feast counts ("the eighth night of Hanukkah").
FEAST_NIGHTS = 8
# "of the next year", "of the following year", "of the year after", "of the previous year", "of the year before"
NEIGHBOUR_YEAR = re.compile(r"(?i:\s+of\s+the\s+(?:(next|following|previous|preceding)\s+year"
                            r"|year\s+(?:(after)|before))\b)")
BY_THE_END_OF = re.compile(r"(?i)\bby\s+the\s+(?:end|middle|beginning|start|close)\s+$")
SHORT_YEAR_CENTURY = 1900   # a year written in two figures in a text that gives no year of its own


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    """(kind, compiled pattern), most specific first; earlier kinds win ties."""
    w = time_words()
    month = alternation(w["months"])
    # (a telegram's or a leaflet's JUNE too)
    month_any = alternation(list(w["months"]) + [name.upper() for name in w["months"]] + list(w["month_abbreviations"]))
    season = alternation(w["seasons"])
    # months of the other calendars (Sha'ban with either apostrophe)
    other_months = alternation(list(w["solar_hijri_months"]) + list(w["ethiopian_months"]) + list(w["islamic_months"])
                               ).replace("'", "['’]")
    # (the Persian and Hijri years 1200-1499, the Ethiopian ones 1850-2049)
    solar_year = r"(?:(?i:in\s+the\s+year)\s+)?(?P<syear>1[2-4]\d\d|18[5-9]\d|19\d\d|20[0-4]\d)"
    saa_hour, saa_part = alternation(w["swahili_hours"]), alternation(w["swahili_parts_of_day"])
    weekday = alternation(list(w["weekdays"]) + [name.upper() for name in w["weekdays"]])   # a telegram's THURSDAY
    part = alternation(w["parts_of_day"])
    ordinal = alternation(w["ordinals"])
    month_ordinal = alternation([o for o, n in w["ordinals"].items() if n <= 12])
    later_month_ordinal = alternation([o for o, n in w["ordinals"].items() if 4 <= n <= 12])
    number = alternation(list(w["numbers"]) + w["vague_numbers"])
    unit = alternation(w["units"])
    unit_plural = rf"(?:{unit})s?"
    count = rf"(?:\d+|(?:{_tens()})(?:-(?:{_ones()}))?|{number})"
    day = rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dayword>{ordinal}))"
    # a year in full, or written short: "’63", "the autumn of ’forty-nine" (given its century later)
    # (or a year of a Japanese era: "Shōwa 20", "Shōwa nineteen", "the fortieth year of Meiji")
    eras = alternation(w["japanese_eras"])
    year = rf"(?:(?P<year>1[0-9]\d\d|20\d\d)|['’](?P<short>\d\d|(?:{_tens()})(?:-(?:{_ones()}))?)(?![\w'’-])|" \
           rf"(?P<spelled>{SPELLED_YEAR})|\b(?P<era>{eras})\s+(?P<erayear>\d{{1,2}}|{_number_words()})\b" \
           rf"(?!\s*[-–/.:]\d)|\b(?i:the)\s+(?P<eraordinal>{_ordinal_words()})\s+year\s+of\s+(?P<eraof>{eras})\b)"
    # "the morning of 10 March", "the night of Wednesday, 26 April"
    part_of = rf"(?P<part_of>(?:the\s+)?(?P<part>{part})\s+of\s+(?:(?P<of_weekday>{weekday}),?\s+)?)?"
    forward = alternation(w["forward"])
    backward = alternation(w["backward"])
    following = alternation(w["following"])
    preceding = alternation(w["preceding"])
    relday = alternation(w["relative_days"])
    nights = alternation([word for word, n in w["ordinals"].items() if n <= FEAST_NIGHTS])
    # "New Year's Day" with either apostrophe, "St. David's Day" with or without the full stop.
    feast = alternation(list(w["feast_days"]) + saints_feasts(w["feast_days"]) + list(w["movable_feasts"])
                        + list(w["weekday_feasts"])
                        + list(w["hebrew_feasts"]) + list(w["islamic_feasts"]) + list(w["ethiopian_feasts"])
                        + list(w["orthodox_movable_feasts"]) + list(w["historic_days"])
                        ).replace("'", "['’]").replace(" Day", " [Dd]ay").replace(r"St\.", r"St\.?")
    i = "(?i:{})"
    hour = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    hour_but_one = hour.removeprefix("one|")          # "at one" is too often no hour ("at one blow")
    # any minute of the hour, in words ("seventeen minutes past five")
    minutes = (rf"(?:(?:twenty|thirty|forty|fifty)(?:-(?:{_ones()}))?|{_ones()}|ten|eleven|twelve|thirteen|fourteen"
               r"|fifteen|sixteen|seventeen|eighteen|nineteen)")
    # "at six in the morning", "half-past six this morning", "two o'clock on the afternoon of", "at night",
    # "half-past eleven last night"
    daypart = (r"(?:\s+(?:in\s+the|this|that|on\s+the)\s+(?P<daypart>morning|afternoon|evening)"
               r"|\s+(?:at|that|to)[\s-]?(?P<night>night)|\s+(?P<lastnight>last\s+night))?")
    weekday_prefix = r"\b(?:(?i:on|that|this|last|next)\s+)?"
    # a year in words, its century left out ("the year eight", "the summer of nineteen"), where no count follows
    short_year = (rf"(?:{_number_words()})(?![\w'’-])"
                  r"(?!\s+(?:of|old|before|after|later|ago|years?|months?|weeks?|days?|hours?|times?)\b)")
    year_said_short = rf"(?:the\s+year\s+)?(?:{short_year})"
    return [(kind, re.compile(p)) for kind, p in (
        ("iso", part_of + r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
        # "25/2/1367": day, month and a year of the solar calendar (no Gregorian year of a story told so)
        ("solar_day", r"\b(?P<day>\d{1,2})/(?P<smonthnumber>\d{1,2})/(?P<syear>1[23]\d\d)\b"),
        ("numeric", part_of + r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b"),
        # "27.XI.1937": the month in Roman figures, as Russian and Polish papers write it
        ("numeric", part_of + r"\b(?P<a>\d{1,2})\.\s?(?P<roman>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?"
                              r"(?P<year>\d{4})\b"),
        # a clerk's "27/2/74": the year in two figures, of the century nearest the story's year
        ("numeric", part_of + r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<shortyear>\d{2})(?![\d/]|\.\d)"),
        # (and "the third day of March", "the last day of October")
        ("dmy", part_of + rf"\b(?:the\s+)?(?:{day}(?:\s+day)?|(?P<lastday>(?i:last))\s+day)(?:\s+of)?\s+"
                          rf"(?P<month>{month_any})\.?(?:,?\s+(?:of\s+)?{year})?\b"),
        # "the thirtieth of Mehr 1368", "12 Farvardin 1358", "the third of Jadi": a day of the solar calendar of
        # Iran and Afghanistan, of the Ethiopian ("the twelfth of Hamle in the year 1967") or of the Islamic
        # ("4 Shawwal 1310"), given "of" or its year (a bare "12 Tir" may be anything)
        ("solar_day", part_of + rf"\b(?:(?i:the)\s+)?{i.format(day)}(?:\s+day)?\s+of\s+(?P<smonth>{other_months})"
                                rf"(?:,?\s+{solar_year})?\b"),
        ("solar_day", part_of + rf"\b{day}\s+(?P<smonth>{other_months}),?\s+{solar_year}\b"),
        ("solar_month", rf"\b(?P<smonth>{other_months}),?\s+{solar_year}\b"),
        # "the last Tuesday of September, 1874", "the first Monday in May"
        ("nth_weekday", rf"\b(?:the\s+)?(?P<nth>(?i:first|second|third|fourth|last))\s+(?P<weekday>{weekday})\s+"
                        rf"(?:of|in)\s+(?P<month>{month})(?:,?\s+(?:of\s+)?{year})?\b"),
        # "a Sunday in February 1951", "one Monday in September of that year": a day of that month, which
        # one unsaid
        ("weekday_of_month", rf"\b(?i:a|one)\s+(?P<weekday>{weekday})\s+(?i:in|of)\s+(?P<month>{month})"
                             rf"(?:,?\s+(?:of\s+)?{year}|\s+(?i:of\s+that\s+year))?\b"),
        # "the last week of August": that month (not the week before the running date)
        ("week_of_month", rf"\b(?:the\s+)?(?P<nth>(?i:first|second|third|fourth|last))\s+(?i:week)\s+"
                          rf"(?:of|in)\s+(?P<month>{month})(?:,?\s+(?:of\s+)?{year})?\b"),
        # "the 30th instant" (of this month), "the 2nd ultimo" (of last month), "the thirtieth of this month"
        ("day_of_month", rf"\b(?:the\s+)?{day}\s+(?:(?P<which>instant|ultimo|proximo)\b|"
                         rf"(?P<abbreviated>inst|ult|prox)\.|of\s+(?P<whichmonth>this|that|last|next)\s+month\b)"),
        ("mdy", part_of + rf"\b(?P<month>{month_any})\.?\s+{day}\b(?:,?\s+{year}\b)?"),
        ("month_year", rf"\b(?P<month>{month})(?:\s+of)?,?\s+{year}\b"),
        # "the twelfth month of the sixth year of Shōwa", "the tenth month of Shōwa nineteen": a month by its number
        ("month_year", rf"\b(?i:the)\s+(?P<nthmonth>{month_ordinal})\s+month\s+of\s+{year}\b"),
        # "the first day of 1920", "the last day of the year 1945", "the last night of 1946"
        ("year_edge", rf"\b(?:the\s+)?(?P<edge>(?i:first|last))\s+(?:day|(?P<partof>morning|evening|night))\s+of\s+"
                      rf"(?:the\s+year\s+)?{year}\b"),
        # "since March of twenty-seven": a year said short, after "of", without its apostrophe; and, as Russian
        # says its years, "August of eighteen", "October of the year five", "the spring of eight"
        ("month_year", rf"\b(?P<month>{month})\s+of\s+(?P<short>(?:{_tens()})-(?:{_ones()}))(?![\w'’-])"),
        ("month_year", rf"\b(?P<month>{month})\s+of\s+(?:the\s+year\s+)?(?P<short>{short_year})"),
        ("season_year", i.format(rf"\b(?:the\s+)?(?P<season>{season})\s+of\s+(?:the\s+year\s+)?")
         + rf"(?P<short>{short_year})"),
        ("season_year", i.format(rf"\b(?:the\s+)?(?:(?:early|late|mid)[-\s])?(?P<season>{season})\s+(?:of\s+)?")
         + year + r"\b"),
        # "the autumn Communion of 1913", "the spring term of 1920", "the winter offensive of 1942"
        ("season_year", i.format(rf"\bthe\s+(?P<season>{season})\s+") + r"(?:[^\W\d_]+\s+){1,2}?of\s+" + year + r"\b"),
        ("age", i.format(rf"\b(?:(?:at|by|from|until|till|to)\s+the\s+age\s+of\s+|aged\s+)(?P<n>{count})\b")),
        ("age", i.format(rf"\b(?P<n>{count})\s+years?\s+old\b")),
        # "then a man of fifty-eight", "a girl of twelve": a person of an age (not "a man of two minds")
        ("age", i.format(r"(?:(?<=\ba\s)|(?<=\ban\s))(?:(?:old|young|little)\s+)?"
                         r"(?:man|woman|boy|girl|child|lad|lass|fellow)"
                         rf"\s+of\s+(?P<n>\d{{1,2}}|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                         rf"sixteen|seventeen|eighteen|nineteen|(?:{_tens()})(?:-(?:{_ones()}))?)\b"
                         r"(?!\s+(?:minutes|hours|days|weeks|months|words|\w+s)\b)")),
        # "was twenty-five", "had turned twenty": a bare number past twelve (no clock time) after
        # "was"/"is"/"turned", ending the clause or before a preposition or conjunction (not "was
        # twenty minutes late")
        ("age", i.format(r"(?:(?<=\bwas\s)|(?<=\bis\s)|(?<=\bturned\s))")
         + i.format(rf"(?P<n>thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                    rf"(?:{_tens()})(?:-(?:{_ones()}))?)\b"
                    r"(?=\s*(?:[,.;:!?”\"’)—]|$)|\s+(?:in|on|at|that|when|last|and|but|then|before|after)\b)")),
        ("set", i.format(rf"\b(?:every|each)\s+(?:(?P<unit>{unit})|(?P<season>{season})|(?P<part>{part}))\b")),
        ("set", rf"\b(?:(?i:every|each)\s+(?P<weekday>{weekday})|(?i:on)\s+(?P<weekdays>{weekday})s)\b"),
        ("relative_unit", i.format(rf"\b(?P<n>{count})\s+(?P<unit>{unit_plural})\s+"
                                   rf"(?:(?P<fwd>{forward})|(?P<bwd>{backward}))\b")),
        ("relative_named", i.format(rf"\b(?:the\s+)?(?:(?P<fwd>{following})|(?P<bwd>{preceding}))\s+"
                                    rf"(?:(?P<part>{part})|(?P<unit>{unit})|(?P<season>{season}))\b")),
        # "the following March", "the previous November", "the December before": that month next after (or last
        # before) the story's
        ("relative_named", rf"\b(?i:the)\s+(?:(?P<fwd>(?i:following|next|ensuing))|(?P<bwd>(?i:previous|preceding)))"
                           rf"\s+(?P<month>{month})\b"),
        ("relative_named", rf"\b(?i:the)\s+(?P<month>{month})\s+(?:(?P<fwd>(?i:after))|(?P<bwd>(?i:before)))"
                           rf"(?!\s+(?:the|that|this|his|her|their|my|our|[A-Z]|\w+ing\b|\d))\b"),
        # "the new year" (the feast is "the New Year"): the year after the story's (but "January of the new
        # year" is a month of it)
        ("relative_named", r"(?<!of )\b(?i:the)\s+(?P<fwd>new)\s+(?P<unit>year)\b"),
        ("relative_named", i.format(rf"\b(?:the\s+)?(?P<unit>day|night|morning|evening|week|month|year)\s+"
                                    rf"(?:(?P<fwd>after)|(?P<bwd>before))(?!\s+\w+ing\b)\b")),
        # ("that first winter": the winter the story is in, its first there)
        ("deictic", i.format(rf"\b(?:that|this|the\s+same|that\s+same)\s+"
                             rf"(?:(?P<part>{part})|(?P<unit>day|week|month|year)"
                             rf"|(?:first\s+)?(?P<season>{season})(?!\s+(?:of\s+)?\d))\b")),
        ("deictic", rf"\b(?i:that|this)\s+(?P<month>{month})\b"),
        ("relative_day", i.format(rf"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?P<word>{relday}))\b")),
        # "the first night", "the third evening": the days counted from the running one (not "the first day of
        # the year", a date of its own)
        ("relative_day", i.format(r"\b(?:the|that)\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh)\s+"
                                  r"(?P<nthunit>day|morning|afternoon|evening|night)\b(?!\s+of\b)")),
        # "the end of the month", "the beginning of that year": the month or year the story is in
        ("period_edge", i.format(r"\bthe\s+(?P<edge>end|beginning|start|middle)\s+of\s+(?:the|that|this)\s+"
                                 r"(?P<unit>month|year)\b")),
        # "In the evening", "by evening", "at dusk": a part of the day the story is at
        ("day_part", i.format(r"\b(?:in\s+the|by(?:\s+the)?|towards?(?:\s+the)?|at|before)\s+(?:(?:early|late)\s+)?"
                              r"(?P<part>morning|afternoon|evening|dusk|dawn|nightfall|sunset|sunrise|daybreak)\b")),
        ("day_part", i.format(r"\b(?:at|(?:in|during)\s+the)\s+(?P<part>night)\b(?!\s+of\b)")),
        ("feast", rf"\b(?:(?i:on|at|last|next|this|that)\s+)?"
                  rf"(?:(?i:the)\s+(?P<aroundday>{weekday})\s+(?P<around>after|before)\s+)?"
                  rf"(?:(?i:the)\s+(?:(?P<nth>{nights})\s+night|(?P<eve>eve)|(?P<nthday>{nights})\s+"
                  rf"(?P<dayof>day|morning|afternoon|evening)|(?P<partof>morning|afternoon|evening|night))\s+of\s+"
                  rf"(?:(?i:the)\s+)?)?(?P<feast>{feast})"
                  + i.format(rf"(?:\s+(?P<part>{part})|\s+(?P<holidays>holidays|holiday|vacation))?")
                  + rf"(?:,?\s+(?:of\s+|in\s+)?{year})?\b"),
        # "the feast", "the eve of the festival", "the morning of the feast": the one named last (see the_feast_again)
        ("feast_again", r"\b(?:(?i:the)\s+(?:(?P<eve>eve)|(?P<partof>morning|afternoon|evening|night))\s+of\s+)?"
                        r"(?i:the)\s+(?:feast|festival)\b(?!\s+(?:of|day)\b)"),
        ("clock", i.format(rf"\b(?:at\s+)?(?P<h>\d{{1,2}}|{number})(?:[.:](?P<m>\d{{2}}))?\s*o['’]clock\b{daypart}")),
        # the Swahili clock, its hours counted from six: "saa nane" (two in the afternoon), "saa tisa of the night",
        # "saa nne asubuhi"
        ("clock", i.format(rf"\bsaa\s+(?P<saa>{saa_hour})\b(?:\s+(?P<saapart>{saa_part}))?"
                           r"(?:\s+(?:of|in)\s+the\s+(?P<saaen>morning|afternoon|evening|night))?")),
        # "half past eleven", "a quarter to six", "at eleven in the morning"
        ("clock", i.format(rf"\b(?:at\s+)?(?:(?P<half>half)|(?:a\s+)?(?P<quarter>quarter))[\s-]+(?P<rel>past|after|to)"
                           rf"\s+(?P<h>\d{{1,2}}|{hour})\b{daypart}")),
        ("clock", i.format(rf"\b(?:at\s+)?(?P<h>\d{{1,2}}|{hour})"
                           rf"(?=\s+in\s+the\s+(?:morning|afternoon|evening)\b){daypart}")),
        ("clock", i.format(r"\b(?:at\s+)?(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap])\.?m\b\.?")),
        # a bare hour after a word of time, ending its clause: "Dinner was at eight, sir", "It was nearly four when"
        # (or before a clause or a "with": "At five a telegram boy came up", "up since five with the cattle")
        ("clock", i.format(rf"\b(?:at|by|until|till|since|nearly|about|after|before|towards)\s+(?P<h>{hour_but_one})\b"
                           rf"{daypart}(?=\s*[,.;:!?—]|\s+(?:sharp|precisely|exactly|when|with|the|a|an|he|she|"
                           rf"they|we|i|it|there)\b)")),
        ("clock", i.format(r"\b(?:at|by|until|till|after|before|about|the)\s+(?P<h>\d{1,2})[.:](?P<m>[0-5]\d)\b(?!\.\d)")),
        # "noon", "at midnight"; "ten past four", "twenty to six"; "ten-thirty", "three-forty"; "past eleven"
        ("clock", i.format(r"\b(?:at\s+)?(?P<noon>noon|midday|midnight)\b")),
        ("clock", i.format(rf"\b(?:at\s+)?(?P<mins>five|ten|twenty|twenty-five|\d{{1,2}}|{minutes}(?=\s+minutes))\s+(?:minutes\s+)?"
                           rf"(?P<rel>past|after|to)\s+(?P<h>\d{{1,2}}|{hour_but_one})\b{daypart}")),
        ("clock", i.format(rf"\b(?:at\s+)?(?P<h>{hour_but_one})-(?P<mins>five|ten|fifteen|twenty|twenty-five|thirty|"
                           rf"thirty-five|forty|forty-five|fifty|fifty-five)\b{daypart}")),
        ("clock", i.format(rf"\b(?:just\s+|a\s+little\s+|long\s+)?past\s+(?P<h>{hour_but_one})\b"
                           rf"{daypart}(?=\s*[,.;:!?—]|\s+(?:when|before|that|and|o['’]clock)\b)")),
        # "Thursday, the eighteenth": a weekday and a day of the month (with a month: a weekday beside a date);
        # also with a part of the day ("Wednesday evening, the twenty-third")
        ("weekday_day", weekday_prefix + rf"(?P<weekday>{weekday})" + i.format(rf"(?:\s+(?P<part>{part}))?")
                        + rf",?\s+the\s+{day}\b"
                        rf"(?!\s+(?:of\s+)?(?:{month_any})\b)"),
        # "the night of the nineteenth as suddenly as he had come": a part of that day, whatever follows but a noun
        ("day_of_month", i.format(r"\b(?:the\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+")
         + rf"the\s+(?!(?i:first|second|third)\b){day}\b(?!\s+(?:of\s+)?(?:{month_any})\b)"
         + i.format(r"(?!\s+(?:day|night|week|month|year|time|hour|anniversary)s?\b)")),
        # "on the twentieth", "until the 29th": a day of the month the story is in (not "the first", too
        # often no day; not before a noun: "on the eleventh day")
        ("day_of_month", i.format(r"\b(?:on|by|until|till|since|from|before|after)\s+")
         + rf"the\s+(?!(?i:first|second|third)\b){day}\b(?!\s+(?:of\s+)?(?:{month_any})\b)"
         + i.format(r"(?=\s*[,.;:!?—)]|\s+(?:he|she|i|we|they|it|at|in|when|and|but|there|of\s+the\s+month|"
                    r"my|his|her|our|their|the|with)\b)")),
        # (and "Tuesday, in the morning", "on Friday at night": its part of the day after a comma; "the Friday
        # of the following week", "the Friday after that")
        ("weekday", weekday_prefix + rf"(?:(?i:the)\s+(?=(?:{weekday})\s+(?i:of\s+the\s+(?:following|next)\s+week|"
                                     rf"after\s+that)\b))?(?P<weekday>{weekday})"
                    + i.format(rf"(?:\s+(?P<later>next|week)\b"
                               rf"|\s+of\s+the\s+(?:following|next)\s+(?P<nextweek>week)\b"
                               rf"|\s+(?P<afterthat>after)\s+that\b|\s+(?P<part>{part})|,?\s+in\s+the\s+"
                               rf"(?P<inpart>morning|afternoon|evening)|,?\s+at\s+(?P<atnight>night))?") + r"\b"),
        ("decade", i.format(r"\b(?:the\s+)?(?:(?:early|late|mid)[-\s])?(?P<decade>1[0-9]\d0|20\d0)['’]?s\b")),
        # (and "last June", "next May", "in the September of that year", "in the October, when …")
        ("month", rf"\b(?:(?i:in|by|until|till|since|from|during|early\s+in|late\s+in|of|through|throughout|into|than|"
                  rf"before|after|it\s+(?:is|was)|it['’]s|last|next)\s+)"
                  rf"(?:the\s+(?=(?:{month})(?:\s+of\s+(?i:that|the\s+same|that\s+same)\s+year\b|\s*[,.;:]|\s+[a-z])))?"
                  rf"(?:(?i:early|late|mid)[-\s])?(?P<month>{month})\b"
                  rf"(?!,?\s+(?:of\s+)?(?:\d|['’]\w|(?:{_tens()})-(?:{_ones()})\b)|\s+of\s+{year_said_short})"
                  rf"(?P<yearafter>{NEIGHBOUR_YEAR.pattern})?"),
        # ("in the tenth month," of the year the story is in; not the first three, which as often count the months
        # of something: "in the first month of the war")
        # the second of two months, "through October and November" (the first said with its preposition)
        ("month", "(?:" + "|".join(rf"(?<={re.escape(name)}\s{conj}\s)" for name in w["months"] for conj in ("and", "or"))
                  + rf")(?P<month>{month})\b(?![\w'’-])(?!,?\s+(?:of\s+)?(?:\d|['’]\w))"),
        ("month", rf"\b(?i:in|by|until|till|since|from|during)\s+the\s+(?P<nthmonth>{later_month_ordinal})\s+month\b"
                  r"(?=\s*[,.;:])"),
        ("season", i.format(rf"\b(?:(?:in|by|until|during|through|all|since)\s+)?the\s+(?:(?:early|late)\s+)?"
                            rf"(?P<season>{season})\b(?!\s+(?:of\s+)?(?:\d|['’]\w|(?:{eras})\s+\d"
                            rf"|the\s+[\w-]+\s+year\s+of\s+(?:{eras})\b)|\s+of\s+{year_said_short})")
         + rf"(?P<yearafter>{NEIGHBOUR_YEAR.pattern})?"),
        ("duration", i.format(rf"\b(?P<n>{count})\s+(?P<unit>{unit_plural})\b")),
        ("duration", i.format(rf"\bfor\s+(?P<unit>{unit})s\b")),
        ("year", year),
        # "in the year eighteen", "since the year twenty-five": a year of the century said short
        ("year", rf"\b(?i:the)\s+year\s+(?P<short>{short_year})"),
        # a year said short in words after "in", closing its phrase: "In forty-six, when the trouble came"
        # (not "in twenty-two years")
        ("year", rf"(?<=\b[Ii]n\s)(?P<short>(?:{_tens()})-(?:{_ones()}))(?=[,.;:])"),
    )]


# A year in words: "nineteen-twenty", "nineteen forty-four", "eighteen sixty-one", "nineteen hundred".
SPELLED_YEAR = (r"(?i:(?:eighteen|nineteen)[\s-](?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen))(?![\w-])")


def spelled_year(text: str) -> int:
    """1920 of "nineteen-twenty", 1900 of "nineteen hundred"."""
    century, rest = re.split(r"[\s-]", text.lower(), maxsplit=1)
    return number_value(century) * 100 + (0 if rest == "hundred" else number_value(rest) or 0)


def _number_words() -> str:
    """One to ninety-nine in words ("nineteen", "forty-two")."""
    return (rf"(?:{_tens()})(?:-(?:{_ones()}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            rf"|eighteen|nineteen|{_ones()}")


def _ordinal_words() -> str:
    """The ordinal words up to the ninety-ninth ("forty-seventh"), longest first."""
    w = time_words()
    units = [o for o, n in w["ordinals"].items() if n < 10]
    compounds = [f"{ten}-{unit}" for ten in _tens().split("|") for unit in units]
    return alternation(compounds + list(w["ordinal_tens"]) + [o for o, n in w["ordinals"].items() if n < 20])


def ordinal_value(text: str) -> int | None:
    """47 of "forty-seventh", 12 of "twelfth"; None of any other word."""
    w = time_words()
    text = text.lower()
    if text in w["ordinals"] or text in w["ordinal_tens"]:
        return w["ordinals"].get(text) or w["ordinal_tens"][text]
    tens, _, unit = text.partition("-")
    if tens in w["numbers"] and unit in w["ordinals"]:
        return w["numbers"][tens] + w["ordinals"][unit]
    return None


def _ones() -> str:
    return "one|two|three|four|five|six|seven|eight|nine"


def _tens() -> str:
    return "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


def number_value(text: str) -> int | None:
    """5, 'five', 'twenty-one', 'a' -> int; vague words ('a few') -> None."""
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    numbers = time_words()["numbers"]
    if text in numbers:
        return numbers[text]
    tens, _, ones = text.partition("-")
    if tens in numbers and ones in numbers:
        return numbers[tens] + numbers[ones]
    return None


def find_matches(text: str, accept) -> list[Match]:
    """Non-overlapping matches, leftmost-longest, earlier pattern kinds winning ties.

    `accept(match)` may turn a candidate down (see `match_filter`); a shorter one then stands.
    """
    found: list[tuple[int, int, int, Match]] = []
    for rank, (kind, pattern) in enumerate(patterns()):
        for m in pattern.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            candidates = [Match(m.start(), m.end(), kind, groups)]
            if "part_of" in groups:
                # the date without its part of the day, where a clock before it has that part ("four in the
                # morning of Sunday, 4 January 1948")
                date_only = {k: v for k, v in groups.items() if k not in ("part_of", "part", "of_weekday")}
                candidates.append(Match(m.end("part_of"), m.end(), kind, date_only))
            for match in candidates:
                if accept(match):
                    found.append((match.start, -(match.end - match.start), rank, match))
    found.sort(key=lambda f: f[:3])
    out: list[Match] = []
    last_end = -1
    for start, _, _, match in found:
        if start >= last_end:
            out.append(match)
            last_end = match.end
    return out


# The word after a year: "The 1943 season" names a year, as "1500 workers" does not.
YEAR_NOUN_AFTER = re.compile(r"[ \t]+([a-zA-Z]+)")


def year_context(doc: Document):
    """A predicate: does a bare four-digit number at (start, end) read as a year?"""
    prepositions = set(time_words()["year_prepositions"])
    year_nouns = set(time_words()["year_nouns"])
    parse = doc.parse
    text = doc.text

    def test(start: int, end: int) -> bool:
        before = text[max(0, start - 12):start].split()
        if before and before[-1].lower().strip(",“\"‘'«„—(") in prepositions:     # also “In 1938 …”
            return True
        following = YEAR_NOUN_AFTER.match(text, end)
        if following is not None and following[1].lower() in year_nouns:    # "The 1943 season", "the 1926 strike"
            return True
        after = text[end:end + 2]
        if parse is not None:
            span = parse.char_span(start, end)
            if span is not None and span[0].dep_ == "nummod" and span[0].head.pos_ == "NOUN":
                return False
        return not after[:1].isalpha() and not (after[:1] == " " and after[1:2].islower())
    return test


def match_filter(doc: Document):
    """A predicate over candidate matches: a bare number that is no year ("1500 workers"), a feast
    naming a thing ("the Christmas tree", "a Michaelmas goose"), "Monday the first thing" and a weekday
    that names a person ("Sunday Ogunleye") are not times."""
    year_ok = year_context(doc)
    parse, text = doc.parse, doc.text
    w = time_words()
    timely = set(w["parts_of_day"]) | set(w["units"]) | {"eve", "day", "term", "quarter"}
    # a person's name ("Sunday Ogunleye"): what the people's proper-name mentions cover, where they start,
    # and their words (a name word is a day only after a word that leads a day: "on Sunday")
    names = [m for e in doc.entities if e.type == "PER" for m in e.mentions if m.kind == "PROP"]
    named = {offset for m in names for offset in range(m.start, m.end)}
    name_starts = {m.start for m in names}
    given = {word.lower() for m in names for word in m.text.split() if word.lower().rstrip(".") not in honorifics()}

    def test(match: Match) -> bool:
        if match.kind == "year":
            return "era" in match.groups or year_ok(match.start, match.end)
        if match.kind == "weekday" and (match.start in named or match.end + 1 in name_starts   # "Sunday Ogunleye"
                                        or match.groups["weekday"].lower() in given
                                        and not DAY_LEADER.search(text, max(0, match.start - 8), match.start)
                                        and not DAY_PART_AFTER.match(text, match.end)):
            return False
        if match.kind == "weekday_day" and "dayword" in match.groups:
            # ("Friday the third time", not "Saturday the eighteenth he sailed")
            return not re.match(r"[ \t]+[a-z]", text[match.end:match.end + 2]) \
                or DAYWORD_CLAUSE.match(text, match.end) is not None
        if match.groups.get("season", "").lower() == "spring" and "year" not in match.groups and parse is not None \
                and water_spring(parse, match):
            return False
        if match.kind == "relative_named" and parse is not None and described_unit(parse, match):
            return False
        if match.kind == "feast" and parse is not None and feast_denied_or_likened(parse, match):
            return False
        if match.kind == "season" and parse is not None and (token := match_token(
                parse, match, match.groups["season"].lower())) is not None \
                and token.dep_ == "pobj" and token.head.lower_ == "about":
            return False        # "the men talked about the winter and the sheep": a topic, not a time
        if match.kind == "feast" and parse is not None:
            span = parse.char_span(match.start, match.end, alignment_mode="expand")
            last = span[-1] if span is not None else None
            # (nor a place named after a feast or a saint: "the church of San Ignacio", not "the feast of" one)
            root = span.root if span is not None else None
            owner = root.head.head if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" else None
            return not (last is not None and last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i
                        and last.head.pos_ == "NOUN" and last.head.lower_ not in timely) \
                and not (owner is not None and owner.lower_ in place_nouns())
        return True
    return test


def match_token(parse, match: Match, word: str):
    """The token of the match that is `word` (lower case), or None."""
    span = parse.char_span(match.start, match.end, alignment_mode="expand")
    return next((t for t in span if t.lower_ == word), None) if span is not None else None


# Where "the spring" is water, not a season: "at the spring in the brewery yard", "water from the spring".
WATER_PREPOSITIONS = {"at", "from", "to", "near", "beside", "toward", "towards", "into"}
PLACE_PREPOSITIONS = {"in", "at", "behind", "below", "near", "by", "under", "beside"}


def water_spring(parse, match: Match) -> bool:
    """Is "spring" here a place water comes from: the object of "at", "from" ("at the spring"), or,
    outside a preposition, placed by one whose object is no time ("the spring in the brewery yard ran")?"""
    spring = match_token(parse, match, "spring")
    if spring is None:
        return False
    if spring.dep_ == "pobj":     # "at the spring" is water, "in the spring in Vienna" a season
        return spring.head.lower_ in WATER_PREPOSITIONS
    seasonal = set(time_words()["units"]) | {"year"}
    return any(prep.lower_ in PLACE_PREPOSITIONS and any(o.dep_ == "pobj" and o.lower_ not in seasonal
                                                           and not o.like_num for o in prep.children)
               for prep in spring.children if prep.dep_ == "prep")


# Subjects that "are" a feast on the day ("It is Christmas", "Today is Tabaski", "The following morning, which
# was Christmas Day"), besides the words of days and parts of days.
FEAST_DAY_SUBJECTS = {"it", "today", "tomorrow", "tonight", "this", "that", "yesterday", "which"}


@lru_cache(maxsize=1)
def feast_day_subjects() -> frozenset[str]:
    """FEAST_DAY_SUBJECTS with the words of units, parts of days and weekdays."""
    words = time_words()
    return frozenset(FEAST_DAY_SUBJECTS | set(words["units"]) | set(words["parts_of_day"])
                     | {day.lower() for day in words["weekdays"]})


def feast_denied_or_likened(parse, match: Match) -> bool:
    """Is the feast what a day is not, or what something else is likened to: "It is not Tabaski.", "Everything
    is Tabaski tonight" (not "It is Christmas", "Today is Tabaski")?"""
    span = parse.char_span(match.start, match.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None or root.dep_ not in ("attr", "acomp") or root.head.lemma_ != "be":
        return False
    subject = next((c for c in root.head.children if c.dep_ in ("nsubj", "expl")), None)
    days = feast_day_subjects()
    return any(c.dep_ == "neg" for c in root.head.children) \
        or subject is not None and subject.lower_ not in days and subject.lemma_.lower() not in days


def described_unit(parse, match: Match) -> bool:
    """A day or year an adjective describes ("the bad year after the pension was cut", "the long night
    before the trial") is a time of its own, not the one after or before the story's."""
    unit = match_token(parse, match, match.groups.get("unit", "").lower())
    return unit is not None and any(c.dep_ == "amod" and c.idx < match.start for c in unit.children)


# "that first winter": the one the story has reached or comes to next
FIRST = re.compile(r"(?i)\bfirst\b")
# The months in Roman figures ("27.XI.1937"), in their order.
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# Kinds of match that name a day, its month and (when "year" is among their groups) its year.
FULL_DATES = ("iso", "numeric", "dmy", "mdy")
@lru_cache(maxsize=1)
def weekday_before() -> re.Pattern:
    """A weekday just before a date ("Sunday, the nineteenth of July"), which tells its year."""
    return re.compile(rf"\b({alternation(time_words()['weekdays'])}),?\s+$")


@lru_cache(maxsize=1)
def weekday_after() -> re.Pattern:
    """A weekday set after a date ("28 January, a Monday"), which tells its year too."""
    return re.compile(rf",\s+(?:a\s+)?({alternation(time_words()['weekdays'])})\b")


# "I was born in Shkodër on 3 March 1929": a birth date, backstory to the story's own days
BORN_ON = re.compile(r"\bborn\b[^.;!?]*$")
BORN_REACH = 60


def reference_year(doc: Document, matches: list[Match]) -> int | None:
    """doc.options["year"], else the most frequent year of the full dates (day, month and year:
    the story's own days, where a bare year is more often backstory: "until the summer of 1944"
    ... "Monday was 22 October 1956"; not a birth date), else of all explicit years; the first among
    equals."""
    if doc.options.get("year") is not None:
        return int(doc.options["year"])
    years = [int(m.groups["year"]) for m in matches if m.kind in FULL_DATES and m.groups.get("year")
             and not BORN_ON.search(doc.text, max(0, m.start - BORN_REACH), m.start)] \
        or story_years(doc, matches) or [int(m.groups["year"]) for m in matches if "year" in m.groups]
    if not years:
        return None
    counts = Counter(years)
    best = max(counts.values())
    return next(y for y in years if counts[y] == best)


def story_years(doc: Document, matches: list[Match]) -> list[int]:
    """The years named that set the narrative time: "The summer of 1953 came late to Seaford", not the
    backstory told after it ("it had been bought in 1931")."""
    resolver, narration = Resolver(doc, None), Narration(doc)
    years = []
    for k, match in enumerate(m for m in matches if m.groups.get("year")):
        type_, value, _ = resolver.resolve(match)
        time = TimeExpr(id=f"T{k + 1}", start=match.start, end=match.end, text=doc.text[match.start:match.end],
                        value=value, type=type_)
        if narration.advance(time):
            years.append(int(match.groups["year"]))
    return years


def full_year(short: str, ref_year: int | None) -> int:
    """"63" or "sixty-three" in the reference year's century, or the one before where that would
    be more than a decade after the reference year (in a story of 1866, ’forty-nine is 1849)."""
    n = int(short) if short.isdigit() else number_value(short)
    if ref_year is None:
        return 1900 + n
    year = ref_year // 100 * 100 + n
    return year - 100 if year > ref_year + 10 else year


def easter(year: int) -> dt.date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


# The Hebrew calendar (after Reingold and Dershowitz, Calendrical Calculations): the fixed day number
# (Python's date ordinal) of the day before 1 Tishrei of year 1, and the parts (1/1080 hour) of its months.
HEBREW_EPOCH = -1373427
MONTH_PARTS = 13753
FIRST_MOLAD_PARTS = 12084
DAY_PARTS = 25920


def hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the mean new moon of Tishrei of a Hebrew year, put off a day where it would
    fall on a Sunday, Wednesday or Friday."""
    months = (235 * year - 234) // 19
    days = 29 * months + (FIRST_MOLAD_PARTS + MONTH_PARTS * months) // DAY_PARTS
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def hebrew_new_year(year: int) -> int:
    """The day number of 1 Tishrei of a Hebrew year, put off so that no year is of an impossible length."""
    before, this, after = (hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return HEBREW_EPOCH + this + delay


def hebrew_date(year: int, month: int, day: int) -> dt.date:
    """A day of the Hebrew calendar (months counted from Nisan, 1, to Adar, 12, or Adar II, 13, in a leap
    year; Adar is Adar II there) as a Gregorian date."""
    new_year = hebrew_new_year(year)
    length = hebrew_new_year(year + 1) - new_year
    leap = (7 * year + 1) % 19 < 7
    if month == 12 and leap:
        month = 13
    lengths = {7: 30, 8: 30 if length % 10 == 5 else 29, 9: 29 if length % 10 == 3 else 30, 10: 29, 11: 30,
               12: 30 if leap else 29, 13: 29, 1: 30, 2: 29, 3: 30, 4: 29, 5: 30, 6: 29}
    order = [7, 8, 9, 10, 11, 12] + ([13] if leap else []) + [1, 2, 3, 4, 5, 6]
    before = sum(lengths[m] for m in order[:order.index(month)])
    return dt.date.fromordinal(new_year + before + day - 1)


def swahili_hour(hour: int, part: str) -> int:
    """The hour (0-24) of an hour of the Swahili clock, counted from six in the morning (saa moja, seven
    o'clock) and from six in the evening: saa 1-6 is 7 to 12 in the day, saa 7-12 is 1 to 6 in the afternoon,
    unless the part of the day said puts it in the night (saa tatu usiku: 21:00; saa tisa usiku: 03:00) or the
    early morning (saa kumi asubuhi: 04:00)."""
    hour = hour + 6          # 7 .. 18
    if part in ("evening", "night") and hour <= 12:
        hour += 12           # saa moja jioni: 19:00; saa sita usiku: midnight
    elif part in ("night", "morning") and hour > 12:
        hour -= 12           # saa tisa usiku, saa kumi asubuhi: before dawn
    return hour


# The remainders of a solar year by 33 that make it a leap year (the 33-year rule, which the calendar follows
# from 1244 to 1403).
SOLAR_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
# 1 Farvardin 1368, from which the years are counted.
SOLAR_EPOCH = (1368, dt.date(1989, 3, 21))


def solar_year_days(year: int) -> int:
    return 366 if year % 33 in SOLAR_LEAP_REMAINDERS else 365


def solar_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a day of the Iranian (and Afghan) solar calendar: six months of 31 days, then
    five of 30, and the last of 29 (30 in a leap year)."""
    epoch_year, epoch = SOLAR_EPOCH
    days = sum(solar_year_days(y) for y in range(epoch_year, year)) \
        - sum(solar_year_days(y) for y in range(year, epoch_year))
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return epoch + dt.timedelta(days=days + day - 1)


# The Ethiopian calendar's epoch, 29 August 8 (Julian), the day before 1 Meskerem of year 1, as a Gregorian ordinal.
ETHIOPIAN_EPOCH = 2795


def ethiopian_date(year: int, month: int, day: int) -> dt.date:
    """A day of the Ethiopian calendar (twelve months of 30 days, then Pagume of five, six before a leap year of
    the Julian kind, every fourth) as a Gregorian date."""
    return dt.date.fromordinal(ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day)


# The day before 1 Muharram of year 1 of the tabular Islamic calendar (16 July 622, Julian), as a Gregorian ordinal.
ISLAMIC_EPOCH = 227014


def islamic_date(year: int, month: int, day: int) -> dt.date:
    """A day of the tabular Islamic calendar (months of 30 and 29 days in turn, the last of 30 days in 11
    leap years of every 30) as a Gregorian date."""
    return dt.date.fromordinal(ISLAMIC_EPOCH + day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
                               + (3 + 11 * year) // 30)


# The years of the Islamic calendar a text gives in full (1200 AH is 1785 AD; 1499 is 2076).
HIJRI_YEARS = range(1200, 1500)


def islamic_years(year: int) -> list[int]:
    """The years of the Islamic calendar that may have days in a Gregorian year (each is eleven days shorter)."""
    first = round((year - 622) * 33 / 32)
    return [first + k for k in (-1, 0, 1, 2)]


def solar_years(year: int) -> list[int]:
    return [year - 621, year - 622]         # (its year begins in the spring)


def ethiopian_years(year: int) -> list[int]:
    return [year - 8, year - 7]             # (its year begins in the autumn)


def hebrew_years(year: int) -> list[int]:
    return [year + 3760, year + 3761]       # (its year begins in the autumn: Passover 1946 of 5706, Hanukkah of 5707)


# Each other calendar: its days as Gregorian dates, its years that may have days in a Gregorian year, and the
# years it is written with.
CALENDARS = {"solar": (solar_date, solar_years, range(1200, 1500)),
             "ethiopian": (ethiopian_date, ethiopian_years, range(1850, 2050)),
             "islamic": (islamic_date, islamic_years, HIJRI_YEARS),
             "hebrew": (hebrew_date, hebrew_years, range(5600, 5900))}     # (its feasts only: no month is read)


def calendar_value(calendar: str, year: int, month: int, day: int, part: str | None = None) -> str | None:
    to_gregorian, _, years = CALENDARS[calendar]
    if year not in years:
        return None
    found = to_gregorian(year, month, day)
    return When(found.year, found.month, found.day, part=part).value()


def in_gregorian_year(calendar: str, month: int, day: int, year: int) -> dt.date:
    """The day of another calendar that falls in a Gregorian year (the calendar's year whose day it is)."""
    to_gregorian, years_of, _ = CALENDARS[calendar]
    return next(d for d in (to_gregorian(y, month, day) for y in years_of(year)) if d.year == year)


def calendar_of_the_text(text: str) -> str | None:
    """The other calendar whose months a text names (by the names no other calendar shares), the Persian where
    both are named alike; None where neither is."""
    w = time_words()
    tables = {"solar": w["solar_hijri_months"], "ethiopian": w["ethiopian_months"]}
    shared = tables["solar"].keys() & tables["ethiopian"].keys()
    said = Counter(re.findall(rf"\b({alternation([*tables['solar'], *tables['ethiopian']])})\b", text))
    weight = {calendar: sum(said[name] for name in table if name not in shared) for calendar, table in tables.items()}
    return max(("solar", "ethiopian"), key=lambda c: weight[c]) if any(weight.values()) else None


def month_calendars(calendar: str | None) -> dict[str, tuple[str, int]]:
    """Each month name of the other calendars -> (calendar, number); a name two calendars share (Tir, the
    Persian fourth month and the Ethiopian fifth) is of the text's calendar, else the Persian."""
    w = time_words()
    ethiopian = {name: ("ethiopian", number) for name, number in w["ethiopian_months"].items()}
    solar = {name: ("solar", number) for name, number in w["solar_hijri_months"].items()}
    islamic = {name: ("islamic", number) for name, number in w["islamic_months"].items()}
    return {**islamic, **solar, **ethiopian} if calendar == "ethiopian" else {**islamic, **ethiopian, **solar}


def orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Orthodox churches (the Julian computus), as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_to_gregorian)


def feast_name(text: str) -> str:
    """A feast as times.json writes it: "Saint Martin’s day" -> "Saint Martin's Day", "St David's Day" ->
    "St. David's Day", "the feast of St. Stephen" -> "St. Stephen's Day"."""
    name = re.sub(r"^St ", "St. ", re.sub(r" day$", " Day", " ".join(text.replace("’", "'").split())))
    saint = SAINTS_FEAST.fullmatch(name)
    day = f"{saint[1]} {saint[2]}'s Day" if saint else name
    return day if day in time_words()["feast_days"] else name


# "the feast of St. Stephen": the saint's day (see saints_feasts)
SAINTS_FEAST = re.compile(r"(?i:feast\s+of)\s+(St\.|Saint)\s+(\w+)")


def saints_feasts(names) -> list[str]:
    """The feasts of the saints' days among the names, as "the feast of" says them: "St. Stephen's Day" ->
    "feast of St. Stephen"."""
    return [f"feast of {m[1]} {m[2]}" for name in names if (m := re.fullmatch(r"(St\.|Saint) (\w+)'s Day", name))]


def feast_day(name: str, year: int) -> dt.date:
    """The date of a feast or quarter day (times.json) in a year; movable feasts from that year's Easter, the
    feasts of the Hebrew and Islamic calendars from those calendars; a day of history (D-Day) in its own year."""
    w = time_words()
    name = feast_name(name)
    if name in w["historic_days"]:
        return dt.date.fromisoformat(w["historic_days"][name])
    if name in w["feast_days"]:
        month, day = map(int, w["feast_days"][name].split("-"))
        return dt.date(year, month, day)
    if name in w["weekday_feasts"]:
        month, weekday, n = w["weekday_feasts"][name]
        return nth_weekday(year, month, weekday, n)
    if name in w["hebrew_feasts"]:
        return in_gregorian_year("hebrew", *w["hebrew_feasts"][name], year)
    if name in w["islamic_feasts"]:
        return in_gregorian_year("islamic", *w["islamic_feasts"][name], year)
    if name in w["ethiopian_feasts"]:
        month, day = w["ethiopian_feasts"][name]
        return in_gregorian_year("ethiopian", month, day, year)
    if name in w["orthodox_movable_feasts"]:
        return orthodox_easter(year) + dt.timedelta(days=w["orthodox_movable_feasts"][name])
    return easter(year) + dt.timedelta(days=w["movable_feasts"][name])


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The nth (1-based; -1 the last) ISO weekday of a month: "the last Tuesday of September, 1874"."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.isoweekday() == weekday]
    return days[n - 1 if n > 0 else n]


# "that" before a feast, or opening its match: "all that Christmas", "That Easter"
THAT_BEFORE = re.compile(r"(?i)\bthat\s+(?=\S)")


def pick_day(days: list[dt.date], running: dt.date, way: str) -> dt.date | None:
    """The day among `days` that `way` points to from the running date: "before" or "after" it (strictly),
    "on_or_before", "on_or_after", or "near" (the nearest, ties to the coming one)."""
    def gap(day: dt.date) -> int:
        return (day - running).days
    fits = {"before": lambda n: n < 0, "after": lambda n: n > 0, "on_or_before": lambda n: n <= 0,
            "on_or_after": lambda n: n >= 0, "near": lambda n: True}[way]
    days = [d for d in days if fits(gap(d))]
    return min(days, key=lambda d: (abs(gap(d)), gap(d) < 0)) if days else None


def not_most_of_a_year_ahead(days: list[dt.date], picked: dt.date | None, running: dt.date) -> dt.date | None:
    """Past-tense narration moves on, but not most of a year at one feast or month named in passing: the
    story looks back to the one just past when that is nearer ("through May and June and into July … on
    Whit Sunday"; "Until the gas was cut off in October", told on the 27th of November 1944)."""
    if picked is not None and (picked - running).days > PAST_NARRATION_REACH:
        return pick_day(days, running, "near")
    return picked


# Words that may follow a day of the month in words and begin no noun phrase of it ("Saturday the
# eighteenth he sailed"; not "the third time").
DAYWORD_CLAUSE = re.compile(r"[ \t]+(?:he|she|they|we|it|you|and|when|at|in|on|before|after|was|were|had)\b")
# Words before "midnight" that keep it the day's own end, and "tonight" after it.
APPROACHING = re.compile(r"(?i)\b(?:towards?|before|until|till|near|nearly|almost|by)\s+$")
TONIGHT = re.compile(r"(?i)\s+tonight\b")


def add_days(when: When, days: int) -> When:
    day = dt.date(when.year, when.month, when.day) + dt.timedelta(days=days)
    return When(day.year, day.month, day.day)


def add_months(when: When, months: int) -> When:
    index = when.year * 12 + (when.month - 1) + months
    year, month = divmod(index, 12)
    if when.day is None:
        return When(year, month + 1)
    last = calendar.monthrange(year, month + 1)[1]
    return When(year, month + 1, min(when.day, last))


def coarse(anchor: When) -> When:
    """A time known only to the year, month or season, as itself without the time of day."""
    return When(anchor.year, anchor.month, season=anchor.season)


def shift_minutes(anchor: When, minutes: int) -> When | None:
    """The anchor moved by some minutes: to the clock where it has one, else within its day."""
    if not anchor.is_day:
        # Within a day of a month or a season: still that month or season.
        return coarse(anchor) if abs(minutes) <= 24 * 60 else None
    if anchor.clock:
        moment = dt.datetime(anchor.year, anchor.month, anchor.day, *map(int, anchor.clock.split(":")))
        moment += dt.timedelta(minutes=minutes)
        return When(moment.year, moment.month, moment.day, clock=f"{moment.hour:02d}:{moment.minute:02d}")
    day = add_days(anchor, int(minutes / (24 * 60)))
    # "twenty minutes later" that night is still that night; hours later may not be.
    return replace(day, part=anchor.part) if abs(minutes) < 60 else day


def shift(anchor: When, n: int, unit: str) -> When | None:
    """The anchor moved by n units, kept as precise as both allow."""
    if anchor.year is None:
        return None
    if unit in ("Y", "DE"):
        return When(anchor.year + n * (10 if unit == "DE" else 1))
    if unit == "M":
        if anchor.month is None:
            return None
        return When(*astuple(add_months(When(anchor.year, anchor.month), n))[:2])
    if unit in ("H", "MIN"):
        return shift_minutes(anchor, n * (60 if unit == "H" else 1))
    days = {"W": 7, "D": 1, "FN": 14}.get(unit)
    if days is None:
        return None
    if not anchor.is_day:
        # "The following week" in the autumn of 1936 is still that autumn; "two weeks later" may not be.
        return coarse(anchor) if abs(n * days) <= 7 else None
    return add_days(anchor, n * days)


SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def season_of(when: When) -> tuple[int, int] | None:
    """(year, index in SEASON_ORDER) of the season a time falls in; winter runs December to February and
    takes the year it begins in (January 1939 is in 1938-WI). None for a time known only to the year."""
    if when.season in SEASON_ORDER:
        return when.year, SEASON_ORDER[when.season]
    if when.month is None:
        return None
    if when.month <= 2:
        return when.year - 1, SEASON_ORDER["WI"]
    return when.year, (when.month - 3) // 3


def same_day(a: When, b: When) -> bool:
    return (a.year, a.month, a.day) == (b.year, b.month, b.day)


def middle_of_season(year: int, code: str) -> dt.date:
    """The middle day of a season; a winter takes the year it begins in, so its middle is in January
    of the next."""
    return {"SP": dt.date(year, 4, 15), "SU": dt.date(year, 7, 15), "FA": dt.date(year, 10, 15),
            "WI": dt.date(year + 1, 1, 15)}[code]


def season_start(year: int, code: str) -> dt.date:
    return {"SP": dt.date(year, 3, 1), "SU": dt.date(year, 6, 1), "FA": dt.date(year, 9, 1),
            "WI": dt.date(year, 12, 1)}[code]


def step_season(anchor: When, code: str, sign: int) -> When:
    """The season `code` after (sign 1) or before (-1) the anchor: "the previous spring" from 2 October 1949
    is 1949-SP, from 1949-SP it is 1948-SP; from a time known only to the year, the next or last year's."""
    at = season_of(anchor)
    if at is None:
        return When(anchor.year + sign, season=code)
    year, index = at
    target = SEASON_ORDER[code]
    if sign > 0:
        year += target <= index
    else:
        year -= target >= index
    return When(year, season=code)


FIRST_PERSON_WORD = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


class Resolver:
    """Works out values in text order, keeping the narrative time."""

    def __init__(self, doc: Document, ref_year: int | None, sections: list[tuple[int, int | None]] = (),
                 full_dates: list[tuple[int, int]] = ()):
        self.doc = doc
        self.text = doc.text
        self.outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
        self.quotes = QuoteIndex(doc.quotes)
        self.ref_year = ref_year
        # (heading start, the year it names or None): a heading's year is its section's reference year.
        self.sections = sorted(sections)
        self.section_starts = [start for start, _ in self.sections]
        self.anchor: When | None = None
        self.anchor_id: str | None = None
        self.anchor_start = -1
        self.scene_year: int | None = None      # the narration's (Narration.scene_year)
        self.words = time_words()
        # (a text of the Ethiopian calendar: "the new year" is its new year, 1 Meskerem)
        self.calendar = calendar_of_the_text(self.text)
        self.month_calendars = month_calendars(self.calendar)
        # a narration in the third person tells "twelve years ago" from the story's time, not the teller's
        self.told_by_narrator = any(e.is_narrator for e in doc.entities)
        self.months_told: list[tuple[int, int]] = []    # (year, month) of each date to the day so far
        # the day a count of days ("the first night", "the third evening") began, and the day it last gave
        self.counted: tuple[When, When] | None = None
        self.full_dates = list(full_dates)      # (start, year) of each date given to the day with its year

    def sentence_around(self, start: int, end: int) -> str:
        """The sentence text[start:end] stands in: from the last sentence end before it (at most 300
        characters back) to the next one after it."""
        begin = max((m.end() for m in SENTENCE_END.finditer(self.text, max(0, start - 300), start)),
                    default=max(0, start - 300))
        stop = SENTENCE_END.search(self.text, end)
        return self.text[begin:stop.start() if stop else len(self.text)]

    def paragraph_start(self, offset: int) -> int:
        return self.text.rfind("\n\n", 0, offset)

    def year_for(self, match: Match, deictic: bool = False) -> tuple[int | None, bool]:
        """(year, anchored) for an expression that names no year; a deictic one ("that winter") in
        another paragraph than the running date is of the story's year when that date is of another
        section (a heading's year) or long after ("Vera kept his letters until she died in 1979. … I
        was seventeen that winter")."""
        if self.anchor is not None and self.anchor.year is not None:
            same_paragraph = self.paragraph_start(self.anchor_start) == self.paragraph_start(match.start)
            reference = self.reference_at(match.start)
            same_section = self.reference_at(self.anchor_start) == reference
            # (or a few years on from the story's year, as a memoir moves on: "the fifth of March, 1953 … That
            # September", told in 1950s)
            if not deictic or same_paragraph or reference is None or self.anchor.year == self.scene_year \
                    or same_section and abs(self.anchor.year - reference) <= DEICTIC_REACH \
                    or self.scene_year is not None and 0 <= self.anchor.year - self.scene_year <= DEICTIC_REACH:
                return self.anchor.year, True
        if self.anchor is None:
            # before the story has a date, one its paragraph gives later ("… left Tarim three days after Eid
            # al-Fitr. The family papers give the day: 20 April 1893.")
            k = bisect.bisect_right(self.full_dates, (match.end, 0))
            if k < len(self.full_dates) \
                    and self.paragraph_start(self.full_dates[k][0]) == self.paragraph_start(match.start):
                return self.full_dates[k][1], False
        return self.reference_at(match.start), False

    def reference_at(self, offset: int) -> int | None:
        """The reference year at `offset`: the year its section's heading names, else the document's."""
        k = bisect.bisect_right(self.section_starts, offset) - 1
        year = self.sections[k][1] if k >= 0 else None
        return year if year is not None else self.ref_year

    def day_of(self, groups: dict) -> int:
        """The day of the month a match gives, in figures or in words ("12th", "the twelfth")."""
        return int(groups["day"]) if "day" in groups else self.words["ordinals"][groups["dayword"].lower()]

    def month_of(self, name: str) -> int:
        w = self.words
        return w["months"].get(name) or w["months"].get(name.title()) or w["month_abbreviations"][name]

    def resolve(self, m: Match) -> tuple[str, str | None, bool]:
        """(type, value, anchored) of one match."""
        g, w = m.groups, self.words
        kind = m.kind
        said_part = g.get("part") or g.get("partof") or g.get("inpart") or g.get("atnight")
        part = w["parts_of_day"].get(said_part.lower()) if said_part else None
        if kind in ("iso", "numeric", "dmy", "mdy"):
            if kind == "iso":
                year, month, day = int(g["year"]), int(g["month"]), int(g["day"])
            elif kind == "numeric" and "roman" in g:
                day, month, year = int(g["a"]), ROMAN_MONTHS.index(g["roman"]) + 1, int(g["year"])
            elif kind == "numeric" and "shortyear" in g:
                a, b = int(g["a"]), int(g["b"])
                day, month = (a, b) if a > 12 else (b, a)
                story = self.year_for(m)[0] or SHORT_YEAR_CENTURY + int(g["shortyear"])
                year = min(((story // 100 + c) * 100 + int(g["shortyear"]) for c in (-1, 0, 1)),
                           key=lambda y: abs(y - story))
            elif kind == "numeric":
                a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
                day, month = (a, b) if g["sep"] == "." or a > 12 else (b, a)
            else:
                month = self.month_of(g["month"])
                day = 28 if "lastday" in g else self.day_of(g)
                year = int(g["year"]) if "year" in g else None
            anchored = False
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return "DATE", None, False
            if year is None and (year := self.year_said_after(m)) is None:
                year, anchored = self.year_for(m)
                year = self.year_of_day(m, year, month, day)
            if "lastday" in g:
                day = calendar.monthrange(year or 2001, month)[1]      # (a year unknown: not a leap year)
            return ("TIME" if part else "DATE"), When(year, month, day, part=part).value(), anchored
        if kind == "solar_day":
            which, month = ("solar", int(g["smonthnumber"])) if "smonthnumber" in g \
                else self.month_calendars[g["smonth"].replace("’", "'")]
            day = self.day_of(g)
            if not (1 <= day <= (30 if which == "ethiopian" else 31) and 1 <= month <= 12 + (which == "ethiopian")):
                return "DATE", None, False
            type_ = "TIME" if part else "DATE"
            if "syear" in g:
                return type_, calendar_value(which, int(g["syear"]), month, day, part), False
            year, anchored = self.year_for(m)
            if year is None:
                return "DATE", None, False
            # the day of the calendar's year that falls in the running year (the solar months 10-12, the
            # Ethiopian 5-13, run into the next Gregorian year)
            found = in_gregorian_year(which, month, day, year)
            return type_, When(found.year, found.month, found.day, part=part).value(), anchored
        if kind == "solar_month":
            which, month = self.month_calendars[g["smonth"].replace("’", "'")]
            to_gregorian, _, years = CALENDARS[which]
            if int(g["syear"]) not in years:
                return "DATE", None, False
            middle = to_gregorian(int(g["syear"]), month, 15)
            return "DATE", When(middle.year, middle.month).value(), False
        if kind == "nth_weekday":
            month = self.month_of(g["month"])
            year, anchored = (int(g["year"]), False) if "year" in g else self.year_for(m)
            if year is None:
                return "DATE", None, False
            nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}[g["nth"].lower()]
            day = nth_weekday(year, month, self.words["weekdays"][g["weekday"].title()], nth)
            return "DATE", When(day.year, day.month, day.day).value(), anchored
        if kind in ("week_of_month", "weekday_of_month"):
            month = self.month_of(g["month"])
            year, anchored = (int(g["year"]), False) if "year" in g else self.year_for(m)
            return "DATE", When(year, month).value() if year is not None else None, anchored
        if kind == "month_year":
            return "DATE", When(int(g["year"]), self.month_of(g["month"])).value(), False
        if kind == "year_edge":
            month, day = (1, 1) if g["edge"].lower() == "first" else (12, 31)
            return ("TIME" if part else "DATE"), When(int(g["year"]), month, day, part=part).value(), False
        if kind == "season_year":
            return "DATE", When(int(g["year"]), season=w["seasons"][g["season"].lower()]).value(), False
        if kind == "year":
            return "DATE", g["year"], False
        if kind == "decade":
            return "DATE", g["decade"][:3], False
        year_after = NEIGHBOUR_YEAR.match(g["yearafter"]) if g.get("yearafter") else None
        if year_after and (running := self.year_for(m)[0]) is not None:
            # "in March of the next year", "the autumn of the year before": of the running year's neighbour
            step = 1 if (year_after.group(1) or "").lower() in w["following"] or year_after.group(2) else -1
            if kind == "month":
                return "DATE", When(running + step, self.month_of(g["month"])).value(), True
            return "DATE", When(running + step, season=w["seasons"][g["season"].lower()]).value(), True
        if kind == "month":
            year, anchored = self.year_for(m)
            month = self.month_of(g["month"])
            return "DATE", When(self.year_of_middle(m, year, lambda y: dt.date(y, month, 15)), month).value(), anchored
        if kind == "season":
            year, anchored = self.year_for(m)
            code = w["seasons"][g["season"].lower()]
            day = self.running_day(month=True) if year is not None else None
            at = season_of(When(day.year, day.month, day.day)) if day is not None else None
            if at is not None and at[1] == SEASON_ORDER[code] and self.said_after(m) is None \
                    and self.said_before(m) is None and self.way(m) != "before":
                # the season the running day is in: "what was left of the summer" on 16 August 1974 is 1974's
                year = at[0]
            else:
                year = self.year_of_middle(m, year, lambda y: middle_of_season(y, code))
            return "DATE", When(year, season=code).value(), anchored
        if kind == "age":
            n = number_value(g["n"])
            return "AGE", f"P{n if n is not None else 'X'}Y", False
        if kind == "duration":
            n = number_value(g["n"]) if "n" in g else None
            return "DURATION", duration_value(n, w["units"][g["unit"].lower().rstrip("s")]), False
        if kind == "set":
            if g.get("weekday") or g.get("weekdays"):
                return "SET", weekday_set(g.get("weekday") or g["weekdays"]), False
            if g.get("season"):
                return "SET", f"XXXX-{w['seasons'][g['season'].lower()]}", False
            if part:
                return "SET", f"XXXX-XX-XXT{part}", False
            return "SET", duration_value(1, w["units"][g["unit"].lower()]), False
        if kind in ("weekday", "weekday_day"):
            return self.resolve_weekday(m, part)
        if kind == "feast":
            return self.resolve_feast(m, part)
        if kind == "clock" and g.get("saa"):
            said = w["swahili_parts_of_day"].get((g.get("saapart") or "").lower()) or (g.get("saaen") or "").lower()
            hour = swahili_hour(w["swahili_hours"][" ".join(g["saa"].lower().split())], said)
            return self.clock_on_the_day(m, hour, 0)
        if kind == "clock":
            hour = 24 if g.get("noon", "").lower() == "midnight" else 12 if g.get("noon") else number_value(g["h"])
            if hour is None or hour > 24:
                return "TIME", None, False
            minute = int(g.get("m", 0))
            if g.get("half") or g.get("quarter") or g.get("mins"):    # half past eleven, ten to six, ten-thirty
                minute = 30 if g.get("half") else 15 if g.get("quarter") else number_value(g["mins"])
                if g.get("rel", "").lower() == "to":
                    hour, minute = (hour - 1) % 12 or 12, 60 - minute
            if g.get("noon"):
                pm = False
            elif g.get("ampm"):
                pm = g["ampm"].lower().startswith("p")
            elif g.get("daypart"):
                pm = g["daypart"].lower() in ("afternoon", "evening")
            elif g.get("night") or g.get("lastnight"):
                pm = hour >= 5              # "at two at night" is 02:00
            else:
                pm = self.half_of_day(m, hour) == "pm"
            if pm and hour < 12:
                hour += 12
            return self.clock_on_the_day(m, hour, minute)
        return self.resolve_relative(m, part)

    def clock_on_the_day(self, m: Match, hour: int, minute: int) -> tuple[str, str | None, bool]:
        """A clock time (hour 0-24) on the running day, where there is one."""
        clock = f"{hour:02d}:{minute:02d}"
        if self.anchor is not None and self.anchor.is_day:
            day = add_days(self.anchor, -1) if m.groups.get("lastnight") and hour >= 12 else self.anchor
            if hour == 24 and not APPROACHING.search(self.text, max(0, m.start - 20), m.start) \
                    and not TONIGHT.match(self.text, m.end):
                # "at midnight" the night's day is over: the next day's first moment ("towards midnight",
                # "midnight tonight" are still the day's)
                day, clock = add_days(day, 1), "00:00"
            return "TIME", replace(day, part=None, clock=clock).value(), True
        return "TIME", f"XXXX-XX-XXT{clock}", False

    def half_of_day(self, m: Match, hour: int) -> str | None:
        """"am" or "pm" for an hour that does not say it, from its sentence ("Dinner was at eight", "the
        ladies withdrew at a quarter to nine that evening") or the part of day the running time is in."""
        if not 1 <= hour <= 11:
            return None
        words = set(re.findall(r"[a-z]+", self.sentence_around(m.start, m.end).lower()))
        evening = not words.isdisjoint(self.words["evening_words"]) and hour >= 5 \
            or "afternoon" in words and hour <= 6
        morning = not words.isdisjoint(self.words["morning_words"]) \
            or not words.isdisjoint({"night", "midnight"}) and hour <= 4     # "nearly four … in the night"
        if evening != morning:
            return "pm" if evening else "am"
        if self.anchor is not None and self.anchor.clock and int(self.anchor.clock[:2]) >= EVENING_HOUR:
            # after eight in the evening, "a quarter to nine" is the evening's, "nearly four" the night's
            after = int(self.anchor.clock[:2])
            return "pm" if (hour + 12 - after) % 24 < (hour - after) % 24 else "am"
        part = self.anchor.part if self.anchor is not None else None
        if part in ("EV", "NI") and hour >= 5 or part == "AF" and hour <= 6:
            return "pm"
        if part in ("MO", "NI"):
            return "am"
        # "It was a little after one o'clock.", "He came at three": a story's small hours say so
        return "pm" if hour <= 4 else None

    def year_of_day(self, m: Match, year: int | None, month: int, day: int) -> int | None:
        """The year of a day of the month named without one: the year a weekday beside it fits, the
        story's year if it does, else the nearest the year it would have ("Sunday, the nineteenth of
        July" in a story of 1937 is of 1936); else,
        from a running date, the year `way` points to, the nearest in narration (the eighteenth of
        January after the twenty-ninth of December is in the next year)."""
        if year is None:
            return None
        weekday = weekday_before().search(self.text, max(0, m.start - 16), m.start) \
            or weekday_after().match(self.text, m.end)
        named = weekday.group(1) if weekday is not None else m.groups.get("of_weekday")
        if named is not None:
            number = self.words["weekdays"][named.title()]
            # the year the narration is in where the weekday fits it ("the monsoon of 1957 … Monday, the 15th
            # of July" is of 1957, though 1963's 15th of July was a Monday too), then the story's own year:
            # "Tuesday, 23 January" after an aside on an interview of 1998 is of the eruption's 1973, not of 1996
            reference = self.reference_at(m.start)
            story = [reference] if reference is not None and reference != year else []
            for y in [year] + story + sorted(range(year - 6, year + 7), key=lambda y: (abs(y - year), y > year)):
                if day <= calendar.monthrange(y, month)[1] and dt.date(y, month, day).isoweekday() == number:
                    return y
        running = self.running_day(month=True)
        if running is None:
            return year
        days = [dt.date(y, month, day) for y in (running.year - 1, running.year, running.year + 1)
                if day <= calendar.monthrange(y, month)[1]]
        way = self.said_after(m) or self.way(m, narration="near")
        picked = pick_day(days, running, way)
        return picked.year if picked is not None else year

    def year_said_after(self, m: Match) -> int | None:
        """The year "in" a year after a day of the month names ("the last day of July in 1898"), if any."""
        said = YEAR_AFTER.match(self.text, m.end)
        return int(said.group(1)) if said else None

    def said_after(self, m: Match) -> str | None:
        """The way "last" or "next" after a date names ("the eleventh of September last"): before, after."""
        said = re.match(r"\s+(last|next)\b", self.text[m.end:m.end + 6])
        return LAST_OR_NEXT[said.group(1)] if said else None

    def said_before(self, m: Match) -> str | None:
        """The way "last" or "next" before a month names ("last June", "next May"): before, after."""
        said = re.match(r"(?i)(last|next)\s", self.text[m.start:m.end])
        return LAST_OR_NEXT[said.group(1).lower()] if said else None

    def year_of_middle(self, m: Match, year: int | None, middle, narration: str = "on_or_after") -> int | None:
        """The year of a month or season named without one, by its middle day (`middle(year)`): the
        one `way` points to from the running time. Narration moves on: from the start of the running
        month or season ("In the autumn of 1942 … In February" is February 1943, "… In September"
        September 1942); "that summer" is the nearest."""
        said = self.said_after(m) or self.said_before(m)
        way = said or self.way(m, narration="told" if narration == "on_or_after" else narration)
        told = way == "told"
        way = "on_or_after" if told else way
        if said is None and way != "before" and (re.match(r"(?i)by\b", self.text[m.start:m.end])
                                                 or BY_THE_END_OF.search(self.text, max(0, m.start - 24), m.start)):
            way = "on_or_after"          # "By the autumn the war had come": a time reached, whatever the tense
            # (also "by the end of August he had given up")
        running = self.running_time(start=way == "on_or_after")
        if year is None or running is None:
            return year
        years = {middle(y): y for y in (running.year - 1, running.year, running.year + 1)}
        picked = pick_day(list(years), running, way)
        day = self.running_day(month=True)
        if told and m.kind == "month" and day is not None:      # (a season goes on: "In the autumn")
            picked = not_most_of_a_year_ahead(list(years), picked, day)
        return years[picked] if picked is not None else year

    def running_time(self, start: bool) -> dt.date | None:
        """The running time as one day: its day, else the middle of its month or season; with `start`,
        the first day of its month or season."""
        anchor = self.anchor
        if anchor is None or anchor.year is None:
            return None
        if anchor.month is not None:
            return dt.date(anchor.year, anchor.month, 1 if start else anchor.day or 15)
        if anchor.season not in SEASON_ORDER:
            return None
        return season_start(anchor.year, anchor.season) if start else middle_of_season(anchor.year, anchor.season)

    def running_day(self, month: bool = False) -> dt.date | None:
        """The running date to the day; with `month`, the middle of a running month known no closer."""
        anchor = self.anchor
        if anchor is None or anchor.year is None:
            return None
        if anchor.is_day:
            return dt.date(anchor.year, anchor.month, anchor.day)
        return dt.date(anchor.year, anchor.month, 15) if month and anchor.month is not None else None

    def way(self, m: Match, narration: str = "on_or_after") -> str:
        """Which way a weekday or feast without a year lies from the running date (see `pick_day`).

        "last"/"since" Friday: before it; "next" Friday: after it. Else by the tense of its clause:
        the past perfect, or the past in a quotation (told after the event), points back; a future
        or an infinitive ("we are to go on Friday") ahead. Narration in the past tense moves on to
        the coming day ("It was Monday 14 March. On Saturday we walked" -> the 19th); what a
        quotation or a letter says without a tense ("Brook Street, Wednesday night"), or a feast in a
        clause told aside ("Rabbi Weiss, released shortly before Christmas, left"), is the nearest.
        `narration` is the way of a day in past-tense narration (a date of the month: the nearest).
        """
        w = self.words
        before = self.text[max(0, m.start - 20):m.start].split()
        prefix = {self.text[m.start:m.end].split()[0].lower(), before[-1].lower() if before else ""}
        if m.groups.keys() & {"later", "afterthat"}:   # "Wednesday next", "Thursday week", "the Friday after that"
            return "after"
        if prefix & set(w["before_words"]) or since_clause(self.doc, m.start, m.end):
            return "before"             # "not aired since the minister's sister slept in it at Easter"
        if prefix & set(w["after_words"]):
            return "after"
        if m.kind == "feast" and prefix & {"after", "before"}:
            return "near"               # "the Wednesday after Easter": the Easter of that Wednesday
        quoted = not self.outside(m.start)
        quote = self.quotes.at(m.start) if quoted else None
        tense = clause_tense(self.doc, m.start, m.end, self.quotes.spans[quote] if quote is not None else None)
        if tense == "perfect" or (tense == "past" and quoted):
            return "on_or_before"
        if tense == "future" or tense == "present" and quoted:
            return "on_or_after"        # "You come down on Thursday?": a day to come
        # A feast in a clause told aside ("Rabbi Weiss, released shortly before Christmas") is the nearest.
        if m.kind == "feast" and told_aside(self.doc, m.start, m.end):
            return "near"
        if not quoted:
            return narration
        return "near"

    def weekday_day_told(self, weekday: int, day_of_month: int) -> dt.date | None:
        """The latest month told to the day so far whose day of the month falls on the weekday."""
        for year, month in reversed(self.months_told):
            if day_of_month <= calendar.monthrange(year, month)[1] \
                    and dt.date(year, month, day_of_month).isoweekday() == weekday:
                return dt.date(year, month, day_of_month)
        return None

    def resolve_weekday(self, m: Match, part: str | None) -> tuple[str, str | None, bool]:
        """A weekday: the one `way` points to from a running date known to the day; "Thursday, the
        eighteenth" the 18th nearest it (of its month, else the one before or after) that is a Thursday."""
        g = m.groups
        number = self.words["weekdays"][g["weekday"].title()]
        type_ = "TIME" if part else "DATE"
        running = self.running_day()
        if m.kind == "weekday_day":
            day_of_month = self.day_of(g)
            anchor = self.anchor
            if anchor is not None and anchor.year is not None and anchor.month is not None:
                month = When(anchor.year, anchor.month)
                days = []
                for k in (-1, 0, 1):
                    y, mo = astuple(add_months(month, k))[:2]
                    if day_of_month <= calendar.monthrange(y, mo)[1]:
                        days.append(dt.date(y, mo, day_of_month))
                days = [d for d in days if d.isoweekday() == number] or days
                centre = running or dt.date(anchor.year, anchor.month, 15)
                day = pick_day(days, centre, "near")
                if day is not None:
                    return type_, When(day.year, day.month, day.day, part=part).value(), True
            elif (day := self.weekday_day_told(number, day_of_month)) is not None:
                # the story back at a month it told to the day, where the running time says no month: "And
                # now Ambuya was dead … They took the first bus on Wednesday morning, the seventh" (of the
                # December 1983 the chapter opened in, after a year of flashback)
                return type_, When(day.year, day.month, day.day, part=part).value(), False
        if running is None:
            return type_, f"XXXX-WXX-{number}" + (f"T{part}" if part else ""), False
        days = [running + dt.timedelta(days=k) for k in range(-7, 8)
                if (running + dt.timedelta(days=k)).isoweekday() == number]
        day = pick_day(days, running, self.way(m))
        if "nextweek" in g:             # "the Friday of the following week": that day of the week after the running one
            day = running + dt.timedelta(days=7 - running.isoweekday() + number)
        if g.get("later", "").lower() == "week":
            day += dt.timedelta(days=7)     # "Thursday week": a week after the coming Thursday
        return type_, When(day.year, day.month, day.day, part=part).value(), True

    def resolve_feast(self, m: Match, part: str | None) -> tuple[str, str | None, bool]:
        """A feast or quarter day ("at Michaelmas", "Christmas Eve", "Whitsun 1848"): in its own year if it
        names one; else the one `way` points to from a running date known to the day ("since Christmas"
        in March 1847 -> 1846-12-25); else in the narrative or reference year ("at Michaelmas" in 1847 ->
        1847-09-29). A movable feast is computed from Easter of the year; without a year it has no value."""
        g = m.groups
        type_ = "TIME" if part else "DATE"
        name = g["feast"]
        running = self.running_day(month=True)
        if "year" in g and feast_name(name) in self.words["islamic_feasts"] and int(g["year"]) in HIJRI_YEARS:
            # "the Eid al-Adha of 1320": a year of the Hijri calendar
            day, anchored = islamic_date(int(g["year"]), *self.words["islamic_feasts"][feast_name(name)]), False
        elif "year" in g:
            day, anchored = feast_day(name, int(g["year"])), False
        elif historic := self.words["historic_days"].get(feast_name(name)):
            day, anchored = dt.date.fromisoformat(historic), False     # "on VE Day", whenever the story is
        elif running is not None:
            days = [feast_day(name, running.year + k) for k in (-1, 0, 1)]
            way = self.way(m, narration="told")
            if THAT_BEFORE.search(self.text, max(0, m.start - 5), m.start + 6) and not self.said_before(m):
                way = "near"        # "all that Christmas", three days after 22 December 1961: that one
            day, anchored = pick_day(days, running, "on_or_after" if way == "told" else way), True
            if way == "told":
                day = not_most_of_a_year_ahead(days, day, running)
        else:
            year, anchored = self.year_for(m)
            if year is None:
                fixed = self.words["feast_days"].get(feast_name(name))
                if fixed is None or g.get("nth"):
                    return type_, None, False
                if g.get("eve"):        # "the eve of Michaelmas": the evening before, in any year
                    fixed = (dt.date(2001, *map(int, fixed.split("-"))) - dt.timedelta(days=1)).strftime("%m-%d")
                    return "TIME", f"{UNKNOWN_YEAR}-{fixed}TEV", False
                return type_, f"{UNKNOWN_YEAR}-{fixed}" + (f"T{part}" if part else ""), False
            day = feast_day(name, year)
        if g.get("eve"):            # "the eve of Rosh Hashanah": the evening before
            day, part, type_ = day - dt.timedelta(days=1), "EV", "TIME"
        elif g.get("nthday"):       # "the third day of the Eid", "the first morning of Christmas"
            day = day + dt.timedelta(days=self.words["ordinals"][g["nthday"].lower()] - 1)
            if g["dayof"].lower() != "day":
                part, type_ = self.words["parts_of_day"][g["dayof"].lower()], "TIME"
        elif g.get("nth") and feast_name(name) in self.words["hebrew_feasts"].keys() | self.words["islamic_feasts"]:
            # a Hebrew or Islamic feast's day begins at nightfall: its first night is the evening before its first day
            # ("the first night of Passover"), its second that of the first day ("the second night of Hanukkah")
            day = day + dt.timedelta(days=self.words["ordinals"][g["nth"].lower()] - 2)
            part, type_ = "NI", "TIME"
        if g.get("around"):         # "the Saturday after Easter, 1946": the first such weekday after (before) it
            weekday, step = self.words["weekdays"][g["aroundday"].title()], 1 if g["around"] == "after" else -1
            day += dt.timedelta(days=step)
            while day.isoweekday() != weekday:
                day += dt.timedelta(days=step)
        if (feast_name(name) in self.words["month_feasts"] or g.get("holidays")) and not g.get("eve"):
            # a feast of days ("Holy Week", "Carnival"), a feast's holidays ("the Christmas holidays of 1950")
            return "DATE", When(day.year, day.month).value(), anchored
        return type_, When(day.year, day.month, day.day, part=part).value(), anchored

    def resolve_relative(self, m: Match, part: str | None) -> tuple[str, str | None, bool]:
        g, w, anchor = m.groups, self.words, self.anchor
        kind = m.kind
        kind_type = "TIME" if part else "DATE"
        if kind == "deictic":
            if g.get("season") or g.get("month"):
                # in a paragraph of its own, "that winter" is of the story's year, not of one told in passing
                year, anchored = self.year_for(m, deictic=True)
                if g.get("month"):
                    # (the month of the running year, unless it is past and another year's is nearer: "the fifth
                    # of March, 1953 … That September", "December 1941 … that January")
                    month = self.month_of(g["month"])
                    if anchored and self.anchor.month is not None and month < self.anchor.month:
                        year = self.year_of_middle(m, year, lambda y: dt.date(y, month, 15), "near")
                    return "DATE", When(year, month).value(), anchored
                code = w["seasons"][g["season"].lower()]
                # ("that first winter" there is the one the story has reached or comes to next)
                way = "on_or_after" if FIRST.search(self.text, m.start, m.end) else "near"
                year = self.year_of_middle(m, year, lambda y: middle_of_season(y, code), way) if anchored else year
                return "DATE", When(year, season=code).value(), anchored
            if anchor is None:
                return kind_type, None, False
            unit = g.get("unit", "day").lower()
            if unit == "year":
                return "DATE", When(anchor.year).value(), True
            if unit == "month" and anchor.month:
                return "DATE", When(anchor.year, anchor.month).value(), True
            if unit in ("day", "week") or part:
                if not anchor.is_day:
                    return "DATE", coarse(anchor).value(), True
                if unit == "week" and not part:     # "this week": the ISO week of the day
                    year, week, _ = dt.date(anchor.year, anchor.month, anchor.day).isocalendar()
                    return "DATE", f"{year:04d}-W{week:02d}", True
                return kind_type, When(anchor.year, anchor.month, anchor.day, part=part).value(), True
            return kind_type, None, False
        if kind == "day_of_month":
            day = self.day_of(g)
            if anchor is None or anchor.month is None or not 1 <= day <= 31:
                return "DATE", None, False
            which = g.get("which") or g.get("abbreviated") or g.get("whichmonth") or "this"
            month = add_months(When(anchor.year, anchor.month), MONTH_WORDS[which.lower()])
            return ("TIME" if part else "DATE"), When(month.year, month.month, day, part=part).value(), True
        if kind == "period_edge":
            if anchor is None or anchor.year is None or g["unit"].lower() == "month" and anchor.month is None:
                return "DATE", None, False
            if g["unit"].lower() == "month":
                return "DATE", When(anchor.year, anchor.month).value(), True
            edge = {"end": 12, "beginning": 1, "start": 1}.get(g["edge"].lower())
            return "DATE", When(anchor.year, edge).value(), True
        if kind == "day_part":
            # said ahead ("We leave in the morning."), the next day's; else the day the story is at
            if anchor is None or not anchor.is_day:
                return "DATE", coarse(anchor).value() if anchor is not None else None, anchor is not None
            ahead = clause_tense(self.doc, m.start, m.end) == "future" or (
                not self.outside(m.start) and clause_tense(self.doc, m.start, m.end) == "present")
            # (and the morning after a night the story was at: "That night the river rose. In the morning …")
            ahead = ahead or part == "MO" and (anchor.part in ("EV", "NI") or (anchor.clock or "") >= "18")
            return "TIME", replace(add_days(anchor, 1 if ahead else 0), part=part, clock=None).value(), True
        if kind == "relative_day" and g.get("nth"):
            if anchor is None:
                return kind_type, None, False
            if not anchor.is_day:
                return "DATE", coarse(anchor).value(), True
            unit = g["nthunit"].lower()
            part = part or w["parts_of_day"].get(unit)
            # (counted on from where the count began while the story is still at its last day: "the first night
            # … the second day … the third evening")
            first = self.counted[0] if self.counted and same_day(self.counted[1], anchor) else anchor
            when = replace(add_days(first, w["ordinals"][g["nth"].lower()] - 1), part=part, clock=None)
            self.counted = (first, when)
            return ("TIME" if part else "DATE"), when.value(), True
        if kind == "relative_day":
            text = self.text[m.start:m.end].lower()
            offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(
                " ".join(text.split()), w["relative_days"].get(g.get("word", "").lower(), 0))
            # "No one of the family lives there today": the narrator's present, not the story's.
            if text == "today" and self.outside(m.start) and clause_tense(self.doc, m.start, m.end) == "present":
                return "DATE", PRESENT, False
            if anchor is None or (not anchor.is_day and abs(offset) > 1):
                return "DATE", None, False
            if not anchor.is_day:
                return "DATE", coarse(anchor).value(), True
            when = add_days(anchor, offset)
            if text == "tonight":
                return "TIME", replace(when, part="NI").value(), True
            return "DATE", when.value(), True
        sign = -1 if g.get("bwd") else 1
        if kind == "relative_unit":
            n = number_value(g["n"])
            unit = w["units"][g["unit"].lower().rstrip("s")]
            # "twelve years ago" is counted from when it is said: in a quotation, the story's time;
            # in a first-person narration, the time of telling, which the text does not date (in the third
            # person, the story's: "in Semur since the war, twelve years ago")
            if n is None or anchor is None or g.get("bwd", "").lower() == "ago" and self.outside(m.start) \
                    and (self.told_by_narrator or FIRST_PERSON_WORD.search(self.sentence_around(m.start, m.end))):
                return "DATE", None, False
            when = shift(anchor, sign * n, unit)
            if when is None:
                return "DATE", None, False
            return ("TIME" if when.part or when.clock else "DATE"), when.value(), True
        # relative_named: the next day / the following morning / the previous spring / the week after
        if anchor is None:
            return kind_type, None, False
        if g.get("month"):
            month = self.month_of(g["month"])
            if anchor.year is None:
                return "DATE", None, False
            # (from a season, its start: "until the spring … the following March" is that spring's; from a year
            # alone, the month of the year after, or before)
            if anchor.month is None and anchor.season:
                at = season_start(anchor.year, anchor.season)
                ahead = month >= at.month if sign > 0 else month < at.month
            elif anchor.month is not None:
                at = dt.date(anchor.year, anchor.month, 1)
                ahead = month > at.month if sign > 0 else month < at.month
            else:
                return "DATE", When(anchor.year + sign, month).value(), True
            return "DATE", When(at.year + (0 if ahead else sign), month).value(), True
        if part or (g.get("unit") or "").lower() in ("day", "night", "morning", "evening"):
            word = (g.get("unit") or "").lower()
            part = part or w["parts_of_day"].get(word)
            if not anchor.is_day:
                return "DATE", coarse(anchor).value(), True
            return ("TIME" if part else "DATE"), replace(add_days(anchor, sign), part=part).value(), True
        if g.get("season"):
            return "DATE", step_season(anchor, w["seasons"][g["season"].lower()], sign).value(), True
        if g.get("fwd", "").lower() == "new" and self.calendar == "ethiopian" and anchor.month is not None:
            # (the nearest: "a week after the new year" is after the one just past)
            running = dt.date(anchor.year, anchor.month, anchor.day or 1)
            new_year = pick_day([in_gregorian_year("ethiopian", 1, 1, anchor.year + k) for k in (-1, 0, 1)],
                                running, "near")
            return "DATE", When(new_year.year, new_year.month, new_year.day).value(), True
        unit = w["units"][g["unit"].lower()]
        when = shift(anchor, sign, unit)
        if unit == "W" and when is not None and when.is_day:     # "the week after Easter": that ISO week
            year, week, _ = dt.date(when.year, when.month, when.day).isocalendar()
            return "DATE", f"{year:04d}-W{week:02d}", True
        return "DATE", when.value() if when else None, when is not None


def duration_value(n: int | None, unit: str) -> str:
    amount = "X" if n is None else str(n)
    if unit == "H":
        return f"PT{amount}H"
    if unit == "MIN":
        return f"PT{amount}M"
    if unit == "FN":
        return f"P{'X' if n is None else 2 * n}W"
    if unit == "DE":
        return f"P{'X' if n is None else 10 * n}Y"
    return f"P{amount}{unit}"


def parse_value(value: str | None) -> When | None:
    """A DATE/TIME value back into a When (None for unknown years, weekdays, durations)."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("T")[0].split("-")
    year = int(parts[0]) if len(parts[0]) == 4 else None
    if year is None:
        return None
    after = value.split("T")[1] if "T" in value else None
    part = after if after and not after[:1].isdigit() else None
    clock = after if after and after[:1].isdigit() else None
    if len(parts) == 1:
        return When(year)
    if re.fullmatch(r"W\d\d", parts[1]):    # an ISO week: the month its Monday falls in
        monday = dt.date.fromisocalendar(year, int(parts[1][1:]), 1)
        return When(monday.year, monday.month)
    if not parts[1].isdigit():
        return When(year, season=parts[1])
    if len(parts) == 2:
        return When(year, int(parts[1]))
    return When(year, int(parts[1]), int(parts[2]), part=part, clock=clock)


def earlier(a: When, b: When) -> bool:
    """Is a strictly before b, at the precision both have?"""
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is None or y is None:
            return False
        if x != y:
            return x < y
    return False


def clause_head(token):
    """The verb of the clause a token belongs to (the token itself if it is one), else None."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def since_clause(doc: Document, start: int, end: int) -> bool:
    """Is text[start:end] in a clause opened by "since" ("since she slept in it at Easter")?"""
    span = doc.parse.char_span(start, end, alignment_mode="expand") if doc.parse is not None else None
    verb = clause_head(span.root) if span is not None else None
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in time_words()["since_marks"]
                                    for c in verb.children)


def past_perfect(verb) -> bool:
    """ "had gone", and "had been lending" too."""
    return verb.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD"
                                      for c in verb.children)


def perfect(verb) -> bool:
    """Is the verb in a perfect, past or present ("had been", "have known")?"""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def clause_tense(doc: Document, start: int, end: int, within: tuple[int, int] | None = None) -> str | None:
    """The tense of the clause holding text[start:end]: "perfect" (the past perfect), "past" (or a present
    perfect), "future" (a future auxiliary, an infinitive: "we are to go on Friday", or an imperative) or "present";
    a participle or gerund takes the tense of the clause it hangs on, inside `within` (a quotation's
    own clauses, not the narration's "she read it aloud: “Arrive Thursday.”"). None without a parse or a verb."""
    span = doc.parse.char_span(start, end, alignment_mode="expand") if doc.parse is not None else None
    verb = clause_head(span.root) if span is not None else None
    future = set(time_words()["future_words"])
    while verb is not None and (within is None or within[0] <= verb.idx < within[1]):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in future or a.lemma_ in future for a in auxes):
            return "future"
        if any(a.tag_ == "TO" for a in auxes):
            # "we are to go on Friday" looks ahead; "he went to sleep on the third" is the past of "went"
            if verb.head.i == verb.i or verb.head.tag_ != "VBD" or verb.head.lemma_ in ("be", "have"):
                return "future"
            verb = clause_head(verb.head)
            continue
        if past_perfect(verb):
            return "perfect"
        if perfect(verb):
            return "past"
        finite = [t.tag_ for t in [*auxes, verb] if t.tag_ in FINITE_TAGS]
        if finite:
            return "past" if finite[0] == "VBD" else "present"
        if verb.tag_ == "VB" and not auxes and verb.dep_ == "ROOT" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return "future"             # an imperative looks ahead: "Come Friday."
        verb = clause_head(verb.head) if verb.head.i != verb.i else None
    return None


FACT_NOUNS = frozenset({"fact", "truth", "thing", "point", "result", "upshot", "certainty"})


def told_aside(doc: Document, start: int, end: int, within: tuple[int, int] | None = None) -> bool:
    """Is text[start:end] in a clause told aside from the narrative's own time?

    A birth ("Tomáš was born in 1926"), the date a document bears ("her letter was dated the 2nd
    of November 1877"), a date set for something ("the bill fell due on April 30"), the past
    perfect ("he had left in 1947"), a relative or participle clause ("my brother, who was born in
    1924"), an infinitive ("to leave in May"), or a complement after its verb ("told that he would
    go in December"); not a complement before its verb, which is how a misread colon or a
    quotation's tag parses. With `within` (a quotation's span), only clauses inside it count: what the
    quotation itself tells aside, not the quotation as the complement of its tag ("he said: '...'").
    """
    span = doc.parse.char_span(start, end, alignment_mode="expand") if doc.parse is not None else None
    head = clause_head(span.root) if span is not None else None
    if head is None:
        return False
    words = time_words()
    deadline = words["deadline_words"]
    return (head.lower_ in words["birth_words"] or head.lemma_.lower() in words["dating_words"]
            or head.lemma_.lower() in deadline or any(c.lemma_.lower() in deadline for c in head.children)
            or clause_aside(head, within))


def clause_aside(verb, within: tuple[int, int] | None = None) -> bool:
    """Is the verb's clause in the past perfect, or inside a relative, participle, infinitive or
    complement clause (a complement only after its verb: "told that he would go"), or a "since" clause
    on a perfect ("had been friends since the two men were boys together at Winchester")?"""
    if past_perfect(verb):
        return True
    since = set(time_words()["since_marks"])
    token = verb
    # (nor past a blank line: the parser may run a sentence on into the next paragraph, "… the more it
    # means.”\n\nÄje died in January 1956" as the complement of "says")
    while token.head.i != token.i and (within is None or within[0] <= token.head.idx < within[1]) \
            and not any(t.is_space and t.text.count("\n") > 1
                        for t in token.doc[min(token.i, token.head.i):max(token.i, token.head.i)]):
        # (not the complement of "what is certain is", "the fact is", which is the narrative itself: "What is
        # certain is that on the night of Tuesday, 15 March 1927, rifle butts struck the door")
        if token.dep_ in ASIDE_CLAUSES or (token.dep_ in COMPLEMENT_CLAUSES and token.i > token.head.i
                                           and not states_a_fact(token.head) and not demonstrative_mark(token)):
            return True
        if token.dep_ == "advcl" and perfect(token.head) and any(
                c.dep_ == "mark" and c.lower_ in since for c in token.children):
            return True
        token = token.head
    return False


def demonstrative_mark(verb) -> bool:
    """Is the verb's "that" the demonstrative of a time ("I was ten that winter, and … my father flew his last
    kite"), which the parser took for the mark of a complement clause?"""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i + 1 < len(c.doc)]
    if not marks:       # (the usual case: no word list to read, on a path run for every verb of the scenes)
        return False
    words = time_words()
    times = {*words["seasons"], *words["units"], *words["parts_of_day"]}
    return any(c.nbor().lower_ in times for c in marks)


def states_a_fact(verb) -> bool:
    """Is the verb the "is" of "what is certain is (that …)", "the truth was (that …)"?"""
    return verb.lemma_ == "be" and any(c.dep_ == "csubj" or c.dep_ == "nsubj" and c.lemma_.lower() in FACT_NOUNS
                                       for c in verb.children)


def telling(doc: Document, start: int, end: int) -> bool:
    """Does the date or place at text[start:end] say when or where the story was told, later, rather than
    when or where it happened? It hangs by a preposition on a telling word (times.json: "she testified in
    1947", "In 1996, in an interview, he said", "he told his interviewer in 1962"), or lies inside a noun
    phrase or a dependent clause headed by one ("in an interview recorded in 1996", "Interviewed in New
    York in 1996, Morris, as the younger Moritz was known in America, remembered"); not under a telling verb of the main clause ("she testified
    that in 1938 they left"). "Remember" is no telling word: "On 3 May 1850 Kitty remembered" is the story."""
    span = doc.parse.char_span(start, end, alignment_mode="expand") if doc.parse is not None else None
    if span is None or span.root.dep_ != "pobj":
        return False
    words = set(time_words()["telling_words"])
    head = span.root.head.head
    if any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in words for p in c.children)
           or c.dep_ in ("dobj", "dative") and c.lemma_.lower() in words for c in head.children):
        return True       # (also one said to a telling word: "he told his interviewer in 1962")
    if span.root.head.lower_ == "in" and head.lemma_ in time_words()["telling_verbs"] \
            and any(t.is_quote for t in head.subtree):
        return True       # the tag of a quotation: “We shouted until we had no voices,” she said in 1998.
    return any(a.lemma_.lower() in words and (a.i == head.i or a.pos_ in ("NOUN", "PROPN") or a.dep_ != "ROOT")
               for a in span.root.ancestors)


# A heading is a paragraph of one short line ending in no sentence punctuation ("Chapter Four: ..., 1905–1949").
HEADING_WORDS = 16
NOT_HEADING_ENDS = ".!?,;:\"'”’"
NOT_HEADING_STARTS = "\"'“‘—–-"


def headings(text: str) -> list[tuple[int, int]]:
    """(start, end) of the headings and titles in the text: one-line paragraphs of at most HEADING_WORDS
    words, ending in no sentence punctuation and opening no quotation ("THE LETTER FROM BROOK STREET")."""
    out = []
    for start in [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip()
        alone = end >= len(text.rstrip()) or PARAGRAPH_BREAK.match(text, end) is not None
        if (line.strip() and alone and len(line.split()) <= HEADING_WORDS
                and line[-1] not in NOT_HEADING_ENDS and line.lstrip()[0] not in NOT_HEADING_STARTS):
            out.append((start, start + len(line)))
    return out


def section_years(text: str, matches: list[Match]) -> list[tuple[int, int | None]]:
    """(heading start, year) for each heading: the year it names if it names one alone ("Chapter 3: 1938"),
    else None (a range, "1905–1949", or no year at all), which ends the section of the heading before."""
    out = []
    for start, end in headings(text):
        inside = [m for m in matches if start <= m.start < end]
        year = int(inside[0].groups["year"]) if len(inside) == 1 and inside[0].kind == "year" else None
        out.append((start, year))
    return out


class Narration:
    """The narrative time, moved in text order by the dates and times that set it."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
        self.current: When | None = None
        self.current_id: str | None = None
        self.current_start = -1
        # the year a paragraph opened with ("In the spring of 1932 we lived …"): the story goes on in it,
        # however far from the reference year, until another opening year
        self.scene_year: int | None = None
        self.year_run: tuple[int | None, int] = (None, 0)     # the running time's year, and how many times in a row
        self.headings = headings(self.text)
        self.heading_starts = [start for start, _ in self.headings]
        self.paragraph_starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(self.text)]
        self.sentence_starts = [sent.start_char for sent in doc.parse.sents] if doc.parse is not None else []
        markers = time_words()["sequence_markers"]
        self.looking_back = set(time_words()["looking_back"])
        self.marker = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b", re.IGNORECASE)

    def paragraph_start(self, offset: int) -> int:
        return self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, offset) - 1]

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts: the parse's, else after the last full stop."""
        if self.sentence_starts:
            return self.sentence_starts[max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)]
        start = self.paragraph_start(offset)
        for stop in SENTENCE_END.finditer(self.text, start, offset):
            start = stop.end()
        return start

    def in_heading(self, offset: int) -> bool:
        k = bisect.bisect_right(self.heading_starts, offset) - 1
        return k >= 0 and offset < self.headings[k][1]

    def clause_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts, not before its paragraph."""
        return max(self.sentence_start(offset), self.paragraph_start(offset))

    def frame(self) -> tuple[When | None, str | None, int]:
        """The narrative time as an anchor: (when, time id, offset)."""
        return self.current, self.current_id, self.current_start

    def opens_paragraph(self, offset: int) -> bool:
        """Is `offset` in the first sentence of its paragraph, among its first words (not far into a long
        one: "“Thunder in December,” Khiêm said, … with an expression he had seen only once before, in the
        hungry spring of 1945")?"""
        start = self.paragraph_start(offset)
        return self.sentence_start(offset) <= start and len(self.text[start:offset].split()) <= OPENING_WORDS

    def opens_sentence(self, offset: int, words: int = 1) -> bool:
        """Does the sentence open with the time ("In 1946 she travelled to New York"), at most `words` words
        before it?"""
        start = max(self.sentence_start(offset), self.paragraph_start(offset))    # (the parse may run past a break)
        return len(self.text[start:offset].split()) <= words

    def said_later(self, time: TimeExpr) -> bool:
        """Is the date introduced as coming later: "Afterwards, on 2 February 1938, ..." (not "since then")?"""
        start = self.sentence_start(time.start)
        for marker in self.marker.finditer(self.text, start, time.start):
            before = self.text[start:marker.start()].split()
            if not before or before[-1].lower() not in self.looking_back:
                return True
        return False

    def advance(self, time: TimeExpr, set_out_for: bool = False) -> bool:
        """Make `time` the narrative time if it sets it; say whether it did. A feast one sets out for ("drove
        home to Amichi for Christmas in 1964") is not yet reached: its year is."""
        when = parse_value(time.value) if time.type in DATED_TYPES else None
        # (nor does a time the story looks back to: "since she slept in it at Easter", "since the spring")
        # (a date opening its sentence is the sentence's, however the parser hung it: "On Easter Sunday, 9
        # April 1944, four years to the day since the Germans had come, Pastor Vik preached")
        if when is None or not self.outside(time.start) or re.match(r"(?i)since\b", time.text) \
                or (told_aside(self.doc, time.start, time.end) or since_clause(self.doc, time.start, time.end)) \
                and not self.opens_sentence(time.start):
            return False
        # Years counted from it in passing look ahead or back from it ("she could still recite it forty
        # years later"), unless the sentence opens with them ("Three years later, ...").
        if time.anchor is not None and re.search(r"(?i)\byears\b", time.text) and not self.opens_sentence(time.start):
            return False
        # A day looked forward to ("He proposes Wednesday next", "they would leave on Friday") is not
        # yet where the story is.
        if re.search(r"\s(?:next|week)$", time.text) or clause_tense(self.doc, time.start, time.end) == "future":
            return False        # (and "this week" is no closer than the day the story is at)
        # A heading's year ("The Grünbaums of Lindenfeld, 1905–1949") spans its section; a telling date
        # ("Interviewed in 1996, he remembered that night") is when the story was told, not where it is.
        if (when.month is None and when.season is None and self.in_heading(time.start)) or telling(
                self.doc, time.start, time.end):
            return False
        # "that year" said of the year the story is in tells no more than it knows (a month named again
        # may go back in it: "In March … On Saturday" is a Saturday of March)
        if self.current is not None and self.current.year == when.year and when.month is None \
                and when.season is None and (self.current.month is not None or self.current.season is not None):
            return False
        # nor does "that autumn" said on a day of that autumn ("sixteen that autumn", on 12 October 1943)
        if self.current is not None and self.current.month is not None and when.season is not None \
                and season_of(self.current) == season_of(when):
            return False
        # nor the month of the day just named, in its sentence ("on the night of Hidar Tsion, at the end of
        # November 1970")
        if self.current is not None and self.current.day is not None and when.day is None \
                and (when.year, when.month) == (self.current.year, self.current.month) \
                and not SENTENCE_END.search(self.doc.text, self.current_start, time.start):
            return False
        # A date earlier than the narrative time, in passing, is backstory ("he died in 1947"): once the
        # paragraph has set the narrative time, and after its first sentence.
        if self.current is not None and earlier(when, self.current):
            # (or, from a day the story is at, a coarser time named in passing: "Until the gas was cut off in
            # October he had been a bookkeeper", on the 27th of November)
            if (not self.opens_paragraph(time.start) and not self.said_later(time)
                    and (self.current_start >= self.paragraph_start(time.start)
                         or self.current.day is not None and when.day is None)):
                return False
            # so is an earlier date told in the past perfect, wherever it stands ("In 1931 the bank at Lewes
            # had not been lending to anyone"), and one years back that does not open its paragraph ("It was
            # five years now since Gerald had died, in the March of 1948"; not "… In 1946 she travelled")
            if clause_tense(self.doc, time.start, time.end) == "perfect" \
                    or not self.opens_paragraph(time.start) and years_back(when, self.current) >= BACKSTORY_YEARS \
                    and not self.opens_sentence(time.start):
                return False
        # An end put years ahead, in passing, is no step of the story ("She kept the bird until 1937", told
        # of 1929)
        if self.current is not None and years_back(self.current, when) >= BACKSTORY_YEARS \
                and UNTIL_BEFORE.search(self.doc.text, max(0, time.start - 8), time.start) \
                and not self.opens_sentence(time.start):
            return False
        if set_out_for and when.day is not None:
            when = When(when.year)
        run = self.year_run[1] + 1 if when.year is not None and when.year == self.year_run[0] else 1
        self.year_run = (when.year, run)
        self.current, self.current_id, self.current_start = when, time.id, time.start
        if when.year is not None and WRITTEN_YEAR.search(time.text) and self.opens_paragraph(time.start) \
                and self.opens_sentence(time.start, words=SCENE_OPENING_WORDS):
            self.scene_year = when.year
        elif when.year is not None and run >= STORY_YEAR_RUN:
            self.scene_year = when.year     # the story has stayed in the year, wherever it was first named
        return True


# "for Christmas": a day something is done for or one travels for.
FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
# A time a state lasts until: "until 1937", "till the spring of 1950".
UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+(?:the\s+)?$")


def years_back(when: When, current: When) -> int:
    return current.year - when.year if current.year is not None and when.year is not None else 0


def moves_on(time: TimeExpr) -> bool:
    """Is the time a step of a day or more forward from the narrative time ("the day after",
    "two weeks later"; not "twenty minutes later")?"""
    w = time_words()
    forward = (set(w["forward"]) | set(w["following"])) - {"on"}
    words = re.findall(r"\w+", time.text.lower())
    short = any(w["units"].get(word.rstrip("s")) in ("H", "MIN") for word in words)
    return time.anchor is not None and not short and any(word in forward for word in words)


def narrative_times(doc: Document) -> list[TimeExpr]:
    """The times that set the narrative time, in text order (as find_times chose them)."""
    narration = Narration(doc)
    return [time for time in doc.times if narration.advance(time)]


# Between a day of another calendar and the same day in the Gregorian: ", ", ", which was ", " (", ", and ".
EQUIVALENT_DAY = re.compile(r",?\s*(?:(?:which|that)\s+(?:was|is)\s+|i\.\s?e\.,?\s+|and\s+|or\s+|\(\s*)?"
                            r"(?:(?:on|in)\s+)?")


def beside(matches: list[Match], k: int, text: str) -> Match | None:
    """The absolute date set beside a relative expression ("Four weeks later, on 1 June 1953"; "A week
    later, on the nineteenth of April", in the narrative year), a feast ("On Easter Sunday, 9 April 1944") or
    a weekday ("on Tuesday, the sixteenth of March, 1847"; the date may lack its year) or a day of another
    calendar."""
    kind = matches[k].kind
    if (kind not in RELATIVE_KINDS and kind not in ("weekday", "clock", "feast", "solar_day")) \
            or k + 1 >= len(matches):
        return None
    after = matches[k + 1]
    between = text[matches[k].end:after.start]
    if kind == "solar_day":
        # a day of another calendar and its Gregorian day ("17 Ramadan 1347, which was 26 February 1929"): the
        # day the text gives, where the reckoned calendar may be a day off the moon sighted
        return after if after.kind in DAY_KINDS - {"solar_day"} and EQUIVALENT_DAY.fullmatch(between) else None
    if kind == "clock" and re.fullmatch(r"\s+of\s+", between):
        between = ""            # "at two o'clock on the afternoon of Tuesday, the twelfth of October, 1926"
    if not APPOSITION.fullmatch(between):
        return None
    if kind == "clock":
        if after.kind == "weekday":
            return beside(matches, k + 1, text)
        return after if after.kind in DAY_KINDS | {"feast"} else None     # (and "at two o'clock on New Year's morning")
    if kind == "feast" and after.kind == "weekday":
        return beside(matches, k + 1, text)     # "On the feast of the Candelaria, Tuesday the second of February 1988"
    if kind in ("weekday", "feast"):        # "On Easter Sunday, 9 April 1944"
        if after.kind == "solar_day":       # "on Eid al-Adha, 10 Dhu al-Hijja 1333, which was 18 October 1915"
            return beside(matches, k + 1, text) or after
        return after if after.kind in DAY_KINDS else None
    # a day of the month without its year says the day too ("A week later, on the nineteenth of April")
    return after if after.kind in ABSOLUTE_KINDS and ("year" in after.groups or after.kind in DAY_KINDS) else None


def counted_from_date(matches: list[Match], k: int, text: str) -> Match | None:
    """The date a count of days or weeks is told from: "three days before Christmas", "a week after
    the 2nd of May", "the week before Christmas 1970" (the date right after "before" or "after")."""
    match = matches[k]
    if match.kind not in ("relative_unit", "relative_named") or k + 1 >= len(matches) \
            or text[match.end:matches[k + 1].start].strip().lower() not in ("", "the"):
        return None
    if text[match.start:match.end].split()[-1].lower() not in ("before", "after"):
        return None
    after = matches[k + 1]
    return after if after.kind in DAY_KINDS | {"feast"} else None


FEAST_SLACK = 3     # days a feast of a reckoned calendar may fall from the day the text gives it


def feast_on_the_date(matches: list[Match], k: int, text: str, times: list[TimeExpr], value: str | None) -> str | None:
    """A feast set beside the date just given ("on the second of July, 1990, on the first morning of the
    Eid") is on that date, whatever day the reckoned calendar makes it (the moon sighted a day apart): the
    date's value, with the feast's part of the day."""
    if matches[k].kind != "feast" or not k or matches[k - 1].kind not in DAY_KINDS or not times \
            or times[-1].start != matches[k - 1].start \
            or not APPOSITION.fullmatch(text[matches[k - 1].end:matches[k].start]):
        return None
    day, feast = parse_value(times[-1].value), parse_value(value)
    if day is None or feast is None or not (day.is_day and feast.is_day) or day.clock or day.part:
        return None
    if abs((dt.date(day.year, day.month, day.day) - dt.date(feast.year, feast.month, feast.day)).days) > FEAST_SLACK:
        return None
    return replace(day, part=feast.part).value()


class Quotations(QuoteIndex):
    """The quotations by offset, and the time each is told at when its frame dates the telling."""

    def __init__(self, doc: Document, matches: list[Match], narration: Narration):
        super().__init__(doc.quotes)
        # Telling dates ("Interviewed in New York in 1996"), by match index; their values need no anchor.
        told = [k for k, m in enumerate(matches) if m.kind in ABSOLUTE_KINDS | {"year"} and "year" in m.groups
                and self.at(m.start) is None and telling(doc, m.start, m.end)]
        self.speech: dict[int, int] = {}
        text = doc.text
        for i, (start, end) in enumerate(self.spans):
            # The frame: the narration before it in its paragraph, else the tag after it in its sentence.
            before = max(narration.paragraph_start(start), self.spans[i - 1][1] if i else 0)
            stop, paragraph = SENTENCE_END.search(text, end), PARAGRAPH_BREAK.search(text, end)
            after = min(stop.end() if stop else len(text), paragraph.start() if paragraph else len(text),
                        self.starts[i + 1] if i + 1 < len(self.spans) else len(text))
            frame = ([k for k in told if before <= matches[k].start < start][-1:]
                     or [k for k in told if end <= matches[k].start < after][:1])
            if frame:
                self.speech[i] = frame[0]

    def answers(self, text: str, quote: int) -> bool:
        """Does the quotation follow the one before with nothing between but a paragraph break (the
        next turn of a talk)?"""
        return quote > 0 and not text[self.spans[quote - 1][1]:self.spans[quote][0]].strip()

    def dateline(self, text: str, quote: int, offset: int) -> bool:
        """Is `offset` in the first sentence of the quotation, a few words in, where a letter gives its
        date ("Brook Street, Wednesday night."; not "The bill drawn on the 2nd of May, 1880, falls
        due ...")?"""
        before = text[self.starts[quote]:offset]
        return SENTENCE_END.search(text, self.starts[quote], offset) is None and len(before.split()) <= DATELINE_WORDS


def speech_deictic(text: str, match: Match) -> bool:
    """Does the expression count from the time it is said ("today", "tomorrow", "this year"), not from
    the time a story has reached ("that night", "the next morning")?"""
    said = text[match.start:match.end].lower()
    return match.kind in ("relative_day", "day_of_month") or (match.kind == "deictic" and said.startswith("this")) \
        or (match.kind == "relative_named" and said.startswith(("last ", "next "))) \
        or (match.kind == "clock" and re.search(r"\b(?:this|last|to)[\s-]?(?:morning|afternoon|evening|night)\b", said)
            is not None)      # "last night", "next week", "half-past six this morning"


def tells_itself(doc: Document, time: TimeExpr, anchor_start: int | None, quotes: QuoteIndex, quote: int) -> bool:
    """Does a time in quotation `quote` (an index into `quotes`) set the quotation's own time: a date it
    tells, not told aside, and not counted from outside it ("this year", "today" from the narration's
    day; but "this afternoon" in a letter headed "Wednesday night" is counted from the letter's own
    date, which names its day)? `anchor_start`: where the time it was counted from is."""
    outside = anchor_start is None or quotes.at(anchor_start) != quote
    if time.anchor is not None and counted(time.text) and outside:
        return False
    # a day looked forward to ("we will speak of Saturday the 3rd of June") is not where the talk is
    within = quotes.spans[quote]
    return not told_aside(doc, time.start, time.end, within) \
        and clause_tense(doc, time.start, time.end, within) != "future"


def counted(text: str) -> bool:
    """Is the expression counted from another time ("two days later", "this year", "today"), rather than
    naming its own date, perhaps of a week or year the narrative time picks ("Wednesday night")?"""
    return any(pattern.fullmatch(text) for kind, pattern in patterns() if kind in RELATIVE_KINDS | {"deictic"})


# The characters a bare day of the month looks back for the month said just before it.
MONTH_JUST_SAID = 80


def month_just_said(text: str, match: Match, times: list[TimeExpr]) -> tuple[When, str, int] | None:
    """A bare day of the month ("on the tenth") is of the month of a date just said before it in its
    paragraph, whether or not that date moved the story ("Send her by the first of August. The
    examinations begin on the tenth."), as an anchor; else None."""
    if match.kind != "day_of_month" or "which" in match.groups or "abbreviated" in match.groups \
            or "whichmonth" in match.groups or not times:
        return None
    last = times[-1]
    said = parse_value(last.value) if last.type in DATED_TYPES else None
    between = text[last.end:match.start]
    if said is None or said.month is None or not said.is_day or len(between) > MONTH_JUST_SAID \
            or BLANK_LINE.search(between):
        return None
    return said, last.id, last.start


def last_date_since(times: list[TimeExpr], start: int,
                    to_the_day: bool = False) -> tuple[When, str, int] | None:
    """The last dated time at or after `start` (a sentence's or paragraph's start), as an anchor; with
    `to_the_day`, the last dated to the day."""
    for time in reversed(times):
        if time.start < start:
            return None
        when = parse_value(time.value) if time.type in DATED_TYPES else None
        if when is not None and (when.is_day or not to_the_day):
            return when, time.id, time.start
    return None


def weekday_set(name: str) -> str:
    """Every such weekday, as a set: XXXX-WXX-7 of "every Sunday", "on Sundays", "EVERY SUNDAY"."""
    return f"{UNKNOWN_YEAR}-WXX-{time_words()['weekdays'][name.title()]}"


def restated_or_recurring(text: str, match: Match, times: list[TimeExpr]) -> tuple[str, str, str | None] | None:
    """(type, value, anchor) where the words around a match override what it would resolve to alone: a
    count from an event set beside a date says the date again ("on Friday, the 20th of August, 1943, ten
    months after the cyclone", "in the spring of 1950, a month after she was buried"); any such weekday
    or feast ("no school on a Saturday", "as on a New Year's morning") and a feast kept every year ("twice
    a year, at Easter and at Christmas") are sets, not days the story reaches."""
    # (a month, a season or a year too: "in the spring of 1950, a month after my grandmother was buried")
    if match.kind == "relative_unit" and times \
            and (match.groups.get("fwd") or match.groups.get("bwd", "")).lower() in ("after", "before") \
            and re.match(r"\s+\w", text[match.end:]) \
            and text[times[-1].end:match.start] == ", " and parse_value(times[-1].value) is not None:
        return times[-1].type, times[-1].value, times[-1].id
    # "born in January 1922, the winter the ice reached the landing": the season of the date just said
    code = time_words()["seasons"][match.groups["season"].lower()] if match.kind == "season" else None
    if code is not None and times and text[times[-1].end:match.start] == ", " \
            and (said := parse_value(times[-1].value)) is not None and said.month is not None \
            and (season := season_of(said)) is not None and SEASON_ORDER[code] == season[1]:
        return "DATE", When(season[0], season=code).value(), times[-1].id
    any_such = ANY_WEEKDAY.search(text, max(0, match.start - 12), match.start)
    if match.kind == "weekday" and any_such:
        return "SET", weekday_set(match.groups["weekday"]), None
    if match.kind == "feast" and "year" not in match.groups \
            and (any_such or YEARLY.search(text, max(0, match.start - 60), match.start)):
        fixed = time_words()["feast_days"].get(feast_name(match.groups["feast"]))
        return "SET", f"{UNKNOWN_YEAR}-{fixed}" if fixed else "P1Y", None     # (Easter moves)
    return None


def the_feast_again(matches: list[Match]) -> list[Match]:
    """"The feast", "the eve of the festival": the feast last named before it ("the Nawroz of 1968 … two days
    before the feast"); nothing where none was named."""
    out, last = [], None
    for match in matches:
        if match.kind == "feast":
            last = match.groups["feast"]
        elif match.kind == "feast_again":
            if last is None:
                continue
            match.kind, match.groups = "feast", {**match.groups, "feast": last}
        out.append(match)
    return out


@stage("times", assigns=("times",))
def find_times(doc: Document) -> Document:
    matches = the_feast_again(find_matches(doc.text, match_filter(doc)))
    apparatus = notes_start(doc.text)
    ref_year = reference_year(doc, [m for m in matches if m.start < apparatus])
    for match in matches:
        if "short" in match.groups:
            match.groups["year"] = str(full_year(match.groups["short"], ref_year))
        if "spelled" in match.groups:
            match.groups["year"] = str(spelled_year(match.groups["spelled"]))
        if "era" in match.groups:
            match.groups["year"] = str(time_words()["japanese_eras"][match.groups["era"]]
                                       + number_value(match.groups["erayear"]))
        if "nthmonth" in match.groups:
            number = time_words()["ordinals"][match.groups["nthmonth"].lower()]
            match.groups["month"] = next(name for name, n in time_words()["months"].items() if n == number)
        if "eraof" in match.groups:
            match.groups["year"] = str(time_words()["japanese_eras"][match.groups["eraof"]]
                                       + ordinal_value(match.groups["eraordinal"]))
    for match, after in zip(matches, matches[1:]):
        if match.kind == "feast" and "year" not in match.groups and after.kind in ("month_year", "season_year") \
                and "year" in after.groups and FEAST_IN.fullmatch(doc.text, match.end, after.start):
            match.groups["year"] = after.groups["year"]
    full_dates = [(m.start, int(m.groups["year"])) for m in matches if m.kind in FULL_DATES and m.groups.get("year")]
    resolver = Resolver(doc, ref_year, section_years(doc.text, matches), full_dates)
    narration = Narration(doc)
    quotations = Quotations(doc, matches, narration)
    told: dict[int, tuple[When, str, int]] = {}     # quotation -> the last date it told itself
    spoken: dict[int, tuple[When, str, int]] = {}   # quotation -> the last day it spoke of, counted or not
    times: list[TimeExpr] = []
    reference_only: set[int] = set()     # dates a count is told from ("before Christmas"), by match index
    for k, match in enumerate(matches):
        # What a relative expression counts from: in a quotation, the dates it tells itself, but for
        # "today" or "this year" the time it is told at (a date heading it, a telling date in its frame,
        # else the narrative time); in a clause told aside ("Rosa, born three years later"), the date
        # before it in its sentence; else the narrative time.
        frame = narration.frame()
        quote = quotations.at(match.start)
        if quote is not None and speech_deictic(doc.text, match):
            own = told.get(quote)
            if own is not None and quotations.dateline(doc.text, quote, own[2]):
                frame = own
            elif quote in quotations.speech:
                j = quotations.speech[quote]        # a full year needs no anchor; its id is T{j + 1}
                frame = parse_value(resolver.resolve(matches[j])[1]), f"T{j + 1}", matches[j].start
        elif quote is not None:
            # an hour in an answer is of the day the question spoke of ("Tell me about last night." /
            # "Dinner was at eight.")
            frame = told.get(quote) or (spoken.get(quote - 1) if match.kind == "clock"
                                        and quotations.answers(doc.text, quote) else None) or frame
        elif match.kind in RELATIVE_KINDS | {"deictic"} and told_aside(doc, match.start, match.end):
            frame = last_date_since(times, narration.clause_start(match.start)) or frame
        elif match.kind == "relative_unit" \
                and (said := last_date_since(times, narration.paragraph_start(match.start), to_the_day=True)) \
                and (frame[0] is None or not frame[0].is_day or earlier(frame[0], said[0])):
            # "The letter was dated the twentieth of October and reached Kelshi ten days later", "Madhav was born
            # … on the sixth of April. Twelve days later …": counted from the last day its paragraph names, told
            # aside or not, where the story has reached no day of its own or an earlier one
            frame = said
        frame = month_just_said(doc.text, match, times) or frame
        resolver.anchor, resolver.anchor_id, resolver.anchor_start = frame
        resolver.scene_year = narration.scene_year
        type_, value, anchored = resolver.resolve(match)
        # (the part of the day a weekday or feast says, which a date beside it keeps)
        said_part = value.rpartition("T")[2] if type_ == "TIME" and value and not value[-1].isdigit() else None
        anchor = resolver.anchor_id if anchored else None
        type_, value, anchor = restated_or_recurring(doc.text, match, times) or (type_, value, anchor)
        counted_from = counted_from_date(matches, k, doc.text)
        date = beside(matches, k, doc.text) if counted_from is None else None
        if (same := feast_on_the_date(matches, k, doc.text, times, value)) is not None:
            value, anchor = same, times[-1].id
        if date is not None and match.kind == "clock":
            day = parse_value(resolver.resolve(date)[1])
            if day is not None and day.is_day and value is not None:
                clock = value.rpartition("T")[2]
                if clock == "24:00" and not APPROACHING.search(doc.text, max(0, match.start - 20), match.start):
                    clock = "00:00"     # "midnight on 15 May 1972": the first moment of the day named
                value = replace(day, part=None, clock=clock).value()
                anchor = f"T{matches.index(date, k + 1) + 1}"      # the date beside it, just after
        elif date is not None:
            type_, value, _ = resolver.resolve(date)
            day = parse_value(value)
            if said_part and day is not None and day.is_day and not day.part and not day.clock:
                # "on a Friday evening, the twenty-second of December": that day's evening
                type_, value = "TIME", replace(day, part=said_part).value()
            anchor = f"T{len(times) + 2}"      # the date's own id, given next
        elif counted_from is not None:
            # "three days before Christmas": counted from the date named, which the story has not
            # reached (it does not move the narrative time), not from the narrative time
            when = parse_value(resolver.resolve(counted_from)[1])
            if when is not None and when.is_day:
                resolver.anchor = when
                type_, value, _ = resolver.resolve(match)
                anchor = f"T{len(times) + 2}"
                reference_only.add(k + 1)
        time = TimeExpr(id=f"T{len(times) + 1}", start=match.start, end=match.end,
                        text=doc.text[match.start:match.end], value=value, type=type_, anchor=anchor)
        times.append(time)
        if (dated := parse_value(value) if type_ in DATED_TYPES else None) is not None and dated.is_day:
            resolver.months_told.append((dated.year, dated.month))
        # (midnight, the next day's first moment, leaves the story in the night it ends: "the next morning")
        if k not in reference_only and not (match.kind == "clock" and (value or "").endswith("T00:00")
                                            and "midnight" in time.text.lower()):
            narration.advance(time, set_out_for=match.kind == "feast" and FOR_BEFORE.search(
                doc.text, max(0, match.start - 5), match.start) is not None)
        when = parse_value(value) if type_ in DATED_TYPES and "-W" not in (value or "") else None
        if quote is not None and when is not None:
            index = int(anchor[1:]) - 1 if anchor else None
            anchor_start = (None if index is None else times[index].start if index < len(times)
                            else matches[k + 1].start)     # the date beside it, given next
            if tells_itself(doc, time, anchor_start, quotations, quote):
                told[quote] = (when, time.id, time.start)
            if when.is_day:
                spoken[quote] = (when, time.id, time.start)
    doc.times = dated_weekdays(doc.text, times)
    return doc


# A weekday left without its week: "XXXX-WXX-6", maybe with a part of the day ("TMO")
OPEN_WEEKDAY = re.compile(r"XXXX-WXX-(\d)(T\w+)?")
WEEKDAY_REACH = 160      # characters between a weekday and the date it is


def dated_weekdays(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """A weekday no anchor dated is the day of a full date just before or after it, in its sentence or
    the next, when that date falls on that weekday: "That was how I knew it was Saturday. It was the
    twenty-fourth of August, 1946"; "on 23 January 1973 … By the evening of that Tuesday"."""
    for k, time in enumerate(times):
        open_day = OPEN_WEEKDAY.fullmatch(time.value or "")
        if open_day is None:
            continue
        for other in (times[k + 1] if k + 1 < len(times) else None, times[k - 1] if k else None):
            when = parse_value(other.value) if other is not None and other.type == "DATE" else None
            if when is None or not when.is_day or when.clock or when.part \
                    or max(other.start - time.end, time.start - other.end) > WEEKDAY_REACH \
                    or len(SENTENCE_END.findall(text, min(time.end, other.end), max(time.start, other.start))) > 1:
                continue
            if dt.date(when.year, when.month, when.day).isoweekday() == int(open_day[1]):
                time.value, time.anchor = when.value() + (open_day[2] or ""), other.id
                break
    return times
