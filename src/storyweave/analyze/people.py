"""People and organisations named in an article, with roles, ages and aliases.

One pass over the parsed `Doc` finds name candidates (spaCy PERSON/ORG entities,
plus proper-noun runs that carry a title, "PC Roe", or end in an organisation
word, "Northvale Police"), strips titles off the names ("Chief Superintendent",
"MP", "Mr" are roles or honorifics, not names), and chains the mentions:
a full name opens a person, "Mr Roe" / "Roe" join the person whose surname
it is. Roles come from pre-modifiers ("Harbourside MP Jane Roe"), appositions in
either order ("Hugh Hill, a doctor," / "head of X, Jane Roe,") and possessives
("His assistant Jane Roe" -> "assistant to <his>"); ages from "Name, 48,"
and "the 48-year-old" after a mention; gender from honorifics and pronouns.

The small model mislabels names, so labels are checked against the context: a full
name tagged as an organisation or a date is a person when "Mr Roe" follows, or when
a role noun precedes it ("campaigner Jane Roe"), an age follows it ("Jane Roe, 71,"),
it is the subject of a reporting verb or starts with a common first name; streets
("Quarrymoor Lane"), datelines, one-word "names" that only modify common nouns ("the
Roe branch") and names listed among places are dropped.
Everything is linear in the number of tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyweave.analyze.lexicon import (
    FEMALE_PRONOUNS,
    HONORIFIC_GENDER,
    MALE_PRONOUNS,
    division_nouns,
    first_name_gender,
    first_names,
    norm_word,
    org_heads,
    place_words,
    speech_verbs,
    spokesperson_nouns,
    titles,
    word_list,
)
from storyweave.analyze.people_common import (
    KIN_ADDRESS,
    capitals_word,
    common_word_mention,
    dictionary_word,
    plural_at_start,
    sentence_start_mass_noun,
    sentence_start_noun,
)
from storyweave.analyze.people_joined_bodies import joined_body_spans
from storyweave.analyze.people_outlets import outlet_only
from storyweave.analyze.people_employers import body_by_its_officers
from storyweave.analyze.people_products import product_mention, product_modifier
from storyweave.analyze.quote_subject_fit import subject_taken_for_apposition
from storyweave.model import Mention, Person

# Proper nouns spaCy's small model tags as people but that are platforms, not speakers.
NOT_NAMES = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin",
                       "whatsapp", "snapchat", "reddit", "google", "god"})
ROLE_LINKS = frozenset({"and", "&", "of", "for", "at"})
# last words of a capitalised name that is a body's line, site or app ("Safety Hotline")
OWNED_THINGS = frozenset({"line", "hotline", "helpline", "website", "app", "portal", "inbox", "webchat"})
# prepositions the recogniser runs a name into at either end ("Across Pellby", "Velmar
# Therapeutics for"); never the first or last word of a name
EDGE_PREPOSITIONS = frozenset({"across", "in", "at", "for", "from", "via", "near", "outside", "inside", "around",
                               "throughout", "within", "beyond", "towards", "toward", "into", "onto",
                               "with", "without", "after", "before", "since", "during", "under", "over", "by"})
ROLE_PREPS = frozenset({"of", "at", "for", "with"})
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "their": None, "its": None}
MAX_ROLE_TOKENS = 14
# titles of members elected for a place: "MP for X" names the seat, not a person
SEAT_TITLES = frozenset({"mp", "msp", "mla", "mep", "td", "mhk", "member", "senator", "councillor", "cllr",
                         "candidate", "mayor"})
AGE_AFTER = re.compile(r",\s*(?:aged\s+)?(\d{1,3})\s*(?=[,.;)]|$)|\s*\((\d{1,3})\)")
YEAR_OLD = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)
# entity labels that say a capitalised phrase is a place, not a person
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})


@dataclass
class _Cand:
    """One name mention: the name tokens [start, end) and where its surface form starts."""

    start: int
    end: int
    kind: str
    surface_start: int  # token index: honorifics/titles directly before the name
    gender: str | None = None
    key: tuple[str, ...] = ()
    person: int = -1
    titled: bool = False  # written with an honorific or title ("Mr Roe", "PC Roe")
    modifier: bool = False  # one word modifying a common noun ("the Roe family"): a name only if chained
    name: str | None = None  # full name when the text gives it apart ("Paul [and Fiona] Lake")
    bare: bool = False  # a proper-noun run the recogniser did not tag, joined to a known name
    surface_end: int = -1  # token index: end of the mention with its post-nominals ("KC", "OBE"); -1: end


@dataclass
class _Entity:
    kind: str
    cands: list[_Cand] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    age: int | None = None
    gender: str | None = None
    gender_votes: dict[str, int] = field(default_factory=dict)


def _post_nominal(tok: Token) -> bool:
    """Letters written after a name, all capitals or as spelt in a degree ("PhD"): a seat,
    rank at the bar, honour or degree ("Ann Roe TD", "Jo Roe OBE"), never part of the name."""
    return tok.is_alpha and tok.text[0].isupper() and not tok.text.istitle() and len(tok) <= 6 \
        and tok.lower_ in _post_nominals()


@functools.lru_cache(maxsize=1)
def _post_nominals() -> frozenset[str]:
    return word_list("post_nominal_offices") | word_list("post_nominal_honours")


def _post_nominals_end(doc: Doc, end: int) -> int:
    """End of the run of post-nominals right after a name ending at `end` ("MP", "KC OBE")."""
    while end < len(doc) and _post_nominal(doc[end]) and doc[end - 1].whitespace_:
        end += 1
    return end


def _is_namey(tok: Token) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and any(c.isalpha() for c in text)


def _word(tok: Token) -> str:
    return norm_word(tok.text)


def _candidate_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """(start, end, spaCy label or None) for entities and proper-noun runs, in text order."""
    spans: list[tuple[int, int, str | None]] = []
    covered = bytearray(len(doc))
    for start, end in joined_body_spans(doc):
        # "Kelmar Fire and Rescue Service": one body the recogniser split at "and"
        spans.append((start, end, "ORG"))
        for i in range(start, end):
            covered[i] = 1
    for ent in doc.ents:
        if len(ent) == 1 and ent.end < len(doc) and _particle(doc[ent.end]) and (
                doc[ent.end].ent_type_ == "PERSON"
                or (ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_iob_ == "B"
                    and doc[ent.end + 1].ent_type_ == "PERSON")):
            # "[Anouk] [van der Berg]", "[Ana] dos [Roe]": the first name the recogniser
            # cut off (joined below)
            continue
        if ent.start > 0 and _style_of_address(doc, ent.start - 1) \
                and all(t.lower_ in STYLE_NOUNS | STYLE_ADJECTIVES for t in ent):
            for i in range(ent.start, ent.end):
                covered[i] = 1  # "His [Royal Highness]": a style of address, no body or person
            continue
        if all(_post_nominal(t) for t in ent) and ent.start > 0 and _is_namey(doc[ent.start - 1]):
            continue  # "Helen Marr [OBE]": letters after a name, left to the name's run
        if ent.label_ in ("PERSON", "ORG") and not covered[ent.start]:
            end = _possessive_org_end(doc, ent.start, ent.end) if ent.label_ == "ORG" else ent.end
            # "[Wessmoor Police (@WessmoorPolice]": no name runs on into a bracket
            end = next((t.i for t in doc[ent.start + 1:end] if t.text == "("), end)
            if end - ent.start > 3 and doc[end - 1].like_num and doc[end - 2].text in ("-", "–") \
                    and doc[end - 3].like_num:
                end -= 3  # "beat [Orsande City 2-1]": the score is no part of the club's name
            if ent.label_ == "PERSON" and end < len(doc) and doc[end].ent_iob_ == "B" \
                    and doc[end].ent_type_ == "PERSON" and doc[end - 1].lower_ in first_names() \
                    and _is_namey(doc[end]) and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"):
                end += 1  # "[Superintendent Maura] [Keane]": a surname the recogniser split off
            elif ent.label_ == "PERSON" and end < len(doc) and doc[end].ent_iob_ == "O" \
                    and doc[end - 1].lower_ in first_names() and doc[end].pos_ == "PROPN" \
                    and doc[end].text.istitle() and doc[end].is_alpha and _is_namey(doc[end]) \
                    and norm_word(doc[end].text) not in titles() and doc[end].lower_ not in first_names() \
                    and doc[end - 1].head.i == end and end - ent.start == 2 \
                    and norm_word(doc[ent.start].text) in titles() and not _headline_case(_line_of(doc[end])):
                end += 1  # "[Cllr Bethan] Rowe disagreed": a title, a first name, the surname they lean on
            if ent.label_ == "PERSON" and end + 1 < len(doc) and _particle(doc[end]) and not doc[end + 1].ent_type_ \
                    and doc[end + 1].text.istitle() and doc[end + 1].is_alpha and _is_namey(doc[end + 1]) \
                    and norm_word(doc[end + 1].text) not in titles():
                end += 2  # "[Femke] ter Laan": a surname after a particle, left out of the entity
            if ent.label_ == "PERSON" and end + 3 < len(doc) and doc[end].text in NICKNAME_QUOTES \
                    and _is_namey(doc[end + 1]) and doc[end + 2].text in NICKNAME_QUOTES \
                    and doc[end + 3].text.istitle() and doc[end + 3].is_alpha:
                end += 4  # 'Daniel "Danno" Roe': the recogniser stops at the nickname
            if ent.label_ == "PERSON":
                end = _name_after_honours(doc, ent.start, end)
                end = _residence_cut(doc, ent.start, end)
            start = _first_name_before(doc, ent.start, ent.end)
            label = ent.label_
            if label == "ORG" and len(ent) == 1 and start == ent.start and start > 0 and not covered[start - 1] \
                    and HONORIFIC_GENDER.get(_word(doc[start - 1])) and _is_namey(doc[start - 1]):
                start, label = start - 1, "PERSON"  # "Mr [Hollis]": an honorific makes a person
            elif start == ent.start and start > 1 and not covered[start - 2] and _particle(doc[start - 1]) \
                    and HONORIFIC_GENDER.get(_word(doc[start - 2])) and _is_namey(doc[start - 2]):
                start, label = start - 2, "PERSON"  # "Ms dos [Santos-Roe]": honorific, particle, surname
            elif label == "ORG" and len(ent) == 1 and start == ent.start and start > 0 and not covered[start - 1] \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == start and doc[start - 1].text.istitle() and doc[start - 1].is_alpha \
                    and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who":
                # "[Ngaire] [Tamihana], who has campaigned ...": two capitalised words and "who"
                # make a person's name the recogniser split
                start, label = start - 1, "PERSON"
            elif label == "ORG" and len(ent) == 1 and start == ent.start \
                    and _titled_given_names(doc, start, covered) >= 0:
                # "CP Adamu [Ndagi] told reporters": a rank and given names the recogniser left
                # out make its one-word body a person's surname
                start, label = _titled_given_names(doc, start, covered), "PERSON"
            elif label == "ORG" and start == ent.start:
                start = _possessive_org_start(doc, start, covered)
            if label == "PERSON":
                end = _post_nominals_end(doc, end)  # "[Jo Roe] OBE": the letters go with the name
            spans.append((start, end, label))
            for i in range(start, end):
                covered[i] = 1
    n = len(doc)
    for i in range(n - 4):
        # 'Winifred "Winnie" Roe' the recogniser did not take for a person (it may call the
        # quoted part a title of a work): a listed first name, a quoted nickname, a surname
        if covered[i] or doc[i].lower_ not in first_names() or not doc[i].text.istitle() \
                or doc[i + 1].text not in NICKNAME_QUOTES:
            continue
        for j in (i + 3, i + 4):
            if j + 1 < n and doc[j].text in NICKNAME_QUOTES and doc[j + 1].text.istitle() and doc[j + 1].is_alpha \
                    and all(t.text[:1].isupper() and t.is_alpha for t in doc[i + 2:j]) \
                    and not any(covered[k] for k in range(i, j + 1)):
                # (the recogniser may have taken the surname alone, as a person or a body)
                alone = [sp for sp in spans if sp[0] == j + 1 and sp[1] == j + 2]
                if covered[j + 1] and not alone:
                    break
                for sp in alone:
                    spans.remove(sp)
                spans.append((i, j + 2, "PERSON"))
                for k in range(i, j + 2):
                    covered[k] = 1
                break
    title_words = titles()
    i = 0
    while i < n:
        tok = doc[i]
        if not covered[i] and _is_namey(tok) and (tok.pos_ == "PROPN" or _word(tok) in title_words):
            j = i
            while j < n and not covered[j] and (_is_namey(doc[j]) and (
                doc[j].pos_ == "PROPN" or _word(doc[j]) in title_words
            ) or (j > i and j + 1 < n and _particle(doc[j]) and _is_namey(doc[j + 1]))  # "Dr de Souza"
                    or (j > i and j + 2 < n and _particle(doc[j]) and _particle(doc[j + 1])
                        and _is_namey(doc[j + 2]))  # "Ms de la Fuente"
                    or (j > i and j + 1 < n and _hyphen_link(doc, j) and _is_namey(doc[j + 1])
                        and doc[j + 1].pos_ == "PROPN")):  # "Kerry-Ann"
                j += 1
            if i >= 2 and _particle(doc[i - 1]) and not covered[i - 2] and doc[i - 2].is_alpha \
                    and doc[i - 2].text.istitle() and _is_namey(doc[i - 2]) \
                    and norm_word(doc[i - 2].text) not in title_words \
                    and not HONORIFIC_GENDER.get(norm_word(doc[i - 2].text)) and not doc[i - 2].is_stop:
                # "Ines das [Neves-Lobo]": a first name the tagger took for a common noun, then
                # the particle, then the surname
                i -= 2
            spans.append((i, j, None))
            i = j
        elif not covered[i] and tok.pos_ == "NOUN" and tok.is_title and tok.is_alpha and len(tok) > 2 \
                and _word(tok) not in title_words:
            # a surname the tagger took for a common noun ("Vardakis said"): kept only if it
            # repeats a name found elsewhere (see _bare_mentions)
            spans.append((i, i + 1, "BARE"))
            i += 1
        else:
            i += 1
    spans.sort()
    return spans


def _residence_cut(doc: Doc, start: int, end: int) -> int:
    """'[Ruth Penhale of Dunmere] argues': the recogniser ran a name on into where its bearer
    lives; a listed first name and a surname end before "of" ("Joan of Arc", one word before
    "of", and "Duke of X", no first name, are left whole)."""
    for k in range(start + 2, end - 1):
        if doc[k].lower_ == "of":
            if doc[start].lower_ in first_names() and all(t.is_alpha and t.text.istitle() for t in doc[start:k]) \
                    and doc[k + 1].text[:1].isupper():
                return k
            break
    return end


def _name_after_honours(doc: Doc, start: int, end: int) -> int:
    """End of a person entity that holds only honours and titles ("[Tan Sri Dato'] Jane Roe",
    "[Datuk Seri] [Lim Chee Wai]"): the recogniser left the name after them out, or tagged it
    apart; the capitalised words that follow are the name."""
    if not all(norm_word(t.text) in titles() or _honour_pair_token(doc, t.i) or _honour_apostrophe(doc, t.i)
               for t in doc[start:end]):
        return end
    j = end
    while j < len(doc) and j - end < 4 and doc[j].is_alpha and doc[j].text.istitle() and _is_namey(doc[j]) \
            and (doc[j].pos_ == "PROPN" and not doc[j].ent_type_ or doc[j].ent_type_ == "PERSON") \
            and norm_word(doc[j].text) not in titles():
        j += 1
    return j if j > end else end


def _first_name_before(doc: Doc, start: int, end: int) -> int:
    """Start of a one-word entity with the first name the recogniser left out ("May [Roe]")."""
    if start == 0:
        return start
    prev = doc[start - 1]
    if _particle(doc[start]) and prev.pos_ == "PROPN" and prev.text.istitle() and prev.is_alpha \
            and norm_word(prev.text) not in titles():
        return start - 1  # "Anouk [van der Berg]"
    if start >= 2 and _particle(prev) and doc[start - 2].ent_type_ == "PERSON" and doc[start - 2].ent_iob_ == "B" \
            and doc[start - 2].text.istitle() and doc[start - 2].is_alpha and doc[start].ent_type_ == "PERSON" \
            and norm_word(doc[start - 2].text) not in titles():
        return start - 2  # "[Ana] dos [Roe]": a first name and a surname split at the particle
    if start >= 2 and _particle(prev) and doc[start].ent_type_ in ("PERSON", "ORG") \
            and doc[start - 2].ent_type_ == "" and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_alpha \
            and doc[start - 2].text.istitle() and norm_word(doc[start - 2].text) not in titles() \
            and not HONORIFIC_GENDER.get(norm_word(doc[start - 2].text)):
        return start - 2  # "Maarten ter [Horst]", "Ana dos [Santos-Roe]": the recogniser kept the surname only
    if end - start == 1 and doc[start].ent_type_ == "PERSON":
        # "Ama Serwaa [Boateng], chair of ...": given names no list holds, untagged proper
        # nouns bound to the surname, opening the clause (no employer or title before them)
        k = start
        while k > start - 2 and k > 0 and _given_name_word(doc[k - 1], start):
            k -= 1
        if k < start and (k == 0 or doc[k].is_sent_start or not (
                doc[k - 1].text[:1].isupper() or doc[k - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM"))
                or _title_opens_name(doc, k - 1)):
            return k
    # ("Ana [Ruiz-Tellez]": a hyphenated surname is one word however the tokenizer splits it)
    words = sum(1 for t in doc[start:end] if not (_hyphen_link(doc, t.i) or (t.i > start and _hyphen_link(doc, t.i - 1))))
    if words > 2 or (words == 2 and not (doc[start].text.istitle() and doc[end - 1].text.istitle())):
        return start
    if prev.ent_type_ not in ("", "DATE") or prev.pos_ != "PROPN" or not prev.text.istitle() \
            or _folded(prev.lower_) not in first_names():
        return start
    # ("María [Fernández Ortega]": a first name before a two-word surname)
    if prev.lower_ in MONTHS and start > 1 and doc[start - 2].pos_ == "ADP":
        return start  # "in May Roe said": the month
    return start - 1


def _titled_given_names(doc: Doc, surname: int, covered: bytearray) -> int:
    """Start of the title before one or two untagged given names bound to the one-word entity
    at `surname` ("[CP] Adamu Ndagi", "[Insp] Tolu Ade Bello"); -1 when there is none."""
    k = surname
    while k > surname - 2 and k > 1 and not covered[k - 1] and _given_name_word(doc[k - 1], surname) \
            and norm_word(doc[k - 1].text) not in titles():
        k -= 1
    if k == surname or k < 1 or covered[k - 1]:
        return -1
    t = doc[k - 1]
    if not (t.text[:1].isupper() and t.is_alpha and norm_word(t.text) in titles()
            and norm_word(t.text) not in org_heads() and t.dep_ == "compound" and t.head.i == surname):
        return -1
    return k - 1


def _title_opens_name(doc: Doc, i: int) -> bool:
    """doc[i] is an abbreviated rank or title in capitals opening its sentence, right before
    given names ("... on Sunday. [CP] Garba Ndatsu said"): what comes after it is a name."""
    tok = doc[i]
    return (i == 0 or tok.is_sent_start) and tok.is_upper and tok.is_alpha and len(tok.text) >= 2 \
        and norm_word(tok.text) in titles() and tok.dep_ == "compound"


def _given_name_word(tok: Token, surname: int) -> bool:
    """An untagged proper noun that may be a given name bound to the surname at `surname`."""
    w = _word(tok)
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ == "compound" and tok.head.i == surname \
        and tok.text.istitle() and tok.is_alpha and len(tok) > 1 and w not in titles() and w not in _role_words() \
        and not (w.endswith("s") and (w[:-1] in titles() or w[:-1] in _role_words())) \
        and w not in org_heads() and w not in HONORIFIC_GENDER and w not in _place_last_words() and w not in MONTHS


def _folded(word: str) -> str:
    """A word without accents ("maría" -> "maria"), to look it up in lists written without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _particle(tok: Token) -> bool:
    """A lower-case word inside a surname: "van", "de", "bin"."""
    return tok.text.islower() and tok.text in word_list("name_particles")


