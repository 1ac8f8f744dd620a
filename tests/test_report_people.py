"""The story's people list: merged across articles, places the tagger took for firms left out."""

from __future__ import annotations

from storyweave.brief.report import merge_people
from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Person


def item(article_id: str, people: list[Person], entities: list[tuple[str, str]]) -> AnalyzedArticle:
    ents = [Entity(text=t, label=label, start=0, end=len(t)) for t, label in entities]
    return AnalyzedArticle(Article(id=article_id, text="x"), Analysis(article_id=article_id, people=people, entities=ents))


def test_a_town_tagged_as_an_organisation_once_is_left_out():
    items = [
        item("a1", [Person(id="p1", name="Corvel Harbour Trust", kind="org")],
             [("Corvel", "GPE"), ("Corvel Harbour Trust", "ORG")]),
        item("a2", [Person(id="p1", name="Corvel", kind="org"), Person(id="p2", name="Ines Marlow")],
             [("Corvel", "ORG"), ("Corvel", "GPE"), ("Corvel", "GPE"), ("Ines Marlow", "PERSON")]),
    ]
    names = [p["name"] for p in merge_people(items)]
    assert "Corvel" not in names
    assert {"Corvel Harbour Trust", "Ines Marlow"} <= set(names)


def test_a_club_named_after_its_town_stays_when_mostly_tagged_as_an_organisation():
    items = [
        item("a1", [Person(id="p1", name="Brindle", kind="org")],
             [("Brindle", "ORG"), ("Brindle", "ORG"), ("Brindle", "GPE")]),
    ]
    assert [p["name"] for p in merge_people(items)] == ["Brindle"]


def test_people_are_merged_across_articles_by_name():
    items = [
        item("a1", [Person(id="p1", name="Ines Marlow", roles=["Harbour master"], age=51)], []),
        item("a2", [Person(id="p1", name="Ms Marlow", aliases=["Marlow"])], []),
    ]
    (merged,) = merge_people(items)
    assert merged["name"] == "Ines Marlow"
    assert merged["articles"] == ["a1", "a2"]
    assert merged["age"] == 51
