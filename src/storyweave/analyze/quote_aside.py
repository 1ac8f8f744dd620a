"""Attributions set off by commas inside the statement they attribute: "A, she said, B".

The parser hangs the two parts anywhere, so they are found from the text around the cue:
- `parenthetical`: ", SUBJECT CUE [when/where/how]," ("If the toll stays, she warned on
  Monday, workers will strike"; "The papers show, he said in an interview, that ...");
- `misparsed_aside`: the same in the present tense when the small parser takes "Jane Roe
  notes" for a noun phrase (an apposition: "Residents of the valley, Jane Roe notes, welcome
  the plan"), so no cue verb is seen; feature and analysis writing attributes this way.

Both give the token ranges of the two parts, (start, end, start, end), within one sentence
with no quoted words (the direct-quote pass reads those).
"""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.lexicon import ADDRESSING_VERBS, speech_verbs

PRONOUNS = frozenset({"he", "she", "they", "it"})
# what may follow the cue of an aside before its closing comma: when, where, how it was said
ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "agent", "punct", "tmod"})
_NAME_POS = ("PROPN",)


def _speech_verb_form(form: str, verbs: frozenset[str]) -> bool:
    """"notes", "argues", "adds", "says", "replies": a speech verb's third person singular."""
    return form[:-1] in verbs or (form.endswith("es") and form[:-2] in verbs) \
        or (form.endswith("ies") and form[:-3] + "y" in verbs)


def _quoted_or_broken(ctx, sent) -> bool:
    """The sentence holds quoted words or runs over a line break."""
    return any(ctx.in_quote[i] >= 0 for i in range(sent.start, sent.end)) or "\n" in sent.text


def misparsed_aside(ctx, tok: Token) -> tuple[int, int, int, int, Token] | None:
    """The two parts around ", SPEAKER VERBS," and the speaker's last token, when `tok` is
    the verb of such an aside that the parser did not read as a verb; else None."""
    doc = ctx.doc
    form = tok.text
    # lower case: "Apple Notes" in a list of names is a name
    if not form.endswith("s") or not form.islower() or tok.i + 1 >= len(doc) \
            or doc[tok.i + 1].text != "," or not _speech_verb_form(form, speech_verbs()) or ctx.is_cue(tok):
        return None  # (checked for every word: the cheap tests first)
    # the speaker: a personal pronoun, or one to four proper nouns, right after a comma
    j = tok.i - 1
    if j >= 1 and doc[j].lower_ in PRONOUNS:
        start = j
    else:
        start = tok.i
        while start - 1 >= 0 and doc[start - 1].pos_ in _NAME_POS and tok.i - start < 4:
            start -= 1
        if start == tok.i:
            return None
    if start < 1 or doc[start - 1].text != ",":
        return None
    sent = tok.sent
    before = [t for t in doc[sent.start:start - 1] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[tok.i + 2:sent.end] if not (t.is_punct or t.is_space)]
    if len(before) < 1 or len(after) < 2 or _quoted_or_broken(ctx, sent):
        return None
    return sent.start, start - 1, tok.i + 2, sent.end, doc[tok.i - 1]


def _listener(cue: Token, t: Token) -> bool:
    """`t` is the object of an addressing cue, naming the listener (", she told friends,")."""
    return t.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ADDRESSING_VERBS \
        and t.pos_ in ("NOUN", "PROPN", "PRON")


