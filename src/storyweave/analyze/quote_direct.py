"""The direct-quote pass: spans between quotation marks tied to a reporting verb before or
after them, to a "- Name" signature, or (with no cue) to the previous quote's speaker.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from storyweave.analyze.lexicon import PHRASAL_MANNER, titles
from storyweave.analyze.marks import QuoteSpan
from storyweave.analyze.quote_after import speaker_after_quote, speaker_of_cue, title_abbreviation
from storyweave.analyze.quote_context import (
    DASHES,
    OPEN_MARKS,
    SENTENCE_END,
    QuoteContext,
    Speaker,
    _particle,
    copy_speaker,
    make_quote,
    trim_chars,
)
from storyweave.analyze.quote_speakers import resolve_speaker, speaker_for_person
from storyweave.model import Quote

# the text before a quote ends a sentence (or is empty): the quote starts a statement
# ("''" is a closing mark too, in outlets that write quotes with two apostrophes)
# (an opening bracket may come between: '... a decade. (“I never take a day off,” she said.)')
# and a bracket mid-sentence opens an aside of its own: 'The mayor (“I have no regrets,” she
# told the council) stood down'
# (a quote broken off with a dash or an ellipsis and closed, '“If only —” “It did,” she cut in',
# ends its clause too)
CLAUSE_START = re.compile(r"(?:(?:^|[.!?:]|[.!?,…—–](?:''|[”’\"']))\s*[(\[]?|[(\[])\s*$")
AFTER_WINDOW = 25  # tokens searched after a quote for "he said" ("“...,” Jane Roe, a lawyer for the firm, said")
FLOAT_PARAGRAPHS = 1  # a cue-less quote inherits a speaker at most this many paragraphs back
JOIN_GAP = 300  # "“A,” Jane Roe said.\n\n“B.”": at most this many characters between A and B


# '“...” – that was the message from X' / '..., was the warning of X': the quote's source after a dash
MESSAGE_FROM = re.compile(
    r"[ \t]*[—–-]{1,2}[ \t]*(?:that|this|such)(?:’s|'s|[ \t]+(?:was|is|were|are|has been))[ \t]+the[ \t]+"
    r"(?:\w+[ \t]+)?(?:message|warning|plea|verdict|view|reaction|advice|response|appeal|promise|"
    r"vow|assessment|word|call)[ \t]+(?:of|from)[ \t]+", re.I)
# '“Absolutely not,” came the reply from X': the reply's source after "came"
CAME_FROM = re.compile(
    r"[ \t]*came[ \t]+the[ \t]+(?:\w+[ \t]+)?(?:reply|response|answer|retort|verdict|message|warning|plea|"
    r"rebuke|assessment)[ \t]+(?:from|of)[ \t]+", re.I)
# '“Nobody told us.”¶Those were the words of X, ...': a quote that ends its sentence, and the
# next sentence (also in the next paragraph) names whose words they were
WORDS_OF_NEXT = re.compile(
    r"[ \t]*\n?[ \t]*\n?[ \t]*(?:that|this|those|these|such)[ \t]+(?:was|is|were|are|have been|has been)[ \t]+"
    r"the[ \t]+(?:\w+[ \t]+)?(?:words|message|warning|plea|verdict|view|reaction|advice|response|appeal|"
    r"promise|vow|assessment|word|call)[ \t]+(?:of|from)[ \t]+", re.I)

# '“It was terrifying” – that’s how one passenger described it', '“...,” is how X put it': the
# verb after "how" is the cue, its subject the speaker
HOW_PUT = re.compile(
    r"[ \t]*(?:[—–-]{1,2}[ \t]*(?:that|this)(?:’s|'s|[ \t]+(?:was|is))|,?[ \t]*(?:was|is))[ \t]+how[ \t]+",
    re.I)


def _how_put(ctx: QuoteContext, start: int, para_end: int) -> tuple[Token, Speaker] | None:
    """The verb (with a subject of its own) of "that's how X described it" after a quote."""
    first = bisect.bisect_left(ctx.tok_starts, start)
    for i in range(first, min(len(ctx.doc), first + 12)):
        tok = ctx.doc[i]
        if tok.idx >= para_end or ctx.in_quote[i] >= 0 or tok.text in SENTENCE_END:
            return None
        if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i >= first for c in tok.children):
            return tok, speaker_of_cue(ctx, tok)
    return None


def _cue_after(ctx: QuoteContext, sp: QuoteSpan) -> tuple[Token | None, Speaker | None]:
    """'“...,” she said' / '“...” - Jane Roe': a cue or signature right after the quote."""
    text = ctx.text
    j = sp.outer_end if sp.closed else sp.end
    rest = text[j:j + 4]
    start_tok = bisect.bisect_left(ctx.tok_starts, j)
    para_end = text.find("\n", j)
    para_end = len(text) if para_end < 0 else para_end
    if sp.closed and rest.lstrip(" \t")[:1] == ":":
        return None, _headline_subject(ctx, sp, j, para_end)
    how = HOW_PUT.match(text, j, para_end)
    put = _how_put(ctx, how.end(), para_end) if how is not None else None
    if put is not None:
        return put
    frame = MESSAGE_FROM.match(text, j, para_end) or CAME_FROM.match(text, j, para_end)
    if frame is None and sp.closed and text[sp.start:sp.end].rstrip()[-1:] in ".!?":
        frame = WORDS_OF_NEXT.match(text, j)
        if frame is not None:
            para_end = text.find("\n", frame.end())
            para_end = len(text) if para_end < 0 else para_end
    if frame is not None:
        # '“Please be careful” – that was the message from Sgt Jane Roe': who it came from
        first = bisect.bisect_left(ctx.tok_starts, frame.end())
        if first < len(ctx.doc) and ctx.doc[first].idx < para_end:
            tok = ctx.doc[first]  # the head of the noun phrase that opens there
            while tok.head.i != tok.i and first <= tok.head.i and tok.head.idx < para_end \
                    and tok.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN"):
                return None, resolve_speaker(ctx, tok)
    if rest.lstrip()[:1] in DASHES and not _tag_after_dash(ctx, start_tok, para_end):
        sig_tok, sig_end = start_tok, para_end
        if sp.closed and not text[j:para_end].strip():
            # the signature on a line of its own after the quote's paragraph ('“...”¶— Jane
            # Roe, nurse'); a credit line ("— Reporting by Jane Roe") signs nothing
            k = len(text) - len(text[j:].lstrip())
            sig_end = text.find("\n", k)
            sig_end = len(text) if sig_end < 0 else sig_end
            line = text[k:sig_end]
            sig_tok = bisect.bisect_left(ctx.tok_starts, k)
            if len(line) > 80 or re.search(r"\bby\b", line, re.I):
                sig_tok = len(ctx.doc)
        # the person the signature names ("— Parish councillor Jane Roe": not the body her role
        # names), else the first name there
        owned = [i for i in range(sig_tok, min(len(ctx.doc), sig_tok + 5))
                 if ctx.doc[i].idx < sig_end and ctx.owner[i] >= 0]
        person = next((i for i in owned if ctx.people[ctx.owner[i]].kind == "person"), None)
        if owned:
            i = owned[0] if person is None else person
            return None, speaker_for_person(ctx, ctx.owner[i], ctx.doc[i])
        name = _signed_name(ctx, sig_tok, sig_end)
        if name is not None:
            if name.left_edge.i < sig_tok:
                # the parser hung the quote on the name ("“...” – Kaur" as one clause): the
                # signature's own words are the mention
                first = next(t for t in ctx.doc[sig_tok:name.i + 1] if t.text not in DASHES)
                end = name.idx + len(name)
                return None, Speaker(ctx.text[first.idx:end], first.idx, end)
            return None, resolve_speaker(ctx, name)
    for i in range(start_tok, min(len(ctx.doc), start_tok + AFTER_WINDOW)):
        tok = ctx.doc[i]
        if tok.idx >= para_end or ctx.in_quote[i] >= 0:
            break
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBG" and i > start_tok and ctx.doc[i - 1].text == "," and _aside_before_tag(ctx, tok):
            continue  # '“...,” X, speaking through an interpreter, told the court': the aside's verb is not the tag
        # "“...,” she tweeted" yes; "“...,” she called" no ("call" reports only quoted words it holds)
        if ctx.is_cue(tok) and (lemma not in ctx.quote_only or lemma in ctx.cue_lemmas) \
                or _manner_tag_after(ctx, sp, tok, start_tok) or _misread_tag(ctx, sp, tok, start_tok):
            if _introduces_next(ctx, sp, tok, para_end):
                return None, None
            speaker = speaker_of_cue(ctx, tok)
            speaker = speaker_after_quote(ctx, sp.start, j, tok, start_tok, para_end, speaker)
            if speaker is None and tok.pos_ != "VERB":
                speaker = _person_after(ctx, tok, para_end)  # a misread tag (`_misread_tag`)
            if _opens_own_sentence(ctx, sp, j, tok, speaker):
                return None, None
            return tok, speaker
        if tok.text in SENTENCE_END and not title_abbreviation(ctx, tok):
            break
    return None, None


def _tag_after_dash(ctx: QuoteContext, first: int, para_end: int) -> bool:
    """'“A” – Ada Roe said – “B.”': a dash that opens a tag (a name and its cue verb), not a
    signature: a cue within the next few words whose subject stands after the dash (not a
    relative clause of the name, "— Jane Roe, who said ...")."""
    doc = ctx.doc
    for t in doc[first:min(len(doc), first + 8)]:
        if t.idx >= para_end:
            break
        if t.pos_ == "VERB" and t.dep_ not in ("relcl", "acl") and ctx.is_cue(t) \
                and any(c.dep_ == "nsubj" and c.i >= first for c in t.children):
            return True
    return False


def _aside_before_tag(ctx: QuoteContext, part: Token) -> bool:
    """A participle set off by commas ("X, speaking through an interpreter, told ...") that
    hangs on the verb after it, or on that verb's subject: the verb after it is the tag."""
    head = part.head if part.head.i > part.i else part.head.head
    if part.head.i < part.i and part.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return head.i > part.i and ctx.in_quote[head.i] < 0 and ctx.is_cue(head)


