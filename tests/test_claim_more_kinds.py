"""Claims the planted-conflict bench showed missing: counts with "are missing", ages of
names the entity recogniser missed in a list, the day of a named person's own event,
and a clock time restated in brackets. Fixture texts are fictional."""

from __future__ import annotations

from test_claims import claims_of, only, person, timex


def test_people_are_missing_is_a_count(nlp) -> None:
    claims = claims_of(nlp, "Tidal waves flooded the harbour of Velmo. Three people are missing local radio says.")
    missing = only(claims, "missing")
    assert (missing.value, missing.unit) == (3, "people")


def test_missing_an_object_is_the_verb_miss(nlp) -> None:
    claims = claims_of(nlp, "Two players are missing the final because of injuries.")
    assert not [c for c in claims if c.slot == "missing"]


def test_an_age_in_a_list_whose_name_was_not_recognised(nlp) -> None:
    text = "The accused are Ana Kroll, 25, Ostrow Vale Halden, 34, and Cleo Marsh, 23, all from Tarnby."
    # the people finder knows two of the three: the third is a name by its place in the list
    people = [person(text, "Ana Kroll", pid="p1"), person(text, "Cleo Marsh", pid="p2")]
    ages = {c.subject: c.value for c in claims_of(nlp, text, people=people) if c.slot == "age"}
    assert ages == {"Ana Kroll": 25, "Ostrow Vale Halden": 34, "Cleo Marsh": 23}


def test_a_lone_word_before_a_number_is_no_listed_name(nlp) -> None:
    text = "Ana Kroll, 25, moved to Tarnby, 34 kilometres away, and Cleo Marsh, 23, stayed."
    people = [person(text, "Ana Kroll", pid="p1"), person(text, "Cleo Marsh", pid="p2")]
    ages = {c.subject: c.value for c in claims_of(nlp, text, people=people) if c.slot == "age"}
    assert ages == {"Ana Kroll": 25, "Cleo Marsh": 23}


def test_the_day_of_a_named_persons_own_event(nlp) -> None:
    text = ("Vosk was arrested in Lira by local police on July 29, a week after the failed bombings. "
            "He was questioned on July 30.")
    tx = [timex(text, "July 29", "DATE", "2031-07-29"), timex(text, "July 30", "DATE", "2031-07-30")]
    dates = [c for c in claims_of(nlp, text, timexes=tx, published="2031-08-20") if c.slot == "date"]
    # the arrest is Vosk's (the name keeps its case); "he was questioned" names nobody another
    # report would name so
    assert [(c.subject, c.value) for c in dates] == [("Vosk arrest", "2031-07-29")]


def test_a_bracketed_time_with_seconds_keeps_the_event_before_it(nlp) -> None:
    text = "The aftershock occurred at 08:12:40 UTC (04:12:40 AM local time), at a depth of 20 kilometers."
    tx = [timex(text, "08:12:40 UTC", "TIME", "2031-05-13T08:12"),
          timex(text, "04:12:40 AM local time", "TIME", "2031-05-13T04:12")]
    got = {(c.subject, c.value) for c in claims_of(nlp, text, timexes=tx) if c.slot == "time"}
    assert got == {("aftershock", "2031-05-13T08:12"), ("aftershock", "2031-05-13T04:12")}


def test_a_clock_time_is_no_quantity(nlp) -> None:
    # the tagger calls "4am" a quantity: a "quantity | bring | 4am" row compared a time as a figure
    for text in ("The blaze at the Orlen depot was brought under control by 4am.",
                 "Officers reached the flat at 3.20 a.m. and seized 12 kilograms of cannabis."):
        quantities = [c for c in claims_of(nlp, text) if c.slot == "quantity"]
        assert not [c for c in quantities if c.display.rstrip(".").endswith(("am", "a.m"))], quantities
    seized = [c for c in claims_of(nlp, "Officers reached the flat at 3.20 a.m. and seized 12 kilograms of cannabis.")
              if c.slot == "quantity"]
    assert [c.value for c in seized] == [12]


def test_a_bare_number_shares_the_unit_of_the_figure_it_is_joined_to(nlp) -> None:
    cut = [c for c in claims_of(nlp, "The Orvey arts fund was cut from 10m euros to 3m last year.") if c.slot == "money"]
    assert [(c.value, c.unit, c.subject) for c in cut] == [(10_000_000, "EUR", "cut"), (3_000_000, "EUR", "cut")]
    pair = [c for c in claims_of(nlp, "Fares at Tessel and Brom rose by 5 and 10 percentage points, respectively.")
            if c.slot == "percent"]
    assert [(c.value, c.unit) for c in pair] == [(5, "percentage points"), (10, "percentage points")]


def test_a_bare_number_before_a_noun_of_its_own_is_no_figure_of_that_unit(nlp) -> None:
    claims = claims_of(nlp, "The Halden council will move 40% of its budget to 3 services.")
    assert [c.value for c in claims if c.slot == "percent"] == [40]
    assert not [c for c in claims if c.slot == "percent" and c.value == 3]


def test_a_fraction_of_a_point_in_words(nlp) -> None:
    for text, value, verb in (("The Varn central bank raised rates by half a percentage point.", 0.5, "raise"),
                              ("Turnout in Ostry fell by a quarter of a percentage point.", 0.25, "fall"),
                              ("Growth slowed by three quarters of a percentage point.", 0.75, "slow")):
        points = [c for c in claims_of(nlp, text) if c.slot == "percent"]
        assert [(c.value, c.unit, c.subject) for c in points] == [(value, "percentage points", verb)], text
