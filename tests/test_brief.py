"""Briefs (summarize) and timelines on fictional stories, and the seed acceptance case."""

from __future__ import annotations

import json
import re

import pytest

from storyweave.brief.summarize import summarize
from storyweave.brief.timeline import build_timeline, sort_key
from storyweave.brief.text import tokens
from storyweave.brief.units import is_junk, story_units
from storyweave.model import (
    Analysis,
    AnalyzedArticle,
    Article,
    Claim,
    ComparedValue,
    Comparison,
    Entity,
    Quote,
    Sentence,
    Timex,
)

# A fictional story told by three fictional outlets.
MILL_A = """A fire destroyed the storage depot of the Lindenbrook paper mill in Carvel on Tuesday night.

Carvel Gazette:

Firefighters at the scene in Carvel

Twelve workers were treated for smoke inhalation after the fire at the Lindenbrook paper mill.

The blaze started in a pile of pallets near the loading bay, according to the fire service.

Mill owner Petra Hollis said the company would rebuild the depot within a year.

Local schools stayed open and the ring road was closed for six hours."""

MILL_B = """The storage depot of the Lindenbrook paper mill in Carvel was destroyed by fire on Tuesday night.

By Ann Example

Twelve workers were treated for smoke inhalation after the fire, the fire service said.

"We will rebuild the depot within a year," said owner Petra Hollis.

A choir concert in the town hall went ahead as planned."""

MILL_C = """Fire crews fought a blaze at the Lindenbrook paper mill in Carvel through Tuesday night.

Twelve workers were treated for smoke inhalation after the fire at the Lindenbrook paper mill.

An old bridge over the river Sallow is due to be repainted in the spring."""


def analysed(nlp, article_id: str, text: str, outlet: str, published: str = "2031-05-07", **extra) -> AnalyzedArticle:
    """Sentences and entities from spaCy; quotes, timexes and claims given by the test."""
    doc = nlp(text)
    analysis = Analysis(
        article_id=article_id,
        sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
        entities=[Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents],
        **extra,
    )
    return AnalyzedArticle(Article(id=article_id, text=text, outlet=outlet, published=published), analysis)


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def mill(nlp) -> list[AnalyzedArticle]:
    qs, qe = span(MILL_B, '"We will rebuild the depot within a year,"')
    quote = Quote(text=MILL_B[qs:qe], start=qs, end=qe, kind="direct", cue="said", speaker="owner Petra Hollis",
                  speaker_name="Petra Hollis")  # fmt: skip
    return [
        analysed(nlp, "a", MILL_A, "Carvel Gazette"),
        analysed(nlp, "b", MILL_B, "Sallow Valley News", quotes=[quote]),
        analysed(nlp, "c", MILL_C, "Radio Carvel"),
    ]


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def words(brief) -> int:
    return sum(len(s.text.split()) for s in brief)


@pytest.mark.parametrize("budget", [15, 25, 40, 70, 200])
def test_brief_keeps_the_budget_with_whole_sentences(mill, budget):
    brief = summarize(mill, words=budget)
    assert brief, "a story of three articles always has a brief"
    assert words(brief) <= budget
    texts = {it.article.id: it.article.text for it in mill}
    for s in brief:
        src = s.citations[0]
        # the sentence is a sentence of its source article (compressed: words deleted, none
        # added), whole: it ends like a sentence
        assert is_subsequence(tokens(s.text), tokens(texts[src.article][src.start : src.end]))
        assert s.text[-1] in ".!?\"”"


def test_brief_prefers_what_every_outlet_reports_and_cites_them_all(mill):
    brief = summarize(mill, words=20)
    text = " ".join(s.text for s in brief)
    assert "smoke inhalation" in text  # the fact all three outlets give
    cited = next(s for s in brief if "smoke inhalation" in s.text)
    assert {c.article for c in cited.citations} == {"a", "b", "c"}


def test_brief_fills_a_larger_budget_without_repeating_itself(mill):
    brief = summarize(mill, words=70)
    assert words(brief) >= 45  # the budget is used
    smoke = [s for s in brief if "smoke inhalation" in s.text]
    assert len(smoke) == 1  # three outlets, one sentence


def test_brief_skips_captions_bylines_and_labels(mill):
    brief = summarize(mill, words=500)
    texts = [s.text for s in brief]
    assert texts, "all sentences fit"
    assert not any(t.startswith(("Carvel Gazette", "Firefighters at the scene", "By Ann")) for t in texts)


