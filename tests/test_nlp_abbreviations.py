"""Abbreviated titles written with a full stop ("Sgt.", "Det.", "Supt.") stay one token, so the
parser does not end a sentence at the full stop. Every sentence here is invented."""

from __future__ import annotations

from storyweave.analyze.nlp import load_nlp, pipeline_tag


def _sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_a_rank_abbreviation_ends_no_sentence(nlp):
    assert _sentences(nlp, "Police said Sgt. Ann Roe was first at the scene. She said the door was open.") == [
        "Police said Sgt. Ann Roe was first at the scene.", "She said the door was open."]
    assert _sentences(nlp, "The officer, Det. Sgt. Ann Roe, said the car was stolen.") == [
        "The officer, Det. Sgt. Ann Roe, said the car was stolen."]
    assert _sentences(nlp, "Supt. Mark Lee and Insp. Ray Roe said the road would reopen.") == [
        "Supt. Mark Lee and Insp. Ray Roe said the road would reopen."]


def test_the_abbreviation_is_one_token_with_its_full_stop(nlp):
    words = [t.text for t in nlp("Capt. Ann Roe met Cpl. Dan Ode and Lt. Col. Jim Fox.")]
    assert words[:3] == ["Capt.", "Ann", "Roe"]
    assert "Cpl." in words and "Lt." in words and "Col." in words


def test_a_full_stop_after_an_ordinary_word_still_ends_a_sentence(nlp):
    assert _sentences(nlp, "The ferry left at noon. Ann Roe said it was full.") == [
        "The ferry left at noon.", "Ann Roe said it was full."]


def test_the_speaker_behind_a_dotted_rank(quotes_of):
    text = ("The van was found on Tuesday. Det. Sgt. Ann Roe told reporters it had been burnt out. "
            "\u201cWe are looking for two men,\u201d said Supt. Ray Ode.")
    assert [(q.speaker, q.speaker_name) for q in quotes_of(text)] == [
        ("Det. Sgt. Ann Roe", "Ann Roe"), ("Supt. Ray Ode", "Ray Ode")]


def test_bench_caches_are_keyed_by_the_tokenizer_revision():
    assert pipeline_tag(load_nlp()).endswith("-tok1")
