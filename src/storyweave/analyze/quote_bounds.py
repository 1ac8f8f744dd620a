"""Where a reported clause ends, and which clause it is: cuts for a coordinated report of
the speaker's own, a writer's aside or gloss closing the clause, words the writer adds after
quoted words closed by a comma, and the test for an attribution whose speaker follows the
cue ("The plan will fail, said Jane Roe, ...").

Helpers of the indirect pass (`quote_indirect`), in a module of their own to keep that
pass readable.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyweave.analyze.lexicon import ADDRESSING_VERBS
from storyweave.analyze.quote_context import CLOSING_MARKS, DASHES, QuoteContext, comma_before
from storyweave.analyze.quote_occasion import occasion_start
from storyweave.analyze.quote_tails import writers_adverbial, writers_brackets


def has_words(doc: Doc, a: int, b: int) -> bool:
    """doc[a:b] holds a word (not only punctuation and space)."""
    return any(not (t.is_punct or t.is_space) for t in doc[a:b])


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_clause(tok: Token) -> bool:
    """A clause with a subject and a finite verb ("the plan will fail"), not a noun phrase.

    A subject set off by a comma ("Jane Roe, who runs the fund, ...") is left out: the
    "clause" may be a misparsed subject of the cue with its gloss."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or (subj.right_edge.i + 1 < len(doc) and doc[subj.right_edge.i + 1].text == ",") \
            or any(t.dep_ in ("relcl", "appos") or t.tag_ == "WP" for t in subj.subtree):
        return False
    return tok.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                          for c in tok.children)


def inverted_attribution(ctx: QuoteContext, verb: Token, parts: list[Token]) -> bool:
    """'“...,” said Jane Roe, who ...' / 'X will fail, said Jane Roe': a finite cue with no
    subject of its own, right after a finished clause and its comma (and closing mark): who
    comes after the verb is the speaker, whatever the parser hung there."""
    doc = ctx.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return False
    left = [p for p in parts if p.i < verb.i]
    if not left or not any(p.i > verb.i for p in parts):
        return False
    j = comma_before(verb)
    if j is None:
        return False
    clause = max(left, key=lambda p: p.i)
    after = min((p for p in parts if p.i > verb.i), key=lambda p: p.i)
    # the reported clause opens the sentence, and the speaker follows the verb at once
    opens = not has_words(doc, verb.sent.start, clause.left_edge.i)
    # ("..., says she warned": a pronoun after the verb starts a clause, it is no inverted subject)
    if not opens or clause.right_edge.i < j - 1 or after.left_edge.i != verb.i + 1 \
            or after.left_edge.dep_ == "mark" or after.left_edge.pos_ == "PRON":
        return False
    if ctx.in_quote[clause.i] >= 0:
        return True
    # a plain clause, its subject first: "The plan will fail," (not "that the plan ...")
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and _finite_clause(clause) \
        and not has_words(doc, clause.left_edge.i, subj.left_edge.i)


