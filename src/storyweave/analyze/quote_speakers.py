"""Speakers of quotes: the subject of a reporting verb (climbing through "adding"/"saying"
clauses), resolved to a person or organisation from `find_people`: names by their chains,
pronouns to the most recent compatible person, "a spokesman" to the organisation in context.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from storyweave.analyze.lexicon import (
    ADDRESSING_VERBS,
    FEMALE_PRONOUNS,
    HONORIFIC_GENDER,
    MALE_PRONOUNS,
    first_names,
    org_heads,
    spokesperson_nouns,
    titles,
    word_list,
)
from storyweave.analyze.datelines import dateline_spans
from storyweave.analyze.quote_body_fit import fits, kind_modifiers
from storyweave.analyze.quote_context import CLOSING_MARKS, DOCUMENT_NOUNS, QuoteContext, Speaker, comma_before
from storyweave.analyze.quote_documents import (document_before_it, document_from_someone, document_post_modifier,
                                                received_document)

CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep", "pobj", "relcl", "ccomp"})
# adjectives of readiness whose "to" clause is their subject's own act ("was quick to point
# out", "was keen to stress"), unlike "It is hard to say": the subject of the adjective's verb speaks
READY_ADJECTIVES = frozenset({"quick", "keen", "eager", "careful", "anxious", "swift", "willing", "ready",
                              "happy", "determined", "desperate"})
# nouns that, after "the", stand for a person named before ("the candidate said")
PERSON_NOUNS = frozenset({
    "republican", "democrat", "candidate", "nominee", "lawmaker", "billionaire", "businessman",
    "businesswoman", "mogul", "congressman", "congresswoman", "politician", "campaigner", "activist",
    "author", "actor", "actress", "singer", "star", "veteran", "victim", "witness", "lawyer",
    "teacher", "doctor", "driver", "owner", "mother", "father", "woman", "man", "incumbent",
    "frontrunner", "front-runner", "challenger", "hopeful", "contender", "economist", "analyst",
    # descriptions local and national papers give a person named before ("the grandmother said")
    "pensioner", "grandmother", "grandfather", "grandad", "granny", "gran", "mum", "dad", "widow",
    "widower", "teenager", "schoolgirl", "schoolboy", "youngster", "landlord", "landlady", "publican",
    "shopkeeper", "farmer", "motorist", "cyclist", "student", "nurse", "coroner", "magistrate",
    "pm", "boss", "skipper", "manager",
})
# descriptions that say the person's gender: "the grandmother" is not the man named last
FEMALE_NOUNS = frozenset({"grandmother", "granny", "gran", "mum", "mother", "woman", "widow", "actress",
                          "businesswoman", "congresswoman", "schoolgirl", "landlady", "chairwoman"})
MALE_NOUNS = frozenset({"grandfather", "grandad", "dad", "father", "man", "widower", "actor", "businessman",
                        "congressman", "schoolboy", "landlord", "chairman"})
# people who speak for the person whose possessive they follow ("Roe's lawyer", "Roe's wife")
AGENT_NOUNS = frozenset({"lawyer", "lawyers", "solicitor", "solicitors", "barrister", "attorney", "attorneys",
                         "counsel", "wife", "husband", "partner", "son", "daughter", "mother", "father",
                         "brother", "sister", "widow", "widower", "friend", "neighbour", "neighbor"})
ORG_WINDOW = 3000  # characters searched back for "a spokesman"'s organisation
CATAPHORA_WINDOW = 400  # characters searched ahead for "the president"'s name
PRONOUN_WINDOW = 1500


def speaker_for_person(ctx: QuoteContext, pi: int, tok: Token) -> Speaker:
    p = ctx.people[pi]
    s, e = ctx.mention_of(pi, tok)
    s = _with_article(ctx, s, e)
    return Speaker(ctx.text[s:e], s, e, p.name, p.role, p.id)


ARTICLES = frozenset({"the", "a", "an"})


def _with_article(ctx: QuoteContext, s: int, e: int) -> int:
    """Start of a mention with the article that opens its noun phrase ("The Met Office",
    "the Collector"): the mention is the text as written; the resolved name drops the
    article. An article that belongs to a longer phrase ("the Met Office forecaster")
    stays out."""
    ti = ctx.token_at(s)
    if ti is None or ti == 0 or ctx.doc[ti].idx != s:
        return s
    det = ctx.doc[ti - 1]
    if det.lower_ not in ARTICLES or det.dep_ != "det" or det.idx + len(det) + 1 < s \
            or "\n" in ctx.text[det.idx:s] or not (s <= det.head.idx < e):
        return s
    return det.idx


LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "across", "between", "from"})
# nouns of dealings whose "between" names the parties ("talks between A and B")
DEALINGS = frozenset({"talk", "talks", "negotiation", "deal", "agreement", "dispute", "row", "meeting", "merger",
                      "partnership", "contract", "clash", "feud", "standoff", "match", "game", "fixture"})
# "south of Brannock", "the outskirts of Velmont": "of" after these places what follows
_PLACE_HEADS_OF = frozenset({"north", "south", "east", "west", "outskirts", "centre", "center", "edge", "town",
                             "city", "village", "port"})


def _placed_only(ctx: QuoteContext, pi: int) -> bool:
    """Every mention of body `pi` stands after a preposition of place ("a data centre near
    Velmont", "south of Brannock"): the tagger's organisation is most likely a place."""
    starts = [s for s, _e, pj in ctx.mentions if pj == pi]
    for s in starts:
        tok = _np_head(ctx, s)
        if tok is None:
            return False
        prep = tok.head
        if tok.dep_ != "pobj" or not (prep.lower_ in LOCATIVE_PREPOSITIONS
                                      or prep.lower_ == "of" and prep.head.lower_ in _PLACE_HEADS_OF):
            return False
        if prep.lower_ == "between" and prep.head.lemma_.lower() in DEALINGS:
            return False  # "talks between the union and Corran Rail": parties, not places
    return bool(starts)


def _acting_orgs(ctx: QuoteContext) -> set[str]:
    """Ids of the organisations with a mention that is the subject of a verb or a speaker."""
    found = getattr(ctx, "_acting_orgs", None)
    if found is None:
        found = {ctx.people[ctx.owner[t.i]].id for t in ctx.doc
                 if ctx.owner[t.i] >= 0 and ctx.people[ctx.owner[t.i]].kind == "org"
                 and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")}
        ctx._acting_orgs = found  # once per article
    return found


def _recent(ctx: QuoteContext, char: int, want, window: int) -> int | None:
    found = _recent_mention(ctx, char, want, window)
    return None if found is None else found[0]


def _recent_mention(ctx: QuoteContext, char: int, want, window: int) -> tuple[int, int] | None:
    """(person index, mention start) of the last mention before `char` that `want`s."""
    pos = bisect.bisect_left(ctx.mention_starts, char)
    for j in range(pos - 1, -1, -1):
        s, _e, pi = ctx.mentions[j]
        if char - s > window:
            return None
        if want(ctx.people[pi]):
            return pi, s
    return None


def _teller(ctx: QuoteContext, pi: int, start: int, gender: str) -> int | None:
    """The person who told `pi` something, when the mention at `start` is the one told:
    "Sir Ian Roe told the Gazette's reporter Tom Doe about the plans. He said ...": "he" is
    the teller, not the reporter named last."""
    ti = ctx.token_at(start)
    if ti is None:
        return None
    tok = ctx.doc[ti]
    for _ in range(4):
        if tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok:
            tok = tok.head
        else:
            break
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif tok.dep_ not in ("dobj", "dative"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADDRESSING_VERBS:
        return None
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        pj = ctx.owner[subj.i]
        if pj >= 0 and pj != pi and ctx.people[pj].kind == "person" and ctx.people[pj].gender in (gender, None):
            return pj
    return None


# participles that say how a source knows: "two people briefed on the talks"
SOURCE_PARTICIPLES = frozenset({"briefed", "involved", "informed"})


def _np_span(tok: Token) -> tuple[int, int]:
    """Character span of a subject noun phrase, without relative clauses or appositions."""
    left = tok.left_edge
    right = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "for"):
            right = child.right_edge
        elif child.dep_ == "amod" and child.lower_ == "close" and any(g.lower_ == "to" for g in child.children):
            right = child.right_edge  # "a source close to the minister"
        elif child.dep_ == "amod" and child.lower_ == "familiar" and any(g.lower_ == "with" for g in child.children):
            right = child.right_edge  # "people familiar with the matter"
        elif child.dep_ == "acl" and child.i == right.i + 1 and (
                child.lower_ in SOURCE_PARTICIPLES and any(g.dep_ == "prep" and g.i == child.i + 1
                                                           for g in child.children)
                or _which_ones(tok, child)) \
                and not any(g.dep_ in ("dobj", "ccomp", "agent") for g in child.children
                            if child.lower_ in SOURCE_PARTICIPLES or g.dep_ != "agent"):
            # "two people briefed on the talks": which sources, as "familiar with" (without a
            # relative clause: "... who were not authorized to discuss it")
            rel = min((g.left_edge.i for g in child.subtree if g.dep_ == "relcl"), default=child.right_edge.i + 1)
            right = child.doc[rel - 1]
            while right.i > child.i and (right.is_punct or right.lower_ in ("who", "that", "which")):
                right = child.doc[right.i - 1]
        elif child.dep_ == "prep" and child.lower_ in ("of", "from", "at") and _names_someone(child):
            right = child.right_edge  # "the family of Leon Roe", "a statement from Acme"
        elif child.dep_ == "prep" and child.lower_ == "with" and tok.pos_ == "NOUN" and not tok.ent_type_ \
                and any(g.dep_ == "pobj" and g.lower_ == "knowledge" for g in child.children):
            # "a person with knowledge of the talks": which source, as "familiar with" (without a
            # relative clause the parser hung inside it: "..., who asked not to be named")
            right = _before_relative_clause(child)
        elif child.dep_ == "prep" and child.lower_ in ("in", "inside", "within", "at") and tok.lower_ in UNNAMED_SOURCES \
                and _inside_a_body(child):
            # "sources in the ministry", "an official at the aviation authority": which ones, by
            # the body they are in (not "officials at the meeting": where they were)
            right = child.right_edge
        elif child.dep_ == "prep" and child.lower_ == "in" and tok.tag_ == "NNS" and not tok.ent_type_ \
                and [g.ent_type_ for g in child.subtree] == ["", "GPE"]:
            right = child.right_edge  # "reports in Spain", "officials in Kessing": which ones, by where
        elif _on_behalf_of(child) is not None:
            right = child.right_edge  # "a statement issued on behalf of the family"
        elif child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.like_num and not list(g.children) for g in child.children):
            right = child.right_edge  # "the mother of three": her children's count, part of how she is named
        elif child.dep_ == "prep" and child.lower_ == "of" and _share_of_people(tok, child):
            # "41 percent of voters", "half of those polled": the share names who spoke
            right = _before_relative_clause(child)
        elif document_post_modifier(tok, child) is not None:
            # "A safety letter from 2023", "A memo seen by the Ledger": part of how the document is named
            right = document_post_modifier(tok, child)
        elif child.dep_ == "prep" and child.lower_ == "from" and document_from_someone(tok, child):
            # "a letter from residents": whose document (without a participle hung on them)
            right = next(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "in" and _age_decade(child):
            # "a woman in her 60s": her age, part of how she is named
            right = next(c for c in child.children if c.dep_ == "pobj")
        else:
            break
    doc = tok.doc
    # "the mother-of-two": words joined by hyphens are one word
    while right.i + 2 < len(doc) and not right.whitespace_ and doc[right.i + 1].text == "-" \
            and not doc[right.i + 1].whitespace_ and doc[right.i + 2].text[:1].isalnum():
        right = doc[right.i + 2]
    return left.idx, right.idx + len(right)


# nouns of a source the article does not name
UNNAMED_SOURCES = frozenset({"source", "sources", "official", "officials", "insider", "insiders", "person",
                             "people", "aide", "aides"})


SHARE_WORDS = frozenset({"percent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                         "majority", "minority", "most", "many", "some", "few", "none"})


def _share_of_people(tok: Token, prep: Token) -> bool:
    """"41 percent of voters", "a majority of residents": a share whose "of" says of whom
    (PolNeAR train marks the whole phrase as the source)."""
    if tok.lower_ not in SHARE_WORDS:
        return False
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return pobj is not None and pobj.pos_ in ("NOUN", "PROPN", "PRON") and not pobj.ent_type_ in ("DATE", "TIME")


def _before_relative_clause(phrase: Token) -> Token:
    """The last token of `phrase` before any relative clause inside it (and its comma)."""
    doc = phrase.doc
    rel = min((g.left_edge.i for g in phrase.subtree if g.dep_ == "relcl"), default=phrase.right_edge.i + 1)
    right = doc[rel - 1]
    while right.i > phrase.i and (right.is_punct or right.lower_ in ("who", "that", "which")):
        right = doc[right.i - 1]
    return right


def _inside_a_body(prep: Token) -> bool:
    """'in the ministry', 'within the government': a body named by a common noun of bodies,
    after "the" (not "in the morning", not "in 2019")."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lower_ in org_heads() and obj.text.islower() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)


# a participle's phrase that says why a source is unnamed, not which one it is
WHY_UNNAMED = frozenset({"condition", "anonymity", "background"})
# past participles of reaching a source: "residents reached by phone", "voters polled in May"
# ("a man arrested on Sunday" tells what happened to him, not which source he is)
CONTACT_PARTICIPLES = frozenset({"reached", "contacted", "interviewed", "polled", "surveyed", "questioned"})


def _which_ones(head: Token, part: Token) -> bool:
    """'several residents reached by phone', 'an image circulating on Instagram': a participle
    right after a common noun (a present one, or a past one of reaching a source), with a phrase
    opening right after it and nothing else, says which ones (or which thing) the noun means, as
    "familiar with" does; not after a name, not "speaking on condition of anonymity" (why the
    source goes unnamed), not "a man arrested on Sunday" (what happened to him, and when)."""
    if head.pos_ != "NOUN" or head.ent_type_ or not (
            part.tag_ == "VBG" or part.tag_ == "VBN" and part.lower_ in CONTACT_PARTICIPLES):
        return False
    kids = list(part.children)
    if len(kids) != 1 or kids[0].dep_ not in ("prep", "agent") or kids[0].i != part.i + 1:
        return False
    # (a time is when, not which: "a woman waiting on Sunday")
    return not any(t.lemma_.lower() in WHY_UNNAMED or t.ent_type_ in ("DATE", "TIME") for t in kids[0].subtree)


DECADE = re.compile(r"(?:\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", re.I)


def _age_decade(prep: Token) -> bool:
    """"in his 40s", "in her late sixties": an age given by decade after a person noun."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and bool(DECADE.match(obj.text)) \
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in obj.children)


def _lower_case_body(ctx: QuoteContext, tok: Token) -> str | None:
    """The body after "for" a spokesperson works for, written as a common noun with a
    capitalised modifier the recogniser did not take for a name ("a spokesman for the
    Carravian embassy"): "Carravian embassy"."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ != "pobj" or g.pos_ != "NOUN" or not g.text.islower():
                continue
            mods = [c for c in g.lefts if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                    and c.pos_ in ("ADJ", "PROPN")]
            if mods and all(c.dep_ in ("amod", "compound", "det") for c in g.lefts):
                return ctx.text[mods[0].idx:g.idx + len(g)]
    return None


def _for_the_noun(tok: Token) -> str | None:
    """"a spokesman for the trust": the lower-case noun after "for the" that says what kind of
    body the speaker works for (None when the body is named or has a modifier)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.text.islower() and g.tag_ == "NN" \
                    and [c.lower_ for c in g.lefts] == ["the"]:
                return g.lower_
    return None


def _on_behalf_of(verb: Token) -> Token | None:
    """The object of "on behalf of" in a participle after a noun ("a statement issued on behalf
    of the family"): whose words the document carries."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or len(list(verb.subtree)) > 10:
        return None
    for on in verb.children:
        if on.dep_ == "prep" and on.lower_ == "on":
            for behalf in on.children:
                if behalf.dep_ == "pobj" and behalf.lower_ == "behalf":
                    for of in behalf.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            return next((g for g in of.children if g.dep_ == "pobj"), None)
    return None


UNATTACHED_SPEAKERS = frozenset({"source", "sources"})
CLOSE_TO = re.compile(r"\bclose to\b", re.I)
def _names_someone(prep: Token) -> bool:
    """A prepositional phrase whose object is a proper name ("of Leon Roe")."""
    return any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lower_ in PERSON_OBJECTS
                                     or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in g.children))
               for g in prep.children) \
        and len(list(prep.subtree)) <= 6  # (or "from Jane Roe's office")


# "a statement from the family", "the mother of the missing man": the phrase names whose
# words they are even without a proper name
PERSON_OBJECTS = frozenset({"family", "families", "man", "woman", "boy", "girl", "victim", "victims",
                            "child", "children", "teenager", "couple", "pupil", "driver"})


# documents a court case is brought or argued with: their author is a party the article may not
# name, and the one named last is as often the other side
COURT_FILINGS = frozenset({"complaint", "lawsuit", "suit", "indictment", "petition", "affidavit", "motion"})
AGE_DESCRIPTION = re.compile(r"\b(\d{1,3})-year-old\b", re.I)
# "the force said": words that stand for an organisation named before by another last word
COMPANY_WORDS = frozenset({"company", "co", "corp", "corporation", "inc", "ltd", "plc", "llc", "group"})
ORG_SYNONYMS = {
    "force": frozenset({"police", "constabulary", "force", "service"}),
    "company": COMPANY_WORDS,
    "firm": COMPANY_WORDS,
    "airline": COMPANY_WORDS | {"airways", "airlines", "air"},
    "retailer": COMPANY_WORDS,
    "business": COMPANY_WORDS,
    "operator": COMPANY_WORDS,
    "supermarket": COMPANY_WORDS,
    "developer": COMPANY_WORDS,
    "bank": COMPANY_WORDS | {"bank"},
    "club": frozenset({"club", "fc", "afc", "rfc"}),
    "charity": frozenset({"charity", "trust", "foundation", "society", "league", "association", "appeal", "fund"}),
    "police": frozenset({"police", "constabulary", "force", "service"}),
    "school": frozenset({"school", "academy", "college"}),
    "university": frozenset({"university", "college"}),
    "hospital": frozenset({"hospital", "infirmary"}),
    # "the watchdog said": a regulator, by its kind of name, else the body last named as a subject
    "watchdog": frozenset({"regulator", "authority", "commission", "office", "ombudsman", "agency",
                           "inspectorate", "watchdog"}),
    "regulator": frozenset({"regulator", "authority", "commission", "office", "ombudsman", "agency",
                            "inspectorate", "watchdog"}),
    # "The Food and Drug Administration said ... The agency said": a public body by its kind of name
    "agency": frozenset({"agency", "administration", "authority", "bureau", "commission", "service",
                         "inspectorate"}),
}
REGULATOR_NOUNS = frozenset({"watchdog", "regulator"})
# nouns for a body that is neither public nor political: with no name of its kind before,
# "the company"/"the club" is the last such body named
BUSINESS_NOUNS = frozenset({"company", "firm", "airline", "retailer", "business", "operator", "supermarket",
                            "developer", "bank", "club", "charity"})
# what business news calls a firm after naming it ("Kestle Bank ... the lender said"): the
# business named last, as for "the company"
BUSINESS_DESCRIPTIONS = frozenset({
    "lender", "insurer", "carrier", "broadcaster", "manufacturer", "carmaker", "automaker", "housebuilder",
    "supplier", "provider", "publisher", "startup", "utility", "conglomerate", "chain", "grocer",
})
# last words of public bodies, never "the company"
PUBLIC_BODY_HEADS = frozenset({
    "police", "constabulary", "force", "council", "court", "government", "ministry", "department",
    "office", "party", "parliament", "assembly", "congress", "senate", "army", "navy", "agency",
    "authority", "commission", "committee", "union", "university", "college", "school", "hospital",
    "church", "campaign", "administration", "service", "services", "brigade", "guard", "board",
    "executive", "inquiry", "tribunal", "regulator", "trust", "foundation", "charity", "association",
})


def _np_head(ctx: QuoteContext, start: int) -> Token | None:
    """The head of the noun phrase whose mention starts at char `start`."""
    ti = ctx.token_at(start)
    if ti is None:
        return None
    tok = ctx.doc[ti]
    while tok.dep_ in ("compound", "flat", "det") and tok.head is not tok:
        tok = tok.head
    return tok


def _np_dep(ctx: QuoteContext, start: int) -> str:
    """The dependency of the noun phrase whose mention starts at char `start`."""
    tok = _np_head(ctx, start)
    return "" if tok is None else tok.dep_


def _business_named_last(ctx: QuoteContext, char: int) -> int | None:
    """The business "the company" stands for: the one named last, unless that one is only the
    object of a sentence whose subject is another business ("Acme said it would buy Roe
    Mills. The company said": Acme)."""
    # a business that acts somewhere in the text first: a name the tagger calls an
    # organisation but that never acts is mostly a place ("its Velmont East data centre")
    acting = _acting_orgs(ctx)
    found = _recent_mention(ctx, char, lambda p: _business(p) and p.id in acting, PRONOUN_WINDOW) \
        or _recent_mention(ctx, char, _business, PRONOUN_WINDOW)
    if found is not None and _placed_only(ctx, found[0]):
        return None
    if found is None:
        return None
    pi, start = found
    if _np_dep(ctx, start) in ("nsubj", "nsubjpass"):
        return pi
    ti = ctx.token_at(start)
    if ti is None:
        return pi
    sent_start = ctx.doc[ti].sent.start_char
    for ms, _me, pj in ctx.mentions:
        if sent_start <= ms < start and pj != pi and _business(ctx.people[pj]) \
                and _np_dep(ctx, ms) in ("nsubj", "nsubjpass"):
            return pj
    return pi


def _org_for_it(ctx: QuoteContext, char: int) -> int | None:
    """The body "it said" stands for: the last one named as the subject of its clause ("Acme
    has withdrawn its plans for the Roe estate. It said"), not one named only as a modifier
    or object after it; None when no body was a subject in the window."""
    pos = bisect.bisect_left(ctx.mention_starts, char)
    for j in range(pos - 1, -1, -1):
        s, _e, pi = ctx.mentions[j]
        if char - s > 600:
            return None
        if ctx.people[pi].kind == "org" and _np_dep(ctx, s) in ("nsubj", "nsubjpass"):
            return pi
    return None


def _name_heads(name: str) -> set[str]:
    """The words a body's name is headed by: the last, and the one before "of" ("Ministry of
    Harbours": "a ministry spokesman" is its)."""
    words = name.lower().split()
    heads = {words[-1]} if words else set()
    if "of" in words[1:]:
        heads.add(words[words.index("of") - 1])
    return heads


def _business(p) -> bool:
    """An organisation that may be "the company": not a public body, not a team or party."""
    return p.kind == "org" and p.name.lower().split()[-1] not in PUBLIC_BODY_HEADS


NAME_LINKS = frozenset({"for", "and", "of", "the", "&", "on"})


def _named_body_spokesperson(ctx: QuoteContext, tok: Token) -> Speaker | None:
    """"a Department for Farming and Rural Affairs spokesperson said", parsed with the
    department as the subject and the spokesperson inside its phrase: a body's capitalised
    name (its small words aside) before a spokesperson noun that ends the subject; the
    spokesperson speaks for that body, as "a Home Office spokesman" does."""
    right = tok.right_edge
    if tok.pos_ != "PROPN" or right.i <= tok.i or right.lower_ not in spokesperson_nouns():
        return None
    left = tok.left_edge
    first = left.i + 1 if left.lower_ in ARTICLES else left.i
    words = ctx.doc[first:right.i]
    if first != tok.i or len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in words) \
            or words[-1].lower_ in NAME_LINKS or ctx.owner[first] >= 0:
        return None  # (a name found from its first word is that one's, not a body the tagger missed)
    body = words.text
    s, e = left.idx, right.idx + len(right)
    word = right.lower_
    return Speaker(ctx.text[s:e], s, e, f"{body} {word}", f"{word}, {body}")


def resolve_speaker(ctx: QuoteContext, tok: Token) -> Speaker:
    """The speaker a subject token stands for: a person, an organisation or an unnamed mention."""
    sp = _resolve_speaker(ctx, tok)
    mods = kind_modifiers(tok) if sp.pid is not None and sp.name is not None else []
    if mods:
        body = next((p for p in ctx.people if p.id == sp.pid), None)
        if body is not None and body.kind == "org" and not fits(mods, body.name, list(body.roles)):
            # "The company, Veskor Chemicals, says ... The water company says": not Veskor
            return Speaker(sp.mention, sp.start, sp.end)
    if sp.pid is not None and sp.name is not None and sp.name != sp.mention and _dateline_only(ctx, sp.pid):
        # "MARLO CITY (Wirefeed) - ..., officials said": the agency that filed the copy is not
        # the body the officials serve
        return Speaker(sp.mention, sp.start, sp.end)
    return sp


def _dateline_only(ctx: QuoteContext, pid: str) -> bool:
    """True when every mention of the person or body `pid` lies in a dateline."""
    spans = dateline_spans(ctx.text)
    found = [(s, e) for s, e, pi in ctx.mentions if ctx.people[pi].id == pid]
    return bool(spans) and bool(found) and all(any(a <= s and e <= b for a, b in spans) for s, e in found)


# styles of address that may stand alone as a subject, with the name in apposition after them
# ("His Royal Highness, Oba Jo Roe, said", "Her Excellency, Ambassador Jo Roe,")
ADDRESS_STYLES = frozenset({"highness", "majesty", "excellency", "eminence", "lordship", "ladyship", "grace"})


def _styled_subject(ctx: QuoteContext, tok: Token) -> Speaker | None:
    """The person named in apposition to a style of address used as the subject (the tagger may
    take "Royal Highness" itself for a name)."""
    if tok.lower_ not in ADDRESS_STYLES or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return None
    for child in tok.rights:
        if child.dep_ == "appos" and ctx.owner[child.i] >= 0 and ctx.people[ctx.owner[child.i]].kind == "person":
            return speaker_for_person(ctx, ctx.owner[child.i], child)
    return None


def _plural_subject_before(ctx: QuoteContext, tok: Token) -> bool:
    """A plural common noun of no known body is the subject of another clause earlier in
    `tok`'s sentence ("Officials are studying the bridge, which they say is unsafe")."""
    own_verb = tok.head
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.pos_ == "NOUN"
               and ctx.owner[t.i] < 0 and t.head.i != own_verb.i
               for t in tok.doc[tok.sent.start:tok.i])


def _name_head(ctx: QuoteContext, tok: Token) -> Token:
    """The last word of the name `tok` is part of (up its compound and flat heads, within the
    same person or body): the word that carries the name's own relation ("poss", "appos")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and ctx.owner[tok.head.i] == ctx.owner[tok.i]:
        tok = tok.head
    return tok


def _resolve_speaker(ctx: QuoteContext, tok: Token) -> Speaker:
    styled = _styled_subject(ctx, tok)
    if styled is not None:
        return styled
    pi = ctx.owner[tok.i]
    if pi >= 0:
        return speaker_for_person(ctx, pi, tok)
    for child in tok.children:
        if child.dep_ in ("appos", "compound", "flat") and ctx.owner[child.i] >= 0 \
                and ctx.people[ctx.owner[child.i]].kind == "person" and child.i > tok.i:
            sp = speaker_for_person(ctx, ctx.owner[child.i], child)
            return sp
    spoken = _named_body_spokesperson(ctx, tok)
    if spoken is not None:
        return spoken
    for child in tok.lefts:
        # "Sgt Jane Roe of Clonmore Garda Station said", parsed with the station as the subject
        # and the name as its modifier: the person whose "of"/"at"/"from" phrase it closes speaks
        if child.dep_ in ("nmod", "compound") and ctx.owner[child.i] >= 0 \
                and ctx.people[ctx.owner[child.i]].kind == "person" \
                and any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from") and c.i > child.i
                        and c.right_edge.i + 1 >= tok.i - 2 for c in child.children):
            return speaker_for_person(ctx, ctx.owner[child.i], child)
    if tok.lower_ in titles():
        # "Jane Roe MP said": a title after the name (the parser makes it the head)
        for child in tok.lefts:
            if child.dep_ in ("compound", "flat") and ctx.owner[child.i] >= 0 \
                    and ctx.people[ctx.owner[child.i]].kind == "person":
                return speaker_for_person(ctx, ctx.owner[child.i], child)
    if tok.lower_ in titles() and tok.lower_ not in spokesperson_nouns():
        # "Minister for Housing Aoife Brannigan said", parsed as the minister "for" the name:
        # the named person speaks when the article gives her that title
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                for g in child.children:
                    pi = ctx.owner[g.i] if g.dep_ == "pobj" else -1
                    if pi >= 0 and ctx.people[pi].kind == "person" \
                            and any(tok.lower_ in r.lower().split() for r in ctx.people[pi].roles):
                        return speaker_for_person(ctx, pi, g)
    for t in tok.subtree:
        # "Head of X at Y, Jane Roe, said": the name in apposition speaks (not one renaming
        # someone inside a relative clause: "The governor, who spoke through his aide, Jo Roe,")
        if t.dep_ == "appos" and ctx.owner[t.i] >= 0 and ctx.people[ctx.owner[t.i]].kind == "person" \
                and not _in_clause_under(t, tok):
            return speaker_for_person(ctx, ctx.owner[t.i], t)
    body = next((c for c in tok.rights if c.dep_ == "appos" and ctx.owner[c.i] >= 0
                 and ctx.people[ctx.owner[c.i]].kind == "org"), None)
    if body is not None and tok.pos_ == "NOUN" and tok.lower_ not in spokesperson_nouns() \
            and tok.lemma_.lower() not in DOCUMENT_NOUNS:
        # "Her school, St Aidan's Academy, said": the body the common noun is renamed as speaks
        # (not "a spokesman, Acme Ltd," nor "the statement, ..."); its name is the mention
        found = speaker_for_person(ctx, ctx.owner[body.i], body)
        return Speaker(found.mention, found.start, found.end, found.name, None, found.pid)
    low = tok.lower_
    start, end = tok.idx, tok.idx + len(tok)
    if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
        g = "m" if low in MALE_PRONOUNS else "f"
        found = _recent_mention(ctx, tok.idx, lambda p: p.kind == "person" and p.gender == g, PRONOUN_WINDOW)
        pi = None
        if found is not None:
            teller = _teller(ctx, found[0], found[1], g)
            pi = found[0] if teller is None else teller
        if pi is None:
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and p.gender is None, PRONOUN_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(tok.text, start, end, p.name, p.role, p.id)
        return Speaker(tok.text, start, end)
    if low in ("they", "it", "we"):
        if document_before_it(tok, ctx.owner):
            return Speaker(tok.text, start, end)  # "The memo was sent ... It said": the memo
        if low == "they" and _plural_subject_before(ctx, tok):
            # "Detectives are investigating a break-in, which they say is not linked": the
            # people the sentence is about, not a body named before it
            return Speaker(tok.text, start, end)
        pi = _org_for_it(ctx, tok.idx) if low == "it" else None
        if pi is None:
            # a body that acts somewhere in the text first ("the National Police received the
            # calls ... We can now confirm"): names the tagger calls organisations but that only
            # stand after prepositions ("south of Brannock") are mostly places
            # ("we" is the body the whole text speaks for, however far back it was named)
            acting = _acting_orgs(ctx)
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "org" and p.id in acting, 3000 if low == "we" else 600)
        if pi is None:
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "org", 600)
            if pi is not None and _placed_only(ctx, pi):
                pi = None
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(tok.text, start, end, p.name, p.role, p.id)
        return Speaker(tok.text, start, end)
    s, e = _np_span(tok)
    mention = ctx.text[s:e]
    if tok.lemma_.lower() in DOCUMENT_NOUNS:
        # "a statement from the Harbor Trust said", "her letter read", "the statement read":
        # a document speaks for the one who issued it, named in the phrase or last named
        owner = next((o for o in map(_on_behalf_of, tok.children) if o is not None), None)
        if owner is not None:
            # "a statement issued on behalf of Jane Roe / the family": its owner speaks; a
            # family or group the article does not name has no resolved name
            pi = next((ctx.owner[t.i] for t in owner.subtree if ctx.owner[t.i] >= 0), -1)
            if pi < 0:
                return Speaker(mention, s, e)
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role if p.kind == "person" else None, p.id)
        signer = _document_signer(ctx, tok)
        if signer is not None:
            # "A letter signed by headteacher Jane Roe said": the signer speaks
            return speaker_for_person(ctx, ctx.owner[signer.i], signer)
        named = _named_in_phrase(ctx, tok)
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if named is not None:
            p = ctx.people[ctx.owner[named.i]]
        elif poss is not None:
            by = resolve_speaker(ctx, poss)
            return Speaker(mention, s, e, by.name, by.role, by.pid)
        elif tok.lemma_.lower() in COURT_FILINGS:
            p = None  # "Tenants sued Acme. The complaint alleges ...": the one named is often the one sued
        else:
            pi = _recent(ctx, tok.idx, lambda p: True, PRONOUN_WINDOW)
            p = ctx.people[pi] if pi is not None else None
        if p is not None:
            return Speaker(mention, s, e, p.name, p.role if p.kind == "person" else None, p.id)
        return Speaker(mention, s, e)
    if low in spokesperson_nouns() and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not any(c.dep_ in ("prep", "compound", "poss", "amod", "nmod") for c in tok.children):
        # "Ministry spokesman Omar Roe ... the spokesman said": the person the article gave that job
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and any(
            low in r.lower().split() for r in p.roles), ORG_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    if low in spokesperson_nouns():
        org = None
        for t in tok.subtree:
            if ctx.owner[t.i] >= 0 and ctx.people[ctx.owner[t.i]].kind == "org":
                org = ctx.owner[t.i]
                break
        national = any(c.dep_ in ("amod", "nmod", "compound") and c.ent_type_ in ("NORP", "GPE")
                       for c in tok.children)
        kind_word = next((c.lower_ for c in tok.children if c.dep_ in ("compound", "nmod", "poss")
                          and c.pos_ == "NOUN" and c.text.islower()), None)
        for_noun = _for_the_noun(tok)
        if org is None and kind_word is None and for_noun is not None:
            # "a spokeswoman for the trust": a body of that kind named before, not the body
            # named last whatever its kind
            heads = ORG_SYNONYMS.get(for_noun, frozenset()) | {for_noun}
            org = _recent(ctx, tok.idx, lambda p: p.kind == "org" and bool(_name_heads(p.name) & heads),
                          ORG_WINDOW)
            if org is None and for_noun in BUSINESS_NOUNS:
                org = _recent(ctx, tok.idx, _business, PRONOUN_WINDOW)
        elif org is None and kind_word is not None:
            # "a police source", "a council spokesman": a body of that kind named before
            heads = ORG_SYNONYMS.get(kind_word, frozenset()) | {kind_word}
            org = _recent(ctx, tok.idx, lambda p: p.kind == "org" and bool(_name_heads(p.name) & heads),
                          ORG_WINDOW)
        elif org is None and not CLOSE_TO.search(mention) and not national and low not in UNATTACHED_SPEAKERS:
            # ("a source close to the minister", "Norwegian officials" speak for no body named
            # before; nor do "sources" with nothing to say whose: the body named last is as
            # often the outlet they talked to)
            org = _recent(ctx, tok.idx, lambda p: p.kind == "org", ORG_WINDOW)
        if org is not None:
            p = ctx.people[org]
            word = tok.text.lower()
            return Speaker(mention, s, e, f"{p.name} {word}", f"{word}, {p.name}", p.id)
        body = _lower_case_body(ctx, tok)
        if body is not None:
            word = tok.text.lower()
            return Speaker(mention, s, e, f"{body} {word}", f"{word}, {body}")
        if low.startswith("spokes"):
            # "a company spokeswoman" with no body named: the job is still her role ("a source",
            # "an official" name no job)
            return Speaker(mention, s, e, None, low)
        return Speaker(mention, s, e)
    named = _named_in_phrase(ctx, tok)
    if named is not None and not (_definite_person_description(tok) and ctx.people[ctx.owner[named.i]].kind == "org"):
        p = ctx.people[ctx.owner[named.i]]
        if named.dep_ == "appos" and p.kind == "person":
            return speaker_for_person(ctx, ctx.owner[named.i], named)
        named = _name_head(ctx, named)  # "Senator Ruth Kallan's office": "Kallan" holds the "'s"
        if p.kind == "person" and named.dep_ == "poss" and named.head.i == tok.i and low == "office":
            # "Baptiste's office said": an office holder's office speaks for her, as "a statement
            # from Senator Jane Roe's office" does
            return Speaker(mention, s, e, p.name, p.role, p.id)
        if p.kind == "person" and named.dep_ == "poss" and named.head.i == tok.i and low in AGENT_NOUNS:
            # "Tarrant's lawyer said": someone acting for the named person, as "her lawyer"
            # is, unnamed here (not "Liam Tarrant lawyer")
            return Speaker(mention, s, e)
        if p.kind == "org" and named.dep_ == "poss" and named.head.i == tok.i \
                and tok.lower_ in titles() | word_list("role_nouns"):
            # "Kestrin's chief executive said": a job at the body, named as "a spokesman for X" is
            job = " ".join([c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.i > named.i
                            and c.is_alpha] + [tok.lower_])
            return Speaker(mention, s, e, f"{p.name} {job}", f"{job}, {p.name}", p.id)
        if _authored_by(tok, named):
            # "a new survey by Marrowgate Polling", "a report by the Ledger": the work is its
            # author's word, so the author is the one who says it (not "Marrowgate Polling survey")
            return Speaker(mention, s, e, p.name, p.role if p.kind == "person" else None, p.id)
        # "Jane Roe's campaign", "a producer for Acme Studios": the body or person behind it
        return Speaker(mention, s, e, f"{p.name} {tok.lower_}", p.role if p.kind == "person" else None, p.id)
    age = AGE_DESCRIPTION.search(mention)
    if age is not None and any(c.dep_ == "det" for c in tok.subtree):
        by_age = _by_age(ctx, mention, s, e, int(age.group(1)))
        if by_age is not None:
            return by_age
    if low in ORG_SYNONYMS and low != "police" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "org" and p.name.lower().split()[-1] in ORG_SYNONYMS[low],
                     ORG_WINDOW)
        if pi is None and low in BUSINESS_NOUNS:
            # "Kestrel Airways cancelled 40 flights. The company said": the business named last
            pi = _business_named_last(ctx, tok.idx)
        if pi is None and low in REGULATOR_NOUNS:
            # "The Office for Rail Standards fined Northline. The watchdog said": the body that
            # acted, not the one it acted on
            pi = _org_for_it(ctx, tok.idx)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    if low in BUSINESS_DESCRIPTIONS and tok.tag_ == "NN" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        pi = _business_named_last(ctx, tok.idx)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    if _definite_person_description(tok):
        # "the senator said", "The Wisconsin Republican said": the person named before whom the
        # article gave that role ("X, the Taoiseach, and Y, the Tánaiste, met ... The Taoiseach
        # said"), else the person last named
        word = _office_to_come(tok) or tok.lower_  # ("the governor-elect": the whole office)
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and any(word in r.lower().split() for r in p.roles),
                     ORG_WINDOW)
        if pi is None and word in OFFICE_CLASSES:
            # "Justice Priya Roe ... The judge said", "Imam Ali Roe ... The cleric said": a class
            # noun whose titles (of the bench, of the clergy) name one office
            office = OFFICE_CLASSES[word]
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and any(
                w.strip(".,") in office for r in p.roles for w in r.lower().split()), ORG_WINDOW)
        if pi is None:
            # "Gov. Jane Roe ... the governor said": the title's short form, weaker evidence than
            # the word itself, searched back only as far as a pronoun's person
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and any(_role_has(r, word) for r in p.roles),
                         PRONOUN_WINDOW)
        gender = "f" if word in FEMALE_NOUNS else "m" if word in MALE_NOUNS else None
        if gender is None and _demonym(tok) and word.endswith("man"):
            gender = "f" if word.endswith("woman") else "m"  # "the Irishwoman"
        if pi is None and gender is not None and _demonym(tok):
            # "the Irishman": a man, before a name of no known gender (often a club the small
            # model takes for a person)
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and p.gender == gender, PRONOUN_WINDOW)
        if pi is None and word not in OFFICE_CLASSES:
            # (a court report names the accused, victims and witnesses more often than the judge:
            # "the judge", or "the cleric", is no one the article did not give such a title)
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and (gender is None or p.gender != _other(gender)),
                         PRONOUN_WINDOW)
            if pi is not None and word not in KIN_WORDS and word not in ("man", "woman"):
                pi = _relative_of(ctx, pi, gender)
        if pi is None and word in titles():
            # "..., the president said on Sunday.\n\nPresident Jane Roe said": wire copy that
            # names the speaker just after the first attribution
            pi = _later_with_role(ctx, tok.idx, word, CATAPHORA_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    # (or an all-capitals job the article gave someone: "Ann Roe, a GP, ... the GP said")
    if (tok.tag_ == "NN" or (tok.tag_ == "NNP" and (tok.text.islower() or tok.text.isupper()))) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not _definite_person_description(tok):
        # "the chief executive said", "the ministry said": the person whose role, or the body
        # whose name, was written with that noun before
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and any(
            r.lower().split()[-1:] == [low] for r in p.roles), ORG_WINDOW)
        if pi is None and tok.text.isupper() and 2 <= len(tok.text) <= 4:
            # "Superintendent of Police Ann Roe ... the SP said": the initials of her title
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and any(
                _role_initials(r).startswith(tok.text) for r in p.roles), ORG_WINDOW)
        if pi is None and low in DEFENDANT_NOUNS:
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and _on_trial(ctx, p), ORG_WINDOW)
        if pi is None and low in COURT_PARTICIPLES:
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and _introduced_as(ctx, p, COURT_PARTICIPLES[low]),
                         ORG_WINDOW)
        if pi is None and tok.text.islower():
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "org" and low in p.name.lower().split(), ORG_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    if low in titles() and tok.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.children) \
            and "\n" not in ctx.text[:tok.idx] and ctx.text.find("\n", tok.idx) > 0:
        # a headline's bare title ("Minister says ..."): the person the article gives that role
        pi = _later_with_role(ctx, tok.idx, low)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    if low in org_heads():
        # "police said" -> the police force named before
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "org" and p.name.lower().split()[-1] == low, ORG_WINDOW)
        if pi is None and low == "police" and mention.lower() == "police":
            pi = _only_police_force(ctx)
        if pi is not None:
            p = ctx.people[pi]
            return Speaker(mention, s, e, p.name, p.role, p.id)
    return Speaker(mention, s, e)


# words for a relative: "her mother, Claire," is known to the article as someone's relative
KIN_WORDS = frozenset({"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
                       "widower", "partner", "grandmother", "grandfather", "mum", "dad", "fiancee", "fiancée",
                       "fiance", "fiancé", "aunt", "uncle", "niece", "nephew", "cousin"})


def _relative_of(ctx: QuoteContext, pi: int, gender: str | None) -> int:
    """The person `pi` is a relative of, when the article knows `pi` only as one ("Lila Roe and
    her mother, Claire, ... The actress said"): a description of what someone does ("the
    actress", "the singer") is the article's own figure, the one the relative is named by, not
    the relative; else `pi`."""
    p = ctx.people[pi]
    owners = [r.partition(" to ")[2] for r in p.roles]
    if not p.roles or any(not o or r.partition(" to ")[0].lower() not in KIN_WORDS for r, o in zip(p.roles, owners)):
        return pi
    found = [j for j, q in enumerate(ctx.people)
             if q.kind == "person" and q.name == owners[0] and (gender is None or q.gender != _other(gender))]
    return found[0] if len(found) == 1 else pi


def _role_initials(role: str) -> str:
    """"Superintendent of Police" -> "SP": the initials of a role's capitalised words."""
    return "".join(w[0] for w in role.split() if w[:1].isupper() and w.isalpha())


# sports pages' informal names for a job ("the skipper" is the one given "captain")
JOB_SYNONYMS: dict[str, tuple[str, ...]] = {"skipper": ("captain",), "boss": ("manager", "coach"),
                                            "gaffer": ("manager",)}


def _role_has(role: str, word: str) -> bool:
    """Whether a role holds `word`, also as a title's short form ("the governor": "Gov.") or
    the job's informal name ("the skipper": "captain")."""
    words = [w.lower().strip(".,") for w in role.split()]
    full = _title_words()
    return word in words or any(full.get(w) == word for w in words) \
        or any(same in words for same in JOB_SYNONYMS.get(word, ()))


_TITLE_WORDS: dict[str, str] = {}


def _title_words() -> dict[str, str]:
    """Short forms of titles and their full forms ("gov" -> "governor")."""
    if not _TITLE_WORDS:
        for line in word_list("title_abbreviations"):
            pair = line.split()
            if len(pair) == 2:
                _TITLE_WORDS[pair[0]] = pair[1]
    return _TITLE_WORDS


POLICE_HEADS = frozenset({"police", "constabulary"})


def _other(gender: str) -> str:
    return "m" if gender == "f" else "f"


def _only_police_force(ctx: QuoteContext) -> int | None:
    """Bare "Police said ...": the police force the article names, before or after ("Lakeland
    Police", "the Northshire Constabulary"), when it names exactly one."""
    forces = [pi for pi, p in enumerate(ctx.people)
              if p.kind == "org" and p.name.lower().split()[-1] in POLICE_HEADS and len(p.name.split()) > 1]
    return forces[0] if len(forces) == 1 else None


def _by_age(ctx: QuoteContext, mention: str, s: int, e: int, n: int) -> Speaker | None:
    """'the 34-year-old said': the person of that age named before, else the last person
    whose age the article does not give."""
    pi = _recent(ctx, s, lambda p: p.kind == "person" and p.age == n, ORG_WINDOW)
    if pi is None:
        pi = _recent(ctx, s, lambda p: p.kind == "person" and p.age is None, PRONOUN_WINDOW)
    if pi is None:
        return None
    p = ctx.people[pi]
    return Speaker(mention, s, e, p.name, p.role, p.id)


AGE_BEFORE_VERB = re.compile(r"\b[Tt]he (\d{1,3})-year-old\s*$")


def _age_before(ctx: QuoteContext, verb: Token) -> Speaker | None:
    """'“...,” the 52-year-old said': the parser may leave the description no subject role."""
    line_start = ctx.text.rfind("\n", 0, verb.idx) + 1
    m = AGE_BEFORE_VERB.search(ctx.text, max(line_start, verb.idx - 30), verb.idx)
    if m is None:
        return None
    return _by_age(ctx, m.group(0).rstrip(), m.start(), m.start() + len(m.group(0).rstrip()), int(m.group(1)))


def _later_with_role(ctx: QuoteContext, char: int, word: str, window: int | None = None) -> int | None:
    """The first person named after `char` (within `window` characters) whose role holds `word`."""
    pos = bisect.bisect_right(ctx.mention_starts, char)
    for s, _e, pi in ctx.mentions[pos:]:
        if window is not None and s - char > window:
            return None
        p = ctx.people[pi]
        if p.kind == "person" and any(word in r.lower().split() for r in p.roles):
            return pi
    return None


PHRASE_DEPS = frozenset({"poss", "compound", "prep", "pobj", "nmod", "amod", "appos", "flat", "case"})


# written or spoken works whose "by"/"from" phrase names their author ("a report by X")
AUTHORED_WORKS = frozenset({
    "report", "survey", "study", "poll", "analysis", "audit", "review", "investigation", "assessment",
    "estimate", "forecast", "article", "book", "paper", "briefing", "documentary", "prospectus", "memoir",
    "essay", "column",
})


def _authored_by(work: Token, named: Token) -> bool:
    """`named` is (in) the author of `work`: the object of "by"/"from" hung right on the work, or
    its possessive ("The Halden Institute's report", as "a report by the Halden Institute")."""
    if work.lemma_.lower() not in AUTHORED_WORKS:
        return False
    if named.dep_ == "poss" and named.head.i == work.i:
        return True
    t = named
    for _ in range(4):
        if t.dep_ == "pobj":
            return t.head.lower_ in ("by", "from") and t.head.head.i == work.i
        if t.head.i == t.i or t.head.i == work.i:
            return False
        t = t.head
    return False


def _named_in_phrase(ctx: QuoteContext, tok: Token) -> Token | None:
    """The first named person or body inside a subject noun phrase ("Jane Roe's aides")."""
    for t in tok.subtree:
        if t.i == tok.i or ctx.owner[t.i] < 0:
            continue
        up = t
        while up.i != tok.i and up.dep_ in PHRASE_DEPS:
            up = up.head
        if up.i == tok.i:
            return t
    return None


# participles that say who wrote a document ("signed by", "written by"), not who read it
SIGNING_VERBS = frozenset({"sign", "write", "pen", "draft", "author", "send", "issue", "prepare", "compile",
                           "co-sign", "cosign", "release", "submit", "file", "dictate"})


def _document_signer(ctx: QuoteContext, doc_tok: Token) -> Token | None:
    """The person who signed or wrote a document ("a letter signed by Jane Roe", "a statement
    written by her lawyer, Tom Roe"): the named person in the "by" phrase of a participle."""
    for verb in doc_tok.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in SIGNING_VERBS:
            continue  # (not "a memo seen by Lobbyline": who read it did not write it)
        for by in verb.children:
            if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                for t in by.subtree:
                    if ctx.owner[t.i] >= 0 and ctx.people[ctx.owner[t.i]].kind == "person":
                        return t
    return None


# "the Dutchman", "the Irishwoman", "the Scotsman": a nationality made a person noun
# ("ch", "sh", "ts" before "man": not "the Ombudsman", "the Chairman")
DEMONYM_PERSON = re.compile(r"[A-Z][a-z]*(?:ch|sh|ts)(?:wo)?man")


def _demonym(tok: Token) -> bool:
    """'the Brazilian', 'the Dutchman': a nationality standing for a person (sports and wire copy)."""
    return tok.tag_ == "NNP" and (tok.ent_type_ == "NORP" or DEMONYM_PERSON.fullmatch(tok.text) is not None)


def _in_clause_under(t: Token, top: Token) -> bool:
    """Whether `t` hangs in a clause that modifies `top` (a relative or participle clause)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "advcl"):
            return True
        t = t.head
    return False


# second halves of a hyphenated office not yet taken up ("governor-elect", "ambassador-designate")
OFFICE_TO_COME = frozenset({"elect", "designate"})


def _office_to_come(tok: Token) -> str | None:
    """"governor-elect" for the head "elect" of "the governor-elect" (tokenised in three, the
    office a compound of "elect"), None for any other word."""
    i = tok.i
    if tok.lower_ not in OFFICE_TO_COME or i < 2 or tok.doc[i - 1].tag_ != "HYPH" or tok.doc[i - 2].head.i != i \
            or tok.doc[i - 2].whitespace_ or tok.doc[i - 1].whitespace_:
        return None
    office = tok.doc[i - 2].lower_
    return f"{office}-{tok.lower_}" if office in titles() or office in PERSON_NOUNS else None


def _definite_person_description(tok: Token) -> bool:
    """'the senator', 'the Kentucky Republican': a singular definite noun naming a role."""
    if tok.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    word = tok.lower_
    return word in titles() or word in PERSON_NOUNS or word in OFFICE_CLASSES or _demonym(tok) \
        or _office_to_come(tok) is not None


def _introduced_as(ctx: QuoteContext, p, participle: str) -> bool:
    """A person named with a court report's participle: "Prosecuting, Jo Roe" or "Jo Roe KC,
    prosecuting," ("the prosecutor said" later is that person)."""
    for m in p.mentions:
        before = ctx.text[max(0, m.start - 20):m.start].lower()
        after = ctx.text[m.end:m.end + 24].lower()
        if re.search(rf"\b{participle},\s*$", before) or re.match(rf"(?:\s+[a-z]{{2,3}})?,\s*{participle}\b", after):
            return True
    return False


# titles of the bench: "the judge" is the person the article called Justice, Judge, Recorder or Magistrate
BENCH_WORDS = frozenset({"judge", "justice", "recorder", "magistrate"})
# titles of the clergy written before a name ("Imam", "Archbishop", "Fr", "Rev"), which a
# later "the cleric" names (round 33)
CLERGY_TITLES = frozenset({"imam", "archbishop", "bishop", "rev", "revd", "reverend", "father", "fr", "pastor",
                           "priest", "vicar", "rabbi", "sheikh", "canon", "cardinal", "monsignor", "chaplain",
                           "evangelist", "prophet", "apostle"})
# a class noun for an office and the titles that hold it
OFFICE_CLASSES = {**{w: BENCH_WORDS for w in BENCH_WORDS},
                  **{w: CLERGY_TITLES for w in ("cleric", "clergyman", "clergywoman", "churchman", "preacher")}}
# nouns a court report writes for a person it named with a participle ("Prosecuting, Jo Roe")
COURT_PARTICIPLES = {"prosecutor": "prosecuting"}
# "Jo Roe, 51, denies ...", "Jo Roe admitted ...", "Jo Roe was charged with ...": the one on trial
ON_TRIAL = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:denies|denied|admits|admitted|pleads|pleaded|"
                      r"(?:is|was|has been|had been) (?:accused|charged|convicted))\b")
DEFENDANT_NOUNS = frozenset({"defendant", "accused"})


def _on_trial(ctx: QuoteContext, p) -> bool:
    """A person the article put on trial: a mention followed by "denies", "admitted", "was charged"."""
    return any(ON_TRIAL.match(ctx.text, m.end, min(len(ctx.text), m.end + 40)) for m in p.mentions)


def _crosses_paragraph(doc: Doc, a: int, b: int) -> bool:
    """A line break between tokens a and b (a < b)."""
    return any("\n" in doc[i].text_with_ws for i in range(a, b))


def _nearest_subject(tok: Token, passive: bool) -> Token | None:
    """The subject child of `tok` nearest to it, preferring one in its paragraph.

    The parser may run a sentence across a paragraph break and give the verb two
    subjects ("The budget passed ...\n\nCouncil leader Jane Roe said:").
    """
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    best, best_key = None, None
    for child in tok.children:
        if child.dep_ not in deps:
            continue
        a, b = sorted((child.i, tok.i))
        if _crosses_paragraph(tok.doc, a, b):
            continue  # a parse that ran on past a paragraph break
        if best_key is None or b - a < best_key:
            best, best_key = child, b - a
    if best is None and any(c.dep_ in deps for c in tok.children):
        best = _subject_after_break(tok)
    return best


SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _subject_after_break(verb: Token) -> Token | None:
    """"Report: Council knew of cracks\n\nCouncil engineers warned that ...": a headline with no
    full stop runs into the paragraph after it and takes the verb's subject; the noun phrase
    that opens the verb's paragraph, right before it, is the subject written there."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and "\n" not in doc[k].text_with_ws and verb.i - k <= 7:
        k -= 1
    if k < 0 or "\n" not in doc[k].text_with_ws or verb.i == k + 1:
        return None  # (the sentence splitter may have cut at the break; the parse did not)
    words = doc[k + 1:verb.i]
    head = words[-1]
    if any(t.pos_ not in SUBJECT_WORDS for t in words) or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not all(k < t.i < verb.i for t in head.rights):
        return None  # (its left edge may run back into the headline; the mention stops at the break)
    return head


def _with_participle_noun(tok: Token) -> Token | None:
    """"..., with analysts saying ...", "with an investigator telling the coroner ...": the noun
    "with" takes is the participle's subject, not the main clause's (PolNeAR train gives such
    words to that noun, 7 of 7)."""
    if tok.tag_ != "VBG" or tok.dep_ != "acl":
        return None
    noun = tok.head
    if noun.i > tok.i or noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "without"):
        return None
    with_ = noun.head
    before = tok.doc[with_.i - 1] if with_.i > with_.sent.start else None
    # (a sentence the parser left with a noun as its root hangs "with" on that noun)
    if with_.head.pos_ not in ("VERB", "AUX") and with_.head.dep_ != "ROOT" or any(t.text in ",;:" for t in tok.doc[noun.i:tok.i]) \
            or before is not None and before.text not in (",", ";", "-", "\u2013", "\u2014", "--"):
        # the clause is set off ("fell 6%, with analysts saying", "— with 50 percent saying") or
        # opens the sentence; not "features five voters with varying heritage speaking ..." nor
        # "ended the debate with a reference to the film, remarking ..."
        return None
    return noun


def _unmarked_second_verb(verb: Token) -> bool:
    """"She paused, then went on: “...”": a second finite verb after a comma and "then" (or
    "and"), right before a colon, that the parser hung on the first one as a bare dep; it shares
    the first one's subject."""
    head = verb.head
    if verb.dep_ != "dep" or head.i >= verb.i or head.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    # (the first verb's own particle and object stay out: "sat down, then", "shook his head, then")
    own = {t.i for c in head.rights if c.dep_ in ("prt", "dobj") and c.i < verb.i for t in c.subtree}
    rest = [t.lower_ for t in verb.doc[head.i + 1:verb.i] if t.i not in own]
    return rest in ([",", "then"], [",", "and", "then"], ["and", "then"])


def _subject(verb: Token, is_cue=None) -> Token | None:
    """The grammatical subject of a cue verb, climbing "..., saying"/"adding"/"and said" clauses."""
    tok = verb
    for _ in range(5):
        subj = _nearest_subject(tok, passive=tok is not verb)
        if subj is not None:
            return subj
        if tok is verb and _unmarked_second_verb(tok):
            tok = tok.head  # "He stopped, then began again: ...": one subject, two verbs
            continue
        if tok is verb and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and is_cue is not None \
                and is_cue(tok.head.head):
            # "said the plan was sound and told the council ...": the parser hung the second
            # report on the first one's clause; it shares the first report's subject
            tok = tok.head.head
            continue
        for child in tok.children:
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        if tok.dep_ == "acomp" and tok.lower_ in READY_ADJECTIVES and tok is not verb:
            tok = tok.head  # "The coach was quick to point out that ...": the subject of "was"
            continue
        if tok.dep_ not in CLIMB_DEPS or tok.head is tok:
            return None
        with_noun = _with_participle_noun(tok)
        if with_noun is not None:
            return with_noun
        received = received_document(tok)
        if received is not None:
            return received
        if tok.dep_ == "ccomp" and tok.head.i > tok.i and is_cue is not None and not is_cue(tok.head):
            # "Officials were warned about the wall, the Post has learned": the clause after is
            # the writer's (no report), so its subject is no speaker of the one before
            return None
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp", "pobj"):
            # a participle clause ("..., saying") shares the subject of the main clause
            root = tok.sent.root
            if root is not tok:
                tok = root
                continue
        tok = tok.head
    return None


def _left_person(ctx: QuoteContext, verb: Token) -> Token | None:
    """A name just before the verb when the parser found no subject ("Ada Vell called")."""
    i = verb.i - 1
    floor = max(verb.sent.start, verb.i - 4)
    while i >= floor:
        tok = ctx.doc[i]
        if ctx.owner[i] >= 0:
            return tok
        if tok.pos_ not in ("ADV", "AUX", "PART"):
            return None
        i -= 1
    return mistagged_name(verb)


def mistagged_name(verb: Token) -> Token | None:
    """'Tolliver vowed to ...', '“...,” Tolliver insisted': a surname the small model tagged as an
    adverb right before a cue that has no subject. A finite verb of saying needs a subject, and
    no adverb reads as one; a capitalised word there that is no "-ly" adverb or stop word (the
    sentence adverbs "Later", "Then", "Also") is the name the parse missed."""
    if verb.i < 1 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    tok = verb.doc[verb.i - 1]
    if tok.pos_ != "ADV" or tok.dep_ != "advmod" or tok.head.i != verb.i or not tok.text[:1].isupper() \
            or tok.text.isupper() or tok.is_stop or tok.lower_.endswith("ly") or not tok.text.isalpha():
        return None
    return tok


def _inverted_subject(verb: Token) -> Token | None:
    """'“...,” said Jane Roe, half joking': a name right after a cue set off by a comma, that the
    parser made the subject of a clause hung on the cue ("Jane Roe ... joking")."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 1 or verb.i + 1 >= len(doc):
        return None
    question = _question_before(verb)
    if comma_before(verb) is None and not question:
        return None
    for c in verb.rights:
        if c.dep_ == "ccomp":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.left_edge.i == verb.i + 1 and subj.pos_ in ("PROPN", "NOUN"):
                return subj
        if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and c.pos_ in ("PROPN", "NOUN") \
                and doc[verb.i - 1].text in CLOSING and _ends_clause(c) \
                and (verb.lemma_.lower() not in ADDRESSING_VERBS or (question and verb.lemma_.lower() == "ask")):
            # '“...,” added another harbour trader.': the speaker after the cue taken for its object
            # (a verb of saying has no object after quoted words; "told reporters" names who heard)
            return c
    return None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """'In a letter seen by the Gazette, the head teacher, Tomas Ellery, wrote that ...': a finite
    cue with no subject, after an opening phrase that the parser ran on into the subject (taken
    for an apposition or conjunct of the phrase's last noun). The noun phrase set off by a comma
    that closes right before the cue is the subject a finite verb of saying needs."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    opener = next((c for c in verb.lefts if c.dep_ in ("prep", "advcl") and c.left_edge.i == verb.sent.start
                   and c.right_edge.i in (verb.i - 2, verb.i - 1)), None)
    if opener is None:
        return None
    # the first noun set off by a comma inside the opening phrase, hung on one of its nouns
    for t in opener.subtree:
        if t.dep_ in ("appos", "conj") and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN") \
                and t.left_edge.i > opener.left_edge.i and doc[t.left_edge.i - 1].text == "," \
                and (t.right_edge.i >= verb.i - 2 - 1 or _court_participle_between(t.right_edge.i, verb)):
            return t
    return None


def _court_participle_between(end: int, verb: Token) -> bool:
    """'In mitigation, Jo Roe, defending, said': one lower-case word set off by commas between a
    name (ending at `end`) and its cue."""
    doc = verb.doc
    return end + 3 == verb.i - 1 and doc[end + 1].text == "," and doc[end + 2].text.islower() \
        and doc[end + 2].is_alpha and doc[end + 3].text == ","


def _question_before(verb: Token) -> bool:
    """'‘Who will pay?’ asked one resident': quoted words ending in ? or ! right before the cue."""
    doc = verb.doc
    j = verb.i - 1
    if j < 1 or doc[j].text not in CLOSING:
        return False
    while j > 0 and doc[j].text in CLOSING:
        j -= 1
    return doc[j].text in ("?", "!")


# a token just before the cue that closes quoted words; as a token of its own the straight
# single mark closes a single-quoted statement ('..., ' said X), it is no apostrophe there
CLOSING = (*CLOSING_MARKS, "'")


def _ends_clause(tok: Token) -> bool:
    """The phrase of `tok` closes its sentence or is followed by a comma."""
    nxt = tok.right_edge.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].text in (",", ".", "!", "?", ";") or tok.doc[nxt].is_sent_start


def speaker_of_verb(ctx: QuoteContext, verb: Token) -> Speaker | None:
    subj = _subject(verb, ctx.is_cue)
    if subj is None or subj.ent_type_ in ("TIME", "DATE"):
        # no subject, or a live blog's time stamp parsed as one ("4:40 p.m. Jane Roe says")
        subj = _left_person(ctx, verb) or subj
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and ctx.owner[verb.head.i] >= 0:
        # "“...” Jane Roe, a councillor, tweeted": the verb misparsed as a modifier of the name
        return resolve_speaker(ctx, verb.head)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" \
            and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
        # "The chairman called last year “...”": a past-tense verb the parser hung on the
        # sentence's only noun phrase, as if "a man called Tom"; the noun is its subject
        return resolve_speaker(ctx, verb.head)
    if subj is None:
        by_age = _age_before(ctx, verb)
        if by_age is not None:
            return by_age
    if subj is None:
        # "Jane Roe, a lawyer helping them, said ...", the name parsed as a clause before the cue
        for child in verb.lefts:
            if child.dep_ == "ccomp" and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.rights):
                named = next((t for t in child.subtree if ctx.owner[t.i] >= 0), None)
                if named is not None:
                    return resolve_speaker(ctx, named)
        fronted = _subject_in_fronted_phrase(verb)
        if fronted is not None:
            return resolve_speaker(ctx, fronted)
        inverted = _inverted_subject(verb)
        if inverted is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") \
                and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            # "'...,' sighed the coach, adding that ...": a participle takes its head verb's
            # speaker, also one written after that verb
            return speaker_of_verb(ctx, verb.head)
        return resolve_speaker(ctx, inverted) if inverted is not None else None
    if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    couple = _honorific_couple(ctx, subj)
    if couple is not None:
        return couple
    joined = _joined_names(ctx, subj)
    if joined is not None:
        return joined
    return resolve_speaker(ctx, subj)


