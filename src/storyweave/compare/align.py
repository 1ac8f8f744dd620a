"""Aligning the claims of a story's articles: same slot, same subject, same unit.

Subjects are matched loosely: a person by name ("PC Jane Roe", "Jane Roe"
and, when it names only one of them, "Roe" are one person), the event by its
kind ("attack", "incident" -> the article's main event); a subject named by its
words ("swat team arrive") only by the same words. A count for one place ("in
Aceh", "at the Velm bar") is grouped apart from counts for other places or for
all, and each count carries the day its sentence dates it to (`Entry.day`). Each
aligned group gets its verdict from `verdict.judge`.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from storyweave.analyze.claim_words import EVENT_GROUPS
from storyweave.analyze.claims import canonical_name
from storyweave.compare.verdict import (
    COUNT_SLOTS,
    FIGURE_SLOTS,
    SLOT_ORDER,
    VERDICT_ORDER,
    Entry,
    age_shifts,
    judge,
)
from storyweave.model import AnalyzedArticle, Claim, Comparison, ComparedValue

EVENT_SUBJECTS = set(EVENT_GROUPS.values()) | {"event"}
# Slots whose subject is the event; every other slot is about a person or a thing.
EVENT_SLOTS = {"killed", "injured", "missing", "arrested", "evacuated", "time", "date", "where", "vehicles",
               "weapons"}


def _is_event_claim(claim: Claim) -> bool:
    return claim.slot in EVENT_SLOTS and claim.subject in EVENT_SUBJECTS and claim.unit != "years"


class _Names:
    """Groups person names that refer to the same person across articles."""

    def __init__(self, names: set[str]) -> None:
        self.key: dict[str, str] = {}
        # the shortest full name without initials names the group: "Jane Roe", not "PC Jane Roe"
        full = sorted((n for n in names if len(n.split()) > 1),
                      key=lambda n: (any(len(t.rstrip(".")) == 1 for t in n.split()), len(n), n))
        for name in full:  # (in a fixed order: a set's order varies from process to process)
            self.key[name] = next((k for k in dict.fromkeys(self.key.values()) if _same_person(name, k)), name)
        for name in names - set(full):
            # a bare surname joins a full name only when it names exactly one person
            owners = {self.key[f] for f in full if f.split()[-1].lower() == name.lower()}
            self.key[name] = owners.pop() if len(owners) == 1 else name

    def __call__(self, name: str) -> str:
        return self.key.get(name, name)


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.lower().split(), b.lower().split()
    if ta[-1] != tb[-1]:
        return False
    if ta[-len(tb):] == tb or tb[-len(ta):] == ta:  # "Driver Oskar Lindqvist" / "Oskar Lindqvist"
        return True
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return True
    # first names equal, or one an initial of the other
    return fa[0] == fb[0] or fa[0][0] == fb[0][0] and (len(fa[0].rstrip(".")) == 1 or len(fb[0].rstrip(".")) == 1)


def _is_phrase(subject: str) -> bool:
    """A subject named by its words ("swat team arrive"), not a person's name: it meets only
    the same words in another report ("team arrive" is another team)."""
    return subject == subject.lower()


def _place_key(place: str | None) -> str | None:
    """A place as a key: "the Velm Concert Hall" and "Velm concert hall" are one place."""
    if place is None:
        return None
    words = place.lower().replace(" - ", "-").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words) or None


def _same_places(keys: set[str]) -> dict[str, str]:
    """Places of one story named more or less fully ("velm", "velm concert hall", "concert
    hall") -> one key: the shortest name that starts or ends the longer ones, when all the
    names it would take are names of one place (no "hall" for two different halls)."""
    def extends(longer: str, shorter: str) -> bool:
        return longer.startswith(shorter + " ") or longer.endswith(" " + shorter)

    def related(a: str, b: str) -> bool:
        return a == b or extends(a, b) or extends(b, a)

    out: dict[str, str] = {}
    for key in keys:
        fits = [k for k in keys if extends(key, k)
                and all(related(x, y) for x in keys if extends(x, k) for y in keys if extends(y, k))]
        out[key] = min(fits, key=len) if fits else key
    return out


_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-\d{2}-\d{2}|XXXX-WXX-[1-7])(?![\d-])")


def _count_days(item: AnalyzedArticle) -> dict[tuple[int, int], str]:
    """The day each sentence of an article dates its counts to, when it names just one.

    The days of its event dates (`date` claims) first, else of the day expressions in
    it ("in raids on Monday", "as of March 3"): two counts of two days are counts of two
    happenings (raid after raid), or a figure at two times, never one figure twice.
    """
    claims = item.analysis.claims
    days: dict[tuple[int, int], set[str]] = {}
    for c in claims:
        if c.slot == "date" and _DAY.match(str(c.value)):
            days.setdefault((c.sentence_start, c.sentence_end), set()).add(_DAY.match(str(c.value)).group(1))
    spans = {(c.sentence_start, c.sentence_end) for c in claims if c.slot in COUNT_SLOTS} - days.keys()
    for lo, hi in spans:
        found = {m.group(1) for t in item.analysis.timexes if t.type == "DATE" and lo <= t.start < hi
                 and t.value and (m := _DAY.match(t.value))}
        if found:
            days[(lo, hi)] = found
    return {span: next(iter(d)) for span, d in days.items() if len(d) == 1}


def _compared_value(item: AnalyzedArticle, claim: Claim) -> ComparedValue:
    art = item.article
    return ComparedValue(
        value=claim.value, display=claim.display, article=art.id, outlet=art.outlet,
        sentence=art.text[claim.sentence_start:claim.sentence_end].strip(),
        start=claim.start, end=claim.end, qualifier=claim.qualifier, scope=list(claim.scope),
        published=art.published,
    )


def _merge_same_clock(groups: dict[tuple[str, str, str | None, str | None], list[Entry]]) -> None:
    """A time given in GMT by one outlet and as a bare clock time by another ("14:40 GMT",
    "2.40pm"): the same time in a country on GMT, so the two groups agree when every value is
    one and the same. Different values stay apart: local time may be hours off GMT."""
    for key in [k for k in groups if k[0] == "time" and k[2] == "UTC"]:
        local = (key[0], key[1], "local", key[3])
        if local in groups and key in groups and len(
                {str(e.claim.value) for e in groups[key] + groups[local]}) == 1:
            groups[local].extend(groups.pop(key))


NEAR_WORDS = 6  # words each side of a figure that say what it measures
_NEAR_WORD = re.compile(r"[a-z][a-z'-]+")


def _distinctive(value: float) -> bool:
    """A figure two outlets are unlikely to give for two different things: three significant
    digits or more (4.99%, 412 million), or two that do not end in 0 or 5 (18 million)."""
    digits = f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0").lstrip("0")
    return len(digits) >= 3 or len(digits) == 2 and digits[-1] not in "05"


def _near_words(entry: Entry) -> set[str]:
    """Content words within NEAR_WORDS of the figure in its sentence."""
    sentence, offset = entry.value.sentence.lower(), entry.claim.sentence_start
    before = _NEAR_WORD.findall(sentence[:max(0, entry.claim.start - offset)])[-NEAR_WORDS:]
    after = _NEAR_WORD.findall(sentence[max(0, entry.claim.end - offset):])[:NEAR_WORDS]
    return {w for w in before + after if w not in STOP_WORDS and len(w) > 2}


def _merge_same_figures(groups: dict[tuple[str, str, str | None, str | None], list[Entry]]) -> None:
    """Sums and percentages that outlets give for what they name in other words ("a budget
    of 412 million pounds", "a 412 million pound spending plan"): groups of one and the same
    distinctive figure join when the words around the figures share one, so the outlets are
    shown agreeing instead of each alone. Only equal figures join: no conflict comes of it."""
    buckets: dict[tuple, list[tuple[str, str, str | None, str | None]]] = {}
    for key, entries in groups.items():
        if key[0] not in FIGURE_SLOTS:
            continue
        values = {(e.claim.value, e.claim.upper) for e in entries}
        if len(values) != 1:
            continue
        value, upper = next(iter(values))
        if isinstance(value, (int, float)) and _distinctive(float(value)):
            buckets.setdefault((key[0], key[2], key[3], value, upper), []).append(key)
    for keys in buckets.values():
        if len(keys) < 2:
            continue
        # the largest group names the merged one (ties: the first seen)
        keys.sort(key=lambda k: -len(groups[k]))
        near = {k: set().union(*(_near_words(e) for e in groups[k])) for k in keys}
        home = keys[0]
        for key in keys[1:]:
            if near[key] & near[home]:
                groups[home].extend(groups.pop(key))
                near[home] |= near[key]


def _merge_place_counts(groups: dict[tuple[str, str, str | None, str | None], list[Entry]]) -> None:
    """A count for one place that only repeats figures the story's counts for all places
    give ("two people died at the warehouse", "two people died"): the same count, told with
    its venue, so it joins them. A count for one place with a figure of its own stays
    apart: it may be a part of the whole (a toll in one province, a hospital's patients)."""
    for key in [k for k in groups if k[0] in COUNT_SLOTS and k[3] is not None]:
        whole = (key[0], key[1], key[2], None)
        if whole not in groups or key not in groups:
            continue
        told = {(e.claim.value, e.claim.upper) for e in groups[whole]}
        if all((e.claim.value, e.claim.upper) in told for e in groups[key]):
            groups[whole].extend(groups.pop(key))


def compare_story(items: list[AnalyzedArticle]) -> list[Comparison]:
    """Group the claims of a story's articles by slot and subject and give each group a verdict."""
    pairs = [(item, claim) for item in items for claim in item.analysis.claims]
    # an article that names no kind of event speaks of the story's event
    kinds = Counter(c.subject for _, c in pairs if _is_event_claim(c) and c.subject != "event")
    story_event = kinds.most_common(1)[0][0] if kinds else "event"
    names = _Names({canonical_name(c.subject) for _, c in pairs
                    if not _is_event_claim(c) and c.slot not in ("money", "percent", "quantity")
                    and c.subject != "attacker" and not _is_phrase(c.subject)})
    # a count for one place ("in Aceh", "at the Velm bar") is another quantity than the count
    # for all places, or for another place
    places = _same_places({k for _, c in pairs for s in c.scope if s.startswith("in ")
                           and (k := _place_key(s[3:]))})
    days = {item.article.id: _count_days(item) for item in items}

    groups: dict[tuple[str, str, str | None, str | None], list[Entry]] = {}
    seen: dict[tuple[str, str, str, str, float | None, str | None, tuple[str, ...]], Entry] = {}
    for item, claim in pairs:
        if _is_event_claim(claim):
            subject = story_event if claim.subject == "event" else claim.subject
        elif claim.slot in ("money", "percent", "quantity") or claim.subject == "attacker" \
                or _is_phrase(claim.subject):
            subject = claim.subject
        else:
            subject = names(canonical_name(claim.subject))
        place = _place_key(next((s[3:] for s in claim.scope if s.startswith("in ")), None))
        place = places.get(place, place) if place else None
        key = (claim.slot, subject, claim.unit, place)
        # the same number with other scope words ("39 fans", "39 people") is another claim
        dedupe = (item.article.id, claim.slot, subject, str(claim.value), claim.upper, claim.unit,
                  tuple(sorted(claim.scope)))
        if dedupe in seen:  # one value per article: the first sentence that states it
            seen[dedupe].repeats.append((claim, _compared_value(item, claim)))
            continue
        entry = Entry(claim=claim, value=_compared_value(item, claim), article=item.article.id,
                      published=item.article.published,
                      day=days[item.article.id].get((claim.sentence_start, claim.sentence_end))
                      if claim.slot in COUNT_SLOTS else None)
        seen[dedupe] = entry
        groups.setdefault(key, []).append(entry)

    _merge_same_clock(groups)
    _merge_same_figures(groups)
    _merge_place_counts(groups)
    # undated articles written years apart give the same people other ages
    shifts = age_shifts([(key[1], e) for key, entries in groups.items() if key[0] == "age" for e in entries])
    out: list[Comparison] = []
    for (slot, subject, _unit, _place), entries in groups.items():
        out.extend(judge(slot, subject, entries, shifts if slot == "age" else None))
    out.sort(key=lambda c: (VERDICT_ORDER[c.verdict], SLOT_ORDER.get(c.slot, len(SLOT_ORDER)), c.subject))
    return out
