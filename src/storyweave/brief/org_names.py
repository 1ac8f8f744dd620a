"""Which of the tagger's "organisations" a story's report lists as organisations.

The small English model calls many capitalised words an organisation: the story's own
outlets where an article names itself or a wire ("told the Clarion", "(TPA)"), towns it also
tags as products or people ("in Hallowmere"), the people of a country ("Corsavan"), a
reference label at the head of a press release ("Ref. QX/31/220"). None of these is a body
the story is about, and a report that lists them as one reads as noise. Each test here is a
fact about the whole story, not one mention.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from storyweave.analyze.datelines import dateline_spans
from storyweave.analyze.lexicon import division_nouns, first_names, org_heads, place_words, word_list
from storyweave.model import AnalyzedArticle

# words that put the name after them in a place: "in Dunmore", "between Dunmore and ...",
# "the town of Dunmore", "neighbouring Dunmore"
PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside|across|around|between|neighbouring|neighboring)"
                          r"|\b(?:town|city|village|county|port) of)\s+(?:the\s+)?$", re.IGNORECASE)
_TITLES = re.compile(r"^(mr|mrs|ms|miss|dr|pc|sgt|sir|dame|lord|lady|prof|rev|det|insp|supt|cllr)\.?\s+", re.I)
LEADING_MARKS = re.compile(r"^[-–—•*·]+\s*")
# labels a town gets from the small model besides a place's: the name is a place when the
# words before it say so
_MISTAKEN_LABELS = ("ORG", "PRODUCT", "PERSON", "NORP", "FAC", "WORK_OF_ART", "EVENT")
_WORD_AFTER = re.compile(r"\s+(\w+)")
# "Corsava" -> "Corsavan", "Drenland" -> "Drenlander", "Oskaria" -> "Oskarian"
_DEMONYM_ENDINGS = ("n", "an", "ian", "er", "ese", "ish", "i")
_PUNCT = re.compile(r"[^\w\s]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# a wire's initials in brackets after a dateline's place and date ("DUNMERE, May 4 (TPA) - "),
# not a body's own initials after its name at the head of its notice ("TESSALY AGENCY (TA) - ")
_WIRE = re.compile(r",[^(\n]*\(([A-Z]{2,6})\)")
# bodies named by one common word, besides the organisation head words ("Parliament", "Police")
_BODIES = frozenset({"cabinet", "cabinets", "treasury", "opposition", "executive", "judiciary"})
# words that name an outlet as news media, not as a body publishing its own notices
_MEDIA_WORDS = frozenset("""news press daily weekly radio tv television times post herald courier gazette
journal tribune wire chronicle echo mail express observer review magazine blog online channel
broadcasting broadcaster media sound fm am inquirer clarion standard telegraph
guardian independent mirror sun star record bulletin dispatch packet advertiser examiner
ledger beacon sentinel tidings argus enquirer""".split())


def name_key(name: str) -> str:
    """A name compared across outlets: no title, case or accents, no leading list dash."""
    name = LEADING_MARKS.sub("", name.strip())
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(_TITLES.sub("", folded).lower().split())


def places_among_organisations(items: Iterable[AnalyzedArticle]) -> set[str]:
    """Keys of names the story shows to be places, whatever the tagger called them.

    A mention counts for the place when the tagger says so (GPE, LOC) or when the words
    before it do ("in", "near", "between", "neighbouring", "the town of") whatever the
    label, or when it opens a dateline ("DUNMERE, May 4 (TPA) - "); for the organisation
    when it is tagged ORG anywhere else. The place needs more
    votes than the organisation, or as many and one place tag: "Dunmore fire chief" and
    "Dunmore's mayor" are organisations to the tagger as often as "in Dunmore" is a place,
    and a club named after its town ("Chelsea") is an organisation in most mentions and stays.
    A name ending in an organisation's head word ("Parliament", "Tarlow Bank") is never a
    place, however often it follows "in". A name followed by a division noun somewhere in the
    story ("Tembry province") is a place."""
    place_votes: Counter[str] = Counter()
    org_votes: Counter[str] = Counter()
    tagged_place: set[str] = set()
    divisions: set[str] = set()
    for it in items:
        text = it.article.text
        datelines = [a for a, _ in dateline_spans(text)]
        for e in it.analysis.entities or []:
            key = name_key(e.text)
            if e.label in ("GPE", "LOC") or e.start in datelines:
                place_votes[key] += 1
                tagged_place.add(key)
            elif e.label in _MISTAKEN_LABELS and PLACE_BEFORE.search(text[max(0, e.start - 24):e.start]):
                place_votes[key] += 1
            elif e.label == "ORG":
                org_votes[key] += 1
            m = _WORD_AFTER.match(text, e.end)
            if m and m.group(1).lower() in division_nouns() or place_noun_after(text, e.end):
                divisions.add(key)
    heads = org_heads()
    places = {key for key, n in place_votes.items()
              if n > org_votes[key] or (n == org_votes[key] and key in tagged_place)}
    return {key for key in places | divisions if key and key.split()[-1] not in heads}


# lower-case nouns of land and water after a name make it a place: "the Harl woods", "Harl
# harbour", "the Harl gas field", "the Harl and Tave valleys"
_PLACE_NOUN_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w'-]+)?\s+(?:harbour|harbor|port|coast|coastline|shore|bay|estuary|river|valleys?"
    r"|woods?|forest|moors?|hills|ridge|lake|loch|islands?|peninsula|area|district|region|suburbs?|outskirts"
    r"|(?:gas|oil|wind) ?field|(?:gas|oil|wind) ?farm)\b")


def place_noun_after(text: str, end: int) -> bool:
    """A lower-case noun of land or water follows the name ending at `end` ("Harl harbour")."""
    return _PLACE_NOUN_AFTER.match(text, end) is not None


def outlet_names(items: Iterable[AnalyzedArticle]) -> set[str]:
    """Keys under which the story's news outlets may be named in its text: the outlet's name,
    without "The"; its initials ("Tessaly Press Agency" -> "tpa"); an all-capitals word of it
    ("KBR News" -> "kbr"); the last word of a "The ..." name of three words or more ("The Evening
    Clarion" -> "clarion"). Only outlets named as news media count ("News", "Newswire", "Press",
    "Daily", "Radio" ..., or a name opening on "The"): a body that publishes its own notices
    ("Tessaly Anti-Doping Agency") is also an actor of its story and stays among its
    organisations."""
    keys: set[str] = set()
    for it in items:
        outlet = (it.article.outlet or "").strip()
        words = outlet.split()
        if not words or not (words[0] == "The" or any(w.lower() in _MEDIA_WORDS or "news" in w.lower() for w in words)):
            continue
        bare = words[1:] if words[0].lower() == "the" else words
        keys.add(outlet_key(" ".join(bare)))
        caps = [w for w in bare if w[:1].isupper()]
        if len(caps) >= 2:
            keys.add("".join(w[0] for w in caps).lower())
        keys.update(w.lower() for w in bare if len(w) >= 2 and w.isupper())
        if words[0].lower() == "the" and len(words) >= 3:
            keys.add(name_key(words[-1]))
        # the outlet named by its tail ("told the Tribune" for "Tressingford Tribune", "Press
        # Office" for "Veldrava Court Press Office") or without its frequency ("Radio Harl 97.4")
        keys.update(outlet_key(" ".join(bare[k:])) for k in range(1, len(bare)))
        # the one word of the outlet's name besides its media words: "Orvanne" of "The Orvanne
        # Ledger" (not "Harl Borough Council" of "Harl Borough Council Newsroom", a body)
        own = [w for w in bare if w.lower() not in _MEDIA_WORDS and "news" not in w.lower() and any(c.isalpha() for c in w)]
        if len(own) == 1:
            keys.add(outlet_key(own[0]))
        keys.update(outlet_key(" ".join(bare[:k])) for k in range(2, len(bare))
                    if all(not any(c.isalpha() for c in w) for w in bare[k:]))
    for it in items:  # the wire of a dateline: "DUNMERE, May 4 (TPA) - "
        for start, end in dateline_spans(it.article.text):
            keys.update(w.lower() for w in _WIRE.findall(it.article.text[start:end]))
    keys.discard("")
    return keys


def outlet_key(name: str) -> str:
    """`name_key` without punctuation: "NORTH LEAGUE - MEDIA OFFICE" is "North League Media Office"."""
    return " ".join(_PUNCT.sub(" ", name_key(name)).split())


@functools.lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    """Last words of street, structure and ground names ("Lane", "Crossing", "Quay")."""
    return place_words() | word_list("place_words_more")


def is_demonym(key: str, places: set[str]) -> bool:
    """"velmoran" beside the place "velmora": the people of a place, not a body."""
    if " " in key:
        return False
    return any(key == p + end or (p.endswith(("a", "e")) and key == p[:-1] + end)
               for p in places if " " not in p for end in _DEMONYM_ENDINGS)


def not_organisation(name: str, outlets: set[str], places: set[str], lower_words: set[str] = frozenset()) -> bool:
    """True when an organisation's `name` is one of the story's outlets (or starts with one,
    "TPA DESK"), one of its places, the people of one of them, a title-case word of three
    letters or fewer ("Ref", "Inc": a name that short is written in capitals, "UN", "ITV"), a
    piece cut across brackets ("TPA) - Health", from a dateline), a street or a structure
    ("Harrow Row", "Millford Crossing", "Harrow Row in Tarnby"), a personal name (a known first
    name and no organisation's head word: "Ulf Fenchurch"), or opens on a word a tabloid shouts
    that the story also writes in lower case (`lower_words`: "BANNED Albion"), or is one word
the story also writes in lower case ("Households"; not a body's head word: "Parliament")."""
    key = name_key(name)
    if not key or name.count("(") != name.count(")"):
        return True
    first = key.split()[0]
    if outlet_key(name) in outlets or first in outlets and first.upper() in name:
        return True
    if key in places or is_demonym(key, places):
        return True
    last = key.split()[-1]
    if len(key.split()) > 1 and last in _street_words() and last not in org_heads():
        return True  # "Harrow Row", "Millford Crossing": a street or a structure
    head, sep, tail = key.partition(" in ")
    if sep and (tail in places or head.split()[-1] in _street_words() or tail.split()[-1] in _street_words()):
        return True  # "Harrow Row in Tarnby": the tagger ran a place on into another
    words = name.split()
    if any(w.isupper() and w.lower() in outlets for w in words):
        return True  # "Follow VBN Health", an outlet's initials inside a name
    if words[0].isupper() and len(words[0]) >= 3 and words[0].lower() in lower_words:
        return True
    if len(words) == 1 and not name.isupper() and key in lower_words and key not in org_heads() | _BODIES:
        return True  # "Households", "Finance": a common word the story also writes in lower case
    if 2 <= len(words) <= 3 and first in first_names() and key.split()[-1] not in org_heads() \
            and all(w[:1].isupper() and not w.isupper() for w in words):
        return True
    word = name.strip().rstrip(".")
    return " " not in word and len(word) <= 3 and not word.isupper()



def lower_case_words(items: Iterable[AnalyzedArticle]) -> set[str]:
    """Every word the story's articles write in lower case."""
    return {w for it in items for w in _LOWER_WORD.findall(it.article.text)}


def without_place_tail(name: str, places: set[str]) -> str:
    """"Ministry of Health, Dunmere" (a release's header) -> "Ministry of Health": a body
    named with its town after a comma is the body."""
    head, comma, tail = name.partition(",")
    if comma and head.strip() and name_key(tail) in places:
        return head.strip()
    return name
