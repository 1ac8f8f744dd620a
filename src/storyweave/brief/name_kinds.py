"""What the story's own words say a tagged name is: a person, a product, a portfolio.

The small tagger calls a full name with a first name it does not know an organisation
("Ulrik Penhale"), a drug or a vaccine one ("Vostrafen", "the HPX vaccine"), and the title of
a minister's brief one ("Finance Minister", "Cabinet Member for Education and Leisure").
News writing gives each away by the words around it: an age in commas after a person's name
("Ulrik Penhale, 45,"), a job or family word before it ("board official Ulrik Penhale"), "the
Penhale family"; a dose or a product noun after a product ("Vostrafen 10 mg", "the HPX
vaccine"); a role word after a portfolio ("Finance Minister", "Finance chair"). Each test
here is a fact about the whole story, read once per report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyweave.analyze.lexicon import org_heads, spokesperson_nouns, titles, word_list
from storyweave.model import AnalyzedArticle

# nouns that stand before a person's name in apposition ("striker Ana Vell", "mum Ana Vell"),
# besides the titles and role nouns of the lexicon
_PERSON_NOUNS = frozenset("""owner boss chief official executive judge striker midfielder defender
goalkeeper keeper forward winger captain coach player athlete sprinter runner rider cyclist
actor actress singer artist author writer poet director producer painter mum dad mother father
son daughter brother sister wife husband widow widower partner neighbour neighbor resident
victim driver passenger pupil student teacher nurse doctor farmer campaigner activist
protester councillor candidate agent lawyer prosecutor defendant witness survivor worker
analyst economist scientist researcher professor""".split())
# what follows a product's name: its dose or a product noun ("Vostrafen 10 mg", "HPX vaccine")
_PRODUCT_AFTER = re.compile(
    r"\s*(?:\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|g|iu)\b"
    r"|(?:,\s+an?\s+(?:[a-z-]+\s+){0,2})?(?:vaccines?|jabs?|tablets?|capsules?|pills?|injections?"
    r"|inhalers?|drugs?|medicines?|treatments?|syrups?|creams?|sprays?|patch(?:es)?)\b)")
# what stands before a product's name: "two doses of HPX", "batches of Vostrafen"
_PRODUCT_BEFORE = re.compile(r"\b(?:doses?|batch(?:es)?|packs?|boxes|vials?|prescriptions?) of\s+$", re.IGNORECASE)
# a weather event, a contest or a flight: "Storm Ada", "Typhoon Bel", "Harl Cup", "flight HX204"
_EVENT_FIRST = frozenset({"storm", "typhoon", "hurricane", "cyclone", "tropical"})
_EVENT_LAST = frozenset({"cup", "trophy", "championship", "championships", "games", "open", "awards",
                         "festival", "marathon", "derby", "grand prix"})
_FLIGHT = re.compile(r"^[A-Z]{2}\d{2,4}$")
# a role word after a portfolio's name ("Finance Minister", "Finance chair")
_ROLE_AFTER = re.compile(r"\s+(?:minister|secretary|chair|chairman|chairwoman|spokesman|spokeswoman|"
                         r"spokesperson|portfolio|brief|member|commissioner)\b", re.IGNORECASE)
# a minister's brief: portfolio words and the words that join them
_PORTFOLIO_MORE = frozenset({"leisure", "sports", "recreation", "parks", "libraries", "highways",
                             "waste", "resources", "tourism", "culture"})
_JOINERS = frozenset({"and", "&", "of", "the"})
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*[,)]")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'-]*)\s+$")
_FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][\w'-]+)\s+family\b")
_MODEL_CODE = re.compile(r"^[A-Z]{1,3}-?\d{2,4}[a-z]?s?$")  # "M-90", "A320": an aircraft's or a car's model


def _mentions(text: str, name: str) -> Iterable[re.Match[str]]:
    return re.finditer(r"(?<![\w'])" + re.escape(name) + r"(?![\w-])", text)


def person_nouns() -> frozenset[str]:
    """Lower-case words that name a person's job, rank or kin before the name."""
    return _PERSON_NOUNS | titles() | word_list("role_nouns") | spokesperson_nouns()


def shown_as_person(name: str, items: Iterable[AnalyzedArticle]) -> bool:
    """The story writes `name` as a person's: an age after it in commas ("Ulrik Penhale, 45,")
    or a lower-case job or kin word before it ("board official Ulrik Penhale")."""
    nouns = person_nouns()
    for it in items:
        text = it.article.text
        for m in _mentions(text, name):
            if _AGE_AFTER.match(text, m.end()):
                return True
            before = _WORD_BEFORE.search(text[max(0, m.start() - 30):m.start()])
            if before and before.group(1).islower() and before.group(1) in nouns:
                return True
    return False


