"""Common words the tagger takes for names: "Mum", "Heartbroken neighbours", "Households ...",
"TWELVE families were SLAMMED".

A word that opens a sentence, or one written in capitals for a tabloid's emphasis, is often
tagged a person or a body although the tagger's own part of speech says it is an adjective, a
number, a verb or a plural noun: a name the tagger reads as a proper noun somewhere is kept
(a firm called "Shell" is a proper noun where it speaks). Words a child calls a parent or a
grandparent ("Mum", "Dad", "Nan") are relations, never a name the people list can join.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

KIN_ADDRESS = frozenset({"mum", "mam", "mom", "mummy", "mommy", "dad", "daddy", "nan", "nana", "nanna", "gran",
                         "granny", "grandad", "granddad", "grandpa", "grandma", "auntie", "aunty"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
SUFFIXES = ("ies", "es", "s", "ed", "d", "ing")


@functools.lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Words of the lemmatizer's WordNet index (nouns, verbs, adjectives, adverbs); empty without one."""
    from storyweave.analyze.nlp import (
        load_nlp,  # (cached per process; find_people runs after it)
    )

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset().union(*(table[pos] for pos in ("noun", "verb", "adj", "adv")))
    except (KeyError, ValueError, OSError, RuntimeError):  # (no model, no lemmatizer, no table)
        return frozenset()


def dictionary_word(word: str) -> bool:
    """Whether lower-case `word`, or its stem past a plural or tense ending, is a common word."""
    words = _dictionary()
    if word in words:
        return True
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem in words or (suffix == "ies" and stem + "y" in words) or stem + "e" in words \
                    or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


def plural_at_start(tok: Token) -> bool:
    """A plural common noun opening its sentence that the tagger read as a proper noun
    ("Households told the Gale ..."): for a body's mention only (a surname such as "Banks" is
    a person's)."""
    word = tok.lower_
    if not (tok.is_sent_start and tok.text.istitle() and tok.is_alpha and word.endswith("s")):
        return False
    if word.endswith(("ss", "us", "is")):
        return False
    from storyweave.analyze.people import (
        _english_nouns,  # (the noun index people.py reads)
    )

    nouns = _english_nouns()
    return word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns) \
        or (word.endswith("ies") and word[:-3] + "y" in nouns)


def capitals_word(tok: Token) -> bool:
    """A common word in a tabloid's capitals inside a sentence in lower case ("was SLAMMED
    shut", "grew to TWELVE cases", "ROCKETS tore through"): an adjective, verb or number in
    the dictionary, or a plural noun; a word the dictionary knows only as a noun, or a verb's
    subject, is kept unless it is a participle or a number (an acronym spells words as often:
    "UNITE said", "ISIS")."""
    if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 5):
        return False  # (three or four capitals spell an acronym as often: "BET", "CHIP", "ASAP")
    if not any(t.is_lower and t.is_alpha for t in tok.sent):
        return False  # a headline or dateline all in capitals
    word = tok.lower_
    if not dictionary_word(word):
        return False
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4 \
        and dictionary_word(word[:-1])
    if plural or word.endswith(("ed", "ing")) or tok.tag_ in ("CD", "JJ", "RB"):
        return True  # no acronym is a participle, a number or a plural ("SLAMMED", "TWELVE")
    return tok.dep_ not in ("nsubj", "nsubjpass") and not _noun_only(word)


def _noun_only(word: str) -> bool:
    """A word the dictionary knows only as a noun ("king", "isis"): an acronym as often."""
    from storyweave.analyze.nlp import load_nlp

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, OSError, RuntimeError):
        return True
    others = any(word in table[pos] for pos in ("verb", "adj", "adv"))
    if not others:
        for suffix in ("ed", "d", "ing", "s"):
            stem = word[: -len(suffix)] if word.endswith(suffix) else None
            if stem and (stem in table["verb"] or stem[:-1] in table["verb"] and stem[-1:] == stem[-2:-1]):
                return False
    return not others


def sentence_start_noun(tok: Token) -> bool:
    """A common noun capitalised only because it opens its sentence ("Measles is highly
    infectious", "Turnout was 44 percent", "Screens had been set up"), whatever the tagger
    made of it: for a one-word person never named elsewhere (see people.py)."""
    if not (tok.is_sent_start and tok.text.istitle() and tok.is_alpha and len(tok.text) >= 4):
        return False
    if tok.head.lemma_.lower() in ("say", "tell", "add", "write") and tok.dep_ == "nsubj":
        return False  # "Baker said": a surname speaks
    # the article writes it in lower case elsewhere ("the measles scare", "turnout was low"):
    # a common noun; a surname that is also a word ("Glass", "Wolf") is not written so
    word = tok.lower_
    return any(t.text == word for t in tok.doc) and dictionary_word(word)


def sentence_start_mass_noun(tok: Token) -> bool:
    """A word the dictionary knows only as a noun, capitalised because it opens a sentence after
    another one, where the tagger read it as a proper noun ("... in Pellby. Turnout fell"):
    as subject of a verb that is not one of saying ("Baker said" is a surname speaking)."""
    if not (tok.is_sent_start and tok.i > 0 and tok.text.istitle() and tok.is_alpha and len(tok.text) >= 5):
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX") \
            or tok.head.lemma_.lower() in ("say", "tell", "add", "write", "insist", "claim"):
        return False
    if any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children):
        return False
    word = tok.lower_
    return word in _dictionary() and _noun_only(word)


def common_word_mention(tok: Token) -> bool:
    """A one-word mention that is a common word by the tagger's own reading: an adjective,
    number, verb or plural noun (not a proper noun), capitalised at a sentence's start or in
    tabloid capitals (there no singular noun), and no speaker label ("BAKER: ..." in a transcript)."""
    if tok.tag_ in PROPER_TAGS or not tok.is_alpha or len(tok.text) < 3:
        return False
    if not (tok.is_sent_start and not tok.is_upper or tok.is_upper and tok.tag_ != "NN"):
        return False  # (a singular noun in capitals is an acronym as often: "ISIS", "KING-TV")
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ":":
        return False
    return dictionary_word(tok.lower_)
