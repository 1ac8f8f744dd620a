"""Story reports (build_report) and their renderings: md, self-contained html, json; bare briefs."""

from __future__ import annotations

import json
import re

import pytest

from storyweave.brief.render import build_report, format_when, render, render_brief
from storyweave.model import (
    Analysis,
    AnalyzedArticle,
    Article,
    BriefSentence,
    Citation,
    ComparedValue,
    Comparison,
    Person,
    Quote,
    Story,
    TimelineEvent,
)

EVIL = "<script>alert('x')</script>"

TEXT_1 = (
    "Harbour master Marta Quill, 52, closed the port of Tarrow on Sunday. "
    f"She said: \"Nobody sails until the storm passes {EVIL}.\" "
    "The storm hit the coast at 6.10am."
)
TEXT_2 = "The storm reached Tarrow at 6.25am. Ms Quill, the harbour master, told reporters the port would reopen on Tuesday."


def _find(text: str, phrase: str) -> tuple[int, int]:
    s = text.index(phrase)
    return s, s + len(phrase)


@pytest.fixture()
def report() -> dict:
    a1 = Article(id="t1", text=TEXT_1, outlet="Tarrow Herald", title=f"Port shut {EVIL}", published="2032-09-13",
                 url="https://herald.example/port")  # fmt: skip
    a2 = Article(id="t2", text=TEXT_2, outlet="Coast FM", title="Storm reaches Tarrow", published="2032-09-13",
                 url="javascript:alert(1)")  # fmt: skip
    q1s, q1e = _find(TEXT_1, f"Nobody sails until the storm passes {EVIL}.")
    q2s, q2e = _find(TEXT_2, "the port would reopen on Tuesday")
    an1 = Analysis(
        article_id="t1",
        people=[Person(id="p1", name="Marta Quill", roles=["harbour master"], age=52)],
        quotes=[Quote(text=TEXT_1[q1s:q1e], start=q1s, end=q1e, kind="direct", cue="said", speaker="She",
                      speaker_name="Marta Quill", speaker_role="harbour master")],  # fmt: skip
    )
    an2 = Analysis(
        article_id="t2",
        people=[Person(id="p1", name="Ms Quill", roles=["harbour master", "port spokeswoman"], aliases=["Quill"])],
        quotes=[Quote(text=TEXT_2[q2s:q2e], start=q2s, end=q2e, kind="indirect", cue="told", speaker="Ms Quill",
                      speaker_name="Marta Quill")],  # fmt: skip
    )
    items = [AnalyzedArticle(a1, an1), AnalyzedArticle(a2, an2)]
    t1s, t1e = _find(TEXT_1, "6.10am")
    t2s, t2e = _find(TEXT_2, "6.25am")
    comparisons = [
        Comparison(slot="time", subject="storm", verdict="conflict", gap="15 minutes", values=[
            ComparedValue("2032-09-12T06:10", "6.10am", "t1", "Tarrow Herald", "The storm hit the coast at 6.10am.", t1s, t1e),
            ComparedValue("2032-09-12T06:25", "6.25am", "t2", "Coast FM", "The storm reached Tarrow at 6.25am.", t2s, t2e),
        ]),
        Comparison(slot="age", subject="Marta Quill", verdict="single", values=[
            ComparedValue(52, "52", "t1", "Tarrow Herald", TEXT_1.split(". ")[0], 0, 10)]),
    ]  # fmt: skip
    brief = [
        BriefSentence(text=TEXT_1[: TEXT_1.index("Sunday.") + 7], citations=[Citation("t1", "Tarrow Herald", 0, 10)]),
        BriefSentence(text="The storm reached Tarrow at 6.25am.",
                      citations=[Citation("t2", "Coast FM", 0, 35), Citation("t1", "Tarrow Herald", t1s - 20, t1e + 1)]),
    ]  # fmt: skip
    timeline = [
        TimelineEvent(when="2032-09-12T06:10", what=f"The storm hit the coast {EVIL}.", conflict=True,
                      values=["2032-09-12T06:10", "2032-09-12T06:25"],
                      citations=[Citation("t1", "Tarrow Herald", 0, 5), Citation("t2", "Coast FM", 0, 5)]),
    ]  # fmt: skip
    story = Story(id="s-tarrow", title="Storm closes Tarrow port", articles=["t1", "t2"])
    return build_report(story, items, comparisons, brief, timeline)


def test_report_has_every_part_and_is_json(report):
    assert set(report) >= {"id", "title", "sources", "brief", "timeline", "comparisons", "quotes", "people"}
    assert [s["id"] for s in report["sources"]] == ["t1", "t2"]
    assert report["brief"][1]["citations"][0]["source"] == 2
    assert json.loads(render(report, "json")) == json.loads(json.dumps(report))