def _headline_subject(ctx: QuoteContext, sp: QuoteSpan, j: int, para_end: int) -> Speaker | None:
    """'‘We're devastated’: family pays tribute to teenager': a headline that opens with
    quoted words and a colon gives them to the subject of the clause after the colon. Only a
    line of its own with no full stop at its end (a headline), the quote opening it."""
    text = ctx.text
    line_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    line = text[line_start:para_end].rstrip()
    if text[line_start:sp.outer_start].strip() or not line or line[-1] in ".!?”’\"'":
        return None
    first = bisect.bisect_left(ctx.tok_starts, text.index(":", j) + 1)
    for tok in ctx.doc[first:]:
        if tok.idx >= para_end:
            break
        if tok.pos_ in ("VERB", "AUX") and ctx.in_quote[tok.i] < 0:
            # (the subject opens the clause: "‘Devastated’: how a village lost its school" names none)
            subj = next((c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == first), None)
            return resolve_speaker(ctx, subj) if subj is not None else None
    return None


# nouns for what someone said that can open "X's reply was short: “...”"
MESSAGE_NOUNS = frozenset({
    "response", "reply", "answer", "message", "verdict", "advice", "warning", "plea", "reaction",
    "retort", "comment", "statement", "assessment", "view", "explanation", "excuse", "promise",
})


def _colon_before(ctx: QuoteContext, sp: QuoteSpan) -> int | None:
    """The index of the colon token that the quote's opening mark follows, if one does."""
    if not ctx.text[:sp.outer_start].rstrip().endswith(":"):
        return None
    i = bisect.bisect_left(ctx.tok_starts, sp.outer_start) - 1
    while i >= 0 and ctx.doc[i].text != ":":
        i -= 1
    return i if i >= 0 else None


def _owned_message(ctx: QuoteContext, sp: QuoteSpan) -> tuple[Token, Speaker] | None:
    """'Ms Roe's response was blunt: “...”', 'Her message to the council was simple: “...”':
    the subject before the colon is a noun of what was said, with its owner; the quote is
    the owner's, the noun its cue."""
    i = _colon_before(ctx, sp)
    if i is None or i < 1:
        return None
    sent = ctx.doc[i - 1].sent
    for tok in ctx.doc[sent.start:i]:
        if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.lemma_.lower() in MESSAGE_NOUNS \
                and tok.head.lemma_ == "be" and ctx.in_quote[tok.i] < 0:
            owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
            if owner is not None:
                return tok, resolve_speaker(ctx, owner)
    return None


def _described_speaker(ctx: QuoteContext, sp: QuoteSpan) -> Speaker | None:
    """'Jane Roe, 42, is blunt: “...”', 'He was adamant: “...”': a person said to be of some
    manner, then a colon and a quote that opens the next words: the quote is the person's
    (no cue word)."""
    i = _colon_before(ctx, sp)
    if i is None or i < 2:
        return None
    adj = ctx.doc[i - 1]
    be = adj.head
    if adj.dep_ != "acomp" or adj.pos_ != "ADJ" or be.lemma_ != "be" or ctx.paragraph(be.idx) != ctx.paragraph(sp.start):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or ctx.in_quote[subj.i] >= 0:
        return None
    person = ctx.owner[subj.i] >= 0 and ctx.people[ctx.owner[subj.i]].kind == "person"
    if not (person or subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "i", "we")):
        return None
    return resolve_speaker(ctx, subj)


def _signed_name(ctx: QuoteContext, first: int, para_end: int) -> Token | None:
    """'“...” — Jane Roe, ward nurse': a signature of two or more capitalised proper nouns
    right after the dash, ending at a comma or the end of its line, names the speaker even
    where no person was found there (a name the tagger did not know)."""
    doc = ctx.doc
    i = first
    while i < len(doc) and doc[i].text in DASHES + "—–":
        i += 1
    j = i
    while j < len(doc) and doc[j].idx < para_end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    if j == i and i < len(doc) and doc[i].is_title and doc[i].is_alpha and not doc[i].is_stop:
        j = i + 1  # (a surname the tagger took for another word: "– Kaur" read as a verb)
    ends_line = j >= len(doc) or doc[j].idx >= para_end
    # ("‘I’m not finished yet’ – Kaur": a lone surname signs the line it ends, as headlines
    # put it; not an outlet or a place, "– Reuters", "– Paris")
    lone = j - i == 1 and ends_line and doc[i].ent_type_ in ("PERSON", "") \
        and doc[i].lower_ not in NOT_SPEAKER_LABELS  # ("– Review": page furniture)
    if (j - i < 2 and not lone) or j - i > 4:
        return None
    if not ends_line and doc[j].text != ",":
        return None
    return doc[j - 1]


# the quoted words stay open to a tag: '“...,” she laughed', '“...!” he beamed', '“...—” she
# snapped'; after a full stop the next verb begins a sentence of its own ('“Thanks.” She smiled.')
OPEN_TO_TAG = (",", "!", "?", "…", "—", "–", "-")


