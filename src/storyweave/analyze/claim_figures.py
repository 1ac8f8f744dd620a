"""Figure claims: sums of money, percentages and other quantities, single, as ranges or as
changes ("rose from £20 to £45"), as the entity tagger finds them or as written where it
misses them. Counts of people are in `claim_counts`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from storyweave.analyze import claim_words as W
from storyweave.analyze.claim_bare_figures import fraction_points, unit_sharing
from storyweave.analyze.claim_context import ClaimContext, make_claim, qualifier_before
from storyweave.analyze.claim_shifts import change_word, is_change, misread_dates
from storyweave.analyze.numbers import SCALE_SUFFIXES, SCALES, glued_suffix_scale, number_span
from storyweave.model import Claim


# A clock time the tagger calls a quantity ("by 4am", "at 3.20 a.m."): the time claims have it.
_CLOCK = re.compile(r"(?:at |by |around |about )?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\.?", re.I)

def _quantity_span(ent: Span, a: int, b: int, value: float) -> tuple[int, int, float]:
    """The entity widened to a currency sign just before it and a scale suffix just after
    the number ("£", "4.5", "m" when the tagger kept only "4.5"), with the scaled value."""
    doc = ent.doc
    start, end = ent.start, max(ent.end, b)
    if start > 0 and doc[start - 1].lower_ in W.CURRENCIES and not doc[start - 1].is_alpha:
        start -= 1
    if end < len(doc) and doc[end].lower_ in _CURRENCY_WORDS and ent.label_ in ("QUANTITY", "MONEY", "DATE"):
        end += 1  # "between 8 and 11 million" tagged without its "euros"
    money = ent.label_ == "MONEY" or start < ent.start or end > max(ent.end, b)
    # "4.5m" told apart as "4.5" "m" (no space); at a sentence's end as "4.5" "m."
    if money and (glued := glued_suffix_scale(doc, b)) != 1.0:
        value *= glued
        end = max(end, b + 1)
    elif money and b < len(doc) and doc[b].lower_ in SCALES and b >= ent.end and value < 1000:
        value *= SCALES[doc[b].lower_]
        end = max(end, b + 1)
    return start, end, value


# Words that join the two ends of a range: "25-40%", "25 to 40 percent"; "and" only after
# "between" ("between €12 million and €20 million").
RANGE_LINKS = {"-", "\u2013", "\u2014", "to"}
_CURRENCY_WORDS = {w for w in W.CURRENCIES if w.isalpha()}


def _scale_of(doc, a: int, b: int) -> float:
    """The scale a number at tokens a..b is written with ("12 million", "4.5m", "17.7billion"), 1 if none."""
    for t in doc[a:b]:
        if t.lower_ in SCALES:
            return float(SCALES[t.lower_])
        m = re.match(r"^[\d.,]+([a-z]+)$", t.lower_)
        if m and m.group(1) in SCALE_SUFFIXES:
            return float(SCALE_SUFFIXES[m.group(1)])
    return glued_suffix_scale(doc, b)


def _is_link(doc, k: int, first: int, sent: Span) -> bool:
    """Whether token k joins two ends of a range whose first end starts at token `first`."""
    low = doc[k].lower_
    if low in RANGE_LINKS:
        return True
    # "between €12 million and €20 million": "between" just before the first end (or its sign)
    # (the tagger may keep "between" in the first sum's entity: "between $500,000" "and $1 million")
    return low == "and" and any(t.lower_ == "between" for t in doc[max(sent.start, first - 2):first + 1])


def _low_end(doc, a1: int, b1: int, v1: float, a2: int, b2: int, high: float) -> float:
    """The low end of a range, scaled as the high end when written without a scale of its own
    ("12 to 20 million euros": 12 million)."""
    v1 *= glued_suffix_scale(doc, b1)
    if _scale_of(doc, a1, b1) == 1.0 and v1 < high:
        scale = _scale_of(doc, a2, b2)
        if v1 * scale <= high:
            return v1 * scale
    return v1


# a range the tokenizer keeps in one token: "25%-40" (of "25%-40%"), "12m-£20" (of "£12m-£20m")
_GLUED_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]*|%)[-\u2013]([£$€]?)(\d[\d,]*(?:\.\d+)?)$", re.I)


def _glued_range(span: Span) -> tuple[int, float, float] | None:
    """A range written in one token: (its index, low end, high end), scaled by the suffix told
    apart after it ("12m-£20" "m")."""
    for t in span:
        m = _GLUED_RANGE.match(t.lower_)
        if not m or m.group(2) not in SCALE_SUFFIXES and m.group(2) not in ("", "%"):
            continue
        low = float(m.group(1).replace(",", ""))
        high = float(m.group(4).replace(",", "")) * glued_suffix_scale(t.doc, t.i + 1)
        low *= SCALE_SUFFIXES.get(m.group(2), 1) if m.group(2) in SCALE_SUFFIXES else 1
        if m.group(2) in ("", "%") and low * glued_suffix_scale(t.doc, t.i + 1) <= high:
            low *= glued_suffix_scale(t.doc, t.i + 1)
        return t.i, low, high
    return None


def _range_in(span: Span, sent: Span) -> tuple[int, int, float, int, int, float] | None:
    """Two numbers of one figure joined as a range ("25-40%", "between €12m and €20m"):
    (a1, b1, v1, a2, b2, v2) of the two numbers, or None."""
    doc = span.doc
    found: list[tuple[int, int, float]] = []
    for t in span:
        ns = number_span(t)
        if ns is not None and ns not in found:
            found.append(ns)
    if len(found) < 2:
        return None
    (a1, b1, v1), (a2, b2, v2) = found[0], found[1]
    if a2 + 1 < b2 and doc[a2].text in ("-", "\u2013") and a2 >= b1:
        a2 += 1  # "5 - 10 million": the hyphen read as part of the second number
    between = [k for k in range(b1, a2) if not (doc[k].lower_ in W.CURRENCIES and not doc[k].is_alpha)
               and doc[k].lower_.rstrip(".") not in SCALE_SUFFIXES and doc[k].lower_ not in W.PERCENT_WORDS]
    if len(between) != 1 or not _is_link(doc, between[0], a1, sent):
        return None
    return a1, b1, v1, a2, b2, v2


def _figure_claim(ent: Span, sent: Span, ctx: ClaimContext,
                  sums: frozenset[int] = frozenset()) -> list[tuple[Claim, int, int]]:
    """The sum, percentage or quantity an entity (or a figure read from the tokens) states,
    with the tokens it spans. A range ("25-40%") is one claim: its low end as `value`,
    its high end as `upper`; a change ("rose from £20 to £45") is two. `sums`: tokens the
    tagger called a date that are a figure (`misread_dates`)."""
    doc = ctx.doc
    glued = _glued_range(ent)
    if glued is not None:
        k, low, high = glued
        start_i, end_i, _v = _quantity_span(ent, k, k + 1, high)
        if doc[end_i - 1].i == k and glued_suffix_scale(doc, k + 1) != 1.0:
            end_i += 1
        return [_make_figure(ent, sent, ctx, start_i, end_i, low, high, {k}, k)]
    nums = [t for t in ent if number_span(t)]
    if not nums:
        return []
    rng = _range_in(ent, sent)
    if rng is None and (cut := _second_figure(ent)) is not None:
        # "0.6 percentage points to 4%" tagged as one: two figures, each read on its own
        return _figure_claim(Span(doc, ent.start, cut, label=ent.label_), sent, ctx, sums) + \
            _figure_claim(Span(doc, cut, ent.end, label=ent.label_), sent, ctx, sums)
    if rng is not None and any(t.lower_ == "to" for t in doc[rng[1]:rng[3]]) and is_change(doc, rng[0], sent, W.CURRENCIES):
        # "cut from $80 million to $65 million" tagged as one sum: the figure before, the figure
        # after. (A score, "49% to 41%", stays one claim, its two sides in order in `value` and
        # `upper`: compared end by end, as a range is.)
        return _change_figures(ent, sent, ctx, rng)
    if rng is not None:
        a, b = rng[3], rng[4]
        value = rng[5]
    else:
        a, b, value = number_span(nums[0])  # type: ignore[misc]
    start_i, end_i, value = _quantity_span(ent, a, b, value)
    while end_i - 1 >= b and (doc[end_i - 1].lower_ in RANGE_LINKS or doc[end_i - 1].lower_ == "and"
                              or doc[end_i - 1].lower_ in W.CURRENCIES and not doc[end_i - 1].is_alpha):
        end_i -= 1  # "$400,000 to" or "€150 to €" tagged without the far end: no part of the sum
    number_tokens = set(range(a, b))
    upper: float | None = None
    if rng is not None:
        upper, value = value, _low_end(doc, rng[0], rng[1], rng[2], a, b, value)
        a = rng[0]
        number_tokens |= set(range(rng[0], rng[1]))
    elif start_i >= sent.start + 2 and _is_link(doc, start_i - 1, start_i - 1, sent):
        # "by 25 to 40 percent" with only "40 percent" tagged: the bare number before is the low end
        low = number_span(doc[start_i - 2])
        if low is not None and low[1] == start_i - 1 and _is_link(doc, start_i - 1, low[0], sent) and not any(
                t.ent_type_ in W.NON_COUNT_ENTS and t.i not in sums for t in doc[low[0]:low[1]]) and not (
                low[0] > sent.start and doc[low[0] - 1].lower_ in W.CURRENCIES):
            if doc[start_i - 1].lower_ == "to" and is_change(doc, low[0], sent, W.CURRENCIES):
                # "rose from 20 to 45 percent": the bare number before is the figure before the change
                before = _make_figure(ent, sent, ctx, low[0], low[1], _low_end(doc, low[0], low[1], low[2], a, b,
                                                                                 value), None, set(range(low[0], low[1])), low[0])
                unit_of = _make_figure(ent, sent, ctx, start_i, end_i, value, None, number_tokens, a)
                before[0].slot, before[0].unit, before[0].subject = unit_of[0].slot, unit_of[0].unit, unit_of[0].subject
                _change_subject(before[0], unit_of[0], low[0], sent, ctx)
                return [before, unit_of]
            upper, value = value, _low_end(doc, low[0], low[1], low[2], a, b, value)
            a = start_i = low[0]
            number_tokens |= set(range(low[0], low[1]))
    return [_make_figure(ent, sent, ctx, start_i, end_i, value, upper, number_tokens, a)]


def _second_figure(ent: Span) -> int | None:
    """Where a second figure starts in an entity that holds two joined by "to", "from" or
    "by" that are no range ("0.6 percentage points to 4%"; not "£4.5m", not "25-40%"): the
    token index (its currency sign, if any), or None."""
    doc = ent.doc
    spans: list[tuple[int, int, float]] = []
    for t in ent:
        ns = number_span(t)
        if ns is not None and ns not in spans and not any(ns[0] < b for _a, b, _v in spans):
            spans.append(ns)
    if len(spans) < 2:
        return None
    b1, a2 = spans[0][1], spans[1][0]
    if not any(t.lower_ in ("to", "from", "by") for t in doc[b1:a2]) or not any(t.is_alpha and t.lower_ not in (
            "to", "from", "by") for t in doc[b1:a2]):
        return None  # "12 to 20" bare: a range the range rules read
    cut = a2 - 1 if doc[a2 - 1].lower_ in W.CURRENCIES and not doc[a2 - 1].is_alpha else a2
    return cut if ent.start < cut else None


def _change_figures(ent: Span, sent: Span, ctx: ClaimContext,
                    rng: tuple[int, int, float, int, int, float]) -> list[tuple[Claim, int, int]]:
    """The two figures of a change tagged as one entity, each a claim of its own, both in the
    unit of the whole ("from 900 to 1,400 euros": both in euros)."""
    doc = ctx.doc
    a1, b1, v1, a2, b2, v2 = rng
    s2, e2, v2 = _quantity_span(Span(doc, a2, ent.end, label=ent.label_), a2, b2, v2)
    after = _make_figure(ent, sent, ctx, s2, max(e2, ent.end), v2, None, set(range(a2, b2)), a2)
    s1, e1, v1 = _quantity_span(Span(doc, ent.start, b1, label=ent.label_), a1, b1, v1)
    v1 = _low_end(doc, a1, b1, rng[2], a2, b2, v2)
    while e1 > b1 and doc[e1 - 1].lower_ in RANGE_LINKS:
        e1 -= 1
    while e1 < s2 and (doc[e1].lower_ in W.PERCENT_WORDS or doc[e1].lower_ in _CURRENCY_WORDS):
        e1 += 1  # "49%" of "from 49% to 41%": its sign is part of its words
    before = _make_figure(ent, sent, ctx, s1, e1, v1, None, set(range(a1, b1)), a1)
    before[0].slot, before[0].unit, before[0].subject = after[0].slot, after[0].unit, after[0].subject
    _change_subject(before[0], after[0], a1, sent, ctx)
    return [before, after]


def _change_subject(before: Claim, after: Claim, first: int, sent: Span, ctx: ClaimContext) -> None:
    """Both figures of a change are about what changed: their subject is the word of change
    ("rise"), so that an outlet's figure before is grouped with another's."""
    word = change_word(ctx.doc, first, sent, W.CURRENCIES)
    if word is not None:
        before.subject = after.subject = word.lemma_.lower()


# what a quantity may be counted per: "km/h", "metres per second", "litres per day"
_PER_UNITS = frozenset({"h", "hr", "hour", "s", "sec", "second", "minute", "min", "day", "year"})


def _make_figure(ent: Span, sent: Span, ctx: ClaimContext, start_i: int, end_i: int, value: float,
                 upper: float | None, number_tokens: set[int], a: int) -> tuple[Claim, int, int]:
    doc = ctx.doc
    if doc[end_i - 1].lower_ in ("percentage", "basis") and end_i < len(doc) and doc[end_i].lower_ in ("point", "points"):
        end_i += 1  # "40 to 50 percentage" tagged without its "points"
    if ent.label_ == "QUANTITY" and end_i + 1 < len(doc) and (doc[end_i].text == "/" or doc[end_i].lower_ == "per") \
            and doc[end_i + 1].lower_ in _PER_UNITS:
        end_i += 2  # a rate the tagger cut at its "/" or "per": "118 km/h", "70 miles per hour"
    span = doc[start_i:end_i]
    words = [t.lower_ for t in span if t.i not in number_tokens]
    label = ent.label_
    # the tagger often calls "4.99 per cent" money: the words decide
    if any(w in W.PERCENT_WORDS for w in words) or "per" in words and "cent" in words:
        label = "PERCENT"
    unit: str | None
    points = "points" in words or "point" in words
    if points and ("percentage" in words or "basis" in words):
        # "four percentage points" (a change of a percentage), "50 basis points" (0.5 of one)
        label, unit = "PERCENT", "percentage points"
        if "basis" in words:
            value, upper = value / 100, None if upper is None else upper / 100
    elif label == "PERCENT":
        unit = "%"
    else:
        code = next((W.CURRENCIES[w] for w in words if w in W.CURRENCIES), None)
        rest = [t.text for t in span if t.i not in number_tokens and t.lower_ not in W.QUALIFIERS
                and t.lower_ not in SCALES and t.lower_ not in SCALE_SUFFIXES
                and t.lower_ not in RANGE_LINKS and t.lower_ not in ("and", "between", "from")]
        unit = code or (" ".join(rest).replace(" / ", "/") or None)
        if code is not None:
            label = "MONEY"  # "a 412 million pound plan": the tagger's QUANTITY, with a currency
    head = span.root.head
    while head.dep_ in ("prep", "agent") and head.head is not head:  # "by 60%" in a passive: its verb
        head = head.head
    if head.lemma_ == "be":
        # "the district's last offer was 3.5 percent": the figure of the copula's subject, as
        # "the district's offer of 3.5 percent" is the offer's
        head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                    head)
    slot = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}[label]
    qual, q_start = qualifier_before(doc, min(a, start_i))
    if qual is None and q_start == start_i:
        # "around 60%" tagged with its qualifier: the words just before the number (or its sign)
        first = a - 1 if a - 1 >= start_i and doc[a - 1].lower_ in W.CURRENCIES and not doc[a - 1].is_alpha else a
        inner, k = qualifier_before(doc, first)
        if inner is not None and k >= start_i:
            qual = inner
    start = doc[q_start].idx
    end_char = span.end_char - (1 if span[-1].text.endswith(".") and len(span[-1]) > 1 else 0)
    claim = make_claim(slot, head.lemma_.lower(), value, ctx.text[start:end_char], start,
                       end_char, sent, qualifier=qual, unit=unit, upper=upper)
    return claim, start_i, end_i


def _untagged_figures(sent: Span, taken: set[int], sums: frozenset[int] = frozenset()) -> list[Span]:
    """Sums and percentages the entity tagger missed, read from the tokens: a number after a
    currency sign ("£17.7billion"), before a currency word ("2.5m euros") or before a
    percent sign or word ("29 per cent")."""
    doc = sent.doc
    out: list[Span] = []
    k = sent.start
    while k < sent.end:
        ns = number_span(doc[k]) if k not in taken and (not doc[k].is_alpha or doc[k].like_num) else None
        if ns is None or any(i in taken for i in range(ns[0], ns[1])) or \
                any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and t.i not in sums
                    for t in doc[ns[0]:ns[1]]):
            k += 1
            continue
        a, b, _v = ns
        after = b + 1 if b < sent.end and doc[b].lower_.rstrip(".") in SCALE_SUFFIXES else b
        label, start, end = None, a, b
        if a > sent.start and doc[a - 1].lower_ in W.CURRENCIES and not doc[a - 1].is_alpha and a - 1 not in taken:
            label, start, end = "MONEY", a - 1, b
        elif after < sent.end and doc[after].lower_ in _CURRENCY_WORDS:
            label, end = "MONEY", after + 1
        elif b < sent.end and doc[b].lower_ in W.PERCENT_WORDS:
            label, end = "PERCENT", b + 1
        elif b + 1 < sent.end and doc[b].lower_ == "per" and doc[b + 1].lower_ == "cent":
            label, end = "PERCENT", b + 2
        elif b + 1 < sent.end and doc[b].lower_ in ("percentage", "basis") and doc[b + 1].lower_ in ("point", "points"):
            label, end = "PERCENT", b + 2
        if label is not None:
            out.append(Span(doc, start, end, label=label))
        k = max(b, k + 1)
    return out


def _join_ranges(claims: list[tuple[Claim, int, int]], sent: Span, ctx: ClaimContext) -> list[Claim]:
    """Two figures of one unit joined as a range ("from $400,000 to $10 million", tagged as
    two): one claim."""
    doc = ctx.doc
    claims = sorted(claims, key=lambda x: x[0].start)
    out: list[Claim] = []
    k = 0
    while k < len(claims):
        x, xa, xb = claims[k]
        if k + 1 < len(claims):
            y, ya, yb = claims[k + 1]
            if x.slot == y.slot and x.slot in ("money", "percent") and x.unit == y.unit and x.upper is None \
                    and y.upper is None and ya == xb + 1 and _is_link(doc, xb, xa, sent) \
                    and float(x.value) < float(y.value) and not is_change(doc, xa, sent, W.CURRENCIES):
                head = doc[xa:yb].root.head
                while head.dep_ in ("prep", "agent") and head.head is not head:  # "by 60%" in a passive: its verb
                    head = head.head
                out.append(make_claim(x.slot, head.lemma_.lower(), x.value, ctx.text[x.start:y.end], x.start, y.end, sent,
                                      qualifier=x.qualifier, unit=x.unit, upper=y.value))
                k += 2
                continue
        if k + 1 < len(claims) and claims[k + 1][1] == xb + 1 and _is_link(ctx.doc, xb, xa, sent):
            _change_subject(x, claims[k + 1][0], xa, sent, ctx)  # "from £20 to £45" of a change
        out.append(x)
        k += 1
    return out


# a broadcaster's frequency ("on 97.4 FM"), which the tagger often calls a sum: no figure of the news
_FREQUENCY_UNITS = frozenset({"fm", "mhz", "khz", "ghz"})


def _frequency(ent: Span) -> bool:
    """The entity is a radio frequency: a number and a band ("97.4 FM", "1458 kHz")."""
    return ent[-1].lower_ in _FREQUENCY_UNITS and any(number_span(t) for t in ent)


def quantity_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    found: list[tuple[Claim, int, int]] = []
    taken: set[int] = set()
    sums = frozenset(misread_dates(sent, W.CURRENCIES, W.PERCENT_WORDS))
    for ent in ctx.ents_in(sent):
        if ent.label_ not in ("MONEY", "PERCENT", "QUANTITY") or \
                (ent.label_ == "QUANTITY" and _CLOCK.fullmatch(ent.text.strip())) or _frequency(ent):
            continue
        for got in _figure_claim(ent, sent, ctx, sums):
            found.append(got)
            taken.update(range(got[1], got[2]))
    for span in _untagged_figures(sent, taken, sums):
        for got in _figure_claim(span, sent, ctx, sums):
            found.append(got)
            taken.update(range(got[1], got[2]))
    found.extend(fraction_points(sent, ctx, taken))
    found.extend(unit_sharing(found, sent, ctx, taken))
    return _join_ranges(found, sent, ctx)
