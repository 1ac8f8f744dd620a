"""The speaker of a cue right after a direct quote ('“...,” she said', '“...,” said Jane Roe'),
where the parse the quote broke gives a wrong one or none: read off the words beside the cue.

- The quote's own words never name its speaker: '“I'm done,” the 19-year-old posted' is the
  19-year-old's, not "I"'s.
- '“...!” shouted captain Jane Roe as ...': with no subject in the parse, the noun phrase after
  the cue; '“...!” yelled neighbour Jane Roe': the name after a role word the parse cut off;
  '“...,” shrugged the referee, Jane Roe': the name set off by a comma after the role.
- '“...,” said Coun. Jane Roe': a title's abbreviation the tokenizer does not know ends no
  sentence and is no name; '“...,” said Hale. Roe agreed.' keeps its sentence end.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.lexicon import word_list
from storyweave.analyze.quote_break_subject import subject_across_break
from storyweave.analyze.quote_context import QuoteContext, Speaker
from storyweave.analyze.quote_speakers import mistagged_name, resolve_speaker, speaker_for_person, speaker_of_verb

NP_AFTER_CUE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _quoted_as(verb: Token) -> Token | None:
    """'The paper quoted Jane Roe as saying ...': the one quoted, the object of "quote", not
    the outlet that quoted her, is the speaker of "saying"."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "advcl") or prep.lower_ != "as":
        return None
    quote = prep.head
    if quote.lemma_.lower() != "quote" or quote.pos_ != "VERB":
        return None
    return next((c for c in quote.children if c.dep_ in ("dobj", "nsubjpass") and c.i < verb.i), None)


# "was heard telling aides", "was filmed saying", "can be heard saying": the one heard speaks
# (and "show": 'Messages show the adviser telling a colleague: “...”', 'footage shows him saying')
PERCEPTION_VERBS = frozenset({"hear", "overhear", "see", "film", "record", "catch", "capture", "spot", "show"})


def _perceived_speaker(verb: Token) -> Token | None:
    """'X was heard telling aides: “...”': the subject of the verb of perceiving that the
    participle hangs on (the parser may hang that verb in turn on the quote's own verb)."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.i < verb.i and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in PERCEPTION_VERBS and head.head.pos_ in ("VERB", "AUX"):
        return head  # "show the adviser telling": the participle hung on the one seen
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "ccomp", "advcl", "oprd") or head.i > verb.i \
            or head.lemma_.lower() not in PERCEPTION_VERBS:
        return None
    # "X was heard saying": the passive's subject; "she saw X talking": the one seen
    seen = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return seen or next((c for c in head.lefts if c.dep_ == "nsubjpass"), None)


def speaker_of_cue(ctx: QuoteContext, verb: Token) -> Speaker | None:
    """Who a cue's words belong to: `speaker_of_verb`, except for the one quoted in
    "quoted X as saying" (or "X was quoted as saying") and the one heard in "X was heard
    saying"."""
    heard = _perceived_speaker(verb)
    if heard is not None:
        return resolve_speaker(ctx, heard)
    quoted = _quoted_as(verb)
    if quoted is None and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        return speaker_of_verb(ctx, verb.head.head)  # (no object: the passive's subject)
    lost = _subject_in_aside(verb)
    if lost is not None:
        return resolve_speaker(ctx, lost)
    if quoted is None:
        broken = subject_across_break(ctx, verb)  # "Updated at 5.30pm¶¶The fire service said ..."
        if broken is not None:
            return broken
    return resolve_speaker(ctx, quoted) if quoted is not None else speaker_of_verb(ctx, verb)


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject_in_aside(verb: Token) -> Token | None:
    """'The prime minister, in a speech broadcast live ..., warned that ...', 'Ms Lee, noted for
    her candour, said ...': a cue with no subject of its own whose sentence opens with a noun
    phrase and a comma that the parser made the subject of the aside set off after it (a
    clause with no conjunction of its own, hung on the cue before it)."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    for aside in verb.lefts:
        if aside.dep_ not in ("advcl", "parataxis") or aside.left_edge.i != verb.sent.start:
            continue
        if any(c.dep_ == "mark" for c in aside.children) or doc[verb.i - 1].text != ",":
            continue
        subj = next((c for c in aside.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == verb.sent.start), None)
        if subj is None:
            continue
        # (the parser may hang the comma after the name on the name itself)
        comma = subj.right_edge.i if doc[subj.right_edge.i].text == "," else subj.right_edge.i + 1
        if comma < aside.i and doc[comma].text == ",":
            return subj
    return None


def title_abbreviation(ctx: QuoteContext, dot: Token) -> bool:
    """The full stop of a title's abbreviation right before a name ('Coun. Jane Roe')."""
    doc = ctx.doc
    if dot.text != "." or dot.i == 0 or dot.i + 1 >= len(doc):
        return False
    word, nxt = doc[dot.i - 1], doc[dot.i + 1]
    return (word.lower_ in word_list("abbreviated_titles") and not word.whitespace_ and nxt.is_title
            and (nxt.pos_ == "PROPN" or ctx.owner[nxt.i] >= 0)
            and (ctx.owner[nxt.i] < 0 or ctx.owner[nxt.i] != ctx.owner[word.i]
                 # one mention written with its title ("Coun. Jane Roe") runs over the full stop
                 or ctx.mention_of(ctx.owner[nxt.i], nxt)[0] <= word.idx))


