"""Round 9 quote detection: speaker-labelled transcripts and parliamentary records, a
single-quoted statement whose apostrophe ends a paragraph that runs on, and the speaker of a
cue right after a quote read off the words when the parse fails. Batch 6 of
tests/quote_probe_cases.py (run by tests/test_quote_probes_round8.py) holds the probes these
came from; the sentences here are new fictional ones."""

from __future__ import annotations


def _all(quotes):
    return [(q.text, q.kind, q.cue, q.speaker, q.speaker_name) for q in quotes]


# --- speaker-labelled turns ----------------------------------------------------------------

def test_a_broadcast_transcript_gives_each_turn_to_its_label(quotes_of):
    text = ("Reporter Nell Arkwright visited farmer Bryn Colley on Monday.\n\n"
            "ARKWRIGHT: Has the river gone down?\n\n"
            "COLLEY: Not yet. The bottom field is still a lake.\n\n"
            "ARKWRIGHT: And the sheep?\n\n"
            "COLLEY: We moved them up the hill on Friday.")
    assert _all(quotes_of(text)) == [
        ("Has the river gone down?", "direct", None, "ARKWRIGHT", "Nell Arkwright"),
        ("Not yet. The bottom field is still a lake.", "direct", None, "COLLEY", "Bryn Colley"),
        ("And the sheep?", "direct", None, "ARKWRIGHT", "Nell Arkwright"),
        ("We moved them up the hill on Friday.", "direct", None, "COLLEY", "Bryn Colley")]


def test_a_parliamentary_record_with_constituency_party_and_office(quotes_of):
    text = ("Ms Helena Brackwater (Fenmoor South) (Ind): Will the Minister meet the families "
            "affected?\n\n"
            "The Minister for Housing (Mr Idris Pellow): I will, and I will write to the hon. "
            "Lady today.")
    assert [(q.text, q.kind, q.cue, q.speaker) for q in quotes_of(text)] == [
        ("Will the Minister meet the families affected?", "direct", None, "Ms Helena Brackwater"),
        ("I will, and I will write to the hon. Lady today.", "direct", None, "Mr Idris Pellow")]


def test_capital_labels_with_a_role_stage_directions_and_a_turn_over_paragraphs(quotes_of):
    text = ("The interview with council leader Moira Fenn was broadcast on Sunday.\n\n"
            "OSWIN TALLACK, HOST: Leader, thanks for joining us.\n\n"
            "(BEGIN VIDEO CLIP)\n\n"
            "FENN: We are not closing the pool. I want to be clear about that.\n\n"
            "We are looking at the opening hours, that is all.\n\n"
            "TALLACK: So no closure?\n\n"
            "FENN: No closure.")
    got = [(q.text, q.speaker, q.speaker_name) for q in quotes_of(text)]
    assert got == [
        ("Leader, thanks for joining us.", "OSWIN TALLACK", None),
        ("We are not closing the pool. I want to be clear about that.\n\nWe are looking at the "
         "opening hours, that is all.", "FENN", "Moira Fenn"),
        ("So no closure?", "TALLACK", None),
        ("No closure.", "FENN", "Moira Fenn")]


def test_labels_that_name_no_one_or_head_sections_are_no_turns(quotes_of):
    # minutes: a decision under a label is no one's words
    assert not quotes_of("RESOLVED: That the minutes be approved.\n\nAGREED: That the item be "
                         "deferred.")
    # a fact box
    assert not quotes_of("Venue: Tarrow Town Hall\nTickets: \u00a35 on the door")
    # a name heading each section of prose is a subhead, not a speaker
    text = ("Who needs what next week.\n\n"
            "Okafor: Hold the north.\n\n"
            "Councillor Bede Okafor has held the north ward since 2014.\n\n"
            "Lindqvist: Win back the young.\n\n"
            "Maren Lindqvist lost the student vote by 200 votes last time.")
    assert not [q for q in quotes_of(text) if q.cue is None]
    # a table of figures under names, with or without words
    assert not quotes_of("Votes so far.\n\nBede Okafor: 1,204.\nMaren Lindqvist: 987.")
    assert not quotes_of("Mill ward result.\n\nBede Okafor (Ind): 1,204 votes\n"
                         "Maren Lindqvist (Green): 987 votes")


def test_a_list_of_people_described_is_no_transcript(quotes_of):
    text = ("The candidates for the Mill ward are:\n\n"
            "Bede Okafor: Former mayor, 61, runs the hardware shop on Quay Street.\n\n"
            "Maren Lindqvist: Nurse, 38, is standing for the first time.")
    assert not quotes_of(text)


