"""Shared state of the quote passes: per-document indexes (`QuoteContext`), the speaker
record (`Speaker`), constants and small helpers used by more than one pass.

Imports none of the passes (`quote_speakers`, `quote_direct`, `quote_indirect`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyweave.analyze.lexicon import (
    PHRASAL_MANNER,
    PHRASAL_SPEECH,
    belief_verbs,
    manner_verbs,
    quote_only_verbs,
    speech_verbs,
)
from storyweave.analyze.marks import find_quote_spans
from storyweave.analyze.quote_false_cues import declared_wealth, noted_for, said_to_be, title_case_name, topic_turn
from storyweave.analyze.quote_retort import back_after, retort_that, wish_to_know
from storyweave.analyze.people import person_token_map
from storyweave.model import Person, Quote

OPEN_MARKS = "“‘«„\"'`"
SENTENCE_END = frozenset({".", "!", "?"})
DASHES = "-–—"
# closing quotation marks as text (the straight single mark is also an apostrophe: not here)
CLOSING_MARKS = ("”", "’", '"', "''")
# documents that "read" words and speak for whoever issued them ("the statement read"); signs
# and banners are left out: who wrote them is seldom who the story is about
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "note", "message", "post", "tweet", "release", "memo", "email", "e-mail",
    "notice", "text", "filing", "complaint", "petition", "communique", "tribute", "eulogy",
})


# written records whose "show that" / "record that" carries what they say ("court papers show
# that ...", "minutes record that ..."); not data or polls, which show by being read
RECORD_NOUNS = frozenset({
    "filing", "minutes", "paper", "papers", "record", "records", "document", "documents", "transcript",
    "accounts", "log", "logs", "ledger", "register", "invoice", "invoices",
})


def _record_shows_that(verb: Token) -> bool:
    """'The filing shows that ...': a written record as the subject of "show" or "record",
    with a clause opened by "that" as its object."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in RECORD_NOUNS \
        and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                for c in verb.children)


# who "hears" what is said in court ("the court heard that ..."): the listeners, not a source
COURT_NOUNS = frozenset({
    "court", "jury", "juror", "inquest", "tribunal", "hearing", "magistrate", "trial", "judge",
    "sheriff", "coroner", "panel", "bench", "inquiry",
})


