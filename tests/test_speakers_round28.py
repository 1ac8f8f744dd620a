"""Round 28 speaker finding (round 35 of quotes): speaker batch 32 of tests/speaker_probe_cases.py
-- travel and lifestyle features, radio phone-ins and letters to the editor, explainers, property and
consumer columns, restaurant and product reviews (a menu and packaging name no person) -- and the
rules it led to, each tested on fictional variants with what each rule must leave alone."""

from __future__ import annotations

from probe_views import who as _who
from speaker_probe_cases import CASES


def test_batch_32_is_in_the_list():
    assert sum(c.batch == 32 for c in CASES) >= 20



def test_a_name_with_where_its_bearer_lives_resolves_to_the_name(quotes_of):
    text = ("In a letter to the editor, Ruth Penhale of Dunmere argues that the ferry timetable favours "
            "tourists. She says residents cannot get to work on time.")
    assert _who(quotes_of, text) == [("Ruth Penhale", "Ruth Penhale", None), ("She", "Ruth Penhale", None)]


def test_a_name_with_a_body_noun_in_apposition_is_a_body(quotes_of):
    # the small model tags "Warm Hands" a person; "a children's charity" says it is a body, so "It" is it
    text = "Warm Hands, a children's charity, said the winter was hard. It said donations fell."
    assert _who(quotes_of, text) == [("Warm Hands", "Warm Hands", None), ("It", "Warm Hands", None)]
    # a person's job in apposition leaves the person a person
    text = "Ruth Penhale, a teacher, said the winter was hard. She said donations fell."
    assert _who(quotes_of, text) == [("Ruth Penhale", "Ruth Penhale", "teacher"),
                                     ("She", "Ruth Penhale", "teacher")]
