"""Time expressions normalised to TIMEX3, rule-based in the manner of HeidelTime.

`find_timexes(doc, published)` finds dates, times, durations and sets in a parsed
article (`timex_rules`), widens them with modifiers ("about", "early", "the end of"),
joins a time with the day next to it ("2.40pm yesterday"), and resolves each
against the publication date, the last date the text mentioned and the tense of
the governing verb (`timex_resolve`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from storyweave.analyze.claim_words import EVENT_GROUPS
from storyweave.analyze.timex_attach import (
    PERIOD,
    REPORT,
    attachment,
    finite_above,
    in_since_phrase,
    is_generic,
    opens_period,
)
from storyweave.analyze.timex_resolve import (
    QUARTER_RE,
    Context,
    day_of,
    fmt_day,
    parse_published,
    resolve,
)
from storyweave.analyze.timex_rules import PRIORITY, RULES, Match, Sem, scan
from storyweave.model import Timex

log = logging.getLogger(__name__)

__all__ = ["find_timexes", "normalize", "candidates"]

_RULE_ORDER = {name: (-PRIORITY.get(name, 0), i) for i, (name, _, _) in enumerate(RULES)}

# "mid-1990s", "early-March": treat the hyphen as a space (same length, offsets kept)
_HYPHEN_PREFIX = re.compile(r"\b(mid|early|late|end)-(?=\w)", re.I)

_DATE_MOD = re.compile(
    r"(?:\b(?:(?:the\s+)?(?:early|late|mid)|later|earlier|around|about|nearly|almost|more\s+than|"
    r"less\s+than|sometime|some\s+time|as\s+early\s+as|"
    r"as\s+late\s+as|(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of|shortly\s+(?:after|before)|"
    r"just\s+(?:after|before)|approximately|roughly|until\s+at\s+least)\s+)$",
    re.I,
)
_DURATION_MOD = re.compile(
    r"(?:\b(?:about|around|nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|"
    r"roughly|approximately|just\s+over|just\s+under|no\s+more\s+than|no\s+less\s+than|fewer\s+than|"
    r"at\s+most|some|a\s+full|the\s+better\s+part\s+of)\s+)$",
    re.I,
)
_TIME_MOD = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before)|"
    r"some\s+time\s+after)\s+)$",
    re.I,
)

_TIME_WORDS = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "century", "centuries", "quarter", "quarters", "period", "season",
}


def candidates(text: str) -> list[Match]:
    """Non-overlapping rule matches, longest first (earlier rules win ties)."""
    scan_text = _HYPHEN_PREFIX.sub(lambda m: m.group(1) + " ", text)
    found = list(scan(scan_text))
    found.sort(key=lambda m: (-(m.end - m.start), _RULE_ORDER.get(m.rule, (0, 99)), m.start))
    taken: list[Match] = []
    used = [False] * (len(text) + 1)
    for m in found:
        if any(used[m.start : m.end]):
            continue
        for i in range(m.start, m.end):
            used[i] = True
        taken.append(m)
    taken = [m for m in taken if m.sem.kind != "block"]
    taken.sort(key=lambda m: m.start)
    return _merge(_widen(taken, scan_text), scan_text)


def _widen(matches: list[Match], text: str) -> list[Match]:
    """Take in modifiers before an expression ("about 2.45pm", "at least 30 days")."""
    out = []
    prev_end = 0
    for m in matches:
        window = text[max(prev_end, m.start - 40) : m.start]
        t = m.sem.type
        pattern = _DURATION_MOD if t == "DURATION" else _TIME_MOD if m.sem.kind == "time" else _DATE_MOD
        if m.sem.kind != "fuzzy" and t != "SET":
            mod = pattern.search(window)
            if mod:
                m = Match(m.start - len(mod.group(0)), m.end, m.sem, m.rule)
        out.append(m)
        prev_end = m.end
    return out


_JOIN_TIME_DAY = re.compile(r"^\s*,?\s*(?:on\s+|of\s+)?$", re.I)


def _is_day(sem: Sem) -> bool:
    if sem.kind == "date":
        return sem.day is not None
    if sem.kind == "weekday":
        return sem.pod is None
    if sem.kind == "rel":
        return sem.unit == "day" and sem.pod is None
    if sem.kind in ("holiday", "ordday"):
        return True
    return sem.kind == "abs" and bool(re.match(r"^\d{4}-\d{2}-\d{2}$", sem.value or ""))


def _is_pod_day(sem: Sem) -> bool:
    """"this morning", "last night", "yesterday evening": a part of a known day."""
    return sem.kind == "rel" and sem.unit == "day" and sem.pod is not None and sem.anchor == "dct" \
        and sem.shift != "tense"


def _in_part_of_day(hour: int, pod: str | None) -> int:
    """A twelve-hour clock's hour read in the part of the day that follows it: afternoon and
    evening hours are after noon, and so are 6 to 11 at night (1 to 5 at night are early hours)."""
    if pod in ("AF", "EV") and 1 <= hour < 12:
        return hour + 12
    if pod == "NI" and 6 <= hour < 12:
        return hour + 12
    return hour


def _merge(matches: list[Match], text: str) -> list[Match]:
    """Join a clock time with its day: "2.40pm yesterday", "noon Thursday", "Friday, 10 p.m."."""
    out: list[Match] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt is not None:
            gap = text[m.end : nxt.start]
            if m.sem.kind == "time" and m.sem.on is None and _is_day(nxt.sem) and _JOIN_TIME_DAY.match(gap):
                out.append(Match(m.start, nxt.end, replace(m.sem, on=nxt.sem), m.rule))
                i += 2
                continue
            if m.sem.kind == "rel" and m.sem.shift == "tense" and _is_day(nxt.sem) and re.match(r"^\s+on\s+$", gap):
                # "overnight on Tuesday": the night of that day
                out.append(Match(m.start, nxt.end, Sem("TIME", "time", pod=m.sem.pod, on=nxt.sem), m.rule))
                i += 2
                continue
            if (m.sem.kind == "rel" and m.sem.anchor == "ref" and m.sem.pod and m.sem.offset == 0
                    and re.match(r"^\s+of\s+$", gap) and _is_day(nxt.sem)):
                # "the morning of 22 March", "the night of Tuesday": that part of that day
                out.append(Match(m.start, nxt.end, Sem("TIME", "time", pod=m.sem.pod, on=nxt.sem), m.rule))
                i += 2
                continue
            if (m.sem.kind == "time" and m.sem.on is None and m.sem.hour is not None and _is_pod_day(nxt.sem)
                    and re.match(r"^\s+$", gap)):
                # "7.30 this morning", "10pm last night": the clock time on that day, in its part
                # of the day ("two o'clock this afternoon" is 14:00)
                sem = replace(m.sem, hour=_in_part_of_day(m.sem.hour, nxt.sem.pod), on=replace(nxt.sem, pod=None))
                out.append(Match(m.start, nxt.end, sem, m.rule))
                i += 2
                continue
            if _is_day(m.sem) and nxt.sem.kind == "time" and nxt.sem.on is None and re.match(r"^\s*,?\s*$", gap):
                out.append(Match(m.start, nxt.end, replace(nxt.sem, on=m.sem), nxt.rule))
                i += 2
                continue
        out.append(m)
        i += 1
    return out


_FUTURE_ADJECTIVES = {"payable", "effective", "due", "scheduled", "slated", "upcoming", "next"}
_SCHEDULING = {
    "schedule", "set", "plan", "slate", "due", "expect", "fix", "book", "reschedule", "postpone",
    "delay", "adjourn", "defer", "push", "move", "bring", "extend",
}
# Verbs whose simple present with a day names a fixture, not a report: "the trial resumes
# on Monday", "the council meets Friday", "City host Rovers on Saturday" (news tells what
# happened in the past tense; a scheduled event in the present)
_SCHEDULED_PRESENT = {
    "begin", "start", "open", "resume", "reopen", "meet", "convene", "close", "end", "finish",
    "arrive", "return", "launch", "host", "visit", "travel", "fly", "depart", "leave", "kick",
    "play", "vote", "sit", "expire", "premiere", "debut", "air", "reconvene", "go",
}
_FUTURE_GOVERNORS = {
    "schedule", "expect", "plan", "set", "due", "intend", "hope", "aim", "prepare", "propose",
    "want", "seek", "promise", "agree", "vow", "pledge", "threaten", "likely", "able", "go",
}


def _tense(span: Span | None) -> str | None:
    """Tense of the verb governing `span`: "past", "present", "future" or None."""
    if span is None or len(span) == 0:
        return None
    tok = span.root
    if tok.dep_ in ("compound", "nmod", "npadvmod", "amod") and tok.head.pos_ == "NOUN" \
            and tok.head.lemma_.lower() in EVENT_GROUPS and tok.head.i > tok.i:
        # "the February 27 earthquake", "the July 7 bombings": a named, unplanned event has happened
        return "past"
    # "until Friday"; the span may hold the preposition itself ("until at least Friday")
    until = (tok.head.lower_ in ("until", "till", "by") and tok.dep_ == "pobj") or tok.lower_ in ("until", "till")
    prep = tok.head
    # "closed from Monday", "fares rise from Monday": in the present, a period that starts ahead
    # (not "up 4% from Monday", where "from" hangs on the comparison, not on a verb)
    starting = tok.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("VERB", "AUX", "ADJ")
    if tok.dep_ == "pobj" and prep.lower_ in ("for", "until", "till", "to") and prep.head.lemma_.lower() in _SCHEDULING:
        # "the vote was scheduled for Monday", "adjourned until Friday": set for later --
        # unless the plan is told in the past perfect ("had been set for Friday"): it has passed
        return "past" if _past_perfect(prep.head) else "future"
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            break
        if tok.pos_ == "ADJ" and tok.lower_ in _FUTURE_ADJECTIVES:
            return "future"  # "payable Dec. 7", "effective June 1": dates set for later
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(4):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if "'d" in words and tok.tag_ == "VBN":
            words = (words - {"'d"}) | {"had"}  # "who I'd never heard of on Monday": had, not would
        if words & {"will", "'ll", "shall", "wo", "would", "'d"}:
            return "future"
        if tok.tag_ == "VB" and "to" in words and tok.head is not tok:
            # an infinitive: "is scheduled to close Monday", "plans to vote on Friday"
            gov = tok.head
            if gov.lemma_.lower() in _FUTURE_GOVERNORS or gov.lower_ in ("is", "are", "was", "were"):
                # "had been due to expire Friday": a deadline that has passed
                return "past" if _past_perfect(gov) else "future"
            if gov.pos_ in ("VERB", "AUX", "ADJ"):
                tok = gov
                continue
        break
    if starting and not words and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children):
        # "With the schools shut from Monday, parents are scrambling": a verbless clause (its
        # participle often tagged as a past) takes the tense of the clause it opens
        return "future" if _tense(tok.doc[tok.head.i : tok.head.i + 1]) == "present" else None
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and (words & {"has", "have", "'ve", "had"} or (not words and tok.dep_ in ("acl", "relcl", "amod"))):
        return "past"  # "has closed", "products introduced in April"
    if words & {"could", "might", "may", "should", "must", "can"}:
        return None
    if tok.tag_ == "VBN" and words & {"is", "are", "am", "'s", "'re"} and tok.lemma_.lower() in ("expect", "schedule", "plan", "slate"):
        return "future"  # "results are expected by Friday", "the vote is planned for Monday"
    if tok.tag_ in ("VBZ", "VBP") and not words and tok.lemma_.lower() in _SCHEDULED_PRESENT:
        return "future"
    if tok.tag_ in ("VBZ", "VBP", "VBG") or words & {"is", "are", "am", "'s", "'re"}:
        # "talks continue until Saturday": a present-tense limit lies ahead
        return "future" if until or starting else "present"
    return None


def _past_perfect(tok: Token) -> bool:
    """`tok` (or the verb it completes: "had been due") carries the auxiliary "had"."""
    for node in (tok, tok.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in node.children):
            return True
        if node.pos_ == "VERB":
            break
    return False


def _keep_year(doc: Doc, m: Match) -> bool:
    """A bare four-digit number is a year unless the parse says it counts something."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span[-1]
    if tok.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.is_punct:
            return tok.ent_type_ == "CARDINAL" and _prep_before(doc, span)
        return False
    # "2000 people" counts; "the 1996 campaign", "1990 earnings" (a DATE to the tagger) are years
    head = tok.head
    if (tok.dep_ == "nummod" and head.i > tok.i and head.tag_ in ("NNS", "NNPS")
            and tok.ent_type_ != "DATE" and head.lower_ not in _TIME_WORDS):
        return False
    return True


