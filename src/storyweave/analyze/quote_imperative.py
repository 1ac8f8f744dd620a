"""Imperatives are no reports: "Report suspected side effects through the Safety Hotline",
"Tell us your story", "Ask your pharmacist", "Say what you like about ...".

A reporting verb in its bare form that opens its sentence with no subject (after "Please",
"Just", "Do" at most) tells the reader to do something; nobody's words are reported. Inside
quote marks it is someone's words (the direct quote is found on its own), and before an
inverted cue ("Tell the council what you think, the mayor urged") the whole imperative is
what the cue's subject said (see `imperative_content`).
"""

from __future__ import annotations

from spacy.tokens import Token

# words that may come before an imperative in its sentence
LEADS = frozenset({"please", "just", "simply", "do", "now", "so", "then", "also", "always", "never"})
MARKS = frozenset({'"', "\u201c", "\u2018", "'", "(", "-", "\u2013", "\u2014", "*", "\u2022"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass"})


def imperative(verb: Token) -> bool:
    """Whether `verb` is the bare verb of an imperative opening its sentence (see the module)."""
    if verb.tag_ != "VB" or any(c.dep_ in SUBJECTS and c.lower_ not in ("do", "don't") for c in verb.children):
        return False
    if verb.dep_ not in ("ROOT", "advcl", "ccomp", "parataxis", "conj"):
        return False
    if verb.dep_ == "conj" and not imperative(verb.head):
        return False  # "... and tell" joined to a verb with a subject
    for tok in verb.doc[verb.sent.start:verb.i]:
        if tok.lower_ not in LEADS and tok.text not in MARKS and not tok.is_space and tok.dep_ != "neg":
            return verb.dep_ == "conj"  # a later imperative joined to the first one
    return True


def inverted_cue_over(verb: Token) -> Token | None:
    """The cue an imperative is said under, written after it with its own subject: "Tell the
    council what you think, the mayor urged" (the parser hangs the imperative on the cue as an
    adverbial or complement clause). None when the sentence has no such cue."""
    head = verb.head
    if verb.dep_ not in ("advcl", "ccomp", "parataxis") or head.i <= verb.i:
        return None
    if not any(c.dep_ == "nsubj" for c in head.children):
        return None
    if not any(t.text == "," for t in verb.doc[verb.right_edge.i + 1:head.i]):
        return None
    return head