def _particle_word(tok: Token) -> bool:
    """A name particle in any case ("al", "Van"): for keys only, where what follows decides."""
    return tok.lower_ in word_list("name_particles")


def _possessive_org_start(doc: Doc, start: int, covered) -> int:
    """Start of an organisation name with a singular possessive inside ("the [U.S. Attorney's]
    [Office]", "[Sheriff's] [Office]"): the recogniser often starts the entity at the head word
    after the "'s"; the capitalised words before it, no person's name, belong to it."""
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 1].lower_ not in ("'s", "’s") \
            or _word(doc[start]) not in org_heads():
        return start
    k = start - 1
    while k > 0 and not covered[k - 1] and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].ent_type_ != "PERSON" and not (doc[k - 1].is_alpha and doc[k - 1].lower_ in first_names()):
        k -= 1
    return start if k == start - 1 else k


def _possessive_org_end(doc: Doc, start: int, end: int) -> int:
    """End of an organisation name with a plural possessive inside ("Dock Workers' Guild").

    The small model often stops the entity at the apostrophe and tags what follows apart.
    """
    n = len(doc)
    j = end
    if doc[end - 1].tag_ == "POS" and doc[end - 1].lower_ in ("'s", "’s") and end < n \
            and doc[end].pos_ == "PROPN" and doc[end].text.istitle() and _word(doc[end]) in org_heads() \
            and not doc[end].ent_type_:
        return end + 1  # "[St Aidan's] Academy": a singular possessive, then the body's head word
    if doc[end - 1].tag_ != "POS" or doc[end - 1].text not in ("'", "’"):
        if j < n and doc[j].tag_ == "POS" and doc[j].text in ("'", "’") and doc[end - 1].text[-1:] in "sS":
            j += 1
        else:
            return end
    k = j
    while k < n and doc[k].pos_ == "PROPN" and _is_namey(doc[k]) and not doc[k].is_upper:
        k += 1
    if k == j:
        return end
    # "Fox News' Jane Roe" is a person of the body, "Dock Workers' Guild" the body itself
    if _word(doc[k - 1]) not in org_heads() and (
            _word(doc[j]) in first_names() or any(t.ent_type_ in ("PERSON", "WORK_OF_ART") for t in doc[j:k])):
        return end
    return k


def _place_name(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """"Quarrymoor Lane", "Tarn Bridge": a street or structure, unless it starts with a first name."""
    if len(words) < 2 or words[-1] not in _place_last_words() or words[0] in first_names() \
            or _year_old_before(doc, start):  # streets have no age: "eight-year-old Ann Lane"
        return False
    if words[0] in ("mr", "mrs", "ms", "miss", "mx", "mister"):
        return False  # "Mrs Lane said": no street opens with these (but "Lord Street", "Lady Lane")
    return not (start > 0 and _word(doc[start - 1]) in HONORIFIC_GENDER)


@functools.lru_cache(maxsize=1)
def _place_last_words() -> frozenset[str]:
    return place_words() | word_list("place_words_more")


def _listed_with_places(root: Token) -> bool:
    """"Orrin Park, Ashby and Kell Green": a name coordinated with places is a place."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    stack = [top]
    seen = 0
    while stack and seen < 12:
        t = stack.pop()
        seen += 1
        if t.i != root.i and t.ent_type_ in PLACE_LABELS:
            return True
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return False


def _role_noun_before(doc: Doc, start: int, end: int) -> bool:
    """"campaigner June Roe", "leader Jane Roe": a common noun or title modifying the name."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.text.isalpha() and prev.text.istitle() and norm_word(prev.text) in titles() \
            and (start == 1 or not _is_namey(doc[start - 2])):
        return True  # "Principal Jane Roe", "said Commissioner Jane Roe": a title before the name
    if not prev.text.isalpha() or not prev.text.islower():
        return False
    if norm_word(prev.text) in titles():
        return True
    return prev.pos_ == "NOUN" and prev.dep_ in ("compound", "amod", "nmod") and start <= prev.head.i < end


def _person_noun_before(doc: Doc, start: int, end: int) -> bool:
    """"farmer Megan Dray", "widow Ann Roe": a lower-case noun for a person modifying the name
    (a place takes no such noun before it)."""
    if start == 0:
        return False
    prev = doc[start - 1]
    # (or an agent noun, "the novelist Ines Roe": a job done by someone)
    return prev.text.isalpha() and prev.text.islower() and prev.pos_ == "NOUN" \
        and (prev.lower_ in DESCRIPTION_BEFORE_NAME or (prev.lower_.endswith(AGENT_SUFFIXES) and len(prev) > 5)) \
        and (start <= prev.head.i < end or (doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == prev.i))


def _speech_subject(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject of a reporting verb ("Jane Roe told reporters")."""
    verbs = speech_verbs()
    for t in doc[start:end]:
        if t.dep_ in ("nsubj", "nsubjpass") and not (start <= t.head.i < end):
            return t.head.lemma_.lower() in verbs and t.head.pos_ in ("VERB", "AUX")
    return False


# common nouns that, right before a name, say it is a business or body ("ferry operator X")
ORG_DESCRIPTORS = frozenset({
    "operator", "airline", "firm", "company", "retailer", "supermarket", "carrier", "charity",
    "broadcaster", "developer", "insurer", "lender", "manufacturer", "chain", "brand", "provider",
    "supplier", "startup", "publisher", "regulator", "watchdog", "housebuilder", "builder",
    "utility", "giant", "conglomerate", "bank", "outlet", "newspaper", "station", "broadband",
})

# "26-year-old Jane Roe": an age (see _year_old_ages), not a role
AGE_WORDS = frozenset({"old", "year", "years", "month", "months"})
# "A man who found the bag, Jane Roe,": a description, not a role
GENERIC_PEOPLE = frozenset({"man", "woman", "person", "boy", "girl", "one", "someone", "people"})

# nouns that, in apposition to a name, say it is a person ("Jane Roe, a consultant at ...")
PERSON_APPOSITION_NOUNS = frozenset({
    "consultant", "doctor", "nurse", "surgeon", "paramedic", "teacher", "resident", "mother", "father",
    "farmer", "lawyer", "solicitor", "barrister", "councillor", "campaigner", "volunteer", "pensioner",
    "student", "worker", "employee", "officer", "director", "manager", "chairman", "chairwoman",
    "founder", "owner", "leader", "expert", "professor", "lecturer", "researcher", "economist",
    "analyst", "chief", "head", "member", "son", "daughter", "wife", "husband", "widow", "neighbour",
    # US spellings and the people around a public figure ("Her publicist, Jane Roe,")
    "neighbor", "publicist", "agent", "attorney", "aide", "adviser", "advisor", "assistant",
})


# nouns for what a person is or does that local papers write, capitalised, before a full name
# ("Landlord Gareth Roe told ...", "Grandmother Ann Roe said"): a description, not the name
# adjectives that describe the holder of a title before it, never part of the title written
# with the name ("Local MP Jane Roe" is "Jane Roe", the local MP)
DESCRIPTIVE_BEFORE_TITLE = frozenset({"local", "veteran", "backbench", "rebel", "outspoken", "embattled"})
# nouns that say only that someone is a person: no role ("local man Tom Roe")
PLAIN_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "lad", "lass", "person", "guy", "gentleman", "lady"})
DESCRIPTION_BEFORE_NAME = PERSON_APPOSITION_NOUNS | frozenset({
    "landlord", "landlady", "publican", "shopkeeper", "grandmother", "grandfather", "grandad", "gran",
    "mum", "dad", "widow", "widower", "teenager", "schoolgirl", "schoolboy", "boxer", "footballer",
    "driver", "motorist", "cyclist", "fisherman", "businessman", "businesswoman", "builder", "chef",
    "artist", "singer", "author", "actor", "actress", "mother-of-two", "father-of-two", "vicar",
    # jobs, not forms of address: "Headteacher Ann Roe" is "Ann Roe" (never "Headteacher Roe")
    "headteacher", "headmaster", "headmistress",
})


def _org_evidence(doc: Doc, start: int, end: int) -> bool:
    """A name written as only a body is: followed by ", which"; the one subject of a plural
    "have"/"are" (British agreement for a firm or a team); or the subject of a clause that goes
    on with "its" ("X has withdrawn its plans")."""
    if end - start < 2 or any(not (t.is_alpha and t.text.istitle()) or t.ent_type_ in PLACE_LABELS
                              for t in doc[start:end]):
        return False  # ("Barrow Vale, which ...": a place)
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which":
        return True
    if end + 1 < len(doc) and doc[end].text == "," and any(
            t.dep_ == "appos" and start <= t.head.i < end and t.lower_ in ORG_DESCRIPTORS | BODY_NOUNS
            for t in doc[end + 1:min(len(doc), end + 6)]):
        return True  # "Warm Hands, a children's charity,": a body in apposition
    root = _span_root(doc, start, end)
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ not in ("NNP", "NNPS") \
            or any(c.dep_ == "conj" for c in root.children):
        return False
    verb = root.head
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "are") and c.i > root.i for c in verb.children) \
            or (verb.lower_ in ("have", "are") and verb.i > root.i):
        return True
    for child in verb.children:
        if child.i > root.i and child.dep_ in ("dobj", "attr"):
            if any(t.lower_ == "its" and t.dep_ == "poss" for t in child.children):
                return True
    return False


@functools.lru_cache(maxsize=1)
def _english_nouns() -> frozenset[str]:
    """Common nouns the pipeline's lemmatizer knows (its WordNet noun index), empty without one."""
    from storyweave.analyze.nlp import load_nlp  # (cached per process; find_people runs after it)

    try:
        return frozenset(load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])
    except (KeyError, ValueError, OSError, RuntimeError):  # (no model, no lemmatizer, no table)
        return frozenset()


def _plural_noun(word: str) -> bool:
    """"twins", "brothers": the plural of a common noun (never a title such as "Ms")."""
    nouns = _english_nouns()
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in titles() \
        and (word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns))


def _job_word(word: str) -> bool:
    """A word that may say what a person does ("midwife", "caretaker", "harbourmaster"), not an
    unlisted first name ("Ngaio Marie Roe": a first name before a listed middle name). With no
    noun list to ask, every word may be a job."""
    nouns = _english_nouns()
    return not nouns or word in nouns or word.rstrip("s") in nouns or word.endswith(AGENT_SUFFIXES) \
        or word in DESCRIPTION_BEFORE_NAME or word in titles()


def _person_apposition(doc: Doc, start: int, end: int) -> bool:
    """"Jane Roe, a spokeswoman for Acme,": a common noun for a person in apposition."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    for t in doc[end + 1:min(len(doc), end + 5)]:
        if t.pos_ == "NOUN":
            w = t.lower_
            return w in PERSON_APPOSITION_NOUNS or w in spokesperson_nouns() or w in titles()
        if t.pos_ not in ("DET", "ADJ", "PROPN", "PUNCT") or t.text == ",":
            return False
    return False


def _year_old_before(doc: Doc, start: int) -> bool:
    """"eight-year-old Jane Roe", "the 71-year-old Jane Roe": an age written right before the name."""
    return start >= 3 and doc[start - 1].lower_ == "old" and doc[start - 2].text in ("-", "‑") \
        and doc[start - 3].lower_ in ("year", "years")


def _age_predicate(doc: Doc, start: int, end: int) -> bool:
    """"Odile Roe is 84.": the name is the subject of "is"/"was"/"turns" with a bare age as its
    complement, ending the clause (a body is given no age so)."""
    root = _span_root(doc, start, end)
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in ("be", "turn") or verb.i != end:
        return False
    num = doc[end + 1] if end + 1 < len(doc) else None
    if num is None or not num.like_num or not num.text.isdigit() or not 0 < int(num.text) < 120:
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    return after is None or after.text in (".", ";") or "\n" in num.text_with_ws


# what only a person does: "grew up", "was born", "remembers", "married", "died"
PERSON_ONLY_VERBS = frozenset({"remember", "marry", "die"})


def _person_only_predicate(doc: Doc, start: int, end: int) -> bool:
    """"Odile Roe grew up above the harbour", "Jo Roe remembers the winter ...": the name is the
    subject of a verb only a person is the subject of."""
    root = _span_root(doc, start, end)
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.i < end or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "grow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma == "bear":
        return root.dep_ == "nsubjpass"
    return lemma in PERSON_ONLY_VERBS and root.dep_ == "nsubj"


def _surname_alone_a_person(doc: Doc, start: int, end: int) -> bool:
    """"Odile Roe grew up ... “...,” Roe says": the pair's last word stands alone elsewhere in the
    text as the recogniser's person (a body is not called by its last word as a person)."""
    last = doc[end - 1]
    if end - start != 2 or not last.is_title:
        return False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start not in range(start, end) \
                and ent[0].text == last.text:
            return True
    return False


