"""The story report merges across articles: people by name (places the tagger took for firms left out), statements by cue."""

from __future__ import annotations

from storyweave.brief.report import merge_people, quotes_by_speaker
from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Person, Quote, Sentence


def item(article_id: str, people: list[Person], entities: list[tuple[str, str]]) -> AnalyzedArticle:
    ents = [Entity(text=t, label=label, start=0, end=len(t)) for t, label in entities]
    return AnalyzedArticle(Article(id=article_id, text="x"), Analysis(article_id=article_id, people=people, entities=ents))


def test_a_town_tagged_as_an_organisation_once_is_left_out():
    items = [
        item("a1", [Person(id="p1", name="Corvel Harbour Trust", kind="org")],
             [("Corvel", "GPE"), ("Corvel Harbour Trust", "ORG")]),
        item("a2", [Person(id="p1", name="Corvel", kind="org"), Person(id="p2", name="Ines Marlow")],
             [("Corvel", "ORG"), ("Corvel", "GPE"), ("Corvel", "GPE"), ("Ines Marlow", "PERSON")]),
    ]
    names = [p["name"] for p in merge_people(items)]
    assert "Corvel" not in names
    assert {"Corvel Harbour Trust", "Ines Marlow"} <= set(names)


def test_a_town_tagged_as_often_an_organisation_as_a_place_is_left_out():
    items = [
        item("a1", [Person(id="p1", name="Corvel", kind="org")], [("Corvel", "ORG"), ("Corvel", "GPE")]),
        item("a2", [Person(id="p1", name="Corvel", kind="org")], [("Corvel", "ORG"), ("Corvel", "GPE")]),
    ]
    assert merge_people(items) == []


def test_a_club_named_after_its_town_stays_when_mostly_tagged_as_an_organisation():
    items = [
        item("a1", [Person(id="p1", name="Brindle", kind="org")],
             [("Brindle", "ORG"), ("Brindle", "ORG"), ("Brindle", "GPE")]),
    ]
    assert [p["name"] for p in merge_people(items)] == ["Brindle"]


def _located(article_id: str, text: str, tagged: list[tuple[str, str]]) -> AnalyzedArticle:
    """An article whose entities are found in its text, in order (each name's next occurrence)."""
    ents, at = [], 0
    for name, label in tagged:
        start = text.index(name, at)
        ents.append(Entity(text=name, label=label, start=start, end=start + len(name)))
        at = start + len(name)
    people = [Person(id="p1", name="Corvel", kind="org")]
    return AnalyzedArticle(Article(id=article_id, text=text),
                           Analysis(article_id=article_id, people=people, entities=ents))


def test_a_name_tagged_as_an_organisation_after_in_or_between_counts_as_a_place():
    text = ("A fire broke out in Corvel overnight. Corvel fire chief Ana Ruiz said the Corvel depot was "
            "lost. Buses between Corvel and Wenlow were cut.")
    tagged = [("Corvel", "ORG"), ("Corvel", "ORG"), ("Corvel", "ORG"), ("Corvel", "ORG")]
    # tagged a place nowhere: stays an organisation whatever the words before it
    assert [p["name"] for p in merge_people([_located("a1", text, tagged)])] == ["Corvel"]
    # tagged a place once: "in Corvel" and "between Corvel" make it 3 to 2 for the place
    second = _located("a2", "Crews stayed in Corvel.", [("Corvel", "GPE")])
    assert merge_people([_located("a1", text, tagged), second]) == []


def test_people_are_merged_across_articles_by_name():
    items = [
        item("a1", [Person(id="p1", name="Ines Marlow", roles=["Harbour master"], age=51)], []),
        item("a2", [Person(id="p1", name="Ms Marlow", aliases=["Marlow"])], []),
    ]
    (merged,) = merge_people(items)
    assert merged["name"] == "Ines Marlow"
    assert merged["articles"] == ["a1", "a2"]
    assert merged["age"] == 51


