"""Quote probes, batch 30 (round 31, written before its fixes): news shapes the batches before
did not cover -- a live blog's time stamp on a line of its own before the entry, a statement
"translated" or sent "in an emailed statement" by someone's office, "per a spokesperson",
reports in a bulleted list, a picture caption that ends in a colon before quoted words,
reported questions ("wanted to know whether", "queried why"), two speakers joined by "and" with
"both", "in the words of X", "X, for his part, insisted", "went further, saying", "was quick to
point out", "Speaking through a spokesperson", "In response, X shot back that", a sentence
adverb before the subject ("Separately, ..."); false friends: a scare quote with no "so-called",
a photo credit, a thought that is no speech ("wondered whether").

Built as tests/quote_probe_cases.py builds its cases (the same Case and Q), kept in a file of
its own as batches 27 to 29 are; bench/quote_probes.py can fold them in with
`CASES + B27_CASES + B28_CASES + B29_CASES + B30_CASES`. Every person, place, outlet and event
here is invented.
"""

from __future__ import annotations

from quote_probe_cases import Case, Q

D, I, M = "direct", "indirect", "mixed"


def _c30(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return Case(id, form, text, tuple(Q(*q) for q in quotes), 30)


# batch 30 cases still wrong after round 31 (the bench counts them as misses; the round 31 test
# expects them to fail, strictly, so a fix shows)
B30_OPEN_CASES: dict[str, str] = {
    # "wonder" is a speech verb of the lexicon (PolNeAR counts "wondered whether" as a cue, and
    # the bench's speech-cue set is read off the same list): a thought told apart from a question
    # put aloud needs more than the verb ("wondered aloud", an addressee)
    "false_wondered_whether": "wondered whether: a thought, not told apart from a question put aloud",
}

B30_CASES: list[Case] = [
    # --- live-blog stamps on a line of their own ----------------------------------------------
    _c30("live_stamp_line_then_inverted_direct", "live blog",
         "4.52pm\n\n\u201cWe will rebuild every house on this street,\u201d Mayor Delia Ferrant said.",
         ("We will rebuild every house on this street,", D, "said", "Mayor Delia Ferrant")),
    _c30("live_stamp_bst_line_then_indirect", "live blog",
         "11.05am BST\n\nThe Harbury coastguard said two people had been rescued from the cliffs near Pellwick.",
         ("two people had been rescued from the cliffs near Pellwick", I, "said", "The Harbury coastguard")),
    # --- statements sent or translated ---------------------------------------------------------
    _c30("said_in_translated_statement_that", "statement",
         "Osric Lannvale said in a translated statement that the border talks had failed.",
         ("that the border talks had failed", I, "said", "Osric Lannvale")),
    _c30("office_said_in_emailed_statement", "statement",
         "Senator Ruth Kallan\u2019s office said in an emailed statement that she would vote against the bill.",
         ("that she would vote against the bill", I, "said", "Senator Ruth Kallan\u2019s office")),
    _c30("per_a_company_spokesperson", "per",
         "The Dunmore mine will close in March, per a company spokesperson.",
         ("The Dunmore mine will close in March", I, "per", "a company spokesperson")),
    _c30("speaking_through_spokesperson_mixed", "statement",
         "Speaking through a spokesperson, the actor said he was \u201cdeeply sorry\u201d for the remarks.",
         ("he was \u201cdeeply sorry\u201d for the remarks", M, "said", "the actor")),
    # --- bulleted reactions and a caption ------------------------------------------------------
    _c30("bulleted_inverted_reactions", "bullet list",
         "Reaction from the meeting:\n\n"
         "\u2022 \u201cWe will rebuild,\u201d said Mayor Ines Carrow.\n"
         "\u2022 \u201cNobody warned us about the flooding,\u201d said Tomas Bell, a shopkeeper.",
         ("We will rebuild,", D, "said", "Mayor Ines Carrow"),
         ("Nobody warned us about the flooding,", D, "said", "Tomas Bell")),
    _c30("caption_name_colon_quote", "caption",
         "Mayor Delia Ferrant at the flooded depot on Tuesday: \u201cWe will not abandon this town.\u201d",
         ("We will not abandon this town.", D, None, "Mayor Delia Ferrant")),
    _c30("false_photo_credit_no_quote", "false friend",
         "Firefighters at the scene of the blaze on Tuesday. (Photo: Lena Marsh/Harbury Echo)"),
    # --- reported questions --------------------------------------------------------------------
    _c30("wanted_to_know_whether", "reported question",
         "Councillor Bev Oduya wanted to know whether the new bins would be collected weekly.",
         ("whether the new bins would be collected weekly", I, "wanted to know", "Councillor Bev Oduya")),
    _c30("queried_why", "reported question",
         "One parent queried why the school had not told families sooner.",
         ("why the school had not told families sooner", I, "queried", "One parent")),
    _c30("false_wondered_whether", "false friend",
         "Residents on Mill Lane wondered whether the rain would ever stop."),
    # --- several speakers, asides of stance ----------------------------------------------------
    _c30("two_names_both_said", "several speakers",
         "Mayor Anton Reyes and Councillor Lise Harrow both said the bridge must stay open.",
         ("the bridge must stay open", I, "said", "Mayor Anton Reyes and Councillor Lise Harrow")),
    _c30("in_the_words_of_one_stallholder", "in X's words",
         "In the words of one stallholder, \u201cthe market is finished.\u201d",
         ("\u201cthe market is finished.\u201d", M, "words", "one stallholder")),
    _c30("for_his_part_insisted_that", "asides",
         "The chairman, for his part, insisted that the club was not for sale.",
         ("that the club was not for sale", I, "insisted", "The chairman")),
    _c30("went_further_saying_mixed", "participle",
         "Kemi Adeyami, the opposition leader, went further, saying the budget was \u201ca betrayal of the north\u201d.",
         ("the budget was \u201ca betrayal of the north\u201d", M, "saying", "Kemi Adeyami")),
    _c30("was_quick_to_point_out_that", "speech verbs",
         "The coach was quick to point out that two of his best players were injured.",
         ("that two of his best players were injured", I, "point out", "The coach")),
    _c30("in_response_shot_back_that", "speech verbs",
         "In response, the union shot back that the offer was an insult to its members.",
         ("that the offer was an insult to its members", I, "shot back", "the union")),
    _c30("separately_ministry_said", "wire",
         "Separately, the health ministry said 14 new cases had been confirmed in Ardley province.",
         ("14 new cases had been confirmed in Ardley province", I, "said", "the health ministry")),
    # --- a scare quote with no "so-called" ----------------------------------------------------
    _c30("false_scare_quote_consultation", "false friend",
         "The council\u2019s \u2018consultation\u2019 lasted four days and drew 12 replies."),
]