def test_quote_sentences_carry_their_speaker(nlp):
    text = 'Owner Petra Hollis said the mill would reopen in June. "We owe it to the town to reopen the mill," she said.'
    qs, qe = span(text, '"We owe it to the town to reopen the mill,"')
    quote = Quote(text=text[qs:qe], start=qs, end=qe, kind="direct", cue="said", speaker="she", speaker_name="Petra Hollis")
    brief = summarize([analysed(nlp, "q", text, "Carvel Gazette", quotes=[quote])], words=100)
    quoted = [s for s in brief if "owe it" in s.text]
    assert quoted and quoted[0].speaker == "Petra Hollis"
    assert all(s.speaker is None for s in brief if "owe it" not in s.text)


def test_a_sentence_with_a_different_count_is_not_cited_as_corroboration(nlp):
    def killed(text: str, phrase: str, value: int) -> Claim:
        s, e = span(text, phrase)
        return Claim(slot="killed", subject="fire", value=value, display=phrase, start=s, end=e,
                     sentence_start=0, sentence_end=len(text))

    a = "Two people died and thirty were hurt when fire swept through the Fernhollow flax mill on Tuesday."
    b = "Four people died and thirty were hurt when fire swept through the Fernhollow flax mill on Tuesday."
    items = [analysed(nlp, "a", a, "Carvel Gazette", claims=[killed(a, "Two people", 2)]),
             analysed(nlp, "b", b, "Fernhollow Echo", claims=[killed(b, "Four people", 4)])]
    brief = summarize(items, words=40)
    assert brief and all(len({c.article for c in s.citations}) == 1 for s in brief)


def test_brief_order_follows_each_article(mill):
    brief = summarize(mill, words=500)
    by_article: dict[str, list[int]] = {}
    for s in brief:
        by_article.setdefault(s.citations[0].article, []).append(s.citations[0].start)
    for starts in by_article.values():
        assert starts == sorted(starts)


def test_empty_story_gives_empty_brief():
    assert summarize([], words=100) == []


@pytest.mark.parametrize(
    "line, junk",
    [
        ("Carvel Gazette:", True),
        ("Firefighters at the scene in Carvel", True),
        ("By Ann Example", True),
        ("Too short.", True),
        ("Twelve workers were treated for smoke inhalation.", False),
        ('"We will rebuild the depot within a year," she said.', False),
        ("By Ann Example, Political Editor.", True),
        ("Photo: the harbour at dawn in Tarrow.", True),
        ("Top officials said the port would reopen.", False),
        ("By Tuesday the port had reopened.", False),
        ("If you have information about the fire, please call the hotline on 0100 200300.", True),
        ("Anyone who saw the crash is asked to please contact Tarrow police.", True),
        ("Follow Tarrow Radio on the Tarrow app for the latest local news.", True),
        ("For more regional news, see the agency's home page.", True),
        ("Subscribe to our newsletter for daily updates.", True),
        ("For more than 20 years, the mill employed half the town.", False),
        ("Follow-up tests showed no damage to the hull.", False),
        ("Anyone with information should call 0100 555 0199 quoting incident 0318.", True),
        ("Media enquiries: Tarrow council press office, 9am to 5pm, press@tarrow.example.", True),
        ("Questions can be sent to the inquiry at evidence@inquiry-tarrow.example, its chair said.", True),
        ("Anyone who lives near the depot was told to keep windows shut.", False),
    ],
)
def test_junk_lines(line, junk):
    assert is_junk(line) is junk


# ------------------------------------------------------------------ timeline

FERRY_A = """The ferry Morning Gull ran aground off Tarrow Point on Sunday at 6.10am.

All 84 passengers were taken off by lifeboat within two hours.

The harbour office reopened on Monday."""

FERRY_B = """Eighty-four passengers were rescued after the ferry Morning Gull ran aground off Tarrow Point at 6.25am on Sunday.

The coastguard said the hull was not breached."""


