"""Claims and verdicts over the ways UK, Irish, Australian, wire and local papers write
numbers, ages and times: "£4.5m", "4.99 per cent", "3 dead after ...", "a man and two
women", "dozens of", "a 32-year-old man has been charged", "14:40 GMT" against "2.40pm",
"shortly after 2.40pm".

Fictional events, places and outlets, run through the whole analysis (`analyze_doc`);
each rule is checked both ways where it can be: the same fact told two ways agrees, a
different value still conflicts.
"""

from __future__ import annotations

from storyweave.analyze.pipeline import analyze_doc
from storyweave.model import Article, Claim, Comparison

from test_compare_scope import compared_story

PUB = "2031-03-23"


def _claims(nlp, text: str) -> list[Claim]:
    art = Article(id="x", text=text, outlet="Outlet x", published=PUB)
    return analyze_doc(nlp(text), art, nlp).claims


def _story(nlp, a: str, b: str) -> list[Comparison]:
    return compared_story(nlp, {"a": a, "b": b}, PUB)


def _verdicts(comps: list[Comparison], slot: str) -> list[str]:
    return [c.verdict for c in comps if c.slot == slot]


def _one(claims: list[Claim], slot: str) -> Claim:
    found = [c for c in claims if c.slot == slot]
    assert len(found) == 1, [(c.slot, c.subject, c.value) for c in claims]
    return found[0]


# -- money and percentages -----------------------------------------------------------

def test_scaled_money_with_its_currency(nlp) -> None:
    c = _one(_claims(nlp, "The council agreed to pay £4.5m to repair the Ossory bridge."), "money")
    assert (c.value, c.unit, c.display) == (4_500_000, "GBP", "£4.5m")
    c = _one(_claims(nlp, "The council agreed to pay £4.5 million to repair the Ossory bridge."), "money")
    assert (c.value, c.unit) == (4_500_000, "GBP")
    c = _one(_claims(nlp, "The state will spend €2bn on the Tarrow rail line."), "money")
    assert (c.value, c.unit) == (2_000_000_000, "EUR")


def test_a_sum_written_before_its_noun_is_money(nlp) -> None:
    # "a 300 million pound plan": the tagger calls it a quantity; its currency makes it a sum
    c = _one(_claims(nlp, "Ossory council backed a 300 million pound transport plan on Monday."), "money")
    assert (c.value, c.unit) == (300_000_000, "GBP")
    assert not [c for c in _claims(nlp, "Ossory council backed a 300 million pound transport plan on Monday.")
                if c.slot == "quantity"]


def test_a_sum_at_the_end_of_a_sentence_and_metres_left_alone(nlp) -> None:
    c = _one(_claims(nlp, "The new wall at Ossory harbour cost £4.5m."), "money")
    assert (c.value, c.subject, c.display) == (4_500_000, "cost", "£4.5m")
    # a length is no sum of money: "m" after a quantity is metres, not millions
    assert not [c for c in _claims(nlp, "The wall at Ossory harbour is 4.5 m high.") if c.value == 4_500_000]


def test_the_same_sum_written_two_ways_agrees(nlp) -> None:
    comps = _story(nlp, "The council agreed to pay £4.5m to repair the Ossory bridge.",
                   "The council agreed to pay £4.5 million to repair the Ossory bridge.")
    assert _verdicts(comps, "money") == ["agree"]
    comps = _story(nlp, "The council agreed to pay £4.5m to repair the Ossory bridge.",
                   "The council agreed to pay £5.4m to repair the Ossory bridge.")
    assert _verdicts(comps, "money") == ["conflict"]
    (c,) = [c for c in comps if c.slot == "money"]
    assert c.gap == "900,000 GBP"


