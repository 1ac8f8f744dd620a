"""A present-tense attribution inside a sentence that the parser read as a noun phrase.

"Residents of the valley, Jane Roe notes, welcome the plan": feature and analysis writing
attributes in the present tense, and the small parser often takes "Jane Roe notes" for a
noun phrase (an apposition of "Residents"), so no cue verb is seen. The pattern is plain in
the text: a comma, a speaker (a name or a personal pronoun), a speech verb in the third
person singular present, a comma, with the statement's words on both sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.lexicon import speech_verbs

PRONOUNS = frozenset({"he", "she", "they", "it"})
_NAME_POS = ("PROPN",)


def _lemma_of_form(form: str, verbs: frozenset[str]) -> str | None:
    """"notes" -> "note", "argues" -> "argue", "adds" -> "add", "says" -> "say"."""
    for cut in (1, 2):
        if form[-cut:] in ("s", "es") and form[:-cut] in verbs:
            return form[:-cut]
    if form.endswith("ies") and form[:-3] + "y" in verbs:
        return form[:-3] + "y"
    return None


def misparsed_aside(doc, tok: Token, is_cue) -> tuple[int, int, Token] | None:
    """(first, last + 1) token indexes of the aside ", SPEAKER VERBS," and the speaker's head
    token, when `tok` is the verb of such an aside that the parser did not read as a verb;
    else None."""
    form = tok.text
    # lower case: "Apple Notes" in a list of names is a name
    if not form.endswith("s") or not form.islower() or is_cue(tok) or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    if _lemma_of_form(form, speech_verbs()) is None:
        return None
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
    if len(before) < 1 or len(after) < 2 or "\n" in doc[sent.start:sent.end].text:
        return None
    return start - 1, tok.i + 2, doc[tok.i - 1]
