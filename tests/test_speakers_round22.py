"""Round 22 speaker finding (session 29): speaker batch 26 of tests/speaker_probe_cases.py --
honorific titles before a name, speakers set off by an aside, a cue before a colon, "According
to a survey by X," -- and the rules it led to, each tested on fictional variants with what each
rule must leave alone."""

from __future__ import annotations

from speaker_probe_cases import CASES


def test_batch_26_is_in_the_list():
    assert sum(c.batch == 26 for c in CASES) >= 10
