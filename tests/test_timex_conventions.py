"""Time expressions in conventions beyond 1990s US wire copy: UK dates and clock times,
named days, "Q3", "on the 22nd", "the day before,". Every sentence is fictional."""

from __future__ import annotations

from datetime import date

import pytest

from storyweave.analyze.timex import find_timexes
from storyweave.analyze.timex_rules_named import easter, named_day

# Thursday 23 March 2023: the publication date of the fixture sentences
PUB = "2023-03-23"


def found(nlp, text: str, published: str | None = PUB) -> list[tuple[str, str, str | None]]:
    out = []
    for t in find_timexes(nlp(text), published):
        assert text[t.start : t.end] == t.text  # offsets index the text as given
        out.append((t.text, t.type, t.value))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # named days, placed by tense around publication, or by "last"/"next"/a year
        ("The shop was robbed on Christmas Day.", [("Christmas Day", "DATE", "2022-12-25")]),
        ("Crowds gathered on New Year's Eve.", [("New Year's Eve", "DATE", "2022-12-31")]),
        ("The ceremony was held on Boxing Day.", [("Boxing Day", "DATE", "2022-12-26")]),
        ("The market will close on Easter Monday.", [("Easter Monday", "DATE", "2023-04-10")]),
        ("The march is planned for Good Friday.", [("Good Friday", "DATE", "2023-04-07")]),
        ("Burglaries rose over Christmas.", [("Christmas", "DATE", "2022-12-25")]),
        ("The band played there last Christmas.", [("last Christmas", "DATE", "2022-12-25")]),
        ("The pier burned down on Halloween 2019.", [("Halloween 2019", "DATE", "2019-10-31")]),
        ("The parade was held on St. Patrick's Day.", [("St. Patrick's Day", "DATE", "2023-03-17")]),
        # a named day that is only a noun here
        ("Christmas shopping started early.", []),
        ("The farm sold Easter eggs to the village.", []),
    ],
)
def test_named_days(nlp, text, expected):
    assert found(nlp, text) == expected


def test_named_day_dates():
    assert easter(2023) == date(2023, 4, 9)
    assert easter(2024) == date(2024, 3, 31)
    assert named_day("good friday", 2025) == date(2025, 4, 18)
    assert named_day("thanksgiving", 2023) == date(2023, 11, 23)
    assert named_day("boxing day", 2020) == date(2020, 12, 26)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales fell 4% in Q3, the company said.", [("Q3", "DATE", "2022-Q3")]),
        ("Profits fell in Q4 2022.", [("Q4 2022", "DATE", "2022-Q4")]),
        ("Margins widened in H1 2023.", [("H1 2023", "DATE", "2023-H1")]),
        # a bare "H1" is a name (a visa, a road), not a half-year
        ("The firm sponsored an H1 visa for her.", []),
    ],
)
def test_quarter_codes(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fire crews were called at 14.40 on Tuesday.", [("14.40 on Tuesday", "TIME", "2023-03-21T14:40")]),
        ("The train left at 09.15 local time.", [("09.15 local time", "TIME", "2023-03-23T09:15")]),
        ("The bomb went off at 7.30 this morning.", [("7.30 this morning", "TIME", "2023-03-23T07:30")]),
        ("A shot was heard at 10pm last night.", [("10pm last night", "TIME", "2023-03-22T22:00")]),
        # prices and scores written with a dot are not times
        ("The bank closed at 14.40 pence a share.", []),
        ("Shares closed at 9.30 on Tuesday.", [("Tuesday", "DATE", "2023-03-21")]),
    ],
)
def test_dotted_24_hour_clock(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rally was held on the 22nd.", [("the 22nd", "DATE", "2023-03-22")]),
        ("The vote happened on the 1st.", [("the 1st", "DATE", "2023-03-01")]),
        ("The tenants live on the 22nd floor.", []),
        # the month named before in the text
        ("The fair opened in January. It closed on the 12th.",
         [("January", "DATE", "2023-01"), ("the 12th", "DATE", "2023-01-12")]),
    ],
)
def test_ordinal_day_alone(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The race was run on 12 March. The day before, rain had flooded the course.",
         [("12 March", "DATE", "2023-03-12"), ("The day before", "DATE", "2023-03-11")]),
        ("The vote was on 10 March. Riots broke out the night after.",
         [("10 March", "DATE", "2023-03-10"), ("the night after", "TIME", "2023-03-11TNI")]),
        ("Hospital admissions doubled over the past fortnight.", [("the past fortnight", "DURATION", "P2W")]),
        ("The hall opened on Wed 22 March.", [("Wed 22 March", "DATE", "2023-03-22")]),
        ("Voting closes on Thurs 30 March.", [("Thurs 30 March", "DATE", "2023-03-30")]),
        ("The ferry sails twice a week.", [("a week", "SET", "P1W")]),
    ],
)
def test_uk_and_anaphoric_days(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The blast came on the morning of 22 March.", [("the morning of 22 March", "TIME", "2023-03-22TMO")]),
        ("The gates opened at 3pm UK time.", [("3pm UK time", "TIME", "2023-03-23T15:00")]),
        ("The plane vanished on 5 March. Wreckage was found 48 hours later.",
         [("5 March", "DATE", "2023-03-05"), ("48 hours later", "DATE", "2023-03-07")]),
        ("The talks will resume in two weeks' time.", [("two weeks' time", "DATE", "2023-W14")]),
        ("Floods hit the town in the run-up to Christmas.", [("Christmas", "DATE", "2022-12-25")]),
        # a season told in the past before this year's has come: last year's
        ("The tower was sold in the summer.", [("the summer", "DATE", "2022-SU")]),
        ("The tower will be sold in the summer.", [("the summer", "DATE", "2023-SU")]),
        ("The school was evacuated at lunchtime on Monday.", [("lunchtime on Monday", "TIME", "2023-03-20TMI")]),
        ("The era saw the dawn of the railway.", []),
        ("The rooms are on the 11th and 12th floors.", []),
    ],
)
def test_parts_of_days_and_relative_times(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The tram has run every 10 minutes since 2019.",
         [("every 10 minutes", "SET", "PT10M"), ("2019", "DATE", "2019")]),
        ("The ceasefire held overnight on Tuesday.", [("overnight on Tuesday", "TIME", "2023-03-21TNI")]),
        # a passive "is expected" / "is planned" looks ahead: the coming Friday
        ("The results are expected by 5pm on Friday.", [("5pm on Friday", "TIME", "2023-03-24T17:00")]),
        ("The results were expected by 5pm on Friday.", [("5pm on Friday", "TIME", "2023-03-17T17:00")]),
    ],
)
def test_sets_nights_and_schedules(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a text that writes "22 March" writes its numeric dates day first
        ("The notice, dated 05/04/2023, went up on 22 March.",
         [("05/04/2023", "DATE", "2023-04-05"), ("22 March", "DATE", "2023-03-22")]),
        ("The notice, dated 05/04/2023, went up on March 22.",
         [("05/04/2023", "DATE", "2023-05-04"), ("March 22", "DATE", "2023-03-22")]),
        ("The notice was dated 22/03/2017.", [("22/03/2017", "DATE", "2017-03-22")]),
    ],
)
def test_numeric_dates_follow_the_text_order(nlp, text, expected):
    assert found(nlp, text, "2023-04-23") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fixture told in the simple present lies ahead of publication (Thursday 23 March)
        ("The trial resumes on Monday.", [("Monday", "DATE", "2023-03-27")]),
        ("The council meets on Friday to set the budget.", [("Friday", "DATE", "2023-03-24")]),
        ("Rovers host the league leaders on Saturday.", [("Saturday", "DATE", "2023-03-25")]),
        # a report in the present about a day that has passed stays in the past
        ("Residents say the road closed on Monday.", [("Monday", "DATE", "2023-03-20")]),
        ("The mayor says Monday was the worst day of her term.", [("Monday", "DATE", "2023-03-20")]),
    ],
)
def test_scheduled_events_in_the_present(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a twelve-hour clock in the part of the day that follows it (PUB is a Thursday)
        ("The siren sounded at two o'clock this afternoon.", [("two o'clock this afternoon", "TIME", "2023-03-23T14:00")]),
        ("The vigil starts at eight o'clock this evening.", [("eight o'clock this evening", "TIME", "2023-03-23T20:00")]),
        ("Crews left at 7.30 this morning.", [("7.30 this morning", "TIME", "2023-03-23T07:30")]),
        ("The alarm went off at 10 o'clock last night.", [("10 o'clock last night", "TIME", "2023-03-22T22:00")]),
        # "until" ahead in a present-tense clause, also with "at least" inside the span
        ("The bridge is closed until at least Monday.", [("until at least Monday", "DATE", "2023-03-27")]),
        ("The bridge was closed until Monday.", [("Monday", "DATE", "2023-03-20")]),
        # "that" as a complementizer is no part of the day named after it
        ("The union warned that Saturday's planned strike will go ahead.", [("Saturday", "DATE", "2023-03-25")]),
    ],
)
def test_clock_in_part_of_day_until_and_complementizer_that(nlp, text, expected):
    assert found(nlp, text) == expected