def _joined_names(ctx: QuoteContext, subj: Token) -> Speaker | None:
    """"Varenia and Ostria said": places joined by "and" as one subject, none a person or body
    the text names, speak together (the mention is the whole phrase, with no resolved name).
    Two bare capitalised words that the text never uses apart, neither a first name nor a
    place ("Pennington and Rowe said"), are one body's name, as "Marks and Spencer" is: that
    name is resolved."""
    conj = next((c for c in subj.rights if c.dep_ == "conj"), None)
    if conj is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") and c.i < conj.i
                               for c in subj.children):
        return None
    if any(c.dep_ == "conj" for c in conj.children) or conj.right_edge.i - subj.i > 12:
        return None  # a list of three or more, or a long phrase: left as it was

    def named(t: Token) -> bool:
        return t.pos_ == "PROPN" and (ctx.owner[t.i] >= 0 or t.ent_type_ in ("PERSON", "ORG", "GPE"))

    both = _both_said(subj, conj)  # ("the mayor and her deputy both said": each speaks, named or not)
    if not (both or named(subj) and named(conj)) \
            or ctx.owner[subj.i] >= 0 and ctx.owner[subj.i] == ctx.owner[conj.i]:
        return None  # (one name found whole: "Harlow Power & Light")
    doc = ctx.doc
    bare = conj.i == subj.i + 2 and subj.left_edge.i == subj.i and conj.right_edge.i == conj.i \
        and not any(w.lower_ in first_names() or w.ent_type_ in ("GPE", "PERSON") for w in (subj, conj)) \
        and not any(t.i not in (subj.i, conj.i) and t.text in (subj.text, conj.text) for t in doc)
    if not bare and any(ctx.owner[t.i] >= 0 for t in (subj, conj)) and not both:
        # a person or body the text names among them ("Noah Roe and Lia Chen argued", "Hollis
        # Water and the Environment Agency said"): left to the first named, as PolNeAR's
        # resolved-name figure takes either name (open: the mention should be all of them, with
        # no name; making it so cost 0.4 points of resolved name on PolNeAR train)
        return None
    pi = ctx.owner[subj.i]
    if pi >= 0:
        s, _e = ctx.mention_of(pi, subj)
    else:
        first = subj.left_edge
        s = (doc[first.i + 1] if first.lower_ == "both" else first).idx  # ("Both the mayor and ...")
    s = _with_article(ctx, s, subj.idx + len(subj))
    end = conj.right_edge
    while end.i > conj.i and (end.is_punct or end.dep_ in ("appos", "relcl")):
        end = doc[end.i - 1]
    if any(t.dep_ in ("appos", "relcl", "acl") or t.text in ",(" for t in doc[conj.i:end.i + 1]):
        end = conj
    e = end.idx + len(end)
    mention = ctx.text[s:e]
    if bare:
        return Speaker(mention, s, e, mention)
    return Speaker(mention, s, e)


