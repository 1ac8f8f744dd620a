"""Word lists for people and quotes: titles, organisation heads, reporting verbs.

The lists live in `analyze/data/*.txt` (one entry a line, `#` comments) so they
can be read and extended without touching code. Loaded once per process.
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """Lower-cased entries of `analyze/data/NAME.txt`."""
    text = resources.files("storyweave.analyze").joinpath("data", f"{name}.txt").read_text("utf-8")
    words = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


# Honorifics: part of how a person is addressed, never a role; they tell the gender.
HONORIFIC_GENDER: dict[str, str | None] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f",
    "dame": "f", "lady": "f", "mx": None,
    "shri": "m", "smt": "f", "alhaji": "m", "alhaja": "f",  # Indian and West African honorifics
}

# Pronouns that may refer back to a person, by gender.
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "our", "it", "its"})


# Reporting verbs whose object names who heard it ("told reporters", "assured investors"),
# not what was said.
ADDRESSING_VERBS = frozenset({"tell", "ask", "inform", "assure", "reassure", "advise", "remind", "warn",
                              "urge", "thank", "notify", "brief"})


def norm_word(text: str) -> str:
    """Lower case without a trailing full stop ("Mr." -> "mr", "Sgt." -> "sgt")."""
    return text.lower().rstrip(".")


def titles() -> frozenset[str]:
    """Words that make a role or title, not a name ("PC", "Superintendent", "MP")."""
    return word_list("titles")


def org_heads() -> frozenset[str]:
    """Last words that make a proper-noun phrase an organisation ("Police", "Council")."""
    return word_list("org_heads")


def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that report speech or writing ("say", "tweet", "warn")."""
    return word_list("speech_verbs")


def belief_verbs() -> frozenset[str]:
    """Lemmas of verbs that report a belief or a mental state ("think", "believe")."""
    return word_list("belief_verbs")


def quote_only_verbs() -> frozenset[str]:
    """Verbs that report speech only when their complement holds a quotation ("call")."""
    return word_list("quote_only_verbs")


def manner_verbs() -> frozenset[str]:
    """Verbs that report speech only as the tag of quoted words beside them ("laughed",
    "beamed", "snapped"): never the cue of an indirect report."""
    return word_list("quote_manner_verbs")


# Verb + particle that report speech ("pointed out that ...", "spelled out"), by lemma.
PHRASAL_SPEECH: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}), "spell": frozenset({"out"}), "speak": frozenset({"out", "up"}),
}
# Verb + particle that tag quoted words beside them only ("“...,” she went on", "“...,” he hit
# back", "“Me too,” chimed in Jane Roe").
PHRASAL_MANNER: dict[str, frozenset[str]] = {
    "go": frozenset({"on"}), "hit": frozenset({"back"}), "fire": frozenset({"back"}),
    "shoot": frozenset({"back"}), "chime": frozenset({"in"}), "pipe": frozenset({"up"}),
    "cut": frozenset({"in"}), "break": frozenset({"in"}), "sum": frozenset({"up"}),
}


def spokesperson_nouns() -> frozenset[str]:
    """Nouns for someone who speaks for an organisation ("spokesman", "official")."""
    return word_list("spokesperson_nouns")


def place_words() -> frozenset[str]:
    """Last words that make a proper-noun phrase a street or structure ("Lane", "Bridge")."""
    return word_list("place_words")


def division_nouns() -> frozenset[str]:
    """Nouns of a country's divisions ("province", "district"): a name before one is a place."""
    return word_list("division_nouns")


@functools.lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Common first names of either gender, lower-cased."""
    return word_list("first_names_m") | word_list("first_names_f")


def first_name_gender(word: str) -> str | None:
    """"m" or "f" for a first name listed under one gender only; None otherwise."""
    word = word.lower()
    male, female = word in word_list("first_names_m"), word in word_list("first_names_f")
    return "m" if male and not female else "f" if female and not male else None