def test_a_past_clock_time_is_not_anchored_to_a_day_ahead(nlp):
    text = "The strike will go ahead on Saturday. Queues formed by midday. The march will start at noon."
    assert found(nlp, text) == [("Saturday", "DATE", "2023-03-25"), ("midday", "TIME", "2023-03-23T12:00"),
                                ("noon", "TIME", "2023-03-25T12:00")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a small-hours clock time after an evening one of the same day is the next day's, and the
        # story's day moves on with it
        ("Crews were called at 9.42pm on Tuesday 21 March. They stayed until 1.15am. "
         "Two men were held at 9am.",
         ["2023-03-21T21:42", "2023-03-22T01:15", "2023-03-22T09:00"]),
        # "the morning", told in the future after an evening clock time: the next morning
        ("The alarm sounded at 10pm on Tuesday 21 March. An inquiry will start in the morning.",
         ["2023-03-21T22:00", "2023-03-22TMO"]),
        # no evening before it: the small hours stay on the day named
        ("The market opened at 7am on Tuesday 21 March. Thieves had struck at 3am.",
         ["2023-03-21T07:00", "2023-03-21T03:00"]),
        # the morning told in the past is that day's morning
        ("The alarm sounded at 10pm on Tuesday 21 March. Smoke had been seen in the morning.",
         ["2023-03-21T22:00", "2023-03-21TMO"]),
    ],
)
def test_the_small_hours_after_an_evening_are_the_next_day(nlp, text, expected):
    assert [value for _, _, value in found(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare day name before a plural noun, told in the present or future: any such day
        ("Saturday matches will kick off at 3pm from next season.", "XXXX-WXX-6"),
        ("Sunday services run every hour.", "XXXX-WXX-7"),
        # told in the past, or with its own article or possessive: one day
        ("Friday prayers were held under heavy security.", "2023-03-17"),
        ("The Sunday market was cancelled.", "2023-03-19"),
    ],
)
def test_a_day_name_before_a_plural_noun_is_any_such_day(nlp, text, expected):
    assert found(nlp, text)[0][2] == expected
