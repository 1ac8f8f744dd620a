"""Quotation marks to quote spans, robust to curly, straight, nested and unbalanced marks.

Paragraphs are lines. A double-quoted span never crosses a line break: a quote
still open at the end of a paragraph ends there, and when the next paragraph
opens with a quotation mark (the newspaper convention for a quote running over
several paragraphs) the new span is marked as continuing the previous one.
Single quotes count only as a matched pair outside double quotes (apostrophes
are too common to trust alone). Never raises; linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = re.compile(r"``|''|[“”„‟«»\"]")
SINGLE_MARKS = re.compile(r"[‘’‚‛']")
OPENERS = {"“", "„", "‟", "«", "``"}
CLOSERS = {"”", "»"}
OPEN_CONTEXT = set("([{—–-/:;") | {"\u00a0"}
CLOSE_CONTEXT = set(".,;:!?)]}—–-…")
MAX_SINGLE = 400


@dataclass
class QuoteSpan:
    """Quoted text: `start`/`end` inside the marks, `outer_*` including them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    single: bool = False
    continues: int = -1  # index of the span this one continues (multi-paragraph quotes)


def _paragraphs(text: str):
    for m in re.finditer(r"[^\n\r\u2028\u2029]+", text):
        if m.group().strip():
            yield m.start(), m.end()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_opening(text: str, pos: int, length: int, para_start: int, para_end: int) -> bool | None:
    """True/False for an opening/closing mark, None when the context cannot tell."""
    prev = text[pos - 1] if pos > para_start else " "
    nxt = text[pos + length] if pos + length < para_end else " "
    open_ctx = prev.isspace() or prev in OPEN_CONTEXT
    close_ctx = nxt.isspace() or nxt in CLOSE_CONTEXT
    if open_ctx and not close_ctx:
        return True
    if close_ctx and not open_ctx:
        return False
    return None


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted spans of `text` in order (double quotes, then matched single quotes)."""
    spans: list[QuoteSpan] = []
    open_at_end = -1  # index of a span left open at the end of the previous paragraph
    single_open = False  # a single-quoted statement left open at the end of the previous paragraph
    paragraphs = list(_paragraphs(text))
    for k, (ps, pe) in enumerate(paragraphs):
        para_spans: list[QuoteSpan] = []
        opened = -1  # position after the opening mark
        first_mark = True
        for m in DOUBLE_MARKS.finditer(text, ps, pe):
            mark, pos = m.group(), m.start()
            is_open: bool | None = _is_opening(text, pos, len(mark), ps, pe)
            if mark in OPENERS and not (opened >= 0 and is_open is False):
                is_open = True  # a curly opener, unless it plainly closes an open quote ('here,“ said')
            elif mark in CLOSERS and not (opened < 0 and is_open is True):
                is_open = False
            if opened < 0:
                if is_open is False:
                    first_mark = False
                    continue  # a stray closing mark
                opened = m.end()
                continues = open_at_end if first_mark and not text[ps:pos].strip() else -1
                first_mark = False
                para_spans.append(QuoteSpan(opened, -1, pos, -1, False, continues=continues))
            else:
                first_mark = False
                if is_open is True and (mark in OPENERS or mark in CLOSERS):
                    # a second opener: the first was never closed; end it here
                    s, e = _trimmed(text, opened, pos)
                    cur = para_spans[-1]
                    cur.start, cur.end, cur.outer_end = s, e, e
                    opened = m.end()
                    para_spans.append(QuoteSpan(opened, -1, pos, -1, False))
                    continue
                s, e = _trimmed(text, opened, pos)
                cur = para_spans[-1]
                cur.start, cur.end, cur.outer_end, cur.closed = s, e, m.end(), True
                opened = -1
        open_at_end = -1
        if opened >= 0:
            s, e = _trimmed(text, opened, pe)
            cur = para_spans[-1]
            cur.start, cur.end, cur.outer_end = s, e, e
            open_at_end = len(spans) + len(para_spans) - 1
        base = len(spans)
        for sp in para_spans:
            if sp.continues >= 0 and sp.continues >= base:
                sp.continues = -1
        spans.extend(sp for sp in para_spans if sp.end > sp.start)
        # keep continuation indexes valid after dropping empty spans
        if len(spans) - base != len(para_spans):
            open_at_end = -1 if not spans or spans[-1].closed else len(spans) - 1
        next_opens = k + 1 < len(paragraphs) and _opens_with_single(text, paragraphs[k + 1][0])
        singles = _single_spans(text, ps, pe, para_spans, single_open, next_opens)
        single_open = bool(singles) and not singles[-1].closed
        spans.extend(singles)
    spans.sort(key=lambda s: s.outer_start)
    _fix_continuations(spans)
    return spans


def _fix_continuations(spans: list[QuoteSpan]) -> None:
    """After sorting, point `continues` at the previous unclosed double span."""
    last_open = -1
    last_single = -1  # single-quoted statements run over paragraphs the same way
    for i, sp in enumerate(spans):
        if sp.single:
            if sp.continues >= 0:
                sp.continues = last_single
            last_single = i if not sp.closed else -1
            continue
        if sp.continues >= 0:
            sp.continues = last_open if last_open >= 0 else -1
        last_open = i if not sp.closed else -1


def _opens_with_single(text: str, ps: int) -> bool:
    """The paragraph opens with a single opening mark before a word ("'Every ...")."""
    return text[ps:ps + 1] in ("‘", "'") and text[ps + 1:ps + 2].isalnum()


# ("'90 per cent of us agree,' she said" still opens a quote: only the decade form)
ELIDED_YEAR = re.compile(r"\d\ds\b")


def _single_role(text: str, pos: int, ps: int, pe: int) -> str | None:
    """'open' / 'close' for a single mark by its neighbours, None inside a word ("won't")."""
    prev = text[pos - 1] if pos > ps else " "
    nxt = text[pos + 1] if pos + 1 < pe else " "
    if ELIDED_YEAR.match(text, pos + 1):
        return None  # "the '90s", "the ’80s": an apostrophe for the century's digits
    if (prev.isspace() or prev in OPEN_CONTEXT) and (nxt.isalnum() or nxt in "“\"") and text[pos] in "‘'‛":
        return "open"
    if not prev.isspace() and not nxt.isalnum():
        return "close"
    return None


def _plural_possessive(text: str, pos: int, pe: int) -> bool:
    """"the residents' views": a mark after an s, followed by a word, may be an apostrophe."""
    return text[pos - 1:pos] in ("s", "S") and text[pos + 1:pos + 2] == " " and text[pos + 2:pos + 3].isalpha()


def _single_spans(text: str, ps: int, pe: int, doubles: list[QuoteSpan],
                  continues: bool = False, next_opens: bool = False) -> list[QuoteSpan]:
    """Matched single-quote pairs in one paragraph, outside double-quoted spans.

    `continues`: the previous paragraph left a single-quoted statement open, and a mark
    opening this paragraph goes on with it; `next_opens`: the next paragraph opens with a
    single mark, so a statement left open here runs on there (the convention for quotes
    over several paragraphs, in outlets that quote in single marks).
    """
    out: list[QuoteSpan] = []
    blocked = [(d.outer_start, max(d.outer_end, d.end)) for d in doubles]
    marks = [m.start() for m in SINGLE_MARKS.finditer(text, ps, pe)
             if not any(a <= m.start() < b for a, b in blocked)]
    roles = [_single_role(text, pos, ps, pe) for pos in marks]
    opener = -1
    for k, pos in enumerate(marks):
        role = roles[k]
        if opener < 0:
            if role == "open":
                opener = pos
            continue
        if role == "close":
            if pos - opener - 1 > MAX_SINGLE:
                opener = -1
                continue
            if _plural_possessive(text, pos, pe):
                later = next((r for r in roles[k + 1:] if r), None)
                if later == "close":
                    continue  # "‘The residents’ views weren’t heard.’": the quote closes later
                if later is None and next_opens:
                    # "said: 'The members' vote was clear.¶'We will ...'": the statement runs on
                    # into the next paragraph, so this mark is the members' apostrophe
                    continue
            s, e = _trimmed(text, opener + 1, pos)
            if e > s:
                out.append(QuoteSpan(s, e, opener, pos + 1, True, single=True,
                                     continues=0 if continues and opener == ps else -1))
            opener = -1
    if opener >= 0 and next_opens and pe - opener - 1 <= MAX_SINGLE \
            and (opener == ps or text[ps:opener].rstrip().endswith((":", ","))):
        s, e = _trimmed(text, opener + 1, pe)
        if e > s:
            out.append(QuoteSpan(s, e, opener, e, False, single=True,
                                 continues=0 if continues and opener == ps else -1))
    return out