def timex(text: str, phrase: str, value: str, kind: str = "DATE") -> Timex:
    s, e = span(text, phrase)
    return Timex(text=phrase, start=s, end=e, type=kind, value=value)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def ferry(nlp) -> list[AnalyzedArticle]:
    a = analysed(nlp, "fa", FERRY_A, "Tarrow Herald", "2032-09-13", timexes=[
        timex(FERRY_A, "Sunday", "2032-09-12"),
        timex(FERRY_A, "6.10am", "2032-09-12T06:10", "TIME"),
        timex(FERRY_A, "two hours", "PT2H", "DURATION"),
        timex(FERRY_A, "Monday", "2032-09-13"),
    ])  # fmt: skip
    b = analysed(nlp, "fb", FERRY_B, "Coast FM", "2032-09-13", timexes=[
        timex(FERRY_B, "6.25am", "2032-09-12T06:25", "TIME"),
        timex(FERRY_B, "Sunday", "2032-09-12"),
    ])  # fmt: skip
    return [a, b]


def test_timeline_orders_dated_events_and_marks_conflicting_times(ferry):
    events = build_timeline(ferry)
    assert [sort_key(e.when) for e in events] == sorted(sort_key(e.when) for e in events)
    grounding = [e for e in events if "aground" in e.what]
    assert len(grounding) == 1, "both outlets report one grounding"
    g = grounding[0]
    assert g.conflict is True
    assert g.values == ["2032-09-12T06:10", "2032-09-12T06:25"]
    assert g.when == "2032-09-12T06:10"
    assert {c.article for c in g.citations} == {"fa", "fb"}
    reopening = [e for e in events if "reopened" in e.what]
    assert reopening and reopening[0].when == "2032-09-13" and not reopening[0].conflict
    assert not any(e.what.startswith("All 84") for e in events), "durations are not dates"


def test_no_conflict_when_an_outlet_gives_both_times(nlp):
    text_a = "The first alarm sounded at 9.05pm on Friday and the second alarm sounded at 9.30pm."
    text_b = "The second alarm at the Lindenbrook depot sounded at 9.30pm on Friday."
    a = analysed(nlp, "x", text_a, "Carvel Gazette", timexes=[
        timex(text_a, "9.05pm", "2031-05-02T21:05", "TIME"), timex(text_a, "9.30pm", "2031-05-02T21:30", "TIME")])  # fmt: skip
    b = analysed(nlp, "y", text_b, "Radio Carvel", timexes=[timex(text_b, "9.30pm", "2031-05-02T21:30", "TIME")])
    assert not any(e.conflict for e in build_timeline([a, b]))


def test_timeline_takes_conflicts_from_the_compare_step(nlp):
    # dissimilar sentences: only the comparison says they are the same event
    text_a = "Voting closed at 8pm on Thursday, officials in Brindle said."
    text_b = "Counting began when the last ballot box arrived, just after polls shut at 9pm."
    a = analysed(nlp, "va", text_a, "Brindle Post", "2033-01-07", timexes=[timex(text_a, "8pm", "2033-01-06T20:00", "TIME")])
    b = analysed(nlp, "vb", text_b, "Brindle Radio", "2033-01-07", timexes=[timex(text_b, "9pm", "2033-01-06T21:00", "TIME")])
    assert not any(e.conflict for e in build_timeline([a, b]))
    comp = Comparison(slot="time", subject="polls closing", verdict="conflict", values=[
        ComparedValue("2033-01-06T20:00", "8pm", "va", "Brindle Post", text_a, *span(text_a, "8pm")),
        ComparedValue("2033-01-06T21:00", "9pm", "vb", "Brindle Radio", text_b, *span(text_b, "9pm")),
    ])  # fmt: skip
    events = build_timeline([a, b], [comp])
    assert len(events) == 1
    assert events[0].conflict and events[0].values == ["2033-01-06T20:00", "2033-01-06T21:00"]


def test_empty_timeline(nlp):
    assert build_timeline([analysed(nlp, "z", "Nothing dated happens in this sentence at all.", "Radio Carvel")]) == []


# ------------------------------------------------------------------ seeds (acceptance, issue 6)


def _seed_items(seeds_dir):
    from storyweave.analyze.pipeline import analyze_articles

    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        articles.append(Article(id=path.name, text=text, outlet=meta.get("outlet"), published=meta.get("published")))
    return [AnalyzedArticle(a, an) for a, an in analyze_articles(articles)]


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    return _seed_items(seeds_dir)