def _both_said(subj: Token, conj: Token) -> bool:
    """"X and Y both said", "Both X and Y said": "both" says that each of them speaks, so the
    mention is all of them (unmarked, the first named is given: see `_joined_names`)."""
    doc = subj.doc
    before, after = subj.left_edge.i - 1, conj.right_edge.i
    return any(doc[i].lower_ == "both" for i in (before, before + 1) if 0 <= i < subj.i) \
        or any(doc[i].lower_ == "both" for i in (after, after + 1) if conj.i < i < len(doc))


COUPLE_TITLES = frozenset(HONORIFIC_GENDER) | {"dr", "prof", "rev"}  # "Dr and Mrs Roe"


def _honorific_couple(ctx: QuoteContext, subj: Token) -> Speaker | None:
    """"Mr and Mrs Roe said": a bare honorific joined by "and" to a titled surname is two people
    speaking together, no one person (the parser makes "Mr" the subject)."""
    if subj.lower_.rstrip(".") not in COUPLE_TITLES or any(c.dep_ in ("compound", "flat") for c in subj.children):
        return None
    conj = next((c for c in subj.children if c.dep_ == "conj"), None)
    if conj is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in subj.children) \
            or conj.i != subj.i + 3 or ctx.doc[subj.i + 2].lower_.rstrip(".") not in COUPLE_TITLES:
        return None
    s, e = subj.idx, conj.idx + len(conj)
    return Speaker(ctx.text[s:e], s, e)