def test_sums_in_different_words_are_not_set_against_each_other(nlp) -> None:
    # what a sum buys is in the words around it: two sums of one verb are two things
    comps = _story(nlp, "The council will spend £18m on road repairs over the next two years.",
                   "The council will spend £4m on new library buildings in the town centre.")
    assert "conflict" not in _verdicts(comps, "money")
    # a hedged figure takes no side
    comps = _story(nlp, "The council agreed to pay £4.5m to repair the Ossory bridge.",
                   "The council could pay £5.4m to repair the Ossory bridge, officials fear.")
    assert "conflict" not in _verdicts(comps, "money")


def test_figures_one_article_lists_in_the_same_words_are_items_not_one_fact(nlp) -> None:
    a = ("Nurses at Ossory General earn £31,000 a year before overtime. "
         "Porters at Ossory General earn £24,000 a year before overtime.")
    b = "Nurses at Ossory General earn £31,000 a year before overtime, the union said."
    assert "conflict" not in _verdicts(_story(nlp, a, b), "money")


def test_the_same_percentage_statement_with_another_figure_conflicts(nlp) -> None:
    comps = _story(nlp, "Unemployment in Kestrel rose to 4.9 per cent in March, the agency said.",
                   "Unemployment in Kestrel rose to 6.2 per cent in March, the agency said.")
    assert _verdicts(comps, "percent") == ["conflict"]


def test_per_cent_is_a_percentage_not_money(nlp) -> None:
    c = _one(_claims(nlp, "Unemployment in Kestrel rose to 4.99 per cent in March."), "percent")
    assert (c.value, c.unit) == (4.99, "%")
    comps = _story(nlp, "Unemployment in Kestrel rose to 4.99 per cent in March.",
                   "Unemployment in Kestrel rose to 4.99% in March.")
    assert _verdicts(comps, "percent") == ["agree"]


# -- counts ----------------------------------------------------------------------------

def test_headline_count_of_the_dead(nlp) -> None:
    c = _one(_claims(nlp, "3 dead after van hits bus shelter in Lurgan Row, police said."), "killed")
    assert c.value == 3 and c.scope == []
    comps = _story(nlp, "Three people died when a van hit a bus shelter in Lurgan Row.",
                   "3 dead after van hits bus shelter in Lurgan Row, police said.")
    assert _verdicts(comps, "killed") == ["agree"]


def test_headline_counts_joined_by_and(nlp) -> None:
    claims = _claims(nlp, "Two dead and 14 hurt in motorway pile-up near Ennor.")
    assert _one(claims, "killed").value == 2
    c = _one(claims, "injured")
    assert (c.value, c.scope) == (14, [])


def test_coordinated_people_are_added_up(nlp) -> None:
    c = _one(_claims(nlp, "A man and two women were killed in the crash on the Dunmore road."), "killed")
    assert c.value == 3
    c = _one(_claims(nlp, "Two men and a teenager were arrested after the brawl in Ennor."), "arrested")
    assert c.value == 3
    comps = _story(nlp, "Two men and a woman were arrested after the brawl in Ennor.",
                   "Three people were arrested after the brawl in Ennor.")
    assert _verdicts(comps, "arrested") == ["agree"]
    comps = _story(nlp, "A man and two women were killed in the crash on the Dunmore road.",
                   "Four people were killed in the crash on the Dunmore road.")
    assert _verdicts(comps, "killed") == ["conflict"]


def test_a_coordination_with_an_uncounted_noun_is_not_summed(nlp) -> None:
    c = _one(_claims(nlp, "Fifteen sailors and marines were detained by the coastguard."), "arrested")
    assert c.value == 15


def test_dozens_and_scores_give_an_order_of_size(nlp) -> None:
    c = _one(_claims(nlp, "Dozens of people were injured in the blast at the Orrin depot."), "injured")
    assert (c.value, c.qualifier) == (20, "dozens")
    comps = _story(nlp, "Dozens of people were injured in the blast at the Orrin depot.",
                   "Five people were injured in the blast at the Orrin depot.")
    assert _verdicts(comps, "injured") == ["conflict"]
    comps = _story(nlp, "Scores of people were injured when the stand gave way at Tullow Park.",
                   "At least 60 people were injured when the stand gave way at Tullow Park.")
    assert _verdicts(comps, "injured") == ["agree"]
    comps = _story(nlp, "Hundreds of people were evacuated from the Marrow estate.",
                   "About 300 people were evacuated from the Marrow estate.")
    assert _verdicts(comps, "evacuated") == ["agree"]


