"""The report's people and organisations read the story's own words (brief/name_kinds.py,
brief/org_names.py, brief/report.py): a product, a minister's brief, a storm or a flight is no
body; a full name written as a person's is a person; a body, a place or an outlet is no person.
Every name here is invented."""

from __future__ import annotations

from storyweave.brief.name_kinds import (
    is_event_or_craft,
    is_portfolio,
    is_product,
    shown_as_person,
    unit_after_number,
    without_opening_word,
    without_product_tail,
)
from storyweave.brief.org_names import outlet_names, places_among_organisations
from storyweave.brief.report import merge_people
from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Person


def _article(aid: str, text: str, tagged: list[tuple[str, str]] = (), people: list[Person] = (),
             outlet: str | None = None) -> AnalyzedArticle:
    """An article whose entities are found in its text in order."""
    ents, at = [], 0
    for name, label in tagged:
        start = text.index(name, at)
        ents.append(Entity(text=name, label=label, start=start, end=start + len(name)))
        at = start + len(name)
    return AnalyzedArticle(Article(id=aid, text=text, outlet=outlet),
                           Analysis(article_id=aid, people=list(people), entities=ents))


def _org(name: str) -> Person:
    return Person(id=name, name=name, kind="org")


def _listed(items) -> list[tuple[str, str]]:
    return [(p["kind"], p["name"]) for p in merge_people(items)]


def test_a_product_is_not_its_maker():
    text = ("The regulator licensed Tarn Pharma for Vostrafen, a monthly injection. Vostrafen 10 mg tablets "
            "were recalled. Two doses of HPX were given. The Ostvale K-40 was grounded.")
    items = [_article("a1", text, people=[_org("Tarn Pharma for Vostrafen"), _org("Vostrafen"), _org("HPX"),
                                          _org("Ostvale K-40"), _org("Ostvale Aero")])]
    assert is_product("Vostrafen", items) and is_product("HPX", items) and is_product("Ostvale K-40", items)
    assert not is_product("Tarn Pharma", items)  # a name ending in a body's head word is the maker
    assert without_product_tail("Tarn Pharma for Vostrafen", items) == "Tarn Pharma"
    assert _listed(items) == [("org", "Tarn Pharma"), ("org", "Ostvale Aero")]


def test_a_ministers_brief_is_not_a_body():
    text = ("Finance Minister Ulla Brenn spoke. Councillor Ivo Marsh, Cabinet Member for Education and Leisure, "
            "agreed. Energy and Environment Minister Pia Roke did not. The Treasury paid.")
    items = [_article("a1", text, people=[_org("Finance"), _org("Leisure"), _org("Energy and Environment"),
                                          _org("Treasury")])]
    assert is_portfolio("Finance", items) and is_portfolio("Leisure", items)
    assert not is_portfolio("Treasury", items)  # a body named by one word
    assert _listed(items) == [("org", "Treasury")]


def test_a_full_name_written_as_a_persons_is_not_a_body():
    text = ("Dad-of-two Ulrik Penhale, 45, said the gate was shut. Board official Ilse Marrow said flows fell. "
            "The Orwick family sold the club to Agda Orwick's rival. Thaelby Power said nothing.")
    items = [_article("a1", text, people=[_org("Ulrik Penhale"), _org("Ilse Marrow"), _org("Agda Orwick"),
                                          _org("Thaelby Power")])]
    assert shown_as_person("Ulrik Penhale", items) and shown_as_person("Ilse Marrow", items)
    assert _listed(items) == [("org", "Thaelby Power")]


def test_a_first_name_or_surname_of_the_storys_people_is_not_a_body_unless_a_body_is_named_after_it():
    text = ("Dario Vasquell scored. Vasquell ran. A painting by Clemmie Orwick is missing. Clemmie Orwick's "
            "painting. Clemmie said so. Penhale Homes built it; Penhale said so. Ida Penhale agreed.")
    tagged = [("Dario Vasquell", "PERSON"), ("Vasquell", "ORG"), ("Clemmie Orwick", "PERSON"),
              ("Clemmie Orwick's", "ORG"), ("Clemmie", "ORG"), ("Penhale Homes", "ORG"), ("Penhale", "ORG"),
              ("Ida Penhale", "PERSON")]
    people = [Person(id="p1", name="Dario Vasquell"), _org("Vasquell"), Person(id="p2", name="Clemmie Orwick"),
              _org("Clemmie"), _org("Penhale Homes"), _org("Penhale"), Person(id="p3", name="Ida Penhale")]
    listed = _listed([_article("a1", text, tagged, people)])
    assert ("org", "Vasquell") not in listed and ("org", "Clemmie") not in listed
    assert ("org", "Penhale Homes") in listed  # "Penhale" is the body's short name, joined to it


def test_storms_contests_flights_and_units_are_not_bodies_or_people():
    assert is_event_or_craft("Storm Ada") and is_event_or_craft("Typhoon Bel") and is_event_or_craft("Harl Cup")
    assert is_event_or_craft("PX204") and not is_event_or_craft("Harl Rovers") and not is_event_or_craft("Ada Storr")
    items = [_article("a1", "The plant lost 180 MW at dusk. The ABC said so.")]
    assert unit_after_number("MW", items) and not unit_after_number("ABC", items)