def family_names(items: Iterable[AnalyzedArticle]) -> set[str]:
    """Lower-cased X of "the X family": surnames, whoever the tagger took them for."""
    return {m.group(1).lower() for it in items for m in _FAMILY.finditer(it.article.text)}


def is_product(name: str, items: Iterable[AnalyzedArticle]) -> bool:
    """A product, not its maker: a model code ("Ostvale K-40"), or a dose or a product noun
    after the name somewhere in the story ("Vostrafen 10 mg", "the HPX vaccine", "Vostrafen,
    a monthly injection"). A name ending in an organisation's head word is the maker."""
    words = name.split()
    if not words or words[-1].lower() in org_heads():
        return False
    if len(words) > 1 and _MODEL_CODE.match(words[-1]):
        return True
    return any(_PRODUCT_AFTER.match(it.article.text, m.end())
               or _PRODUCT_BEFORE.search(it.article.text[max(0, m.start() - 24):m.start()])
               for it in items for m in _mentions(it.article.text, name))


def is_event_or_craft(name: str) -> bool:
    """A storm, a contest or a flight, not a body or a person: "Storm Ada", "Typhoon Bel",
    "Harl Cup", "PA417"."""
    words = name.lower().split()
    return bool(words) and (len(words) > 1 and (words[0] in _EVENT_FIRST or words[-1] in _EVENT_LAST)
                            or bool(_FLIGHT.match(name.strip())))


def unit_after_number(name: str, items: Iterable[AnalyzedArticle]) -> bool:
    """An all-capitals "name" written only after a number is a unit ("180 MW", "40 KM")."""
    if not name.isupper() or " " in name.strip():
        return False
    found = [re.search(r"\d\s*$", it.article.text[max(0, m.start() - 3):m.start()]) is not None
             for it in items for m in _mentions(it.article.text, name)]
    return bool(found) and all(found)


def is_portfolio(name: str, items: Iterable[AnalyzedArticle]) -> bool:
    """A minister's brief, not a body: the name is made of portfolio words ("Finance",
    "Energy and Environment"), and the story writes it before a role word ("Finance
    Minister") or after "for" ("Cabinet Member for Education and Leisure")."""
    words = [w.lower() for w in name.split()]
    portfolio = word_list("portfolio_words") | _PORTFOLIO_MORE
    if not words or not all(w in portfolio or w in _JOINERS for w in words) or words[0] in _JOINERS:
        return False
    for it in items:
        text = it.article.text
        for m in _mentions(text, name):
            if _ROLE_AFTER.match(text, m.end()) or re.search(r"\bfor\s+(?:\w+\s+(?:and|&)\s+)?$",
                                                             text[max(0, m.start() - 30):m.start()]):
                return True
    return False


# where a sentence, a heading or a paragraph opens: a capital there says nothing of a name
_OPENING = re.compile(r"(?:^|[.!?:|]['\"”’)]*\s+|\n\s*|[\"“]\s*)$")


def capitalised_only_at_openings(word: str, items: Iterable[AnalyzedArticle]) -> bool:
    """Every capitalised `word` of the story opens a sentence ("Heartbroken owner ...",
    "Turnout was low"): its capital is the sentence's, not a name's."""
    seen = False
    for it in items:
        text = it.article.text
        for m in _mentions(text, word):
            seen = True
            if not _OPENING.search(text[max(0, m.start() - 4):m.start()]):
                return False
    return seen


def without_opening_word(name: str, items: Iterable[AnalyzedArticle]) -> str:
    """"Housebuilder Tarn Homes" -> "Tarn Homes", "Rebel Ana Vell" -> "Ana Vell": a first word
    capitalised only where it opens a sentence, before a name the story also writes without it."""
    first, _, rest = name.strip().partition(" ")
    items = list(items)
    # the rest is a name of two words or more: "Quellan" of "Mateo Quellan" is no full name
    if len(rest.split()) < 2 or not rest[:1].isupper() or not first[:1].isupper() or first.isupper() \
            or not capitalised_only_at_openings(first, items):
        return name
    alone = any(not text[max(0, m.start() - len(first) - 1):m.start()].strip().endswith(first)
                for it in items for text in [it.article.text] for m in _mentions(text, rest))
    return rest if alone else name


def without_product_tail(name: str, items: Iterable[AnalyzedArticle]) -> str:
    """"Tarn Pharma for Vostrafen" -> "Tarn Pharma": a maker the tagger ran on into the product
    it was licensed "for" (the product shown so by `is_product`)."""
    head, sep, tail = name.partition(" for ")
    items = list(items)
    return head.strip() if sep and head.strip() and tail.strip() and is_product(tail.strip(), items) else name
