"""What the first characters of a regular expression's matches can be.

`match_prefixes(pattern, k)` reads a compiled pattern's syntax tree and lists what
the first `k` characters of every match of `pattern` can be; `trie_regex` writes
them as one regex (no groups, no look-arounds). The list may admit a start where
`pattern` then fails, never leave out one where it matches: look-arounds and
anchors are skipped, and an element it cannot read ends the prefix there
(anything may follow). The time-expression
scanner uses it to try its rules only where they can start (`timex_rules.scan`).

Reads the standard library's regex parser (`re._parser`, Python 3.11+); on any
surprise it gives None and the caller tries the pattern everywhere.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover - other interpreters: no prefixes, same results
    C = P = None  # type: ignore[assignment]

_CATEGORIES = {}
if C is not None:
    _CATEGORIES = {
        C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
        C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
    }
MAX_PREFIXES = 4000  # beyond this many distinct prefixes, stop lengthening them

# A prefix: a tuple of one-character regexes, and whether more may be required after it
# (open: the match may go on with the rest of the pattern) or not (closed: cut short).
Prefixes = set[tuple[tuple[str, ...], bool]]


class _Unreadable(Exception):
    pass


def _char(code: int) -> str:
    return re.escape(chr(code))


def _one_char(op: Any, av: Any) -> str:
    """A regex for one character, the same test as the parsed element (same flags apply)."""
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    parts = []
    for iop, iav in av:  # op is C.IN
        if iop is C.NEGATE:
            parts.insert(0, "^")
        elif iop is C.LITERAL:
            parts.append(_char(iav))
        elif iop is C.RANGE:
            parts.append(_char(iav[0]) + "-" + _char(iav[1]))
        elif iop is C.CATEGORY and iav in _CATEGORIES:
            parts.append(_CATEGORIES[iav])
        else:
            raise _Unreadable
    return "[" + "".join(parts) + "]"


def _concat(head: Prefixes, tail: Prefixes, k: int) -> Prefixes:
    out: Prefixes = set()
    for t, open_ in head:
        if not open_ or len(t) >= k:
            out.add((t, False))
            continue
        for u, open2 in tail:
            s = t + u
            out.add((s[:k], False) if len(s) >= k else (s, open2))
    if len(out) > MAX_PREFIXES:
        raise _Unreadable
    return out


def _sequence(items: Any, k: int) -> Prefixes:
    cur: Prefixes = {((), True)}
    for op, av in items:
        if all(not o or len(t) >= k for t, o in cur):
            break
        try:
            nxt = _element(op, av, k)
        except _Unreadable:
            return {(t, False) for t, _ in cur}  # cut short: anything may follow
        if nxt is not None:
            cur = _concat(cur, nxt, k)
    return cur


def _element(op: Any, av: Any, k: int) -> Prefixes | None:
    """Prefixes of one parsed element; None for zero-width ones."""
    if op in (C.LITERAL, C.NOT_LITERAL, C.IN):
        return {((_one_char(op, av),), True)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return None  # zero width: skipping the test only widens the prefixes
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unreadable  # inline flags would change what a character matches
        return _sequence(av[-1], k)
    if op is C.BRANCH:
        out: Prefixes = set()
        for alt in av[1]:
            out |= _sequence(alt, k)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        lo, hi, body = av
        once = _sequence(body, k)
        if any(not t for t, _ in once):
            raise _Unreadable  # a body that may match nothing
        out = {((), True)} if lo == 0 else set()
        acc: Prefixes = {((), True)}
        # every repetition takes at least one character: k of them fill the prefix
        for n in range(1, min(hi, k) + 1):
            acc = _concat(acc, once, k)
            if n >= lo:
                out |= acc
        return out if lo <= k else acc
    raise _Unreadable  # back-references, ANY, atomic groups, ...


def trie_regex(prefixes: set[tuple[str, ...]]) -> str:
    """One regex for a set of prefixes, factored as a trie (fast to reject a start)."""
    tree: dict = {}
    for t in prefixes:
        node = tree
        for item in t:
            node = node.setdefault(item, {})
        node[None] = {}

    def emit(node: dict) -> str:
        alts = [item + emit(node[item]) for item in sorted(i for i in node if i is not None)]
        if not alts:
            return ""
        return "(?:" + "|".join(alts) + ")" + ("?" if None in node else "")

    return emit(tree)


def match_prefixes(pattern: re.Pattern[str], k: int) -> set[tuple[str, ...]] | None:
    """The starts of every match of `pattern`, read `k` characters deep, as tuples of
    one-character regexes (to compile with `pattern.flags`); None when any start is
    possible or the pattern cannot be read."""
    if P is None:
        return None
    try:
        prefixes = {t for t, _ in _sequence(P.parse(pattern.pattern, pattern.flags).data, k)}
    except Exception:  # an unexpected tree: no prefix, the caller tries everywhere
        return None
    if not prefixes or () in prefixes:
        return None
    return prefixes
