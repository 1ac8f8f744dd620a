"""The indirect and mixed quote pass: reporting verbs whose clausal complement (or object
holding quoted words) is the content, "according to X", and "As X reported, ...".
"""

from __future__ import annotations

import bisect
import dataclasses

from spacy.tokens import Doc, Token

from storyweave.analyze.datelines import DATELINE
from storyweave.analyze.quote_context import (
    OPEN_MARKS,
    SENTENCE_END,
    QuoteContext,
    Speaker,
    copy_speaker,
    court_hearing,
    make_quote,
    trim_chars,
)
from storyweave.analyze.quote_bounds import (
    closing_attribution,
    closing_cue,
    framed_report,
    cut_after_closing_comma,
    cut_after_last_quoted,
    cut_at_closing_dash,
    cut_before_participle_report,
    cut_reaction_phrase,
    cut_nested_report,
    cut_trailing_aside,
    has_words,
    inverted_attribution,
)
from storyweave.analyze.quote_according_subject import comma_before_lost_subject, source_before_comma
from storyweave.analyze.quote_aside import inverted_subject, misparsed_aside, parenthetical
from storyweave.analyze.quote_after import speaker_of_cue
from storyweave.analyze.quote_conj import adjust_end
from storyweave.analyze.quote_addressee import participle_addressee_clause
from storyweave.analyze.quote_empty import after_to_know, pointer_only
from storyweave.analyze.quote_subject_fit import restore_cut_subject, subject_taken_for_apposition
from storyweave.analyze.quote_noun import noun_cue_quote, words_of_quote
from storyweave.analyze.quote_noun_verb import noun_read_as_verb
from storyweave.analyze.quote_put_aside import put_it_aside_quote
from storyweave.analyze.quote_naming import named_time
from storyweave.analyze.quote_occasion_that import occasion_before_that, occasion_that_clause
from storyweave.analyze.quote_tails import condition_of_report, writers_lead
from storyweave.analyze.quote_imperative import imperative, inverted_cue_over
from storyweave.analyze.quote_writer import outlet_asks, writers_formula
from storyweave.analyze.quote_speakers import resolve_speaker
from storyweave.model import Quote

COMPLEMENT_DEPS = ("ccomp",)
OBJECT_DEPS = ("dobj", "oprd", "xcomp", "attr", "ccomp", "acomp", "npadvmod")
NO_XCOMP = frozenset({"continue", "add", "say", "state", "write"})
# verbs of pledging: their infinitive is what is pledged ("vowed to fight", "promised to rebuild")
COMMISSIVE = frozenset({"promise", "vow", "pledge", "threaten", "swear"})


def _infinitive_after_adjunct(verb: Token, clause: Token) -> bool:
    """'promised on Sunday to restore': a "to" infinitive right after a phrase of time or place
    that hangs on the verb, with nothing else between them."""
    first = clause.left_edge
    if first.lower_ != "to" or first.dep_ != "aux" or first.head.i != clause.i or first.i <= verb.i + 1:
        return False
    between = [t for t in verb.rights if t.i < first.i]
    return bool(between) and all(t.dep_ in ("prep", "npadvmod", "advmod") for t in between) \
        and between[0].i == verb.i + 1 and between[-1].right_edge.i == first.i - 1
# verbs whose direct object is the message itself ("announced her resignation")
OBJECT_CONTENT = frozenset({
    "announce", "propose", "promise", "pledge", "mention",
    "accuse", "deny", "confirm", "admit", "acknowledge", "reveal", "disclose", "recommend", "demand",
    "predict", "repeat", "reiterate", "claim", "urge", "stress", "emphasise", "emphasize", "state",
    "recall", "report", "note",
})
# "claimed the nomination", "denied them entry": taking and refusing things, not statements
# ("claimed victory", "claimed responsibility" are statements and stay)
TAKEN_OR_REFUSED = {
    "claim": frozenset({"nomination", "seat", "title", "prize", "crown", "majority", "lead", "delegate",
                        "life", "residency", "ownership", "spot", "place", "land", "territory"}),
    "deny": frozenset({"access", "entry", "service", "license", "licence", "bail", "visa", "permit",
                       "benefit", "permission", "parole", "funding", "coverage",
                       # "denies two counts of assault": a plea in court, not words
                       "count"}),
}
# "sang “Abide with Me”", "chanted “Save our pier”": the quoted object is a song or slogan
SUNG = frozenset({"sing", "chant", "hum", "whistle"})
# what words come in: "said in a statement that ...", "wrote in a letter that ..."
MEDIUM_NOUNS = frozenset({
    "statement", "interview", "letter", "email", "e-mail", "post", "tweet", "speech", "release",
    "memo", "note", "message", "conference", "briefing", "call", "filing", "op-ed", "column",
    "video", "broadcast", "appearance", "address", "remark", "comment", "testimony", "hearing",
    "report", "submission", "blog", "ad", "advert", "advertisement", "podcast", "newsletter",
    "affidavit", "lawsuit", "complaint", "document", "article", "essay", "editorial", "livestream",
    # programmes and gatherings: "said on a radio show that ...", "said at a meeting that ..."
    "show", "programme", "program", "episode", "rally", "meeting", "forum", "debate",
})
# what is said by rote, a rite and not a report: "said a prayer for the families", "said Mass"
RECITED = frozenset({"prayer", "grace", "mass", "rosary", "blessing", "vow", "liturgy", "kaddish"})
# "said little about foreign policy", "said nothing of the plan": how much was said, not what
AMOUNT_SAID = frozenset({"little", "nothing", "less", "more", "much"})
# who words come through: "told the court through a Hausa interpreter that ..."
GO_BETWEEN_NOUNS = frozenset({"interpreter", "translator", "lawyer", "attorney", "solicitor", "counsel",
                              "spokesman", "spokeswoman", "spokesperson", "representative", "intermediary"})
# verbs of promising: their infinitive is what was promised ("vowed to fight on")
COMMISSIVE = frozenset({"promise", "pledge", "vow", "threaten"})
# verbs of evaluation ("criticised the plan", "praised the crews") give an opinion of their
# object, not words: with no quoted words they make a quote only with `beliefs=True`
# (attributions of opinion and endorsement too, as PolNeAR counts them)
EVALUATION_OBJECT = frozenset({
    "criticise", "criticize", "condemn", "dismiss", "question", "challenge", "praise", "defend",
    "blame", "endorse", "decry",
})
# verbs whose direct object is who is spoken to ("told reporters"), never the message
ADDRESSEE_VERBS = frozenset({
    "tell", "ask", "inform", "assure", "reassure", "advise", "remind", "instruct", "order", "beg",
    "implore", "thank", "notify", "warn", "urge",
})
# those of them whose second object can be a clause ("told him the plan was dead")
TELL_THAT = frozenset({"tell", "inform", "assure", "reassure", "advise", "remind", "notify", "warn"})
# verbs that name what something is ("described the scene as “...”", "branded it “...”"):
# with quoted words in their "as" phrase, the object and the phrase are the content
NAMING_VERBS = frozenset({
    "describe", "call", "brand", "label", "dub", "term", "characterise", "characterize", "hail",
    "dismiss", "denounce", "condemn", "praise", "slam", "criticise", "criticize", "portray",
    "decry", "tout", "blast", "attack", "lambast", "lambaste", "deride", "ridicule",
})
# naming verbs that report words even when nothing is quoted ("called the plan a disgrace")
PLAIN_NAMING = frozenset({"call", "describe", "brand", "label", "dub", "term"})
# verb + preposition whose object is the message ("called for", "warned of")
PREP_CONTENT = {
    "call": ("for", "on"), "talk": ("about", "of"), "speak": ("about", "of"), "write": ("about",),
    "complain": ("about",), "warn": ("of", "about", "against"), "report": ("on",), "comment": ("on",),
    "apologise": ("for",), "apologize": ("for",), "ask": ("for", "about"), "argue": ("for", "against"),
    "boast": ("about", "of"), "brag": ("about", "of"), "joke": ("about",), "testify": ("about", "on"), "tweet": ("about",),
    "post": ("about",), "push": ("for",), "plead": ("for",), "lobby": ("for",),
}
# speech verbs that report words only next to a quotation ("“...,” she continued"); alone
# they tell of going on or of consent ("the debate continues", "agreed to the terms")
AFTER_QUOTE_ONLY = frozenset({"continue", "agree"})
OBJECT_PREPS = frozenset({"for", "to", "of", "about", "against", "by", "into", "toward", "towards", "over", "from"})
YES_NO = frozenset({"yes", "no", "so", "nothing"})
SUBORDINATORS = frozenset({"if", "unless", "because", "so", "although", "though", "once",
                           "until", "whether", "even"})