def _manner_tag_after(ctx: QuoteContext, sp: QuoteSpan, tok: Token, first: int) -> bool:
    """'“That was close,” she laughed' / '“Never,” snapped Jane Roe': a verb of manner or
    feeling tags the quote when the quote leaves its sentence open and nothing but the
    speaker's words stands between them (no other verb: '“...,” the man who laughed ...')."""
    if not sp.closed or not ctx.text[sp.start:sp.end].rstrip().endswith(OPEN_TO_TAG):
        return False
    words = [t for t in ctx.doc[first:tok.i] if not (t.is_punct or t.is_space)]
    if not ctx.is_manner_cue(tok, first=not words):
        return False
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False  # '“...,” and sales began to pick up': the verb goes on with its own matter
    # ('“...,” and donations began ...': a new clause, not the speaker's words)
    return not any(t.pos_ in ("VERB", "AUX", "CCONJ") for t in words)


def _tag_between(ctx: QuoteContext, floor: int, prev_end: int, tok: Token) -> bool:
    """'“A,” she laughed, “B.”': a manner tag between two quotes of one paragraph, the first
    left open by its comma, with only the speaker's words beside it."""
    if floor != prev_end or prev_end < 2:
        return False  # no quote right before it in this paragraph
    head = ctx.text[:prev_end].rstrip()
    k = len(head) - (2 if head.endswith("''") else 1)
    if head[-1:] not in "”’\"'" or not ctx.text[:k].rstrip().endswith(OPEN_TO_TAG):
        return False
    first = bisect.bisect_left(ctx.tok_starts, prev_end)
    words = [t for t in ctx.doc[first:tok.i] if not (t.is_punct or t.is_space)]
    if any(t.pos_ in ("VERB", "AUX", "CCONJ") for t in words) or any(c.dep_ == "xcomp" for c in tok.children):
        return False
    return ctx.is_manner_cue(tok, first=not words)


def _person_after(ctx: QuoteContext, tag: Token, para_end: int) -> Speaker | None:
    """The person named in the few words after an inverted tag ('“...,” groans commuter Jane
    Roe'), for a parse that lost the noun phrase (the tagger made "commuter" a verb)."""
    for j in range(tag.i + 1, min(len(ctx.doc), tag.i + 5)):
        t = ctx.doc[j]
        if t.idx >= para_end or t.is_punct or ctx.in_quote[j] >= 0:
            return None
        if ctx.owner[j] >= 0:
            return speaker_for_person(ctx, ctx.owner[j], t)
    return None


def _verb_stems(word: str) -> set[str]:
    """Base forms a past tense in "-ed" or a present in "-s" may come from ("boasted" boast,
    "smiled" smile, "quipped" quip, "cried" cry, "groans" groan, "muses" muse)."""
    if len(word) < 4:
        return set()
    if word.endswith("ed") and len(word) >= 5:
        stems = {word[:-2], word[:-1]}
        if word[-3] == word[-4]:
            stems.add(word[:-3])  # "quipped", "snapped"
        if word.endswith("ied"):
            stems.add(word[:-3] + "y")  # "cried", "replied"
        return stems
    if word.endswith("s") and not word.endswith("ss"):
        stems = {word[:-1]}
        if word.endswith("es"):
            stems.add(word[:-2])  # "wishes", "fusses"
        if word.endswith("ies"):
            stems.add(word[:-3] + "y")  # "cries"
        return stems
    return set()


def _misread_tag(ctx: QuoteContext, sp: QuoteSpan, tok: Token, first: int) -> bool:
    """'“...,” boasted midfielder Jane Roe', '“...,” groans commuter Jane Roe': a tag before the
    speaker's name that the tagger took for an adjective ("boasted/JJ") or a noun ("groans/NNS");
    its base form is a reporting verb."""
    if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or not tok.is_lower or tok.i + 1 >= len(ctx.doc):
        return False
    if any(not (t.is_punct or t.is_space) for t in ctx.doc[first:tok.i]):
        return False  # only right after the quote, before the name
    if not sp.closed or not ctx.text[sp.start:sp.end].rstrip().endswith(OPEN_TO_TAG):
        return False
    nxt = ctx.doc[tok.i + 1]
    # a speaker must follow ('“...,” boasted the coach'; the tagger may make a role noun after
    # the misread tag a verb: "groans/NNS commuter/VBP")
    if not nxt.is_alpha or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "PART", "AUX", "ADV") or ctx.in_quote[nxt.i] >= 0:
        return False
    stems = _verb_stems(tok.lower_)
    return bool(stems & ctx.manner or stems & (ctx.cue_lemmas - ctx.quote_only))


def _opens_own_sentence(ctx: QuoteContext, sp: QuoteSpan, after: int, cue: Token, speaker: Speaker | None) -> bool:
    """'“... nothing.” That is why, he added, sequels sell': after a quote that ends its sentence
    with a full stop, words before the speaker and cue start a sentence of their own, which the
    cue reports."""
    inner = ctx.text[sp.start:sp.end].rstrip()
    if not inner.endswith("."):
        return False  # ('“Why?” reporter Jane Roe asked': a question or cry is often followed so)
    first = cue.idx
    subj = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.left_edge.idx >= after:
        first = subj.left_edge.idx  # "the party's nominee, Jane Roe, tweeted"
    elif speaker is not None and after <= speaker.start < first:
        first = speaker.start
    i = bisect.bisect_left(ctx.tok_starts, after)
    # ("And, she added, ...", "Later, she said": a conjunction or adverb opens no sentence)
    return any(not (t.is_punct or t.is_space) and t.pos_ not in ("CCONJ", "ADV", "INTJ")
               for t in ctx.doc[i:ctx.token_at(first) or i] if t.idx < first)


def _tail_clause_end(ctx: QuoteContext, sp: QuoteSpan, cue: Token | None, speaker: Speaker | None) -> int | None:
    """End of the words that finish a quoted phrase's sentence before its cue.

    '“Boots on the ground” would be a mistake, he said': the quoted words open a
    clause that goes on past the closing mark; the statement is the whole clause.
    None when the quote ends its own clause ('“...,” he said').
    """
    text = ctx.text
    if not sp.closed or cue is None:
        return None
    inner = text[sp.start:sp.end].rstrip()
    if not inner or not (inner[-1].isalnum() or inner[-1] in ")]%"):
        return None  # '“...,” he said', '“...?” she asked': the quote ends its clause
    m = re.match(r"[ \t]+([a-z0-9])", text[sp.outer_end:sp.outer_end + 4])
    if m is None:
        return None
    stop = cue.idx
    if speaker is not None and sp.outer_end <= speaker.start < stop:
        stop = speaker.start
    cut = text.rfind(",", sp.outer_end, stop)
    if cut < 0:
        return None
    words = text[sp.outer_end:cut]
    if len(words.split()) < 2 or any(c in words for c in ".!?;:\n") or ctx.in_quote[cue.i] >= 0:
        return None
    ti = ctx.token_at(sp.outer_end + m.start(1))
    if ti is not None and ctx.is_cue(ctx.doc[ti]):
        return None  # '“...” said Jane Roe, a lawyer, ...'
    return cut


def _tail_to_sentence_end(ctx: QuoteContext, sp: QuoteSpan) -> int | None:
    """End of the sentence that a quoted phrase after its cue runs into ('said, “A” until B.')."""
    text = ctx.text
    if not sp.closed:
        return None
    inner = text[sp.start:sp.end].rstrip()
    if not inner or not (inner[-1].isalnum() or inner[-1] in ")]%"):
        return None
    if re.match(r"[ \t]+[a-z0-9]", text[sp.outer_end:sp.outer_end + 3]) is None:
        return None
    i = ctx.token_at(sp.outer_end)
    if i is None:
        return None
    if ctx.doc[i].idx < sp.outer_end:
        i += 1
    j = i
    while j < len(ctx.doc) and j - i < 20:
        t = ctx.doc[j]
        if ctx.in_quote[j] >= 0 or ctx.is_cue(t) or "\n" in t.text_with_ws or t.text in (",", ";", ":"):
            return None
        if t.text in SENTENCE_END:
            if j == i or all(u.ent_type_ in ("DATE", "TIME") or u.pos_ in ("ADP", "DET") for u in ctx.doc[i:j]):
                return None  # '“...” on Friday.': when it was said, the writer's
            return t.idx
        j += 1
    return None