def test_a_statement_split_by_its_attribution_is_one_entry_of_the_speaker():
    text = "“The ferry will run,” Ines Marlow said, “but not before June.” She also thanked the crews."
    first = Quote(text="The ferry will run,", start=1, end=20, kind="direct", cue="said", cue_start=34,
                  cue_end=38, speaker="Ines Marlow", speaker_name="Ines Marlow")
    second = Quote(text="but not before June.", start=41, end=61, kind="direct", cue="said", cue_start=34,
                   cue_end=38, speaker="Ines Marlow", speaker_name="Ines Marlow")
    other = Quote(text="She also thanked the crews.", start=63, end=90, kind="indirect", cue="thanked",
                  cue_start=72, cue_end=79, speaker="She", speaker_name="Ines Marlow")
    assert text[first.start:first.end] == first.text and text[second.start:second.end] == second.text
    it = AnalyzedArticle(Article(id="a1", text=text), Analysis(article_id="a1", quotes=[first, second, other]))
    (group,) = quotes_by_speaker([it], {"a1": 1})
    entries = group["quotes"]
    assert [q["text"] for q in entries] == ["The ferry will run, … but not before June.", "She also thanked the crews."]
    assert entries[0]["parts"] == [[1, 20], [41, 61]]
    assert (entries[0]["start"], entries[0]["end"]) == (1, 61)


def test_a_quote_over_two_paragraphs_is_shown_without_the_repeated_opening_mark():
    text = 'Ines Marlow said: "The quay flooded twice.\n\n"We lost the boats. It will take a year."'
    start = text.index("The quay")
    quote = Quote(text=text[start:-1], start=start, end=len(text) - 1, kind="direct", cue="said",
                  cue_start=12, cue_end=16, speaker="Ines Marlow", speaker_name="Ines Marlow")
    it = AnalyzedArticle(Article(id="a1", text=text), Analysis(article_id="a1", quotes=[quote]))
    (group,) = quotes_by_speaker([it], {"a1": 1})
    (entry,) = group["quotes"]
    assert entry["text"] == "The quay flooded twice. We lost the boats. It will take a year."
    assert (entry["start"], entry["end"]) == (start, len(text) - 1)  # offsets still cover both paragraphs


def test_a_name_with_and_without_its_diacritic_is_one_speaker_and_one_person():
    text = "Mira Kovač said the port would reopen. Mira Kovac said the ferries would run."
    quotes = [Quote(text="the port would reopen", start=16, end=37, kind="indirect", cue="said", cue_start=11,
                    cue_end=15, speaker="Mira Kovač", speaker_name="Mira Kovač"),
              Quote(text="the ferries would run", start=60, end=81, kind="indirect", cue="said", cue_start=55,
                    cue_end=59, speaker="Mira Kovac", speaker_name="Mira Kovac")]
    it = AnalyzedArticle(Article(id="a1", text=text), Analysis(article_id="a1", quotes=quotes))
    (group,) = quotes_by_speaker([it], {"a1": 1})
    assert len(group["quotes"]) == 2
    people = [item("a1", [Person(id="p1", name="Mira Kovač")], []), item("a2", [Person(id="p1", name="Mira Kovac")], [])]
    assert len(merge_people(people)) == 1


def test_a_list_dash_before_a_speaker_mention_is_not_shown():
    text = "- Shops said queues formed by noon."
    quote = Quote(text="queues formed by noon", start=12, end=33, kind="indirect", cue="said", cue_start=7,
                  cue_end=11, speaker="- Shops", speaker_name=None)
    it = AnalyzedArticle(Article(id="a1", text=text), Analysis(article_id="a1", quotes=[quote]))
    (group,) = quotes_by_speaker([it], {"a1": 1})
    assert group["name"] == "Shops"