def _names_someone(tok: Token) -> bool:
    """A pronoun object ("accused him"): who the words were about, with no message to show."""
    return tok.pos_ == "PRON"


QUESTION_MARKS = frozenset({"if", "whether"})


def _is_question(child: Token) -> bool:
    """A question put by "ask": "(asked) if/whether ...", "(asked) what/why/how ..."."""
    if child.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS
                                                for c in child.children):
        return True
    if child.dep_ == "ccomp" and any(t.tag_ in ("WRB", "WP", "WDT") for t in child.subtree if t.i <= child.i):
        return True
    # "asked what qualities he wanted": the wh-phrase parsed as the object of "ask"
    return child.dep_ == "dobj" and child.left_edge.tag_ in ("WP", "WDT")


def _asked_question(tok: Token) -> bool:
    """"Asked whether he would run (asked about it), she said ...": a reporter's question.

    Who put it goes unnamed; the main clause's subject is the one asked."""
    return tok.lemma_.lower() == "ask" and tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("advcl", "amod", "acl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any((_is_question(c) or (c.dep_ == "prep" and c.lower_ == "about")) and c.i > tok.i
                for c in tok.children)


def _attributive(tok: Token) -> bool:
    """A past participle inside a noun phrase ("include pledged delegates"), misparsed as a verb."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return prev.pos_ in ("DET", "NUM", "ADP", "VERB") and prev.dep_ not in ("aux", "auxpass") \
        and nxt.pos_ == "NOUN" and nxt.head.i == tok.i and nxt.dep_ == "dobj"


# heads whose infinitive tells of words not yet spoken ("is expected to announce", "is due to
# say", "is set to reveal")
NOT_YET_HEADS = frozenset({"expect", "due", "set", "poise", "likely", "schedule"})


def _closes_bracket(doc, a: int, i: int) -> bool:
    """doc[i] is a ")" that closes a "(" opened in doc[a:i] ("would cost $4 billion (about
    $1,200 a household)")."""
    return doc[i].text == ")" and any(t.text == "(" for t in doc[a:i])


def _unasserted(verb: Token) -> bool:
    """A cue whose words are yet to come: the infinitive of "is expected to", "is due to", "is
    set to" ("is expected to announce a freeze", "is due to say on Friday whether ...").

    (A refusal or a negated cue over a question, "declined to say whether", "did not say
    when", tells no words either, but PolNeAR counts them as attributions: left as they are.)"""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in NOT_YET_HEADS \
        and any(c.tag_ == "TO" for c in verb.children)


