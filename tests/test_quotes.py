"""Quotation extraction and speaker attribution (issue 3).

Fixtures are short fictional reports written for these tests; the seed check reads
../shared/data/seeds at test time.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quote_checks import assert_offsets
from storyweave.analyze.marks import find_quote_spans
from storyweave.analyze.people import find_people
from storyweave.analyze.quotes import extract_quotes
from storyweave.analyze.statements import group_statements
from storyweave.model import Quote


def covering(quotes: list[Quote], text: str, part: str) -> list[Quote]:
    """Quotes whose span overlaps where `part` sits in `text`."""
    s = text.index(part)
    e = s + len(part)
    return [q for q in quotes if q.start < e and q.end > s]


def speaker_of(quotes: list[Quote], text: str, part: str) -> str | None:
    hits = covering(quotes, text, part)
    assert hits, f"no quote covers {part!r}: {[q.text for q in quotes]}"
    return hits[0].speaker_name


# --- the seed articles ---------------------------------------------------------------------


def same_person(a: str | None, b: str) -> bool:
    """The seed check's rule: equal names or one's words a subset of the other's."""
    if not a:
        return False
    wa, wb = a.lower().split(), b.lower().split()
    return wa == wb or set(wb) <= set(wa) or set(wa) <= set(wb)


def test_seed_quotes_all_found_with_resolved_speaker(nlp, seeds_dir):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    found, misses = 0, []
    cache: dict[str, tuple[str, list[Quote]]] = {}
    for g in gold["quotes"]:
        if g["file"] not in cache:
            text = (seeds_dir / g["file"]).read_text(encoding="utf-8")
            doc = nlp(text)
            cache[g["file"]] = (text, extract_quotes(doc, find_people(doc)))
        text, quotes = cache[g["file"]]
        assert_offsets(quotes, text)
        s = text.index(g["text_contains"])
        e = s + len(g["text_contains"])
        hits = [q for q in quotes if q.start < e and q.end > s]
        if any(same_person(q.speaker_name, g["speaker_name"]) for q in hits):
            found += 1
        else:
            misses.append((g["text_contains"][:30], g["speaker_name"], [q.speaker_name for q in hits]))
    assert found == len(gold["quotes"]) == 20, misses


# --- each quote form, on fictional fixtures ---------------------------------------------------


def test_cue_after_curly_quote_with_title_and_role(quotes_of):
    text = "“The bridge will reopen on Monday,” said Inspector Jan Havel of Northvale Police."
    quotes = quotes_of(text)
    q = covering(quotes, text, "bridge will reopen")[0]
    assert q.kind == "direct"
    assert q.cue == "said"
    assert q.speaker_name == "Jan Havel"
    assert q.speaker_role and "Inspector" in q.speaker_role
    assert q.text == "The bridge will reopen on Monday,"
    assert_offsets(quotes, text)


def test_cue_before_with_colon_and_straight_marks(quotes_of):
    text = 'Harbour master Ruth Calder said: "We are ready for the storm."'
    quotes = quotes_of(text)
    q = covering(quotes, text, "We are ready")[0]
    assert (q.kind, q.cue, q.speaker_name) == ("direct", "said", "Ruth Calder")
    assert q.speaker_role == "Harbour master"
    assert q.text == "We are ready for the storm."


def test_cue_before_with_comma(quotes_of):
    text = "Mr Tomas Verhoef said, “We stayed until the lights went out.”"
    quotes = quotes_of(text)
    assert speaker_of(quotes, text, "We stayed") == "Tomas Verhoef"


def test_multi_paragraph_quote_keeps_speaker_and_stops_at_the_end(quotes_of):
    text = (
        "Councillor Amara Nwosu said: “The water came in within minutes.\n\n"
        "“People were carrying children on their shoulders.\n\n"
        "“We owe the volunteers everything.”\n\n"
        "The council will meet again on Friday."
    )
    quotes = quotes_of(text)
    for part in ("water came in", "carrying children", "owe the volunteers"):
        assert speaker_of(quotes, text, part) == "Amara Nwosu"
    assert not covering(quotes, text, "The council will meet again")
    assert_offsets(quotes, text)


def test_nested_quote_stays_inside_the_outer_quote(quotes_of):
    text = "Ruth Calder said: “They shouted ‘stay inside’ and we listened.”"
    quotes = quotes_of(text)
    hits = covering(quotes, text, "stay inside")
    assert hits and hits[0].speaker_name == "Ruth Calder"
    assert "we listened" in hits[0].text


def test_unbalanced_mark_ends_at_the_paragraph(quotes_of):
    text = (
        "Ruth Calder said: “We will rebuild the quay.\n\n"
        "The harbour closed at noon. Ferries were cancelled for the rest of the week.\n\n"
        "Officials said the damage was still being assessed."
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, text, "We will rebuild") == "Ruth Calder"
    assert not covering(quotes, text, "Ferries were cancelled")
    assert_offsets(quotes, text)