def _keep(doc: Doc, m: Match) -> bool:
    """Drop "daily" or "weekly" that describe a thing ("a daily newspaper") rather than a recurrence."""
    if m.rule == "set_adverb":
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].dep_ in ("amod", "compound") and span[0].head.pos_ in ("NOUN", "PROPN"):
            return False
    return True


def _trim_verb(doc: Doc, m: Match) -> Match:
    """"(to) last four weeks": a leading "last" that the parse calls a verb is not part of it;
    nor is a leading "that" the parse calls a complementizer ("warned that Thursday's strike
    will go ahead" names Thursday, not "that Thursday" of an earlier week)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and len(span) > 1 and span[0].pos_ in ("VERB", "AUX") and span[0].lower_ in ("last", "lasted", "lasts"):
        return Match(span[1].idx, m.end, m.sem, m.rule)
    if span is not None and len(span) > 1 and span[0].lower_ == "that" and span[0].dep_ == "mark" \
            and m.sem.shift == "ref":
        return Match(span[1].idx, m.end, replace(m.sem, shift=None), m.rule)
    return m


def _prep_before(doc: Doc, span: Span) -> bool:
    i = span.start - 1
    return i >= 0 and doc[i].lower_ in ("in", "since", "until", "by", "from", "of", "before", "after", "during")


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Time expressions in `doc`, in text order, with TIMEX3 values.

    `published` (ISO 8601 date or datetime) anchors relative expressions; without it
    they keep a partial value ("XXXX-WXX-5") or None. Never raises on odd input.
    """
    try:
        return _find(doc, published)
    except Exception:  # a bad article must not stop a batch; log and give what we can
        log.exception("timex extraction failed")
        return []