def _renames_person_noun(doc: Doc, start: int, end: int) -> bool:
    """"The chief executive, Jane Roe, said": the name set off by commas after a noun for a
    person (a job, title or description), which it renames."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text not in (",", ")", "."):
        return False
    root = _span_root(doc, start, end)
    head = root.head
    w = head.lower_
    if root.dep_ != "appos" or head.i >= start:
        return False
    if head.tag_ == "NNP" and head.text.istitle() and w in titles() and w not in first_names():
        return True  # "his Chief Press Secretary, Tunde Roe,": a capitalised office
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    return w in PERSON_APPOSITION_NOUNS or w in _role_words() or w in spokesperson_nouns()


def _age_after(doc: Doc, end: int) -> bool:
    text = doc.user_data.get("_sw_text") or doc.text
    end_char = doc[end - 1].idx + len(doc[end - 1])
    m = AGE_AFTER.match(text, end_char, min(len(text), end_char + 12))
    return bool(m) and 0 < int(m.group(1) or m.group(2)) < 120


def _speech_free_age(doc: Doc, end: int) -> bool:
    """"Agnes Roe, 74, has lived ...": an age set off by commas, then the clause's verb (the
    recogniser may call the whole name a place; a place is given no age in apposition)."""
    return end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == "," \
        and doc[end + 3].pos_ in ("AUX", "VERB")


def _looks_like_name(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """Two or three capitalised words that could be a first name and a surname."""
    # particles inside ("Ana dos Roe") are no words of their own
    # (nor is the hyphen of a double-barrelled surname: "Neves-Lobo")
    inner = frozenset(t.i for t in doc[start + 1:end - 1] if _particle(t) or _hyphen_link(doc, t.i))
    if not 2 <= end - start - len(inner) <= 3:
        return False
    if start > 0 and doc[start - 1].lower_ == "the":
        return False  # "the Carolina Panthers": people's names take no article
    blocked = titles() | org_heads() | _place_last_words() | HONORIFIC_GENDER.keys()
    # "The emergency director, Helen Park, said": a listed first name renaming a noun for a
    # person is a person's name, though its surname is a place's word ("Park", "Hill")
    renamed = words[0] in first_names() and _renames_person_noun(doc, start, end)
    # "Gwen Penhale, 84,": a surname the recogniser took for a place, after a first name
    # it did not, with an age after the name
    surname_as_place = renamed or (words[0] in first_names() and _age_after(doc, end)
                        and (doc[start].ent_type_ not in PLACE_LABELS or _speech_free_age(doc, end))) \
        or _year_old_before(doc, start) \
        or (words[0] in first_names() and _person_noun_before(doc, start, end)) \
        or (words[0] in first_names() and _person_apposition(doc, start, end)) \
        or (_age_after(doc, end) and start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].text.islower()
            and doc[start - 1].is_alpha)
    # ("her neighbour Segun Roe, 48,": a noun for a person, the name, an age: no place has one)
    # ("eight-year-old Ann Lane", "farmer Megan Dray": a person, whatever the recogniser says;
    # "Ana dos Roe, a nurse,": a first name, a particle and a surname, called a person)
    for t, w in zip(doc[start:end], words):
        if t.i in inner:
            continue
        if not ((t.pos_ == "PROPN" or (t.i == start and _particle(doc[t.i + 1])))  # ("Ines" tagged a noun before "das")
                and t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha()):
            return False
        if (len(t) > 1 and t.is_upper) or (w in blocked and not (renamed and t.i == end - 1 and w not in titles())) \
                or (t.ent_type_ in PLACE_LABELS and not surname_as_place):
            return False
    if doc[end - 1].tag_ == "NNPS":
        return False  # "Fellow Republicans", "the Northvale Panthers"
    return not _headline_case(_line_of(doc[start]))


def _line_of(tok: Token) -> Span:
    """The part of the token's sentence on its own line: the parser often runs a
    headline and the first paragraph into one sentence."""
    sent = tok.sent
    start, end = sent.start, sent.end
    while start >= 1 and _title_before(tok.doc, start):
        start = tok.doc[start - 1].sent.start  # "Coun. Jane Roe": no sentence ends at a title's full stop
    for t in tok.doc[start:end]:
        if "\n" in t.text_with_ws:
            if t.i < tok.i:
                start = t.i + 1
            else:
                end = t.i + 1
                break
    return tok.doc[start:end]


def _headline_case(sent: Span) -> bool:
    """A Title Case Headline, where capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(1 for t in words if t.text[0].islower()) < 0.25 * len(words)


KIN_NOUNS = frozenset({"husband", "wife", "partner", "son", "daughter", "mother", "father", "brother",
                       "sister", "widow", "widower", "fiancee", "fiancé", "fiancée", "fiance"})


def _person_evidence(doc: Doc, start: int, end: int, words: list[str], strict: bool) -> bool:
    """A capitalised pair the entity recogniser did not call a person, that the context does.

    A role noun before it ("campaigner June Roe"), an age after it ("Jane Roe, 71,"), a
    reporting verb it is the subject of, or (unless `strict`) a common first name.
    """
    if end - start == 1 and doc[start].pos_ == "PROPN" and doc[start].text.istitle() and doc[start].is_alpha \
            and _renames_person_noun(doc, start, end) and doc[start].head.lower_ in KIN_NOUNS \
            and any(c.dep_ == "poss" for c in doc[start].head.children):
        return True  # "her husband, Piran,": a first name the list lacks, given to a relative
    if end - start == 1 and doc[start].pos_ == "PROPN" and doc[start].text.istitle() and doc[start].is_alpha \
            and words[0] not in titles() and words[0] not in org_heads() and words[0] not in HONORIFIC_GENDER \
            and _age_after(doc, end) and _speech_subject(doc, start, end):
        return True  # "Sukarmi, 54, said": one name, as many people have; a place or body has no age
    if not _looks_like_name(doc, start, end, words):
        return False
    known_first = words[0] in first_names() or _folded(words[0]) in first_names()  # ("Lucía")
    if strict:
        # (a name the recogniser took for an organisation that speaks, "Jane Roe said", or
        # that an apposition calls a person, "Jane Roe, a spokeswoman for ...", is a person)
        titled = start > 0 and doc[start - 1].text.istitle() and _role_noun_before(doc, start, end)
        # "City captain Tibor Hask", "striker Lio Karrant": a job only a person has, just before
        # a first name and a surname
        titled = titled or (start > 0 and doc[start - 1].is_lower and end - start == 2
                            and _role_noun_before(doc, start, end) and not any(w in org_heads() for w in words))
        return titled or (known_first and (_role_noun_before(doc, start, end) or _age_after(doc, end)
                                 or _person_apposition(doc, start, end) or _speech_subject(doc, start, end))) \
            or _renames_person_noun(doc, start, end) or _age_predicate(doc, start, end) \
            or ((_surname_alone_a_person(doc, start, end) or _person_only_predicate(doc, start, end))
                and not any(w in org_heads() for w in words)
                # (a product named with a common noun first is no person: "Apple Music remembers")
                and (known_first or words[0] not in _english_nouns())) \
            or (_age_after(doc, end) and _span_root(doc, start, end).dep_ in ("nsubj", "nsubjpass")) \
            or (_person_apposition(doc, start, end) and _speech_subject(doc, start, end)
                and not any(w in org_heads() for w in words))
        # ("Nana Akosua Roe, a councillor, said": first names no list holds, a job that only
        # a person has, and speech)
        # (a first name the list lacks: "Bryony Roe (45) has run ...": a body has no age)
    if _role_noun_before(doc, start, end) or _age_after(doc, end) or _speech_subject(doc, start, end) \
            or _year_old_before(doc, start) or _age_predicate(doc, start, end):
        return True
    return known_first and words[0] not in MONTHS


def _hyphenated_syllable(doc: Doc, i: int) -> bool:
    """The lower-case second half of a hyphenated given name ("Seo-yeon", "Mei-ling")."""
    return i >= 2 and doc[i].is_alpha and doc[i].text.islower() and doc[i - 1].text == "-" \
        and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].text.istitle() \
        and doc[i - 2].is_alpha and doc[i].lower_ not in word_list("name_particles")


INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")
TITLE_LINKS = frozenset({"of", "for", "and", "the"})


def _title_initials(doc: Doc) -> frozenset[str]:
    """Initials of the capitalised titles the article spells out ("Superintendent of Police" ->
    "SP", "Deputy Commissioner" -> "DC"): two to four words, linking words left out, the first
    a title word, before a name."""
    seen = doc.user_data.get("_sw_title_initials")
    if seen is not None:
        return seen
    found = set()
    title_words = titles()
    for i, tok in enumerate(doc):
        if not (tok.is_title and tok.is_alpha and _word(tok) in title_words):
            continue
        letters, j = tok.text[0], i + 1
        while j < len(doc) and len(letters) < 4:
            t = doc[j]
            if t.lower_ in TITLE_LINKS and j + 1 < len(doc) and doc[j + 1].is_title:
                j += 1
                continue
            if not (t.is_title and t.is_alpha and (_word(t) in title_words or t.pos_ == "NOUN"
                                                   or t.ent_type_ in ("", "ORG") and t.pos_ == "PROPN")):
                break
            letters += t.text[0]
            j += 1
            if len(letters) >= 2:
                found.add(letters)
    seen = frozenset(found)
    doc.user_data["_sw_title_initials"] = seen
    return seen


def _indefinite_acronym(doc: Doc, word: str) -> bool:
    """An all-capitals word the article writes with "a"/"an" ("a GP", "an MP"): a common noun,
    no body, wherever it stands."""
    seen = doc.user_data.get("_sw_indefinite_caps")
    if seen is None:
        # (as the head of its phrase: "a HSE spokeswoman" names the body)
        seen = {t.text for t in doc if t.is_upper and t.is_alpha and t.i > 0 and doc[t.i - 1].lower_ in ("a", "an")
                and t.dep_ not in ("compound", "nmod", "amod", "poss")
                and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN"))}
        doc.user_data["_sw_indefinite_caps"] = seen
    return word in seen


def _office_of_after_name(doc: Doc, i: int) -> bool:
    """"Ann Roe, Dean of Kellmouth,": one capitalised word with "of" and a proper noun, set in
    apposition after a name, is her office, whatever first name it looks like."""
    tok = doc[i]
    return i > 0 and doc[i - 1].text == "," and tok.dep_ == "appos" and tok.text.istitle() \
        and tok.head.pos_ == "PROPN" and tok.head.i < i \
        and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 1].head.i == i and _is_namey(doc[i + 2])


def _surname_speaks_alone(doc: Doc, start: int, end: int) -> bool:
    """A two-word span the recogniser called a body, "Ines Varga", that is a listed first name and
    a capitalised word that is no body's head, and whose second word stands alone elsewhere as the
    subject of a verb ("Varga said"): news names a person again by the surname, a body seldom by
    its last word (a bank named "Hollis Stanley" is not written "Stanley said")."""
    first, last = doc[start], doc[end - 1]
    if first.lower_ not in first_names() or not (first.text.istitle() and last.text.istitle() and last.is_alpha) \
            or last.lower_ in org_heads() or last.lower_ in first_names():
        return False
    return any(t.text == last.text and t.i != last.i and t.dep_ in ("nsubj", "nsubjpass")
               and doc[t.i - 1].text != first.text and not (t.i + 1 < len(doc) and doc[t.i + 1].text.istitle())
               for t in doc)


SPEECH_LEMMAS = frozenset({"say", "tell", "add", "insist", "explain", "claim", "warn"})


def _unlisted_name_with_person_sign(doc: Doc, start: int, end: int) -> bool:
    """A two-word span the recogniser called a body, "Ulf Roe", two capitalised words that are
    no common words (so not "Roe Haulage"), which only a person fits: the next sentence opens
    with "he"/"she" saying something, or the second word stands alone elsewhere with an age
    set off after it ("Roe, 47,"). A body is "it" and has no age."""
    first, last = doc[start], doc[end - 1]
    if not all(t.text.istitle() and t.is_alpha and len(t) > 1 for t in (first, last)):
        return False
    words = (first.lower_, last.lower_)
    if any(w in org_heads() or w in _place_last_words() or dictionary_word(w) for w in words):
        return False
    for t in doc[end:]:
        if t.is_sent_start:
            if t.lower_ in ("he", "she") and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_LEMMAS:
                return True
            break
    return any(t.text == last.text and t.i != last.i and t.i + 3 < len(doc) and doc[t.i + 1].text == ","
               and doc[t.i + 2].like_num and doc[t.i + 3].text == "," for t in doc)


def _edge_preposition(tok: Token) -> bool:
    """A preposition at a name's edge (tagged a proper noun when capitalised: "Across Pellby")."""
    return tok.lower_ in EDGE_PREPOSITIONS and (tok.tag_ == "IN" or tok.dep_ == "prep")