def inverted_subject(cue: Token) -> bool:
    """", says Jane Roe," : the cue right after a comma, its subject right after it."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    subj = next((c for c in cue.rights if c.dep_ == "nsubj"), None)
    return subj is not None and subj.left_edge.i == cue.i + 1 and subj.tag_ not in ("WDT", "WP", "PRP") \
        and subj.right_edge.i + 1 < len(doc) and doc[subj.right_edge.i + 1].text == ","


def _speakers_next_act(doc, i: int, end: int) -> bool:
    """After ", she said, and"/", but": a verb in the simple past with no subject or auxiliary
    of its own ("but declined to elaborate", "and walked out") goes on telling what the speaker
    did, as does a clause in that tense ("and the crowd cheered"); a clause with its own subject
    in another tense ("but it is a start") or a verb with an auxiliary ("and had passed all
    checks") goes on with the statement."""
    while i < end and (doc[i].pos_ == "ADV" or doc[i].text == ","):
        i += 1
    if i >= end:
        return True
    t = doc[i]
    if t.tag_ == "VBD" and t.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return True
    # a clause of its own in the simple past, the cue's tense: the writer's narration going on
    # ("..., she said, and the crowd cheered"; see quote_conj)
    verb = next((c.head for c in doc[i:end] if c.dep_ in ("nsubj", "nsubjpass") and i <= c.head.i < end), None)
    return verb is not None and verb.tag_ == "VBD" and verb.pos_ == "VERB" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def parenthetical(ctx, cue: Token) -> tuple[int, int, int, int] | None:
    """The two parts of the sentence around ", SUBJECT CUE [when/where/how]," when `cue` is the
    verb of such an aside; else None."""
    doc = ctx.doc
    # the subject next to the cue: the parser may take the first part for a second subject
    # ("Residents, the mayor told reporters, would be paid": "Residents" hangs as nsubj too)
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = inverted_subject(cue)
    if inverted:
        # "The secret, says head gardener Jane Roe, is to water at dusk": the subject after the
        # cue (the parser may hang the first part on the cue as a second subject)
        subj = next(c for c in cue.rights if c.dep_ == "nsubj")
        k, first_end = subj.right_edge.i + 1, cue.i - 1
    elif subj is None or subj.right_edge.i != cue.i - 1 or subj.left_edge.i < 2 \
            or doc[subj.left_edge.i - 1].text != "," or subj.tag_ in ("WDT", "WP") \
            or doc[subj.left_edge.i - 2].pos_ == "CCONJ":
        return None  # not ", which said ...", nor "... and, he argued, ..." (a report inside)
    else:
        k, first_end = cue.i + 1, subj.left_edge.i - 1
    sent = cue.sent
    while k < sent.end and doc[k].text != ",":
        t = doc[k]
        # only the cue's own adjuncts may come between it and the closing comma
        if t.pos_ in ("VERB", "AUX") or t.lower_ == "that" or ctx.in_quote[k] >= 0 \
                or not cue.is_ancestor(t) or t.text in (":", ";", "(", ")") \
                or (t.head.i == cue.i and t.dep_ not in ADJUNCTS and not _listener(cue, t)):
            return None  # "the governor ordered a quarantine, ...": an object, no aside
        k += 1
    if k >= sent.end - 2:
        return None
    nxt = doc[k + 1]
    # ("including" is a preposition here: "..., the paper said, including budgets and travel")
    if nxt.tag_ == "VBG" and nxt.lower_ != "including" or ctx.is_cue(nxt) or nxt.lower_ in ("while", "although") \
            or (nxt.lower_ in ("but", "and") and _speakers_next_act(doc, k + 2, sent.end)) \
            or (nxt.lower_ == "on" and doc[k + 2].lower_ == "condition"):
        return None  # "..., she said, adding that ...", "on condition of anonymity", "..., she said,
        # but declined to elaborate": the writer's
    words_before = [t for t in doc[sent.start:first_end] if not (t.is_punct or t.is_space)]
    words_after = [t for t in doc[k + 1:sent.end] if not (t.is_punct or t.is_space)]
    if len(words_before) < 1 or len(words_after) < 2:
        return None
    if inverted and (nxt.tag_ in ("WDT", "WP", "WP$", "WRB") or nxt.pos_ in ("SCONJ", "CCONJ")
                     or not any(t.pos_ in ("VERB", "AUX") for t in words_after)):
        # "..., said Jane Roe, who ...", "..., said Jane Roe, chief economist at X": what follows
        # the speaker is about her, not the rest of the statement
        return None
    if any(doc[i].text in (":", ";") or ctx.is_cue(doc[i]) for i in range(sent.start, first_end)) \
            or _quoted_or_broken(ctx, sent):
        return None
    return sent.start, first_end, k + 1, sent.end