def _introduces_next(ctx: QuoteContext, sp: QuoteSpan, cue: Token, para_end: int) -> bool:
    """'“A.” Jane Roe said: “B.”': a cue after a finished sentence that ends in a colon
    before another quote introduces that quote, not the one before it; one with a clause
    of its own ('“A.” She said that B.') reports that clause."""
    text = ctx.text
    inner = text[sp.start:sp.end].rstrip()
    if not inner.endswith((".", "!", "?")):
        return False  # '“A,” she said:' is rare; a comma ties the quote to the cue
    if inner.endswith(".") and any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i and ctx.in_quote[c.i] < 0
                                   for c in cue.children):
        # '“A.” He said that B.': after a full stop the cue starts a report of its own
        return True
    j = cue.i + 1
    while j < len(ctx.doc) and ctx.doc[j].idx < para_end and j - cue.i < 12:
        t = ctx.doc[j]
        if t.text in SENTENCE_END or ctx.in_quote[j] >= 0:
            return False
        if t.text == ":":
            rest = text[t.idx + 1:t.idx + 4].lstrip()
            return rest[:1] in OPEN_MARKS or rest[:2] == "''" or not rest
        j += 1
    return False


def _subordinate_colon_tag(ctx: QuoteContext, tok: Token) -> bool:
    """A finite verb of saying or manner, with a subject of its own, heading a subordinate or
    joined clause ("before Mr Hale cut in", "and Ms Roe replied") whose last word (the verb or
    its particle) is right before a colon."""
    doc = ctx.doc
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "conj") or tok.tag_ not in ("VBD", "VBZ", "VBP") \
            or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text != ":":
        if not (nxt.head.i == tok.i and (nxt.dep_ == "prt" or nxt.tag_ == "RP")) or tok.i + 2 >= len(doc) \
                or doc[tok.i + 2].text != ":":
            return False
    return ctx.is_cue(tok) or tok.lemma_.lower() in ctx.manner or _particle(tok, PHRASAL_MANNER)


SPLIT_TAG_CHARS = 40  # '“A,” Jane Roe said — “B.”': the most a tag between two parts of one quote holds


def _split_by_tag(text: str, prev_end: int, para_start: int, start: int) -> bool:
    """Whether the words between a quote ending at prev_end and one opening at start are only
    its tag ("she said —"): short, no punctuation but the closing dash, and the quote before
    breaking off with a comma or dash (not "boasted about X — “which ...”")."""
    if prev_end <= para_start or prev_end < 2:
        return False
    gap = text[prev_end:start].strip().rstrip(DASHES).strip()
    opens_with_dash = gap[:1] in DASHES  # '“A” — she said — “B.”'
    gap = gap.lstrip(DASHES).strip()
    if not gap or len(gap) > SPLIT_TAG_CHARS or any(ch in gap for ch in ".,;:!?()\n"):
        return False
    return opens_with_dash or text[prev_end - 2] in "," + DASHES


def _as_put_it(ctx: QuoteContext, tok: Token) -> bool:
    """'As one aide put it, “...”': "as X put it" opening the sentence tags the quoted words after
    its comma, as it does before a colon."""
    # (set off inside the writer's sentence, ", as she puts it, “...”", it tags only the quoted
    # words, a mixed quote: quote_put_aside)
    return tok.lemma_.lower() == "put" and ctx.is_manner_cue(tok) and tok.left_edge.is_sent_start \
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == tok.left_edge.i for c in tok.children)


def _cue_before(ctx: QuoteContext, sp: QuoteSpan, prev_end: int) -> Token | None:
    """'X said: “...”': the nearest cue verb before the quote in its sentence."""
    text = ctx.text
    para_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    floor = max(prev_end, para_start)
    i = bisect.bisect_left(ctx.tok_starts, sp.outer_start) - 1
    before = text[floor:sp.outer_start].rstrip()
    introduces = before.endswith((":", ","))  # "said:" / "said," introduce a direct quote
    # '“A,” she said — “B.”': a dash after the tag that split one quote introduces its rest as a
    # comma does (the cue's subject in the tag: not "boast about X — “which ...”")
    dash_tag = before.endswith(tuple(DASHES)) and _split_by_tag(text, prev_end, para_start, sp.outer_start)
    steps = 0
    while i >= 0 and ctx.doc[i].idx >= floor and steps < 40:
        tok = ctx.doc[i]
        if ctx.in_quote[i] >= 0:
            break
        if tok.text in SENTENCE_END:
            break
        if before.endswith(":") and steps <= 2 and _subordinate_colon_tag(ctx, tok):
            # 'Ms Roe began, before Mr Hale cut in: “...”': the verb right before the colon tags
            # the words after it, though the clause it heads hangs on another cue
            return tok
        if not ctx.is_cue(tok) and (before.endswith(":") and ctx.is_manner_cue(tok)
                                    or before.endswith(",") and _tag_between(ctx, floor, prev_end, tok)
                                    or before.endswith(",") and _as_put_it(ctx, tok)):
            # 'She laughed: “Not while I can still ride.”': a tag before a colon; '“If I had
            # known,” she laughed, “I would ...”': a tag that splits one quote
            return tok
        if ctx.is_cue(tok):
            # "said: “...”", "said, “...”" or the quote right after the verb ("said “...”")
            if introduces or dash_tag and any(c.dep_ == "nsubj" and c.idx >= prev_end for c in tok.children):
                return tok
            if steps == 0 and ctx.text[sp.start:sp.start + 1].isupper():
                # 'said “Sorry” to the crowd': the sentence goes on, a mixed quote
                after = ctx.text[sp.outer_end:sp.outer_end + 3].lstrip(" ") if sp.closed else ""
                return None if after[:1].isalpha() and after[:1].islower() else tok
            return None
        i -= 1
        steps += 1
    return None


# a list item's bullet opening a paragraph ("• “We have 300 fewer officers.”"): layout, no words
LIST_MARKER = re.compile(r"^[^\S\n]*[\u2022\u25aa\u2023\u25e6\u00b7*-][^\S\n]+")


def _paragraph_lead(ctx: QuoteContext, pos: int) -> str:
    """The text of `pos`'s paragraph before it, less a list item's bullet."""
    lead = ctx.text[ctx.paragraph_starts[ctx.paragraph(pos)]:pos]
    m = LIST_MARKER.match(lead)
    return lead[m.end():] if m else lead


def _colon_paragraph_cue(ctx: QuoteContext, sp: QuoteSpan) -> Token | None:
    """'Jane Roe said:' ending the paragraph before a quoted paragraph."""
    para = ctx.paragraph(sp.outer_start)
    if para == 0 or _paragraph_lead(ctx, sp.outer_start).strip():
        return None
    k = para - 1
    prev_text = ctx.text[ctx.paragraph_starts[k]:ctx.paragraph_starts[para]].rstrip()
    if not prev_text.endswith(":"):
        return None
    i = bisect.bisect_left(ctx.tok_starts, ctx.paragraph_starts[k] + len(prev_text)) - 1
    steps = 0
    while i >= 0 and steps < 40:
        tok = ctx.doc[i]
        if tok.text in SENTENCE_END or ctx.in_quote[i] >= 0:
            break
        if ctx.is_cue(tok) or ctx.is_manner_cue(tok):
            return tok  # ("Jane Roe fumed:" too: a colon ties the tag to the words)
        i -= 1
        steps += 1
    return None


