"""Round 29 speaker finding (round 36 of quotes): speaker batch 33 of tests/speaker_probe_cases.py
-- photo captions and TV news scripts, celebrity and entertainment gossip (a source close to the couple,
an insider, a rep: no name), affidavits, charging documents and lawsuits (a complaint, prosecutors, a
detective's affidavit, a lawyer in apposition), investigative pieces (records obtained by, officials
with knowledge of the matter), horse racing and motor sport (jockeys, trainers, drivers, team
principals) -- and the rules it led to, each tested on fictional variants with what each must leave
alone."""

from __future__ import annotations

from probe_views import who as _who
from speaker_probe_cases import CASES


def test_batch_33_is_in_the_list():
    assert sum(c.batch == 33 for c in CASES) >= 20


def test_a_tv_script_tag_leaves_the_label_to_name_and_role(quotes_of):
    text = "SOT: Mayor Ines Varga: \u201cWe have never seen the river this high.\u201d"
    assert _who(quotes_of, text) == [("Mayor Ines Varga", "Ines Varga", "Mayor")]