def test_indirect_said_that(quotes_of):
    text = "Ruth Calder said that the harbour would reopen next month."
    quotes = quotes_of(text)
    q = covering(quotes, text, "would reopen")[0]
    assert q.kind == "indirect"
    assert q.text.startswith("that the harbour")
    assert (q.cue, q.speaker_name) == ("said", "Ruth Calder")


def test_indirect_told_reporters(quotes_of):
    text = "Jan Havel told reporters the coast road would stay closed overnight."
    quotes = quotes_of(text)
    q = covering(quotes, text, "coast road")[0]
    assert q.kind == "indirect"
    assert "reporters" not in q.text
    assert (q.cue, q.speaker_name) == ("told", "Jan Havel")


def test_according_to(quotes_of):
    text = "According to Northvale Police, two fishing boats sank near the breakwater."
    quotes = quotes_of(text)
    q = covering(quotes, text, "two fishing boats")[0]
    assert q.kind == "indirect"
    assert q.cue == "According to"
    assert q.speaker_name == "Northvale Police"
    assert "According" not in q.text


def test_mixed_quote(quotes_of):
    text = "Mayor Ruth Calder called the storm “brutal and relentless” on Tuesday."
    quotes = quotes_of(text)
    q = covering(quotes, text, "brutal and relentless")[0]
    assert q.kind == "mixed"
    assert q.cue == "called"
    assert q.speaker_name == "Ruth Calder"
    assert "the storm" in q.text


def test_floating_quote_takes_the_previous_speaker(quotes_of):
    text = (
        "Jan Havel said: “The lifeboat crew went out three times.”\n\n"
        "“Nobody on that crew slept last night.”\n\n"
        "The crew returned to the harbour at dawn, soaked and exhausted."
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, text, "Nobody on that crew") == "Jan Havel"
    assert not covering(quotes, text, "soaked and exhausted")


def test_quote_far_from_any_speaker_is_not_attributed(quotes_of):
    text = (
        "Jan Havel said: “The lifeboat crew went out three times.”\n\n"
        "The crew returned to the harbour at dawn, soaked and exhausted.\n\n"
        "Ferries were cancelled and the coast road closed for the night.\n\n"
        "“Nobody on that crew slept last night.”"
    )
    quotes = quotes_of(text)
    assert all(q.speaker_name is None for q in covering(quotes, text, "Nobody on that crew"))


def test_quoted_paragraph_after_a_quote_continues_the_statement(quotes_of):
    text = (
        "“The lifeboat crew went out three times,” Jan Havel said.\n\n"
        "“Nobody on that crew slept last night.”\n\n"
        "The storm moved east on Wednesday."
    )
    quotes = quotes_of(text)
    for part in ("lifeboat crew", "Nobody on that crew"):
        assert speaker_of(quotes, text, part) == "Jan Havel"
    assert not covering(quotes, text, "storm moved east")


@pytest.mark.parametrize(
    "text, part, cue",
    [
        ("Northvale Police tweeted: “The coast road is closed in both directions.”", "coast road", "tweeted"),
        ("Northvale Police said in a statement: “Officers remain at the scene.”", "Officers remain", "said"),
        ("Ruth Calder wrote on Facebook: “Thank you to every volunteer.”", "every volunteer", "wrote"),
    ],
)
def test_posts_and_statements(quotes_of, text, part, cue):
    quotes = quotes_of(text)
    q = covering(quotes, text, part)[0]
    assert q.cue == cue
    assert q.speaker_name in ("Northvale Police", "Ruth Calder")
    assert q.speaker_name.split()[0] == text.split()[0]


def test_dash_signature_after_quote(quotes_of):
    text = "Jan Havel spent the night on the quay.\n\n“We will never forget this night.” - Jan Havel"
    quotes = quotes_of(text)
    assert speaker_of(quotes, text, "never forget") == "Jan Havel"


def test_pronoun_goes_to_the_most_recent_compatible_person(quotes_of):
    text = (
        "Mrs Ruth Calder met Mr Jan Havel at the quay on Tuesday.\n\n"
        "“It is heartbreaking to see,” she said."
    )
    quotes = quotes_of(text)
    q = covering(quotes, text, "heartbreaking")[0]
    assert q.speaker == "she"
    assert q.speaker_name == "Ruth Calder"


def test_spokeswoman_resolves_to_the_organisation_in_context(quotes_of):
    text = (
        "Northvale Police closed the coast road on Tuesday.\n\n"
        "A spokeswoman said: “We ask drivers to avoid the area.”"
    )
    quotes = quotes_of(text)
    q = covering(quotes, text, "avoid the area")[0]
    assert q.speaker == "A spokeswoman"
    assert q.speaker_name == "Northvale Police spokeswoman"


def test_organisation_as_speaker_of_indirect_quote(quotes_of):
    text = "Northvale Police said they believe the boat drifted from its mooring."
    quotes = quotes_of(text)
    q = covering(quotes, text, "boat drifted")[0]
    assert q.kind == "indirect"
    assert q.speaker_name == "Northvale Police"


