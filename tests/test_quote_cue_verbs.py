"""Reporting (cue) verbs beyond the wire's "said": attitude and speech-act verbs that report a
clause or a quote ("reminded drivers that ...", "“...,” scoffed Jane Roe"), verbs of manner,
feeling and gesture that tag quoted words beside them only ("“...,” she laughed", "He fumed:
“...”"), phrasal cues ("pointed out that", "“...,” she went on"), and their false friends,
where the same verbs report nothing ("laughed at the idea", "conceded two goals", "pleaded
guilty", "recalled 40,000 vehicles"). Every person, place and event here is invented."""

from __future__ import annotations

import pytest

from storyweave.analyze.lexicon import belief_verbs, manner_verbs, quote_only_verbs, speech_verbs


def _got(quotes):
    return [(q.text, q.kind, q.cue, q.speaker) for q in quotes]


D, I = "direct", "indirect"

# --- a verb of manner or feeling tags the quoted words beside it ---------------------------

AFTER_QUOTE = [
    ('"That was far too close for comfort," she laughed.',
     ("That was far too close for comfort,", D, "laughed", "she")),
    ('"It is the best harvest in twenty years," beamed grower Tomasz Rella.',
     ("It is the best harvest in twenty years,", D, "beamed", "Tomasz Rella")),
    ('"Read the report before you criticise it," snapped the minister, Hal Dorrit.',
     ("Read the report before you criticise it,", D, "snapped", "Hal Dorrit")),
    ('"I never thought I would see ninety," Mabel Quist chuckled.',
     ("I never thought I would see ninety,", D, "chuckled", "Mabel Quist")),
    ('"I will not apologise for defending this town," the mayor bristled.',
     ("I will not apologise for defending this town,", D, "bristled", "the mayor")),
    ('"It took me years to understand what happened," Ines Harrow reflected.',
     ("It took me years to understand what happened,", D, "reflected", "Ines Harrow")),
    ('"We have never had a crowd like it," grinned club secretary Alf Dunmore.',
     ("We have never had a crowd like it,", D, "grinned", "Alf Dunmore")),
    # a cry ending in "!": the parser reads "roared" before the name as a modifier of it
    ('"We are going to the final!" roared captain Lewis Orme.',
     ("We are going to the final!", D, "roared", "Lewis Orme")),
    # speech acts newly listed: they report a quote after it too
    ('"We have kept every promise we made," Councillor Petra Voss reminded voters.',
     ("We have kept every promise we made,", D, "reminded", "Councillor Petra Voss")),
    ('"Perhaps we were too ambitious," Dr Anselm Kowal mused.',
     ("Perhaps we were too ambitious,", D, "mused", "Dr Anselm Kowal")),
    ('"That figure is pure fantasy," scoffed opposition leader Rhoda Crane.',
     ("That figure is pure fantasy,", D, "scoffed", "Rhoda Crane")),
    ('"Nobody from the council has even called us," fumed shopkeeper Dev Anand.',
     ("Nobody from the council has even called us,", D, "fumed", "Dev Anand")),
    # the tagger reads a tag before a role and a name as an adjective ("boasted/JJ"): its
    # base form is still a reporting verb
    ('"We were the best side by a mile," boasted midfielder Kit Rourke.',
     ("We were the best side by a mile,", D, "boasted", "Kit Rourke")),
    ('"It is the end of an era," lamented landlord Sid Pryce.',
     ("It is the end of an era,", D, "lamented", "Sid Pryce")),
    # a present-tense tag read as a plural noun, and the role after it as a verb
    ('"Not another delay," groans commuter Anjali Rao, 29.',
     ("Not another delay,", D, "groans", "Anjali Rao")),
    # phrasal tags: the particle is part of the cue
    ('"These claims are false and he knows it," Mayor Ada Kwan hit back.',
     ("These claims are false and he knows it,", D, "hit back", "Mayor Ada Kwan")),
]