def _find(doc: Doc, published: str | None) -> list[Timex]:
    text = doc.text
    dct = parse_published(published)
    matches = [
        _trim_verb(doc, m) for m in candidates(text) if (not m.sem.is_year or _keep_year(doc, m)) and _keep(doc, m)
    ]
    matches = _day_first(matches, text)
    sent_of = _sentence_index(doc, matches)
    out: list[Timex] = []
    ctx = Context(dct=dct)
    quarter_sentence: int | None = None  # the sentence that last named a quarter
    evening: date | None = None  # the day of the last clock time read, when it was 18:00 or later
    frames = _report_frames(doc, matches)
    # "sacked on April 20, the club said on Monday. Two days later ...": a reporting frame's day
    # (frame_day) is when it was told, not a day of the story; "later" counts from the day its
    # sentence told before it (event_day)
    frame_day: date | None = None
    event_day: date | None = None
    # a month or year told after the story's last day ("collapsed in March. Three days later
    # ..."): "later" has no day to count from
    coarse_last = False
    i = 0
    while i < len(matches):
        # one sentence at a time: dates first, then bare clock times anchored to them
        j = i
        while j < len(matches) and sent_of[j] == sent_of[i]:
            j += 1
        group = matches[i:j]
        values: dict[int, str | None] = {}
        ref_before = ctx.ref
        sentence = sent_of[i]
        days: list[tuple[int, date]] = []  # day-granular dates of this sentence, by position
        for k, m in enumerate(group):
            if m.sem.kind == "time" and m.sem.on is None:
                continue
            ctx.tense = _tense(doc.char_span(m.start, m.end, alignment_mode="expand"))
            ctx.focus_quarter = _focus_quarter(ctx, [values.get(e) for e in range(k)], sentence - quarter_sentence
                                               if quarter_sentence is not None else None)
            if _next_morning(m.sem, ctx.tense) and evening is not None and ctx.ref == evening:
                value = resolve(m.sem, replace(ctx, ref=evening + timedelta(days=1)))
            elif _counts_from_story(m.sem) and frame_day is not None and ctx.ref == frame_day \
                    and event_day is not None:
                value = resolve(m.sem, replace(ctx, ref=event_day))
            elif _counts_from_story(m.sem) and coarse_last:
                value = None
            else:
                value = resolve(m.sem, ctx)
            if day_of(value) is not None:
                coarse_last = False
            elif m.sem.kind in ("date", "abs") and value and _COARSE.match(value) \
                    and not (ctx.ref is not None and fmt_day(ctx.ref).startswith(value)):
                coarse_last = True
            values[k] = value
            told = ctx.ref
            _remember(ctx, value, m.sem)
            if i + k in frames and ctx.ref != told:
                # only a day its own sentence told ("sacked on April 20, the club said on
                # Monday"); a frame alone ("papers reported on May 8 that ...") dates
                # the story as any day does
                frame_day, event_day = (ctx.ref, told) if days else (None, None)
            if value and QUARTER_RE.match(value) and m.sem.kind != "yearago":
                quarter_sentence = sentence
            d = day_of(value)
            if d is not None:
                days.append((m.start, d))
        for k, m in enumerate(group):
            if k in values:
                continue
            # a bare clock time takes the nearest day of its sentence, else the discourse's --
            # unless that day lies ahead of the article and the clause tells of the past
            # ("queues formed by midday", after "Thursday's strike will go ahead")
            nearest = min(days, key=lambda pd: abs(pd[0] - m.start))[1] if days else None
            ref = ref_before
            tense = _tense(doc.char_span(m.start, m.end, alignment_mode="expand"))
            if nearest is None and ref is not None and dct is not None and ref > dct and tense == "past":
                ref = dct
            if nearest is None and ref is not None and dct is not None and ref < dct and tense == "future":
                ref = dct  # "schools will open from 8 to 11 a.m.", after "talks failed overnight"
            if nearest is None and ref is None and tense == "past" and _after_publication(m.sem, published):
                # "a gas main burst at 4pm" in an article of 13:30 with no day told: the latest
                # 4pm not after publication, yesterday's
                ref = dct - timedelta(days=1) if dct is not None else None
            small_hours = m.sem.hour is not None and m.sem.hour < 6
            if nearest is None and ref is not None and ref == evening and (small_hours or m.sem.pod == "MO"):
                # "called at 9.42pm ... remained until 1.15am", "talks failed overnight ... before
                # dawn": the story has moved on a day
                ref = ctx.ref = ref + timedelta(days=1)
            values[k] = resolve(m.sem, Context(dct=dct, ref=ref, sentence_day=nearest))
            if ctx.ref is None:
                ctx.ref = day_of(values[k])  # a first clock time dates the story ("at 2am ... that day")
        for k, m in enumerate(group):
            if m.sem.kind == "weekday" and m.sem.weekday is not None and _habitual_day(doc, m):
                values[k] = f"XXXX-WXX-{m.sem.weekday + 1}"
            out.append(Timex(text[m.start : m.end], m.start, m.end, m.sem.type, values[k]))  # type: ignore[arg-type]
            clock = _CLOCK.match(values[k] or "")
            if clock:
                evening = day_of(values[k]) if int(clock[1]) >= 18 else None
            elif (values[k] or "").endswith(("TEV", "TNI")):
                # "overnight", "on Monday night"; not "the early hours of Wednesday", whose
                # small-hours clock times are that Wednesday's
                evening = None if _EARLY_HOURS.search(text[m.start : m.end]) else day_of(values[k])
        i = j
    return _attach(doc, out)