def _report_ending_paragraph_before(ctx: QuoteContext, sp: QuoteSpan) -> Token | None:
    """'Jane Roe said the rota was unworkable.¶“We have asked three times.”': a paragraph of
    quoted words right after a paragraph whose last sentence is someone's indirect report (a
    cue with its subject and its clause) goes on with that report: its cue and speaker."""
    para = ctx.paragraph(sp.outer_start)
    if para == 0 or not sp.closed or _paragraph_lead(ctx, sp.outer_start).strip():
        return None
    prev_end = ctx.paragraph_starts[para]
    i = bisect.bisect_left(ctx.tok_starts, prev_end) - 1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    if i < 0 or ctx.doc[i].text != "." or ctx.in_quote[i] >= 0:
        return None
    root = ctx.doc[i].sent.root
    if root.idx < ctx.paragraph_starts[para - 1] or not ctx.is_cue(root):
        return None
    subj = any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
    clause = any(c.dep_ == "ccomp" and c.i > root.i and ctx.in_quote[c.i] < 0 for c in root.children)
    return root if subj and clause else None


def _newcomer_before(ctx: QuoteContext, sp: QuoteSpan, last: Quote | None) -> Speaker | None:
    """A person, not the last speaker, who is the subject of the sentence just before a
    quote in its paragraph ("Jane Roe agreed. “...”"): the quote is theirs."""
    para_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    lo = bisect.bisect_left(ctx.mention_starts, para_start)
    hi = bisect.bisect_left(ctx.mention_starts, sp.outer_start)
    for j in range(hi - 1, lo - 1, -1):
        s, _e, pi = ctx.mentions[j]
        p = ctx.people[pi]
        if last is not None and p.id == last.speaker_id:
            return None
        ti = ctx.token_at(s)
        if ti is None or p.kind != "person":
            continue
        tok = ctx.doc[ti]
        # the head word of the name, subject of a verb in the sentence right before the quote
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and s <= tok.idx < _e \
                and tok.head.pos_ == "NOUN" and ctx.owner[tok.head.i] < 0:
            tok = tok.head  # "Her neighbour, Jane Roe, agreed. “...”": the name itself in apposition
        if tok.dep_ == "nsubj" and tok.sent.end_char <= sp.outer_start + 1 \
                and not ctx.text[tok.sent.end_char:sp.outer_start].strip():
            return speaker_for_person(ctx, pi, ctx.doc[ti])
        return None
    return _role_subject_before(ctx, sp, para_start) if last is None else None


def _role_subject_before(ctx: QuoteContext, sp: QuoteSpan, para_start: int) -> Speaker | None:
    """'Asked if he would run again, the senator smiled. “Ask me next year.”': with no quote
    before it, a quote right after a sentence whose subject is a role ("the senator", "the
    coach") or "he"/"she" doing no more than a gesture ("smiled", "paused", "shrugged": a verb
    with no object; "The coach read out the team. “Good luck.”" is left alone) is that subject's."""
    i = bisect.bisect_left(ctx.tok_starts, sp.outer_start) - 1
    if i < 0 or ctx.doc[i].idx < para_start or ctx.doc[i].text not in SENTENCE_END:
        return None
    sent = ctx.doc[i].sent
    if ctx.text[sent.end_char:sp.outer_start].strip() or any(ctx.in_quote[k] >= 0 for k in range(sent.start, sent.end)):
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or root.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prt", "dative") for c in root.children):
        return None
    role = subj.pos_ == "NOUN" and subj.lower_ in titles() \
        and any(c.dep_ in ("det", "poss") for c in subj.children)
    if not (role or subj.lower_ in ("he", "she")):
        return None
    return resolve_speaker(ctx, subj)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lead_in(ctx: QuoteContext, cue: Token, sp: QuoteSpan, prev_end: int) -> tuple[int, int] | None:
    """Span of a clause that opens the sentence before a parenthetical cue and its quote.

    'If turnout falls, Jane Roe wrote, “the council will lose its mandate.”': the clause
    before "Jane Roe wrote," is the first half of what she wrote. A framing phrase with no
    clause of its own ("At the end of the day, she said, “...”") is the writer's.
    """
    doc = ctx.doc
    # (the subject nearest the cue: "The plan, Jane Roe said, ..." may give the verb two)
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None  # "..., saying: “...”": a participle, not a parenthetical "she said"
    k = subj.left_edge.i
    if k < 2 or doc[k - 1].text != ",":
        return None
    # the cue phrase runs straight into the quote: "Jane Roe wrote, “...", also past who was
    # told or when ("Jane Roe told reporters on Friday, “...")
    between = ctx.text[cue.idx + len(cue):sp.outer_start].strip(" ,:")
    if between and (len(between.split()) > 5 or any(c in between for c in ",;:.\n\"“”'‘’")):
        return None
    para_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    floor = max(prev_end, para_start)
    i = k - 2
    while i >= 0 and doc[i].idx >= floor and doc[i].text not in SENTENCE_END and ctx.in_quote[i] < 0:
        i -= 1
    first = i + 1
    if first >= k - 1 or doc[first].idx < floor:
        return None
    lead = doc[first:k - 1]
    if any(ctx.is_cue(t) for t in lead):
        return None
    # a quote opening in lower case finishes the sentence the phrase began, clause or not
    # ("Sooner or later, she said, “it will pay off.”")
    opens_lower = ctx.text[sp.start:sp.start + 1].islower()
    if not opens_lower and (not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in lead)
                            or not any(t.tag_ in FINITE_TAGS for t in lead)):
        return None
    # one opening a sentence of its own goes with the clause only when that is subordinate
    # ("If X, she said, “...”")
    if not opens_lower and not (lead[0].dep_ == "mark" or lead[0].tag_ == "IN" and lead[0].pos_ == "SCONJ"):
        return None
    return doc[first].idx, doc[k - 1].idx


