"""The time-expression scanner tries each rule only where it can start: it must find
exactly what running every rule's regex over the whole text finds."""

from __future__ import annotations

import random
import re

from storyweave.analyze import timex_rules
from storyweave.analyze.regex_prefix import match_prefixes, trie_regex
from storyweave.analyze.timex_rules import RULES, Match, scan


def _scan_everywhere(text: str) -> list[Match]:
    """The scanner as it was: every rule's `finditer` over the whole text."""
    out = []
    for name, pattern, handler in RULES:
        for m in pattern.finditer(text):
            try:
                sem = handler(m, text)
            except (ValueError, KeyError, IndexError, TypeError):
                sem = None
            if sem is not None:
                out.append(Match(m.start(), m.end(), sem, name))
    return out


# Fictional news lines, written for this test.
TEXTS = [
    "The Harlow Street depot fire began at about 2.45pm on Monday, March 9, and burned until midnight.",
    "Two days later, on the 12th of March 2026, the council met for four hours; a vote is due next week.",
    "Revenue for the year ended March 31 rose 4% from the year-ago quarter, the third-quarter report said.",
    "She was 48-year-old at the time; in the early hours of Sunday, 11:39 local time (14:39 UTC), it struck.",
    "Mondays and every other week since the 1990s, the Daily Tribune has printed twice a day, now weekly.",
    "Between 1996 and 2004, thirty-three months ago, two to three weeks earlier, the summer of 2019.",
    "",
    "9:47",
]
WORDS = ("the a an last next this past early late mid about 1 12 2016 1990s 3:45 10.30 pm a.m. GMT "
         "Monday Mondays March May may Sept. 22nd of year years-old year-old old week days ago later "
         "twenty-three hundred quarter first-quarter fiscal half summer fall tonight morning o'clock "
         "noon daily Daily times once twice per now recently future the past ’90s '98 12/3/98 "
         "2016-03-04 1445 hrs İ ſ K – - , . ( ) \" ' ’").split()


def _generated(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(WORDS)
            word = word.upper() if rng.random() < 0.15 else word.capitalize() if rng.random() < 0.3 else word
            parts.append(word + rng.choice([" ", " ", "", "-", "\n", ", "]))
        out.append("".join(parts))
    return out


def test_scan_finds_what_every_rule_everywhere_finds() -> None:
    for text in TEXTS + _generated(600):
        assert list(scan(text)) == _scan_everywhere(text), text


def test_scan_same_at_any_prefix_depth(monkeypatch) -> None:
    texts = TEXTS + _generated(150, seed=5)
    for depth in (1, 2, 8):
        monkeypatch.setattr(timex_rules, "PREFIX_DEPTH", depth)
        monkeypatch.setattr(timex_rules, "_STARTS", None)
        for text in texts:
            assert list(scan(text)) == _scan_everywhere(text), (depth, text)


def test_scanner_reads_every_rule() -> None:
    # a rule the prefix reader gives up on still works (through finditer), but slowly
    assert set(timex_rules._starts_finder().rules) == set(range(len(RULES)))


def test_prefixes_admit_every_match_start() -> None:
    patterns = [r"(?:the\s+)?(\d{1,2})(?:st|nd)?\s+(may|june)", r"(a|an)\s+(day|week)s?",
                r"(\d)([/.])\d\2\d", r"x*y+z", r"(?<=\bon\s)fri(?:day)?"]
    rng = random.Random(3)
    alphabet = "the 12st nd may June a an day weeks / . x y z on fri friday"
    for source in patterns:
        pattern = re.compile(source, re.I)
        prefixes = match_prefixes(pattern, 3)
        assert prefixes is not None
        guard = re.compile(trie_regex(prefixes), re.I)
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
            for m in pattern.finditer(text):
                assert guard.match(text, m.start()), (source, text, m.start())


def test_unreadable_patterns_have_no_prefix() -> None:
    assert match_prefixes(re.compile(r"a?"), 3) is None  # may match nothing
    assert match_prefixes(re.compile(r"(?:x|)y"), 3) is not None
    assert match_prefixes(re.compile(r".b"), 3) is None  # any first character