_COARSE = re.compile(r"^\d{4}(?:-\d{2})?$")  # a year or a month
_EARLY_HOURS = re.compile(r"\b(?:early|small|wee)\s+hours\b", re.I)
_PUBLISHED_CLOCK = re.compile(r"^\s*\d{4}-?\d{2}-?\d{2}[T ](\d{2}):(\d{2})")


def _after_publication(sem: Sem, published: str | None) -> bool:
    """A bare clock time later in the day than the article's publication time (when it has one)."""
    p = _PUBLISHED_CLOCK.match(published or "") if isinstance(published, str) else None
    if p is None or sem.hour is None:
        return False
    return sem.hour * 60 + (sem.minute or 0) > int(p[1]) * 60 + int(p[2])


def _counts_from_story(sem: Sem) -> bool:
    """"three days later", "the next day": a day counted from the last one of the story."""
    return sem.kind == "rel" and sem.anchor == "ref" and sem.unit in ("day", "week") and sem.offset != 0


def _report_frames(doc: Doc, matches: list[Match]) -> set[int]:
    """Indexes of the matches that date a reporting root ("the club said on Monday")."""
    if not doc.has_annotation("DEP"):
        return set()
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in matches]
    in_timex = {tok.i for sp in spans if sp is not None for tok in sp}
    return {k for k, sp in enumerate(spans) if sp is not None and len(sp) and attachment(sp, in_timex).clause == REPORT}


