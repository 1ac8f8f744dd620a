"""An outlet's template sentences (stories/templates.py) are left out of what the event split
compares: a press office's releases about two events of one storyline share its "notes to
editors" block, which must not tie them together. Every name here is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyweave.analyze.pipeline import analyze_doc
from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Sentence, Story
from storyweave.stories import events as events_module
from storyweave.stories.events import story_events
from storyweave.stories.templates import template_spans, without_templates

OFFICE = "Marrowby Harbour Board Press Office"
NOTES = ("Notes to editors: the Marrowby Harbour Board runs the port of Marrowby, its Quellin Dock and "
         "the Sarne ferry terminal on behalf of Caldwick County Council. Media enquiries go to the Marrowby "
         "Harbour Board press office at Quellin House, Marrowby, on 0400 771 2209, every day from 8am to 8pm. "
         "Follow the Marrowby Harbour Board on its own channels for shipping notices and berth updates.")

CRANE = [
    ("hb-crane", OFFICE, "2032-05-03T10:00:00", "Statement on the crane collapse at Quellin Dock",
     "A gantry crane collapsed at Quellin Dock in Marrowby at 6.40am on Monday. Two dockers were taken "
     "to hospital with leg injuries. The dock is closed while inspectors examine the crane's base.\n\n" + NOTES),
    ("mp-crane", "Marrowby Packet", "2032-05-03T13:00:00", "Dockers hurt as gantry crane topples at Quellin",
     "Two dockers were hurt when a gantry crane toppled over at Quellin Dock early on Monday. Union steward "
     "Ansel Pryde said the crane's base had been reported as cracked in March."),
    ("rc-crane", "Radio Caldwick", "2032-05-03T18:00:00", "Quellin Dock shut after crane falls",
     "Quellin Dock stays shut after a gantry crane fell across two berths on Monday morning, injuring two "
     "dockers. Inspectors are examining the crane's cracked base."),
]
FERRY = [
    ("hb-ferry", OFFICE, "2032-05-04T11:00:00", "New ferry route to Tollan Isle from June",
     "A new ferry route from the Sarne terminal to Tollan Isle will start on June 2, with two sailings a "
     "day. Tickets go on sale on Friday.\n\n" + NOTES),
    ("mp-ferry", "Marrowby Packet", "2032-05-04T15:30:00", "Tollan Isle ferry link returns after nine years",
     "Islanders on Tollan Isle will have a ferry again from June 2, when sailings from the Sarne terminal "
     "restart after nine years. Island councillor Bettany Orle said the link would bring visitors back."),
    ("rc-ferry", "Radio Caldwick", "2032-05-04T19:00:00", "Sarne to Tollan Isle ferry to sail twice a day",
     "Two sailings a day will link the Sarne terminal and Tollan Isle from June 2. Bettany Orle said tickets "
     "would cost less than the old service's."),
]


def _items(nlp, rows) -> list[AnalyzedArticle]:
    articles = [Article(id=aid, text=text, outlet=outlet, title=title, published=published)
                for aid, outlet, published, title, text in rows]
    return [AnalyzedArticle(a, analyze_doc(nlp(a.text), a, nlp)) for a in articles]


def _story(items: list[AnalyzedArticle]) -> Story:
    ordered = sorted(items, key=lambda i: (i.article.published or "", i.article.id))
    return Story(id="s-port", title=ordered[0].article.title or "", articles=[i.article.id for i in ordered],
                 first_published=ordered[0].article.published, last_published=ordered[-1].article.published)


@pytest.fixture(scope="module")
def port_items(nlp) -> list[AnalyzedArticle]:
    return _items(nlp, CRANE + FERRY)


def test_a_press_offices_template_does_not_join_its_releases_about_two_events(port_items, monkeypatch):
    events = story_events(_story(port_items), port_items)
    assert sorted(sorted(e.articles) for e in events) == [sorted(a[0] for a in CRANE), sorted(a[0] for a in FERRY)]
    # the rule is what keeps them apart: with the template compared, the two releases are one event
    monkeypatch.setattr(events_module, "without_templates", list)
    lumped = story_events(_story(port_items), port_items)
    assert any({"hb-crane", "hb-ferry"} <= set(e.articles) for e in lumped)


def test_template_spans_are_the_outlets_own_repeated_sentences(port_items):
    spans = template_spans(port_items)
    assert set(spans) == {"hb-crane", "hb-ferry"}
    by_id = {it.article.id: it for it in port_items}
    for aid, found in spans.items():
        text = by_id[aid].article.text
        assert all(text[a:b] in NOTES for a, b in found)
        assert " ".join(text[a:b] for a, b in found) == NOTES


def test_stripping_takes_the_templates_entities_and_words_out_and_leaves_the_news(port_items):
    stripped = {it.article.id: it for it in without_templates(port_items)}
    original = {it.article.id: it for it in port_items}
    crane, before = stripped["hb-crane"].analysis, original["hb-crane"].analysis
    notes_at = original["hb-crane"].article.text.index("Notes to editors")
    assert all(e.start < notes_at for e in crane.entities)
    assert any(e.start >= notes_at for e in before.entities)
    assert "enquiry" not in crane.terms and "enquiry" in before.terms
    assert crane.terms.get("crane") == before.terms.get("crane")
    # the originals are untouched, the other outlets' articles come back as they were
    assert any(e.start >= notes_at for e in original["hb-crane"].analysis.entities)
    assert stripped["mp-crane"] is original["mp-crane"]


def _bare(aid: str, outlet: str, text: str, copy_of: str | None = None) -> AnalyzedArticle:
    sentences, at = [], 0
    for piece in text.split(". "):
        start = text.index(piece, at)
        sentences.append(Sentence(start, start + len(piece)))
        at = start + len(piece)
    return AnalyzedArticle(Article(id=aid, text=text, outlet=outlet, duplicate_of=copy_of),
                           Analysis(article_id=aid, sentences=sentences,
                                    entities=[Entity("Orle", "PERSON", 0, 4)], terms={"ferry": 1}))


def test_a_short_repeat_another_outlets_repeat_and_a_copy_are_no_template():
    tail = "Call the harbour desk on any working day for berth notices"
    items = [
        _bare("a", "Packet", "Orle spoke. More to follow. " + tail),
        _bare("b", "Packet", "The ferry sails. More to follow"),  # four words or fewer: not a template
        _bare("c", "Radio", tail),  # the same sentence from another outlet
        _bare("d", "Radio", "The ferry sails. " + tail, copy_of="c"),  # a copy of the radio's own report
    ]
    assert template_spans(items) == {}
    items.append(_bare("e", "Packet", "The crane fell. " + tail))
    assert set(template_spans(items)) == {"a", "e"}
    stripped = without_templates(items)
    assert stripped[0].analysis.terms == {"ferry": 1}  # no word of the tail is in its bag
    assert replace(stripped[1]) == items[1]


def test_a_template_is_the_same_sentence_but_for_reference_numbers():
    from storyweave.stories.templates import sentence_key

    first = "Anyone with information should call 0300 555 0171 quoting incident 0412."
    second = "Anyone with information should call 0300 555 0171 quoting incident 0587."
    assert sentence_key(first) == sentence_key(second)
    # a count or a small figure is news, not a reference: two facts stay two sentences
    assert sentence_key("The death toll rose to 12 on Monday.") != sentence_key("The death toll rose to 15 on Monday.")