def closing_attribution(ctx: QuoteContext, verb: Token, parts: list[Token]) -> tuple[int, int] | None:
    """'X said he did not know the car was stolen, the court heard': a second cue with its own
    subject closing the sentence after a comma frames the whole report; the parser often hangs
    it on the first cue as its clause. The first cue's content is then the words between the
    cue (and who was told: "told officers") and that comma. Token range, or None."""
    doc = ctx.doc
    sent = verb.sent
    for p in parts:
        if p.dep_ != "ccomp" or p.i <= verb.i or not ctx.is_cue(p):
            continue
        subj = next((c for c in p.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or ctx.in_quote[p.i] >= 0:
            continue
        comma = subj.left_edge.i - 1
        end = p.right_edge.i + 1
        if comma <= verb.i + 1 or doc[comma].text != "," or has_words(doc, end, sent.end) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > p.i for c in p.children):
            continue  # (the second cue must end its sentence, with nothing of its own after it)
        start = verb.i + 1
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is not None and obj.i < comma and verb.lemma_.lower() in ADDRESSING_VERBS:
            start = obj.i + 1  # "told officers he had not been driving"
        if has_words(doc, start, comma):
            return start, comma
    return None


def framed_report(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """The closing cue of `closing_attribution` ("..., the court heard") reports the whole
    sentence before its comma, the first cue and its speaker included."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= verb.i or not ctx.is_cue(head) \
            or closing_attribution(ctx, head, [verb]) is None:
        return None
    subj = next(c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass"))
    a = verb.sent.start
    return (a, subj.left_edge.i - 1) if has_words(ctx.doc, a, subj.left_edge.i - 1) else None


def _other_tense(cue_tag: str, tag: str) -> bool:
    """Past against present ("says" and "asked", "said" and "wants")."""
    present = ("VBZ", "VBP")
    return (cue_tag in present and tag == "VBD") or (cue_tag == "VBD" and tag in present)


def _own_that(t: Token) -> bool:
    """A clause opened by its own complementizer "that" ("... and that the board knew")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)


def cut_nested_report(ctx: QuoteContext, verb: Token, a: int, b: int) -> int:
    """End a content before a coordinated report of its own.

    "says he will win and tells the crowd he was first": the second verb is the
    speaker's next act, with its own content, not part of what was said first.
    """
    doc = ctx.doc
    for i in range(a + 1, b):
        t = doc[i]
        if t.i == verb.i or ctx.in_quote[i] >= 0:
            continue
        first = t.left_edge.i
        if t.dep_ == "conj" and first > a + 1 and doc[first - 1].text in DASHES and doc[first - 2].whitespace_ \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return first - 1  # "X happened — and he blamed Y": a new sentence in all but name
        if t.dep_ not in ("conj", "advcl", "ccomp") or not ctx.is_cue(t):
            continue
        if t.dep_ == "conj" and _own_that(t):
            # "said the plan had failed and that the board had been told": a conjunct opened by
            # its own "that" is a second clause governed by the cue, not the speaker's next act
            continue
        if t.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and t.head.tag_ == t.tag_ \
                and t.head.i != verb.i and (t.tag_ in ("VB", "VBN") or _other_tense(verb.tag_, t.tag_)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") or c.tag_ == "WRB"
                            for c in t.children):
            # "says he would sit them down and tell them the truth", "said he has paid and
            # called everyone", "says the council voted no and asked her to resign": a bare verb or
            # participle shares the reported clause's modal or auxiliary, a verb in another tense
            # than the cue's goes on with the clause; the cue could not go on with either
            continue
        if t.dep_ == "conj" and t.head.i != verb.i and any(c.dep_ == "auxpass" for c in t.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in t.children):
            # "said the sanctions were illegal and would be challenged": a passive with no agent
            # sharing the reported clause's subject says what happens to it, not who speaks next
            continue
        if t.dep_ == "advcl" and not (t.tag_ == "VBG" and first > a and doc[first - 1].text == ","):
            continue  # only "..., suggesting that ...": a participle clause after a comma
        if t.dep_ == "ccomp" and not (t.head.i == verb.i and first > a + 1 and doc[first - 1].pos_ == "CCONJ"
                                      and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            # "said A, and most said B": the parser hung the second report on the first cue
            continue
        if not (a <= t.head.i < b or t.dep_ == "ccomp"):
            continue
        j = first
        # the conjunction and comma before the conjunct go with it
        while j > a + 1 and (doc[j - 1].pos_ in ("CCONJ", "PUNCT") or doc[j - 1].is_space):
            j -= 1
        if j > a:
            return j
    return b


TRAILING_ASIDE_DEPS = frozenset({"relcl"})  # an apposition is part of the reported clause
# participles with which a writer comments on a report: "said it would close, echoing a
# memo", "..., drawing a sharp reply", "..., putting them at odds with the party"
WRITER_COMMENT = frozenset({
    "echo", "reflect", "highlight", "underscore", "contrast", "draw", "prompt", "spark", "signal",
    "put", "point", "surpass", "elevate", "mark", "fuel", "raise", "set", "refer", "cite",
})


def _after_comma(doc: Doc, i: int) -> bool:
    """Token i follows a comma, also one inside closing quotation marks ('“... June,” referring')."""
    if doc[i - 1].text == ",":
        return True
    return i >= 2 and doc[i - 1].text in "”’\"'" and doc[i - 2].text == ","


def _clause_top(doc: Doc, a: int, b: int) -> int:
    """The token of doc[a:b] whose head lies outside it (the reported clause's verb)."""
    for t in doc[a:b]:
        if not (a <= t.head.i < b) or t.head.i == t.i:
            return t.i
    return a


def cut_trailing_aside(ctx: QuoteContext, a: int, b: int) -> int:
    """End a content before an aside set off by a comma that runs to its end.

    "said the emails went to Jane Roe, who was then her deputy": the relative clause
    or apposition after the comma is the writer's gloss, not the speaker's words.
    """
    # one cut may bare another: "..., who held a rally, drawing 1,110 people" loses the
    # participle, then the relative clause
    while True:
        cut = _cut_aside_once(ctx, a, b)
        if cut >= b:
            return b
        b = cut


def _cut_aside_once(ctx: QuoteContext, a: int, b: int) -> int:
    """One cut of `cut_trailing_aside` (b when there is none)."""
    doc = ctx.doc
    cut = writers_brackets(doc, a, b, ctx.in_quote)
    if cut < b:
        return cut
    cut = occasion_start(ctx, a, b)
    if cut < b:
        return cut  # "said the roads would be fixed while addressing journalists": when it was said
    for i in range(a + 2, b - 1):
        # "..., an admission the campaign quickly seized on": a summary phrase after a comma;
        # after a dash only one hung on the clause ("said it would close — a claim she has
        # made before"), not an apposition to the noun before it ("another man — a suspect")
        t = doc[i]
        dash = t.text in DASHES + "--" and bool(t.whitespace_)
        if (t.text == "," or dash) and doc[i + 1].lower_ in ("a", "an") and ctx.in_quote[i] < 0:
            head = doc[i + 1].head
            if head.pos_ == "NOUN" and head.dep_ in ("dobj", "npadvmod", "appos", "attr", "dep") \
                    and not (dash and (head.dep_ == "appos" or any(
                        c.dep_ == "acl" and any(m.dep_ == "mark" for m in c.children) for c in head.rights))) \
                    and head.left_edge.i == i + 1 and head.right_edge.i + 1 >= b - 1 and head.head.i < i \
                    and not any(c.dep_ in ("cc", "conj") for c in head.children):
                # (no list: "sought a fair deal, a clear timetable and a vote" names three aims)
                return i
        if t.text == "," and doc[i + 1].lower_ == "the" and ctx.in_quote[i] < 0 and ctx.in_quote[i + 1] < 0:
            # "said he backed Jane Roe, the party's nominee": who a name at the end is, told by
            # the writer for the reader
            head = next((c for c in doc[i - 1].children if c.dep_ == "appos" and c.left_edge.i == i + 1), None)
            # (a person or body that find_people knows, not one the tagger calls a place; and
            # no list: "differ on the pier, the budget and the court" is three topics)
            if head is not None and doc[i - 1].pos_ == "PROPN" and ctx.owner[i - 1] >= 0 \
                    and doc[i - 1].ent_type_ not in ("GPE", "LOC", "FAC") \
                    and not any(c.dep_ in ("cc", "conj") for c in head.children) and head.right_edge.i + 1 >= b - 1:
                return i
    for i in range(a + 2, b):
        t = doc[i]
        if ctx.in_quote[i] >= 0:
            continue
        first = t.left_edge.i
        tail = t.right_edge.i + 1 >= b - 1 and first > a + 1 and t.head.i < first and a <= t.head.i
        if tail and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj", "acl") \
                and _after_comma(doc, first) and first == t.i and t.lemma_.lower() in WRITER_COMMENT:
            # "said it would close, putting 200 jobs at risk": the writer's comment on the report
            return first - 1
        if tail and t.dep_ == "advcl" and _after_comma(doc, first) \
                and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children) \
                and any(ctx.is_cue(c) for c in t.subtree):
            # "said she backed the plan, while others said they wanted a delay": another report
            return first - 1
        if tail and t.dep_ == "advcl" and doc[first].lower_ == "as" and doc[first].dep_ == "mark" \
                and (_after_comma(doc, first) or doc[first - 1].text in DASHES) \
                and (t.lemma_.lower() in ("have", "do") and t.tag_ in ("VBD", "VBZ", "VBP")
                     or ctx.is_cue(t) and any(c.dep_ == "nsubj" for c in t.children)):
            # "said they will not back him, as has the mayor", "..., as she said at the outset": the
            # writer's comparison with others, or a pointer to another report
            return first - 1
        if tail and t.dep_ == "advcl" and doc[first].lower_ == "even" and first + 1 < b \
                and doc[first + 1].lower_ == "as" and _after_comma(doc, first) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # "said he was confident of victory, even as a new poll showed him trailing": the
            # writer sets what happened beside the report
            return first - 1
        if tail and writers_adverbial(doc, doc[_clause_top(doc, a, b)], t, ctx.is_cue):
            # "said the state would appeal, after a judge struck the map down": not shifted back
            # with the report, the writer's (quote_tails)
            return first - 1
        if tail and _writers_next_clause(doc, a, b, t):
            # "said the debate had been rigged, and his campaign filed a complaint"
            return first - (2 if doc[first - 2].text == "," else 1)
        if tail and t.dep_ == "advcl" and first > a + 1 and doc[first].lower_ == "after" \
                and doc[first].dep_ == "mark" and t.head.i == _clause_top(doc, a, b) \
                and any(ctx.is_cue(u) for u in t.subtree):
            # "said she is tough enough after a voter told her she was too nice": what the report
            # answered, told by the writer (an "after" clause with no report in it may be the speaker's)
            return first - (1 if doc[first - 1].text == "," else 0)
        if t.dep_ not in TRAILING_ASIDE_DEPS:
            continue
        first = t.left_edge.i
        if first <= a + 1 or doc[first - 1].text != "," or t.right_edge.i + 1 < b - 1:
            continue
        if t.dep_ == "relcl" and doc[first].lower_ not in ("who", "which", "whose", "whom", "where"):
            continue
        if t.dep_ == "relcl" and doc[first].lower_ != "where" and _speakers_view(t) \
                and not any(ctx.is_cue(u) for u in t.subtree):
            continue  # "..., whom she calls an old ally": the speaker's own view of the one named
        return first - 1
    return b


PERSONAL = frozenset({"he", "she", "they", "we", "i"})


def _speakers_view(rel: Token) -> bool:
    """A relative clause told as part of the report: one whose subject is a personal pronoun
    other than its own relative word ("whom she calls an old ally": a view held by someone the
    sentence names, most often the speaker), or one shifted back a tense with the report ("raise
    rates, which would strengthen the pound"; reported speech shifts every clause it reports).
    (One with a cue of its own, "which he called a disgrace", is a second report; a "where"
    clause, ", where she grew up", is the writer's fact about a place: the caller
    checks both.)"""
    if _backshifted(rel) and not any(c.tag_ == "MD" and c.lower_ in ("will", "can", "may") for c in rel.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSONAL for c in rel.children)


def _backshifted(tok: Token) -> bool:
    """A reported verb in the past perfect or with a modal ("had been rigged", "would win")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.tag_ == "MD" for c in aux) or any(c.lower_ == "had" for c in aux)


def _writers_next_clause(doc: Doc, a: int, b: int, t: Token) -> bool:
    """', and his campaign filed a complaint': a clause with its own subject joined by ", and" or
    ", but" to a reported clause put back in the past perfect or a modal, or left in the
    present ("said the real threat is the bypass, and he railed against ..."), itself in the
    simple past of the cue. Reported speech shifts every clause it reports back a tense or
    keeps it in the present; one in the cue's own tense is the writer's narration going on
    (quote_conj is the same test for a clause the parser hung on the cue itself)."""
    first = t.left_edge.i
    top = doc[_clause_top(doc, a, b)]
    if t.dep_ != "conj" or t.head.i != top.i or first < a + 3 or doc[first - 1].lower_ not in ("and", "but") \
            or doc[first - 2].text != "," or doc[first].lower_ == "that":
        return False  # (", and that most of it came from ...": "that" repeats the report's own mark)
    cue = top.head
    # (a verb, not an auxiliary left alone by ellipsis: "and wages had not" is still reported)
    return cue.tag_ == "VBD" and t.tag_ == "VBD" and t.pos_ == "VERB" and (_backshifted(top) or _present(top)) \
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _present(tok: Token) -> bool:
    """A reported verb left in the present ("said the plan is dead")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return (tok.tag_ in ("VBZ", "VBP") and not aux) or any(c.tag_ in ("VBZ", "VBP") for c in aux)


# words that open what a writer adds after a quoted phrase closed with a comma: a phrase of
# where or when ("in an interview on Sunday"), a concession ("though most voters ..."); also
# a participle of another report ("claiming that ...") or of the writer's comment
AFTER_QUOTE_OPENERS = frozenset({"though", "although", "whereas", "despite", "before", "after", "in", "on",
                                 "at", "during", "since"})


def cut_after_closing_comma(ctx: QuoteContext, s: int, e: int, cue: Token) -> int:
    """End a content at quoted words that close with a comma ('“that crap,” in an interview on
    Sunday', '“about right,” though most voters ...'): the comma inside the closing mark ends
    the speaker's words; a phrase, contrast or participle after it is the writer's."""
    text, doc = ctx.text, ctx.doc
    for m in _closing_comma_marks(text, s, e):
        if m <= cue.idx < e:
            continue  # '“A,” she said, “B”': the attribution sits inside the statement
        i = ctx.token_at(m)
        if i is None:
            continue
        while i < len(doc) and doc[i].idx < m:
            i += 1
        if i >= len(doc) or doc[i].idx >= e:
            continue
        t = doc[i]
        rest = text[t.idx:e]
        if any(c in rest for c in "“‘\"") or "''" in rest:
            continue  # more quoted words follow: the statement goes on
        if t.lower_ in AFTER_QUOTE_OPENERS \
                or (t.tag_ == "VBG" and (ctx.is_cue(t) or t.lemma_.lower() in WRITER_COMMENT)):
            return m
    return e


def _closing_comma_marks(text: str, s: int, e: int) -> list[int]:
    """Character offsets just past a comma and the closing mark after it, in text[s:e]."""
    out = []
    for mark in CLOSING_MARKS:
        k = text.find("," + mark, s, e)
        while k >= 0:
            out.append(k + 1 + len(mark))
            k = text.find("," + mark, k + 1, e)
    return sorted(set(out))


# where a message was given: "“...” in a statement", "“...” on Twitter"
MEDIUM_WORDS = frozenset({
    "statement", "interview", "letter", "email", "post", "tweet", "speech", "release", "memo",
    "message", "conference", "briefing", "call", "filing", "column", "video", "broadcast",
    "appearance", "address", "remark", "testimony", "hearing", "twitter", "facebook", "instagram",
    "youtube", "tiktok", "radio", "television", "tv", "air", "show", "programme", "program", "podcast",
})


def cut_after_last_quoted(ctx: QuoteContext, s: int, e: int, cue: Token) -> int:
    """End a content that the cue opens at its last quoted words when what follows the closing
    mark is the writer's: a gloss set off by a dash ('“the next Lincoln” — the president she
    admires'), or where the words were given ('“...” in a statement', '“...” on Twitter')."""
    text, doc = ctx.text, ctx.doc
    if cue.idx >= s:
        return e
    last = max((m for m in (text.rfind(c, s, e) for c in CLOSING_MARKS) if m >= 0), default=-1)
    if last < 0:
        return e
    m = last + (2 if text.startswith("''", last) else 1)
    i = ctx.token_at(m)
    if i is None:
        return e
    while i < len(doc) and doc[i].idx < m:
        i += 1
    if i + 1 >= len(doc) or doc[i].idx >= e or ctx.in_quote[i] >= 0:
        return e
    t, nxt = doc[i], doc[i + 1]
    if t.text in DASHES + "--" and nxt.lower_ in ("a", "an", "the") and ctx.in_quote[i + 1] < 0:
        return m
    if t.lower_ in ("in", "on", "via") and t.dep_ == "prep":
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() in MEDIUM_WORDS and t.right_edge.idx < e <= (
                t.right_edge.idx + len(t.right_edge) + 1):
            return m
    return e


GLOSS_OPENERS = frozenset({"about", "all", "some", "many", "most", "nearly", "almost", "more", "less", "fewer"})


def cut_at_closing_dash(ctx: QuoteContext, a: int, b: int) -> int:
    """End a content before a phrase set off by a single spaced dash that runs to its end: the
    writer's gloss or aside ("said she opposed the levy — a stance she took in 2019", "said
    the vote was close - two ballots in all"). A dash pair encloses an aside inside the
    content, which goes on after it."""
    doc = ctx.doc
    dashes = [i for i in range(a + 2, b - 1) if ctx.in_quote[i] < 0 and _spaced_dash(doc[i])]
    if len(dashes) != 1:
        return b
    i = dashes[0]
    first = doc[i + 1]
    if not (first.pos_ in ("DET", "NUM") or first.lower_ in GLOSS_OPENERS) or first.lower_ in ("that", "this"):
        return b  # a clause after the dash may be the speaker's own second thought
    head = next((t for t in doc[i + 1:b] if not (i < t.head.i < b)), None)
    if head is not None and head.dep_ == "appos" and head.head.i == i - 1:
        return b  # "another man - a suspect in the case": who the noun before the dash is
    return i if has_words(doc, i + 1, b) else b


def _spaced_dash(t: Token) -> bool:
    """A dash that sets off a phrase: an em or en dash, or a hyphen or "--" with spaces."""
    if t.text in ("—", "–"):
        return True
    return t.text in ("-", "--") and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)