def _direct_quotes(ctx: QuoteContext) -> list[Quote]:
    """Pass 1: quoted spans with their cue or inherited speaker."""
    quotes: list[Quote] = []
    last: tuple[int, Quote] | None = None  # (paragraph, quote) of the last attributed quote
    by_span: dict[int, Quote] = {}
    joins: list[bool] = []  # quote i continues quote i-1 (same statement, one Quote)
    prev_end = 0
    # 'X, “a,” she said. “B.”': the mid-sentence quote goes to the mixed pass, but B goes on
    # with its statement; `pending` stands for it (its cue and speaker) until a quote is kept
    pending: Quote | None = None
    for qi, sp in enumerate(ctx.spans):
        latest = pending if pending is not None else (quotes[-1] if quotes else None)
        if sp.single and (sp.end - sp.start) < 40 and not _reads_as_statement(ctx.text, sp) \
                and not _cued_statement(ctx, sp, prev_end) and _standfirst_speaker(ctx, sp) is None \
                or (sp.end - sp.start) < 2:
            prev_end = max(prev_end, sp.outer_end)  # scare quotes: left to the mixed pass
            continue
        cue: Token | None = None
        speaker: Speaker | None = None
        headline = False  # "Minister: ‘We will act’" (`_headline_speaker`)
        # '“...\n\n“B,” he said with a grin.': a paragraph that carries its own cue is a
        # statement of its own, even when the quote before it was left open
        own_cue = sp.closed and sp.continues >= 0 and any(x is not None for x in _cue_after(ctx, sp))
        if sp.continues >= 0 and sp.continues in by_span and not own_cue:
            src = by_span[sp.continues]
            q = Quote(ctx.text[sp.start:sp.end], sp.start, sp.end, "direct")
            copy_speaker(q, src)
            quotes.append(q)
            pending = None
            joins.append(len(quotes) > 1 and quotes[-2] is src)
            by_span[qi] = q
            last = (ctx.paragraph(sp.start), q)
            prev_end = sp.outer_end
            continue
        before = _cue_before(ctx, sp, prev_end)
        own_tag: tuple[Token, Speaker] | None = None
        if before is not None and quotes and quotes[-1].cue_start == before.idx and sp.closed:
            # '“A,” said X, “B,” he added, “C.”': B has a tag of its own after it, and the tag
            # before it is A's
            own_cue, own_speaker = _cue_after(ctx, sp)
            if own_cue is not None and own_speaker is not None and own_cue.i != before.i:
                own_tag = own_cue, own_speaker
        tail: int | None = None  # end of a clause the quoted words open or close (a mixed quote)
        if own_tag is not None:
            cue, speaker = own_tag
        elif before is not None:
            cue, speaker = before, speaker_of_cue(ctx, before)
            # 'Jane Roe said, “We have three weeks to go” until the vote.'
            tail = _tail_to_sentence_end(ctx, sp)
        else:
            text_before = _paragraph_lead(ctx, sp.outer_start)
            starts_clause = CLAUSE_START.search(text_before) is not None
            after_cue, after_speaker = _cue_after(ctx, sp) if starts_clause else (None, None)
            if after_cue is not None or after_speaker is not None:
                cue, speaker = after_cue, after_speaker
                # "‘We're devastated’: family pays tribute": a headline's quote and its subject
                headline = cue is None and ctx.text[sp.outer_end:sp.outer_end + 2].lstrip()[:1] == ":"
                # '“We have three weeks to go” until the vote, she said'
                tail = _tail_clause_end(ctx, sp, cue, speaker)
            elif not starts_clause:
                # quoted words inside a sentence: the mixed pass takes them
                after_cue, after_speaker = _cue_after(ctx, sp)
                if after_cue is not None and after_speaker is not None and not sp.single:
                    pending = make_quote(sp.start, sp.end, ctx.text, "mixed", after_cue, after_speaker)
                    last = (ctx.paragraph(sp.start), pending)
                prev_end = sp.outer_end
                continue
            else:
                cue = _colon_paragraph_cue(ctx, sp)
                if cue is not None:
                    speaker = speaker_of_cue(ctx, cue)
                else:
                    owned = _owned_message(ctx, sp)
                    blunt = _described_speaker(ctx, sp) if owned is None else None
                    if owned is not None:
                        cue, speaker = owned  # "Her reply was blunt: “No.”"
                    elif blunt is not None:
                        speaker = blunt  # "Ms Roe, 42, is blunt: “...”"
                    else:
                        speaker = _headline_speaker(ctx, sp) or _standfirst_speaker(ctx, sp)
                        headline = speaker is not None
                        if speaker is None:
                            cue = _report_ending_paragraph_before(ctx, sp)
                            speaker = speaker_of_cue(ctx, cue) if cue is not None else None
        lead = _lead_in(ctx, before, sp, prev_end) if before is not None and own_tag is None else None
        if tail is not None:  # the quoted words and the clause they belong to: one statement
            # ('The hall, she said, “is full” for the vote': its subject first; a lone framing word,
            # "Still, she said, ...", stays the writer's)
            if lead is not None and _names_something(ctx, lead) and _add_lead(ctx, quotes, joins, lead, cue, speaker):
                pending = None
            q = make_quote(sp.start, tail, ctx.text, "mixed", cue, speaker)
            quotes.append(q)
            pending = None
            joins.append(False)
            by_span[qi] = q
            last = (ctx.paragraph(sp.start), q)
            prev_end = sp.outer_end
            continue
        if lead is not None and _add_lead(ctx, quotes, joins, lead, cue, speaker):
            # 'The roads were empty, he added, “but people came.”': one statement around its
            # cue, in two parts that share it (the clause, then the quoted words)
            pending = None
        opened = _dropped_opening(ctx, sp, by_span) if cue is not None or speaker is not None else None
        # '“A.¶“B,” said X.': paragraphs left open before the one that names its speaker
        # belong to the same statement, kept whole with the marks between them
        q = make_quote(sp.start if opened is None else opened, sp.end, ctx.text, "direct", cue, speaker)
        newcomer = _newcomer_before(ctx, sp, last[1] if last is not None else None) \
            if cue is None and speaker is None else None
        if newcomer is not None:
            # 'Jane Roe agreed. “...”': someone else named as the subject just before the quote
            speaker = newcomer
            q = make_quote(sp.start, sp.end, ctx.text, "direct", None, speaker)
        elif cue is None and speaker is None and last is not None:
            para = ctx.paragraph(sp.start)
            if para - last[0] <= FLOAT_PARAGRAPHS:
                copy_speaker(q, last[1])
                # '“A,” she said. “B.”': B goes on with the same statement, so the same cue
                # reports it; it stays a Quote of its own, the attribution between them outside both
                if (latest is last[1] and para - ctx.paragraph(last[1].end) <= 1
                        and sp.outer_start - last[1].end <= JOIN_GAP):
                    _copy_cue(q, last[1])
        if cue is None and (q.speaker is None and q.speaker_name is None
                            or _looks_like_title(q.text) and not (headline and _names_nothing(ctx, sp))):
            prev_end = sp.outer_end
            continue  # a quoted title or block with no one to say it: not a quote we can attribute
        signed = q.speaker is not None and ctx.text[sp.outer_end:sp.outer_end + 3].lstrip()[:1] in DASHES
        if sp.single and q.speaker_name is None and cue is None and not headline and not signed:
            # a lone single-quoted phrase is a scare quote, not a statement (one signed after a
            # dash, "‘I’m not finished yet’ – Kaur", is a statement)
            prev_end = sp.outer_end
            continue
        quotes.append(q)
        pending = None
        joins.append(False)  # '“A,” she said, “B.”': two Quotes sharing the cue (statements.group_statements)
        by_span[qi] = q
        if q.speaker is not None or q.speaker_name is not None:
            last = (ctx.paragraph(sp.start), q)
        prev_end = sp.outer_end
    return _join(ctx.text, quotes, joins)


# "Q: ..." / "A: ..." (also "Q." and "Question:"/"Answer:") opening a paragraph of a transcript
TRANSCRIPT_LINE = re.compile(r"(?m)^[^\S\n]*(Q|A|Question|Answer)[:.][^\S\n]+(?=\S)")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|our|us)\b", re.I)


def transcript_quotes(ctx: QuoteContext) -> list[Quote]:
    """An interview printed as questions and answers: each answer paragraph is the
    interviewee's words, the person the introduction before the first question names most
    often (the questions are the outlet's own, and the labels are no part of the words).

    Only where the text has both question and answer lines (a lone "A." opening a paragraph is
    no transcript) and some answer speaks in the first person: an explainer that asks and
    answers its own questions is the writer's. Reports inside an answer ("a neighbour told me
    ...") stay quotes of their own: the indirect pass runs without these."""
    text = ctx.text
    found = list(TRANSCRIPT_LINE.finditer(text))
    lines = [(m.group(1)[0], m.end()) for m in found]
    if not any(k == "Q" for k, _ in lines):
        return []
    first_q = min(s for k, s in lines if k == "Q")
    answers = []
    for n, (kind, start) in enumerate(lines):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if n + 1 < len(lines) and lines[n + 1][0] == "Q":
            # an answer over several paragraphs: the unlabelled ones up to the next question
            end = _answer_runs_on(text, end, found[n + 1].start())
        while end > start and text[end - 1].isspace():
            end -= 1
        if kind == "A" and start > first_q and end - start >= 2:
            answers.append((start, end))
    if not answers:
        return []
    # the interviewee: the person the introduction names most often (the first of them on a tie),
    # not the last one named ("... and who should replace Judge Jane Roe. Here is the transcript.")
    counts: dict[int, list[int]] = {}
    for s, _e, pi in ctx.mentions[:bisect.bisect_left(ctx.mention_starts, first_q)]:
        if ctx.people[pi].kind == "person":
            counts.setdefault(pi, []).append(s)
    if not counts:
        return []
    pi = max(counts, key=lambda k: (len(counts[k]), -counts[k][0]))
    tok = ctx.token_at(counts[pi][-1])
    if tok is None:
        return []
    if not any(FIRST_PERSON.search(text, s, e) for s, e in answers) \
            and not _interviewed(ctx, counts[pi]) and not _interview_note(ctx, first_q):
        return []
    who = speaker_for_person(ctx, pi, ctx.doc[tok])
    return [make_quote(s, e, text, "direct", None, who) for s, e in answers]


