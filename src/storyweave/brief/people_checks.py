"""Which names of a story's people and organisations lists are no person or no body.

`report.merge_people` asks these after the tagger's labels: an "organisation" that the story
shows to be a product, a brief, a person or a piece of one; a "person" that is a body, a
place, an outlet, a ship or a title. Each test reads the whole story's words; every rule is a
habit of news writing, not a list of one story's names.
"""

from __future__ import annotations

import re
from typing import Any

from storyweave.analyze.lexicon import (
    first_names,
    org_heads,
    speech_verbs,
    titles,
    word_list,
)
from storyweave.brief.name_kinds import (
    capitalised_only_at_openings,
    family_names,
    is_event_or_craft,
    is_portfolio,
    is_product,
    person_nouns,
    shown_as_person,
    unit_after_number,
)
from storyweave.brief.org_names import name_key, outlet_key
from storyweave.model import AnalyzedArticle, Person

_WORD_AFTER = re.compile(r"\s+(\w+)")


def opening_word_alone(p: Person, items: list[AnalyzedArticle], tagged: dict[str, set[str]]) -> bool:
    """A one-word "name" capitalised only where it opens a sentence ("Turnout was low",
    "Heartbroken owner ..."), with no role, no other name and no part in any longer name of the
    story: a common word the tagger took for a name."""
    key = name_key(p.name)
    if " " in key or p.roles or p.aliases or p.name.isupper() or key in tagged["in_names"] or key in first_names():
        return False
    # "Ana and Tom Vell, both 29": a first name before a shared surname
    if any(re.match(r"\s+(?:and|&)\s+[A-Z]", it.article.text[m.end():m.end() + 8])
           for it in items for m in re.finditer(r"\b" + re.escape(p.name.strip()) + r"\b", it.article.text)):
        return False
    return capitalised_only_at_openings(p.name.strip(), items)


_OWNER = re.compile(r"^(.+?)(?:['’]s|s['’])\s+(\S.*)$")


def without_person_tail(name: str, person_names: set[str]) -> str:
    """"Tarlow Bank's Ana Vell" -> "Tarlow Bank": a body run on into one of the story's people."""
    m = _OWNER.match(name.strip())
    if not m or name_key(m.group(2)) not in person_names:
        return name
    return m.group(1) + ("s" if name.strip()[len(m.group(1)):].startswith("s") else "")




def not_a_body(name: str, items: list[AnalyzedArticle], tagged: dict[str, set[str]], surnames: set[str]) -> bool:
    """An "organisation" the story shows to be something else: a product ("Vostrafen 10 mg"),
    a minister's brief ("Finance Minister"), a person known by one name the story's people
    have ("Penhale" beside "Ulrik Penhale", "Ulrik"), unless a longer body's name opens on it
    ("Penhale" beside "Penhale Homes"), or a full name written as a person's ("Ulrik Penhale,
    45,", "striker Ulrik Penhale", a surname of "the Penhale family")."""
    key = name_key(name)
    words = key.split()
    if len(words) == 2 and words[-1].isdigit():
        key, words = words[0], words[:1]  # "Brandvik 88": a scorer and his minute in a match report
    if not words or is_portfolio(name, items) or is_product(name, items) or is_event_or_craft(name) \
            or unit_after_number(name, items):
        return True
    if len(words) == 1:
        return (key in surnames or key in tagged["first"]) and key not in tagged["org_first"] \
            and key not in org_heads()
    raw = name.split()
    if len(raw) > 3 or words[-1] in org_heads() or not all(w[:1].isupper() and not w.isupper() for w in raw):
        return False
    # the tagger's own "persons" ("Korrowin Lines") are no proof of a surname here
    return words[-1] in family_names(items) or shown_as_person(name, items)


# last words of bodies' names besides the lexicon's organisation heads
_BODY_HEADS = frozenset({"tramways", "estates", "capital", "infirmary", "prison", "town", "city", "coachways",
                         "buses", "partners", "holdings", "airways", "airlines", "railways", "ferries", "motors",
                         "group", "trust"})


