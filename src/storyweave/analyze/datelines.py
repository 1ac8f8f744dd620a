"""Datelines: "WASHINGTON (AP) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "PELWORTH, June 5 - ",
and a broadcaster's label in the same place: "RIVERSIDE RADIO NEWS | ".

A dateline opens a paragraph with the place (or the station) in capitals, maybe a date and the
agency, then a dash or a vertical bar. It says where and when the copy was filed, not what happened: no quote runs over it and
no claim is read from it.
"""

from __future__ import annotations

import re

DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,[^\n—–(|]{1,40})?\s*(?:\([^)\n]{1,30}\))?\s*(?:[—–-]{1,2}|\|)\s+")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dateline opening a paragraph of `text`."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
    spans = []
    for s in starts:
        m = DATELINE.match(text, s)
        if m:
            spans.append((m.start(), m.end()))
    return spans
