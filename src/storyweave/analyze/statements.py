"""Parts of one statement put back together: a quote split by its attribution."""

from __future__ import annotations

from storyweave.model import Quote


def group_statements(quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes grouped by statement: the parts of a quote split by its attribution.

    '“A,” she said, “B.”' gives two direct Quotes (the quoted words only) that share
    one cue, and so does "The plan, she said, will work." (two indirect parts); corpora
    such as PolNeAR annotate each as one attribution with a discontinuous content.
    Quotes sharing a cue are one group; every other quote is a group of its own. Text order.
    """
    groups: list[list[Quote]] = []
    by_cue: dict[tuple[int, bool], list[Quote]] = {}
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        if q.cue_start is not None:
            # quoted parts (direct, or a clause led into a quote: mixed) pair with each other,
            # the parts of a reported clause with each other
            key = (q.cue_start, q.kind == "indirect")
            group = by_cue.get(key)
            if group is not None:
                group.append(q)
                continue
            by_cue[key] = [q]
            groups.append(by_cue[key])
        else:
            groups.append([q])
    return groups
