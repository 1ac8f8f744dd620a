"""Language detection of article texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.ingest.language import UNKNOWN, detect_language

FIX = Path(__file__).resolve().parent / "fixtures" / "ingest"


@pytest.mark.parametrize(
    "name,lang",
    [("french_note.txt", "fr"), ("german_note.txt", "de"), ("bridge_vote.txt", "en"), ("harbour_fire.txt", "en")],
)
def test_fixture_languages(name: str, lang: str) -> None:
    assert detect_language((FIX / name).read_text(encoding="utf-8")) == lang


def test_short_texts() -> None:
    assert detect_language("La mairie a fermé la piscine pour tout l'été.") == "fr"
    assert detect_language("Die Brücke bleibt bis Ende des Monats gesperrt.") == "de"
    assert detect_language("The bridge will stay closed until the end of the month.") == "en"


def test_no_letters_is_unknown() -> None:
    assert detect_language("12:30 -- 4,500 / 17") == UNKNOWN


def test_only_the_beginning_is_read() -> None:
    text = (FIX / "bridge_vote.txt").read_text(encoding="utf-8")
    tail = " ".join(["Der Gemeinderat hat beschlossen, die Schule umzubauen."] * 400)
    assert detect_language(text * 6 + tail) == "en"
