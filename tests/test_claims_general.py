"""Claims the planted-pair benchmark found missing on single news articles (PolNeAR train):
ages said in passing under a modal, ages of people named by one word, counts in the
perfect, in a gapped passive, with a result ("shot dead") or a revised toll, and a clock
time the parser hangs on a far reporting verb.

Fixture texts are fictional; the last test builds its parse by hand, so that it checks
the repair whatever the statistical parser makes of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.analyze.claim_context import ClaimContext
from storyweave.analyze.claim_when import when_claims
from storyweave.compare.align import compare_story
from storyweave.model import Analysis, AnalyzedArticle, Article, Timex

from test_claims import claims_of, only


def test_age_in_passing_is_not_hedged_by_the_clause_modal(nlp) -> None:
    claims = claims_of(nlp, "Mara Quell, 34, could become the party's candidate in the autumn.")
    assert only(claims, "age", subject="Mara Quell").hedge is None
    claims = claims_of(nlp, "The 51-year-old driver may have fallen asleep at the wheel, officers said.")
    for c in claims:
        if c.slot == "age":
            assert c.hedge is None


def test_age_as_predicate_keeps_the_hedge(nlp) -> None:
    claims = claims_of(nlp, "Investigators think that Pell Anvik was 34 when he vanished from the harbour.")
    ages = [c for c in claims if c.slot == "age"]
    assert all(c.hedge for c in ages), [(c.subject, c.value, c.hedge) for c in ages]


def test_hedged_age_in_passing_still_conflicts_across_outlets(nlp) -> None:
    texts = {"a": "Mara Quell, 34, could become the party's candidate in the autumn.",
             "b": "Mara Quell, 41, could become the party's candidate in the autumn."}
    items = []
    for aid, text in texts.items():
        claims = claims_of(nlp, text)
        items.append(AnalyzedArticle(Article(id=aid, text=text, outlet=f"Outlet {aid}", published="2031-05-14"),
                                     Analysis(article_id=aid, claims=claims)))
    ages = [c for c in compare_story(items) if c.slot == "age"]
    assert [c.verdict for c in ages] == ["conflict"], [(c.subject, c.verdict) for c in ages]


def test_age_of_a_relative_named_by_one_word(nlp) -> None:
    claims = claims_of(nlp, "The gunman killed four worshippers, including her son, 26-year-old Tobiah.")
    assert only(claims, "age", value=26).subject == "Tobiah"
    claims = claims_of(nlp, "She posted a photo of her son, Tobiah, 6, who was born in the spring.")
    assert only(claims, "age", value=6).subject == "Tobiah"


def test_full_name_with_age_before_its_verb(nlp) -> None:
    claims = claims_of(nlp, "Odile Varnaz, 26, is accused of planning the raid on the depot.")
    assert only(claims, "age", value=26).subject == "Odile Varnaz"


def test_count_in_the_perfect_is_active(nlp) -> None:
    claims = claims_of(nlp, "Security forces have killed more than 400 protesters in the Velmar region.")
    c = only(claims, "killed")
    assert (c.value, c.qualifier) == (400, "more than")


def test_count_in_a_gapped_passive(nlp) -> None:
    claims = claims_of(nlp, "In the attack on the market, 84 were killed and roughly 200 wounded.")
    assert only(claims, "killed").value == 84
    c = only(claims, "injured")
    assert (c.value, c.qualifier) == (200, "about")


def test_count_with_a_result_and_a_revised_toll(nlp) -> None:
    assert only(claims_of(nlp, "Later that day soldiers shot 41 people dead in the square."), "killed").value == 41
    assert only(claims_of(nlp, "The agency raised the death toll from the flood to 267."), "killed").value == 267
    # shot, not killed: no count of the dead
    assert not [c for c in claims_of(nlp, "The gunman shot two people before he fled.") if c.slot == "killed"]


def test_a_count_of_years_is_no_count_of_people(nlp) -> None:
    claims = claims_of(nlp, "She was gravely wounded five years ago in a shooting at a market.")
    assert not [c for c in claims if c.slot in ("injured", "killed")]


def test_clock_time_hung_on_a_far_reporting_verb_dates_the_event_just_before(nlp) -> None:
    # "Officials said the convoy was loaded when it struck the bridge about 10:30 p.m."
    # with the parse the statistical parser sometimes gives: "p.m." on "said"
    words = ["Officials", "said", "the", "convoy", "was", "loaded", "when", "it", "struck", "the", "bridge",
             "about", "10:30", "p.m.", "."]
    heads = [1, 1, 3, 5, 5, 1, 8, 8, 5, 10, 8, 12, 13, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "advmod", "nsubj", "advcl", "det", "dobj",
            "advmod", "nummod", "npadvmod", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN", "ADV", "NUM",
           "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "VBD", "VBN", "WRB", "PRP", "VBD", "DT", "NN", "RB", "CD", "NN", "."]
    lemmas = ["official", "say", "the", "convoy", "be", "load", "when", "it", "strike", "the", "bridge", "about",
              "10:30", "p.m.", "."]
    spaces = [True] * 13 + [False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    start = doc.text.index("about 10:30 p.m.")
    tx = Timex("about 10:30 p.m.", start, start + len("about 10:30 p.m."), "TIME", "2031-05-14T22:30")
    ctx = ClaimContext(doc, [], [], [tx], "2031-05-14")
    claims = when_claims(doc[:], ctx)
    assert [(c.slot, c.value) for c in claims] == [("time", "2031-05-14T22:30")]
    # a time on the reporting verb itself, with no event verb before it, dates nothing
    doc2 = Doc(nlp.vocab, words=["Officials", "said", "at", "10:30", "p.m.", "that", "it", "was", "over", "."],
               heads=[1, 1, 1, 4, 2, 7, 7, 1, 7, 1],
               deps=["nsubj", "ROOT", "prep", "nummod", "pobj", "mark", "nsubj", "ccomp", "acomp", "punct"],
               pos=["NOUN", "VERB", "ADP", "NUM", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
               lemmas=["official", "say", "at", "10:30", "p.m.", "that", "it", "be", "over", "."])
    start = doc2.text.index("10:30 p.m.")
    tx2 = Timex("10:30 p.m.", start, start + len("10:30 p.m."), "TIME", "2031-05-14T22:30")
    assert when_claims(doc2[:], ClaimContext(doc2, [], [], [tx2], "2031-05-14")) == []


def test_headline_in_capitals_is_read_in_lower_case(nlp) -> None:
    text = "Harbour news\n\nAT LEAST 10 KILLED IN DEADLY DOCK EXPLOSION\nOfficials said the blast tore through a shed."
    c = only(claims_of(nlp, text), "killed")
    assert (c.value, c.qualifier, c.subject) == (10, "at least", "explosion")
    assert text[c.start:c.end].startswith("AT LEAST 10")  # offsets into the text as written
    text = "TWO DEAD, 16 INJURED IN NIGHTCLUB SHOOTING\nThe club stays shut."
    claims = claims_of(nlp, text)
    assert only(claims, "killed").value == 2
    assert only(claims, "injured").value == 16
    assert not [c for c in claims if c.slot == "arrested"]
    claims = claims_of(nlp, "6 DEAD, 16 INJURED IN NIGHTCLUB SHOOTING\nThe club stays shut.")
    assert (only(claims, "killed").value, only(claims, "injured").value) == (6, 16)
    # a line in capitals that counts nobody gives nothing
    assert claims_of(nlp, "AGENCY TO LAUNCH THIRD PROBE NEXT YEAR\nIt will fly.") == []


def test_headline_passive_without_its_auxiliary(nlp) -> None:
    c = only(claims_of(nlp, "Five people killed in bus crash near the border, police say."), "killed")
    assert (c.value, c.subject) == (5, "crash")
    # an active verb with its object counts the object, not the subject
    assert [c.value for c in claims_of(nlp, "Three gunmen killed two guards.") if c.slot == "killed"] == [2]


def test_count_the_parser_took_for_the_next_subject(nlp) -> None:
    claims = claims_of(nlp, "The attacks in Tarn that killed at least 128 people were an act of war, the mayor said.")
    c = only(claims, "killed")
    assert (c.value, c.qualifier, c.subject) == (128, "at least", "attack")


def test_day_of_going_missing_and_of_what_an_event_caused(nlp) -> None:
    text = "Divers are searching for the airliner which went missing March 8 en route from Oslo to Lisbon."
    claims = claims_of(nlp, text, timexes=[_tx(text, "March 8", "2031-03-08")])
    assert only(claims, "date").value == "2031-03-08"
    text = "The town will recover from the damage caused by the earthquake and tsunami on March 11."
    claims = claims_of(nlp, text, timexes=[_tx(text, "March 11", "2031-03-11")])
    c = only(claims, "date")
    assert (c.subject, c.value) == ("earthquake", "2031-03-11")
    # what a person caused is no event's day
    text = "The town will recover from the damage caused by the mayor's plan on March 11."
    assert not [c for c in claims_of(nlp, text, timexes=[_tx(text, "March 11", "2031-03-11")]) if c.slot == "date"]


def _tx(text: str, words: str, value: str) -> Timex:
    start = text.index(words)
    return Timex(words, start, start + len(words), "DATE", value)


def test_count_of_an_event_in_a_place_keeps_the_place(nlp) -> None:
    c = only(claims_of(nlp, "The fire at the Hotel Ostra that killed 12 guests started in the kitchen."), "killed")
    assert c.value == 12
    assert any(s.startswith("in ") and "Ostra" in s for s in c.scope), c.scope


def test_day_of_a_named_person_split_from_its_participle(nlp) -> None:
    for text in ("Ann Vell was on Wednesday charged with fraud.",
                 "Ann Vell, a 39-year-old from Tarn, was on Wednesday charged with helping organise the raid."):
        claims = claims_of(nlp, text, timexes=[_tx(text, "Wednesday", "2031-05-14")])
        assert [c.value for c in claims if c.slot == "date"] == ["2031-05-14"], text
    # a modal: what may happen on a day is no fact about that day
    text = "Ann Vell could be on Monday charged with fraud."
    assert not [c for c in claims_of(nlp, text, timexes=[_tx(text, "Monday", "2031-05-12")]) if c.slot == "date"]


def test_a_dateline_gives_no_claim_and_no_subject(nlp) -> None:
    """"HARROWMERE, June 5 - ..." says where and when the copy was filed, not what happened;
    the parser's taking the dateline's place for the verb's subject names no event."""
    from storyweave.analyze.pipeline import analyze_doc

    text = ("VESKBY, June 5 - Tessaly's health protection agency on Friday declared a measles "
            "outbreak in the northern city of Veskby, with 14 confirmed cases since late May, most of "
            "them linked to one primary school.")
    analysis = analyze_doc(nlp(text), Article(id="a", text=text, published="2026-06-05T09:40:00+00:00"), nlp)
    dated = [(c.subject, c.display) for c in analysis.claims if c.slot == "date"]
    assert not [d for d in dated if d[1] == "June 5" or "VESKBY" in d[0]], dated


