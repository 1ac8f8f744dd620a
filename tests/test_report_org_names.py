"""Which tagger "organisations" the story report lists (brief/org_names.py): not the story's
own outlets, not its places whatever the tagger called them, not the people of a place, not a
reference label. Every name here is invented."""

from __future__ import annotations

from storyweave.brief.org_names import is_demonym, outlet_names, places_among_organisations
from storyweave.brief.report import merge_people
from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Person


def _article(aid: str, text: str, tagged: list[tuple[str, str]], orgs: list[str], outlet: str | None = None):
    """An article whose entities are found in its text in order, and whose people are `orgs`."""
    ents, at = [], 0
    for name, label in tagged:
        start = text.index(name, at)
        ents.append(Entity(text=name, label=label, start=start, end=start + len(name)))
        at = start + len(name)
    people = [Person(id=f"p{k}", name=n, kind="org") for k, n in enumerate(orgs, 1)]
    return AnalyzedArticle(Article(id=aid, text=text, outlet=outlet),
                           Analysis(article_id=aid, people=people, entities=ents))


def _orgs(items) -> list[str]:
    return [p["name"] for p in merge_people(items) if p["kind"] == "org"]


def test_the_storys_outlets_are_not_its_organisations():
    items = [
        _article("a1", "Neighbours told the Clarion the house had no alarm. (TPA) Crews came. KBR asked twice.",
                 [], ["Clarion", "TPA", "KBR", "TPA DESK", "Harl Fire Service"], outlet="The Evening Clarion"),
        _article("a2", "x", [], [], outlet="Tessaly Press Agency"),
        _article("a3", "x", [], [], outlet="KBR News"),
    ]
    assert _orgs(items) == ["Harl Fire Service"]


def test_a_body_keeps_its_place_when_its_press_office_is_the_outlet():
    items = [_article("a1", "x", [], ["Ostland Police Service"], outlet="Ostland Police Service Press Office")]
    assert outlet_names(items) >= {"ostland police service press office", "opspo"}
    assert _orgs(items) == ["Ostland Police Service"]


def test_a_town_the_tagger_calls_a_product_after_in_is_a_place():
    text = "A shop was robbed in Hallowmere. Crews in Hallowmere left at noon. Hallowmere said nothing."
    items = [_article("a1", text, [("Hallowmere", "PRODUCT"), ("Hallowmere", "PRODUCT"), ("Hallowmere", "ORG")],
                      ["Hallowmere"])]
    assert "hallowmere" in places_among_organisations(items)
    assert _orgs(items) == []


def test_a_name_before_a_division_noun_is_a_place_and_a_body_named_in_it_stays():
    text = "Schools in Ostrey province shut. The Ostrey Board met. Ostrey voted."
    items = [_article("a1", text, [("Ostrey", "ORG"), ("Ostrey Board", "ORG"), ("Ostrey", "ORG")],
                      ["Ostrey", "Ostrey Board"])]
    assert _orgs(items) == ["Ostrey Board"]


def test_a_body_named_after_in_stays_a_body():
    text = "The bill was read in Parliament. A vote in Parliament follows."
    items = [_article("a1", text, [("Parliament", "ORG"), ("Parliament", "ORG")], ["Parliament"])]
    assert _orgs(items) == ["Parliament"]


def test_the_people_of_a_place_and_a_reference_label_are_not_organisations():
    text = "Ref. QX/31/220. Corsava's army moved. Corsavan troops crossed. The UN met."
    items = [_article("a1", text, [("Ref", "ORG"), ("Corsava", "GPE"), ("Corsavan", "ORG"), ("UN", "ORG")],
                      ["Ref", "Corsavan", "UN"])]
    assert _orgs(items) == ["UN"]
    assert is_demonym("corsavan", {"corsava"}) and is_demonym("drenlander", {"drenland"})
    assert not is_demonym("corsava bank", {"corsava"}) and not is_demonym("marlow", {"marl"})


def test_a_dateline_place_and_a_piece_cut_across_its_brackets_are_not_organisations():
    text = "DUNMERE, May 4 (TPA) - Health officials met. Dunmere said no."
    items = [_article("a1", text, [("DUNMERE", "ORG"), ("TPA) - Health", "ORG"), ("Dunmere", "ORG")],
                      ["Dunmere", "TPA) - Health", "Dunmere Health Board"])]
    # the dateline counts as a place tag: one against one ORG is a tie the place wins
    assert "dunmere" in places_among_organisations(items)
    assert _orgs(items) == ["Dunmere Health Board"]


def test_a_body_that_publishes_its_own_notices_stays_an_organisation():
    items = [
        _article("a1", "The agency banned the keeper.", [], ["TADA", "Tessaly Anti-Doping Agency"],
                 outlet="Tessaly Anti-Doping Agency"),
        _article("a2", "x", [], ["KNS"], outlet="Kessel Newswire"),
    ]
    assert "tada" not in outlet_names(items) and "kn" in outlet_names(items)
    assert _orgs(items) == ["TADA", "Tessaly Anti-Doping Agency", "KNS"]


def test_streets_shouted_words_and_personal_names_are_not_organisations():
    text = "Fans were banned from the ground. Two new signings arrived. Households were warned about households."
    items = [_article("a1", text, [], ["Harrow Row", "Harrow Row in Tarnby", "BANNED Albion", "NEW Albion",
                                       "Households", "Parliament", "Nathan Orley", "Orley Foundation", "NATO"])]
    assert _orgs(items) == ["Parliament", "Orley Foundation", "NATO"]


def test_a_body_named_with_its_town_after_a_comma_is_the_body_and_a_short_name_joins_the_long_one():
    text = "HEALTH NEWS - The Ministry of Health, Dunmere said so. Tarlow said the Tarlow Bank would pay."
    items = [_article("a1", text, [("Dunmere", "GPE")],
                      ["Ministry of Health, Dunmere", "Ministry of Health", "Tarlow", "Tarlow Bank"])]
    merged = {p["name"]: p for p in merge_people(items)}
    assert set(merged) == {"Ministry of Health", "Tarlow Bank"}
    assert "Tarlow" in merged["Tarlow Bank"]["aliases"]
