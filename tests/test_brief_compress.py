"""Sentence compression for briefs (brief/compress.py) and how briefs use it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyweave.brief.compress import compress
from storyweave.brief.summarize import summarize
from storyweave.brief.text import tokens
from storyweave.model import Analysis, AnalyzedArticle, Article, Quote, Sentence


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


@pytest.mark.parametrize(
    "sentence, lead, expected",
    [
        # datelines before the lead, glued to it or not
        ("Tuesday, May 4, 2032 Floodwater reached the Tarrow market square.", True,
         "Floodwater reached the Tarrow market square."),
        ("Tuesday, May 4, 2032Floodwater reached the Tarrow market square.", True,
         "Floodwater reached the Tarrow market square."),
        ("TARROW, Westmarch – Floodwater reached the market square.", True, "Floodwater reached the market square."),
        ("Port Alder (Coast FM) — Floodwater reached the market square.", True, "Floodwater reached the market square."),
        ("PORT ALDER (Wire) _ Floodwater reached the market square.", True, "Floodwater reached the market square."),
        ("TARROW, Sept 16 (Wire) - Floodwater reached the market square.", True, "Floodwater reached the market square."),
        ("TARROW, Sept 16 - Floodwater reached the market square.", True, "Floodwater reached the market square."),
        ("NATO - the alliance - met in Tarrow on Monday.", True, "NATO - the alliance - met in Tarrow on Monday."),
        # a broadcaster's label where the dateline sits
        ("TARROW COAST RADIO | Floodwater reached the market square.", True, "Floodwater reached the market square."),
        ("Rain | wind | hail fell on Tarrow.", True, "Rain | wind | hail fell on Tarrow."),
        # a place dateline is only looked for where datelines sit
        ("TARROW, Westmarch – Floodwater reached the market square.", False,
         "TARROW, Westmarch – Floodwater reached the market square."),
        # short parentheticals go, the sentence's opening and quotations stay
        ("The quake struck at 04:12 local time (07:12 UTC) near Vell.", False, "The quake struck at 04:12 local time near Vell."),
        ("The Tarrow Seismic Office (TSO), said it was a 5.1 quake.", False, "The Tarrow Seismic Office, said it was a 5.1 quake."),
        ('The mayor ("we will rebuild") spoke on Monday.', False, 'The mayor ("we will rebuild") spoke on Monday.'),
        ("(Updated) The bridge reopened on Friday.", False, "(Updated) The bridge reopened on Friday."),
        # connectives pointing at a sentence the brief may not carry
        ("However, the bridge stayed closed until Friday.", False, "The bridge stayed closed until Friday."),
        ("In addition, two ferries were cancelled.", False, "Two ferries were cancelled."),
        # dashes inside a sentence are not datelines
        ("Ona Brill – the harbour master – said the port was safe.", True, "Ona Brill – the harbour master – said the port was safe."),
        ("* Eleven boats were lost in the storm.", False, "Eleven boats were lost in the storm."),
        # attribution is kept
        ("The dam held, according to the Tarrow water board.", False, "The dam held, according to the Tarrow water board."),
    ],
)
def test_compress(sentence, lead, expected):
    assert compress(sentence, lead=lead) == expected


@given(st.text(alphabet=st.sampled_from(list("abcXYZ019 ,.()–-\"“”*:")), max_size=120), st.booleans())
def test_compression_only_deletes_words(text, lead):
    text = " ".join(text.split())
    out = compress(text, lead=lead)
    assert is_subsequence([w.lower() for w in tokens(out)], [w.lower() for w in tokens(text)])
    assert len(out) <= len(text) or out == text


def _article(nlp, article_id: str, text: str, outlet: str, **extra) -> AnalyzedArticle:
    doc = nlp(text)
    analysis = Analysis(article_id=article_id, sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents], **extra)
    article = Article(id=article_id, text=text, outlet=outlet, published="2032-05-04", title="Floods reach Tarrow market")
    return AnalyzedArticle(article, analysis)


FLOOD_A = (
    "TARROW, Westmarch – Floodwater from the river Sallow reached the Tarrow market square (the old town) on Tuesday.\n\n"
    "Two hundred homes were evacuated by the Westmarch fire service overnight."
)
FLOOD_B = (
    "Floodwater from the river Sallow reached the Tarrow market square on Tuesday, forcing shops to close.\n\n"
    "Two hundred homes were evacuated overnight, the Westmarch fire service said."
)


def test_brief_shows_the_compressed_sentence_and_cites_the_whole_one(nlp):
    items = [_article(nlp, "fa", FLOOD_A, "Tarrow Herald"), _article(nlp, "fb", FLOOD_B, "Coast FM")]
    brief = summarize(items, words=60)
    lead = next(s for s in brief if s.citations[0].article == "fa" and "market square" in s.text)
    assert lead.text == "Floodwater from the river Sallow reached the Tarrow market square on Tuesday."
    cited = FLOOD_A[lead.citations[0].start : lead.citations[0].end]
    assert cited.startswith("TARROW") and "(the old town)" in cited  # the citation is the whole sentence
    assert {c.article for c in lead.citations} == {"fa", "fb"}  # and the other outlet says it too


def test_a_bare_quotation_gives_way_to_the_reported_fact(nlp):
    # the quotation is longer and says as much: only the quote penalty keeps it out
    a = "Ona Brill said the Tarrow harbour would reopen to ferries and fishing boats on Friday."
    b = '"The Tarrow harbour would reopen to the ferries and the fishing boats on Friday, at last."'
    quote = Quote(text=b, start=0, end=len(b), kind="direct", cue="", speaker=None, speaker_name="Ona Brill")
    items = [_article(nlp, "qa", b, "Coast FM", quotes=[quote]), _article(nlp, "qb", a, "Tarrow Herald")]
    brief = summarize(items, words=17)
    assert [s.citations[0].article for s in brief] == ["qb"]


def test_a_sentence_opening_on_a_pronoun_gives_way_to_one_that_names_its_subject(nlp):
    a = "He said on Monday that the Tarrow harbour would reopen to ferries and fishing boats on Friday morning."
    b = "Ona Brill said the Tarrow harbour would reopen to ferries and fishing boats on Friday."
    items = [_article(nlp, "pa", a, "Coast FM"), _article(nlp, "pb", b, "Tarrow Herald")]
    brief = summarize(items, words=18)
    assert [s.citations[0].article for s in brief] == ["pb"]