@pytest.mark.parametrize("text,want", AFTER_QUOTE, ids=[w[2] for _, w in AFTER_QUOTE])
def test_a_tag_after_the_quote_gives_it_a_cue_and_speaker(quotes_of, text, want):
    assert _got(quotes_of(text)) == [want]


def test_went_on_continues_a_speaker_after_a_said(quotes_of):
    text = '"We tried everything," the farmer said. "We even moved the cattle twice," she went on.'
    assert _got(quotes_of(text)) == [
        ("We tried everything,", D, "said", "the farmer"),
        ("We even moved the cattle twice,", D, "went on", "she")]


def test_a_tag_that_splits_one_quote_reports_both_halves(quotes_of):
    text = '"If I had known," she laughed, "I would have brought an umbrella."'
    assert _got(quotes_of(text)) == [
        ("If I had known,", D, "laughed", "she"),
        ("I would have brought an umbrella.", D, "laughed", "she")]


def test_a_nod_answers_a_reporters_question(quotes_of):
    text = '"Will you stand again?" a reporter asked. "Of course," nodded Senator Joan Pike.'
    assert _got(quotes_of(text)) == [
        ("Will you stand again?", D, "asked", "a reporter"),
        ("Of course,", D, "nodded", "Senator Joan Pike")]


COLON = [
    ('One resident, Gwen Tolley, fumed: "We were told the road would reopen in May."',
     ("We were told the road would reopen in May.", D, "fumed", "Gwen Tolley")),
    ('The jockey Sean Ferris laughed: "Not while I can still climb on a horse."',
     ("Not while I can still climb on a horse.", D, "laughed", "Sean Ferris")),
    ('Tilda Morrow, 102, smiled: "Porridge and a walk every morning."',
     ("Porridge and a walk every morning.", D, "smiled", "Tilda Morrow")),
]


@pytest.mark.parametrize("text,want", COLON, ids=[w[2] for _, w in COLON])
def test_a_tag_before_a_colon_introduces_the_quote(quotes_of, text, want):
    assert _got(quotes_of(text)) == [want]


def test_a_manner_tag_of_its_own_paragraph_before_a_quote(quotes_of):
    text = 'Councillor Bea Holm smiled:\n\n"It has been a very good year for the market."'
    assert _got(quotes_of(text)) == [("It has been a very good year for the market.", D, "smiled",
                                      "Councillor Bea Holm")]


# --- speech acts that report a clause ------------------------------------------------------

INDIRECT = [
    ('Superintendent Carys Lowe reminded drivers that the bridge would close at midnight.',
     ("that the bridge would close at midnight", I, "reminded", "Superintendent Carys Lowe")),
    ('Ms Okafor pointed out that the school had not been inspected since 2019.',
     ("that the school had not been inspected since 2019", I, "pointed out", "Ms Okafor")),
    ('Analyst Joren Sleet speculated that the merger could be announced within weeks.',
     ("that the merger could be announced within weeks", I, "speculated", "Joren Sleet")),
    ('A senior aide confided that the minister had considered resigning.',
     ("that the minister had considered resigning", I, "confided", "A senior aide")),
    ('Commuters grumbled that the new timetable added twenty minutes to their journey.',
     ("that the new timetable added twenty minutes to their journey", I, "grumbled", "Commuters")),
    ('The former treasurer confessed that she had moved the funds without approval.',
     ("that she had moved the funds without approval", I, "confessed", "The former treasurer")),
    ('The new chief constable swore that the force would win back public trust.',
     ("that the force would win back public trust", I, "swore", "The new chief constable")),
    ('Farmer Idris Penhale recalled that the river had burst its banks twice that winter.',
     ("that the river had burst its banks twice that winter", I, "recalled", "Idris Penhale")),
]


@pytest.mark.parametrize("text,want", INDIRECT, ids=[w[2] for _, w in INDIRECT])
def test_a_speech_act_reports_its_clause(quotes_of, text, want):
    assert _got(quotes_of(text)) == [want]