def _document_reads(tok: Token) -> bool:
    """'A statement from the club read: “...”': "read" before a colon, a few words after a
    document noun with no verb between (the tagger often takes this "read" for a noun)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    for j in range(tok.i - 1, max(-1, tok.i - 7), -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or t.text in SENTENCE_END or "\n" in t.text_with_ws:
            return False
        if t.lemma_.lower() in DOCUMENT_NOUNS:
            return True
    return False


def _colon_ends_clause(verb: Token) -> bool:
    """A colon after the verb's own words, with no other verb or sentence end before it
    ("read a statement to the court: ...")."""
    doc = verb.doc
    for j in range(verb.i + 1, min(len(doc), verb.i + 15)):
        t = doc[j]
        if t.text == ":":
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in SENTENCE_END or "\n" in t.text_with_ws:
            return False
    return False


def court_hearing(tok: Token) -> bool:
    """'The court heard that ...', 'the jury was told ...': a court or inquest as the subject of
    hearing (or passive telling) is who listened; what it heard was said by someone unnamed."""
    lemma = tok.lemma_.lower()
    if lemma not in ("hear", "tell"):
        return False
    dep = "nsubj" if lemma == "hear" else "nsubjpass"
    return any(c.dep_ == dep and c.lemma_.lower() in COURT_NOUNS for c in tok.children)


# a line break inside a sentence: a hard-wrapped line that goes on in lower case
_WRAPPED_LINE = re.compile(r"[ \t]*\n[ \t]*(?=[a-z])[^\n]*")


def _join_wrapped_lines(text: str, spans: list) -> None:
    """A quote left open at a line break goes on over the next line when the line before does
    not end a sentence and the next one opens in lower case with no quotation marks of its own
    ('said: “The pier is not safe to walk on\nand we will keep it closed.'): one wrapped
    paragraph, not two (a new paragraph opens with a capital or a mark)."""
    starts = sorted(sp.outer_start for sp in spans)
    for sp in spans:
        while not sp.closed and not sp.single and sp.end > sp.start and text[sp.end - 1] not in ".!?:":
            m = _WRAPPED_LINE.match(text, sp.end)
            if m is None:
                break
            k = bisect.bisect_right(starts, sp.end)
            if k < len(starts) and starts[k] < m.end():
                break  # another quote opens on that line
            marks = [i for i in range(m.start(), m.end()) if text[i] in "“”‘«»\""]
            if len(marks) > 1 or marks and text[marks[0]] in "“‘«":
                break
            # the line's one double mark (unpaired on its own line) closes the quote
            end = marks[0] if marks else m.end()
            while end > sp.end and text[end - 1].isspace():
                end -= 1
            sp.end = sp.outer_end = end
            if marks:
                sp.outer_end, sp.closed = marks[0] + 1, True


TAG_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # finite verbs that may tag a quote
# a verb in these relations describes someone or something, it tags no quote
# ("the man who laughed", "a grinning fan", "began to laugh")
TAG_DEPS_NOT = frozenset({"relcl", "acl", "amod", "xcomp", "advcl", "pcomp", "csubj"})


def _put_it(tok: Token, in_quote: list[int]) -> bool:
    """"as one aide put it", "she put it bluntly", "put it to me": "put it" with no place it is
    put ("put it on the table", "put it to a vote") tags the words beside it as a way of saying."""
    if tok.lemma_.lower() != "put" or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and (c.lower_ != "to" or any(
                g.dep_ == "pobj" and g.pos_ not in ("PRON", "PROPN") for g in c.children)):
            return False  # ("put it to me" says to whom; "to a vote", "on the table" say where it goes)
        if c.dep_ in ("prt", "ccomp", "xcomp", "oprd") and in_quote[c.i] < 0:
            return False  # (the quoted words the parser hung on the verb are what was put)
    return True


def _particle(tok: Token, table: dict[str, frozenset[str]]) -> bool:
    """The verb with one of its particles in `table` ("pointed out", "went on")."""
    parts = table.get(tok.lemma_.lower())
    # (the parser may make the particle an adverb: "hit/VBD back/RP advmod")
    return parts is not None and any(c.lower_ in parts and (c.dep_ == "prt" or c.tag_ == "RP" and c.i == tok.i + 1)
                                     for c in tok.children)


def _counted_object(verb: Token) -> bool:
    """A direct object with a number and no clause or quoted words beside it: things taken
    back or sent for, not words ("recalled 40,000 cars" vs "recalled that ...")."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return obj is not None and any(t.like_num or t.lower_ in ("thousands", "hundreds", "millions", "dozens")
                                   for t in obj.subtree if t.i <= obj.i)