def _always_after_the(name: str, items: list[AnalyzedArticle]) -> bool:
    """Every mention of `name` follows "the": a ship, a cup, a venue, not a person."""
    found = [re.search(r"\b[Tt]he\s+(?:([a-z]+)\s+)?$", it.article.text[max(0, m.start() - 20):m.start()])
             for it in items for m in re.finditer(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", it.article.text)]
    # "the doomed Harl Spirit" counts; "the conductor Ana Vell" is a person in apposition
    return bool(found) and all(f is not None and not (f.group(1) and (f.group(1) in person_nouns()
                                                                     or f.group(1).endswith(_AGENT_ENDINGS)))
                               for f in found)


# last words of the names of land and its features, first words of places ("Upper Harl")
_LAND_LAST = frozenset("""hill hills valley vale knott fell pike point head headland ledges rocks reef fields
meadow meadows moor moors heath common marsh fen woods forest ridge peak summit glen dale island islands
sands dunes""".split())
_PLACE_FIRST = frozenset({"upper", "lower", "mount", "mt", "cape", "isle", "lake", "loch"})


def land_form(name: str, items: list[AnalyzedArticle]) -> bool:
    """A two- or three-word name of a place: it ends in a word for land ("Harl Valley", "Caldby
    Point") or opens on "Upper", "Mount" ..., it opens on no known first name, and no mention of
    it is followed by a reporting verb ("Ana Hill said" is a person; a place says nothing)."""
    words = name_key(name).split()
    if not 2 <= len(words) <= 3 or words[0] in first_names() or words[-1] in org_heads():
        return False
    if words[-1] not in _LAND_LAST and words[0] not in _PLACE_FIRST:
        return False
    for it in items:
        for m in re.finditer(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", it.article.text):
            after = _WORD_AFTER.match(it.article.text, m.end())
            if after and _reporting_verb(after.group(1).lower()):
                return False
    return True


def _reporting_verb(word: str) -> bool:
    """"said", "says", "warned", "added": a reporting verb in a simple tense."""
    verbs = speech_verbs()
    return word in verbs or word in {"said", "told"} or any(
        word.endswith(e) and (word[: -len(e)] in verbs or word[: -len(e)] + "e" in verbs) for e in ("s", "ed", "d"))


_AGENT_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent")


def bodies_taken_for_people(merged: list[dict[str, Any]], places: set[str], outlets: set[str],
                             lower_words: set[str] = frozenset(),
                             items: list[AnalyzedArticle] = ()) -> list[dict[str, Any]]:
    """Drop "people" that are the story's bodies, places or outlets: a name that is a listed
    organisation's or a run of its words ("Varrowby Albion" in "Varrowby Albion Football
    Club", "Rovers" in "Durnholt Rovers"), unless it opens on a known first name; a one-word
    name tagged only as a place; one of the story's outlets ("Harl Review"). A dropped name
    becomes an alias of the body it names."""
    bodies = [m for m in merged if m["kind"] == "org"]
    out = []
    for m in merged:
        if m["kind"] != "person":
            out.append(m)
            continue
        key = name_key(m["name"])
        words = key.split()
        if not words or key in outlets or outlet_key(m["name"]) in outlets or (len(words) == 1 and key in places):
            continue
        if land_form(m["name"], items) and not m["roles"] and not m["_ages"]:
            continue  # "Harl Valley", "Upper Harl": a place
        if is_event_or_craft(m["name"]) or (len(words) > 1 and _always_after_the(m["name"], items)):
            continue  # "the Harl Spirit" (a ship), "the Harl Cup": no person is "the Ana Vell"
        if len(words) > 1 and words[0] not in first_names() and words[-1] in org_heads() | _BODY_HEADS \
                and not m["_ages"]:
            m["kind"] = "org"  # "Saltby Estates", "Harl Town": a body's head word ends it
            out.append(m)
            continue
        if len(words) > 1 and words[0] not in first_names() and words[-1] in titles() | word_list("role_nouns"):
            continue  # "Nursing Officer": a title without its holder's name
        if m["roles"] and all(_not_a_human_role(r) for r in m["roles"]):
            continue  # "the band Velvet Harl", "family firm Tallow Catering", "the ferry Harl Spirit"
        if len(words) > 1 and words[-1] in lower_words and words[0] not in first_names() \
                and not m["roles"] and not m["_ages"]:
            continue  # "Saltby Estates", "Harl Valley": a common noun the story writes in lower case ends it
        home = None if words[0] in first_names() else next(
            (b for b in bodies if _run_of(words, name_key(b["name"]).split())), None)
        if home is None:
            out.append(m)
            continue
        for n in [m["name"], *m["aliases"]]:
            if n != home["name"] and n not in home["aliases"]:
                home["aliases"].append(n)
        home["articles"].extend(a for a in m["articles"] if a not in home["articles"])
    return out


# what a thing or a body is called before its name ("the band ...", "family firm ...", "flight ...")
_THING_ROLES = frozenset("""firm band group champions film ship vessel ferry boat yacht trawler tanker
flight plane aircraft storm typhoon hurricane cyclone festival cup tournament trophy award prize
album song book novel play series show programme program field estate site""".split())


def _not_a_human_role(role: str) -> bool:
    """A role the tagger gave a thing or a body: its last word names a body ("Trust"), a venue
    ("hall"), or a thing ("band", "firm", "ferry", "flight")."""
    words = name_key(role).split(" of ")[0].split()  # "head of the association": a head
    if not words or words[0] in ("who", "whose", "which", "that") or {"the", "a", "an"} & set(words):
        return False  # "who chairs the committee", "chairs the committee": a clause about someone
    return (words[-1] in _THING_ROLES or words[-1] in org_heads() or words[-1] in word_list("venue_nouns"))


def _run_of(words: list[str], longer: list[str]) -> bool:
    """`words` appear one after another in `longer`."""
    n = len(words)
    return any(longer[k:k + n] == words for k in range(len(longer) - n + 1))
