"""Speaker-labelled turns: broadcast transcripts ("KITTREDGE: It's bad.") and parliamentary
records ("Mr Jane Roe (Northtown) (Lab): Waiting lists have doubled."), where each paragraph
opens with the speaker's name and a colon and goes on with their words, without quotation
marks and without a reporting verb.

A paragraph is a turn when its label is a name `find_people` found (as written: "WHITLOW",
"Ms Jane Roe"), alone or with what such records put around it -- bracketed constituency,
party or name ("(Northtown) (Lab)", "The Minister for Health (Ms Jane Roe)") or a role after
a comma ("DANA ROE, HOST"). Turns come one after another, at least two, and someone in them
speaks in the first or second person: a lone "Jane Roe: A life in pictures" is a headline, a
name heading each section of prose a subhead, a name before a figure a table, names before
descriptions a who's who ("Jane Roe: Former mayor, 54, runs a bakery."); stage directions
("(BEGIN VIDEO CLIP)") may come between. In a text where a label names a person, a name the
people finder missed ("JANE ROE, HOST:", "Mr John Doe:") is a speaker too, and a turn runs on
over the unlabelled paragraphs before the next turn. Labels that name no one ("RESOLVED:",
"Venue:", "Q:") are never turns. Each turn is a direct quote with no cue. A podcast's time stamp
may open the line ("[00:04:12] ADA ROE: ..."); a press conference's "Q:" questions may come
between the turns (they end a turn, and one named answer after a "Q:" line is a turn).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from storyweave.analyze.lexicon import first_names
from storyweave.analyze.quote_context import OPEN_MARKS, QuoteContext, Speaker, make_quote
from storyweave.analyze.quote_direct import NOT_SPEAKER_LABELS, TRANSCRIPT_LABELS
from storyweave.analyze.quote_speakers import speaker_for_person
from storyweave.model import Quote

# a paragraph-opening label (after a podcast's time stamp, "[00:04:12] ", if any): up to 80 characters with no sentence end, then ": " and words
STAMP_TEXT = r"[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[^\S\n]+"
STAMP = re.compile(r"[^\S\n]*" + STAMP_TEXT)
TURN_LABEL = re.compile(r"(?m)^[^\S\n]*(?:" + STAMP_TEXT + r")?([^\n:.!?\"“”]{1,80}?(?:\.[^\S\n]*[^\n:.!?\"“”]{1,40}){0,3})[^\S\n]*:[^\S\n]+(?=\S)")
BRACKETED = re.compile(r"\([^()\n]*\)")
NAME_TAGS = frozenset({"PROPN", "NOUN"})
NOT_NAME_TAGS = frozenset({"VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART"})
CAPITALS = re.compile(r"[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,3}")
WORD = re.compile(r"[^\W\d_]")  # a letter
CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")
# people talking say "I", "we" or "you"; a list of people described does not
SPEAKING_PERSON = re.compile(r"\bI\b|\b(?:[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our|[Mm]e|[Mm]y)\b|\b(?:I|[Ww]e|[Yy]ou)[’'](?:m|re|ve|ll|d)\b")
# a question line labelled "Q:" (a press conference's reporters, unnamed): the outlet's, no
# turn, but the labelled answers on either side of it still follow one another
QUESTION_LINE = re.compile(r"[^\S\n]*(?:Q|QUESTION|Question)[:.][^\S\n]+\S")
MIN_TURNS = 2  # a transcript has turns; one labelled line is a headline or a fact box
MAX_TURN_PARAGRAPHS = 4  # a turn runs on over at most this many unlabelled paragraphs


def _label_speaker(ctx: QuoteContext, start: int, end: int) -> Speaker | None:
    """The person the label [start, end) names, when the label is only that name and the
    furniture records put around it."""
    lo = bisect.bisect_left(ctx.mention_starts, start)
    hi = bisect.bisect_left(ctx.mention_starts, end)
    found = [(s, e, pi) for s, e, pi in ctx.mentions[lo:hi]
             if e <= end and ctx.people[pi].kind == "person"]
    if len(found) != 1:
        return None
    s, e, pi = found[0]
    label = ctx.text[start:end]
    rest = (label[:s - start] + "\0" + label[e - start:]).strip()
    # the name in brackets after an office: "The Minister for Health (Ms Jane Roe)"
    bracketed = rest.endswith("(\0)") and rest[:-3].strip()[:1].isupper()
    rest = BRACKETED.sub("", rest).strip()
    tail = rest[1:].strip()
    # "DANA ROE, HOST": a short role after a comma
    if bracketed or (rest.startswith("\0") and (not tail or (tail.startswith(",") and len(tail.split()) <= 4))):
        tok = ctx.token_at(s)
        return None if tok is None else speaker_for_person(ctx, pi, ctx.doc[tok])
    return None


def _name_label(ctx: QuoteContext, start: int, end: int) -> Speaker | None:
    """'JANE ROE:' / 'SEN. ROE, HOST:' / 'Mr Jane Roe:': a name not found as a mention of its
    own, as written (the name before a comma and a short role); its name is the person whose
    surname it is, where the article names one."""
    name, _, role = ctx.text[start:end].partition(",")
    name = name.strip()
    capitals = CAPITALS.fullmatch(name) is not None
    if not name or len(role.split()) > 4 or not (capitals or CAPITALISED.fullmatch(name)):
        return None
    a = bisect.bisect_left(ctx.tok_starts, start)
    b = bisect.bisect_left(ctx.tok_starts, start + len(name))
    # the tagger makes a word in capitals anything from a noun to an adverb: only one it reads
    # as a verb or a function word is no name; page furniture is none either
    words = [t for t in ctx.doc[a:b] if not t.is_punct]
    # (a listed first name in capitals opening two or three words names a person, whatever the
    # tagger makes of the surname: "ADA RENNICK" with "RENNICK" read as a verb)
    first_named = capitals and 2 <= len(words) <= 3 and words[0].lower_ in first_names()
    if not words or (not first_named
                     and any(t.pos_ in NOT_NAME_TAGS if capitals else t.pos_ not in NAME_TAGS for t in words)) \
            or any(w.lower().strip(".") in NOT_SPEAKER_LABELS | TRANSCRIPT_LABELS for w in name.split()):
        return None
    last = name.split()[-1].lower()
    pid = next((p for p in ctx.people if p.kind == "person" and p.name.split()[-1].lower() == last), None)
    return Speaker(name, start, start + len(name), pid.name if pid else None,
                   pid.role if pid else None, pid.id if pid else None)


def _role_label(ctx: QuoteContext, start: int, end: int) -> Speaker | None:
    """'THE COURT:', 'THE WITNESS:': a court transcript's role label, "THE" and one or two
    nouns in capitals, as written (it names no person; `labelled_turns` takes it only in a
    dialogue)."""
    label = ctx.text[start:end].strip()
    words = label.split()
    if not 2 <= len(words) <= 3 or words[0] != "THE" or CAPITALS.fullmatch(label) is None:
        return None
    a = bisect.bisect_left(ctx.tok_starts, start)
    b = bisect.bisect_left(ctx.tok_starts, start + len(label))
    toks = [t for t in ctx.doc[a:b] if not t.is_punct][1:]
    if not toks or any(t.pos_ not in NAME_TAGS for t in toks) \
            or any(w.lower().strip(".") in NOT_SPEAKER_LABELS | TRANSCRIPT_LABELS for w in words[1:]):
        return None
    return Speaker(label, start, start + len(label), None, None, None)


@dataclass
class _Turn:
    para: int
    start: int  # the words after the label
    end: int
    who: Speaker
    known: bool  # the label names a person the article names
    capitals: bool  # the name is in capitals, as transcripts print their speakers
    role: bool = False  # the label is a role ("THE COURT"), no name
    stamped: bool = False  # a time stamp opens the label's line ("[00:04:12] ADA ROE:")


def _candidates(ctx: QuoteContext) -> list[_Turn]:
    text = ctx.text
    out = []
    found: list[tuple[re.Match, Speaker | None, bool]] = []
    for m in TURN_LABEL.finditer(text):
        if text[m.end()] in OPEN_MARKS:
            continue  # "Minister: “We will act”": a headline label, the direct pass's
        who = _label_speaker(ctx, m.start(1), m.end(1)) or _name_label(ctx, m.start(1), m.end(1))
        role = who is None
        if role:
            who = _role_label(ctx, m.start(1), m.end(1))
        found.append((m, who, role))
    # one label in capitals is one speaker throughout: where the tagger read it as a verb in one
    # turn ("TRAN: And if it doesn't?"), its reading as a name in another turn stands
    by_label = {who.mention: (who, role) for _, who, role in found
                if who is not None and CAPITALS.fullmatch(who.mention) is not None}
    for m, who, role in found:
        content_start = m.end()
        if who is None and m.group(1).strip() in by_label:
            same, role = by_label[m.group(1).strip()]
            a = m.start(1) + m.group(1).index(same.mention)
            who = Speaker(same.mention, a, a + len(same.mention), same.name, same.role, same.pid)
        if who is None:
            continue
        end = _para_end(text, content_start)
        if not WORD.search(text, content_start, end):
            continue  # "Jane Roe: 1,769.": a table of figures, not words spoken
        out.append(_Turn(ctx.paragraph(content_start), content_start, end, who, who.pid is not None,
                        CAPITALS.fullmatch(who.mention) is not None, role,
                        STAMP.match(text, m.start()) is not None))
    return out


def _para_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def labelled_turns(ctx: QuoteContext) -> list[Quote]:
    """Each speaker-labelled turn's words as a direct quote of the labelled person."""
    text = ctx.text
    turns = _candidates(ctx)
    starts = ctx.paragraph_starts
    n = len(starts)

    def stage(i: int) -> bool:  # "(BEGIN VIDEO CLIP)", "[Laughter]": stage directions
        words = text[starts[i]:_para_end(text, starts[i])].strip().rstrip(".")
        return words[:1] in "([" and words[-1:] in ")]" and len(words) > 2

    def question(i: int) -> bool:  # "Q: Is that this year?": a reporter's question between turns
        return QUESTION_LINE.match(text, starts[i]) is not None

    def next_turn(t: _Turn, by_para: dict[int, _Turn]) -> _Turn | None:
        j = t.para + 1
        while j < n and (stage(j) or (question(j) and j not in by_para)):
            j += 1
        return by_para.get(j)

    # a court transcript's role labels ("THE COURT:", "THE WITNESS:") are turns only in a
    # dialogue: labels in capitals, a question in one turn that the next turn, under another
    # label, answers ("THE CLAIM: ...¶THE VERDICT: False." is a fact-check's furniture)
    by_para = {t.para: t for t in turns}
    dialogue = bool(turns) and all(t.capitals for t in turns) and any(
        text[t.start:t.end].rstrip().endswith("?") and (nx := next_turn(t, by_para)) is not None
        and nx.who.mention != t.who.mention for t in turns)
    if any(t.role for t in turns) and not dialogue:
        turns = [t for t in turns if not t.role]
    # a transcript names at least one of its speakers as a person ("RESOLVED:" twice is none),
    # or is a dialogue of labels in capitals that goes back and forth (surnames in capitals the
    # tagger does not know as names, "TRAN: Will you sign it?¶HALVORSEN: Yes.¶TRAN: ...": a
    # label that comes back; "FACT CHECK: ...?¶VERDICT: False." is furniture)
    labels = [t.who.mention for t in turns]
    back_and_forth = dialogue and any(labels.count(x) > 1 for x in labels) and len(set(labels)) > 1
    # (or a dialogue whose every line a recording's time stamp opens: a podcast's transcript)
    back_and_forth = back_and_forth or (dialogue and len(set(labels)) > 1 and all(t.stamped for t in turns))
    if not any(t.known or t.role for t in turns) and not back_and_forth:
        return []

    by_para = {t.para: t for t in turns}
    # turns follow one another, with at most stage directions between: a name and a colon
    # heading each section of prose ("Jane Roe: Win in a walk.¶Ms Roe has led ...") is a
    # subhead, not a transcript; of two turns in a row, one names a person the article names,
    # or both are in capitals
    chained = False
    for t in turns:
        nxt = next_turn(t, by_para)
        chained = chained or (nxt is not None and (t.known or nxt.known or (t.capitals and nxt.capitals)))
    # a named person's labelled answer right after a "Q:" question is a press conference's or an
    # interview's exchange, as a second turn is: "Q: Minister, is it realistic?¶KEANE: It is."
    answered = any(t.known and t.para > 0 and question(t.para - 1) for t in turns)
    # a question under one named label that the next, under another, answers is talk even in
    # the third person ("OCHOA: Why now?¶FENN: Because the money is there."): a who's who asks none
    asked = dialogue and all(t.known for t in turns)
    if not (chained or answered) or len(turns) < MIN_TURNS - answered \
            or not (answered or asked or any(SPEAKING_PERSON.search(text, t.start, t.end) for t in turns)):
        return []
    quotes = []
    for t in turns:
        # a turn over several paragraphs: the unlabelled ones before the next turn are its own
        # (a "Q:" line ends it)
        end, j = t.end, t.para + 1
        while j < n and j - t.para <= MAX_TURN_PARAGRAPHS and j not in by_para and not stage(j) \
                and not question(j):
            j += 1
        if j in by_para and j - t.para > 1:
            end = _para_end(text, starts[j - 1])
        quotes.append(make_quote(t.start, end, text, "direct", None, t.who))
    return quotes