# --- false friends: the same verbs, no speech ----------------------------------------------

FALSE_FRIENDS = [
    'The crowd laughed at the idea of a second referendum.',
    'The new glass tower reflected the light across the harbour.',
    'Fenwick Athletic conceded two goals in the final ten minutes.',
    'Darren Mossop, 34, pleaded guilty to dangerous driving at Carrow Crown Court.',
    'A second man pleaded not guilty and was remanded in custody.',
    'The satellite beamed images of the storm back to the control room.',
    'Markets sighed with relief as the bank held rates.',
    'The Harriers snapped a five-game losing streak on Saturday.',
    'The carmaker recalled 40,000 vehicles over a brake fault.',
    'The engines roared as the lorries left the depot at dawn.',
    'The couple went on holiday to Crete in June.',
    'The visitors hit back with two late goals.',
    'The witness pointed at the defendant.',
    'The boy who grinned at the cameras was later named as Theo Marsh, 9.',
    'Players observed a minute\'s silence before kick-off.',
    'She was admitted to hospital with minor burns.',
    'The crowd laughed, and the mayor carried on with her speech.',
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_report_nothing(quotes_of, text):
    assert _got(quotes_of(text)) == []


def test_a_quote_that_ends_its_sentence_is_not_tagged_by_the_next_action(quotes_of):
    # 'A.” She smiled.': after a full stop a smile is something she did, not how she said A
    text = 'The coach read out the team. "Good luck." The players smiled and ran out.'
    assert _got(quotes_of(text)) == []
    # a laughing fan with a quoted banner: a participle modifying a noun tags nothing
    assert _got(quotes_of('A laughing fan held up a banner reading "Bring back Benny".')) == []
    # a title that ends its sentence with a full stop, then "Beaming" before a noun: no tag
    assert _got(quotes_of('The band played "Home Again." Beaming parents filled the hall.')) == []


def test_a_new_clause_after_a_quote_is_no_tag(quotes_of):
    # the quote ends with a comma, but "and" opens a clause with a subject of its own
    text = '"We are busy again," and bookings began to climb last month, the owner, Lena Platt, said.'
    assert [q.cue for q in quotes_of(text) if q.cue is not None and "began" in q.cue] == []


def test_a_manner_verb_in_a_relative_clause_after_a_quote_is_no_tag(quotes_of):
    text = '"Harbour Lights", the song that made the crowd roar, closed the show.'
    assert all(q.cue is None or "roar" not in q.cue for q in quotes_of(text))


# --- the word lists ------------------------------------------------------------------------

def test_manner_verbs_are_never_cues_of_an_indirect_report():
    # a manner verb listed as a speech, belief or naming verb would report clauses on its own
    manner = manner_verbs()
    assert manner, "the manner list is empty"
    assert not manner & speech_verbs()
    assert not manner & belief_verbs()
    assert manner & quote_only_verbs() <= {"offer"}  # ('“Sorry,” he offered'; "offered his “sympathy”")


def test_a_manner_verb_alone_reports_no_clause(quotes_of):
    # "laughed" with a clause but no quoted words beside it: not a report of speech here
    assert _got(quotes_of("The mayor laughed when the vote was called.")) == []


def test_a_manner_verb_going_on_with_an_infinitive_introduces_no_quote(quotes_of):
    # "begins to show" before a colon is the writer's own sentence, not a tag of the quote
    text = ("The gap begins to show when the two budgets are set side by side:\n\n"
            "\u201cWe will spend more on roads than on schools,\u201d the draft reads.")
    assert all(q.cue != "begins" for q in quotes_of(text))


def test_a_manner_tag_whose_quoted_words_the_parser_made_its_infinitive(quotes_of):
    text = 'Asked about the race, runner Edda Brook laughed: "Not while my knees still work."'
    assert ("Not while my knees still work.", "direct", "laughed", "Edda Brook") in _got(quotes_of(text))