def _said(article_id: str, speaker: str, people: list[Person]) -> AnalyzedArticle:
    text = f"{speaker} said the road was hard."
    quote = Quote(text="the road was hard", start=len(speaker) + 6, end=len(text) - 1, kind="indirect", cue="said",
                  cue_start=len(speaker) + 1, cue_end=len(speaker) + 5, speaker=speaker, speaker_name=speaker)
    return AnalyzedArticle(Article(id=article_id, text=text),
                           Analysis(article_id=article_id, quotes=[quote], people=people))


def test_a_speaker_one_article_names_by_surname_takes_the_full_name_another_gives():
    items = [_said("a1", "Orrin", [Person(id="p1", name="Orrin")]),
             _said("a2", "Tamsin Orrin", [Person(id="p1", name="Tamsin Orrin")])]
    groups = quotes_by_speaker(items, {"a1": 1, "a2": 2}, merge_people(items))
    assert [(g["name"], len(g["quotes"])) for g in groups] == [("Tamsin Orrin", 2)]
    # two people of the story with that surname: the surname alone stays as written
    items.append(_said("a3", "Bram Orrin", [Person(id="p1", name="Bram Orrin")]))
    groups = quotes_by_speaker(items, {"a1": 1, "a2": 2, "a3": 3}, merge_people(items))
    assert [g["name"] for g in groups] == ["Orrin", "Tamsin Orrin", "Bram Orrin"]


def test_a_body_quoted_by_its_first_word_is_shown_under_its_full_name():
    items = [_said("a1", "Quarrel Coachways", [Person(id="p1", name="Quarrel Coachways", kind="org")]),
             _said("a2", "Quarrel", [Person(id="p1", name="Quarrel", kind="org")])]
    groups = quotes_by_speaker(items, {"a1": 1, "a2": 2}, merge_people(items))
    assert [(g["name"], len(g["quotes"])) for g in groups] == [("Quarrel Coachways", 2)]
    # two bodies that word opens: it stays as written
    items.append(_said("a3", "Quarrel Ferries", [Person(id="p1", name="Quarrel Ferries", kind="org")]))
    groups = quotes_by_speaker(items, {"a1": 1, "a2": 2, "a3": 3}, merge_people(items))
    assert [g["name"] for g in groups] == ["Quarrel Coachways", "Quarrel", "Quarrel Ferries"]


def test_a_full_personal_name_tagged_once_as_an_organisation_is_only_a_person():
    items = [item("a1", [Person(id="p1", name="Tamsin Orrin")], [("Tamsin Orrin", "PERSON")]),
             item("a2", [Person(id="p1", name="Tamsin Orrin", kind="org"), Person(id="p2", name="Orsande Rowing Club",
                                                                             kind="org")],
                  [("Tamsin Orrin", "ORG"), ("Orsande Rowing Club", "ORG")])]
    assert [(p["name"], p["kind"]) for p in merge_people(items)] == [("Tamsin Orrin", "person"),
                                                                     ("Orsande Rowing Club", "org")]


def test_a_one_word_person_the_story_also_tags_as_a_place_or_body_is_left_out():
    items = [item("a1", [Person(id="p1", name="Tamsin Orrin")], [("Tamsin Orrin", "PERSON"), ("Dellby", "GPE")]),
             item("a2", [Person(id="p1", name="Dellby", age=41)], [("Dellby", "PERSON")])]
    assert [p["name"] for p in merge_people(items)] == ["Tamsin Orrin"]
    # a surname the story gives a person with a first name stays (it is that person)
    items.append(item("a3", [Person(id="p1", name="Ada Dellby")], [("Ada Dellby", "PERSON")]))
    assert "Ada Dellby" in [p["name"] for p in merge_people(items)]