def _habitual_day(doc: Doc, m: Match) -> bool:
    """A bare day name modifying a plural noun in a clause not told in the past ("Saturday
    matches will kick off at 3pm", "Sunday services run hourly"): any such day, not one day.
    In the past it is most often one day's ("Friday prayers were held under guard")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.tag_ == "NNS" and _tense(span) != "past"


_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}")


def _next_morning(sem: Sem, tense: str | None) -> bool:
    """"the morning" of the day last named, told in the future after an evening clock time
    of that day ("called at 9.42pm on Tuesday ... an investigation will begin in the
    morning"): the next morning."""
    return sem.kind == "rel" and sem.anchor == "ref" and sem.unit == "day" and sem.offset == 0 \
        and sem.pod == "MO" and tense == "future"


def _attach(doc: Doc, timexes: list[Timex]) -> list[Timex]:
    """Record where each expression hangs in the parse (a noun's time or a clause's; see timex_attach)."""
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in timexes]
    in_timex = {tok.i for sp in spans if sp is not None for tok in sp}
    if not doc.has_annotation("DEP"):
        return list(timexes)
    found = [attachment(sp, in_timex) if sp is not None and len(sp) else None for sp in spans]
    text = doc.text  # rebuilt on every access: read once
    periods = {k for k, t in enumerate(timexes) if opens_period(text, t.start)}
    # verbs of recurring times ("every day", "daily"): what else their clause times is a habit
    habit_verbs = {a.verb.i for t, a in zip(timexes, found) if a is not None and a.verb is not None and t.type == "SET"}
    # clauses dated by a day: their clock times are that day's, not opening hours
    dated_verbs = {a.verb.i for k, (t, a) in enumerate(zip(timexes, found))
                   if a is not None and a.verb is not None and t.type == "DATE" and k not in periods}
    # verbs of a period's start ("has closed at 8pm since March"): their clock times are a habit
    period_verbs = {a.verb.i for k, a in enumerate(found) if a is not None and a.verb is not None and k in periods}
    out = []
    for k, (t, a) in enumerate(zip(timexes, found)):
        if a is None:
            out.append(t)
            continue
        # the tense of the clause's verb, not the expression's reading ("a plan for next year"
        # reads ahead, the vote on it is past; the noun's own time is what the timeline weighs)
        verb = finite_above(a.verb) if a.modifies_noun and a.verb is not None else a.verb
        tense = _tense(doc[verb.i : verb.i + 1]) if verb is not None else None
        clock_only = t.type == "TIME" and bool(_CLOCK_ONLY.match(t.text)) and a.verb is not None \
            and a.verb.i not in dated_verbs
        if t.type != "SET" and (is_generic(a.verb, clock_only, habit_verbs)
                                or clock_only and a.verb.i in period_verbs and k not in periods):
            tense = "generic"
        # "the first departure since the budget a week ago": the budget's time, a period's start
        clause = PERIOD if k not in periods and in_since_phrase(spans[k]) else a.clause  # type: ignore[arg-type]
        out.append(replace(t, modifies_noun=a.modifies_noun, clause=clause, tense=tense))
    return out


