"""News conventions outside US wire style (UK, Irish, Australian and local papers):
single-quoted statements over paragraphs, possessives inside single marks, short cued
statements, dash signatures, and speakers named by age, hyphenated descriptions or
"the force". Fictional text throughout."""

from __future__ import annotations


def _direct(quotes):
    return [(q.text, q.speaker_name) for q in quotes if q.kind == "direct"]


def test_plural_possessive_inside_single_marks_does_not_close_the_quote(quotes_of):
    text = ("‘We’ve been let down,’ said Councillor Rhys Pengelly. ‘The residents’ views "
            "weren’t heard.’ 'The tenants' letters went unanswered,' he added.")
    assert _direct(quotes_of(text)) == [
        ("We’ve been let down,", "Rhys Pengelly"),
        ("The residents’ views weren’t heard.", "Rhys Pengelly"),
        ("The tenants' letters went unanswered,", "Rhys Pengelly")]


def test_a_plural_scare_quote_before_another_phrase_still_closes(quotes_of):
    text = "So-called 'experts' said the storm was a 'hoax', the mayor complained."
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.kind == "direct"]
    assert not any("experts' said" in q.text and q.text.startswith("experts") for q in quotes)


def test_single_quoted_statement_over_two_paragraphs_is_one_direct_quote(quotes_of):
    text = ("Health Minister Ruairi Dolan said: 'We are investing in the service.\n\n"
            "'Every region will get new beds by next year.'\n\nThe opposition was unconvinced.")
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert q.text.startswith("We are investing") and q.text.endswith("by next year.")
    assert q.speaker_name == "Ruairi Dolan" and q.cue == "said"
    assert not [q for q in quotes_of(text) if q.kind == "indirect"]


def test_short_single_quoted_statements_with_a_cue_are_direct(quotes_of):
    assert _direct(quotes_of("Asked if he would resign, Mr Dorran said: 'Absolutely not.'")) == [
        ("Absolutely not.", "Dorran")]
    text = ("Harriet Quell, the club's manager, spoke after the match. "
            "'We are,' she said, 'ready for whatever comes next.'")
    assert _direct(quotes_of(text)) == [("We are,", "Harriet Quell"),
                                        ("ready for whatever comes next.", "Harriet Quell")]


def test_single_quoted_statement_signed_with_a_dash(quotes_of):
    text = "'It's the best result we've had in years' – Jane Roe, Carrow Council leader"
    assert _direct(quotes_of(text)) == [("It's the best result we've had in years", "Jane Roe")]


def test_the_n_year_old_is_the_person_of_that_age(quotes_of):
    text = ("Tom Harker, 61, chairs the residents' group. Gemma Lusk, 34, from Tarrow, had her "
            "car stolen last week. Mr Harker said it was the third theft this month. "
            "The 34-year-old said: 'I just want my car back.'")
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.speaker_name) == ("The 34-year-old", "Gemma Lusk")


def test_hyphenated_description_is_the_whole_speaker_mention(quotes_of):
    text = ("The mother-of-two, Leanne Ferris, said the school had 'let her down'. "
            "The mother-of-two said: 'Nobody called me back for three weeks.'")
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.speaker_name) == ("The mother-of-two", "Leanne Ferris")


def test_the_force_is_the_police_force_named_before(quotes_of):
    text = ("Carrow Police said a man had been arrested. The force said: 'Enquiries are ongoing "
            "and we would urge anyone with information to call us.'")
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.speaker_name) == ("The force", "Carrow Police")


def test_when_it_was_said_is_not_part_of_the_report(quotes_of):
    text = "LONDON (Wirefeed) - Orrin Water said on Tuesday it would cut 400 jobs."
    q = [q for q in quotes_of(text) if q.kind == "indirect"][0]
    assert q.text == "it would cut 400 jobs" and q.speaker_name == "Orrin Water"