def test_deaths_in_an_outbreak_are_the_outbreak_s_not_the_story_s_event(nlp) -> None:
    # a camp's cholera deaths after an earthquake must not be compared with the quake's toll
    text = ("An earthquake killed 230 people in Harvo province on Monday. A week later, a cholera "
            "outbreak in the camps has killed 12 people, aid workers said.")
    claims = claims_of(nlp, text)
    assert only(claims, "killed", subject="earthquake").value == 230
    assert only(claims, "killed", subject="outbreak").value == 12
    claims = claims_of(nlp, "The quake killed 230 people. Twelve people have died of cholera in the camps.")
    assert only(claims, "killed", subject="outbreak").value == 12
    assert only(claims_of(nlp, "Measles has killed four children in Orvay this month."), "killed").subject == "outbreak"



def test_a_time_the_parser_takes_for_the_subject_names_no_event(nlp) -> None:
    text = ("Twenty-four trucks of aid that had been held at the Yarvil crossing since Tuesday were "
            "allowed through on Friday morning, after Karsuth agreed to spot checks, aid officials said.")
    timexes = [Timex("Tuesday", text.index("Tuesday"), text.index("Tuesday") + 7, "DATE", "2031-05-13"),
               Timex("Friday morning", text.index("Friday"), text.index("Friday") + 14, "TIME", "2031-05-16TMO")]
    dates = [c for c in claims_of(nlp, text, timexes=timexes, published="2031-05-16") if c.slot == "date"]
    assert all("tuesday" not in str(c.subject).lower() for c in dates), [(c.subject, c.value) for c in dates]
    # when a named person's state began is a checkable date ("missing since Tuesday")
    text = "Ana Roe has been missing since Tuesday, police said."
    timexes = [Timex("Tuesday", text.index("Tuesday"), text.index("Tuesday") + 7, "DATE", "2031-05-13")]
    assert only(claims_of(nlp, text, timexes=timexes, published="2031-05-16"), "date").value == "2031-05-13"