def test_seed_brief_mentions_attack_victim_and_casualties_citing_both(seeds):
    brief = summarize(seeds, words=100)
    text = " ".join(s.text for s in brief)
    assert words(brief) <= 100
    assert re.search(r"\battack", text)
    assert re.search(r"\bPalmer\b", text)
    assert re.search(r"\b(injured|killed|died|dead)\b", text)
    cited = {c.article for s in brief for c in s.citations}
    assert cited == {it.article.id for it in seeds}


def test_seed_timeline_has_the_attack_with_conflicting_times(seeds):
    from storyweave.compare.align import compare_story

    comparisons = compare_story(seeds)
    events = build_timeline(seeds, comparisons)
    conflicts = [e for e in events if e.conflict]
    attack = [e for e in conflicts if {"2017-03-22T14:40", "2017-03-22T14:45"} <= set(e.values)]
    assert attack, [(e.when, e.values, e.what) for e in events]
    assert attack[0].when.startswith("2017-03-22")
    assert {c.article for c in attack[0].citations} == {it.article.id for it in seeds}


def test_seed_report_people_and_rendered_conflict(seeds):
    from storyweave.brief.render import build_report, render
    from storyweave.model import Story

    from storyweave.compare.align import compare_story

    comparisons = compare_story(seeds)
    story = Story(id="seed-story", title="Seed story", articles=[it.article.id for it in seeds])
    report = build_report(story, seeds, comparisons, summarize(seeds, words=100), build_timeline(seeds, comparisons))

    def person(name: str) -> str:
        found = [p for p in report["people"] if p["name"] == name]
        assert len(found) == 1, [p["name"] for p in report["people"]]
        return json.dumps(found[0])

    assert re.search(r"\b48\b", person("Keith Palmer"))
    assert re.search(r"\bKingston MP\b", person("James Berry"))
    md = render(report, "md")
    timeline = md.split("## Timeline")[1].split("## What each outlet says")[0]
    conflict_lines = [line for line in timeline.splitlines() if "CONFLICT" in line]
    assert any("14:40" in line and "14:45" in line for line in conflict_lines), timeline
    html = render(report, "html")
    assert 'class="conflict"' in html and "14:45" in html


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ({("killed", "ferry", "3")}, {("killed", "ferry", "3")}, True),
        ({("killed", "ferry", "3")}, {("killed", "ferry", "5")}, False),  # a conflict is no corroboration
        ({("killed", "jon vell", "killed")}, {("killed", "jon vell", "killed by attacker")}, True),
        ({("killed", "jon vell", "killed")}, {("killed", "ann vell", "killed")}, False),
        ({("age", "jon vell", "48")}, {("injured", "jon vell", "48")}, False),
    ],
)
def test_claims_agree(a, b, agree):
    from storyweave.brief.summarize import _claims_agree

    assert _claims_agree(a, b) is agree


def test_relative_dates_inside_quotes_do_not_date_timeline_events(nlp):
    # the statement was made on Tuesday; the article is from Thursday: its "today" is not Thursday
    text = ("The depot reopened on Thursday. The manager, Ilse Marrow, spoke to staff on Tuesday.\n\n"
            "\"We are closing the gates today at 3pm until the fumes clear,\" she said.\n\n"
            "\"The inspectors return on March 14,\" she added.")
    from storyweave.model import Quote

    quotes = []
    for words in ("We are closing the gates today at 3pm until the fumes clear,", "The inspectors return on March 14,"):
        start = text.index(words)
        quotes.append(Quote(text=words, start=start, end=start + len(words), kind="direct", speaker_name="Ilse Marrow"))
    a = analysed(nlp, "q", text, "Carvel Gazette", "2031-05-08", quotes=quotes, timexes=[
        timex(text, "Thursday", "2031-05-08"), timex(text, "Tuesday", "2031-05-06"),
        timex(text, "today", "2031-05-08"), timex(text, "3pm", "2031-05-08T15:00", "TIME"),
        timex(text, "March 14", "2032-03-14")])  # fmt: skip
    events = build_timeline([a])
    assert {e.when for e in events} == {"2031-05-06", "2031-05-08", "2032-03-14"}
    # the quoted "today" (resolved against publication) dates nothing; "March 14" names its own day
    assert not [e for e in events if "closing the gates" in e.what]
    assert [e for e in events if "inspectors return" in e.what]