# a clock time and nothing else ("9am", "7.30 p.m.", "noon"): no day of its own
_CLOCK_ONLY = re.compile(r"^(?:(?:at|from|until|till|to)\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?|h|hrs)?"
                         r"|noon|midday|midnight)$", re.IGNORECASE)


_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")


def _day_first(matches: list[Match], text: str) -> list[Match]:
    """"05/04/2023" is 5 April where the text writes its dates day first ("22 March", as
    British outlets do) and not month first ("March 22"); month first otherwise."""
    styles = [m.rule for m in matches if m.rule in ("day_month", "month_day")]
    if styles.count("day_month") <= styles.count("month_day"):
        return matches
    out = []
    for m in matches:
        n = _NUMERIC.match(text[m.start : m.end]) if m.rule == "numeric" else None
        if n and int(n[1]) <= 12 and int(n[2]) <= 12 and m.sem.value:
            y = m.sem.value[:4]
            m = Match(m.start, m.end, replace(m.sem, value=f"{y}-{int(n[2]):02d}-{int(n[1]):02d}"), m.rule)
        out.append(m)
    return out


def _focus_quarter(ctx: Context, earlier: list[str | None], since: int | None) -> tuple[int, int] | None:
    """The quarter a report is about at this point, for "a year earlier" / "a year ago":
    one named before in the sentence, or one named in the two sentences before when
    nothing else in the sentence dates it ("For the nine months, ... a year earlier"
    compares the nine months)."""
    for value in reversed(earlier):
        if value and QUARTER_RE.match(value):
            return int(value[:4]), int(value[-1])
    if not earlier and ctx.ref_quarter and since is not None and since <= 2:
        return ctx.ref_quarter
    return None