def test_an_outlet_named_by_its_tail_its_own_word_its_frequency_or_its_wire_is_not_a_body():
    items = [
        _article("a1", "Neighbours told the Tribune.", outlet="Dunmore Tribune"),
        _article("a2", "x", outlet="Radio Harl 97.4"),
        _article("a3", "x", outlet="The Orsk Ledger"),
        _article("a4", "DUNMORE, May 4 (VXN) - Crews came.", outlet="Velm Wire"),
        _article("a5", "TESSEL SKI AGENCY (TSA) - PUBLIC NOTICE. The agency banned the racer.",
                 outlet="Tessel Ski Agency"),
    ]
    keys = outlet_names(items)
    assert {"tribune", "radio harl", "orsk", "vxn"} <= keys
    assert "tsa" not in keys  # a body's own initials at the head of its notice: it stays a body


def test_a_name_before_a_noun_of_land_or_water_is_a_place():
    text = "Boats left Pellow harbour. Smoke rose over the Ulvern woods. The Cauld and Sorrel valleys burned."
    items = [_article("a1", text, [("Pellow", "ORG"), ("Ulvern", "ORG"), ("Cauld", "ORG"), ("Sorrel", "ORG")],
                      [_org("Pellow"), _org("Ulvern"), _org("Cauld"), _org("Sorrel")])]
    assert {"pellow", "ulvern", "cauld", "sorrel"} <= places_among_organisations(items)
    assert _listed(items) == []


def test_bodies_places_outlets_things_and_titles_are_not_people():
    text = ("Varrowby Albion Football Club won. Varrowby Albion scored. Durnholt Rovers lost; Rovers fans left. "
            "Tresk is quiet. The band Velvet Harl played. The estates office: Saltby Estates bought it. "
            "Chief Nursing Officer named. Ann Vell, 52, said so. Harl Review said so.")
    tagged = [("Varrowby Albion Football Club", "ORG"), ("Durnholt Rovers", "ORG"), ("Tresk", "GPE")]
    people = [_org("Varrowby Albion Football Club"), Person(id="p1", name="Varrowby Albion"),
              _org("Durnholt Rovers"), Person(id="p2", name="Rovers"), Person(id="p3", name="Tresk"),
              Person(id="p4", name="Velvet Harl", roles=["band"]), Person(id="p5", name="Saltby Estates"),
              Person(id="p6", name="Nursing Officer", roles=["Chief"]), Person(id="p7", name="Ann Vell", age=52),
              Person(id="p8", name="Harl Review")]
    items = [_article("a1", text, tagged, people), _article("a2", "x", outlet="Harl Review")]
    listed = _listed(items)
    assert [n for k, n in listed if k == "person"] == ["Ann Vell"]
    merged = {p["name"]: p for p in merge_people(items)}
    assert "Varrowby Albion" in merged["Varrowby Albion Football Club"]["aliases"]


def test_a_word_capitalised_only_where_a_sentence_opens_is_not_a_name():
    text = ("Rebel Ana Vell fumed. Councillor Ana Vell spoke. Heartbroken owner Jo Brell wept. "
            "Saffa and Tull Verno, both 29, were aboard. Turnout was low.")
    items = [_article("a1", text, [("Ana Vell", "PERSON"), ("Jo Brell", "PERSON"), ("Tull Verno", "PERSON")],
                      [Person(id="p1", name="Rebel Ana Vell"), _org("Heartbroken"), Person(id="p2", name="Saffa"),
                       Person(id="p3", name="Turnout")])]
    assert without_opening_word("Rebel Ana Vell", items) == "Ana Vell"
    assert _listed(items) == [("person", "Ana Vell"), ("person", "Saffa")]


def test_a_ship_a_scorers_minute_a_body_run_on_into_a_person_and_a_bodys_head_word():
    text = ("The doomed Harl Spirit sank. Crews reached the Harl Spirit at dawn. The conductor Feodor Ulvane "
            "arrived; the conductor Feodor Ulvane bowed. Athletic 2 (Vell 40, Brask 88). Otto Brask scored. "
            "Tarlow Bank's Ana Vell said so. Ana Vell agreed. Saltby Estates bought the site. Harl Town won.")
    tagged = [("Brask 88", "ORG"), ("Otto Brask", "PERSON"), ("Ana Vell", "PERSON")]
    people = [Person(id="p1", name="Harl Spirit"), Person(id="p2", name="Feodor Ulvane"), _org("Brask 88"),
              Person(id="p3", name="Otto Brask"), _org("Tarlow Bank's Ana Vell"), Person(id="p4", name="Ana Vell"),
              Person(id="p5", name="Saltby Estates"), Person(id="p6", name="Harl Town")]
    listed = _listed([_article("a1", text, tagged, people)])
    assert sorted(listed) == [("org", "Harl Town"), ("org", "Saltby Estates"), ("org", "Tarlow Bank"),
                              ("person", "Ana Vell"), ("person", "Feodor Ulvane"), ("person", "Otto Brask")]


def test_a_name_of_land_is_a_place_unless_it_speaks():
    text = ("Smoke crossed Harl Valley. Walkers were found on Brannock Knott near Upper Harl. The bus hit a "
            "shelter on Caldby Point. Dario Hill said the road was shut. Orla Fields, 40, agreed.")
    people = [Person(id="p1", name="Harl Valley"), Person(id="p2", name="Brannock Knott"),
              Person(id="p3", name="Upper Harl"), _org("Caldby Point"), Person(id="p4", name="Dario Hill"),
              Person(id="p5", name="Orla Fields", age=40)]
    assert sorted(_listed([_article("a1", text, people=people)])) == [("person", "Dario Hill"),
                                                                      ("person", "Orla Fields")]
