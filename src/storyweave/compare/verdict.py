"""Verdicts on one aligned group of claims: agree, conflict (with the gap) or single.

Numbers are read as intervals under their qualifiers ("about 40" ~ 32..48,
"at least 40" = 40..inf), so that two values conflict only when no reading of
them meets. A range ("25-40%", `Claim.upper`) fits a single figure inside it; two ranges
agree only end by end, as a change of either end is another claim. An article's value conflicts with another article only when that
other article gives no compatible value at all for the same slot: an outlet that
reports both a total and a part of it is not contradicted by a second outlet
that gives only the part.

Figures of different things are not set against each other: counts dated to two
different days (`_counts_of_one_day`), a day's arrests and an undated running total;
large tolls a few percent apart, and lower bounds in undated reports, agree as one
developing figure, with a note that says so (`developing_note`).

Only the slots in `CONFLICT_SLOTS` can conflict (counts of people, ages, clock
times, days): they are the cheap, precise kinds of contradiction. Sums of money and
percentages (`FIGURE_SLOTS`) say little about what they measure ("spend", "rise"), so they
conflict only when two outlets state them in the same words around the number (`_same_frame`:
one report copied or rewritten with another figure). Other slots (fates, identity status,
...) are grouped by compatible value and shown as agree or single, never as conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from storyweave.analyze.claim_words import (
    ATTACKER_NOUNS,
    NO_SIDE_HEDGES,
    NEUTRAL_SCOPES,
    PARTIAL_SCOPES,
    POLICE_NOUNS,
    SCOPE_MODIFIERS,
    SPECULATIVE_HEDGES,
)
from storyweave.analyze.numbers import VAGUE_COUNTS, VAGUE_SPREAD, format_number
from storyweave.model import Claim, Comparison, ComparedValue

COUNT_SLOTS = ("killed", "injured", "missing", "arrested", "evacuated")
CONFLICT_SLOTS = set(COUNT_SLOTS) | {"age", "time", "date"}
FIGURE_SLOTS = ("money", "percent")
# Order of slots in the output: what a reader checks first.
SLOT_ORDER = {s: i for i, s in enumerate([*COUNT_SLOTS, "time", "date", "age", "shot", "stabbed", "identity"])}
VERDICT_ORDER = {"conflict": 0, "agree": 1, "single": 2}

SIDE_NOUNS = {"soldier", "troop", "firefighter", "rescuer", "militant", "protester", "rioter"}
CURRENT_DAYS = 10  # a day at most this long before publication is the report's news
BACKGROUND_GAP_DAYS = 3  # two earlier dates further apart than this are two events
_TIME = re.compile(r"(?:(\d{4}-\d{2}-\d{2}))?T(\d{2}):(\d{2})")


@dataclass
class Entry:
    """One claim of one article, with what the verdict needs to know about the article."""

    claim: Claim
    value: ComparedValue
    article: str
    published: str | None
    # the same value stated again in later sentences of the article
    repeats: list[tuple[Claim, ComparedValue]] = field(default_factory=list)
    # for a count: the day its sentence dates it to ("2031-05-12", "XXXX-WXX-1"), if one
    day: str | None = None

    def each_statement(self) -> list[Entry]:
        """One entry per sentence that states the value."""
        return [self] + [Entry(claim=c, value=v, article=self.article, published=self.published, day=self.day)
                         for c, v in self.repeats]


# -- reading values -------------------------------------------------------------

def _number_interval(n: float, qualifier: str | None) -> tuple[float, float]:
    """The values a written number allows under its qualifier.

    Bounds are read as reporters use them: "at least 214" is the confirmed toll,
    so a second outlet's "at least 345" at the same time is a discrepancy, not a
    refinement; hence a soft far end (half as much again) on one-sided bounds.
    """
    tol = max(1.0, 0.2 * n)
    if qualifier in VAGUE_COUNTS:  # "dozens": 20 to 100
        return n, VAGUE_SPREAD * n
    if qualifier == "about":
        return n - tol, n + tol
    if qualifier == "nearly":
        return n - max(1.0, 0.15 * n), n
    if qualifier and qualifier.endswith(" open"):  # a lower bound with no far end (see `_open_bounds`)
        return _number_interval(n, qualifier[: -len(" open")])[0], float("inf")
    if qualifier == "at least":
        return n, max(1.5 * n, n + 2)
    if qualifier == "more than":
        return n + (1 if float(n).is_integer() else 0), max(1.5 * n, n + 3)
    if qualifier == "up to":
        return min(n / 1.5, n - 2), n
    if qualifier == "less than":
        return min(n / 1.5, n - 3), n - (1 if float(n).is_integer() else 0)
    return n, n


def _minutes(value: str) -> tuple[str | None, int] | None:
    m = _TIME.search(value)
    if not m:
        return None
    return m.group(1), int(m.group(2)) * 60 + int(m.group(3))


def _time_interval(value: str, qualifier: str | None) -> tuple[str | None, float, float] | None:
    parsed = _minutes(value)
    if parsed is None:
        return None
    day, t = parsed
    if qualifier == "about":
        return day, t - 2, t + 2
    if qualifier == "nearly":
        return day, t - 10, t
    if qualifier == "after":  # "shortly after 2.40pm": within a quarter of an hour
        return day, t, t + 15
    return day, t, t


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_PARTIAL = re.compile(r"^(?:(\d{4})|XXXX)-(?:(\d{2})-(\d{2})|WXX-([1-7]))")


def _day_parts(value: str) -> dict[str, int]:
    """The known parts of a day: year, month, day of month, weekday (1 = Monday).

    "2015-11-13" knows all four; "XXXX-11-13" (no publication date to place it in a
    year) month and day; "XXXX-WXX-5" ("on Friday") the weekday only.
    """
    full = _day(value)
    if full is not None:
        return {"year": full.year, "month": full.month, "day": full.day, "weekday": full.isoweekday()}
    m = _PARTIAL.match(value)
    if not m:
        return {}
    parts = {"year": m.group(1), "month": m.group(2), "day": m.group(3), "weekday": m.group(4)}
    return {k: int(v) for k, v in parts.items() if v is not None}


def _same_day(a: str, b: str) -> bool:
    """Two days can be the same day: every part both of them know is equal."""
    pa, pb = _day_parts(a), _day_parts(b)
    if not pa or not pb:
        return a[:10] == b[:10]
    if (len(pa) == 1) != (len(pb) == 1):
        return True  # "on Thursday" against a full date: which week is not known
    return all(pa[k] == pb[k] for k in pa.keys() & pb.keys())


def _partial_gap(a: str, b: str) -> int | None:
    """Days between two days known only in part (month and day, or weekday)."""
    pa, pb = _day_parts(a), _day_parts(b)
    if {"month", "day"} <= pa.keys() & pb.keys():
        try:  # a leap year, so that February 29 is a day
            return abs((date(2000, pa["month"], pa["day"]) - date(2000, pb["month"], pb["day"])).days)
        except ValueError:
            return None
    if "weekday" in pa and "weekday" in pb:
        d = abs(pa["weekday"] - pb["weekday"])
        return min(d, 7 - d)
    return None


def _range_interval(c: Claim) -> tuple[float, float]:
    """The values a figure allows: a range ("25-40%", or "from 45% to 30%") from end to end."""
    lo, hi = _number_interval(float(c.value), c.qualifier)
    if c.upper is not None:
        lo2, hi2 = _number_interval(float(c.upper), c.qualifier)
        lo, hi = min(lo, lo2), max(hi, hi2)
    return lo, hi


def _ends_apart(a: Claim, b: Claim) -> float:
    """How far two figures are apart, end by end for ranges ("25-40%" vs "25-67%": 27)."""
    ua = float(a.upper) if a.upper is not None else float(a.value)
    ub = float(b.upper) if b.upper is not None else float(b.value)
    return max(abs(float(a.value) - float(b.value)), abs(ua - ub))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def population(claim: Claim) -> str | None:
    """Which people a count is restricted to ("residents", "soldiers"), if any."""
    for s in claim.scope:
        if s not in SCOPE_MODIFIERS | NEUTRAL_SCOPES | PARTIAL_SCOPES and not s.startswith(("including ", "excluding ", "not ", "plus ", "in ")):
            return s
    return None


def _is_side(group: str) -> bool:
    """Police, soldiers or attackers: a group counted apart from the people caught up in an event."""
    words = {w.lower().rstrip("s") for w in group.split()}
    words |= {w[:-3] + "man" for w in words if w.endswith("men")}  # "policemen", "gunmen"
    return bool(words & (POLICE_NOUNS | ATTACKER_NOUNS | SIDE_NOUNS))


def compatible(slot: str, a: Claim, b: Claim, pub_a: str | None = None, pub_b: str | None = None,
               years_apart: int = 0, strict: bool = False) -> bool:
    """Whether two claims of one slot can both be true under their qualifiers.

    Ages are compared as years of birth when both publication dates are known: 31 in
    one year and 32 the next are the same person. A count of some people ("4
    soldiers were killed") fits a count of all ("200,000 people") when it is less
    than half of it: a part; a larger one is the same people counted differently
    ("120 residents" vs "200 people" evacuated) and is compared. Counts of two
    different groups are never in conflict. `years_apart`: how many years a's article
    was written after b's, when known from the ages it gives (see `age_shifts`). Large
    tolls a few percent apart are one developing figure (`DEVELOPING_SHARE`), unless
    `strict`.
    """
    if slot in COUNT_SLOTS and _is_number(a.value) and _is_number(b.value):
        pa, pb = population(a), population(b)
        if pa and pb and pa != pb:
            return True
        if bool(pa) != bool(pb):
            part, whole = (a, b) if pa else (b, a)
            hi = _number_interval(float(whole.value), whole.qualifier)[1]
            if 2 * float(part.value) < hi:
                return True
            # police or attackers are a side of their own ("50 police officers" injured in a
            # riot that left "more than 60" hurt): only more of them than the total contradicts it
            if _is_side(pa or pb or "") and _number_interval(float(part.value), part.qualifier)[0] <= hi:
                return True
    if slot == "age" and _is_number(a.value) and _is_number(b.value):
        da, db = _day(pub_a or ""), _day(pub_b or "")
        if da and db:
            born_a = da.toordinal() / 365.2425 - float(a.value)
            born_b = db.toordinal() / 365.2425 - float(b.value)
            return abs(born_a - born_b) < 1
        return float(a.value) - float(b.value) == years_apart
    if _is_number(a.value) and _is_number(b.value):
        if a.upper is not None and b.upper is not None:
            # two ranges: the same range as the qualifiers read it, end by end ("25-40%" and
            # "25-60%" are two claims, though they overlap)
            return all(compatible(slot, replace(a, value=x, upper=None), replace(b, value=y, upper=None))
                       for x, y in ((a.value, b.value), (a.upper, b.upper)))
        lo1, hi1 = _range_interval(a)
        lo2, hi2 = _range_interval(b)
        if lo1 <= hi2 and lo2 <= hi1:
            return True
        apart = max(lo1, lo2) - min(hi1, hi2)
        return slot in COUNT_SLOTS and not strict and _developing(float(a.value), float(b.value), apart)
    if slot == "time":
        ta, tb = _time_interval(str(a.value), a.qualifier), _time_interval(str(b.value), b.qualifier)
        if ta is None or tb is None:
            return True
        if ta[0] and tb[0] and ta[0] != tb[0]:
            return False
        return ta[1] <= tb[2] and tb[1] <= ta[2]
    if slot == "date":
        return _same_day(str(a.value), str(b.value))
    va, vb = str(a.value), str(b.value)
    return va == vb or va.startswith(vb + " ") or vb.startswith(va + " ")


# A toll in the hundreds is tallied, not counted at a glance: reports a few hours apart give
# 127, 128, 129 as the dead are identified. Two such figures this close are one developing
# figure (shown with a note), not a contradiction; 3 dead against 5 still is one.
DEVELOPING_MIN = 100  # the larger figure at least this
DEVELOPING_SHARE = 0.03  # and the two at most this share of it apart


def _developing(a: float, b: float, apart: float) -> bool:
    big = max(a, b)
    return big >= DEVELOPING_MIN and apart <= DEVELOPING_SHARE * big


def developing_note(slot: str, entries: list[Entry]) -> str | None:
    """"developing figure: 127 to 130" for a group of counts that agree only as one developing
    figure: every two totals compatible (a few percent apart, or a lower bound of an undated
    report, see `_open_bounds`), some two not as written."""
    if slot not in COUNT_SLOTS:
        return None
    plain = [e for e in entries if _is_number(e.claim.value) and population(e.claim) is None
             and _part(e) is None and not _speculative(e)]
    pairs = [(x, y) for i, x in enumerate(plain) for y in plain[i + 1:] if x.article != y.article]
    if not all(compatible(slot, *_open_bounds(slot, x, y)) for x, y in pairs) or \
            all(compatible(slot, x.claim, y.claim, strict=True) for x, y in pairs):
        return None
    values = sorted(float(e.claim.value) for e in plain)
    return f"developing figure: {format_number(values[0])} to {format_number(values[-1])}"


def _several_note(slot: str, several: str, entries: list[Entry]) -> str | None:
    """For an `ambiguous` group of counts that agrees only statement by statement: says that
    its figures are of several sites or times, so that "agree" is not read as one figure."""
    if slot not in COUNT_SLOTS or not several:
        return None
    plain = [e for e in entries if _is_number(e.claim.value) and population(e.claim) is None and _part(e) is None]
    if all(compatible(slot, x.claim, y.claim) for i, x in enumerate(plain) for y in plain[i + 1:]):
        return None
    values = sorted(float(e.claim.value) for e in plain)
    what = "a moving figure in undated reports" if several == "spread" else "figures of several sites or times"
    return f"{what}: {format_number(values[0])} to {format_number(values[-1])}"


def gap(slot: str, a: Claim, b: Claim) -> str:
    """The size of a disagreement, in the slot's unit."""
    if slot == "time":
        ta, tb = _minutes(str(a.value)), _minutes(str(b.value))
        if ta and tb:
            if ta[0] and tb[0] and ta[0] != tb[0]:
                da = datetime.fromisoformat(f"{ta[0]}T00:00")
                db = datetime.fromisoformat(f"{tb[0]}T00:00")
                minutes = abs((da - db).total_seconds() / 60 + ta[1] - tb[1])
            else:
                minutes = abs(ta[1] - tb[1])
            return _plural(int(minutes), "minute") if minutes < 120 else _plural(round(minutes / 60), "hour")
        return "?"
    if slot == "date":
        da, db = _day(str(a.value)), _day(str(b.value))
        if da and db:
            return _plural(abs((da - db).days), "day")
        days = _partial_gap(str(a.value), str(b.value))
        return _plural(days, "day") if days is not None else "?"
    try:
        diff = _ends_apart(a, b)
    except (TypeError, ValueError):
        return "?"
    if slot == "age":
        return _plural(int(diff), "year")
    if slot == "percent":
        return f"{format_number(diff)} points"
    if slot == "money":
        return f"{diff:,.0f} {a.unit or ''}".strip()
    return format_number(diff)


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _scope_words(claim: Claim) -> str:
    words = [s for s in claim.scope if s not in NEUTRAL_SCOPES]
    return ", ".join(words) if words else "all"


def _days_apart(a: str | None, b: str | None) -> int | None:
    da, db = _day(a or ""), _day(b or "")
    return abs((da - db).days) if da and db else None


# -- verdicts ----------------------------------------------------------------------

def _speculative(entry: Entry) -> bool:
    """A guess about what may be, a figure the article itself gives as superseded or one of
    another event: it takes no side in a conflict."""
    if entry.claim.hedge in NO_SIDE_HEDGES:
        return True
    hedge = (entry.claim.hedge or "").lower().split()
    return any(word.rstrip("sd") in SPECULATIVE_HEDGES or word in SPECULATIVE_HEDGES for word in hedge)


def _conflicting_pairs(slot: str, entries: list[Entry], shifts: dict[tuple[str, str], int] | None = None,
                       several: str | None = None) -> list[tuple[Entry, Entry]]:
    """(value, value of another article) for every value that other article cannot accept.

    Speculative values ("the toll could rise to 100,000") take no side. A partial count
    ("4 people were also arrested") is a part of the total: it is never set against a
    total, only against another outlet's partial count with the very same scope words.
    When the group is `ambiguous` (it holds figures of several things its subject does
    not tell apart), values are set against each other only statement by statement
    (`_same_statement`: the same sentence with another number), and, for "several",
    each article's total count against the others' totals.
    """
    entries = [e for e in entries if not _speculative(e)]
    shifts = shifts or {}
    several = ambiguous(slot, entries) if several is None else several or None
    totals: list[Entry] = []  # each article's total count, when an article gives several
    if several == "several" and slot in COUNT_SLOTS:
        mine: dict[str, list[Entry]] = {}
        for e in entries:
            if _part(e) is None:
                mine.setdefault(e.article, []).append(e)
        totals = [_total(m) for m in mine.values()]
    total_ids = {id(e) for e in totals}
    by_article: dict[tuple[str, frozenset[str] | None], list[Entry]] = {}
    for e in entries:
        by_article.setdefault((e.article, _part(e)), []).append(e)
    # two ages of a person that two articles known to be that many years apart give:
    # any other article giving the same two ages may be from those two times
    explained = {(x.claim.value, y.claim.value) for x in entries for y in entries
                 if slot == "age" and _is_number(x.claim.value) and _is_number(y.claim.value)
                 and x.claim.value != y.claim.value
                 and shifts.get((x.article, y.article)) == x.claim.value - y.claim.value}
    pairs = []
    for e in entries:
        for (other, part), theirs in by_article.items():
            if other == e.article or part != _part(e):
                continue
            if several:  # the subject covers several things: no figure stands for all of it
                theirs = [t for t in theirs if _same_statement(e, t)
                          or id(e) in total_ids and id(t) in total_ids]
            apart = shifts.get((e.article, other), 0)
            if any(compatible(slot, *_open_bounds(slot, e, t), e.published, t.published, apart)
                   or (e.claim.value, t.claim.value) in explained for t in theirs):
                continue
            pairs.extend((e, t) for t in theirs)
    return pairs


_LOWER_BOUNDS = ("at least", "more than")


def _open_bounds(slot: str, a: Entry, b: Entry) -> tuple[Claim, Claim]:
    """The two claims as compared: in two undated reports that say different things, a lower
    bound ("at least 180 injured", "five confirmed deaths") has no far end.

    A bound's soft far end (`_number_interval`) holds two reports of the same time to the
    same figure; with no dates, "at least 180" may be an early report of a toll later put
    at 352. The same statement with another number (one report copied and changed) is still
    held to it.
    """
    if slot not in COUNT_SLOTS or a.published or b.published or _same_statement(a, b):
        return a.claim, b.claim
    return _unbounded(a.claim), _unbounded(b.claim)


def _unbounded(c: Claim) -> Claim:
    if not _is_number(c.value) or not (c.qualifier in _LOWER_BOUNDS or c.qualifier is None and "confirmed" in c.scope):
        return c
    return replace(c, qualifier=f"{c.qualifier or 'at least'} open")


def ambiguous(slot: str, entries: list[Entry]) -> str | None:
    """Whether the values of a group are figures of several things, not one figure.

    "several": an article itself gives two incompatible values. It speaks of the
    sites or phases of one event (40 dead at a market, 12 at a station, 60 in all;
    blasts at 9:20 and 9:30), of an earlier event of the kind, or of a toll
    that rises in the article itself; of its counts, only the largest is its total.
    "spread": undated reports give three or more incompatible values (their totals,
    for counts). Without dates a moving figure (a toll rising over weeks, arrests in
    raid after raid) cannot be told from a contradiction.
    Ages are never ambiguous: a person has one age.
    """
    if slot == "age":
        return None
    by_article: dict[str, list[Entry]] = {}
    for e in entries:
        if _part(e) is None and not _speculative(e):
            by_article.setdefault(e.article, []).append(e)
    several = any(not compatible(slot, a.claim, b.claim) for mine in by_article.values()
                  for i, a in enumerate(mine) for b in mine[i + 1:])
    if len(by_article) >= 3 and not any(e.published for mine in by_article.values() for e in mine):
        # each article's total of all people: "4 trains" or "5 officers" are no figure of the toll
        figures = [e for mine in by_article.values() for e in mine]
        if slot in COUNT_SLOTS:
            plain = [[e for e in mine if population(e.claim) is None] for mine in by_article.values()]
            figures = [_total(mine) for mine in plain if mine]
        classes: list[Entry] = []  # one value of each set of mutually compatible values
        for e in figures:  # the figures as written: "5 officers" and "180 people" are two figures
            if not any(compatible(slot, replace(e.claim, scope=[]), replace(c.claim, scope=[])) for c in classes):
                classes.append(e)
        if len(classes) >= 3:
            return "spread"
    return "several" if several else None


def _total(mine: list[Entry]) -> Entry:
    """An article's total among its counts: the largest (its other counts are parts of it)."""
    return max(mine, key=lambda e: float(e.claim.value) if _is_number(e.claim.value) else 0.0)


_WORD = re.compile(r"[a-z][a-z'-]{2,}")
SAME_STATEMENT = 0.5  # share of words two sentences must have in common to say the same thing
SHORTER_SHARE, SHORTER_MIN_WORDS = 0.8, 8
LEAD_WORDS = 4  # the same words just before two values: the same statement


def _words(sentence: str) -> set[str]:
    return set(_WORD.findall(sentence.lower()))


def _lead(entry: Entry) -> list[str]:
    """The last LEAD_WORDS words before the value in its sentence."""
    before = entry.value.sentence[:max(0, entry.claim.start - entry.claim.sentence_start)]
    return before.lower().split()[-LEAD_WORDS:]


def _same_statement(a: Entry, b: Entry) -> bool:
    """Whether the two values are stated in sentences that say the same thing, maybe with
    another number."""
    lead_a, lead_b = _lead(a), _lead(b)
    if len(lead_a) == LEAD_WORDS and lead_a == lead_b:  # "the aftershock occurred at" N
        return True
    wa, wb = _words(a.value.sentence), _words(b.value.sentence)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    # most words of both; or, as one parse may run a sentence on into the next, nearly all
    # the words of the shorter one, when they are enough not to be found anywhere
    return shared / len(wa | wb) >= SAME_STATEMENT or \
        shared >= SHORTER_MIN_WORDS and shared / min(len(wa), len(wb)) >= SHORTER_SHARE


FRAME_WORDS = 3  # words on each side of a sum or a percentage that tell what it measures
_EDGE = ".,;:!?()[]\"'\u201c\u201d\u2018\u2019"


def _tokens(text: str) -> list[str]:
    return [w for w in (t.strip(_EDGE) for t in text.lower().split()) if w]


def _frame(entry: Entry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The FRAME_WORDS words before and after the value in its sentence, other numbers
    included ("fell 2.2 percent to $39.80": the price says which fall)."""
    sentence, offset = entry.value.sentence, entry.claim.sentence_start
    before = _tokens(sentence[:max(0, entry.claim.start - offset)])
    after = _tokens(sentence[max(0, entry.claim.end - offset):])
    return tuple(before[-FRAME_WORDS:]), tuple(after[:FRAME_WORDS])


def _same_frame(a: tuple[tuple[str, ...], tuple[str, ...]], b: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """The same words on both sides of two figures ("agreed to pay £4.5m to repair the
    bridge" / "... £5.4m to repair the bridge"): one statement, told with another figure."""
    # a figure at a sentence's edge has fewer words on that side: enough in all is required
    return len(a[0]) + len(a[1]) >= FRAME_WORDS and a == b


def _figure_pairs(slot: str, entries: list[Entry]) -> list[tuple[Entry, Entry]]:
    """Sums or percentages of two articles stated in the same frame that cannot both be true.

    A frame one article itself gives two figures in is a list ("earns $98,000 a year", line
    after line): its figures are items, not one fact told twice."""
    entries = [x for e in entries if not _speculative(e) for x in e.each_statement()]
    frames = [_frame(e) for e in entries]
    pairs = [(i, j) for i in range(len(entries)) for j in range(i + 1, len(entries))
             if _same_frame(frames[i], frames[j])
             and (entries[i].claim.value, entries[i].claim.upper) != (entries[j].claim.value, entries[j].claim.upper)]
    listed = {(entries[i].article, frames[i]) for i, j in pairs if entries[i].article == entries[j].article}
    return [(entries[i], entries[j]) for i, j in pairs
            if entries[i].article != entries[j].article and (entries[i].article, frames[i]) not in listed
            and (entries[j].article, frames[j]) not in listed
            and not compatible(slot, entries[i].claim, entries[j].claim)]


def age_shifts(ages_of: list[tuple[str, Entry]]) -> dict[tuple[str, str], int]:
    """Years between undated articles, read from the ages they give of the same people.

    When two articles give two or more people ages all greater by the same number of
    years (children of 10 and 7 in one, 16 and 13 in another), they were written that
    many years apart: the ages agree. One changed age alone is no such shift.
    `ages_of`: (person, age claim) pairs; keys (a, b) of the answer: years a's article
    was written after b's.
    """
    ages: dict[str, dict[str, float]] = {}
    for person, e in ages_of:
        if _is_number(e.claim.value) and not e.published:
            ages.setdefault(e.article, {}).setdefault(person, float(e.claim.value))
    out: dict[tuple[str, str], int] = {}
    arts = sorted(ages)
    for i, a in enumerate(arts):
        for b in arts[i + 1:]:
            common = ages[a].keys() & ages[b].keys()
            diffs = {ages[a][p] - ages[b][p] for p in common}
            if len(common) >= 2 and len(diffs) == 1:
                d = diffs.pop()
                if d and d.is_integer():
                    out[(a, b)], out[(b, a)] = int(d), -int(d)
    return out


def _part(entry: Entry) -> frozenset[str] | None:
    """The scope words that make a count a part of the total ("also", "another"); None for a total."""
    scope = frozenset(entry.claim.scope)
    return scope if scope & PARTIAL_SCOPES else None


# Counts that pile up over the days of an operation (raid after raid): one day's count is
# no figure of the running total.
RUNNING_COUNTS = ("arrested", "evacuated")


def _counts_of_one_day(slot: str, a: Entry, b: Entry) -> bool:
    """Whether two differing counts can be the same figure, as far as their days tell.

    Counts dated to two different days (by the event dates or the day expressions of their
    sentences) are figures of two happenings or of two times: not one figure twice. A
    count of arrests (or evacuations) dated to one day counts that day's operation; a
    count with no day in a report with no publication date may be the total of any later
    day, so the two are not set against each other.
    """
    if a.day and b.day:
        return _same_day(a.day, b.day)
    if slot in RUNNING_COUNTS and bool(a.day) != bool(b.day):
        undated = b if a.day else a
        return bool(undated.published)
    return True


def _eligible(slot: str, a: Entry, b: Entry) -> bool:
    """Whether two differing days, times or counts can be about the same event.

    Only the news of each report is compared, and an article can only report what
    happened before it was published: when one
    outlet dates its event after the other outlet's publication, or the reports are
    more than CURRENT_DAYS apart, the two are most often about two events of the
    same kind (a quake and its aftershock), not one event dated twice.
    """
    if slot in COUNT_SLOTS:
        return _counts_of_one_day(slot, a, b)
    if slot not in ("time", "date"):
        return True
    apart = _days_apart(a.published, b.published)
    if apart is None:
        return True
    if apart > CURRENT_DAYS:
        return False
    day_a, day_b = _day(str(a.claim.value)), _day(str(b.claim.value))
    pub_a, pub_b = _day(a.published or ""), _day(b.published or "")
    if day_a and pub_b and day_a > pub_b or day_b and pub_a and day_b > pub_a:
        return False
    if _current(day_a, pub_a) and _current(day_b, pub_b):
        return True
    # a background date ("the February 27 earthquake" in an October report) may be any
    # earlier event of the kind: two of them are one event misdated only when close
    return bool(day_a and day_b and abs((day_a - day_b).days) <= BACKGROUND_GAP_DAYS)


def _current(day: date | None, pub: date | None) -> bool:
    return day is None or pub is None or -1 <= (pub - day).days <= CURRENT_DAYS


def _notes(slot: str, pairs: list[tuple[Entry, Entry]]) -> str | None:
    notes: list[str] = []
    scopes = {(_scope_words(a.claim), _scope_words(b.claim)) for a, b in pairs}
    if any(sa == sb for sa, sb in scopes):
        scopes = set()  # outlets disagree on the very same count: scopes are beside the point
    for sa, sb in sorted(scopes):
        if sa != sb:
            note = f"different scopes: {sa} vs {sb}"
            if f"different scopes: {sb} vs {sa}" not in notes and note not in notes:
                notes.append(note)
    apart = [_days_apart(a.published, b.published) for a, b in pairs]
    # an update only when no two reports of the same day disagree
    days = [d for d in apart if d]
    if (slot in COUNT_SLOTS or slot in FIGURE_SLOTS) and days and len(days) == len(apart):
        notes.append(f"update between reports {max(days)} {'day' if max(days) == 1 else 'days'} apart")
    return "; ".join(notes) or None


def judge(slot: str, subject: str, entries: list[Entry],
          shifts: dict[tuple[str, str], int] | None = None, several: str | None = None) -> list[Comparison]:
    """Verdict(s) for claims of several articles about one slot and subject.

    `shifts`: years between undated articles, for ages (`age_shifts`); `several`:
    whether the group is `ambiguous` (computed when not given). A figure its article gives
    as superseded, or as another event's, stays among the values, named in the note, and
    takes no side."""
    comparisons = _judge(slot, subject, entries, shifts, several)
    aside = {(e.article, e.claim.start): e.claim.hedge for e in entries if e.claim.hedge in NO_SIDE_HEDGES}
    for c in comparisons if aside else ():
        for hedge, words in NO_SIDE_HEDGES.items():
            said = [v.display for v in c.values if aside.get((v.article, v.start)) == hedge]
            if said:
                note = f"{words}: {', '.join(said)}"
                c.note = f"{c.note}; {note}" if c.note else note
    return comparisons


def _judge(slot: str, subject: str, entries: list[Entry],
           shifts: dict[tuple[str, str], int] | None, several: str | None) -> list[Comparison]:
    if several is None:
        several = ambiguous(slot, entries) or ""
    if several:  # compared statement by statement: every sentence that states a value
        entries = [x for e in entries for x in e.each_statement()]
    articles = {e.article for e in entries}
    # a fate ("killed", said of a person) shares its name with a count slot but is no number
    numeric = all(_is_number(e.claim.value) for e in entries)
    if slot in FIGURE_SLOTS and numeric:
        pairs = _figure_pairs(slot, entries)
        if pairs:
            worst = max(pairs, key=lambda p: _ends_apart(p[0].claim, p[1].claim))
            return [Comparison(slot=slot, subject=subject, verdict="conflict", values=[e.value for e in entries],
                               gap=gap(slot, worst[0].claim, worst[1].claim), note=_notes(slot, pairs))]
    if slot not in CONFLICT_SLOTS or slot in COUNT_SLOTS + ("age",) and not numeric:
        return _by_compatible_value(slot, subject, entries)
    values = [e.value for e in entries]
    if len(articles) < 2:
        return [Comparison(slot=slot, subject=subject, verdict="single", values=values)]
    all_pairs = _conflicting_pairs(slot, entries, shifts, several)
    pairs = [(a, b) for a, b in all_pairs if _eligible(slot, a, b)]
    if all_pairs and not pairs:  # differing values that cannot be about the same event
        return _by_compatible_value(slot, subject, entries)
    if not pairs:
        pops = {population(e.claim) for e in entries}
        if slot in COUNT_SLOTS and len(pops) > 1:
            # "4 soldiers" and "2,000 people" do not contradict each other, nor do they agree
            return [c for pop in sorted(pops, key=str)
                    for c in _judge(slot, subject, [e for e in entries if population(e.claim) == pop], shifts,
                                   several)]
        return [Comparison(slot=slot, subject=subject, verdict="agree", values=values,
                           note=developing_note(slot, entries) or _several_note(slot, several, entries))]
    # the largest disagreement between two outlets is the gap a reader sees
    worst = max(pairs, key=lambda p: _gap_size(slot, p[0].claim, p[1].claim))
    return [Comparison(slot=slot, subject=subject, verdict="conflict", values=values,
                       gap=gap(slot, worst[0].claim, worst[1].claim), note=_notes(slot, pairs))]


def _gap_size(slot: str, a: Claim, b: Claim) -> float:
    text = gap(slot, a, b)
    m = re.match(r"[\d.]+", text)
    scale = 60 if "hour" in text else 1
    return float(m.group()) * scale if m else 0.0


def _by_compatible_value(slot: str, subject: str, entries: list[Entry]) -> list[Comparison]:
    """Slots that never conflict: one comparison per set of compatible values."""
    classes: list[list[Entry]] = []
    for e in sorted(entries, key=lambda e: -len(str(e.claim.value))):
        home = next((c for c in classes if compatible(slot, c[0].claim, e.claim)), None)
        if home is None:
            classes.append([e])
        else:
            home.append(e)
    out = []
    for cls in classes:
        cls.sort(key=lambda e: (entries.index(e)))
        verdict = "agree" if len({e.article for e in cls}) > 1 else "single"
        out.append(Comparison(slot=slot, subject=subject, verdict=verdict, values=[e.value for e in cls],
                              note=developing_note(slot, cls) if verdict == "agree" else None))
    return out