NO_ONE = frozenset({"nobody", "noone", "none"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless"})


def _no_one_says(verb: Token) -> bool:
    """Words nobody said: a cue whose subject is "nobody", "no one" or "none" ("Nobody has
    said the plant will close"), or a cue inside a condition ("If the minister says the
    scheme is safe, she will be asked to prove it"): a hypothetical, no report."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in NO_ONE or c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)):
            return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS
                                        for c in verb.children)


# "misquoted X as saying ...", "wrongly quoted X as saying ...": words the writer says were
# never said (a correction), not a report of them
# (by the word's stem: the lemmatizer makes "misreported" "misreporte")
MISREPORTING = ("misquot", "misreport", "misrepresent", "misattribut")
WRONGLY = frozenset({"wrongly", "falsely", "incorrectly", "mistakenly", "erroneously"})


def _misquoted(verb: Token) -> bool:
    """'An earlier version misquoted Jane Roe as saying the budget would be cut': the
    participle after "as" on a verb of misreporting reports words nobody said."""
    prep = verb.head
    if verb.tag_ != "VBG" or prep.lower_ != "as" or prep.i == verb.i:
        return False
    quote = prep.head
    lemma = quote.lemma_.lower()
    return quote.lower_.startswith(MISREPORTING) or lemma == "quote" and any(
        c.dep_ == "advmod" and c.lower_ in WRONGLY for c in quote.children)


def _only_when(tok: Token) -> bool:
    """A phrase that only tells when ("Tuesday", "this week", "last month")."""
    words = [t for t in tok.subtree if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "DET" for t in words)


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


SHIFTED = frozenset({"would", "could", "might"})


def _shifted(tok: Token) -> bool:
    """A reported verb in the past, the past perfect or a shifted modal ("was", "had gone",
    "would win")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return any(c.lower_ in SHIFTED for c in aux)
    return any(t.tag_ == "VBD" for t in aux + [tok])


def _goes_on_with_report(verb: Token, conj: Token, parts: list[Token]) -> bool:
    """'says he voted for her in 2008 and wrote in a rival in 2012': a verb the parser joined to
    the cue whose tense the cue does not have but the reported clause does (past "wrote" with
    present "says") goes on with the report."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in conj.children):
        return False
    clause = [p for p in parts if p.i > verb.i and p.dep_ == "ccomp" and p.i < conj.i]
    if not clause:
        return False
    report = clause[-1]
    aux = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        # "said he had backed the mayor but would now vote for her rival": a modal shifted back
        # as reported speech shifts it, beside a clause shifted back, after a cue in the past
        return verb.tag_ in ("VBD", "VBG") and any(c.tag_ == "MD" and c.lower_ in SHIFTED for c in aux) \
            and _shifted(report)
    if verb.tag_ in PRESENT_TAGS:
        return conj.tag_ == "VBD" and report.tag_ == "VBD"
    if verb.tag_ == "VBD":
        return conj.tag_ in PRESENT_TAGS and report.tag_ in PRESENT_TAGS
    return False


def _content_range(ctx: QuoteContext, verb: Token, has_quote) -> tuple[int, int] | None:
    """Token range of what a cue verb reports.

    Its clause ("said that ...", also before it: "..., she said"), an xcomp
    ("urged them to ..."), an object holding quoted words ("called the attack
    “sick”"), the object of verbs whose object is the message ("announced her
    resignation"), a fixed preposition ("called for ..."), or, for a
    parenthetical "she said", the clause around it.
    """
    framed = framed_report(ctx, verb)
    if framed is not None:
        return framed  # "X said Y, the court heard": all of "X said Y"
    named = named_time(verb, ctx.in_quote)
    if named is not None:
        return named  # "called last year “a disaster”": the time is what is named
    lemma = verb.lemma_.lower()
    quote_only = lemma in ctx.quote_only and lemma not in ctx.cue_lemmas
    preps = PREP_CONTENT.get(lemma, ())
    parts = []
    free = False  # a content that needs no quoted words even after a quote-only verb
    for child in verb.children:
        dep = child.dep_
        if dep in COMPLEMENT_DEPS:
            parts.append(child)
        elif child.i < verb.i:
            if dep == "advcl" and imperative(child) and getattr(inverted_cue_over(child), "i", -1) == verb.i:
                # "Tell the council what you think, the mayor urged residents": the imperative
                # is the whole report, whoever was urged
                return child.left_edge.i, child.right_edge.i + 1
            continue
        elif dep == "xcomp" and lemma == "ask" and _anonymity(child):
            continue  # "who asked not to be named": a request to stay unnamed, no statement
        elif dep == "xcomp" and lemma in ADDRESSEE_VERBS and _passive_without_agent(verb) \
                and any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS and c.lemma_ == "be"
                        or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            # "Anyone with information is asked to call 101", "drivers are advised to ...": a
            # standing appeal nobody is named for, or one yet to be made ("will be asked to
            # prove it"); "he was asked to resign", "she has been asked to ..." stay reports
            continue
        elif dep == "xcomp" and lemma in ADDRESSEE_VERBS \
                and (child.pos_ in ("NOUN", "PROPN", "PRON") or child.n_lefts + child.n_rights == 0) \
                and any(c.dep_ == "ccomp" and c.i > child.i for c in verb.children):
            # "told magistrates the dog had bitten ...": who was told, parsed as an xcomp (the
            # tagger may even take the bare noun for a verb)
            continue
        elif dep == "xcomp" and lemma in TELL_THAT and participle_addressee_clause(verb, child) is not None:
            # "told cheering supporters that ...": who was told; only the clause is reported
            clause = participle_addressee_clause(verb, child)
            if clause.head.i != verb.i:
                parts.append(clause)
        elif dep == "advcl" and lemma in COMMISSIVE and _infinitive_after_adjunct(verb, child):
            # "promised on Sunday to restore every home": the pledge's infinitive, parsed as a
            # clause of purpose because a time or place phrase stands between
            parts.append(child)
        elif dep == "xcomp" and _gerund_subject_clause(verb, child):
            # "said legalizing it could put thousands to work": a gerund subject the parser hung
            # on the cue, its clause on the gerund; the whole is the reported clause
            parts.append(child)
        elif dep == "xcomp" and lemma not in NO_XCOMP and not quote_only:
            parts.append(child)
            # "urged the senator to resign": who is urged goes with what
            parts.extend(c for c in verb.rights if c.dep_ == "dobj" and c.i < child.i and ctx.in_quote[c.i] < 0)
        elif dep == "dobj" and lemma in TELL_THAT and _contact_clause(child) is not None:
            # "told KVRX 7 News the fire started ...": the report parsed as a relative clause
            # on the one told
            parts.append(_contact_clause(child))
        elif dep in OBJECT_DEPS and has_quote(child) and not (dep == "dobj" and lemma in ADDRESSEE_VERBS) \
                and not _quote_only_in_relative(ctx, child) \
                and not (quote_only and lemma not in NAMING_VERBS and _so_called_only(ctx, child)):
            parts.append(child)
        elif dep == "dobj" and (lemma in OBJECT_CONTENT or (ctx.beliefs and lemma in EVALUATION_OBJECT)) \
                and child.lemma_.lower() not in TAKEN_OR_REFUSED.get(lemma, ()) \
                and (not _names_someone(child) or any(c.dep_ == "prep" and c.lower_ == "of" and c.i > child.i
                                                      for c in verb.rights)):
            # ("accused him of lying": with its charge, the one accused goes with it)
            parts.append(child)
            # "accused the agency of hiding it", "dismissed the claim as nonsense"
            parts.extend(c for c in verb.rights if c.dep_ == "prep" and c.i > child.i and c.lower_ in ("of", "as"))
        elif lemma == "say" and (dep == "dobj" or (dep in ("advmod", "intj") and child.lower_ in YES_NO)) \
                and child.left_edge.i == verb.i + 1 and child.lemma_.lower() not in RECITED \
                and not (child.lower_ in AMOUNT_SAID and child.left_edge.i == child.i):
            # "said yes", "said so", "said the same of her rival": the object is the message
            parts.append(child)
            parts.extend(c for c in verb.rights if c.dep_ == "prep" and c.i > child.i
                         and c.lower_ in ("of", "about", "for"))
        elif lemma == "ask" and _is_question(child):
            parts.append(child)  # "asked them if it would pass", "asked why she left"
        elif dep == "prep" and child.lower_ in preps and not (
                lemma == "call" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)) \
                and not _framing_participle(ctx, verb):
            # ("call police on 101": a telephone call, not "called on the council to act")
            parts.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp")
                         and not (lemma == "ask" and _quoted_work(ctx, c)))
            free = True  # "called for calm": the preposition makes it a report, quoted or not
            if child.lower_ in ("on", "for"):
                # "called on Congress to pass it", "called for the governor to resign": the
                # parser may hang the infinitive on the verb
                parts.extend(c for c in verb.rights if c.i > child.i and (c.dep_ == "xcomp" or (
                    c.dep_ == "advcl" and c.left_edge.tag_ == "TO" and c.left_edge.i == child.right_edge.i + 1)))
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    parts.extend(c for c in pobj.rights if c.dep_ in ("acl", "xcomp"))
        elif dep == "advcl" and "for" in preps and child.left_edge.lower_ == "for" \
                and child.left_edge.dep_ == "mark" and child.left_edge.i == verb.i + 1:
            # "called for the president to resign": the parser makes "for" open a clause
            parts.append(child)
            free = True
        elif dep == "prep" and child.lower_ == "as" and lemma in NAMING_VERBS and has_quote(child):
            parts.append(child)  # "described the scene as “...”": the object joins it below
        elif dep == "prep" and lemma in PLAIN_NAMING and ctx.in_quote[child.i] >= 0 \
                and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children):
            # "called the plan “beyond preposterous”": the quoted name opens with a
            # preposition the parser hung on the verb; the object joins it below
            parts.append(child)
        elif dep == "prep" and lemma not in ctx.quote_only:
            # "said in a statement that ...": the parser hung the clause on the statement
            for pobj in (c for c in child.children if c.dep_ == "pobj" and (
                    c.lemma_.lower() in MEDIUM_NOUNS
                    or (child.lower_ in ("through", "via") and c.lemma_.lower() in GO_BETWEEN_NOUNS))):
                # (or took "that" for the clause's object: "... that Jane Roe had left 'by consent'")
                # (a "that" the parser marks as a conjunction opens no relative clause: "said on
                # an earnings call that margins would recover", parsed as a relcl of "call")
                parts.extend(c for c in pobj.rights if c.dep_ in ("acl", "relcl") and not _object_gap(c)
                             and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                  or c.dep_ == "acl" and c.left_edge.lower_ == "that"
                                  and c.left_edge.i == pobj.i + 1
                                  or _that_clause_as_relative(c, pobj)))
                # "warned in a report published on Wednesday that ...": the clause hung on the
                # participle that tells when or where the medium came out
                for acl in (c for c in pobj.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
                    parts.extend(c for c in acl.rights if c.dep_ == "ccomp"
                                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
            if not any(c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in child.children) \
                    and lemma in TELL_THAT:
                # "told Jane Roe at a debate that ...": the report hung on any noun after the one
                # told, as a relative clause its "that" does not open (a mark, no subject)
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    parts.extend(c for c in pobj.rights if c.dep_ == "relcl" and any(
                        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
                        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))
            for obj in (c for c in child.children if c.dep_ in ("pobj", "pcomp") and ctx.in_quote[c.i] >= 0):
                # 'said on “Meet the Region” on Sunday that ...': the parser hung the clause on a
                # programme's quoted title, read as a verb; the title says nothing
                parts.extend(c for c in obj.rights if c.dep_ == "ccomp" and ctx.in_quote[c.i] < 0
                             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    # "reported on Tuesday", "promised Sunday": when it was said, not what
    parts = [p for p in parts if not _only_when(p)]
    if not parts:
        # "said while addressing journalists that ...": the clause hung in the occasion phrase
        occasion = occasion_that_clause(verb, ctx.cue_lemmas)
        if occasion is not None:
            parts.append(occasion)
    if lemma in SUNG:
        parts = [p for p in parts if not has_quote(p)]  # a song's or a slogan's words
    if not parts and lemma in ADDRESSEE_VERBS:
        rng = _object_infinitive(ctx, verb)
        if rng is not None:
            return rng
    if not parts and lemma in COMMISSIVE:
        # "promised on Sunday at a rally to end the program": an infinitive the parser hung
        # on the cue as an adverbial clause past a phrase of time or place
        parts.extend(c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.tag_ == "TO"
                     and c.left_edge.i > verb.i + 1)
    # a parse that runs across a paragraph break ("Headline.\n\nCITY (AP) — X said ...")
    # never gives the cue a complement in another paragraph
    parts = [p for p in parts if ctx.paragraph(p.idx) == ctx.paragraph(verb.idx)]
    # a clause before the cue past a colon or semicolon is a sentence of its own ("...: Some
    # said ..."), and with a clause after the cue and no subject, the "clause" before it is a
    # misparsed subject ("Jane Roe, a lawyer helping them, said the case ...")
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not has_subject and inverted_attribution(ctx, verb, parts):
        # "The plan will fail, said Jane Roe, who runs the fund": the "clause" after the cue
        # is its speaker (subject after the verb) that the parser took for a complement
        parts = [p for p in parts if p.i < verb.i]
    closing = closing_attribution(ctx, verb, parts)
    if closing is not None:
        return closing  # "X said Y, the court heard": Y only
    right = [p for p in parts if p.i > verb.i]
    right_that = any(p.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in p.children)
                     for p in right)
    parts = [p for p in parts if p.i > verb.i or not (
        # (a dash too, before a cue with its own "that" clause after it: "X seems lost — he told
        # the AP that ...")
        any(t.text in (":", ";") or (t.text in ("—", "–") and right_that) for t in ctx.doc[p.right_edge.i + 1:verb.i])
        # (or where the parser hung the colon on that clause: "X hit back: “...,” he wrote")
        or ctx.doc[p.right_edge.i].text in (":", ";")
        or (right and not has_subject) or _framing_phrase(p))]
    # "As the paper reported, ...": the clause after the comma is the report
    as_clause = verb.dep_ == "advcl" and verb.i < verb.head.i and verb.right_edge.i + 1 < len(verb.doc) \
        and verb.doc[verb.right_edge.i + 1].text == "," \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if quote_only and not free and not any(has_quote(p) for p in parts):
        # "called the plan a disgrace", "described her as reckless": naming an object is
        # a statement even with no quoted words (a verb with a subject, in the active voice)
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None) \
            if lemma in PLAIN_NAMING and (any(c.dep_ == "nsubj" for c in verb.children) or verb.tag_ == "VBG") \
            else None
        name = next((c for c in verb.rights if obj is not None and c.i > obj.i and (
            c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
            or _as_clause(c, obj))), None)
        if obj is not None and name is not None:
            return obj.left_edge.i, name.right_edge.i + 1
        if lemma == "call" and obj is None:
            small = _small_clause(verb)
            if small is not None:
                return small
    if not parts:
        # "The plan, she said, will work." / "As the paper reported, the plan failed."
        if verb.dep_ in ("parataxis", "advcl") and (verb.dep_ == "parataxis" or as_clause) \
                and verb.head.i != verb.i and not quote_only:
            head = verb.head  # "The plan, she said, will work.": the clause around the cue
            a, b = head.left_edge.i, head.right_edge.i + 1
            va, vb = verb.left_edge.i, verb.right_edge.i + 1
            if as_clause and has_words(ctx.doc, vb, b):
                return vb, b  # "And, as the paper reported, the plan failed."
            if has_words(ctx.doc, a, va) and has_words(ctx.doc, vb, b):
                return a, b  # the cue sits inside its content
            return (a, va) if va - a >= b - vb else (vb, b)
        # "This includes a special force, Jane Roe told a panel.": the parser made the closing
        # cue a clause of its report
        return closing_cue(ctx, verb)
    if quote_only and not free and not any(has_quote(p) for p in parts):
        return None
    start = min(p.left_edge.i for p in parts)
    if ctx.doc[start].lower_ == "for" and ctx.doc[start].dep_ == "mark" and start == verb.i + 1:
        start += 1  # "called for the president to resign": what was called for
    # an object before the clause belongs to it: "called the attack “sick”"
    if lemma not in ADDRESSEE_VERBS and not any(p.dep_ == "ccomp" for p in parts):
        for child in verb.rights:
            # (a naming verb's object is what it names, even a time: "described her first
            # years as “...”", "called last year “...”")
            if child.dep_ in ("dobj",) and child.i < start and any(has_quote(p) for p in parts) \
                    and (lemma in NAMING_VERBS or not _only_when(child)):
                start = child.left_edge.i
    end = max(p.right_edge.i for p in parts) + 1
    start = _past_time_lead(ctx.doc, start, end, parts)
    if len(parts) == 1 and parts[0].dep_ == "ccomp" and parts[0].i > verb.i:
        start = occasion_before_that(parts[0], start)
    # a subordinate clause the parser hung on the cue belongs to the report: "threatened
    # to leave unless he is paid", "said it would pass if the vote is held"
    for child in verb.rights:
        if child.dep_ == "advcl" and child.left_edge.i == end and child.i > end \
                and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in child.children):
            end = child.right_edge.i + 1
    # a phrase the parser hung on the verb right after an object message completes it:
    # "proposed a safe zone for the refugees", "announced his engagement to Jane Roe"
    if not any(p.dep_ == "ccomp" for p in parts):
        for child in verb.rights:
            if child.i < end:
                continue
            if child.dep_ == "prep" and child.left_edge.i == end and (
                    (child.lower_ in OBJECT_PREPS and not (child.lower_ == "to" and _audience(child)))
                    or _in_phrase_of_message(child)):
                end = child.right_edge.i + 1
            else:
                break
    # a clause coordinated with the cue verb, "said X, and Y", is the writer's, except a second
    # "that" clause the parser hung on the verb ("said X and that Y")
    for child in verb.rights:
        if child.dep_ == "conj" and child.i >= end and not ctx.is_cue(child) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            end = child.right_edge.i + 1
        elif child.dep_ == "conj" and child.i >= end and _goes_on_with_report(verb, child, parts):
            end = child.right_edge.i + 1
    if start < verb.i < end:
        # content on both sides of the verb (a left clause and a right object): keep the clause
        left = [p for p in parts if p.i < verb.i]
        if left:
            start, end = min(p.left_edge.i for p in left), min(verb.i, max(p.right_edge.i for p in left) + 1)
        else:
            start = verb.i + 1
    return start, end


CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


# bodies that hear evidence: "told the inquest the boy had died ...", "told the tribunal he had
# never read it" (the clause after them is what was told, not a relative clause on them)
HEARING_AUDIENCES = frozenset({"inquest", "tribunal", "court", "jury", "hearing", "inquiry", "committee",
                               "panel", "coroner", "judge", "magistrate", "magistrates", "commission"})


def _contact_clause(addressee: Token) -> Token | None:
    """The clause after the one told that the parser hung on it as a relative clause with no
    relative word ("told Channel 9 the bridge would reopen"): a name, a pronoun or a bare
    plural ("told reporters the ...") takes no such clause, so it is the report."""
    if not (addressee.pos_ in ("PROPN", "PRON") or addressee.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss") for c in addressee.children)
            or addressee.lemma_.lower() in HEARING_AUDIENCES and addressee.tag_ == "NN"):
        return None
    for r in addressee.rights:
        if r.dep_ == "acl" and r.left_edge.lower_ == "that" and r.left_edge.dep_ == "mark" \
                and r.left_edge.i == addressee.i + 1 \
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in r.children):
            # "assured residents that the road would be completed": a "that" clause with its own
            # subject, parsed as a clause of the one told (a noun takes no such clause)
            return r
        if r.dep_ != "relcl":
            continue
        first = r.left_edge
        if first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("that", "who", "which"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < r.i for c in r.children):
            return r
    return None


# verbs that make or hand out a statement: "the statement that she issued" is a true
# relative clause, "the ad that crime had doubled" a misparsed "said ... that"
MEDIUM_MAKING = frozenset({"give", "issue", "release", "publish", "post", "send", "write", "make",
                           "deliver", "film", "record", "sign", "file", "read", "share", "air",
                           "run", "broadcast", "pay", "buy", "produce", "submit", "receive", "see",
                           # and what is done with a programme or a gathering ("the show that she
                           # hosts", "a rally that his supporters organised")
                           "host", "present", "organise", "organize", "hold", "attend", "call",
                           "stage", "watch", "chair", "moderate", "lead"})


def _object_gap(clause: Token) -> bool:
    """'said on the show that she hosts': a clause on the medium whose verb makes or hands out
    such things and has no object of its own is a relative clause with "that" as its object,
    whatever the parser made of "that"; it says nothing."""
    # (active, with a subject of its own: "wages would be paid in full" is passive, no gap)
    return clause.lemma_.lower() in MEDIUM_MAKING and any(c.dep_ == "nsubj" for c in clause.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "oprd", "nsubjpass", "auxpass")
                    for c in clause.children)


def _that_clause_as_relative(clause: Token, pobj: Token) -> bool:
    """'said in a campaign ad that crime had doubled': the parser made "that" the object of a
    relative clause on the medium; with a subject of its own and a verb that does not make
    or hand out the medium, the clause is what was said."""
    that = clause.left_edge
    return clause.dep_ == "relcl" and that.lower_ == "that" and that.i == pobj.i + 1 \
        and that.dep_ in ("dobj", "pobj") and that.head.i == clause.i \
        and clause.lemma_.lower() not in MEDIUM_MAKING \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children)


def _framing_phrase(part: Token) -> bool:
    """'In a video viewed a million times, X said: ...': a "clause" before the cue that opens
    with a preposition and whose verb has no subject is a phrase of place or medium with a
    participle after its noun (the parser made the participle a complement), not a report."""
    first = part.left_edge
    return first.pos_ == "ADP" and first.i < part.i and part.tag_ in ("VBN", "VBD") \
        and not any(c.dep_ in CLAUSE_SUBJECTS for c in part.children)


def _quoted_work(ctx: QuoteContext, obj: Token) -> bool:
    """'asked for “Rainy Day Blues”': a work's title in marks (the recogniser's WORK_OF_ART) is
    the work requested, no words of the one who asked."""
    words = [t for t in obj.subtree if not t.is_punct]
    return bool(words) and all(ctx.in_quote[t.i] >= 0 and t.ent_type_ == "WORK_OF_ART" for t in words)


def _quote_only_in_relative(ctx: QuoteContext, obj: Token) -> bool:
    """'posted a statement, which read: “...”': the quoted words belong to a relative clause
    on the object, not to the object, so they do not make it a message."""
    # (only a relative clause whose own verb reports the words: "which read", "who said")
    rel = [c for c in obj.subtree if c.dep_ == "relcl" and c.i > obj.i
           and (ctx.is_cue(c) or c.lemma_.lower() == "read")]
    if not rel:
        return False
    inside = {i for c in rel for i in range(c.left_edge.i, c.right_edge.i + 1)}
    return not any(ctx.in_quote[i] >= 0 for i in range(obj.left_edge.i, obj.right_edge.i + 1) if i not in inside)


def _so_called_only(ctx: QuoteContext, obj: Token) -> bool:
    """'will pay the so-called “garden tax”': quoted words after "so-called" are a name in use,
    the writer's mention of it, so they do not make the object a message."""
    doc = ctx.doc
    a, b = obj.left_edge.i, obj.right_edge.i + 1
    starts = [i for i in range(a, b) if ctx.in_quote[i] >= 0 and (i == a or ctx.in_quote[i - 1] < 0)]
    if not starts:
        return False
    for i in starts:
        j = i - 1
        while j >= a and (doc[j].is_quote or doc[j].tag_ in ("``", "''")):
            j -= 1
        if j < a or not (doc[j].lower_ == "so-called" or doc[j].lower_ == "called" and j - 1 >= a and (
                doc[j - 1].lower_ == "so" or doc[j - 1].text in ("-", "\u2010") and j - 2 >= a
                and doc[j - 2].lower_ == "so")):
            return False
    return True


def _anonymity(xcomp: Token) -> bool:
    """'(asked) not to be named / identified', '(asked) to remain anonymous'."""
    lemma = xcomp.lemma_.lower()
    if lemma in ("name", "identify") and any(c.dep_ == "auxpass" for c in xcomp.children):
        return True
    return lemma in ("remain", "stay") and any(c.lower_ == "anonymous" for c in xcomp.children)


def _framing_participle(ctx: QuoteContext, verb: Token) -> bool:
    """'Commenting on the figures, Dr Roe said: ...', 'Speaking about the closure, she said ...':
    a participle before the main cue tells what the statement is about; the topic is no report
    ("Asked about his future, he said ...": the question's topic, not the question)."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ == "advcl" and verb.i < verb.head.i and ctx.is_cue(verb.head) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def _passive_without_agent(verb: Token) -> bool:
    """'is asked to call', 'are being urged to stay indoors': passive, with no "by" agent."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _object_infinitive(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """'urged anyone with information to call 101', 'is urging anyone who saw the crash to get
    in touch': the parser hung the infinitive inside the object (or a phrase after it); the one
    addressed and what they are asked to do are the content, as with a parsed xcomp."""
    if _passive_without_agent(verb):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or ctx.in_quote[obj.i] >= 0:
        return None
    end = obj.right_edge.i
    for c in verb.rights:
        if c.i > obj.i and c.dep_ == "prep" and c.left_edge.i == end + 1:
            end = c.right_edge.i  # "anyone (with information) to call 101"
    doc = verb.doc
    for t in doc[obj.i + 1:end + 1]:
        if t.tag_ == "TO" and t.dep_ == "aux" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") \
                and t.head.dep_ in ("acl", "ccomp", "relcl", "xcomp", "advcl") \
                and not _inside_own_clause(t.head, verb):
            return obj.left_edge.i, end + 1
    return None


def _inside_own_clause(inf: Token, verb: Token) -> bool:
    """The infinitive hangs in a clause with a subject of its own under the object ("told
    reporters at the scene that crews would stay overnight to cool the drums": the crews' purpose,
    not what reporters were told to do); a relative "who"/"that" subject ("anyone who saw the
    crash to get in touch") does not count."""
    tok = inf.head  # (the infinitive's own "subject" is who is asked: "urged the crowd to go")
    for _ in range(12):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that", "which")
               for c in tok.children):
            return True
        tok = tok.head
    return False


def _as_clause(child: Token, obj: Token) -> bool:
    """'described the town as ruined by floods': the parser may make the "as" phrase after the
    object a clause of the verb; it names the object all the same."""
    return child.dep_ == "advcl" and child.left_edge.lower_ == "as" and child.left_edge.i == obj.right_edge.i + 1


def _small_clause(verb: Token) -> tuple[int, int] | None:
    """'calling the mayor a fraud' parsed as one clause after the verb (an xcomp holding the
    object and what it is called), or 'called to scrap the tax' (the call-for sense): the
    clause is what was said. Only right after an active "call" with a subject (or "calling"),
    with no object of its own ("called him to the stage" has one)."""
    if not (any(c.dep_ == "nsubj" for c in verb.children) or verb.tag_ == "VBG"):
        return None
    if any(c.dep_ in ("dobj", "prt", "auxpass", "nsubjpass") for c in verb.children):
        return None
    x = next((c for c in verb.rights if c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1), None)
    if x is None or x.lower_ == "mind":
        return None  # ("called to mind the old days": recalled, no speech)
    return x.left_edge.i, x.right_edge.i + 1


TIME_PREPS = frozenset({"on", "at", "in", "during", "early", "late", "earlier", "later"})


def _past_time_lead(doc: Doc, start: int, end: int, parts: list[Token]) -> int:
    """'said on Tuesday it would cut jobs': when it was said opens the clause the parser
    gave the cue; the report starts after it."""
    clause = next((p for p in parts if p.dep_ == "ccomp"), None)
    if clause is None:
        return start
    k = start + 1 if doc[start].lower_ in TIME_PREPS else start
    m = k
    while m < end and doc[m].ent_type_ in ("DATE", "TIME") and not doc[m].is_punct:
        m += 1
    if m == k or m >= clause.i or m >= end or doc[m].is_punct \
            or any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[start:m]):
        return start  # no time phrase, or one that is the clause's own subject ("said Monday was")
    if any(t.dep_ == "amod" and t.head.i >= m for t in doc[k:m]):
        return start  # a time adjective of the clause's noun ("said quarterly revenue fell")
    return m


AUDIENCE = frozenset({"reporter", "journalist", "press", "crowd", "audience", "supporter", "voter", "viewer",
                      "listener", "reader", "student", "member", "delegate", "lawmaker", "donor", "employee",
                      "staff", "worker", "official"})


# nouns of "in" phrases that tell how or where a message was given, not what it was
IN_SETTING = frozenset({"manner", "way", "tone", "person", "public", "private", "writing", "court",
                        "session", "meeting", "debate", "rally", "forum", "event", "program", "programme",
                        "show", "podcast", "column", "article", "book", "report", "paper", "story",
                        "capital", "city", "town", "state", "country", "region"})


def _in_phrase_of_message(prep: Token) -> bool:
    """'announced a concert in support of X', 'denied any role in the attack': an "in" phrase
    after an object message completes it, unless it tells when, in what medium or setting
    ("in a tweet", "in an interview", "in March", "in Ohio")."""
    if prep.lower_ != "in":
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.pos_ == "NOUN" and not pobj.ent_type_ \
        and pobj.lemma_.lower() not in MEDIUM_NOUNS and pobj.lemma_.lower() not in IN_SETTING \
        and not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT") for t in pobj.subtree
                    if t.i <= pobj.i)


