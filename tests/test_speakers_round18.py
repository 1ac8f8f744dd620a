"""Round 18 speaker finding (session 24): the forms speaker batch 22 of
tests/speaker_probe_cases.py found missing, each tested on fictional variants with what each
rule must leave alone: a body named again by a description with a modifier noun ("the water
company", "the rail operator") resolves only to a body whose name fits it, and the agency in a
dateline is no body its officials serve."""

from __future__ import annotations

from quote_checks import speakers_of


def test_a_described_body_resolves_only_to_a_body_that_fits(quotes_of):
    text = ("Tarn Paper Mills said a pipe had burst. The water company said the river was safe.")
    assert speakers_of(quotes_of, text)[1] == ("The water company", None, None)
    text = ("Tarn Paper Mills said a pipe had burst. Orbe Valley Water said it was testing the river. "
            "The water company said the river was safe.")
    assert speakers_of(quotes_of, text)[2] == ("The water company", "Orbe Valley Water", None)
    # a plain "the company" is still the business named last
    text = "Tarn Paper Mills said a pipe had burst. The company said no one was hurt."
    assert speakers_of(quotes_of, text)[1] == ("The company", "Tarn Paper Mills", None)


def test_a_datelines_agency_is_no_body_of_officials(quotes_of):
    text = "ASHFORD BAY (Newsline) - The harbour will stay shut until May, officials said."
    assert speakers_of(quotes_of, text) == [("officials", None, None)]
