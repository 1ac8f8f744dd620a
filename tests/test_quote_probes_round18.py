"""Round 18 quotes and speakers: the forms detection batch 17 of tests/quote_probe_cases.py and
speaker batch 17 of tests/speaker_probe_cases.py (fact-checks, emergency and disaster coverage,
health and medical news, US local metro news, entertainment interviews, Q&A interviews) found
missing, each tested on its own fictional variants with what each rule must leave alone: a
report hung on a programme or a gathering ("said on a radio show that"), a party tag whose
bracket the parser hung on the tag, a Q&A whose introduction calls itself an interview, a
dialogue of named labels in the third person, a participle that says which sources ("residents
reached by phone"), a listed first name renaming a job though its surname is a place's word, a
hyphenated job ("her co-star"), the people around a public figure ("her publicist"), a trade
that names a business ("Pharma"), a role verb's participle in a role ("an attorney representing
the developer"), a description of what someone does given to the one a relative is named by,
and words said by rote ("said a prayer")."""

from __future__ import annotations

from quote_checks import rows, speakers_of


def test_a_report_hung_on_a_programme_or_a_gathering_is_the_report(quotes_of):
    text = "Councillor Ben Oduya said on a phone-in show that the depot would close in June."
    assert rows(quotes_of(text)) == [("that the depot would close in June", "indirect", "said",
                                      "Councillor Ben Oduya")]
    text = "The mayor said at a meeting on Monday that the pool would reopen."
    assert rows(quotes_of(text)) == [("that the pool would reopen", "indirect", "said", "The mayor")]
    # a relative clause with "that" as its own subject or object says nothing
    assert quotes_of("She spoke at a rally that drew 3,000 people.") == []
    assert quotes_of("He appeared on a show that the station later cancelled.") == []
    # after a cue too: a clause whose verb hosts or holds the programme, with no object, is relative
    assert quotes_of("She said it on the show that she hosts every Sunday.") == []
    assert quotes_of("She said it at a meeting that the council held in March.") == []


def test_a_party_tag_is_no_role_whichever_way_the_parser_hangs_its_brackets(quotes_of):
    text = "Rep. Nell Ostby (D-Kessing) said the levee money had been spent."
    assert speakers_of(quotes_of, text) == [("Rep. Nell Ostby", "Nell Ostby", "Rep.")]


def test_a_qa_whose_introduction_calls_itself_an_interview_gives_the_answers(quotes_of):
    text = ("Judge Rhea Mallory retires this month after 30 years on the bench. This interview has "
            "been condensed and edited.\n\nQ: What changed most?\n\nA: The length of the trials.")
    assert rows(quotes_of(text)) == [("The length of the trials.", "direct", None, "Judge Rhea Mallory")]


def test_an_explainer_that_asks_and_answers_itself_is_still_the_writers(quotes_of):
    # no first person in the answers, no interview named: the writer's own questions
    text = ("Dr Ines Vale runs the clinic.\n\nQ: What is a stent?\n\nA: A small tube that holds an "
            "artery open.")
    assert quotes_of(text) == []


def test_a_dialogue_of_named_labels_in_the_third_person_is_a_transcript(quotes_of):
    text = ("Radio host Rita Amsel spoke with Sheriff Dan Kohl.\n\nAMSEL: Why close the road?\n\n"
            "KOHL: Because the bridge is not safe.")
    assert speakers_of(quotes_of, text) == [("AMSEL", "Rita Amsel", "Radio host"),
                                            ("KOHL", "Dan Kohl", "Sheriff")]


def test_labels_naming_no_one_the_article_names_still_need_talk(quotes_of):
    # a fact box in capitals with a question is no dialogue of people the article names
    text = "WHAT HAPPENED: Why did the dam fail?\n\nWHAT NEXT: An inquiry opens in May."
    assert quotes_of(text) == []


def test_a_participle_that_says_which_sources_stays_in_the_mention(quotes_of):
    text = "Several farmers reached by phone said the water had not come back."
    assert rows(quotes_of(text))[0][3] == "Several farmers reached by phone"
    text = "A video circulating on TikTok claims the bridge will be torn down."
    assert rows(quotes_of(text))[0][3] == "A video circulating on TikTok"
    # why a source is unnamed is no part of which source it is; an object ends the phrase
    text = "Officials speaking on condition of anonymity said the talks had stalled."
    assert rows(quotes_of(text))[0][3] == "Officials"
    text = "Doctors treating the girl said she was stable."
    assert rows(quotes_of(text))[0][3] == "Doctors"


def test_a_listed_first_name_renaming_a_job_is_a_person_though_its_surname_is_a_places(quotes_of):
    text = ("The city's transit director, Grace Hill, said buses would run all night. Hill said "
            "trains would not.")
    assert speakers_of(quotes_of, text) == [("Grace Hill", "Grace Hill", "city's transit director"),
                                            ("Hill", "Grace Hill", "city's transit director")]


def test_a_hyphenated_job_keeps_its_first_half_and_its_possessor(quotes_of):
    text = ("Tomas Reyes founded the bakery in 1998. His co-founder, Ana Ibarra, said the shop would "
            "stay open.")
    assert speakers_of(quotes_of, text) == [("Ana Ibarra", "Ana Ibarra", "co-founder to Tomas Reyes")]


def test_the_people_around_a_public_figure_are_people(quotes_of):
    text = ("Singer Odile Marchetti cancelled two shows. Her publicist, Wren Ashby, said she was "
            "resting.")
    assert speakers_of(quotes_of, text) == [("Wren Ashby", "Wren Ashby", "publicist to Odile Marchetti")]


def test_a_trade_ending_a_name_makes_it_a_business(quotes_of):
    text = "The trial was paid for by Velmont Therapeutics. The company said it was pleased."
    assert speakers_of(quotes_of, text) == [("The company", "Velmont Therapeutics", None)]


def test_a_role_verbs_participle_is_part_of_the_role(quotes_of):
    text = "Mara Quist, a lawyer representing the tenants, said the eviction notices were invalid."
    assert speakers_of(quotes_of, text) == [("Mara Quist", "Mara Quist", "lawyer representing the tenants")]
    # a participle of no role verb is what she is doing, not what she is
    text = "Jon Arda, a volunteer helping at the shelter, said every bed was taken."
    assert speakers_of(quotes_of, text) == [("Jon Arda", "Jon Arda", "volunteer")]


def test_a_description_of_what_someone_does_is_not_the_relative_named_last(quotes_of):
    text = ("Dev Kapoor and his father, Raj, watched the first episode together.\n\n\u201cI was so "
            "proud,\u201d Raj Kapoor said.\n\nThe actor said he had not slept that night.")
    assert speakers_of(quotes_of, text) == [("Raj Kapoor", "Raj Kapoor", "father to Dev Kapoor"),
                                            ("The actor", "Dev Kapoor", None)]
    # a word for a relative, or for a man, keeps the one named last
    text = ("Dev Kapoor and his father, Raj, watched the first episode.\n\nThe father said he had "
            "cried.")
    assert speakers_of(quotes_of, text) == [("The father", "Raj", "father to Dev Kapoor")]


def test_words_said_by_rote_are_no_report(quotes_of):
    assert quotes_of("The vicar said a prayer for the crew of the lifeboat.") == []
    assert quotes_of("Father Ennis said Mass in the car park.") == []
    # what is said as a message stays one
    assert rows(quotes_of("He said the same of his rival.")) == [("the same of his rival", "indirect", "said", "He")]