def _remember(ctx: Context, value: str | None, sem: Sem) -> None:
    """Keep the last mentioned day and quarter: the anchors of anaphoric expressions."""
    d = day_of(value)
    if d is not None and sem.kind != "fuzzy":
        ctx.ref = d
    if sem.kind == "yearago" or (sem.kind == "rel" and sem.unit == "year" and sem.offset != 0):
        # "a year earlier", "a year ago", "the year-ago quarter" point away from the story's
        # time for a comparison; anchoring the next expression on them would drift
        return
    if sem.kind == "rel" and sem.anchor == "ref" and sem.unit != "day":
        return
    if value and QUARTER_RE.match(value):
        ctx.ref_quarter = (int(value[:4]), int(value[-1]))
    if value and sem.kind != "fuzzy" and sem.type in ("DATE", "TIME"):
        m = re.match(r"^(\d{4})(?:-(\d{2})(?!\d))?", value)
        if m:
            ctx.ref_year = int(m[1])
            if m[2] and 1 <= int(m[2]) <= 12:
                ctx.ref_month = (int(m[1]), int(m[2]))
            elif value[4:5] != "-":
                ctx.ref_month = None


def _sentence_index(doc: Doc, matches: list[Match]) -> list[int]:
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    out = []
    k = 0
    for m in matches:
        while k + 1 < len(starts) and starts[k + 1] <= m.start:
            k += 1
        out.append(k)
    return out


def normalize(text: str, anchor: date | str | None, tense: str | None = None) -> tuple[str, str | None] | None:
    """(type, value) of the longest time expression in `text`, anchored on `anchor`.

    A test and debugging helper without a parse: the tense is given, not read.
    """
    dct = parse_published(anchor.isoformat() if isinstance(anchor, date) else anchor)
    found = candidates(text)
    if not found:
        return None
    best = max(found, key=lambda m: m.end - m.start)
    ctx = Context(dct=dct, tense=tense)
    return best.sem.type, resolve(best.sem, ctx)