def _classify(doc: Doc, start: int, end: int, label: str | None) -> _Cand | None:
    """Split a candidate span into titles and a name core; decide person or organisation."""
    while start < end and (doc[start].pos_ == "DET" or doc[start].lower_ == "the"
                           or _edge_preposition(doc[start])):
        start += 1  # ("[Across Pellby], pubs shut": a preposition opening the sentence)
    while end > start and (doc[end - 1].tag_ == "POS" or not any(c.isalnum() for c in doc[end - 1].text)
                           or (doc[end - 1].lower_ == "and" and end - 1 > start)
                           or _edge_preposition(doc[end - 1])):
        end -= 1  # (the recogniser may run a name on into "and": "[Dev and] Anjali Roe"; or "for")
    if start >= end:
        return None
    owner = next((k for k in range(start + 1, end - 1) if doc[k].tag_ == "POS"), None)
    if _word(doc[end - 1]) in OWNED_THINGS and not (
            owner is None and _word(doc[end - 1]) == "line" and doc[end - 1].dep_ in ("nsubj", "nsubjpass")):
        # "the Board's Warning Line", "call the Alert Line": a body's phone line or website, no
        # one; the body before the possessive keeps its name ("The Kestrel Line said": a
        # shipping or rail line that speaks is a body)
        if owner is None:
            return None
        end = owner
    words = [_word(t) for t in doc[start:end]]
    if any(w in NOT_NAMES for w in words):
        return None
    if end - start == 1 and words[0] in KIN_ADDRESS:
        return None  # "Mum was at work": a relation, not a name
    if label == "PERSON" and end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
            and words[0] not in first_names() and words[0] not in titles() \
            and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):  # ("the Roe branch": a modifier)
        label = "ORG"  # "told the Gazette": news writes no person as "the Surname"; a body
    if end - start == 1 and _office_of_after_name(doc, start):
        return None
    if all(_post_nominal(t) for t in doc[start:end]):
        return None  # "OBE" alone: letters after a name, never a body
    if end - start == 1 and doc[start].is_upper and (_indefinite_acronym(doc, doc[start].text)
                                                     or doc[start].text in _title_initials(doc)):
        # "Ann Roe, a GP, ... the GP said": a job, not a body called "GP"; so is "the SP" after
        # "Superintendent of Police Ann Roe"
        return None
    if label == "ORG" and _particle(doc[start]) and end - start >= 2:
        label = "PERSON"  # "al-Rashidi": a surname with its particle; no body's name opens so
    if label == "ORG" and _nickname(doc, start, end):
        label = "PERSON"  # 'Terence "Tug" Malloy': only people have nicknames in quotes
    if label == "ORG" and end - start == 2 and _surname_speaks_alone(doc, start, end):
        label = "PERSON"  # "Ines Varga runs Tessaly Foods. ... Varga said": a first name and a surname
    if label == "ORG" and end - start == 2 and _unlisted_name_with_person_sign(doc, start, end):
        label = "PERSON"  # "Ulf Roe said ... He said": a name no list holds, then "he" or an age
    if label == "ORG" and 2 <= end - start <= 3 and INITIALS.fullmatch(doc[start].text) \
            and doc[end - 1].text.istitle() and doc[end - 1].lower_ not in org_heads():
        label = "PERSON"  # "J.K. Rowe": initials and a surname name a person
    if label != "PERSON" and 3 <= end - start <= 4 and _post_nominal(doc[end - 1]) and words[0] in first_names() \
            and all(t.text.istitle() and t.is_alpha for t in doc[start:end - 1]):
        # "Helen Dray KC" (the recogniser may call it a building): a first name, a surname and
        # the letters of a seat, rank at the bar or honour, which only people write after a name
        label = "PERSON"
    if label is None and len(words) >= 3 and words[0] in titles() and words[-1] in titles() \
            and not any(w in first_names() for w in words) and end < len(doc) and doc[end].text == ",":
        # "Chief Press Secretary, Jo Roe,": a title opened and closed by title words, set off
        # before a name, is the office of the name that follows, no name of its own
        return None
    title_words = _role_words()
    heads = org_heads()
    named_at = _name_after_portfolio(doc, start, end, words)
    if named_at > 0:
        # "Minister for [Housing Aoife Brannigan]": the portfolio is part of the role
        start, words, label = start + named_at, words[named_at:], "PERSON"
    if len(words) == 2 and doc[start].is_sent_start and doc[start].text.istitle() and words[1] in first_names() \
            and words[0] not in first_names() and _job_word(words[0]) and end < len(doc) \
            and doc[end].lower_ in ("and", "&"):
        # "Twins Ellie and Grace Roe", "Brothers Tom and Ben Roe": a plural description, then
        # a first name that shares the surname after "and" (see _shared_surnames)
        start, words, label = start + 1, words[1:], "PERSON"
    if _role_before_name(doc, start, end, words, label):
        return None
    aged = label != "PERSON" and _year_old_before(doc, start) and 2 <= len(words) <= 3 \
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() for t in doc[start:end]) \
        and not any(w in titles() for w in words)
    if aged:
        label = "PERSON"  # "eight-year-old Ann Lane", "Eight-year-old Ben Hall": a person, not a street or a body
    if label != "ORG" and words[0] not in first_names() and _lower_role_then_name(doc, end) \
            and not (end - start == 1 and doc[start].is_sent_start and not doc[start].ent_type_):
        # "Fenwick Mills chief executive Orla Roe": the name before her job is her employer's
        # (one capitalised word opening a sentence is the job's own: "Fire chief Ann Roe")
        return _Cand(start, end, "org", start, modifier=True)
    if label != "ORG" and start >= 2 and doc[start - 1].lower_ == "for" and _word(doc[start - 2]) in SEAT_TITLES:
        return None  # "the Labour MP for Selby Marsh": the seat, a place
    if len(words) >= 2 and words[0] in word_list("place_first_words") and words[1] not in first_names():
        return None  # "Loch Arran", "Mount Kell": a place
    if any(_particle(t) for t in doc[start:end]) and (
            doc[end - 1].ent_type_ in PLACE_LABELS or words[-1] in _place_last_words()
            or words[-1] in doc.user_data.get("_sw_places", ())) \
            and not (words[0] in first_names() and words[-1] not in _place_last_words()
                     and _person_apposition(doc, start, end)):
        # (not "Ana dos Roe, a nurse,": a first name and an apposition make a person)
        return None  # "Stade de France", "Charles de Gaulle Airport": a place named after one
    # the last title word that still has name words after it splits titles from the name
    k = -1
    for idx in range(len(words) - 1):
        if (words[idx] in titles() or _honour_pair_word(words, idx) or (idx == 0 and _honour_pair_token(doc, start))) \
                and (_is_namey(doc[start + idx + 1])
                                       or (_particle(doc[start + idx + 1]) and label != "ORG")):  # "Dr de Souza"
            k = idx
    if k < 0:
        # a job title ("Managing Director Tom Bell") only before what is surely a name: the
        # recogniser's person, or a first name ("Executive Clerk" is no person "Clerk")
        for idx in range(len(words) - 1):
            if words[idx] in title_words and _is_namey(doc[start + idx + 1]) \
                    and (label == "PERSON" or words[idx + 1] in first_names()):
                k = idx
    if k < 0 and len(words) >= 3 and words[0] in DESCRIPTION_BEFORE_NAME and words[0] not in first_names() \
            and (words[1] in first_names() or label == "PERSON") and _is_namey(doc[start + 1]):
        k = 0  # "Landlord Gareth Roe", "Farmer Ann Roe": a first name and a surname follow
    if k < 0 and len(words) >= 3 and (doc[start].tag_ == "NN" or words[0].endswith(AGENT_SUFFIXES)) \
            and (doc[start].is_sent_start
                 # mid-sentence ("said Harbourmaster Finn Roe"): only before a first name, as no
                 # surname stands before a first name and a surname
                 or (words[1] in first_names() and len(words) == 3 and not _is_namey(doc[start - 1]))) \
            and words[0] not in first_names() and _is_namey(doc[start + 1]) \
            and not any(w in org_heads() for w in words) and (words[1] in first_names() or (
                # or two proper nouns that are the clause's subject: "Skater Zoe Roe was hurt"
                len(words) == 3 and all(t.tag_ == "NNP" for t in doc[start + 1:end])
                and _span_root(doc, start, end).dep_ in ("nsubj", "nsubjpass"))):
        k = 0  # "Goalkeeper Imogen Feld made ...": a common noun capitalised only as the first word
    if k < 0 and len(words) == 3 and doc[start].is_sent_start and words[1] in first_names() \
            and words[0] not in first_names() and doc[start].is_alpha and doc[start].text.istitle() \
            and _is_namey(doc[start + 2]) and not any(w in org_heads() for w in words) \
            and words[0] not in word_list("place_first_words") and _job_word(words[0]):
        # "Midwife Jane Roe said", tagged as one proper noun run: no surname stands before a
        # first name and a surname, so the opening word is what she does
        k = 0
    ends_org = words[-1] in heads and not aged
    if all(w in title_words for w in words) and not ends_org:
        return None  # "the Tánaiste", "the Premier": a role the recogniser took for a name
    if _place_name(doc, start, end, words) or _dateline(doc, start, end):
        return None
    if k < 0 and start > 0 and doc[start - 1].lower_ in ORG_DESCRIPTORS and doc[start - 1].pos_ == "NOUN" \
            and words[0] not in first_names() and not ends_org:
        # "ferry operator Sealink Isles", "the retailer Jonquil": a business, whatever its label
        return _Cand(start, end, "org", start, modifier=_modifies_noun(doc, start, end))
    if k < 0 and label != "ORG" and words[0] not in first_names() and _org_evidence(doc, start, end):
        # "Drayfield Homes has withdrawn its plans", "Hollins Athletic have sacked ...", "Kelso
        # Print, which employs 80": grammar only a body takes, whatever the recogniser's label
        return _Cand(start, end, "org", start, modifier=_modifies_noun(doc, start, end))
    if k < 0 and label == "ORG" and _person_evidence(doc, start, end, words, strict=True):
        label = "PERSON"  # "Jane Roe, 52," tagged as an organisation
    elif (k < 0 and label == "ORG") or (ends_org and len(words) >= 2):
        # "Vale General Hospital" stays an organisation although "General" is a title
        if not _is_namey(doc[start]) or (len(words) == 1 and words[0] in heads):
            return None  # "Police" alone says not which force
        return _Cand(start, end, "org", start, modifier=_modifies_noun(doc, start, end))
    if label is None and k < 0 and not _person_evidence(doc, start, end, words, strict=False):
        return None  # a bare proper-noun run is not a name we can vouch for
    core_start = start + k + 1
    # titles at the end only ("John Major", "Stephen King"): keep the whole as the name
    while core_start < end and words[core_start - start] in title_words and core_start < end - 1:
        core_start += 1
    if core_start < end - 1 and _honour_apostrophe(doc, core_start):
        core_start += 1  # "Dato' Jane Roe": the honour's apostrophe
    surface_end = end
    while end - core_start > 2 and doc[end - 1].is_upper and len(doc[end - 1]) > 1 and _word(doc[end - 1]) in titles():
        end -= 1  # "Tom Roe MP", "Ann Roe TD": a post-nominal title is no part of the name
    while end - core_start >= 2 and _post_nominal(doc[end - 1]):
        end -= 1  # "Lorna Roe KC", "Jo Roe OBE": seats, ranks, honours and degrees
    core = doc[core_start:end]
    if all(_word(t) in title_words or _honour_pair_token(doc, t.i) for t in core):
        return None  # only titles ("the Prime Minister", "the Tan Sri"): a role, not a name
    nick = _nickname(doc, core_start, end)
    if not all(_is_namey(t) or t.text in ("-", "'") or (_particle(t) and t.i < end - 1) or t.i in nick
               or _hyphenated_syllable(doc, t.i) for t in core):
        return None
    if len(core) == 1 and len(core.text) < 2:
        return None
    gender = None
    surface = core_start
    # honorifics and titles directly before the name belong to how it is written ("PC Roe")
    s = core_start - 1
    while s >= 0 and ((_word(doc[s]) in title_words and _is_namey(doc[s]))
                      or (_hyphen_link(doc, s) and _word(doc[s - 1]) in title_words)  # "Director-General"
                      or _title_dot(doc, s) or _dotted_title(doc, s)  # "Brig. Jane Roe"
                      or (s < core_start - 1 and _rank_modifier(doc, s))  # "Police Chief Jane Roe"
                      or (s < core_start - 1 and _style_modifier(doc, s))  # "Rt Rev Jane Roe"
                      or _honour_pair_token(doc, s) or _honour_apostrophe(doc, s)):  # "Tan Sri Dato' Jane Roe"
        s -= 1
    if s < core_start - 1 and (s < 0 or not (_is_namey(doc[s]) and doc[s].pos_ in ("PROPN", "NOUN")
                                            or doc[s].lower_ in DESCRIPTIVE_BEFORE_TITLE)):
        # ("Local MP Jane Roe", "veteran MP Jane Roe": a description of the MP she is, her role,
        # as "Harbourside MP Jane Roe" is; "Senior Constable" is a rank)
        surface = s + 1
    for t in doc[max(surface, start - 3) if surface < core_start else max(0, core_start - 3):core_start]:
        g = HONORIFIC_GENDER.get(_word(t))
        if g:
            gender = g
    if core_start > 0 and HONORIFIC_GENDER.get(_word(doc[core_start - 1])):
        gender = HONORIFIC_GENDER[_word(doc[core_start - 1])]
        surface = min(surface, core_start - 1)
    if s < core_start - 1 and _style_of_address(doc, s - 1):
        # "His Honour Judge Jane Roe": the style is written with the name and says the gender
        surface = s - 1
        gender = gender or STYLE_GENDER.get(doc[surface].lower_)
    titled = surface < core_start or k >= 0
    cand = _Cand(core_start, end, "person", surface, gender=gender, titled=titled,
                 surface_end=surface_end if surface_end > end else -1)
    if nick:
        # 'Michael "Mikey" Roe': the name is written without the nickname
        cand.name = " ".join(t.text for t in core if t.i not in nick)
    if label == "PERSON" and not titled and core_start == start:
        root = _span_root(doc, core_start, end)
        if words[core_start - start] not in first_names() and not any(c.dep_ == "appos" for c in root.children) \
                and (_listed_with_places(root) or _names_division(root)):
            return None
        cand.modifier = _modifies_noun(doc, core_start, end)
    return cand