def test_statement_clause_with_quoted_words_after_in_a_statement(quotes_of):
    text = "Harlow FC confirmed in a statement that manager Paddy Roe had left 'by mutual consent'."
    q = quotes_of(text)[0]
    assert q.kind == "mixed" and q.text == "that manager Paddy Roe had left 'by mutual consent'"
    assert q.speaker_name == "Harlow FC"


def test_title_after_the_name_and_title_before_the_apposition(quotes_of):
    q = quotes_of("Sir Tobin Vantage MP, the shadow minister, said: 'It's a mess.'")[0]
    # (post-nominals are in the mention as written, never in the name: session 11)
    assert (q.speaker, q.speaker_name) == ("Sir Tobin Vantage MP", "Tobin Vantage")
    q = quotes_of("The Taoiseach, Brendan Corless, said: 'We will not be found wanting.'")[0]
    assert q.speaker_name == "Brendan Corless" and "Taoiseach" in (q.speaker_role or "")


def test_headline_title_is_the_person_the_article_gives_that_role(quotes_of):
    text = ("Minister says schools will stay open\n\nEducation Minister Liam Coyle said on Monday "
            "that schools would remain open throughout the winter.")
    head = [q for q in quotes_of(text) if q.start < text.index("\n")]
    assert head and head[0].speaker == "Minister" and head[0].speaker_name == "Liam Coyle"
    assert head[0].text == "schools will stay open"  # the parser runs the headline on


def test_the_n_year_old_after_the_quote_with_no_parsed_subject(quotes_of):
    text = "Rosa Pike, 52, has lived on the estate since 1990. “We’re ready to fight,” the 52-year-old said."
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_name) == ("the 52-year-old", "Rosa Pike")


def test_a_name_tagged_as_an_organisation_that_an_apposition_calls_a_person(nlp):
    from storyweave.analyze.people import find_people

    doc = nlp("Marcus Hale, a spokesman for the Lenham Hospital Trust, said: 'Patients come first.' "
              "He added: 'No ward will close.'")
    people = {p.name: p for p in find_people(doc)}
    assert people["Marcus Hale"].kind == "person"
    assert people["Marcus Hale"].role == "spokesman for the Lenham Hospital Trust"
    assert people["Lenham Hospital Trust"].kind == "org"


def test_uk_police_ranks_are_the_speakers_role(quotes_of):
    text = ("Det Insp Rowan Kettle, of Carrow Police, said: 'We are appealing for witnesses.' "
            "Ch Supt Mina Rao said the roads would reopen.")
    roles = {q.speaker_name: q.speaker_role for q in quotes_of(text)}
    assert roles == {"Rowan Kettle": "Det Insp", "Mina Rao": "Ch Supt"}


def test_a_spokesman_speaks_for_the_business_a_descriptor_names(quotes_of):
    text = "Ferry operator Sealink Isles said services were suspended. 'Safety comes first,' a spokesman said."
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.speaker_name) == ("a spokesman", "Sealink Isles spokesman")


def test_mr_surname_after_only_a_woman_of_that_name_is_someone_else(quotes_of):
    text = ("Greta Fane and her husband Tom run the bakery.\n\n'We opened in 1998,' she said. "
            "'Now we face ruin.'\n\nMr Fane added: 'The landlord won't talk to us.'")
    direct = [(q.speaker, q.speaker_name) for q in quotes_of(text) if q.kind == "direct"]
    assert direct[:2] == [("she", "Greta Fane"), ("she", "Greta Fane")]
    assert direct[2][0] == "Mr Fane" and direct[2][1] != "Greta Fane"


def test_a_short_single_quoted_paragraph_floats_on_from_the_last_speaker(quotes_of):
    text = ("Local resident Peter Hollis, 67, disagreed. 'They were warned about this two years "
            "ago,' the retired teacher said.\n\n'Nobody listened.'\n\nThe shop sold 'Bargains.'")
    direct = [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "direct"]
    assert direct == [("They were warned about this two years ago,", "Peter Hollis"),
                      ("Nobody listened.", "Peter Hollis")]