def test_a_one_word_person_the_story_names_before_province_is_left_out():
    # "Druvana province" in one article, "in Druvana" tagged as a person in another
    a1 = AnalyzedArticle(Article(id="a1", text="Trucks are stuck in Velmaria's Druvana province."),
                         Analysis(article_id="a1", entities=[Entity("Druvana", "PERSON", 31, 38)]))
    a2 = AnalyzedArticle(Article(id="a2", text="Our teams work in Druvana, Ines Marlow said."),
                         Analysis(article_id="a2", people=[Person(id="p1", name="Druvana"),
                                                           Person(id="p2", name="Ines Marlow")],
                                  entities=[Entity("Druvana", "PERSON", 18, 25), Entity("Ines Marlow", "PERSON", 27, 38)]))
    assert [p["name"] for p in merge_people([a1, a2])] == ["Ines Marlow"]
    assert [p["name"] for p in merge_people([a2])] == ["Druvana", "Ines Marlow"]


def test_a_speaker_named_with_a_title_is_shown_under_the_story_persons_name():
    items = [_said("a1", "Alderwoman Tamsin Orrin", [Person(id="p1", name="Tamsin Orrin", roles=["Alderwoman"])]),
             _said("a2", "Tamsin Orrin", [Person(id="p1", name="Tamsin Orrin")])]
    groups = quotes_by_speaker(items, {"a1": 1, "a2": 2}, merge_people(items))
    assert [(g["name"], len(g["quotes"])) for g in groups] == [("Tamsin Orrin", 2)]


def test_a_pronoun_no_article_resolves_is_shown_as_unresolved():
    text = "She said the road was hard."
    quote = Quote(text="the road was hard", start=9, end=26, kind="indirect", cue="said", cue_start=4, cue_end=8,
                  speaker="She", speaker_name=None)
    it = AnalyzedArticle(Article(id="a1", text=text), Analysis(article_id="a1", quotes=[quote]))
    (group,) = quotes_by_speaker([it], {"a1": 1})
    assert group["name"] == "Unresolved (She)"


def test_a_comma_closed_inside_the_marks_before_the_cue_is_not_shown():
    text = '"Some of these were twenty years old," said Bram Tilney.'
    quote = Quote(text=text[1:37], start=1, end=37, kind="direct", cue="said", speaker="Bram Tilney",
                  speaker_name="Bram Tilney")
    it = AnalyzedArticle(Article(id="a1", text=text), Analysis(article_id="a1", quotes=[quote]))
    (group,) = quotes_by_speaker([it], {"a1": 1})
    assert group["quotes"][0]["text"] == "Some of these were twenty years old"


def test_a_quote_in_its_outlets_template_sentence_is_not_shown():
    notice = "The board said patients should report side effects on its line. "
    news = ["Tarlow Pharma recalled two batches.", "Tarlow Pharma won a licence."]
    items = []
    for k, lead in enumerate(news, start=1):
        text = lead + " " + notice
        start = text.index("patients")
        boiler = Quote(text="patients should report side effects on its line", start=start, end=start + 47,
                       kind="indirect", cue="said", cue_start=start - 5, cue_end=start - 1,
                       speaker="The board", speaker_name="The board")
        news_quote = Quote(text=lead, start=0, end=len(lead), kind="indirect", cue="recalled", cue_start=13,
                           cue_end=21, speaker="Tarlow Pharma", speaker_name="Tarlow Pharma")
        sentences = [Sentence(0, len(lead)), Sentence(len(lead) + 1, len(text) - 1)]
        items.append(AnalyzedArticle(Article(id=f"a{k}", text=text, outlet="Board Notices"),
                                     Analysis(article_id=f"a{k}", sentences=sentences, quotes=[boiler, news_quote])))
    assert text[boiler.start:boiler.end] == boiler.text
    groups = quotes_by_speaker(items, {"a1": 1, "a2": 2})
    assert [g["name"] for g in groups] == ["Tarlow Pharma"]
    # one notice alone is no template: its quote is shown
    alone = quotes_by_speaker(items[:1], {"a1": 1})
    assert sorted(g["name"] for g in alone) == ["Tarlow Pharma", "The board"]
