"""Where a reported clause ends or starts: is a clause beside it the writer's or the report's?
Tests for `quote_bounds.cut_trailing_aside` and `quote_indirect`.

- A clause of time or contrast after a comma that is not shifted back with the report:
  "said the state would appeal, after a federal judge struck down the map", "said she would
  campaign in Ohio, while her running mate is expected in Florida". Reported speech after a
  cue in the past shifts every clause it reports back a tense ("will" -> "would", "is" ->
  "was"); a clause in the present beside a shifted report, or in the cue's own simple past
  beside a report put in a modal or the past perfect, cannot be the speaker's words of that
  moment: it is the writer setting the report beside what happened (the test
  `quote_bounds._writers_next_clause` makes for ", and" clauses). "although"/"though" are
  left alone: "said the changes were a start, although the budget is still too
  small" keeps a concession the speaker made in the present (PolNeAR train agrees).
- A concession that opens a sentence reported by a cue after it ("Despite three defeats,
  the senator remains in the race, aides said"): the writer's framing, not the report.
- A condition the parser hung on the cue ("promised to act should she win", "said she would
  quit, if the board objected") limits what was said: it goes with the report.
- A clause of its own in brackets at the end: "said he had never met the donor (campaign
  records show the two dined together)" is the writer checking the report; a phrase in
  brackets ("(D-Ore.)", "(about $1,200 a household)") stays.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

# marks of a clause of time or contrast that a writer hangs on a report
WRITER_MARKS = frozenset({"as", "after", "while", "whereas"})
# modals a report is shifted back into ("will" -> "would"); "will" and "can" are not shifted
SHIFTED_MODALS = frozenset({"would", "could", "might", "should", "'d"})
FINITE = ("VBD", "VBZ", "VBP", "MD")


def _tense(tok: Token) -> str:
    """'modal' (shifted), 'perfect' (had + participle), 'past', 'present' or 'other' of a verb."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return "modal" if any(c.lower_ in SHIFTED_MODALS for c in aux) else "other"
    if any(c.lower_ == "had" for c in aux):
        return "perfect"
    for t in aux + [tok]:
        if t.tag_ == "VBD":
            return "past"
        if t.tag_ in ("VBZ", "VBP"):
            return "present"
    return "other"


def writers_adverbial(doc: Doc, top: Token, t: Token, is_cue: Callable[[Token], bool]) -> bool:
    """`t`, an adverbial clause hung after a comma on `top` (the verb of a clause reported by
    the cue it hangs on), is the writer's: see the module docstring."""
    first = t.left_edge.i
    if t.dep_ != "advcl" or t.head.i != top.i or first < 2 or doc[first - 1].text != ",":
        return False
    mark = doc[first]
    cue = top.head
    if mark.dep_ != "mark" or mark.head.i != t.i or mark.lower_ not in WRITER_MARKS \
            or top.dep_ != "ccomp" or cue.tag_ != "VBD" or cue.i > top.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) \
            or any(is_cue(u) for u in t.subtree):
        return False  # (a clause with a report in it is left to the rules for a second report)
    report, clause = _tense(top), _tense(t)
    if clause == "present":
        return report in ("modal", "perfect", "past")  # "..., while her running mate is expected"
    return clause == "past" and report in ("modal", "perfect")  # "..., after a judge struck it down"


def writers_brackets(doc: Doc, a: int, b: int, in_quote: list[int]) -> int:
    """Where a content doc[a:b] ends before a bracketed clause of its own at its end (b when
    there is none): see the module docstring."""
    end = b - 1
    while end > a and (doc[end].is_punct and doc[end].text != ")" or doc[end].is_space):
        end -= 1
    if doc[end].text != ")" or in_quote[end] >= 0:
        return b
    depth, k = 0, end
    while k > a:
        depth += (doc[k].text == ")") - (doc[k].text == "(")
        if depth == 0:
            break
        k -= 1
    if k <= a + 2 or doc[k].text != "(":
        return b
    # a clause: a subject whose verb, inside the brackets, is finite or has a finite auxiliary
    for t in doc[k + 1:end]:
        verb = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and k < verb.i < end and (
                verb.tag_ in FINITE or any(x.dep_ in ("aux", "auxpass") and x.tag_ in FINITE for x in verb.children)):
            return k
    return b


# a concession that opens a sentence whose report the cue after it gives: the writer's framing
# ("While ..." is left: PolNeAR train keeps it with the report as often as not)
LEAD_MARKS = frozenset({"despite", "though", "although"})


def writers_lead(doc: Doc, a: int, b: int) -> int:
    """Where a content doc[a:b] told before its cue ("..., she said") starts once a concession
    the writer opens the sentence with is left out: "Despite three defeats on Tuesday, the
    senator remains in the race, aides said" reports only that she remains in the race."""
    top = next((t for t in doc[a:b] if not (a <= t.head.i < b) or t.head.i == t.i), None)
    if top is None or doc[a].lower_ not in LEAD_MARKS:
        return a
    for c in top.lefts:
        e = c.right_edge.i + 1
        if c.left_edge.i == a and c.dep_ in ("advcl", "prep") and e < b - 2 and doc[e].text == ",":
            return e + 1
    return a



CONDITION_MARKS = frozenset({"if", "unless"})
INVERTED_CONDITION = frozenset({"should", "were", "had"})


def condition_of_report(doc: Doc, cue: Token, a: int, b: int, in_quote: list[int]) -> int:
    """The end of a content doc[a:b] after its cue, gone on through a condition that the parser
    hung on the cue but that limits what was said ("promised to act should he win", "asked
    whether she would serve if the party nominated her"): a condition on the act of saying
    itself is rare in news, where the cue tells what was said in the past. b when there is none."""
    heads = list(cue.rights)
    if cue.dep_ == "ccomp" and cue.head.i > b:
        # "promised to act should she win": the parser makes the condition the root
        heads.append(cue.head)
    for c in heads:
        if c.i == cue.head.i and c.i > b:
            first = doc[b]
            if first.lower_ in INVERTED_CONDITION and first.head.i == c.i and in_quote[b] < 0 \
                    and b + 1 < len(doc) and doc[b + 1].dep_ in ("nsubj", "nsubjpass"):
                return _end_of(doc, c, b)
            continue
        if c.dep_ != "advcl" or c.left_edge.i not in (b, b + 1) or in_quote[c.left_edge.i] >= 0:
            continue
        if c.left_edge.i == b + 1 and doc[b].text != ",":
            continue
        first = doc[c.left_edge.i]
        condition = first.lower_ in CONDITION_MARKS and first.dep_ == "mark" or (
            first.lower_ in INVERTED_CONDITION and first.dep_ in ("aux", "auxpass", "ROOT", "advcl")
            and first.i + 1 < len(doc) and doc[first.i + 1].dep_ in ("nsubj", "nsubjpass"))
        if condition and doc[c.right_edge.i].sent.start == cue.sent.start:
            return _end_of(doc, c, b)
    return b


def _end_of(doc: Doc, clause: Token, b: int) -> int:
    """The end of `clause`'s words (after b), less punctuation at its end."""
    e = clause.right_edge.i + 1
    while e > b and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return e