# "said X, before adding Y", "said X, after insisting Y": the writer's narrative goes on
TIME_LINKS = frozenset({"before", "after", "while", "then"})


def cut_before_participle_report(ctx: QuoteContext, a: int, b: int) -> int:
    """End a content at a comma followed by "before/after/while" and a reporting participle
    ("said the result was poor, before adding that ..."): what follows is a second report by
    the same speaker, told by the writer, not part of the first."""
    doc = ctx.doc
    for i in range(a + 2, b - 2):
        if doc[i].text == "," and ctx.in_quote[i] < 0 and doc[i + 1].lower_ in TIME_LINKS \
                and doc[i + 2].tag_ == "VBG" and ctx.is_cue(doc[i + 2]):
            return i
    return b


def cut_reaction_phrase(ctx: QuoteContext, a: int, b: int) -> int:
    """End a content at 'quoted words”, to ...' when the phrase after the comma has no verb and
    runs to the sentence's end ('told MPs the plan was “fully costed”, to hoots of laughter'):
    how the words were met, told by the writer (a sketch's "to cheers", "to groans")."""
    doc = ctx.doc
    for i in range(a + 2, b - 1):
        if doc[i].text != "," or ctx.in_quote[i] >= 0 or doc[i - 1].text not in CLOSING_MARKS \
                or doc[i + 1].lower_ != "to" or doc[i + 1].dep_ == "aux":
            continue
        rest = [t for t in doc[i + 2:b] if not t.is_punct]
        if rest and not any(t.pos_ in ("VERB", "AUX") or ctx.in_quote[t.i] >= 0 for t in rest) \
                and any(t.pos_ == "NOUN" for t in rest):
            return i
    return b