def _particle_after(verb: Token) -> Token | None:
    """The particle right after a phrasal reporting verb: the cue is "pointed out", "went on"."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and (_particle(verb, PHRASAL_SPEECH) or _particle(verb, PHRASAL_MANNER)):
        nxt = doc[verb.i + 1]
        if (nxt.dep_ == "prt" or nxt.tag_ == "RP") and nxt.head.i == verb.i:
            return nxt
    # "shot back" ("back" parsed as an adverb); "wanted to know" (the wish alone says nothing)
    return back_after(verb) or (verb.doc[verb.i + 2] if wish_to_know(verb) else None)


@dataclass
class Speaker:
    mention: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    pid: str | None = None


def _verb_tagged_plural(tok: Token) -> bool:
    """'The filing states that ...': a verb in -s the tagger read as a plural noun, the head
    of a "that" clause, with the noun before it (its real subject) hung on it as a compound."""
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") \
        and any(c.dep_ == "compound" and c.i == tok.i - 1 for c in tok.children) \
        and any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.i + 1
                                                         for m in c.children) for c in tok.children)


class QuoteContext:
    """Per-document indexes shared by the passes."""

    def __init__(self, doc: Doc, people: list[Person], beliefs: bool):
        self.doc = doc
        self.text = doc.text
        spans = find_quote_spans(self.text)
        _join_wrapped_lines(self.text, spans)
        self.people = people
        self.owner = person_token_map(doc, people)
        self.tok_starts = [t.idx for t in doc]
        self.spans = spans
        # token -> index of the quote span whose content holds it, or -1
        self.in_quote = [-1] * len(doc)
        for qi, sp in enumerate(spans):
            a = bisect.bisect_left(self.tok_starts, sp.start)
            b = bisect.bisect_left(self.tok_starts, sp.end)
            for i in range(a, b):
                if self.in_quote[i] < 0:
                    self.in_quote[i] = qi
        self.beliefs = beliefs
        self.cue_lemmas = speech_verbs() | (belief_verbs() if beliefs else frozenset())
        self.quote_only = quote_only_verbs()
        self.manner = manner_verbs()
        # mentions outside quotes, in order: (start, end, person index)
        ments = []
        for pi, p in enumerate(people):
            for m in p.mentions:
                ti = self.token_at(m.start)
                if ti is not None and self.in_quote[ti] < 0:
                    ments.append((m.start, m.end, pi))
        ments.sort()
        self.mentions = ments
        self.mention_starts = [m[0] for m in ments]
        # paragraphs are the non-blank lines (blank lines belong to the paragraph before)
        self.paragraph_starts = [0] + [m.start() for m in re.finditer(r"(?<=\n)[^\S\n]*\S", self.text)]

    def token_at(self, char: int) -> int | None:
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return i if i >= 0 else None

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def is_cue(self, tok: Token) -> bool:
        if tok.lower_ in ("read", "reads") and _document_reads(tok):
            return True  # "A statement from the family read: ...", whatever the tagger made of "read"
        if _verb_tagged_plural(tok) and tok.lemma_.lower() in self.cue_lemmas:
            return True  # "The filing states that ...": the tagger took "states" for a noun
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
            return False
        lemma = tok.lemma_.lower()
        if lemma == "read":
            # "the statement read", "her letter reads": a document that carries words; "read a
            # statement to the court: “...”": words read out before a colon
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in tok.children) \
                or any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in tok.children) \
                and _colon_ends_clause(tok)
        if lemma in ("show", "record") and _record_shows_that(tok):
            return True  # "Court papers show that ...", "Minutes of the meeting record that ..."
        if lemma in ("ask", "raise", "pose") and any(c.dep_ == "nsubjpass" and c.lemma_.lower() == "question"
                                                    for c in tok.children):
            return False  # "Questions are being asked about X": the writer's framing, nobody's words
        if lemma == "recall" and _counted_object(tok):
            return False  # "recalled 40,000 vehicles", "recalled two batches": a product recall
        if declared_wealth(tok) or topic_turn(tok, self.cue_lemmas) or noted_for(tok) or said_to_be(tok) \
                or title_case_name(tok):
            # "disclosed assets worth ...", "Speaking of the weather, ...", "noted for its
            # beaches", "men said to be members": no words reported
            return False
        if lemma == "hear" and not self.beliefs:
            # "the court heard that ...", "the inquest heard how ...": what was said in court
            return court_hearing(tok)
        if retort_that(tok) or wish_to_know(tok):
            return True  # "shot back that ...", "wanted to know whether ...": see quote_retort
        if lemma in self.cue_lemmas or lemma in self.quote_only or _particle(tok, PHRASAL_SPEECH):
            return True
        # the lemmatizer keeps an "e" of some "-ed" forms ("texted" -> "texte"): the stem too
        low = tok.lower_
        return tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and low[:-2] in self.cue_lemmas

    def is_manner_cue(self, tok: Token, first: bool = False) -> bool:
        """'“That was close,” she laughed', '“Never,” snapped Jane Roe', '“...,” he went on': a
        verb of manner, feeling or gesture (or a turn of talk) that tags quoted words beside it.

        Only a finite verb of its own clause counts ("laughed", not "laughing" nor "who
        laughed"); the caller checks that the quoted words are beside it. `first`: the verb
        opens the words after the quote ('“...!” roared Jane Roe'), where the parser often
        takes a past-tense verb before a name for a modifier of it."""
        if tok.pos_ != "VERB" or any(c.dep_ == "xcomp" and self.in_quote[c.i] < 0 for c in tok.children):
            return False  # ("The gap begins to show:", "offered to help"): the verb's own matter
        if _put_it(tok, self.in_quote):
            return True  # '“...,” as one aide put it', 'As she put it to me: “...”'
        low = tok.lower_
        if first and tok.tag_ in ("VBD", "VBN"):
            pass  # ('“...,” beamed Jane Roe': tagged as a participle or an adjective's verb)
        elif tok.dep_ in TAG_DEPS_NOT or tok.tag_ not in TAG_TAGS and not (
                tok.tag_ == "VBN" and tok.dep_ == "ROOT"
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
            return False
        if tok.lemma_.lower() in self.manner or _particle(tok, PHRASAL_MANNER):
            return True
        # the lemmatizer strips "-d" and "-ed" alike ("raged" -> "rag"): the "-d" stem too
        return tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and low[:-1] in self.manner

    def mention_of(self, pi: int, tok: Token) -> tuple[int, int]:
        for m in self.people[pi].mentions:
            if m.start <= tok.idx < m.end:
                return m.start, m.end
        return tok.idx, tok.idx + len(tok)


def make_quote(sp_start: int, sp_end: int, text: str, kind: str, cue: Token | None,
           speaker: Speaker | None, cue_end_tok: Token | None = None) -> Quote:
    q = Quote(text=text[sp_start:sp_end], start=sp_start, end=sp_end, kind=kind)  # type: ignore[arg-type]
    if cue is not None:
        last = cue_end_tok or _particle_after(cue) or cue
        q.cue_start, q.cue_end = cue.idx, last.idx + len(last)
        q.cue = text[q.cue_start:q.cue_end]
    if speaker is not None:
        q.speaker, q.speaker_start, q.speaker_end = speaker.mention, speaker.start, speaker.end
        cut = speaker.mention.rfind("\n")
        if 0 <= cut < len(speaker.mention.rstrip()) - 1 and speaker.end - speaker.start == len(speaker.mention):
            # a parse run across a line break ("Updated 10:02\n\nThe minister has said ..."):
            # a mention never spans lines; the name's head, the last part, is the mention
            cut += 1
            while cut < len(speaker.mention) and speaker.mention[cut].isspace():
                cut += 1
            q.speaker, q.speaker_start = speaker.mention[cut:], speaker.start + cut
        q.speaker_name, q.speaker_role, q.speaker_id = speaker.name, speaker.role, speaker.pid
    return q


def copy_speaker(q: Quote, src: Quote) -> None:
    q.speaker, q.speaker_start, q.speaker_end = src.speaker, src.speaker_start, src.speaker_end
    q.speaker_name, q.speaker_role, q.speaker_id = src.speaker_name, src.speaker_role, src.speaker_id


def trim_chars(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–-"):
        e -= 1
    return s, e


def comma_before(verb: Token) -> int | None:
    """'“...,” said X' / 'A, said X': the index of the comma the cue follows, closing marks
    aside; None when there is none."""
    doc = verb.doc
    j = verb.i - 1
    while j > 0 and doc[j].text in ("”", "’", '"', "'", "''"):
        j -= 1
    return j if j >= 0 and doc[j].text == "," else None
