"""A time named by a naming verb before quoted words (round 33).

"The chairman called last year “a disaster for the club”": the object of "called" is a time
("last year"), so the parser reads it as when the calling happened and hangs the quoted words
on the verb as its object, or (with a common-noun subject) reads "called" as a modifier of that
noun ("the chairman called ...", like "a man called Tom") and the quoted words as an apposition.
A verb of naming with two objects needs the first one: a time phrase right after it, followed
right away by the quoted name, is what is named. Left alone: a time phrase followed by a real
object ("called on Monday the plan “a farce”"), or by no quoted words.
"""

from __future__ import annotations

from spacy.tokens import Token

# naming verbs that take an object and a name after it ("called X “...”", "dubbed X “...”")
TWO_OBJECT_NAMING = frozenset({"call", "dub", "brand", "label", "term", "name"})


def _only_time(tok: Token) -> bool:
    words = [t for t in tok.subtree if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "DET" for t in words)


def named_time(verb: Token, in_quote: list[int]) -> tuple[int, int] | None:
    """Token range of "last year “a disaster”" after a naming `verb`, or None."""
    if verb.lemma_.lower() not in TWO_OBJECT_NAMING or verb.i + 1 >= len(verb.doc):
        return None
    doc = verb.doc
    time = next((c for c in verb.children if c.dep_ == "npadvmod" and c.left_edge.i == verb.i + 1), None)
    if time is None or not _only_time(time):
        return None
    k = time.right_edge.i + 1
    if k >= len(doc) or not doc[k].is_quote and doc[k].tag_ != "``":
        return None
    qi = in_quote[k + 1] if k + 1 < len(doc) else -1
    if qi < 0:
        return None
    end = k + 1
    while end < len(doc) and in_quote[end] == qi:
        end += 1
    if end < len(doc) and (doc[end].is_quote or doc[end].tag_ == "''"):
        end += 1  # the closing mark
    return time.left_edge.i, end