# (a press conference's: "briefed reporters", "addressed journalists", "at a news conference")
MAX_ANSWER_PARAGRAPHS = 3  # an answer runs on over at most this many unlabelled paragraphs
ANY_LABEL = re.compile(r"^[^\S\n]*[A-Z][^:\n.!?]{0,40}:[^\S\n]")


def _answer_runs_on(text: str, end: int, next_q: int) -> int:
    """The end of an answer line's statement: the unlabelled paragraphs after it, up to the next
    "Q:" line, belong to it ("A: Not this year.¶We have protected families.¶Q: ..."); end when
    a paragraph between has a label of its own or there are too many."""
    between = text[end:next_q]
    paras = [p for p in between.split("\n") if p.strip()]
    if not paras or len(paras) > MAX_ANSWER_PARAGRAPHS or any(ANY_LABEL.match(p) for p in paras):
        return end
    return end + len(between.rstrip())


INTERVIEW_WORDS = frozenset({"interview", "ask", "speak", "talk", "chat", "question", "brief", "briefing",
                             "address", "conference"})


def _interviewed(ctx: QuoteContext, starts: list[int]) -> bool:
    """'We asked Jane Roe about ...', 'Jane Roe spoke to the Echo', 'In an interview, Jane
    Roe ...': a sentence that names the interviewee puts the questions to them, so the answers
    are theirs even where none speaks in the first person."""
    doc = ctx.doc
    for start in starts:
        i = ctx.token_at(start)
        if i is not None and any(t.lemma_.lower() in INTERVIEW_WORDS and t.pos_ in ("VERB", "NOUN")
                                 for t in doc[i].sent):
            return True
    return False


# what an interview's own note calls it: "This interview has been edited for length and clarity."
INTERVIEW_NOUNS = frozenset({"interview", "conversation", "transcript", "exchange"})


def _interview_note(ctx: QuoteContext, first_q: int) -> bool:
    """A sentence before the first question whose subject is the interview itself ("This
    interview has been edited for length", "The conversation has been condensed"): the text
    presents what follows as an interview, so the answers are the interviewee's."""
    i = ctx.token_at(first_q)
    if i is None:
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in INTERVIEW_NOUNS
               and t.pos_ == "NOUN" for t in ctx.doc[:i])


def _reads_as_statement(text: str, sp: QuoteSpan) -> bool:
    """'We're not going anywhere,' / 'It's over.': short single-quoted words that open
    with a capital and end with sentence punctuation are a statement (outlets that quote
    in single marks), not a scare-quoted phrase ('known to officers')."""
    words = text[sp.start:sp.end]
    return words[:1].isupper() and words[-1:] in ".,!?…" and len(words.split()) >= 3


def _cued_statement(ctx: QuoteContext, sp: QuoteSpan, prev_end: int) -> bool:
    """Short single-quoted words that a cue introduces or follows, or that make a paragraph,
    are a statement: "said: 'Absolutely not.'", "'We are,' she said, 'ready.'",
    "'Never again' - Jane Roe"."""
    text = ctx.text
    before = _paragraph_lead(ctx, sp.outer_start).rstrip()
    if before.endswith((":", ",")) and _cue_before(ctx, sp, prev_end) is not None:
        return True
    if before.endswith(":") and _headline_speaker(ctx, sp) is not None:
        return True
    words = text[sp.start:sp.end]
    if not words[:1].isupper() or CLAUSE_START.search(before) is None:
        return False
    para_end = text.find("\n", sp.outer_end)
    if not before and words[-1:] in ".!?…" and not text[sp.outer_end:None if para_end < 0 else para_end].strip():
        return True  # a paragraph of its own ("'Nobody listened.'"): a statement, floating or not
    # ("'We're devastated': family pays tribute": a headline's quote before its colon too)
    # ("'We have been forgotten', say farmers": a comma outside the marks, as headlines put it;
    # not an aside inside a sentence that goes on, "'Big Society', she said, was dead")
    signed = text[sp.outer_end:sp.outer_end + 3].lstrip()[:1] in DASHES + (":" if not before else "") \
        or (text[sp.outer_end:sp.outer_end + 1] == ","
            and "," not in re.split(r"[.!?](?:\s|$)", text[sp.outer_end + 1:None if para_end < 0 else para_end])[0])
    if not (words[-1:] in ".,!?…" or signed):
        return False
    return any(x is not None for x in _cue_after(ctx, sp))


# "Minister: ‘We will act’": a label of one to four words before a colon that opens its line
HEADLINE_LABEL = re.compile(r"[A-Z][\w’'.&-]*(?:[ \t]+[\w’'.&-]+){0,3}[ \t]*:[ \t]*")
# a vox pop's label: a name of two to four capitalised words, an age, maybe a job or a town
VOX_POP_LABEL = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}),[ \t]*\d{1,3}"
                           r"(?:,[ \t]*[\w’'.&/-]+(?:[ \t]+[\w’'.&/-]+){0,3})?[ \t]*:[ \t]*")
# a notes column's "Jane Roe, on the defeat:" (or "Coach Jane Roe on her side's defending:"):
# the name before "on" and a topic labels the words
NAME_ON_LABEL = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}),?[ \t]+on[ \t]+[^:\n\"“”]{1,60}:[ \t]*")
# a picture caption's "Mayor Jane Roe at the flooded depot on Tuesday:" (or "in", "outside"): a
# name of two to four capitalised words, where it was said, then the words
NAME_AT_LABEL = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})[ \t]+(?:at|in|outside|during)[ \t]+"
                           r"[^:\n\"“”]{1,60}:[ \t]*")
# a live blog's time stamp before the label: "09:40 Ms Lind: “...”", "2.15pm BST - Coach: ‘...’"
BLOG_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4}T)?[ \t]*[:—–-]?[ \t]+")
# a TV script's tag for a clip before its label: "SOT: Mayor Jane Roe: “...”" (sound on tape)
SCRIPT_TAG = re.compile(r"(?:SOT|SOUNDBITE|SOUND BITE|VO/SOT)[ \t]*:[ \t]+")
# transcript labels are no speakers ("Q: ...", "A: ..."), nor is page furniture ("Watch: ‘...’")
TRANSCRIPT_LABELS = frozenset({"q", "a", "question", "answer", "interviewer"})
NOT_SPEAKER_LABELS = frozenset({
    "photo", "picture", "pictured", "image", "video",
    "audio", "watch", "listen", "read", "update", "breaking", "live", "source", "sources", "note",
    "caption", "credit", "related", "warning", "more", "see", "also", "quote", "editor", "analysis",
    "comment", "opinion", "review", "exclusive", "revealed", "explained", "factbox", "timeline",
})