def speaker_after_quote(ctx: QuoteContext, quote_start: int, quote_end: int, cue: Token,
                        first: int, para_end: int, speaker: Speaker | None) -> Speaker | None:
    """`speaker` (what the parse gave for `cue`), corrected from the words beside the cue.

    `quote_start`/`quote_end`: the quote's words and the end of its marks; `first`: the
    index of the first token after the quote; `para_end`: the end of its paragraph."""
    # (a subject the parse ran past the paragraph's end, a headline run into the next
    # paragraph, is none: "'...', say farmers\n\nFarmers in the valley ...")
    # (a subject that overlaps the quote's words, opening mark and all, is the quote itself:
    # '“Rubbish!” shouted a voice' parsed with "Rubbish" as the subject)
    if speaker is None or (speaker.start < quote_end and speaker.end > quote_start) or speaker.end > para_end:
        speaker = _beside_cue(ctx, cue, first, para_end)
    elif speaker.pid is None and cue.idx < speaker.start:
        named = _beside_cue(ctx, cue, first, para_end)
        if named is not None and named.pid is not None and speaker.start < named.end:
            speaker = named
    if speaker is not None and speaker.end < para_end:
        after = ctx.token_at(speaker.end)
        if after is not None and title_abbreviation(ctx, ctx.doc[after]):
            # the title taken for a name: the name after it
            nxt = ctx.doc[after + 1]
            if ctx.owner[nxt.i] >= 0:
                return speaker_for_person(ctx, ctx.owner[nxt.i], nxt)
            while nxt.i + 1 < len(ctx.doc) and ctx.doc[nxt.i + 1].pos_ == "PROPN":
                nxt = ctx.doc[nxt.i + 1]  # a name the people finder missed: its last word heads it
            return resolve_speaker(ctx, nxt)
    return speaker


# determiners that stand for a whole noun phrase ("another", "others") after a cue
STANDALONE_DETERMINERS = frozenset({"another", "others", "both", "several", "many", "some", "one", "most",
                                    "few"})


def _closes_phrase(tok: Token, para_end: int) -> bool:
    """`tok` ends its clause: a full stop, comma or the paragraph's end comes right after it."""
    doc = tok.doc
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].idx >= para_end or doc[tok.i + 1].text in (".", ",", ";", "!", "?")


def _apposed_name(ctx: QuoteContext, last: Token, para_end: int) -> Speaker | None:
    """The person named right after a comma that follows a role ('the referee, Jane Roe')."""
    doc = ctx.doc
    k = last.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].idx >= para_end:
        return None
    pi = ctx.owner[k + 1]
    if pi < 0 or ctx.people[pi].kind != "person":
        return None
    return speaker_for_person(ctx, pi, doc[k + 1])


def _beside_cue(ctx: QuoteContext, cue: Token, first: int, para_end: int) -> Speaker | None:
    """The words between the quote and the cue ('“...,” the 19-year-old posted'), or, when the
    cue comes first, the noun phrase after it ('“...!” shouted captain Jane Roe as ...'). A
    name found there is the person's mention; other words stand as written."""
    doc = ctx.doc
    words = [t for t in doc[first:cue.i] if not (t.is_punct or t.is_space)]
    if not words:
        for t in doc[cue.i + 1:]:
            # ("flood-hit farmers": a participle after a hyphen is part of a compound adjective)
            if t.idx >= para_end or not (t.pos_ in NP_AFTER_CUE or (words and t.text in "-–")
                                         or (not words and t.lower_ in STANDALONE_DETERMINERS)
                                         or (words and words[-1].text in "-–" and t.tag_ in ("VBN", "VBG"))):
                break
            words.append(t)
        if len(words) == 1 and words[0].lower_ in STANDALONE_DETERMINERS and _closes_phrase(words[0], para_end):
            # '“...,” agreed another.': a determiner standing for a noun the sentence before gave
            s, e = words[0].idx, words[0].idx + len(words[0])
            return Speaker(ctx.text[s:e], s, e, None, None, None)
        while words and words[-1].pos_ not in ("NOUN", "PROPN"):
            words.pop()
        named = _apposed_name(ctx, words[-1], para_end) if words and ctx.owner[words[-1].i] < 0 else None
        if named is not None:
            return named  # '“...,” shrugged the referee, Jane Roe': the name the role is given
    if len(words) == 1 and (odd := mistagged_name(cue)) is not None and odd.i == words[0].i:
        return resolve_speaker(ctx, odd)  # '“...,” Tolliver insisted': a surname tagged as an adverb
    if not words or not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words):
        return None
    for t in words:
        if ctx.owner[t.i] >= 0:
            return speaker_for_person(ctx, ctx.owner[t.i], t)
    s, e = words[0].idx, words[-1].idx + len(words[-1])
    # a description ("the 19-year-old") may still resolve to the one named before it
    head = next((t for t in words if not (s <= t.head.idx < e) or t.head.i == t.i), words[-1])
    found = resolve_speaker(ctx, head)
    return Speaker(ctx.text[s:e], s, e, found.name, found.role, found.pid)