def test_people_merge_across_articles_by_name(report):
    people = report["people"]
    quill = [p for p in people if p["name"] == "Marta Quill"]
    assert len(quill) == 1, people
    p = quill[0]
    assert p["age"] == 52
    assert p["roles"] == ["harbour master", "port spokeswoman"]
    assert "Ms Quill" in p["aliases"]
    assert p["articles"] == ["t1", "t2"]
    assert re.search(r"\b52\b", json.dumps(p))


def test_quotes_grouped_by_speaker(report):
    groups = report["quotes"]
    assert [g["name"] for g in groups] == ["Marta Quill"]
    assert groups[0]["role"] == "harbour master"
    assert [q["article"] for q in groups[0]["quotes"]] == ["t1", "t2"]
    assert [q["outlet"] for q in groups[0]["quotes"]] == ["Tarrow Herald", "Coast FM"]


def test_markdown_sections_citations_and_conflicts(report):
    md = render(report, "md")
    heads = re.findall(r"^## (.+)$", md, flags=re.M)
    assert heads == ["Brief", "Timeline", "What each outlet says", "Quotes by speaker", "People", "Sources"]
    brief = md.split("## Brief")[1].split("## Timeline")[0]
    assert "The storm reached Tarrow at 6.25am. [1][2]" in brief
    timeline = md.split("## Timeline")[1].split("## What each")[0]
    assert "CONFLICT" in timeline and "06:10" in timeline and "06:25" in timeline
    table = md.split("## What each outlet says")[1].split("## Quotes")[0]
    rows = [line for line in table.splitlines() if line.startswith("|")]
    assert any("Tarrow Herald" in r and "6.10am" in r and "CONFLICT" in r for r in rows)
    assert any("Coast FM" in r and "6.25am" in r for r in rows)
    sources = md.split("## Sources")[1]
    assert re.search(r"^\[1\] Tarrow Herald", sources, flags=re.M)
    assert re.search(r"^\[2\] Coast FM", sources, flags=re.M)
    assert "<script>" not in md


def test_html_is_self_contained_and_escaped(report):
    html = render(report, "html")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "<script" not in html.lower()  # every EVIL was escaped
    assert "&lt;script&gt;" in html
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=|@import|url\(", html, flags=re.I)  # nothing fetched
    assert 'href="javascript:' not in html
    assert 'href="https://herald.example/port"' in html
    assert "<style>" in html
    assert re.search(r'class="conflict"', html) and re.search(r">\s*Conflict\s*<", html)
    for part in ("Brief", "Timeline", "What each outlet says", "Quotes by speaker", "People", "Sources"):
        assert f"<h2>{part}</h2>" in html


def test_unknown_format(report):
    with pytest.raises(ValueError):
        render(report, "pdf")
    with pytest.raises(ValueError):
        render_brief([], "html")


SENTENCES = [
    BriefSentence(text="A storm closed the port of Tarrow.", citations=[Citation("t1", "Tarrow Herald", 0, 33),
                                                                         Citation("t2", "Coast FM", 0, 30)]),
    BriefSentence(text='"Nobody sails," she said.', citations=[Citation("t2", "Coast FM", 40, 64)], speaker="Marta Quill"),
]  # fmt: skip


def test_brief_text_has_no_citation_marks():
    out = render_brief(SENTENCES, "text")
    assert out.splitlines() == [s.text for s in SENTENCES]
    assert "[1]" not in out


def test_brief_md_marks_and_sources():
    out = render_brief(SENTENCES, "md")
    assert "A storm closed the port of Tarrow. [1][2]" in out
    assert "— Marta Quill [2]" in out
    assert re.search(r"^\[1\] Tarrow Herald", out, flags=re.M) and re.search(r"^\[2\] Coast FM", out, flags=re.M)


def test_brief_json():
    data = json.loads(render_brief(SENTENCES, "json"))
    assert data["words"] == 11
    assert [b["text"] for b in data["brief"]] == [s.text for s in SENTENCES]
    assert data["brief"][0]["citations"][1]["article"] == "t2"
    assert data["brief"][1]["speaker"] == "Marta Quill"


@pytest.mark.parametrize(
    "value, shown",
    [("2017-03-22T14:45", "2017-03-22 14:45"), ("2017-03-22TNI", "2017-03-22 night"), ("2017-03-22", "2017-03-22"),
     ("2017-03-22TMI", "2017-03-22 midday")],
)
def test_format_when(value, shown):
    assert format_when(value) == shown


def test_speaker_shown_only_when_the_sentence_does_not_name_them():
    named = BriefSentence(text="Marta Quill said: \"Nobody sails.\"", citations=[Citation("t1", "Tarrow Herald", 0, 30)],
                          speaker="Marta Quill")  # fmt: skip
    out = render_brief([named, SENTENCES[1]], "md")
    assert "— Marta Quill" not in out.splitlines()[0]
    assert "— Marta Quill" in out.splitlines()[2]