def test_quoted_last_night_is_dated_by_the_day_the_attribution_names(nlp):
    text = ("The Carvel harbour stayed shut on Thursday.\n\n"
            "\"We closed the gates last night because of the fumes,\" the harbourmaster said on Tuesday.")
    words = "We closed the gates last night because of the fumes,"
    start = text.index(words)
    cue = text.index("said")
    quote = Quote(text=words, start=start, end=start + len(words), kind="direct", cue="said",
                  cue_start=cue, cue_end=cue + 4, speaker="the harbourmaster")
    a = analysed(nlp, "h", text, "Carvel Gazette", "2031-05-08", quotes=[quote], timexes=[
        timex(text, "Thursday", "2031-05-08"), timex(text, "last night", "2031-05-07TNI"),
        timex(text, "Tuesday", "2031-05-06")])  # fmt: skip
    gates = [e for e in build_timeline([a]) if "closed the gates" in e.what]
    # the night before Tuesday, when it was said; not the night before publication
    assert [e.when for e in gates] == ["2031-05-05TNI"], gates
    assert not any("2031-05-07" in e.when for e in build_timeline([a]))


def test_timeline_values_do_not_depend_on_the_string_hash_seed():
    # ties between equally specific values keep the text's order, in every process
    import subprocess
    import sys

    code = ("from storyweave.brief.timeline import _most_specific as m;"
            "print(m(['2031-05-09TNI', '2031-05-09TMO', '2031-05-09', '2031-05-09TAF', '2031-05-09TEV']))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(3)}
    assert outs == {"['2031-05-09TNI', '2031-05-09TMO', '2031-05-09TAF', '2031-05-09TEV']\n"}


def test_a_day_after_since_begins_a_period_and_dates_no_event(nlp):
    text = ("The agency declared an outbreak of measles in Carvel after 14 cases were reported since 27 April.\n\n"
            "Three walk-in clinics opened in the city centre on Friday, the agency said.")
    a = analysed(nlp, "s", text, "Carvel Gazette", "2031-05-08", timexes=[
        timex(text, "27 April", "2031-04-27"), timex(text, "Friday", "2031-05-02")])  # fmt: skip
    events = build_timeline([a])
    assert [(e.when, e.what[:14]) for e in events] == [("2031-05-02", "Three walk-in ")]


def test_an_outlets_template_sentence_is_left_out_of_briefs_and_timelines(nlp):
    footer = "Relief Without Borders is an independent aid organisation working in Marrow since 2024."
    a = analysed(nlp, "rwb-1", "Cholera cases were confirmed at the Tessing camp on Monday, the agency said. "
                 "Forty people were treated in the camp clinic. " + footer, "Relief Without Borders", "2031-05-05")
    b = analysed(nlp, "rwb-2", "The cholera outbreak at the Tessing camp reached 90 cases on Thursday. "
                 "Two children died in the camp clinic. " + footer, "Relief Without Borders", "2031-05-08")
    c = analysed(nlp, "post-1", "Health workers at the Tessing camp began treating cholera patients on Monday. "
                 "Relief Without Borders said forty people were treated in the camp clinic.", "Marrow Post", "2031-05-06")
    brief = summarize([a, b, c], words=250)
    assert brief and not any("independent aid organisation" in s.text for s in brief)
    # the same sentence written by two outlets is corroboration, not a template
    d = analysed(nlp, "post-2", footer, "Marrow Post", "2031-05-06")
    units = story_units([a, d])
    assert not any(u.boilerplate for doc in units for u in doc)
    assert all(u.boilerplate == ("independent aid" in u.text) for doc in story_units([a, b]) for u in doc)


def test_a_sentence_denying_what_the_brief_states_is_not_cited_for_it(nlp):
    verdict = "A jury found Tomas Reyland guilty of second-degree murder in the death of the driver Ivo Marsh."
    a = analysed(nlp, "a", "Tomas Reyland has pleaded not guilty to second-degree murder in the death of the "
                 "driver Ivo Marsh. The trial opened on Monday.", "Varlen Courier", "2031-05-05")
    b = analysed(nlp, "b", verdict + " He will be sentenced in June.", "Varlen Post", "2031-05-09")
    brief = summarize([a, b], words=120)
    sentence = next(s for s in brief if s.text.startswith("A jury found"))
    assert [c.article for c in sentence.citations] == ["b"]