def _own_time(ctx: QuoteContext, tok: Token, start: int) -> bool:
    """A date or time word of the label itself: not one of an entity the tagger ran on into the
    label from a time stamp on the line before ("14:05¶¶Mayor Jane Roe" tagged one TIME)."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    i = tok.i
    while i > 0 and ctx.doc[i].ent_iob_ == "I":
        i -= 1
    return ctx.doc[i].idx >= start


def _headline_speaker(ctx: QuoteContext, sp: QuoteSpan) -> Speaker | None:
    """'Minister: ‘We will act on rents’': a headline, standfirst or live-blog line that is only a
    label, a colon and quoted words gives the words to the one the label names (no cue word)."""
    text = ctx.text
    para = ctx.paragraph(sp.outer_start)
    p_start = ctx.paragraph_starts[para]
    stamp = BLOG_TIME.match(text, p_start, sp.outer_start)
    if stamp is not None:
        p_start = stamp.end()
    tag = SCRIPT_TAG.match(text, p_start, sp.outer_start)
    if tag is not None:
        p_start = tag.end()
    label = text[p_start:sp.outer_start]
    vox = VOX_POP_LABEL.fullmatch(label) or NAME_ON_LABEL.fullmatch(label) or NAME_AT_LABEL.fullmatch(label)
    if (HEADLINE_LABEL.fullmatch(label) is None and vox is None) or not sp.closed:
        return None
    line_end = text.find("\n", sp.outer_end)
    if text[sp.outer_end:len(text) if line_end < 0 else line_end].strip(" \t.!?"):
        return None  # the line goes on past the quote: not a label and its quote
    # a vox pop's "Jane Roe, 34, teacher:": the name before the age labels the words
    name = vox.group(1) if vox is not None else label.rstrip(" \t:")
    if name.lower() in TRANSCRIPT_LABELS \
            or any(re.sub(r"[’']s$", "", w.lower()) in NOT_SPEAKER_LABELS for w in name.split()):
        return None
    first = bisect.bisect_left(ctx.tok_starts, p_start)
    # (the first token past the name: the colon, or the comma or "on" after a vox pop's name)
    colon = bisect.bisect_left(ctx.tok_starts, p_start + len(name))
    if colon >= len(ctx.doc) or colon <= first:
        return None
    words = ctx.doc[first:colon]
    if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") or _own_time(ctx, t, p_start) for t in words):
        return None  # "Update at 10am:", "They said:": no label of a speaker
    head = next((t for t in words if not (first <= t.head.i < colon) or t.head.i == t.i), words[-1])
    speaker = resolve_speaker(ctx, head)
    if speaker.start < p_start or speaker.end > p_start + len(name):
        # the parser ran the label into the time stamp before it: the label alone, unresolved
        return Speaker(name, p_start, p_start + len(name))
    return speaker


def _standfirst_speaker(ctx: QuoteContext, sp: QuoteSpan) -> Speaker | None:
    """"‘We will not back down’¶Union leader Jane Roe vows to fight job cuts": a headline that is
    only quoted words, then a standfirst (a line with no full stop at its end) whose subject
    opens it and speaks in the present tense, gives the words to that subject (no cue word)."""
    text = ctx.text
    para = ctx.paragraph(sp.outer_start)
    starts = ctx.paragraph_starts
    if para != 0 or para + 1 >= len(starts) or not sp.closed \
            or text[starts[para]:sp.outer_start].strip() or text[sp.outer_end:starts[para + 1]].strip():
        return None
    nxt = starts[para + 1]
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    line = text[nxt:line_end].rstrip()
    if not line or line[-1] in ".!?:”’\"'":
        return None
    first = bisect.bisect_left(ctx.tok_starts, nxt)
    for tok in ctx.doc[first:]:
        if tok.idx >= line_end:
            break
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN") and tok.i == first:
                continue  # "Grieving dad Jane Roe vows ...": a participle describing the subject
            if tok.tag_ not in ("VBZ", "VBP") or not ctx.is_cue(tok):
                return None
            subj = next((c for c in tok.lefts if c.dep_ == "nsubj" and c.left_edge.i == first), None)
            if subj is None and tok.i > first and ctx.doc[tok.i - 1].pos_ == "PROPN":
                # the parse ran on from the headline and hung the standfirst's subject on its
                # words: the name right before the verb, the line's only noun phrase, is it
                subj = ctx.doc[tok.i - 1]
            return resolve_speaker(ctx, subj) if subj is not None else None
    return None


def _names_nothing(ctx: QuoteContext, sp: QuoteSpan) -> bool:
    """Quoted words with no noun or name ("‘Unacceptable’", "‘Heartbroken’"): a headline's
    one-word cry, not a title ("‘Billions’: actor joins cast" keeps the title)."""
    words = ctx.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return words is not None and not any(t.pos_ in ("NOUN", "PROPN") for t in words)


def _names_something(ctx: QuoteContext, span: tuple[int, int]) -> bool:
    """The characters hold a noun or a name."""
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and any(t.pos_ in ("NOUN", "PROPN") for t in words)


def _add_lead(ctx: QuoteContext, quotes: list[Quote], joins: list[bool], lead: tuple[int, int],
              cue: Token | None, speaker: Speaker | None) -> bool:
    """Append the opening part of a statement split by its cue; False when it is too short."""
    ls, le = trim_chars(ctx.text, *lead)
    if le - ls < 2:
        return False
    quotes.append(make_quote(ls, le, ctx.text, "mixed", cue, speaker))
    joins.append(False)
    return True


# first and second person in capitals: words someone says, not a title ("I", "WE’LL", "YOU")
FIRST_PERSON_CAPS = frozenset({"I", "WE", "ME", "US", "MY", "OUR", "YOU", "YOUR"})
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by"})


def _looks_like_title(words: str) -> bool:
    """“The Long Night”, “Billions”: a short title-case name with no sentence punctuation."""
    tokens = words.split()
    if not tokens or len(tokens) > 6 or words.rstrip()[-1:] in ".,!?;:":
        return False
    if words.isupper() and any(t.strip("’'").split("’")[0].split("'")[0] in FIRST_PERSON_CAPS for t in tokens):
        return False  # "‘WE’LL NEVER GIVE UP’": a tabloid's words in capitals, in the first person
    return all(t[:1].isupper() or t[:1].isdigit() or (i > 0 and t.lower() in TITLE_SMALL_WORDS)
               for i, t in enumerate(tokens))


def _dropped_opening(ctx: QuoteContext, sp: QuoteSpan, by_span: dict[int, Quote]) -> int | None:
    """Start of the paragraphs a quote continues when they were left open and kept as no
    quote of their own (nobody named before them): '“The ward was failing.¶“Nobody
    listened,” said Jane Roe.' starts at "The ward"."""
    k, start = sp.continues, None
    while 0 <= k < len(ctx.spans) and k not in by_span and not ctx.spans[k].closed:
        op = ctx.spans[k]
        if ctx.text[ctx.paragraph_starts[ctx.paragraph(op.outer_start)]:op.outer_start].strip():
            break  # quoted words inside a sentence: the mixed pass's
        start = op.start
        k = op.continues
    return start


def _join(text: str, quotes: list[Quote], joins: list[bool]) -> list[Quote]:
    """One Quote per statement: paragraphs of one quote and quotes split by their cue merge."""
    out: list[Quote] = []
    for q, join in zip(quotes, joins):
        if join and out:
            prev = out[-1]
            prev.end = q.end
            prev.text = text[prev.start:prev.end]
            if prev.cue is None and q.cue is not None:
                prev.cue, prev.cue_start, prev.cue_end = q.cue, q.cue_start, q.cue_end
        else:
            out.append(q)
    return out


def _copy_cue(q: Quote, src: Quote) -> None:
    q.cue, q.cue_start, q.cue_end = src.cue, src.cue_start, src.cue_end