# cues that close a sentence after its report ("..., she said.", "..., Jane Roe told a panel.")
CLOSING_CUE_LEMMAS = frozenset({"say", "tell", "add"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# what may follow a closing cue: who said it, to whom, when and where ("said on Tuesday", "told
# a Senate panel Wednesday", "said Jane Roe, who runs the fund")
AFTER_CLOSING_DEPS = frozenset({"nsubj", "dobj", "dative", "npadvmod", "prep", "punct", "advmod", "appos"})


def closing_cue(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """'The plant is under pressure from imports, said its chief executive, Jo Roe.' / 'This
    includes a special force, Jane Roe told a Senate panel Wednesday.': a cue that ends its
    sentence after a comma, with only its subject, the one told and when after it, reports the
    clause before the comma, however the parser hung the two (it often makes the cue a clause
    of the report, or the report's subject the cue's). Token range, or None."""
    doc = ctx.doc
    if verb.lemma_.lower() not in CLOSING_CUE_LEMMAS or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or ctx.in_quote[verb.i] >= 0:
        return None
    sent = verb.sent
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subj if c.i < verb.i]
    # the comma: right before the verb ("..., said X") or before its subject ("..., X said")
    j = comma_before(verb) if not before else before[-1].left_edge.i - 1
    if j is None or j <= sent.start + 2 or doc[j].text != ",":
        return None
    # (between the subject and the cue, an adverb at most: "..., she also said"; not "did not say")
    if before and any(t.dep_ != "advmod" for t in doc[before[-1].right_edge.i + 1:verb.i]):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    # nothing of its own after the cue: no clause, no "that", no quoted words
    for c in verb.rights:
        if c.dep_ not in AFTER_CLOSING_DEPS or (c.dep_ == "dobj" and verb.lemma_.lower() != "tell"):
            return None
    if any(ctx.in_quote[t.i] >= 0 for t in doc[verb.i:sent.end]):
        return None
    who = before[-1] if before else (subj[0] if subj else None)
    if who is None or not _speaking_subject(who):
        return None
    start = sent.start
    while start < j and (doc[start].is_punct or doc[start].is_space):
        start += 1
    roots = [t for t in doc[start:j] if not (start <= t.head.i < j) or t.head.i == t.i]
    if roots and all(any(c.dep_ == "mark" for c in r.children) or r.left_edge.lower_ in SUBORDINATE_OPENERS
                     for r in roots if not r.is_punct):
        return None  # "When I ask him what he does, he says": a subordinate clause is no report
    if ctx.in_quote[start] >= 0 or not any(t.tag_ in FINITE_TAGS for t in doc[start:j]) \
            or any(t.text in (":", ";") or "\n" in t.text for t in doc[start:j]):
        return None
    return start, j


SUBORDINATE_OPENERS = frozenset({"when", "whenever", "if", "unless", "although", "though", "because", "while",
                                 "after", "before", "once", "until", "since", "whether"})
# nouns for sources that speak without a name ("..., police said", "..., officials told reporters")
SOURCE_NOUNS = frozenset({"police", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
                          "source", "sources", "aide", "aides", "people", "person", "analyst", "analysts",
                          "expert", "experts", "resident", "residents", "witness", "witnesses",
                          "authorities", "prosecutors", "investigators", "lawyer", "lawyers"})


def _speaking_subject(tok: Token) -> bool:
    """A subject that can be a speaker: a personal pronoun (not "it"), a name, or a noun for a
    source or a job ("the company's chief executive"); "their smiles said it all" has none."""
    if tok.tag_ == "PRP":
        return tok.lower_ not in ("it", "its")
    if tok.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in tok.subtree if t.dep_ in ("compound", "appos", "poss")):
        return True
    low = tok.lower_
    return low in SOURCE_NOUNS or low.endswith(("er", "or", "ist", "ive", "man", "woman")) and tok.pos_ == "NOUN"