def test_apposition_speaker(quotes_of):
    text = "Hugo Brandt, a ferry captain, said: “I have never seen waves like it.”"
    quotes = quotes_of(text)
    q = covering(quotes, text, "waves like it")[0]
    assert q.speaker_name == "Hugo Brandt"
    assert q.speaker_role and "ferry captain" in q.speaker_role


def test_quote_split_by_its_cue_is_one_statement(quotes_of):
    text = "“We are ready,” Ruth Calder said, “and we will stay as long as it takes.”"
    quotes = quotes_of(text)
    for part in ("We are ready", "as long as it takes"):
        assert speaker_of(quotes, text, part) == "Ruth Calder"
    assert [[q.text for q in g] for g in group_statements(quotes)] == [
        ["We are ready,", "and we will stay as long as it takes."]
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"The tide turned twice in an hour," said harbour master Ilse Varga, 47. "We had no warning at all."',
         "Ilse Varga"),
        ('Mrs Ilse Varga waited on the quay.\n\n'
         '"The tide turned twice in an hour," she said, "We had no warning at all."', "Ilse Varga"),
        ('"The tide turned twice in an hour," Ilse Varga said.\n\n"We had no warning at all."', "Ilse Varga"),
    ],
)
def test_quote_interrupted_by_its_attribution_gives_quoted_words_only(quotes_of, text, speaker):
    quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["The tide turned twice in an hour,", "We had no warning at all."]
    for q in direct:
        assert q.speaker_name == speaker
        assert q.cue == "said" and not q.start <= q.cue_start < q.end
        assert "said" not in q.text and "Varga" not in q.text
    # both parts are one statement (one PolNeAR attribution)
    assert [len(g) for g in group_statements(direct)] == [2]
    assert_offsets(quotes, text)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Pavel Okonkwo, 34, lives by the river.\n\nMr Okonkwo described the flood as “a wall of brown water”.",
         "described", "the flood as “a wall of brown water”"),
        ("Pavel Okonkwo labelled the plan as “reckless” on Tuesday.", "labelled", "the plan as “reckless”"),
        ("Pavel Okonkwo branded the decision “a betrayal of the valley”.", "branded",
         "the decision “a betrayal of the valley”"),
    ],
)
def test_mixed_quote_with_a_naming_verb(quotes_of, text, cue, content):
    quotes = quotes_of(text)
    q = covering(quotes, text, content)[0]
    assert (q.kind, q.cue, q.speaker_name) == ("mixed", cue, "Pavel Okonkwo")
    assert q.text == content
    if "Mr Okonkwo" in text:
        assert q.speaker == "Mr Okonkwo"


def test_naming_verb_without_quoted_words_needs_an_object_and_its_name(quotes_of):
    # "described X as Y" reports how the speaker put it, quoted or not (third round);
    # a naming verb with no name given ("described the flood") reports no words
    quotes = quotes_of("Pavel Okonkwo described the flood as frightening.")
    assert [q.text for q in quotes] == ["the flood as frightening"]
    assert quotes_of("Pavel Okonkwo described the flood in detail.") == []


def test_speaker_is_the_subject_before_the_colon_not_a_runaway_parse(quotes_of):
    # the parser runs the first paragraph into the second and gives "said" two subjects
    text = (
        "The budget passed by 34 votes to 21 at Tuesday night's full council meeting, which was "
        "interrupted twice by protesters in the public gallery holding placards reading \"Keep our lido\".\n\n"
        "Council leader Brendan Falloway said: \"These are the hardest choices this council has had "
        "to make in twenty years.\""
    )
    q = covering(quotes_of(text), text, "hardest choices")[0]
    assert (q.speaker, q.speaker_name, q.speaker_role) == ("Brendan Falloway", "Brendan Falloway", "Council leader")


def test_pronoun_skips_a_place_the_model_tagged_as_a_person(quotes_of):
    text = (
        "Library campaigner Edna Thistlewood, 71, who has used the Ashcombe branch for forty years, "
        "said she had collected 3,000 signatures.\n\n"
        "\"I learned to read in that building,\" she said."
    )
    q = covering(quotes_of(text), text, "learned to read")[0]
    assert (q.speaker, q.speaker_name) == ("she", "Edna Thistlewood")


def test_no_quote_marks_no_reporting_verb_no_quotes(quotes_of):
    text = "The harbour closed at noon. Ferries were cancelled for the rest of the week."
    assert quotes_of(text) == []


# --- robustness -------------------------------------------------------------------------------

MARKS = "“”‘’\"'`«»„"
ALPHABET = st.sampled_from(list(MARKS) + list("ab ,.:-\n") + ["said", " He", " Ms Roe", "\n\n", "''", "``"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_quote_spans_never_raise_and_stay_in_their_paragraph(text):
    spans = find_quote_spans(text)
    for sp in spans:
        assert 0 <= sp.start <= sp.end <= len(text)
        assert 0 <= sp.outer_start <= sp.start
        assert "\n" not in text[sp.start:sp.end]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_extract_quotes_never_raises_on_random_marks(quotes_of, text):
    quotes = quotes_of(text)
    assert_offsets(quotes, text)