@functools.lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Titles and the words of capitalised job titles ("Chief Executive", "Managing Director")."""
    return titles() | word_list("role_nouns")


def _name_after_portfolio(doc: Doc, start: int, end: int, words: list[str]) -> int:
    """Offset of a person's name inside a span that follows "Minister for" / "Secretary of"
    and starts with the portfolio ("[Housing Aoife Brannigan]"); 0 when there is none."""
    if start < 2 or doc[start - 1].lower_ not in ("for", "of") or not _office_before(doc, start - 1):
        return 0
    for j in range(1, len(words) - 1):
        if words[j] in first_names() and 2 <= len(words) - j <= 3 \
                and all(_is_namey(t) and t.pos_ == "PROPN" for t in doc[start + j:end]):
            return j
    # a name with no common first name ("Transport Ong Hui Lin"): after the portfolio's own words
    j = 0
    while j < len(words) - 2 and (words[j] in word_list("portfolio_words") or words[j] in ("and", "&")):
        j += 1
    if j > 0 and 2 <= len(words) - j <= 3 and all(
            _is_namey(t) and t.pos_ == "PROPN" and t.is_alpha and not t.is_upper for t in doc[start + j:end]) \
            and not any(w in titles() or w in org_heads() for w in words[j:]):
        return j
    return 0


def _office_before(doc: Doc, prep: int) -> bool:
    """A capitalised title written right before "for"/"of" ("Minister for", "Minister of State
    for", "Secretary of State for")."""
    i = prep - 1
    while i >= max(0, prep - 5):
        w = _word(doc[i])
        if not doc[i].text[:1].isupper() and w not in ("of", "for"):
            return False
        if w in titles() and doc[i].text[:1].isupper():
            return True
        i -= 1
    return False


def _role_before_name(doc: Doc, start: int, end: int, words: list[str], label: str | None) -> bool:
    """A "name" that is the first part of a role written before a person's name:
    "[Shadow Health Secretary] Imran Voss", "[Garda] Commissioner Declan Moran"."""
    if label == "ORG" or end + 1 >= len(doc):
        return False
    title_words = _role_words()
    nxt = doc[end]
    if words[-1] in title_words and words[-1] not in HONORIFIC_GENDER and len(words) >= 2 \
            and nxt.pos_ == "PROPN" and _is_namey(nxt) and _word(nxt) not in title_words:
        return True
    return len(words) == 1 and words[0] not in first_names() and _word(nxt) in title_words \
        and _word(nxt) not in HONORIFIC_GENDER and nxt.text[:1].isupper() \
        and doc[end + 1].pos_ == "PROPN" and _is_namey(doc[end + 1])


def _lower_role_then_name(doc: Doc, end: int) -> bool:
    """After `end`: one to three lower-case words ending in a job title, then a proper name."""
    role_words = _role_words()
    j = end
    while j < len(doc) and j - end < 3 and doc[j].is_lower and doc[j].is_alpha \
            and (doc[j].pos_ in ("NOUN", "ADJ") or doc[j].tag_ == "VBG"):  # "managing director"
        j += 1
    return end < j < len(doc) - 1 and _word(doc[j - 1]) in role_words and doc[j].pos_ == "PROPN" \
        and _is_namey(doc[j]) and doc[j + 1].pos_ == "PROPN" and _is_namey(doc[j + 1])


def _names_division(root: Token) -> bool:
    """"Kelvarn and Essendra provinces", "in Tessel district": a name, or the first of names
    joined by "and", modifying a noun of a country's divisions is a place."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    head = top.head
    return top.dep_ in ("compound", "nmod", "amod") and head.i > top.i and head.lower_ in division_nouns()


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """"the Roe family", "Library campaigner", "a Northvale chemical plant": one word
    modifying a common noun just after it."""
    if end - start != 1:
        return False
    head = doc[start].head
    if not (end <= head.i <= end + 2 and head.pos_ == "NOUN" and head.text.islower()):
        return False
    return all(t.text.islower() and t.head.i == head.i for t in doc[end:head.i])


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """"NORTHVALE, March 9 (Agency) -": a place in capitals opening a paragraph."""
    if not all(t.is_upper or not t.is_alpha for t in doc[start:end]):
        return False
    if end >= len(doc) or doc[end].text not in (",", "(", "-", "—", "–"):
        return False
    return start == 0 or "\n" in doc[start - 1].text_with_ws


def _span_root(doc: Doc, start: int, end: int) -> Token:
    for t in doc[start:end]:
        if not (start <= t.head.i < end) or t.head.i == t.i:
            return t
    return doc[end - 1]


def _key(doc: Doc, cand: _Cand) -> tuple[str, ...]:
    # (lower-case particles are left out: "Dr de Souza" is the surname of "Luis de Souza")
    words: list[str] = []
    nick = _nickname(doc, cand.start, cand.end)
    for t in doc[cand.start:cand.end]:
        if t.i in nick:
            continue
        if t.text == "-" and t.i > cand.start and _particle_word(doc[t.i - 1]):
            continue  # "al-Haddad": the particle and its hyphen are left out alike
        if _particle_word(t) and t.i + 1 < cand.end and _particle(doc[t.i + 1]):
            continue  # "Van der Berg" opening a sentence: "van der Berg"
        if t.i == cand.start and t.text.istitle() and _particle_word(t) and t.i + 1 < cand.end \
                and (t.lower_ not in first_names() or f"{t.lower_} {doc[t.i + 1].text}" in doc.text) \
                and _is_namey(doc[t.i + 1]):
            # "Dos Roe said" opening a sentence or after quoted words ("Van", "Al" may be first
            # names): "dos Roe"
            continue
        if t.text == "-" and _hyphen_link(doc, t.i) and t.i + 1 < cand.end and words:
            words[-1] += "-"  # "Kerry-Ann", "Smith-Jones": one name word, as written alone later
            continue
        if t.text in ("-", "'") or _particle(t):
            continue
        if words and words[-1].endswith("-"):
            words[-1] += t.text.lower()
        else:
            words.append(t.text.lower())
    return tuple(w.strip("-") for w in words if w.strip("-"))


# generational suffixes written after a surname ("Rob Ames Jr."), as keys write them
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

ACRONYM_LINKS = frozenset({"of", "for", "and", "&", "the", "on", "in"})


def _acronym_name(doc: Doc, paren: int) -> tuple[int, int] | None:
    """Token span of the name an acronym in brackets at `paren` spells ("the Guild of Harbour
    Pilots (GHP)"): the capitalised words right before it whose initials are its letters."""
    if paren + 2 >= len(doc) or doc[paren].text != "(" or doc[paren + 2].text != ")":
        return None
    acr = doc[paren + 1].text
    if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 8):
        return None
    letters: list[str] = []
    i = paren - 1
    while i >= 0 and len(letters) < len(acr):
        tok = doc[i]
        if tok.text[:1].isupper() and tok.is_alpha:
            letters.append(tok.text[0])
        elif tok.lower_ not in ACRONYM_LINKS or not letters:
            return None
        i -= 1
    start = i + 1
    if "".join(reversed(letters)) != acr or doc[start].lower_ in ACRONYM_LINKS:
        return None
    return start, paren


def _bracketed_acronyms(doc: Doc, cands: list[_Cand]) -> dict[str, _Cand]:
    """Acronyms written in brackets right after an organisation's name ("the National Union
    of Rail Workers (NURW)"), lower-cased, each to the name's mention; a name the recogniser
    missed or cut ("[Guild] of [Harbour Pilots]") is added to `cands` as a body."""
    out: dict[str, _Cand] = {}
    for paren in range(1, len(doc) - 2):
        span = _acronym_name(doc, paren)
        if span is None or doc[paren + 1].lower_ in out:
            continue
        start, end = span
        inside = [c for c in cands if start <= c.start and c.end <= end]
        if any(c.kind == "person" for c in inside):
            continue  # initials that happen to fit a person's name
        whole = next((c for c in inside if c.start == start and c.end == end), None)
        if whole is None:
            for c in inside:
                cands.remove(c)
            whole = _Cand(start, end, "org", start)
            cands.append(whole)
            cands.sort(key=lambda c: c.start)
        out[doc[paren + 1].lower_] = whole
    return out


def _spelled_acronyms(doc: Doc, cands: list[_Cand]) -> dict[str, _Cand]:
    """Initials of each body's name of two words or more ("Office for National Statistics":
    "ons"), lower-cased, each to the name's first mention: an acronym written later without
    brackets ("The ONS said") names the same body."""
    out: dict[str, _Cand] = {}
    for c in cands:
        if c.kind != "org":
            continue
        words = [t for t in doc[c.start:c.end] if t.lower_ not in ACRONYM_LINKS]
        if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
            continue
        out.setdefault("".join(t.text[0] for t in words).lower(), c)
    return out


def _chain(doc: Doc, cands: list[_Cand]) -> list[_Entity]:
    """Group mentions into people and organisations (name chains)."""
    entities: list[_Entity] = []
    by_key: dict[tuple[str, ...], int] = {}
    by_first_last: dict[tuple[str, str], int] = {}
    by_last_two: dict[tuple[str, ...], int] = {}
    singles: list[_Cand] = []
    acronyms = _bracketed_acronyms(doc, cands)
    spelled = _spelled_acronyms(doc, cands)
    for c in cands:
        c.key = _key(doc, c)
    _shared_surnames(doc, cands)
    # a one-word "organisation" that is the surname of a person named in full is that person
    surnames = {c.key[-1] for c in cands if c.kind == "person" and len(c.key) > 1}
    surnames |= {c.key[-2] for c in cands if c.kind == "person" and len(c.key) > 2 and c.key[-1] in NAME_SUFFIXES}
    # (or the first name of one: "Hishamuddin Roe ... Hishamuddin tweeted", an unusual first name)
    surnames |= {c.key[0] for c in cands if c.kind == "person" and len(c.key) > 1 and c.key[0] not in org_heads()}
    # "Mr Roe" later in the text makes an "organisation" "Jane Roe" a person, whatever its label
    titled = {c.key[0] for c in cands if c.kind == "person" and len(c.key) == 1 and c.titled}
    heads = org_heads()
    nick_words = {doc[i].lower_ for c in cands if c.kind == "person" for i in _nickname(doc, c.start, c.end)}
    for c in cands:
        if c.kind == "org" and len(c.key) > 1 and c.key[-1] in ("jr", "jr.", "sr", "sr."):
            c.kind = "person"  # "Harold Roe Sr.": a father or son, never a body
        elif c.kind == "org" and len(c.key) == 1 and (c.key[0] in surnames or c.key[0] in nick_words):
            c.kind = "person"  # (or 'Desmond "Dusty" Roe ... Dusty said')
        elif c.kind == "org" and 2 <= len(c.key) <= 3 and c.key[-1] in titled \
                and not any(w in heads for w in c.key):
            c.kind = "person"
    for c in cands:
        if len(c.key) == 1 and c.key[0].endswith("s") and c.start > 0 and doc[c.start - 1].lower_ == "the" \
                and (c.key[0][:-1] in surnames or (c.key[0].endswith("es") and c.key[0][:-2] in surnames)):
            c.key = ()  # "the Roes" after "Tom and Ann Roe": the family or couple, no one person
        if not c.key:
            continue
        full = acronyms.get(c.key[0]) if len(c.key) == 1 else None
        if full is None and len(c.key) == 1 and c.end - c.start == 1 and doc[c.start].is_upper \
                and len(doc[c.start]) >= 2:
            full = spelled.get(c.key[0])  # "the ONS" after "the Office for National Statistics"
        if full is not None and full.person >= 0 and full.start < c.start:
            # "the National Union of Rail Workers (NURW) ... the NURW said": the body it stands for
            c.kind = "org"
            c.person = full.person
            entities[c.person].cands.append(c)
            continue
        if c.kind == "org" or len(c.key) == 1:
            if c.kind == "person":
                singles.append(c)
                continue
            key = ("org",) + c.key
            if key not in by_key:
                by_key[key] = len(entities)
                entities.append(_Entity("org"))
            c.person = by_key[key]
        else:
            fl = (c.key[0], c.key[-1])
            if c.key in by_key:
                c.person = by_key[c.key]
            elif fl in by_first_last:
                c.person = by_first_last[fl]
            elif len(c.key) == 2 and c.key[-1] in NAME_SUFFIXES and ("", *c.key) in by_key:
                c.person = by_key[("", *c.key)]  # "Roe Jr." after "Jo Roe Jr."
            elif len(c.key) == 2 and c.key in by_last_two and _folded(c.key[0]) not in first_names():
                c.person = by_last_two[c.key]  # "Dela Cruz" after "Francisco Dela Cruz": a two-word surname
            else:
                if len(c.key) > 2 and c.key[-1] in NAME_SUFFIXES:
                    by_key[("", *c.key[-2:])] = len(entities)
                c.person = len(entities)
                entities.append(_Entity("person"))
                by_key[c.key] = c.person
                by_first_last[fl] = c.person
                if len(c.key) == 3 and c.key[-1] not in NAME_SUFFIXES:
                    by_last_two.setdefault(c.key[1:], c.person)
        entities[c.person].cands.append(c)
    # single words: a surname (or first name) of a full name, the closest one before it
    by_last: dict[str, list[tuple[int, int]]] = {}
    by_first: dict[str, list[tuple[int, int]]] = {}
    for idx, ent in enumerate(entities):
        if ent.kind != "person":
            continue
        for c in ent.cands:
            by_last.setdefault(c.key[-1], []).append((c.start, idx))
            if len(c.key) > 2 and c.key[-1] in NAME_SUFFIXES:
                by_last.setdefault(c.key[-2], []).append((c.start, idx))  # "Ames" of "Rob Ames Jr."
            by_first.setdefault(c.key[0], []).append((c.start, idx))
    # "María Fernández Ortega ... Fernández said": the first of two surnames, the one news
    # writes alone (a listed first name in the middle is a middle name: "Mary Ann Roe")
    by_middle: dict[str, list[tuple[int, int]]] = {}
    for idx, ent in enumerate(entities):
        if ent.kind != "person":
            continue
        for c in ent.cands:
            if len(c.key) == 3 and _folded(c.key[0]) in first_names() and _folded(c.key[1]) not in first_names() \
                    and c.key[1].isalpha() and len(c.key[1]) > 2:
                by_middle.setdefault(c.key[1], []).append((c.start, idx))
    for table in (by_last, by_first, by_middle):
        for v in table.values():
            v.sort()
    lone: dict[str, int] = {}
    hint = [_gender_hint(ent, doc) for ent in entities]
    nicknames = _nickname_owners(doc, entities)
    for c in singles:
        word = c.key[0]
        target = None
        if word in nicknames and word not in by_last and word not in by_first:
            target = nicknames[word]
        for table in (by_last, by_first, by_middle) if target is None else ():
            options = table.get(word)
            if options:
                compatible = [o for o in options if hint[o[1]] in (None, c.gender) or c.gender is None]
                if not compatible and c.gender is not None:
                    # "Mr Roe" after only "Jane Roe": a relative, not her (a person of his own)
                    break
                options = compatible or options
                pos = bisect.bisect_left(options, (c.start, -1))
                target = options[pos - 1][1] if pos > 0 else options[0][1]
                if c.gender is not None and hint[target] is None and len({o[1] for o in compatible}) == 1:
                    # "Moira Pryce ... Ms Pryce" (the only one she can be): now known a woman, a
                    # later "Mr Pryce" is not her
                    hint[target] = c.gender
                break
        if target is None:
            if word not in lone:
                lone[word] = len(entities)
                entities.append(_Entity("person"))
            target = lone[word]
        c.person = target
        entities[target].cands.append(c)
    for ent in entities:
        ent.cands.sort(key=lambda c: c.start)
        for c in ent.cands:
            if c.gender and not ent.gender:
                ent.gender = c.gender
        if ent.kind == "person" and not ent.gender:
            first = max(ent.cands, key=lambda c: len(c.key)).key
            # (a lone word with no title is most often a first name: "her husband Tom")
            if len(first) > 1 or not any(c.titled for c in ent.cands):
                ent.gender = first_name_gender(first[0])
    return entities


def _shared_surnames(doc: Doc, cands: list[_Cand]) -> None:
    """"Paul and Fiona Lake": a first name joined by "and" to a full name shares its surname."""
    at = {c.start: c for c in cands}
    for c in list(cands):
        # "Dennis [and Alison Roe]" with "Dennis" in no entity: a listed first name before "and"
        i = c.start - 2
        if c.kind in ("person", "org") and len(c.key) in (2, 3) and c.key[0] in first_names() and i >= 0 \
                and doc[c.start - 1].lower_ in ("and", "&") and i not in at and doc[i].text.istitle() \
                and doc[i].lower_ in first_names() and not any(o.start <= i < o.end for o in cands):
            lone = _Cand(i, i + 1, "person", i, key=(doc[i].lower_,))
            cands.append(lone)
            at[i] = lone
    cands.sort(key=lambda c: c.start)
    # surnames written with an honorific ("Mrs Roe"): a family name used for one person
    titled_surnames = {c.key[0] for c in cands if c.kind in ("person", "org") and len(c.key) == 1 and c.titled}
    for c in cands:
        # (the recogniser sometimes takes the lone first name for a body: "[Martin] and Helen Roe")
        if c.kind not in ("person", "org") or len(c.key) != 1 or c.titled:
            continue
        if c.end + 1 >= len(doc) or doc[c.end].lower_ not in ("and", "&"):
            continue
        other = at.get(c.end + 1)
        if other is None or other.kind not in ("person", "org") or len(other.key) not in (2, 3) \
                or other.key[0] not in first_names() or other.titled:
            continue
        if c.key[0] not in first_names() and (
                other.key[-1] not in titled_surnames or c.end - c.start != 1 or c.key[0] in org_heads()
                or c.key[0] in titles()):
            # an unlisted first name ("Dev and Anjali Roe") only when the surname is also
            # written with an honorific, as one person's ("Mrs Roe said")
            continue
        c.kind = other.kind = "person"  # ("Dennis and [Alison Roe]" tagged as a body)
        c.key = (c.key[0], other.key[-1])
        c.name = f"{doc[c.start].text} {doc[other.end - 1].text}"


def _gender_hint(ent: _Entity, doc: Doc | None = None) -> str | None:
    """The gender an entity's titles or first name give, before single words join it (with
    `doc`, also a gendered noun the name renames)."""
    if ent.kind != "person":
        return None
    for c in ent.cands:
        if c.gender:
            return c.gender
    first = max(ent.cands, key=lambda c: len(c.key)).key if ent.cands else ()
    g = first_name_gender(first[0]) if len(first) > 1 else None
    if g is None and doc is not None:
        for c in ent.cands:
            # "His father, Alun Roe": the noun the name renames says the gender that a first
            # name no list holds does not
            j = c.surface_start - 1
            if j >= 1 and doc[j].text == ",":
                j -= 1
            if j >= 0 and doc[j].pos_ == "NOUN":
                g = _gender_from_roles([doc[j].lower_])
                if g:
                    return g
    return g


def _promote_titled_full_names(doc: Doc, cands: list[_Cand], bare: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Jane Roe" the recogniser missed (or called a date) is a person when "Ms Roe" follows.

    Adds the promoted runs to `cands` (kept in text order); returns the runs left bare.
    """
    titled = {}
    for c in cands:
        if c.kind == "person" and c.end - c.start == 1 and c.titled:
            titled.setdefault(doc[c.start].lower_, c.start)
    if not titled:
        return bare
    left = []
    for start, end in bare:
        while end > start and (doc[end - 1].tag_ == "POS" or not any(ch.isalnum() for ch in doc[end - 1].text)):
            end -= 1
        words = [_word(t) for t in doc[start:end]]
        first_alias = titled.get(doc[end - 1].lower_) if end > start else None
        if first_alias is not None and first_alias > start and _looks_like_name(doc, start, end, words):
            cands.append(_Cand(start, end, "person", start))
        else:
            left.append((start, end))
    cands.sort(key=lambda c: c.start)
    return left


def _not_a_name(doc: Doc, ent: _Entity) -> bool:
    """One word that never stands alone as a name: a common noun ("Library") or a modifier only.

    A person named by one word, never with a title, that only modifies common nouns ("the
    Roe family") or that the tagger reads as a common noun; a one-word organisation that
    only modifies nouns and is tagged a place elsewhere ("Northvale fire chief").
    """
    if not ent.cands or any(len(c.key) != 1 or c.titled for c in ent.cands):
        return False
    if any(product_mention(doc, c.start, c.start + 1) for c in ent.cands):
        return True  # "Torvaline, branded Maxiquel, ... Maxiquel was withdrawn": a drug and its brand
    if all(product_modifier(doc, c.start) for c in ent.cands):
        return True  # "the Lumo speaker" and nothing else: a product line, not a body
    if all(common_word_mention(doc[c.start]) or capitals_word(doc[c.start])
           or ent.kind == "org" and plural_at_start(doc[c.start])
           or ent.kind == "person" and ent.cands[0].key[0] not in first_names() and sentence_start_noun(doc[c.start])
           or ent.kind == "person" and ent.cands[0].key[0] not in first_names()
           and sentence_start_mass_noun(doc[c.start])
           for c in ent.cands):
        return True  # "Heartbroken neighbours", "TWELVE families were SLAMMED", "Households told": common words
    if ent.kind == "person":
        # one word the text also names elsewhere as a place or a one-word body ("had chosen
        # Morrowby", tagged a person once, is the town): never a first name, never titled, and
        # never the subject of a verb ("Lindqvist said", tagged a place once, is the player)
        word = ent.cands[0].key[0]
        own = {c.start for c in ent.cands}
        placed_elsewhere = any(e.label_ in PLACE_LABELS and e.text.lower() == word and e.start not in own
                               for e in doc.ents)
        acts = any(doc[c.start].dep_ in ("nsubj", "nsubjpass") for c in ent.cands)
        if (placed_elsewhere or word in doc.user_data.get("_sw_org_words", ())) and word not in first_names() \
                and not acts:
            return True
        if word not in first_names() and all(_located(doc, c.start) or _dateline(doc, c.start, c.start + 1)
                                             for c in ent.cands):
            return True  # "across Hollinsby and the valley", "upstream of Hollinsby", "HOLLINSBY, Aug 25 -"
        return all(c.modifier or doc[c.start].pos_ == "NOUN" for c in ent.cands)
    word = ent.cands[0].key[0]
    if word not in org_heads() and all(doc[c.start].dep_ == "pobj" and doc[c.start].head.lower_ in ONLY_PLACES_AFTER
                                       for c in ent.cands):
        return True  # "Across Pellby, pubs shut": no body is "across" or "throughout" (a body is "at", "in")
    return all(c.modifier or c.bare for c in ent.cands) and word in doc.user_data["_sw_places"]


# prepositions only places follow ("across Pellby"), never a body one works at or invests in
ONLY_PLACES_AFTER = frozenset({"across", "throughout", "around", "near", "beyond", "via"})


# prepositions that put the word after them in a place ("in", "across", "between Porthcarrow
# and Trewellan": one-word names never written with a first name or title); not "to", "from"
# "with", "under" or "into", which take people as often ("a letter from Roe", "under Obama"),
# unless a compass word says a region ("to western Skerrland")
_LOCATIVE_PREPOSITIONS = frozenset(
    "in at across near outside inside around throughout within below above beyond between "
    "along towards toward via".split())
_COMPASS = frozenset("northern southern eastern western central north south east west".split())
# "upstream of Hollinsby", "the villages of Kelby Top and Brackenwick"
_LOCATIVE_OF = frozenset("upstream downstream north south east west outskirts centre center villages village "
                         "town towns city suburbs".split())
# a place's own things: "Skerrland's capital", "Hollinsby's busiest bridges"
_PLACE_POSSESSIONS = frozenset("capital city town village streets roads bridges centre center outskirts suburbs "
                               "coast border borders residents".split())


def _located(doc: Doc, i: int) -> bool:
    """The word at `i` is the object of a preposition of place ("across Hollinsby"), or owns
    what only a place owns ("Skerrland's capital")."""
    tok = doc[i]
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # "across Hollinsby and Wenlow" (not "between the parents, Khizr and ...")
    if tok.dep_ == "poss":
        return tok.head.lower_ in _PLACE_POSSESSIONS
    if tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    if prep in ("to", "from") and any(c.lower_ in _COMPASS for c in tok.children):
        return True
    return prep in _LOCATIVE_PREPOSITIONS or (prep == "of" and tok.head.head.lower_ in _LOCATIVE_OF)


# a wire's credit line: "(Reporting by Jane Roe; editing by Tom Lee)", "Additional reporting by ..."
_CREDIT = re.compile(r"\b(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|written)\s+by\b[^)\n]*",
                     re.IGNORECASE)


def _credit_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CREDIT.finditer(text)]


def _credited_only(doc: Doc, ent: _Entity, credits: list[tuple[int, int]]) -> bool:
    """A person named only in the credit line: who wrote or edited the copy, not who is in it."""
    if ent.kind != "person" or not ent.cands or not credits:
        return False
    return all(any(a <= doc[c.start].idx < b for a, b in credits) for c in ent.cands)


def _title_case_line(text: str, char: int) -> bool:
    """Whether the line around `char` is set in title case (a headline: "Mayor Says Bridge
    Will Reopen"), where the tagger reads every word as a name."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_only(doc: Doc, ent: _Entity) -> bool:
    """A "person" named only in title-case headlines, whose name is not written anywhere
    else in the text: mostly words the tagger took for a name ("Will Reopen", "Vows
    Crossings"). A real person in a headline is named again in the article (even where the
    tagger misses that mention); one who is not loses little by being left out."""
    if ent.kind != "person" or not ent.cands:
        return False
    text = doc.user_data["_sw_text"]
    for c in ent.cands:
        last = doc[c.end - 1]
        if not _title_case_line(text, last.idx):
            return False
        # the name as written on its line (a span may run over a line break from the headline)
        start = max(doc[c.start].idx, text.rfind("\n", 0, last.idx) + 1)
        name = text[start : last.idx + len(last.text)]
        at = text.find(name)
        while at >= 0:
            if not _title_case_line(text, at):
                return False
            at = text.find(name, at + 1)
    return True


def _nickname_owners(doc: Doc, entities: list[_Entity]) -> dict[str, int]:
    """'Terence "Tug" Malloy ... Tug said': each quoted nickname (lower-cased) to its person."""
    nicknames: dict[str, int] = {}
    for idx, ent in enumerate(entities):
        for c in ent.cands if ent.kind == "person" else ():
            nick = _nickname(doc, c.start, c.end)
            for i in nick:
                if doc[i].is_alpha:
                    nicknames.setdefault(doc[i].lower_, idx)
    return nicknames


def _bare_mentions(doc: Doc, bare: list[tuple[int, int]], entities: list[_Entity]) -> None:
    """Proper-noun runs the entity recogniser missed that repeat a known name or surname."""
    full: dict[tuple[str, ...], int] = {}
    last: dict[str, int] = {}
    first: dict[str, int] = {}
    nicknames = _nickname_owners(doc, entities)
    for idx, ent in enumerate(entities):
        for c in ent.cands:
            full.setdefault(c.key, idx)
            if ent.kind == "person":
                last.setdefault(c.key[-1], idx)
                if len(c.key) > 2 and c.key[-1] in NAME_SUFFIXES:
                    last.setdefault(c.key[-2], idx)  # "Ames" of "Rob Ames Jr."
                    full.setdefault(c.key[-2:], idx)  # "Ames Jr."
                    full.setdefault((c.key[-2], c.key[-1].rstrip(".")), idx)
                if len(c.key) > 1:
                    first.setdefault(c.key[0], idx)
    taken = {c.start for ent in entities for c in ent.cands}
    # "Ellie and Grace Roe ... Ellie said": people who share a surname are told apart by their
    # first names; a first name owned by one of them only is hers
    full_keys = {idx: max((c.key for c in ent.cands), key=len) for idx, ent in enumerate(entities)
                 if ent.kind == "person" and ent.cands and max(len(c.key) for c in ent.cands) > 1}
    surname_count: dict[str, int] = {}
    first_count: dict[str, int] = {}
    for key in full_keys.values():
        surname_count[key[-1]] = surname_count.get(key[-1], 0) + 1
        first_count[key[0]] = first_count.get(key[0], 0) + 1
    kin_first = {key[0]: idx for idx, key in full_keys.items()
                 if surname_count[key[-1]] > 1 and first_count[key[0]] == 1}
    for start, end in bare:
        if start in taken:
            continue  # already a mention (a first name added by _shared_surnames)
        while end > start and (doc[end - 1].tag_ == "POS" or not any(ch.isalnum() for ch in doc[end - 1].text)):
            end -= 1
        if start >= end:
            continue
        cand = _Cand(start, end, "person", start, bare=True)
        cand.key = _key(doc, cand)
        idx = full.get(cand.key)
        if idx is None and len(cand.key) == 1:
            idx = last.get(cand.key[0])
        if idx is None and len(cand.key) == 1:
            idx = nicknames.get(cand.key[0])
        if idx is None and len(cand.key) == 1 and "-" in cand.key[0]:
            # "Kerry-Ann said" after "Kerry-Ann Solway": a hyphenated first name written alone
            # (the recogniser rarely tags it; a plain first name is left to the chains)
            idx = first.get(cand.key[0])
        if idx is None and len(cand.key) == 1:
            idx = kin_first.get(cand.key[0])
        if idx is None:
            continue
        cand.kind = entities[idx].kind
        cand.person = idx
        entities[idx].cands.append(cand)
    for ent in entities:
        ent.cands.sort(key=lambda c: c.start)


def _pre_role(doc: Doc, core_start: int, core_end: int, sent_start: int,
              other_names: bytearray) -> tuple[int, int] | None:
    """Token range of a role written before the name ("Harbourside MP" Jane Roe).

    The role and the name must make one phrase headed by the name ("Harbourside MP Jane
    Roe"), or by a noun the name stands in apposition to ("His assistant Jane
    Roe"); a name inside a prepositional phrase ("spokesman for Jane Roe") has none.
    """
    title_words = _role_words()
    best = core_start
    left = core_start - 1
    floor = max(sent_start, core_start - MAX_ROLE_TOKENS)
    while left >= floor:
        tok = doc[left]
        w = tok.lower_
        if other_names[left]:
            break  # "Roe and Jane Doe": another person's name is not a role
        ok = (
            (tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.dep_ == "compound")
            and tok.tag_ not in ("VBN", "VBD", "VBG")
            and (tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL")
                 or _ordinal_in_title(doc, left))
        ) or w in ROLE_LINKS or norm_word(tok.text) in title_words or _hyphen_link(doc, left) or _title_dot(doc, left) \
            or (left > 0 and _hyphen_link(doc, left - 1) and w not in AGE_WORDS) \
            or (tok.tag_ == "POS" and left > floor and doc[left - 1].tag_ == "NNS"
                and doc[left - 1].pos_ == "NOUN")  # "[Residents'] association chair Jane Roe"
        if not ok:
            break
        if w not in ROLE_LINKS and tok.pos_ != "ADP" and not _hyphen_link(doc, left) and not _title_dot(doc, left):
            outside = [t for t in doc[left:core_end] if not (left <= t.head.i < core_end) or t.head.i == t.i]
            if len(outside) == 1 and _heads_phrase(outside[0], core_start, core_end):
                best = left
            elif (best == left + 1 or (best == left + 2 and (_hyphen_link(doc, left + 1) or _title_dot(doc, left + 1)))) \
                    and norm_word(tok.text) in title_words and tok.text[:1].isupper():
                best = left  # "DCI Ana Roe" parsed apart: titles written with the name
            elif best < core_start and all(left <= t.head.i < core_end and t.head.i != t.i for t in doc[left:best]):
                best = left  # "[New Zealand] PM Hana Roe": modifiers of a title taken above
        left -= 1
    if best == core_start:
        return None
    while best >= 2 and _hyphen_link(doc, best - 1):
        best -= 2  # "vice-[chairman]": a word joined by hyphens is in the role whole
    return best, core_start


def _rank_start(doc: Doc, start: int, end: int) -> int | None:
    """Where capitalised titles written right before the name begin, after a lower-case
    description ("police spokesperson [Colonel]", "team [Capt]"); None when there is no such split."""
    m = end
    while m > start and (norm_word(doc[m - 1].text) in titles() and doc[m - 1].text[:1].isupper()
                         or _title_dot(doc, m - 1)):
        m -= 1
    if start < m < end and doc[m - 1].is_lower and doc[m - 1].pos_ == "NOUN":
        return m
    return None


# endings of nouns for people by what they do ("midfielder", "sculptor", "cellist", "librarian",
# "ferryman", "chairwoman")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man")
NICKNAME_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _nickname(doc: Doc, start: int, end: int) -> frozenset[int]:
    """Token indexes of a quoted nickname inside a name ('Michael "Mikey" Roe'), quotes included:
    one or two capitalised words in quotes, with a name word on each side."""
    for i in range(start + 1, end - 2):
        if doc[i].text not in NICKNAME_QUOTES or not doc[i - 1].text[:1].isupper():
            continue
        for j in range(i + 2, min(i + 4, end - 1)):
            if doc[j].text in NICKNAME_QUOTES and doc[j + 1].text[:1].isupper() \
                    and all(t.text[:1].isupper() and t.is_alpha for t in doc[i + 1:j]):
                return frozenset(range(i, j + 1))
    return frozenset()


def _ordinal_in_title(doc: Doc, i: int) -> bool:
    """'First Minister', 'Second Secretary': a capitalised ordinal written as part of a title."""
    tok = doc[i]
    return tok.ent_type_ == "ORDINAL" and tok.text.istitle() and tok.is_alpha and i + 1 < len(doc) \
        and norm_word(doc[i + 1].text) in titles() and doc[i + 1].text[:1].isupper()


def _in_prep_phrase(tok: Token, top: Token) -> bool:
    """`tok` sits in a prepositional phrase under `top` ("the leader of [Nova Alba]")."""
    for _ in range(8):
        if tok.i == top.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def _hyphen_link(doc: Doc, i: int) -> bool:
    """A hyphen joining two words with no space ("Director-General")."""
    tok = doc[i]
    return tok.text in ("-", "‑") and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_


def _title_dot(doc: Doc, i: int) -> bool:
    """The full stop of an abbreviated title written before a name ("Brig.", "Coun.", "Sgt.")."""
    if i <= 0 or doc[i].text != "." or doc[i - 1].whitespace_:
        return False
    prev = doc[i - 1]
    return prev.text[:1].isupper() and prev.lower_ in word_list("abbreviated_titles") and prev.lower_ in titles()


def _dotted_title(doc: Doc, i: int) -> bool:
    """An abbreviated title kept one token with its full stop ("Coun.", "Sgt."; analyze/nlp.py)."""
    text = doc[i].text
    return len(text) > 1 and text.endswith(".") and text[:1].isupper() \
        and norm_word(text) in word_list("abbreviated_titles")


def _title_before(doc: Doc, i: int) -> bool:
    """The parser ended a sentence right after an abbreviated title, before token `i`."""
    return _title_dot(doc, i - 1) or _dotted_title(doc, i - 1)


# ranks and offices a service word before them makes one title with ("Police Chief", "Staff Sgt")
RANK_WORDS = frozenset({
    "chief", "constable", "commissioner", "sergeant", "sgt", "inspector", "insp", "superintendent", "supt",
    "officer", "captain", "capt", "lieutenant", "lt", "marshal", "corporal", "cpl", "general", "gen",
    "admiral", "adm", "commander", "cmdr", "major", "maj", "colonel", "col", "brigadier", "brig",
    "judge",  # "District Judge", "Circuit Judge"
})


def _rank_modifier(doc: Doc, i: int) -> bool:
    """"[Police] Chief", "[Staff] Sgt.", "[Wing] Commander": a capitalised word that makes a
    compound rank with the rank written right after it."""
    if i + 1 >= len(doc) or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
        return False
    nxt = doc[i + 1]
    return _word(doc[i]) in word_list("rank_modifiers") and nxt.text[:1].isupper() and _word(nxt) in RANK_WORDS


def _heads_phrase(tok: Token, core_start: int, core_end: int) -> bool:
    """The phrase's head is the name itself, or a noun the name is in apposition to."""
    if core_start <= tok.i < core_end:
        return True
    if norm_word(tok.text) in titles() and tok.text[:1].isupper() and core_end - core_start >= 2 and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of")
            and any(g.dep_ == "pobj" and core_start <= g.i < core_end for g in c.children) for c in tok.children):
        return True  # "Minister for Housing Aoife Brannigan", parsed as the minister "for" the name
    return any(c.dep_ in ("appos", "compound", "flat") and core_start <= c.i < core_end for c in tok.children)


# styles of address written before a title ("His Honour Judge", "Her Excellency Ambassador"):
# honorifics, neither a role nor a possessor
STYLE_GENDER = {"his": "m", "her": "f", "your": None}
STYLE_NOUNS = frozenset({"honour", "honor", "worship", "excellency", "grace", "lordship", "ladyship",
                         "highness", "majesty"})
# ("His Royal Highness", "Her Serene Highness", "His Imperial Majesty")
STYLE_ADJECTIVES = frozenset({"royal", "serene", "imperial"})


# "Rt Hon", "Right Reverend", "Very Rev", "Most Rev": a word that makes one style with the
# clerical or parliamentary title after it
STYLE_MODIFIERS = frozenset({"rt", "right", "very", "most"})
STYLED_TITLES = frozenset({"rev", "revd", "reverend", "hon", "honourable"})
# honorifics that are no role ("the Rt Hon Jane Roe MP": her role is MP)
PARLIAMENTARY_HONORIFICS = frozenset({"hon", "honourable"})


def _style_modifier(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i].text[:1].isupper() and _word(doc[i]) in STYLE_MODIFIERS \
        and _word(doc[i + 1]) in STYLED_TITLES and doc[i + 1].text[:1].isupper()


def _style_of_address(doc: Doc, i: int) -> bool:
    """Tokens i, i+1 are a style of address such as "His Honour" (or i to i+2: "His Royal Highness")."""
    return _style_length(doc, i) > 0


def _style_length(doc: Doc, i: int) -> int:
    """How many tokens the style of address at `i` takes: 2 ("His Honour"), 3 ("His Royal
    Highness") or 0 (none)."""
    if i < 0 or i + 1 >= len(doc) or doc[i].lower_ not in STYLE_GENDER:
        return 0
    j = i + 1
    if doc[j].lower_ in STYLE_ADJECTIVES and doc[j].text[:1].isupper() and j + 1 < len(doc):
        j += 1
    return j - i + 1 if doc[j].text[:1].isupper() and doc[j].lower_ in STYLE_NOUNS else 0


def _hyphen_start(doc: Doc, i: int) -> int:
    """Where the noun phrase ending in a role word starting at `i` starts when the parser split
    a hyphenated word off it ("Her co-star, Ben Roe": "co" and "-" made words of their own, with
    "Her" hung on "co"): the start of the whole word's phrase."""
    j = i
    while j >= 2 and doc[j - 1].text in ("-", "‑") and not doc[j - 1].whitespace_ \
            and not doc[j - 2].whitespace_ and doc[j - 2].is_alpha:
        j -= 2
    return i if j == i else doc[j].left_edge.i


def _trim_role(doc: Doc, start: int, end: int) -> tuple[int, int, Token | None]:
    """Drop determiners, possessives and punctuation at the edges; return the possessor."""
    possessor = None
    if _style_of_address(doc, start) and start + _style_length(doc, start) <= end:
        start += _style_length(doc, start)  # "His Honour Judge": the style is no role and "His" no possessor
    elif _style_of_address(doc, start - 1) and start + 1 <= end:
        start += 1
    while start < end and (doc[start].pos_ in ("DET", "PUNCT", "CCONJ") or doc[start].dep_ == "poss"
                           or doc[start].tag_ == "POS"
                           # "One mother, Jane Roe,": one of several, no part of what she is
                           or (doc[start].lower_ in ("one", "another") and start + 1 < end
                               and doc[start].head.i > start)):
        if doc[start].dep_ == "poss" and doc[start].pos_ != "PRON" and doc[start].tag_ != "PRP$" \
                and start + 1 < end and doc[start + 1].tag_ == "POS":
            break  # "the iwi's chief executive": a body's possessive is part of the role
        if doc[start].dep_ == "poss" or doc[start].tag_ in ("PRP$",):
            possessor = doc[start]
        start += 1
    while end > start and (doc[end - 1].pos_ in ("PUNCT", "CCONJ", "ADP") or doc[end - 1].tag_ == "POS") \
            and not _title_dot(doc, end - 1) \
            and not _named_place_possessive(doc, end - 1):  # "Staff Sgt." keeps its full stop
        end -= 1
    return start, end, possessor


def _named_place_possessive(doc: Doc, i: int) -> bool:
    """The "'s" of a place or shop named by its owner, ending a role before a comma or the
    sentence's end ("vicar of St Mary's,", "manager at Harrow's."): part of the name."""
    return doc[i].tag_ == "POS" and i > 0 and doc[i - 1].pos_ == "PROPN" \
        and (i + 1 >= len(doc) or doc[i + 1].is_punct)


# Malaysian honours written before a name ("Datuk Seri Dr Jane Roe"): neither role nor name
# ("Tan Sri" stays out: "Tan" is also a surname)
HONOURS = frozenset({"datuk", "datin", "seri", "dato", "puan"})


# Malaysian honour pairs ("Tan Sri", "Puan Sri", "Toh Puan", "Dato' Sri"): "Tan" and "Sri" are
# also name parts ("Tan Mei Ling", "Sri Lestari"), so only the pair, opening a title chain, counts
HONOUR_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("dato", "sri"), ("datuk", "sri")})


def _honour_pair_word(words: list[str], idx: int) -> bool:
    """words[idx] is one word of an honour pair that opens the run or follows a title word
    ("[Tan Sri] Dato' Jane Roe"), with a word still after the pair (the name)."""
    for a, b in ((idx, idx + 1), (idx - 1, idx)):
        if a >= 0 and b + 1 < len(words) and (words[a], words[b]) in HONOUR_PAIRS \
                and (a == 0 or words[a - 1] in titles() or words[a - 1] in ("'", "’")):
            return True
    # "Dato' Sri": the apostrophe of the first honour stands between the two
    return words[idx] == "sri" and 2 <= idx < len(words) - 1 and words[idx - 1] in ("'", "’") \
        and words[idx - 2] in APOSTROPHE_HONOURS


def _honour_pair_token(doc: Doc, i: int) -> bool:
    """doc[i] is a capitalised word of an honour pair written before a name ("Tan Sri", "Puan Sri")."""
    if not doc[i].text[:1].isupper():
        return False
    w = _word(doc[i])
    return (i + 1 < len(doc) and (w, _word(doc[i + 1])) in HONOUR_PAIRS and doc[i + 1].text[:1].isupper()) \
        or (i > 0 and (_word(doc[i - 1]), w) in HONOUR_PAIRS and doc[i - 1].text[:1].isupper()) \
        or (w == "sri" and i > 1 and _honour_apostrophe(doc, i - 1))  # "Dato' Sri"


# honours written with an apostrophe for a dropped letter ("Dato'" for "Datuk")
APOSTROPHE_HONOURS = frozenset({"dato"})


def _honour_apostrophe(doc: Doc, i: int) -> bool:
    """The apostrophe that ends "Dato'" (the tokenizer makes it a word of its own)."""
    return doc[i].text in ("'", "’") and i > 0 and not doc[i - 1].whitespace_ \
        and _word(doc[i - 1]) in APOSTROPHE_HONOURS and doc[i - 1].text[:1].isupper()


def _role_text(doc: Doc, start: int, end: int) -> str:
    honorifics = set(HONORIFIC_GENDER) | PARLIAMENTARY_HONORIFICS | HONOURS
    toks = [t for t in doc[start:end] if norm_word(t.text) not in honorifics
            and not _honour_pair_token(doc, t.i) and not _honour_apostrophe(doc, t.i)
            and not (_style_modifier(doc, t.i) and _word(doc[t.i + 1]) in PARLIAMENTARY_HONORIFICS)]
    text = "".join(t.text_with_ws for t in toks).strip()
    return re.sub(r"\s+", " ", text)


def find_people(doc: Doc) -> list[Person]:
    """People and organisations named in `doc`, with roles, ages, aliases and mentions."""
    # Doc.text rebuilds the string on every access: read it once
    doc.user_data["_sw_text"] = doc.text
    doc.user_data["_sw_places"] = {e.text.lower() for e in doc.ents if e.label_ in PLACE_LABELS}
    cands = []
    bare: list[tuple[int, int]] = []
    for start, end, label in _candidate_spans(doc):
        if label == "BARE":
            bare.append((start, end))
            continue
        cand = _classify(doc, start, end, label)
        if cand is not None:
            cands.append(cand)
        elif label is None:
            bare.append((start, end))
    bare = _promote_titled_full_names(doc, cands, bare)
    entities = _chain(doc, cands)
    _bare_mentions(doc, bare, entities)
    doc.user_data["_sw_org_words"] = {e.cands[0].key[0] for e in entities
                                      if e.kind == "org" and e.cands and all(len(c.key) == 1 for c in e.cands)}
    credits = _credit_spans(doc.user_data["_sw_text"])
    for ent in entities:
        if ent.kind == "person" and not any(c.titled or (c.key and c.key[0] in first_names()) for c in ent.cands) \
                and body_by_its_officers(doc, [(c.start, c.end) for c in ent.cands]):
            ent.kind = "org"  # "Corvane's founder": people have no founder, board or shareholders
        if _not_a_name(doc, ent) or _headline_only(doc, ent) or _credited_only(doc, ent, credits):
            ent.cands = []
        elif ent.kind == "person" and outlet_only(doc, [(c.start, c.end) for c in ent.cands],
                                                  any(c.key[0] in first_names() for c in ent.cands if c.key),
                                                  any(c.titled for c in ent.cands)):
            ent.kind = "org"  # "told Lobbyline", "an interview with Harbourwatch": an outlet, no person
    # mention start offsets -> entity, for "the 48-year-old", possessives and pronoun votes
    starts: list[tuple[int, int]] = []
    for idx, ent in enumerate(entities):
        if ent.kind == "person":
            for c in ent.cands:
                starts.append((doc[c.start].idx, idx))
    starts.sort()
    start_chars = [s for s, _ in starts]

    def recent_person(char: int, gender: str | None = None, exclude: int = -1, window: int = 600) -> int | None:
        pos = bisect.bisect_left(start_chars, char)
        for j in range(pos - 1, -1, -1):
            s, idx = starts[j]
            if char - s > window:
                break
            if idx == exclude:
                continue
            g = entities[idx].gender
            if gender is None or g is None or g == gender:
                return idx
        return None

    _vote_gender(doc, entities, recent_person)
    text = doc.user_data["_sw_text"]
    names = bytearray(len(doc))  # tokens of person names, where a role walk must stop
    for ent in entities:
        if ent.kind == "person":
            for c in ent.cands:
                for i in range(c.start, c.end):
                    names[i] = 1
    for idx, ent in enumerate(entities):
        if ent.kind != "person":
            continue
        for c in ent.cands:
            _mention_roles_and_age(doc, c, idx, ent, entities, recent_person, text, names)
    _year_old_ages(doc, entities, starts, recent_person)
    _spouse_by_surname(doc, entities)
    for ent in entities:
        by_role = _gender_from_roles(ent.roles) if ent.kind == "person" else None
        if by_role is not None and _gender_hint(ent) is None:
            ent.gender = by_role  # "Widow Ann Roe said: 'He was my world'": not the pronouns' vote
    people = _to_people(doc, entities)
    del doc.user_data["_sw_text"]
    del doc.user_data["_sw_places"]
    return people


SPOUSE_WORDS = {"husband": "m", "wife": "f", "partner": None}


def _spouse_by_surname(doc: Doc, entities: list[_Entity]) -> None:
    """"Ann Roe and her husband, Tom, ... Mr Roe said": a surname written with the honorific of
    the other gender after only her full name is her spouse's, named before by a first name."""
    for ent in entities:
        if ent.kind != "person" or not ent.cands or not all(len(c.key) == 1 and c.titled for c in ent.cands):
            continue
        surname, first = ent.cands[0].key[0], ent.cands[0].start
        for other in entities:
            if other is ent or other.kind != "person" or not other.cands or other.cands[0].start > first \
                    or not all(len(c.key) == 1 and not c.titled for c in other.cands):
                continue
            for role in other.roles:
                word, _, owner = role.partition(" to ")
                if word in SPOUSE_WORDS and owner.lower().split()[-1:] == [surname] \
                        and SPOUSE_WORDS[word] in (None, ent.gender) and other.gender in (None, ent.gender):
                    other.cands = sorted(other.cands + ent.cands, key=lambda c: c.start)
                    for c in ent.cands:
                        c.person = entities.index(other)
                    ent.cands = []
                    break
            if not ent.cands:
                break


# descriptions that say a person's gender ("widow", "his son", "mother-of-two")
FEMALE_DESCRIPTIONS = frozenset({
    "widow", "mother", "mum", "grandmother", "gran", "granny", "daughter", "wife", "sister", "aunt",
    "niece", "granddaughter", "landlady", "businesswoman", "chairwoman", "spokeswoman", "actress",
    "schoolgirl", "girlfriend", "fiancee", "stepmother", "stepdaughter", "headmistress",
})
MALE_DESCRIPTIONS = frozenset({
    "widower", "father", "dad", "grandfather", "grandad", "son", "husband", "brother", "uncle",
    "nephew", "grandson", "landlord", "businessman", "chairman", "spokesman", "actor", "schoolboy",
    "boyfriend", "fiance", "stepfather", "stepson", "headmaster",
})


def _gender_from_roles(roles: list[str]) -> str | None:
    """"f" or "m" when the person's roles hold a description of one gender only."""
    words = {w for r in roles for w in re.split(r"[\s\-]+", r.lower().partition(" to ")[0])}
    f, m = bool(words & FEMALE_DESCRIPTIONS), bool(words & MALE_DESCRIPTIONS)
    return "f" if f and not m else "m" if m and not f else None


def _vote_gender(doc: Doc, entities: list[_Entity], recent_person) -> None:
    """Gender of people without an honorific: which pronouns follow their mentions."""
    for sent in doc.sents:
        for tok in sent:
            low = tok.lower_
            g = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
            if g is None:
                continue
            idx = recent_person(tok.idx, window=250)
            if idx is not None and entities[idx].gender is None:
                ent = entities[idx]
                ent.gender_votes[g] = ent.gender_votes.get(g, 0) + 1
    for ent in entities:
        if ent.gender is None and ent.gender_votes:
            ent.gender = max(ent.gender_votes, key=lambda g: ent.gender_votes[g])


def _title_spelled_out(role: str) -> str:
    """Lower case with short titles spelled out ("Det Insp" -> "detective inspector")."""
    full = _title_abbreviations()
    return " ".join(full.get(w, w) for w in (norm_word(x) for x in role.split()))


@functools.lru_cache(maxsize=1)
def _title_abbreviations() -> dict[str, str]:
    pairs = (line.split() for line in word_list("title_abbreviations"))
    return {p[0]: p[1] for p in pairs if len(p) == 2}


def _add_role(ent: _Entity, role: str) -> None:
    role = role.strip(" ,;:-")
    if not role or len(role) > 120 or role.startswith("@"):
        return  # ("Jane Roe (@janeroe)": an account's handle, no role)
    low = _title_spelled_out(role)
    for i, r in enumerate(ent.roles):
        rl = _title_spelled_out(r)
        if rl == low or low in rl or _initials_of(role, rl):
            return
        if rl in low or _initials_of(r, low):
            ent.roles[i] = role
            return
    ent.roles.append(role)
    if len(ent.roles) > 1:
        # a bare "Chief" before a name beside an office given to the same person ("The Chairman
        # of X, Chief Jo Roe,", "its spokesman, Chief Jo Roe") is a chieftaincy honour, as
        # "Alhaji" is, and says nothing the office does not (round 33)
        ent.roles[:] = [r for r in ent.roles if r.lower() not in BARE_HONOUR_TITLES]


# titles that alone before a name are an honour where the person holds an office too
BARE_HONOUR_TITLES = frozenset({"chief"})


def _initials_of(short: str, spelled: str) -> bool:
    """"DCI" and "detective chief inspector": a capitals title made of the words' initials."""
    return short.isalpha() and short.isupper() and 2 <= len(short) <= 4 \
        and len(spelled.split()) == len(short) and "".join(w[0] for w in spelled.split()) == short.lower()


def _possessor_name(doc: Doc, possessor: Token, self_idx: int, entities, recent_person) -> str | None:
    """Who "his"/"her"/"Smith's" in "his assistant" points to."""
    low = possessor.lower_
    if low in POSSESSIVE_PRONOUNS:
        g = POSSESSIVE_PRONOUNS[low]
        if g is None:
            return None
        idx = recent_person(possessor.idx, gender=g, exclude=self_idx)
        if idx is None:
            return None
        # "His son, Tom Roe, said ... His granddaughter Amy": the relatives of one person (the
        # one the story is about) are listed in turn, so "his" skips a relative of the same
        # gender whose own role ties him to that person
        for role in entities[idx].roles:
            head, sep, owner = role.partition(" to ")
            if sep and " " not in head:
                for k, other in enumerate(entities):
                    if k not in (idx, self_idx) and other.kind == "person" and other.gender == g \
                            and _best_name(doc, other) == owner:
                        return owner
        return _best_name(doc, entities[idx])
    if possessor.text[:1].isupper():
        # "Tarrant's lawyer, Jo Roe": the person the name belongs to (a body's possessive
        # stays in the role: "the trust's founder")
        for k, other in enumerate(entities):
            if k != self_idx and other.kind == "person" \
                    and any(oc.start <= possessor.i < oc.end for oc in other.cands):
                # (only a name surely a person's: a surname of a fuller name, or a listed
                # first name; the recogniser takes some bodies for people, "Tallis Water's")
                longest = max(other.cands, key=lambda oc: len(oc.key)).key
                sure = len(longest) > 1 and (_folded(longest[0]) in first_names() or any(
                    len(oc.key) == 1 and oc.start <= possessor.i < oc.end for oc in other.cands))
                return _best_name(doc, other) if sure else None
    return None


def _mention_roles_and_age(doc: Doc, c: _Cand, idx: int, ent: _Entity, entities, recent_person,
                           text: str, other_names: bytearray) -> None:
    sent = doc[c.start].sent
    title_words = titles()
    sent_start = sent.start
    while sent_start >= 1 and _title_before(doc, sent_start):
        sent_start = doc[sent_start - 1].sent.start  # "Staff Sgt. Jane Roe": the parser ends a sentence at "Sgt."
    # a seat or rank at the bar written after the name ("Ann Roe TD", "Jo Roe KC") is a role
    for t in doc[c.end:max(c.end, c.surface_end)]:
        if _post_nominal(t) and t.lower_ in word_list("post_nominal_offices"):
            _add_role(ent, t.text)
    # titles written as part of the mention ("PC", "Chief Superintendent", "Dr")
    # (the post-nominals are in the phrase the role and name make: "Gardener Jo Roe OBE")
    pre = _pre_role(doc, c.start, max(c.end, c.surface_end), sent_start, other_names)
    if pre is not None and pre[1] - pre[0] == 1 and _plural_noun(doc[pre[0]].lower_):
        pre = None  # "Twins Ellie and Grace Roe": a description of both, no one's role
    if pre is not None and doc[pre[1] - 1].lower_ in PLAIN_PERSON_NOUNS:
        pre = None  # "Local man Tom Roe", "Young woman Ann Roe": who she is, not what she does
    if pre is not None:
        s, e, possessor = _trim_role(doc, *pre)
        if s < e:
            role = _role_text(doc, s, e)
            owner = None
            if possessor is None and s > sent.start and doc[s - 1].dep_ == "poss":
                possessor = doc[s - 1]
            if possessor is not None:
                owner = _possessor_name(doc, possessor, idx, entities, recent_person)
            rank = _rank_start(doc, s, e)
            if rank is not None and not owner:
                # "Police spokesperson Colonel Jane Roe": a description, then the rank she holds
                _add_role(ent, _role_text(doc, s, rank))
                _add_role(ent, _role_text(doc, rank, e))
            else:
                _add_role(ent, f"{role} to {owner}" if owner and role else role)
    root = None
    for t in doc[c.start:c.end]:
        if not (c.start <= t.head.i < c.end) or t.head.i == t.i:
            root = t
            break
    if root is not None and _particle(root) and not any(ch.dep_ == "appos" for ch in root.rights):
        root = None  # "Ana dos Roe" with "dos" parsed as a verb: the surname heads the name
    if root is None:
        root = doc[c.end - 1]
    # apposition after the name: "Hugh Hill, a doctor," / "Jane Roe, 43, a teacher"
    chained: set[int] = set()
    for child in root.rights:
        if child.dep_ != "appos" or child.i < c.end or child.i in chained:
            continue
        first = child
        while child.i + 2 < len(doc) and _hyphen_link(doc, child.i + 1) and doc[child.i + 2].dep_ == "appos" \
                and doc[child.i + 2].head.i == root.i:
            # "a co-author of the study": the parser may make each piece of a hyphenated word an
            # apposition of its own; the word is one role
            chained.update((child.i + 1, child.i + 2))
            child = doc[child.i + 2]
        if child.left_edge.tag_ in ("WP", "WP$", "WDT"):
            continue  # "Jo Roe, whose side climb to fourth,": a relative clause misparsed, no role
        if any("\n" in doc[i].text_with_ws for i in range(c.end - 1, child.left_edge.i)) \
                or (c.end < len(doc) and doc[c.end].text == ":"):
            continue  # "TRENT: Why a lighthouse?": a transcript's label and its words, no apposition
        if _party_tag(doc, child):
            continue  # "Rep. Dale Roe (R-Kessing)": his party and state, no office he holds
        if subject_taken_for_apposition(child):
            continue  # "According to Dale Roe, poor sleep was ...": the next clause's subject
        if _describes_employer(doc, child):
            continue  # "..., director at the Corran Institute, a think tank,": the institute's
        if child.text.islower() and child.lower_.endswith("ing") and len(child.text) > 5 \
                and all(g.dep_ == "punct" for g in child.children):
            continue  # "Tom Reeve, defending,": a court report's bare participle, what he did there
        if child.like_num:
            try:
                age = int(child.text)
            except ValueError:
                continue
            if 0 < age < 120 and ent.age is None:
                ent.age = age
            continue
        if child.pos_ in ("NOUN",) or (child.pos_ == "PROPN" and (
                norm_word(child.text) in title_words or child.text.islower()  # "the parish priest"
                or _office_of_after_name(doc, child.i)  # "Ann Roe, Dean of Kellmouth,"
                # "the Gazette's Head of Sport": a description, with its article or possessive
                or (child.ent_type_ != "PERSON" and any(g.dep_ in ("det", "poss") and g.i < child.i
                                                        for g in child.children)))):
            right = child.i
            rights = list(child.rights)
            for ri, r in enumerate(rights):
                if r.dep_ == "punct" and r.text in ("-", "‑") and not r.whitespace_ and r.i == right + 1:
                    continue  # "a mother-of-three": one word written with hyphens
                if r.dep_ == "prep" and r.lower_ == "in" and (
                        (ri + 1 < len(rights) and rights[ri + 1].dep_ == "prep" and rights[ri + 1].lower_ in ROLE_PREPS)
                        or any(t.dep_ == "prep" and t.lower_ in ROLE_PREPS for t in r.subtree)):
                    right = r.right_edge.i  # "a lecturer in law at X": the field, then the employer
                elif r.dep_ == "prep" and r.lower_ == "with" and _counted(r):
                    break  # "a fitness influencer with three million followers": a count, not an employer
                elif r.dep_ == "prep" and r.lower_ in ROLE_PREPS or r.dep_ in ("cc", "conj", "compound"):
                    right = _before_employers_apposition(doc, r)
                elif r.dep_ == "prep" and r.lower_ == "from" and _word(child) in SEAT_TITLES:
                    right = r.right_edge.i  # "the MLA from Kovalur": the seat, as "MP for"
                elif r.dep_ == "acl" and r.tag_ == "VBG" and r.lemma_.lower() in word_list("role_verbs") \
                        and any(g.dep_ == "dobj" for g in r.children) \
                        and not any(t.text == "," for t in doc[r.i:r.right_edge.i + 1]):
                    # "an attorney representing the developer": whose attorney, as "for" says
                    right = r.right_edge.i
                else:
                    break
            for a, b in _apposed_roles(doc, first, right + 1):
                s, e, possessor = _trim_role(doc, a, b)
                if s < e and e - s <= MAX_ROLE_TOKENS:
                    role = _role_text(doc, s, e)
                    owner = _possessor_name(doc, possessor, idx, entities, recent_person) if possessor else None
                    _add_role(ent, f"{role} to {owner}" if owner else role)
    # apposition before the name: "Head of Security at X, Jane Roe, said"
    head = root.head
    # climb from "... at the Police, Jane Roe" to the top of the noun phrase the name renames
    while root.dep_ == "appos" and head.dep_ in ("pobj", "conj") and head.head.i < head.i \
            and not _verbs_phrase(head):
        head = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    # "The shopper, Jane Roe, 67, said": the parser makes both subjects of the verb; the noun
    # set off by a comma right before the name is the phrase the name renames
    # ("The poet J.T. Roe said", parsed the same way without the comma)
    lead = doc[c.start - 2] if c.start >= 2 and doc[c.start - 1].text == "," else \
        doc[c.start - 1] if c.start >= 1 else None
    double_subject = lead is not None and root.dep_ in ("nsubj", "nsubjpass") and lead.dep_ == root.dep_ \
        and lead.head.i == root.head.i and lead.tag_ == "NN" \
        and any(g.dep_ in ("det", "poss") for g in lead.children)
    if double_subject:
        head = lead
    if (root.dep_ == "appos" or double_subject) and head.i < c.start and head.pos_ in ("NOUN", "PROPN") and head.i >= sent.start \
            and head.tag_ not in ("NNS", "NNPS") and not _dateline(doc, head.i, head.i + 1) \
            and not any("\n" in doc[i].text_with_ws for i in range(head.i, c.start)) \
            and head.lower_ not in GENERIC_PEOPLE:  # "journalists, including X, Jane Roe": not her role
        # (nor a noun in the paragraph before: "SATO: Why the sea?¶CALLOWAY: ...")
        lo = max(_hyphen_start(doc, head.left_edge.i), sent.start)
        named_possessor = None
        for i in range(lo, c.start):
            if other_names[i] and not _in_prep_phrase(doc[i], head):
                lo = i + 1  # "Linda Roe and her husband, Tom Roe": her name is not his role
                # ("Tarrant's lawyer, Jo Roe": the name before "'s" says whose lawyer)
                named_possessor = doc[i] if doc[i].dep_ == "poss" and i + 1 < c.start \
                    and doc[i + 1].tag_ == "POS" else None
        if named_possessor is None and lo > max(head.left_edge.i, sent.start):
            # "Jo Roe, 67, and his wife, Ann Roe": his age and the "and" are not her role
            while lo < c.start and (doc[lo].text == "," or doc[lo].like_num or doc[lo].dep_ == "cc"):
                lo += 1
        comma = next((i for i in range(lo, c.start) if doc[i].text == "," and i > lo), None)
        cut = comma if comma is not None else c.start
        for i in range(lo, cut):
            if doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ in ("VBN", "VBD", "VBZ", "VBP"):
                lo = i + 1  # "a statement issued by the family's lawyer, Tom Roe": his role is the lawyer
        while lo < cut and doc[lo].pos_ == "ADP":
            lo += 1
        s, e, possessor = _trim_role(doc, lo, cut)
        if possessor is None and named_possessor is not None and named_possessor.i + 2 == s:
            possessor = named_possessor
        if s < e and e - s <= MAX_ROLE_TOKENS + 4:
            role = _role_text(doc, s, e)
            owner = _possessor_name(doc, possessor, idx, entities, recent_person) if possessor else None
            _add_role(ent, f"{role} to {owner}" if owner else role)
    _relative_clause_role(doc, root, c, ent)
    # "Name, 48," / "Name (48)" / "Name, aged 48"
    if ent.age is None:
        end_char = doc[c.end - 1].idx + len(doc[c.end - 1])
        m = AGE_AFTER.match(text, end_char, min(len(text), end_char + 12))
        if m:
            age = int(m.group(1) or m.group(2))
            if 0 < age < 120:
                ent.age = age


def _verbs_phrase(noun: Token) -> bool:
    """`noun` is the agent of a verb ("a statement signed by its spokesman, Jo Roe": "spokesman" is
    the object of "by" on "signed"), so the name renames it alone (round 33); not a phrase that
    only sets the scene ("In mitigation, Jo Roe, defending, said")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.pos_ in ("VERB", "AUX")


# a US party-and-state tag in brackets after a name: "(R-Texas)", "(D-N.Y.)", "(I)"
PARTY_TAG = re.compile(r"\((?:R|D|I|Ind|Rep|Dem)(?:[-–][A-Z][\w.]*(?: [A-Z][\w.]*)?)?\)")


def _party_tag(doc: Doc, tok: Token) -> bool:
    """Whether the apposition `tok` is a party-and-state tag in brackets."""
    a, b = tok.left_edge.i, tok.right_edge.i
    # the parser may hang a bracket on the tag itself ("(" a child of "Kessing")
    a = a - 1 if doc[a].text != "(" else a
    b = b + 1 if doc[b].text != ")" else b
    if a < 0 or b >= len(doc) or doc[a].text != "(" or doc[b].text != ")":
        return False
    return PARTY_TAG.fullmatch(doc[a:b + 1].text) is not None


# nouns of bodies a person is not ("a think tank", "a charity"), besides the heads of bodies' names
BODY_NOUNS = frozenset({"tank", "charity", "firm", "consultancy", "nonprofit", "group", "lender", "insurer",
                        "retailer", "supermarket", "chain", "newspaper", "daily", "weekly", "broadcaster",
                        "magazine", "website", "startup", "outfit", "watchdog"})


def _before_employers_apposition(doc: Doc, phrase: Token) -> int:
    """The last token of a role's phrase ("at the Marl Foundation, a charity in Kell"), short of
    an apposition that describes the body it names (see `_describes_employer`)."""
    for t in phrase.subtree:
        if t.dep_ == "appos" and t.i > phrase.i and _describes_employer(doc, t):
            return t.left_edge.i - 2
    return phrase.right_edge.i


def _counted(prep: Token) -> bool:
    """'with three million followers', 'with 20 years of experience': a phrase whose object is
    counted describes the person; an employer after "with" is named, not counted."""
    return any(g.dep_ == "pobj" and any(c.dep_ == "nummod" or c.like_num for c in g.children)
               for g in prep.children)


def _describes_employer(doc: Doc, appos: Token) -> bool:
    """'Ruth Roe, director at the Corran Institute, a think tank in Velmont,': an apposition
    the parser hung on the name though it follows the body that closes the name's first
    apposition, and that names a kind of body: it describes the body, not the person."""
    before = appos.left_edge.i - 2
    return before > 0 and doc[before + 1].text == "," and doc[before].ent_type_ in ("ORG", "GPE", "FAC") \
        and appos.pos_ == "NOUN" and (appos.lower_ in BODY_NOUNS or appos.lower_ in org_heads()) \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)


def _apposed_roles(doc: Doc, head: Token, end: int) -> list[tuple[int, int]]:
    """The roles an apposition doc[head.left_edge.i:end] gives: two where "and" joins two noun
    phrases each with its own article or possessive ("a neurologist at X and the study's lead
    author"; "chairman and chief executive" is one), each without a relative clause ("an
    epidemiologist at X who was not involved in the work": what she did, not what she is)."""
    start = head.left_edge.i
    pieces = [(start, end)]
    # (the parser may join the second phrase to the employer's name: "at X and the study's ...";
    # a common noun joined to a proper one is no second employer)
    conj = next((t for t in doc[start:end] if t.dep_ == "conj" and any(g.dep_ in ("det", "poss") for g in t.children)
                 and (t.head.i == head.i or t.head.pos_ == "PROPN" and t.pos_ == "NOUN" and t.text.islower())), None)
    cc = next((r for r in conj.head.children if r.dep_ == "cc" and r.i < conj.i), None) if conj is not None else None
    if conj is not None and cc is not None and cc.i > start:
        pieces = [(start, cc.i), (conj.left_edge.i, end)]
    out = []
    for a, b in pieces:
        rel = min((t.left_edge.i for t in doc[a:b] if t.dep_ == "relcl" and t.left_edge.i > a), default=b)
        b = min(b, rel)
        while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
            b -= 1
        out.append((a, b))
    return out


def _relative_clause_role(doc: Doc, root: Token, c: _Cand, ent: _Entity) -> None:
    """"Jane Roe, who chairs the planning committee,": a role told by a relative clause
    whose verb gives one (chairs, runs, leads, owns, founded, represents)."""
    for child in root.rights:
        if child.dep_ != "relcl" or child.i < c.end or child.lemma_.lower() not in word_list("role_verbs") \
                or child.tag_ not in ("VBZ", "VBD"):  # "who chairs", not "who is leading the search"
            continue
        subj = [t for t in child.lefts if t.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].lower_ != "who" or doc[c.end].text != ",":
            continue
        end = child.right_edge.i + 1
        if end - child.i > MAX_ROLE_TOKENS or any(t.text in (",", ";", "\"", "“") for t in doc[child.i:end - 1]):
            continue
        while end > child.i and doc[end - 1].pos_ == "PUNCT":
            end -= 1
        _add_role(ent, _role_text(doc, child.i, end))


def _year_old_ages(doc: Doc, entities, starts, recent_person) -> None:
    """"the 48-year-old officer" after a mention, or "48-year-old Jane Roe"."""
    text = doc.user_data["_sw_text"]
    start_chars = [s for s, _ in starts]
    for m in YEAR_OLD.finditer(text):
        age = int(m.group(1))
        if not 0 < age < 120:
            continue
        target = None
        pos = bisect.bisect_left(start_chars, m.end())
        if pos < len(starts):
            s, idx = starts[pos]
            gap = text[m.end():s]
            if len(gap) <= 40 and not re.search(r"[.!?;]", gap):
                target = idx
        if target is None and re.search(r"\bthe\s*$", text[max(0, m.start() - 5):m.start()], re.IGNORECASE) \
                and not any(e.age == age for e in entities):
            # (no one else when the article gave someone that age: "Ken Roe, 52, ... the 52-year-old")
            target = recent_person(m.start(), window=600)
        if target is not None and entities[target].age is None:
            entities[target].age = age


def _core_text(doc: Doc, c: _Cand) -> str:
    return doc.user_data["_sw_text"][doc[c.start].idx:doc[c.end - 1].idx + len(doc[c.end - 1])]


def _best_name(doc: Doc, ent: _Entity) -> str:
    """The fullest form the article gives, preferring normal case to ALL CAPS."""
    best = max(
        ent.cands,
        key=lambda c: (len(c.key), c.name is None, -sum(1 for t in doc[c.start:c.end] if t.is_upper and len(t) > 1)),
    )
    return best.name or _core_text(doc, best)


def _to_people(doc: Doc, entities: list[_Entity]) -> list[Person]:
    people = []
    order = sorted((ent for ent in entities if ent.cands), key=lambda e: e.cands[0].start)
    for n, ent in enumerate(order, 1):
        name = _best_name(doc, ent)
        mentions, aliases = [], []
        for c in ent.cands:
            start = doc[c.surface_start].idx
            last = doc[(c.surface_end if c.surface_end > c.end else c.end) - 1]
            end = last.idx + len(last)
            text = doc.user_data["_sw_text"][start:end]
            mentions.append(Mention(text, start, end))
            if text != name and text not in aliases and text.lower() != name.lower():
                aliases.append(text)
        people.append(Person(
            id=f"p{n}", name=name, kind=ent.kind, roles=list(ent.roles), age=ent.age,
            aliases=aliases, mentions=mentions, gender=ent.gender if ent.kind == "person" else None,
        ))
    return people


def person_token_map(doc: Doc, people: list[Person]) -> list[int]:
    """For each token, the index into `people` of the person it names, or -1."""
    owner = [-1] * len(doc)
    for idx, person in enumerate(people):
        for m in person.mentions:
            span: Span | None = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                owner[i] = idx
    return owner