def _audience(prep: Token) -> bool:
    """"(confirmed the closure) to reporters": who was told, not part of the message."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.pos_ == "PRON" or pobj.lemma_.lower() in AUDIENCE)


def _gerund_subject_clause(verb: Token, xcomp: Token) -> bool:
    """"said [legalizing it] could put ...", "say [taxing consumption] encourages ...": an
    -ing word right after the cue, parsed as its xcomp, with a finite clause hung on it whose
    subject comes between them (the gerund's object) or is missing: the gerund phrase is the
    subject of a reported clause, not a complement of the cue."""
    if xcomp.tag_ != "VBG" or xcomp.i != verb.i + 1 or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    for c in xcomp.rights:
        if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBD", "VBP", "VB", "VBN") \
                and (c.tag_ != "VB" or any(a.tag_ == "MD" for a in c.lefts)) \
                and not any(m.dep_ == "mark" for m in c.children):
            return True
    return False


def _asker(ctx: QuoteContext, asked: Token) -> Speaker | None:
    """Who put a reporter's question, where the passive names them: "Asked by a reporter
    whether ..." (most such questions name no one)."""
    agent = next((c for c in asked.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return None if obj is None else resolve_speaker(ctx, obj)


def _indirect_quotes(ctx: QuoteContext, direct: list[Quote], absorbed: set[int]) -> list[Quote]:
    """Pass 2: clausal complements of cue verbs ("said that ..."), mixed quotes, "according to".

    A direct quote that finishes a reported clause ("said that X, “...”") becomes part of
    one mixed quote; its id goes into `absorbed`.
    """
    doc, text = ctx.doc, ctx.text
    out: list[Quote] = []
    # direct quote intervals, to cut complements at a quote they introduce
    d_starts = sorted((q.start, q.end) for q in direct)
    by_start = {q.start: q for q in direct}
    d_first = [s for s, _ in d_starts]
    covered_until = -1  # end char of the last content span: cues inside it are nested, skipped

    def has_marks_in(a: int, b: int) -> bool:
        return any(ctx.in_quote[i] >= 0 for i in range(a, b))

    def has_quote(tok: Token) -> bool:
        a, b = tok.left_edge.i, tok.right_edge.i
        return any(ctx.in_quote[i] >= 0 for i in range(a, b + 1))

    for tok in doc:
        if tok.idx < covered_until or ctx.in_quote[tok.i] >= 0:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            qs = _according_to(ctx, tok)
            if qs is not None:
                out.extend(qs)
            continue
        if tok.lower_ == "per" and _per_source(tok):
            qs = _according_to(ctx, tok, tok)  # ", per two league sources": "according to"
            if qs is not None:
                out.extend(qs)
            continue
        if tok.pos_ == "NOUN":
            noun_q = noun_cue_quote(ctx, tok) or words_of_quote(ctx, tok)  # "Jane Roe's claim that ..."
            if noun_q is not None:
                out.append(noun_q)
                covered_until = max(covered_until, noun_q.end)
                continue
        put_q = put_it_aside_quote(ctx, tok)  # "The farm was, as she puts it, “...”"
        if put_q is not None:
            out.append(put_q)
            continue
        misread = noun_read_as_verb(ctx, tok)  # "The release notes state that ...": "notes" read as the verb
        if misread is not None:
            out.append(misread)
            covered_until = max(covered_until, misread.end)
            continue
        if not ctx.is_cue(tok):
            misparsed = misparsed_aside(ctx, tok)
            if misparsed is not None:
                # "Residents, Jane Roe notes, welcome the plan": no verb in the parse
                *parts, name = misparsed
                out.extend(_around_aside(ctx, tok, *parts, resolve_speaker(ctx, name)))
                covered_until = max(covered_until, out[-1].end)
            continue
        if _attributive(tok):
            continue  # "won 1,700 pledged delegates": a participle modifying a noun, no report
        if _unasserted(tok):
            continue  # "is expected to announce ...": nothing said yet
        if _no_one_says(tok) or _misquoted(tok):
            continue  # "Nobody has said ...", "If she says ...", "misquoted X as saying": no words said
        if writers_formula(tok) or outlet_asks(tok):
            continue  # "..., the Courier can reveal": the writer's, not a report
        if imperative(tok):
            continue  # "Report side effects through ...", "Tell us your story": the reader is told, no report
        asked = _asked_question(tok)
        if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "amod", "acl") and not asked:
            continue  # "Named in the suit, she said ...": not a statement
        aside = parenthetical(ctx, tok)
        if aside is not None:
            # "If the toll stays, she warned on Monday, workers will strike": the sentence
            # around the aside, however the parser hung its parts
            who = None if asked else speaker_of_cue(ctx, tok)
            if not asked and inverted_subject(tok):
                # "The secret, says Jane Roe, is ...": the subject after the cue, not the first part
                who = resolve_speaker(ctx, next(c for c in tok.rights if c.dep_ == "nsubj"))
            out.extend(_around_aside(ctx, tok, *aside, who))
            covered_until = max(covered_until, out[-1].end)
            continue
        rng = _content_range(ctx, tok, has_quote)
        if rng is None:
            continue
        a, b = rng
        if pointer_only(doc, a, b, ctx.in_quote, YES_NO):
            continue  # "asked for exactly that", "what the resolution called for": no words of its own
        if tok.i < a:
            a = after_to_know(doc, a, b)  # "demanded to know whether ...": the question
            a = restore_cut_subject(doc, tok, a, b)  # "said about half of X reflected ...": its subject
        if tok.lemma_.lower() in AFTER_QUOTE_ONLY and not has_marks_in(a, b):
            continue  # "the debate continues, ...", "agreed that ...": a report only next to quoted words
        # "told reporters at the rally that X": the report starts at "that"
        for i in range(a, min(b, a + 12) if tok.i < a else a):
            # (only after the cue: before it, "The firm's promise that ..., critics say" keeps its subject)
            if doc[i].lower_ == "that" and doc[i].dep_ == "mark":
                if i > a and not any(doc[j].pos_ in ("VERB", "AUX") for j in range(a, i)):
                    a = i
                break
        if tok.i >= b:
            a = writers_lead(doc, a, b)
        b = cut_nested_report(ctx, tok, a, b)
        b = cut_before_participle_report(ctx, a, b)
        b = cut_reaction_phrase(ctx, a, b)
        b = cut_trailing_aside(ctx, a, b)
        if tok.i < a:
            b = cut_at_closing_dash(ctx, a, b)
        while b > a + 1 and (doc[b - 1].pos_ in ("CCONJ", "PUNCT") and ctx.in_quote[b - 1] < 0
                             and doc[b - 1].text not in "”’\"'" and not _closes_bracket(doc, a, b - 1)):
            b -= 1  # "that X, and" -> "that X" (a bracket opened inside keeps its closing one)
        b = adjust_end(ctx, tok, a, b)
        if tok.i < a:
            b = condition_of_report(doc, tok, a, b, ctx.in_quote)
        start_char = doc[a].idx
        end_char = doc[b - 1].idx + len(doc[b - 1])
        start_char, end_char = _clip_to_paragraph(ctx, tok.idx, start_char, end_char)
        if end_char <= start_char:
            continue
        if tok.i < a:
            end_char = _to_headline_end(ctx, tok.idx, end_char)
        orig_end = end_char
        # a direct quote introduced after the clause ends it ("said that X: “...”")
        k = bisect.bisect_right(d_first, start_char)
        merged = None
        if k < len(d_starts) and d_starts[k][0] < end_char:
            end_char = d_starts[k][0]
            dq = by_start[d_starts[k][0]]
            lead = text[start_char:dq.start].rstrip(OPEN_MARKS + " \t")
            if dq.cue_start == tok.idx and lead.endswith(",") and len(lead) > 3 and start_char > tok.idx:
                merged = dq  # "said that once the vote is held, “we will act.”": one mixed quote
            while end_char > start_char and (text[end_char - 1].isspace() or text[end_char - 1] in OPEN_MARKS):
                end_char -= 1
        if merged is not None:
            end_char = merged.end
            if end_char < len(text) and text[end_char] in "”’\"'":
                end_char += 1
            q = make_quote(start_char, end_char, text, "mixed", tok, speaker_of_cue(ctx, tok))
            if merged.speaker_name is not None and q.speaker_name is None:
                copy_speaker(q, merged)
            out.append(q)
            absorbed.add(id(merged))
            covered_until = max(covered_until, end_char)
            continue
        if k > 0 and d_starts[k - 1][1] > start_char:
            continue  # the complement is itself a direct quote already found
        if b - 1 < tok.i and any(s0 < orig_end and e0 > start_char for s0, e0 in d_starts[max(0, k - 1):k + 2]):
            continue  # "“...,” she said": the clause before the cue is a direct quote already found
        if any(s0 < orig_end and e0 > start_char and by_start[s0].cue_start == tok.idx
               for s0, e0 in d_starts[max(0, k - 1):k + 2]):
            continue  # the cue's words are a direct quote already found with it
        start_char, end_char = trim_chars(text, start_char, end_char)
        # quoted words at the edges of the clause are kept whole, with their marks (the parser
        # may end a sentence inside a quotation)
        qi = next((ctx.in_quote[i] for i in range(b - 1, max(a, b - 3) - 1, -1) if ctx.in_quote[i] >= 0), -1)
        if qi >= 0 and (k >= len(d_starts) or d_starts[k][0] >= ctx.spans[qi].end):
            sp = ctx.spans[qi]
            end_char = max(end_char, sp.outer_end if sp.closed else sp.end)
        qi = next((ctx.in_quote[i] for i in range(a, min(b, a + 2)) if ctx.in_quote[i] >= 0), -1)
        if qi >= 0 and ctx.spans[qi].start <= start_char:
            start_char = ctx.spans[qi].outer_start
        start_char, end_char = _clip_to_paragraph(ctx, tok.idx, start_char, end_char)
        if tok.i < a and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            end_char = _past_closing_mark(ctx, end_char)
        end_char = cut_after_closing_comma(ctx, start_char, end_char, tok)
        end_char = cut_after_last_quoted(ctx, start_char, end_char, tok)
        if end_char - start_char < 3:
            continue
        has_marks = any(ctx.in_quote[i] >= 0 for i in range(a, b))
        kind = "mixed" if has_marks else "indirect"
        # the one asked is the main clause's subject; who asked goes unnamed
        speaker = _asker(ctx, tok) if asked else None if court_hearing(tok) else speaker_of_cue(ctx, tok)
        lo, hi = tok.left_edge, tok.right_edge
        if start_char < lo.idx and hi.idx + len(hi) < end_char:
            # "The plan, she said, will work": the words around the attribution are two parts
            # of one statement sharing the cue ('“A,” she said, “B.”' likewise)
            out.extend(_split_around(text, start_char, end_char, lo.idx, hi.idx + len(hi), kind, tok, speaker))
        else:
            lead = _indirect_lead_in(ctx, tok, a) if kind == "indirect" else None
            if lead is not None:
                # "If the toll stays, she warned, workers will strike": the opening phrase is the
                # first part of the report, the attribution sits inside it
                out.append(make_quote(lead[0], lead[1], text, kind, tok, speaker))
            out.append(make_quote(start_char, end_char, text, kind, tok, speaker))
        covered_until = max(covered_until, end_char)
    return out


def _around_aside(ctx: QuoteContext, cue: Token, s1: int, e1: int, s2: int, e2: int,
                  speaker: Speaker | None) -> list[Quote]:
    """The parts doc[s1:e1] and doc[s2:e2] of a sentence around its attribution
    (`quote_aside`) as two parts of one statement."""
    doc = ctx.doc
    return _split_around(ctx.text, doc[s1].idx, doc[e2 - 1].idx + len(doc[e2 - 1]),
                         doc[e1].idx, doc[s2].idx, "indirect", cue, speaker)


def _indirect_lead_in(ctx: QuoteContext, cue: Token, a: int) -> tuple[int, int] | None:
    """Characters of a phrase that opens the sentence before a parenthetical "she said," whose
    report goes on after it ("If the toll stays, she warned, workers will strike")."""
    doc = ctx.doc
    if a <= cue.i + 1 or doc[cue.i + 1].text != "," or a != cue.i + 2:
        return None  # the report must follow "she said," straight away
    subj = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    k = subj.left_edge.i
    if k < 2 or doc[k - 1].text != ",":
        return None
    first = cue.sent.start
    if first >= k - 1 or "\n" in doc[first:k].text:
        return None
    lead = doc[first:k - 1]
    if any(ctx.in_quote[t.i] >= 0 or ctx.is_cue(t) or t.text in (":", ";", "(", ")") for t in lead) \
            or not has_words(doc, first, k - 1):
        return None
    s, e = trim_chars(ctx.text, lead[0].idx, lead[-1].idx + len(lead[-1]))
    return (s, e) if e - s >= 3 else None


def _past_closing_mark(ctx: QuoteContext, e: int) -> int:
    """'said the actions were “unacceptable” and that the panel would act': a reported
    clause the parser ended at a closing mark goes on with a coordinated "and"/"but" part
    (for a clause after the cue; an object message, "promised “jobs,” but ...", does not)."""
    text = ctx.text
    if e == 0 or text[e - 1] not in "”\"'":
        return e
    i = ctx.token_at(e)
    if i is None:
        return e
    if ctx.doc[i].idx < e:
        i += 1
    if i < len(ctx.doc) and ctx.doc[i].text == ",":
        i += 1
    if i + 1 >= len(ctx.doc) or ctx.doc[i].lower_ not in ("and", "but") or ctx.doc[i].sent != ctx.doc[i - 1].sent:
        return e
    j = i + 1
    end = e
    while j < len(ctx.doc) and j < i + 40:
        t = ctx.doc[j]
        # ("would continue to investigate": "continue" as an aspect, not a report)
        if ctx.is_cue(t) and t.lemma_.lower() != "continue" or "\n" in t.text_with_ws \
                or t.text in (";", ":") or t.lower_ == "according":
            return e
        if t.text in SENTENCE_END:
            return end
        end = t.idx + len(t)
        j += 1
    return e


def _split_around(text: str, s: int, e: int, gap_s: int, gap_e: int, kind: str, cue: Token,
                  speaker: Speaker | None, cue_end_tok: Token | None = None) -> list[Quote]:
    """A content with its attribution inside it as the parts before and after that."""
    a = trim_chars(text, s, gap_s)
    b = trim_chars(text, gap_e, e)
    if a[1] - a[0] < 3 or b[1] - b[0] < 3:
        return [make_quote(s, e, text, kind, cue, speaker, cue_end_tok)]
    return [make_quote(a[0], a[1], text, kind, cue, speaker, cue_end_tok),
            make_quote(b[0], b[1], text, kind, cue, speaker, cue_end_tok)]


def _clip_to_paragraph(ctx: QuoteContext, cue_char: int, s: int, e: int) -> tuple[int, int]:
    """Content characters inside the cue's paragraph (and parentheses), without a dateline
    opening it."""
    k = ctx.paragraph(cue_char)
    p_start = ctx.paragraph_starts[k]
    p_end = ctx.paragraph_starts[k + 1] if k + 1 < len(ctx.paragraph_starts) else len(ctx.text)
    s, e = max(s, p_start), min(e, p_end)
    if s == p_start:
        m = DATELINE.match(ctx.text, s, e)
        if m:
            s = m.end()
    # a cue inside parentheses reports words inside them ("(93 percent were white, according
    # to exit polls)")
    text = ctx.text
    o = text.rfind("(", p_start, cue_char)
    if o >= 0 and text.find(")", o, cue_char) < 0:
        c = text.find(")", cue_char, p_end)
        if c >= 0:
            s, e = max(s, o + 1), min(e, c)
    while e > s and ctx.text[e - 1].isspace():
        e -= 1
    return s, e


def _to_headline_end(ctx: QuoteContext, cue_char: int, e: int) -> int:
    """'Minister says schools will stay open': a headline has no full stop, and the parser
    runs it into the next paragraph; what the cue reports runs to the end of its line."""
    k = ctx.paragraph(cue_char)
    p_start = ctx.paragraph_starts[k]
    p_end = ctx.paragraph_starts[k + 1] if k + 1 < len(ctx.paragraph_starts) else len(ctx.text)
    line = ctx.text[p_start:p_end].rstrip()
    if e >= p_start + len(line) or len(line.split()) > 20 or any(c in line for c in ".!?;:\"“”'‘’,"):
        return e
    return p_start + len(line)


SOURCE_TIME_LEADS = frozenset({"out", "released", "published", "conducted", "taken", "issued"})


def _past_source_time(doc: Doc, k: int) -> int:
    """'according to a poll last week', '... a poll out Thursday': when the source came out
    belongs to the source, not to the report after it."""
    if k == 0 or k >= len(doc) or doc[k - 1].is_punct:
        return k
    j = k + 1 if doc[k].lower_ in SOURCE_TIME_LEADS else k
    m = j
    while m < len(doc) and doc[m].ent_type_ in ("DATE", "TIME") and not doc[m].is_punct:
        m += 1
    # (the phrase ends at punctuation: "... last week, the ..."; "Monday's speech" is no time of the source)
    return m if m > j and (m == len(doc) or doc[m].is_punct and doc[m].text not in ("'s", "’s")) else k


def _with_participle(ctx: QuoteContext, src: Token, speaker: Speaker) -> Speaker:
    """'according to two people briefed on the talks', '... a memo seen by the Gazette', '... a
    release from the university': a participle or "from"/"by"/"of" phrase after the source says
    which source it is and stays in its mention."""
    # (or a phrase that says whose it is: "a press release from the university", "a report by X")
    acl = next((c for c in src.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                or c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
    if acl is None or speaker.start > src.idx or speaker.end < src.idx + len(src):
        return speaker
    last = acl.right_edge
    # "... briefed on the decision who were not authorized to discuss it": a relative clause
    # tells more about the source, not which one it is (no part of a mention, as after a name)
    rel = min((t.left_edge.i for t in acl.subtree if t.dep_ == "relcl" and t.i > acl.i), default=None)
    if rel is not None and rel > acl.i + 1:
        last = ctx.doc[rel - 1]
        while last.i > acl.i and (last.is_punct or last.is_space):
            last = ctx.doc[last.i - 1]
    end = last.idx + len(last)
    if end <= speaker.end or ctx.paragraph(end) != ctx.paragraph(src.idx) \
            or any(ctx.in_quote[i] >= 0 or ctx.doc[i].is_punct for i in range(acl.i, last.i + 1)):
        return speaker
    return dataclasses.replace(speaker, mention=ctx.text[speaker.start:end], end=end)


def _per_source(tok: Token) -> bool:
    """"..., per two league sources", "Per the filing, ...": "per" set off at the edge of a
    clause and naming a source, not a unit ("$5 per person", "per cent", "30 miles per hour")."""
    if tok.dep_ != "prep" or not (tok.i == tok.sent.start or tok.doc[tok.i - 1].text == ","):
        return False
    src = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if src is None:
        return False
    # hung on a verb, or closing its sentence after a comma ("sign a contract, per X.": the
    # parser may hang it on the object)
    closes = all(t.is_punct for t in tok.doc[src.right_edge.i + 1:tok.sent.end])
    if tok.head.pos_ not in ("VERB", "AUX") and not (closes and tok.i > tok.sent.start):
        return False
    if src.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return False
    return src.pos_ == "PROPN" or src.tag_ == "NNS" or any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in src.children)


# nouns after "according to" that credit a rendering of someone's words, not a source
CREDITS_NOT_SOURCES = frozenset({"translation", "transliteration"})


def _according_to(ctx: QuoteContext, tok: Token, prep: Token | None = None) -> list[Quote] | None:
    """"according to X" (or, with `prep` the cue itself, "per X"): the clause it modifies is X's."""
    doc, text = ctx.doc, ctx.text
    to = prep if prep is not None else doc[tok.i + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None or src.lemma_.lower() in CREDITS_NOT_SOURCES:
        # "..., according to a translation by the Monitor": whose rendering of the words, not
        # whose words they are (the speaker is named beside them)
        return None
    src_end = _past_source_time(doc, src.right_edge.i + 1)
    inside = None
    head = tok.head
    # climb to the clause "according to" modifies: a verb with a subject
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                  for c in head.children):
            break
        if head.head.i == head.i or head.head.sent != tok.sent:
            break
        head = head.head
    sent = tok.sent
    opens = not has_words(doc, sent.start, tok.i)
    if opens:
        # "According to the polls, majorities of voters want ...": the parser may take the
        # report's subject for a second source ("polls, majorities"), a conjunct with no "and"
        conj = next((c for c in src.rights if c.dep_ == "conj"), None)
        if conj is not None and doc[conj.i - 1].text == "," and not any(c.dep_ == "cc" for c in src.rights):
            src_end = conj.i - 1
        appos = next((c for c in src.rights if c.dep_ == "appos"), None)
        if appos is not None and subject_taken_for_apposition(appos):
            src_end = appos.left_edge.i - 1  # "According to X, poor sleep was ...": its subject
    lost = comma_before_lost_subject(src, head) if opens else None
    if lost is not None:
        src_end = lost  # "According to a report by X, party insiders are ...": the subject after the comma
    if opens and src_end < sent.end and doc[src_end].text == "," and has_words(doc, src_end + 1, sent.end):
        # "According to the survey, most voters want a change.": the source opens the sentence
        # and all the rest of it is the report, whatever clause the parser hung it on
        a, b = src_end + 1, sent.end
    elif head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        a, b = sent.start, sent.end
    else:
        a, b = head.left_edge.i, head.right_edge.i + 1
    if a <= tok.i < b:
        before, after = has_words(doc, a, tok.i), has_words(doc, src_end, b)
        set_off = tok.i > 0 and doc[tok.i - 1].text == "," and src_end < len(doc) and doc[src_end].text == ","
        resumes = src_end + 1 < len(doc) and not (
            doc[src_end + 1].tag_ == "VBG" or doc[src_end + 1].pos_ == "CCONJ"
            or doc[src_end + 1].text in ("(", "—", "–", "-", "--") or doc[src_end + 1].lower_ in ("which", "who"))
        if before and after and set_off and resumes and tok.i - a >= 2 and b - src_end >= 3:
            # "The ferry carries, according to the port, 3,000 people": the cue sits inside;
            # the words around it are two parts of one report
            inside = (doc[tok.i - 1].idx, doc[src_end].idx + 1)
        elif tok.i - a >= b - src_end or (before and set_off and not resumes):
            # (", according to X, adding ...": what follows the source is the writer's)
            b = tok.i
            sent = tok.sent
            if tok.i > 0 and doc[tok.i - 1].text == "," and not has_words(doc, src_end, sent.end) \
                    and sent.start < a and not any(ctx.in_quote[i] >= 0 or ctx.is_cue(doc[i])
                                                   or doc[i].text in (":", ";", "(", ")")
                                                   for i in range(sent.start, a)):
                # "A rose, and B fell, according to the survey": closing the sentence, the source
                # stands for all of it, not only the clause the parser hung it on
                a = sent.start
        else:
            a = max(a, src_end)
    if b <= a:
        return None
    s, e = _clip_to_paragraph(ctx, tok.idx, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
    s, e = trim_chars(text, s, e)
    if e - s < 3:
        return None
    speaker = _with_participle(ctx, src, resolve_speaker(ctx, src))
    if lost is not None:
        speaker = source_before_comma(ctx, src, lost)
    if inside is not None and s < inside[0] and inside[1] < e:
        out = _split_around(text, s, e, inside[0], inside[1], "indirect", tok, speaker, cue_end_tok=to)
    else:
        out = [make_quote(s, e, text, "indirect", tok, speaker, cue_end_tok=to)]
    for q in out:
        # 'The ruling “sends a clear message,” according to X': quoted words make a part mixed
        lo = bisect.bisect_left(ctx.tok_starts, q.start)
        hi = bisect.bisect_left(ctx.tok_starts, q.end)
        if any(ctx.in_quote[i] >= 0 for i in range(lo, hi)):
            q.kind = "mixed"
            whole = next((sp for sp in ctx.spans if sp.outer_start == q.start and sp.closed
                          and q.end - 1 <= sp.outer_end <= q.end + 1), None)
            if whole is not None and whole.end - whole.start >= 2:
                # '“A bureaucrat's dream,” according to one landlord': nothing but the quoted
                # words is the report, a direct quote (its words without their marks)
                q.kind, q.start, q.end = "direct", whole.start, whole.end
                q.text = text[whole.start:whole.end]
    return out