def test_tens_of_thousands_is_not_read_as_thousands(nlp) -> None:
    claims = _claims(nlp, "Tens of thousands of people were evacuated from the delta.")
    assert not [c for c in claims if c.slot == "evacuated" and c.value == 2000]


# -- ages of unnamed people ------------------------------------------------------------

def test_age_of_an_unnamed_accused_is_compared(nlp) -> None:
    c = _one(_claims(nlp, "A 32-year-old man has been charged with murder over the death of Ena Stroud."), "age")
    assert (c.subject, c.value) == ("man charge", 32)
    comps = _story(nlp, "A 32-year-old man has been charged with murder over the death of Ena Stroud.",
                   "A 34-year-old man has been charged with murder over the death of Ena Stroud.")
    assert _verdicts(comps, "age") == ["conflict"]
    comps = _story(nlp, "A 32-year-old man has been charged with murder over the death of Ena Stroud.",
                   "A 32-year-old man has been charged with the murder of Ena Stroud.")
    assert _verdicts(comps, "age") == ["agree"]


def test_unnamed_people_in_other_roles_are_not_set_against_each_other(nlp) -> None:
    comps = _story(nlp, "A 32-year-old man has been charged with murder.",
                   "A 19-year-old man was arrested at the scene.")
    assert "conflict" not in _verdicts(comps, "age")
    # one of several hurt: nobody in particular
    assert not [c for c in _claims(nlp, "A man aged 61 was also hurt in the crash.") if c.slot == "age"]


def test_age_in_commas_after_an_unnamed_person(nlp) -> None:
    c = _one(_claims(nlp, "A woman, 67, was arrested outside the Kestrel courthouse."), "age")
    assert (c.subject, c.value) == ("woman arrest", 67)


# -- when ---------------------------------------------------------------------------------

def test_a_collapse_has_a_date(nlp) -> None:
    comps = _story(nlp, "The bridge collapsed on 22 March, killing two workers.",
                   "The bridge collapsed on March 22, killing two workers.")
    assert _verdicts(comps, "date") == ["agree"]
    comps = _story(nlp, "The bridge collapsed on 22 March, killing two workers.",
                   "The bridge collapsed on March 20, killing two workers.")
    assert _verdicts(comps, "date") == ["conflict"]


def test_gmt_and_a_bare_clock_time_agree_when_equal(nlp) -> None:
    comps = _story(nlp, "The explosion happened at 14:40 GMT on Wednesday.",
                   "The explosion happened at 2.40pm on Wednesday.")
    assert _verdicts(comps, "time") == ["agree"]
    # other values stay apart: a local time may be hours off GMT
    comps = _story(nlp, "The explosion happened at 14:40 GMT on Wednesday.",
                   "The explosion happened at 5.40pm on Wednesday.")
    assert "conflict" not in _verdicts(comps, "time")


def test_shortly_after_and_just_before_are_qualifiers(nlp) -> None:
    c = _one(_claims(nlp, "The blast happened shortly after 2.40pm on Wednesday."), "time")
    assert c.qualifier == "after"
    c = _one(_claims(nlp, "The blast happened just before 3pm on Wednesday."), "time")
    assert c.qualifier == "nearly"
    comps = _story(nlp, "The blast happened shortly after 2.40pm on Wednesday.",
                   "The blast happened at 2.45pm on Wednesday.")
    assert _verdicts(comps, "time") == ["agree"]
    comps = _story(nlp, "The blast happened shortly after 2.40pm on Wednesday.",
                   "The blast happened at 3.30pm on Wednesday.")
    assert _verdicts(comps, "time") == ["conflict"]
