"""A story's timeline: dated events from time expressions, merged across outlets.

An event is a sentence that carries a date or time (its TIMEX3 value, resolved by
the timex analyser against the publication date). Sentences of different articles
that say the same thing at compatible times are one event cited by all of them.
Two outlets that give different times for the same event (a compare conflict on a
time/date slot, or corresponding sentences with different clock times) become one
event with `conflict=True` and every value.
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field, replace

from storyweave.analyze.datelines import dateline_spans
from storyweave.analyze.quoted_time import quote_of, quoted_spans, relative_in_quote, spoken_value
from storyweave.analyze.timex_attach import opens_period
from storyweave.brief.text import SimilarityIndex, clean
from storyweave.brief.timeline_when import dating_timexes, split_events
from storyweave.brief.units import citation, is_junk, story_units
from storyweave.model import AnalyzedArticle, Citation, Comparison, TimelineEvent, Timex

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?")
_PART_OF_DAY = {"MO": "09:00", "AF": "15:00", "EV": "19:00", "NI": "22:00", "DT": "12:00"}
SAME_EVENT = 0.35  # IDF cosine of two sentences reporting the same event
CORRESPONDING = 0.08  # weaker bar for sentences whose clock times are close but differ
CLOSE_MINUTES = 60
MIN_SHARED = 2
# two outlets' sentences of one day that give the same figures ("by 34 votes to 21") tell the
# same event even worded apart: at least SHARED_FIGURES figures, and some similarity or two
# content words in common
SHARED_FIGURES = 2
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])")
MAX_WHAT_WORDS = 40


@dataclass
class _Event:
    values: list[str]
    what: str
    cites: list[Citation] = field(default_factory=list)
    keys: list[tuple[int, int]] = field(default_factory=list)  # (doc, sentence start)
    conflict: bool = False
    approximate: bool = False  # its clock time is told as approximate ("at about two o'clock")


# words that make a clock time approximate: "about 2am" and "2:14am" are no conflict
APPROXIMATE = frozenset({"about", "around", "approximately", "roughly", "some", "nearly", "almost",
                         "circa", "shortly", "just"})


def _approximate(text: str, tx: Timex) -> bool:
    """The time expression opens with, or follows, a word of approximation."""
    before = text[max(0, tx.start - 20):tx.start].split()
    first = tx.text.split()[:1]
    return any(w.lower().strip(",") in APPROXIMATE for w in first + before[-1:])


def sort_key(value: str) -> str:
    """A sortable string for a TIMEX3 date/time value (parts of day as clock times)."""
    m = _VALUE.match(value)
    if not m:
        return value
    y, mo, d, hh, mm, part = m.groups()
    s = f"{y}-{mo or '00'}-{d or '00'}"
    if hh:
        s += f"T{hh}:{mm}"
    elif part:
        s += "T" + _PART_OF_DAY[part]
    return s


def _datable(value: str | None) -> bool:
    return bool(value) and bool(_VALUE.match(value))  # type: ignore[arg-type]


def _minutes(value: str) -> int | None:
    m = _VALUE.match(value)
    if not m or not m.group(4):
        return None
    return int(m.group(4)) * 60 + int(m.group(5))


def _day(value: str) -> str:
    return value[:10]


# the hours (from, to) a part of the day may name; neighbours overlap ("5pm" is late
# afternoon or early evening, "10pm" evening or night), morning and afternoon do not
_POD_HOURS = {"MO": (4, 12), "AF": (12, 18), "EV": (17, 23), "NI": (20, 24), "DT": (6, 20)}


def _pod(value: str) -> tuple[int, int] | None:
    m = _VALUE.match(value)
    return _POD_HOURS.get(m.group(6)) if m and m.group(6) else None


def _refines(a: str, b: str) -> bool:
    """`a` says `b` more precisely: 2017-03-22T14:40 of 2017-03-22, 6.15am of that morning."""
    if a.startswith(b):
        return True
    hours, minutes = _pod(b), _minutes(a)
    return hours is not None and minutes is not None and _day(a) == _day(b) and hours[0] * 60 <= minutes < hours[1] * 60


def _compatible(a: str, b: str) -> bool:
    """Same time, one value refines the other, or overlapping parts of one day (evening, night)."""
    if _refines(a, b) or _refines(b, a):
        return True
    ha, hb = _pod(a), _pod(b)
    return ha is not None and hb is not None and _day(a) == _day(b) and ha[0] < hb[1] and hb[0] < ha[1]


def _most_specific(values: list[str]) -> list[str]:
    """Drop values that a more specific value in the list refines."""
    out: list[str] = []
    # longest first; ties keep the order of the text (a set's order would vary per process)
    for v in sorted(dict.fromkeys(values), key=len, reverse=True):
        if not any(_refines(o, v) for o in out):
            out.append(v)
    return out


def _what(text: str, start: int, end: int, t_start: int) -> str:
    """The sentence around the time expression, cut to the clause window when long, without
    a dateline it opens on ("TARROW, Sept 9 (Wire) - ")."""
    for a, b in dateline_spans(text):
        if start <= a < b < end:
            start, t_start = b, max(t_start, b)
    piece = clean(text[start:end])
    words = piece.split()
    if len(words) <= MAX_WHAT_WORDS:
        return piece
    # keep the words nearest the time expression
    before = len(clean(text[start:t_start]).split())
    lo = max(0, min(before - MAX_WHAT_WORDS // 2, len(words) - MAX_WHAT_WORDS))
    cut = " ".join(words[lo : lo + MAX_WHAT_WORDS])
    return ("… " if lo else "") + cut + (" …" if lo + MAX_WHAT_WORDS < len(words) else "")


def build_timeline(items: list[AnalyzedArticle], comparisons: list[Comparison] | None = None) -> list[TimelineEvent]:
    """Dated events of a story, ordered by time, with conflicting times marked."""
    # 1. one candidate per (article, sentence) holding dated time expressions
    cands: list[_Event] = []
    texts: list[str] = []
    per_doc = story_units(items)
    for d, item in enumerate(items):
        text = item.article.text
        units = per_doc[d]
        by_unit: dict[int, list] = {}
        # direct quotes only: their span is the speaker's words (a mixed quote's is not)
        quoted = quoted_spans(item.analysis.quotes)
        for tx in item.analysis.timexes or []:
            if tx.type not in ("DATE", "TIME") or not _datable(tx.value) or opens_period(text, tx.start):
                continue
            if relative_in_quote(tx, quoted):  # counts from when the speaker spoke
                quote = quote_of(tx, item.analysis.quotes)
                value = quote and spoken_value(tx, quote, item.analysis.timexes, text, item.article.published)
                if not value:
                    continue
                tx = replace(tx, value=value)
            k = next((i for i, u in enumerate(units) if u.start <= tx.start < u.end), None)
            if k is not None:
                by_unit.setdefault(k, []).append(tx)
        for k, txs in sorted(by_unit.items()):
            u = units[k]
            if is_junk(u.text) or u.boilerplate:  # datelines ("Friday, March 23, 2007"), captions, templates
                continue
            # the main clause's time, not a subordinate clause's or a noun's ("a plan for next year")
            txs = dating_timexes(txs, item.article.published, text)
            if not txs:
                continue
            # two events of different days in one sentence ("on 2 May a fire broke out; four
            # days later the owner was arrested") are two entries
            for start, end, part in split_events(text, u.start, u.end, txs):
                ev = _Event(
                    values=_most_specific([t.value for t in part]),
                    what=_what(text, start, end, part[0].start),
                    cites=[citation(item, start, end)],
                    keys=[(d, start)],
                    approximate=any(_approximate(text, t) for t in part),
                )
                cands.append(ev)
                texts.append(u.text if (start, end) == (u.start, u.end) else text[start:end])
    if not cands:
        return []
    index_sims = SimilarityIndex(texts)
    figures = [_figures(t) for t in texts]
    doc_values = [{t.value for t in (it.analysis.timexes or []) if t.value} for it in items]

    # 2. union of candidates: compare-step verdicts first, then sentence similarity
    parent = list(range(len(cands)))
    stated: dict[int, list[str]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    index = {key: i for i, c in enumerate(cands) for key in c.keys}
    linked: list[list[int]] = []
    for comp in comparisons or []:
        if not _is_time_slot(comp.slot):
            continue
        members = []
        for v in comp.values:
            i = _locate(items, per_doc, index, v.article, v.start)
            if i is not None:
                members.append(i)
                if _datable(str(v.value)):
                    stated.setdefault(i, []).append(str(v.value))
        linked.append(members)

    # a sentence's time for the compared event is the one the claim gives ("yesterday"),
    # not another expression of the sentence ("identified last night")
    for i, values in stated.items():
        cands[i].values = _most_specific(values)

    # compared values are one event only when near in time: the compare step may put
    # two bombings a year apart in one slot, a timeline must not
    for members in linked:
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                if _near(cands[i].values[0], cands[j].values[0]):
                    union(i, j)

    # sentences of different outlets about the same day (coarser values meet every day)
    buckets: dict[str, list[int]] = {}
    coarse = []
    for i, c in enumerate(cands):
        if len(c.values[0]) >= 10:
            buckets.setdefault(c.values[0][:10], []).append(i)
        else:
            coarse.append(i)
    groups_to_check = [(b, b) for b in buckets.values()] + [([i], list(range(len(cands)))) for i in coarse]
    for rows, cols in groups_to_check:
        block = index_sims.block(rows, cols)
        for a, i in enumerate(rows):
            di = cands[i].keys[0][0]
            for b, j in enumerate(cols):
                dj = cands[j].keys[0][0]
                if j <= i and (rows is cols) or di == dj or i == j:
                    continue  # each pair once; one article's sentences are its own events
                vi, vj = cands[i].values[0], cands[j].values[0]
                sim = float(block[a, b])
                if sim >= SAME_EVENT and _compatible(vi, vj):
                    union(i, j)
                elif len(figures[i] & figures[j]) >= SHARED_FIGURES and _compatible(vi, vj) \
                        and (sim >= CORRESPONDING or len(index_sims.shared(i, j)) >= MIN_SHARED):
                    union(i, j)
                elif _close_clock_conflict(vi, vj, sim, len(index_sims.shared(i, j)), doc_values[di], doc_values[dj]):
                    union(i, j)

    # 3. merge groups into events
    groups: dict[int, list[int]] = {}
    for i in range(len(cands)):
        groups.setdefault(find(i), []).append(i)
    events = []
    for members in groups.values():
        # an exact time over an approximate one of the same moment ("02:14" over "about two")
        exact = [i for i in members if not cands[i].approximate] or members
        values = _most_specific([cands[i].values[0] for i in exact])
        cites = [c for i in members for c in cands[i].cites]
        conflict = _disagree(cands, members, doc_values)
        if conflict:
            values = _most_specific([cands[i].values[0] for i in members])
        shown = sorted(values, key=sort_key) if conflict else []
        when = min(values, key=sort_key)
        # under a conflict the sentence shown must state the time the entry is put at
        stating = [i for i in members if cands[i].values[0] == when] \
            if conflict or len(exact) < len(members) else []
        first = _representative(cands, stating or members, index_sims)
        events.append(TimelineEvent(when=when, what=cands[first].what, citations=cites, conflict=conflict, values=shown))
    events.sort(key=lambda e: (sort_key(e.when), e.citations[0].article, e.citations[0].start))
    return events


def _representative(cands: list[_Event], members: list[int], sims: SimilarityIndex) -> int:
    """The sentence that shows an event: the one most like the others of its group (what most
    outlets say of it, not one outlet's angle on it: "Questions are being asked about ...
    where two people died"), then the earliest and shortest."""
    centrality = [0.0] * len(members)
    if len(members) > 2:
        block = sims.block(members, members)
        centrality = [round(float(block[a].sum()), 6) for a in range(len(members))]
    best = min(range(len(members)), key=lambda a: (
        -centrality[a], sort_key(cands[members[a]].values[0]), len(cands[members[a]].what)))
    return members[best]


def _disagree(cands: list[_Event], members: list[int], doc_values: list[set]) -> bool:
    """Two outlets give incompatible times for the event, and neither mentions the other's."""
    for a, i in enumerate(members):
        di, vi = cands[i].keys[0][0], cands[i].values[0]
        for j in members[a + 1 :]:
            dj, vj = cands[j].keys[0][0], cands[j].values[0]
            if di != dj and not _compatible(vi, vj) and vi not in doc_values[dj] and vj not in doc_values[di] \
                    and not (cands[i].approximate and _within_approximation(vi, vj)) \
                    and not (cands[j].approximate and _within_approximation(vj, vi)):
                return True
    return False


def _within_approximation(rough: str, other: str) -> bool:
    """`other` lies within what an approximate clock time of the same day covers: half an
    hour either side of a whole hour ("about two o'clock" covers 02:14), ten minutes of a half
    hour; a time given to the quarter or the minute is taken at its word ("about 2.45pm" and
    2.40pm are two accounts, as readers of both would say)."""
    ma, mb = _minutes(rough), _minutes(other)
    if _day(rough) != _day(other) or ma is None or mb is None:
        return False
    span = 30 if ma % 60 == 0 else 10 if ma % 30 == 0 else 0
    return abs(ma - mb) <= span


def _near(a: str, b: str) -> bool:
    """Compatible values, or dates at most a day apart."""
    if _compatible(a, b):
        return True
    try:
        da, db = date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
    except ValueError:
        return False
    return abs((da - db).days) <= 1


def _is_time_slot(slot: str) -> bool:
    s = slot.lower()
    return "time" in s or "date" in s or s in ("when", "day", "hour")


def _locate(items: list[AnalyzedArticle], per_doc: list, index: dict, article: str, start: int) -> int | None:
    """The candidate event of the sentence holding `start` in article `article`."""
    for d, item in enumerate(items):
        if item.article.id != article:
            continue
        for u in per_doc[d]:
            if u.start <= start < u.end:
                # the part of a sentence cut in two (`split_events`) that holds `start`
                parts = [k for (dd, k) in index if dd == d and u.start <= k <= start]
                return index.get((d, max(parts))) if parts else None
    return None


def _figures(text: str) -> set[str]:
    """The figures a sentence gives other than years and clock times ("34", "21", "3,000")."""
    return {f.replace(",", "") for f in _FIGURE.findall(text)
            if not (len(f) == 4 and f.startswith(("19", "20")))
            and not re.search(re.escape(f) + r"\s?(?:[ap]\.?m\b|[:.]\d\d)", text)}


def _close_clock_conflict(a: str, b: str, sim: float, shared: int, values_a: set, values_b: set) -> bool:
    """Corresponding sentences of two outlets giving close but different clock times.

    Corresponding: some similarity, or at least two content words in common.
    Not a conflict when either article itself mentions the other's time (then it
    knows both, and they are two moments of the story).
    """
    if a == b or _day(a) != _day(b) or (sim < CORRESPONDING and shared < MIN_SHARED):
        return False
    ma, mb = _minutes(a), _minutes(b)
    if ma is None or mb is None or abs(ma - mb) > CLOSE_MINUTES:
        return False
    return b not in values_a and a not in values_b
