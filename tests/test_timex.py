"""Time expressions: seed values and fictional fixture sentences for each kind."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave.analyze.timex import find_timexes, normalize
from storyweave.model import Timex

# Thursday 13 June 2024: the publication date of the fixture sentences (all fictional)
PUB = "2024-06-13"


def timexes(nlp, text: str, published: str | None = PUB) -> list[Timex]:
    return find_timexes(nlp(text), published)


def one(nlp, text: str, needle: str, published: str | None = PUB) -> Timex:
    """The timex whose text contains `needle` (exactly one must)."""
    found = [t for t in timexes(nlp, text, published) if needle in t.text]
    assert len(found) == 1, f"{needle!r} in {text!r}: {found}"
    t = found[0]
    assert text[t.start : t.end] == t.text  # offsets index the text as given
    return t


# --- the seeds ---------------------------------------------------------------------

def test_seed_time_values(nlp, seeds_dir):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[Timex]] = {}
    misses = []
    for item in gold["timex"]:
        name = item["file"]
        if name not in by_file:
            path = seeds_dir / name
            meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            text = open(path, encoding="utf-8", newline="").read()
            by_file[name] = find_timexes(nlp(text), meta.get("published"))
            for t in by_file[name]:
                assert text[t.start : t.end] == t.text
        cands = [t for t in by_file[name] if item["text"] in t.text]
        if not any(t.value == item["value"] for t in cands):
            misses.append((name, item["text"], item["value"], [t.value for t in cands]))
    assert not misses, misses
    assert len(gold["timex"]) >= 7


# --- relative to the publication date ------------------------------------------------

@pytest.mark.parametrize(
    "text, needle, type_, value",
    [
        ("Fire crews were called to the old mill at Harwick yesterday.", "yesterday", "DATE", "2024-06-12"),
        ("The blaze at the Orlen depot broke out last night.", "last night", "TIME", "2024-06-12TNI"),
        ("Residents of Brindle Lane met this morning to plan the clean-up.", "this morning", "TIME", "2024-06-13TMO"),
        ("The parish council will vote tomorrow on the plan.", "tomorrow", "DATE", "2024-06-14"),
        ("A vigil for the Marsh family will be held tonight.", "tonight", "TIME", "2024-06-13TNI"),
        ("Mayor Ilse Varga resigned today.", "today", "DATE", "2024-06-13"),
        ("The Kessel bridge reopened this week.", "this week", "DATE", "2024-W24"),
        ("Ticket sales at the Lumen theatre fell last month.", "last month", "DATE", "2024-05"),
        ("The next county election is due next year.", "next year", "DATE", "2025"),
        ("The ferry Aurora ran aground two days ago.", "two days ago", "DATE", "2024-06-11"),
        ("The Dunmore plant closed three weeks ago.", "three weeks ago", "DATE", "2024-W21"),
        ("Officers searched the warehouse yesterday afternoon.", "yesterday afternoon", "TIME", "2024-06-12TAF"),
        ("The shop was burgled on Tuesday evening.", "Tuesday evening", "TIME", "2024-06-11TEV"),
    ],
)
def test_relative_to_publication(nlp, text, needle, type_, value):
    t = one(nlp, text, needle)
    assert (t.type, t.value) == (type_, value)


def test_weekday_follows_the_tense_of_its_verb(nlp):
    # published on a Thursday: a past Friday is last week's, a future one tomorrow
    assert one(nlp, "The mayor of Eastlow resigned on Friday.", "Friday").value == "2024-06-07"
    assert one(nlp, "The mayor of Eastlow will resign on Friday.", "Friday").value == "2024-06-14"
    assert one(nlp, "The tribunal is scheduled to sit on Monday.", "Monday").value == "2024-06-17"
    assert one(nlp, "The tribunal sat on Monday.", "Monday").value == "2024-06-10"
    assert one(nlp, "The depot reopened last Wednesday.", "Wednesday").value == "2024-06-12"
    assert one(nlp, "The depot reopens next Wednesday.", "Wednesday").value == "2024-06-19"
    # set for later, whatever the tense of the report
    assert one(nlp, "The vote at Halworth was scheduled for Monday.", "Monday").value == "2024-06-17"
    assert one(nlp, "The inquest was adjourned until Friday.", "Friday").value == "2024-06-14"


def test_month_without_year_follows_tense_and_distance(nlp):
    assert one(nlp, "The Orla festival took place in March.", "March").value == "2024-03"
    assert one(nlp, "The Orla festival was held on 14 December.", "December").value == "2023-12-14"
    assert one(nlp, "The Orla festival will return in February.", "February").value == "2025-02"
    # past verb, but only days ahead: the tense belongs to the report ("payable on ...")
    assert one(nlp, "Directors approved a dividend payable on June 28.", "June").value == "2024-06-28"


# --- clock times anchored to the discourse ---------------------------------------------

def test_bare_time_takes_the_last_date_mentioned(nlp):
    text = "A gas main burst in Corran Street yesterday. Engineers arrived at about 2.45pm."
    t = one(nlp, text, "2.45pm")
    assert (t.type, t.value) == ("TIME", "2024-06-12T14:45")
    assert t.text == "about 2.45pm"


def test_time_takes_the_date_of_its_own_sentence(nlp):
    text = ("The fair opened on Saturday. Officials said on 2 June 2024 that the dam had held, "
            "and engineers checked it at 6.30am.")
    assert one(nlp, text, "6.30am").value == "2024-06-02T06:30"


def test_time_joined_with_its_day(nlp):
    t = one(nlp, "The collision happened at 14:45 yesterday on the ring road.", "14:45")
    assert (t.type, t.value, t.text) == ("TIME", "2024-06-12T14:45", "14:45 yesterday")
    t = one(nlp, "Polls close at 10 p.m. Friday in the Vale district.", "10 p.m.")
    assert t.value.endswith("T22:00")


def test_bare_time_without_any_date_takes_publication(nlp):
    assert one(nlp, "The Corran library opens at 9am.", "9am").value == "2024-06-13T09:00"
    assert one(nlp, "The siren sounded at noon.", "noon").value == "2024-06-13T12:00"


# --- absolute dates ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, needle, value",
    [
        ("The Halden dam was opened on 22 March 2017.", "22 March 2017", "2017-03-22"),
        ("The Halden dam was opened on March 22, 2017.", "March 22, 2017", "2017-03-22"),
        ("The Halden dam was opened on 3/22/2017.", "3/22/2017", "2017-03-22"),
        ("The Halden dam was opened on 2017-03-22.", "2017-03-22", "2017-03-22"),
        ("The Halden dam was opened in 2017.", "2017", "2017"),
        ("The Halden dam was opened in March 2017.", "March 2017", "2017-03"),
        ("The threat level has been severe since 2014.", "2014", "2014"),
        ("Mills like it were built in the 1990s.", "1990s", "199"),
        ("The chapel dates from the 19th century.", "19th century", "18"),
        ("Profits rose in the third quarter of 2023.", "third quarter", "2023-Q3"),
        ("The town was flooded in the winter of 2019.", "winter", "2019-WI"),
        ("The toll booth closed in mid-2015.", "2015", "2015"),
    ],
)
def test_absolute_dates(nlp, text, needle, value):
    t = one(nlp, text, needle)
    assert (t.type, t.value) == ("DATE", value)


def test_quarters_and_seasons_relative(nlp):
    assert one(nlp, "Revenue at Tamsin Foods fell in the first quarter.", "first quarter").value == "2024-Q1"
    assert one(nlp, "Revenue at Tamsin Foods fell in the fourth quarter.", "fourth quarter").value == "2023-Q4"
    assert one(nlp, "The pier was repainted last summer.", "summer").value == "2023-SU"
    assert one(nlp, "The pier will be repainted this winter.", "winter").value == "2024-WI"


# --- durations, sets, fuzzy --------------------------------------------------------

@pytest.mark.parametrize(
    "text, needle, type_, value",
    [
        ("The siege of the Pell farmhouse lasted three days.", "three days", "DURATION", "P3D"),
        ("The suspect can be held for 48 hours.", "48 hours", "DURATION", "PT48H"),
        ("The road was shut for twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
        ("The council adopted a five-year plan.", "five-year", "DURATION", "P5Y"),
        ("Repairs took two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
        ("Work on the canal lasted for years.", "years", "DURATION", "PXY"),
        ("The inquiry sat for several months.", "several months", "DURATION", "PXM"),
        ("The Ferro ferry sails every week.", "every week", "SET", "P1W"),
        ("The Ferro ferry sails every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Patrols in the Carden estate are carried out daily.", "daily", "SET", "P1D"),
        ("Prices at the Velt market have risen recently.", "recently", "DATE", "PAST_REF"),
        ("The Velt market is now closed.", "now", "DATE", "PRESENT_REF"),
        ("The Velt market may reopen in the future.", "future", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_fuzzy(nlp, text, needle, type_, value):
    t = one(nlp, text, needle)
    assert (t.type, t.value) == (type_, value)


def test_anaphoric_expressions_follow_the_discourse(nlp):
    text = "The Brask trial opened on 4 March 2024. The next day the jury visited the site."
    assert one(nlp, text, "next day").value == "2024-03-05"
    text = "The Brask trial opened on 4 March 2024. Two days later the judge fell ill."
    assert one(nlp, text, "Two days later").value == "2024-03-06"


# --- without a publication date ------------------------------------------------------

def test_without_publication_date_values_stay_partial(nlp):
    text = "The Mirel bakery closed on Friday and reopened yesterday; it was founded on 4 May."
    got = {t.text: t.value for t in timexes(nlp, text, None)}
    assert got["Friday"] == "XXXX-WXX-5"
    assert got["yesterday"] is None
    assert got["4 May"] == "XXXX-05-04"
    assert one(nlp, "The dam opened on 22 March 2017.", "2017", None).value == "2017-03-22"


# --- what is not a time expression -------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "About 2000 people marched through Ostwick.",
        "May I ask the minister a question?",
        "The Daily Courier printed the letter.",
        "The 1500 workers at the plant voted to strike.",
    ],
)
def test_no_false_positives(nlp, text):
    assert timexes(nlp, text) == []


def test_night_hours_and_wire_style_times(nlp):
    t = one(nlp, "The man was arrested in the early hours of Saturday.", "early hours")
    assert (t.type, t.value) == ("TIME", "2024-06-08TNI")
    assert one(nlp, "The convoy left at 1445 GMT yesterday.", "1445").value == "2024-06-12T14:45"
    assert one(nlp, "Firefighters were called at mid-afternoon yesterday.", "afternoon").value == "2024-06-12TAF"


def test_clock_times_with_seconds_are_read_to_the_minute(nlp):
    text = "The tremor was logged at 09:41:27 UTC (04:41:27 AM local time) yesterday."
    utc = one(nlp, text, "09:41:27")
    assert (utc.text, utc.type, utc.value) == ("09:41:27 UTC", "TIME", "2024-06-12T09:41")
    assert one(nlp, text, "04:41:27").value == "2024-06-12T04:41"


def test_a_time_restated_in_brackets_is_its_own_expression(nlp):
    text = "The ferry docked at 06:10 (11:10 UTC) on Tuesday."
    assert [t.text for t in timexes(nlp, text) if t.type == "TIME"] == ["06:10", "11:10 UTC"]


def test_weekday_written_with_the_date_fixes_the_year(nlp):
    # published June 2016: 25 April 2016 was a Monday, 25 April 2015 a Saturday
    t = one(nlp, "The Teller bridge closed on Saturday, April 25.", "April 25", "2016-06-13")
    assert t.value == "2015-04-25"


def test_spans_follow_timeml(nlp):
    text = "The two-week strike cost the third-quarter result; over the next two years it will recover."
    got = {t.text: t.value for t in timexes(nlp, text)}
    assert got["two-week"] == "P2W"
    assert got["third-quarter"] in ("2024-Q3", "2023-Q3")
    assert got["the next two years"] == "P2Y"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


WORDS = ["0", "12", "31", "2017", "99", ":", ".", "/", "-", "am", "pm", "p.m.", "Monday", "Friday's",
         "January", "May", "yesterday", "last", "next", "this", "week", "quarter", "third-quarter",
         "summer", "the", "of", "on", "at", "about", "since", "ago", "later", "every", "daily",
         "48-year-old", "2.45pm", "14:45", "1445", "GMT", "noon", "mid-", "early", "hours", "1/2",
         "and", "a", "half", ",", "’", "\n"]


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=25),
    published=st.sampled_from([None, PUB, "2017-12-31", "0001-01-01", "9999-12-31", "junk"]),
)
def test_any_mix_of_time_words_resolves_without_error(nlp, words, published):
    text = " ".join(words)
    errors = _Collect()
    logger = logging.getLogger("storyweave.analyze.timex")
    logger.addHandler(errors)
    try:
        result = find_timexes(nlp.make_doc(text), published)
    finally:
        logger.removeHandler(errors)
    assert not errors.records, errors.records  # find_timexes logs what it had to swallow
    for t in result:
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_odd_input_never_raises(nlp):
    for text in ["", "   ", "99:99", "32 March 2017", "0/0/0000", "at 13pm", "\u2028\x00", "2.45pm" * 50]:
        for published in (PUB, None, "not a date", "2024-02-30", "2024-06-13T09:30:00Z"):
            result = find_timexes(nlp(text), published)
            assert isinstance(result, list)
            assert all(text[t.start : t.end] == t.text for t in result)
    assert all(t.value is None or "32" not in t.value for t in timexes(nlp, "32 March 2017"))


def test_normalize_helper():
    anchor = date(2017, 3, 23)
    assert normalize("yesterday", anchor) == ("DATE", "2017-03-22")
    assert normalize("last night", anchor) == ("TIME", "2017-03-22TNI")
    assert normalize("on Friday", anchor, tense="past") == ("DATE", "2017-03-17")
    assert normalize("on Friday", anchor, tense="future") == ("DATE", "2017-03-24")
    assert normalize("three days", anchor) == ("DURATION", "P3D")
    assert normalize("nothing here", anchor) is None


@pytest.mark.parametrize("text,needle,value", [
    ("The quake struck at 1446 local time off the coast.", "1446", "2024-06-13T14:46"),
    ("Twenty minutes after midnight, police entered the flat.", "midnight", "2024-06-13T00:20"),
    ("The ferry left ten minutes before noon.", "noon", "2024-06-13T11:50"),
])
def test_wire_clock_times_and_offsets_from_midnight(nlp, text: str, needle: str, value: str) -> None:
    t = one(nlp, text, needle)
    assert (t.type, t.value[-5:]) == ("TIME", value[-5:])


def test_a_year_with_no_clock_word_stays_a_year(nlp) -> None:
    assert one(nlp, "The bridge opened in 1446 after a long war.", "1446").type == "DATE"


def test_the_same_day_with_no_day_told_before_is_unknown(nlp):
    # the tabloid names no day: "the same day" is the swap's, which the text never dates
    text = "The swap came on the same day aid trucks finally rolled over the bridge."
    assert one(nlp, text, "the same day", published="2031-05-16").value is None
    text = "He was arrested on Monday and charged the same day."
    assert one(nlp, text, "the same day", published="2031-05-16").value == "2031-05-12"
    # a clock time dates the story: "that day" is its day
    text = "Police were called at 2am. Later that day, the road stayed closed."
    assert one(nlp, text, "that day", published="2031-05-16").value == "2031-05-16"


def test_dawn_after_a_night_is_the_next_morning(nlp):
    text = "Talks failed overnight. Picket lines formed outside schools before dawn."
    assert one(nlp, text, "overnight", published="2031-05-13").value == "2031-05-12TNI"
    assert one(nlp, text, "dawn", published="2031-05-13").value == "2031-05-13TMO"
    text = "Police were called on Monday night. Officers left at 3am."
    assert one(nlp, text, "3am", published="2031-05-13").value == "2031-05-13T03:00"  # Monday is 12 May


def test_a_future_clock_time_is_not_before_the_article(nlp):
    # "overnight" set the narrative day to the day before publication; what will happen does not
    text = "Talks failed overnight. Schools will remain open from 8 to 11 a.m. for meal pickup."
    assert one(nlp, text, "11 a.m.", published="2031-05-13").value == "2031-05-13T11:00"


def test_apostrophe_d_before_a_participle_is_had_not_would(nlp):
    # published Thursday 15 May 2031
    assert one(nlp, "She'd left Tarrow on Monday.", "Monday", published="2031-05-15").value == "2031-05-12"
    assert one(nlp, "He said he'd come on Monday.", "Monday", published="2031-05-15").value == "2031-05-19"