def test_a_title_in_the_label_and_a_speaker_the_people_finder_missed(quotes_of):
    text = ("Senator Ruth Abernathy joined the programme from Harlow.\n\n"
            "SEN. RUTH ABERNATHY: I will vote for it, and so will my colleagues.\n\n"
            "Mr Speaker: Order. The Senator has the floor.\n\n"
            "ABERNATHY: Thank you.")
    assert [(q.text, q.speaker, q.speaker_name) for q in quotes_of(text)] == [
        ("I will vote for it, and so will my colleagues.", "SEN. RUTH ABERNATHY", "Ruth Abernathy"),
        ("Order. The Senator has the floor.", "Mr Speaker", None),
        ("Thank you.", "ABERNATHY", "Ruth Abernathy")]


def test_one_labelled_line_is_a_headline_not_a_transcript(quotes_of):
    assert not quotes_of("Maren Lindqvist: a life in local politics\n\nShe first stood in 1998.")


# --- single marks over paragraphs --------------------------------------------------------

def test_a_plural_apostrophe_in_a_single_quoted_statement_that_runs_on(quotes_of):
    text = ("Ola Brandt, who speaks for the growers' co-operative, said: 'The farmers' patience "
            "has run out.\n\n'We want an answer from the buyers' group this week.'")
    assert [(q.text, q.kind, q.cue, q.speaker) for q in quotes_of(text)] == [
        ("The farmers' patience has run out.\n\n'We want an answer from the buyers' group this "
         "week.", "direct", "said", "Ola Brandt")]


def test_a_plural_apostrophe_with_nothing_after_it_still_closes_a_quote(quotes_of):
    # no next paragraph opening with a mark: the mark after "Joneses" closes the quoted words
    text = "She said the family were known as 'the Joneses' across the valley."
    assert not [q for q in quotes_of(text) if "valley" in q.text and q.kind == "direct"]


# --- the speaker of a cue right after a quote ----------------------------------------------

def test_the_quotes_own_pronoun_is_never_its_speaker(quotes_of):
    text = "\"I'm staying put,\" the 72-year-old wrote on Facebook on Monday."
    assert [(q.text, q.kind, q.cue, q.speaker) for q in quotes_of(text)] == [
        ("I'm staying put,", "direct", "wrote", "the 72-year-old")]


def test_an_inverted_cue_after_a_cry_still_finds_the_name_after_it(quotes_of):
    text = "\u201cGet out now!\u201d yelled neighbour Cora Pask as the flames spread."
    assert _all(quotes_of(text)) == [
        ("Get out now!", "direct", "yelled", "Cora Pask", "Cora Pask")]


# --- an abbreviated title after a quote ------------------------------------------------------

def test_an_abbreviated_title_after_a_quote_ends_no_sentence(quotes_of):
    # "Coun." is no abbreviation the tokenizer knows: its full stop split the sentence
    text = "\u201cThe rink stays open,\u201d Coun. Marisol Dhaliwal told Lakeshore Radio on Monday."
    assert [(q.text, q.kind, q.cue, q.speaker) for q in quotes_of(text)] == [
        ("The rink stays open,", "direct", "told", "Coun. Marisol Dhaliwal")]
    text = "\"It was chaos,\" said Supt. Farid Oyelowo."
    assert [(q.text, q.cue, q.speaker_name) for q in quotes_of(text)] == [
        ("It was chaos,", "said", "Farid Oyelowo")]


def test_a_surname_that_ends_a_sentence_is_no_title(quotes_of):
    text = "\u201cWe lost our shape,\u201d said Brannagh. Colley agreed."
    assert [(q.text, q.cue, q.speaker) for q in quotes_of(text)] == [
        ("We lost our shape,", "said", "Brannagh")]


def test_the_name_set_off_after_a_role_that_follows_the_cue_is_the_speaker(quotes_of):
    # (the parser makes the role the verb's object and hangs the name on the verb)
    text = '"Rules are rules," shrugged the umpire, Kofi Brandt.'
    assert _all(quotes_of(text)) == [("Rules are rules,", "direct", "shrugged", "Kofi Brandt", "Kofi Brandt")]


def test_a_quote_whose_next_sentence_names_whose_words_they_were(quotes_of):
    text = ("\u201cThe ferry has never once left on time.\u201d\n\n"
            "Those were the words of commuter Idris Vane, who has used the crossing for a decade.")
    assert [(q.text, q.speaker, q.speaker_name) for q in quotes_of(text)] == [
        ("The ferry has never once left on time.", "Idris Vane", "Idris Vane")]


def test_a_quote_that_runs_on_is_not_given_to_the_next_sentence(quotes_of):
    # the quoted words end with a comma: "that was the view of ..." is no source of them
    text = "\u201cIt was a fair result,\u201d said Ann Roe. That was the view of most fans."
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [("It was a fair result,", "Ann Roe")]