def test_a_figure_after_a_copula_is_its_subject_s(nlp) -> None:
    claims = claims_of(nlp, "The union says the district's last offer was 3.5 percent a year.")
    assert only(claims, "percent").subject == "offer"
    assert only(claims_of(nlp, "Turnout was 84 percent."), "percent").subject == "turnout"


def test_a_broadcasters_label_is_no_part_of_a_claims_subject(nlp) -> None:
    from storyweave.analyze.pipeline import analyze_doc

    text = ("TARROW COAST RADIO | The Wenlow road bridge has been shut since 6pm on Tuesday, and 14,000 cars "
            "a day must go round.")
    analysis = analyze_doc(nlp(text), Article(id="a", text=text, published="2031-01-12T22:15:00+01:00"), nlp)
    subjects = [c.subject for c in analysis.claims if c.slot == "time"]
    assert subjects and not [s for s in subjects if "|" in s or "RADIO" in s], subjects


def test_a_broadcasters_frequency_is_no_sum(nlp) -> None:
    # (sixteenth session, from `show` on a blind event set) the tagger calls "97.4 FM" money
    claims = claims_of(nlp, "Radio Veldmoor news, on 97.4 FM and online.")
    assert not [c for c in claims if c.slot in ("money", "quantity")]
    claims = claims_of(nlp, "The vaccination drive cost 3 million euros, the ministry said.")
    assert [c.slot for c in claims if c.slot == "money"] == ["money"]
