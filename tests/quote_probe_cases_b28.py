"""Quote probes, batch 28 (round 29, written before its fixes): the open items of rounds 27-28 --
honorific titles before a name ("CP", "IGP", "Barr.", "Barrister", "Engr.", "Hon. Dr.",
"Datuk Seri Dr", "Tan Sri", with "Tan" also a surname), a "that" clause after an occasion of
saying ("said while addressing journalists in X that", "told reporters after inspecting the
site that"), a tell-type verb with a person and a "that" clause the parser hangs as a clause
of the person ("assured residents that"), a speaker set off by an aside ("IGP X, while fielding
questions, said"; "Ms X, noted for her candour, said"), "According to a report by X," before a
subject the parser hangs on "by"; false friends: a relative "that" after a person, a "that"
clause of something heard, not said.

Built as tests/quote_probe_cases.py builds its cases (the same Case and Q), kept in a file of
its own as batch 27 is; bench/quote_probes.py folds them in with `CASES + B27_CASES + B28_CASES`.
Every person, place, outlet and event here is invented.
"""

from __future__ import annotations

from quote_probe_cases import Case, Q

D, I, M = "direct", "indirect", "mixed"


def _c28(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return Case(id, form, text, tuple(Q(*q) for q in quotes), 28)


# batch 28 cases still wrong after round 29 (the bench counts them as misses; the round 29 test
# expects them to fail, strictly, so a fix shows)
B28_OPEN_CASES: dict[str, str] = {
}

B28_CASES: list[Case] = [
    # --- honorific titles before a name -----------------------------------------------------
    _c28("ng_cp_said_apposition", "honorific titles",
         "The Commissioner of Police in Ekiri State, CP Yakubu Audu, said the suspects would be charged "
         "to court on Thursday.",
         ("the suspects would be charged to court on Thursday", I, "said", "CP Yakubu Audu")),
    _c28("ng_cp_sentence_start", "honorific titles",
         "CP Adamu Ndagi told reporters that patrols on the highway had been doubled.",
         ("that patrols on the highway had been doubled", I, "told", "CP Adamu Ndagi")),
    _c28("ng_barr_urged_court", "honorific titles",
         "Barr. Chidinma Eze, who appeared for the petitioners, argued that the election was marred by "
         "violence.",
         ("that the election was marred by violence", I, "argued", "Barr. Chidinma Eze")),
    _c28("pk_barrister_told_reporters", "honorific titles",
         "Barrister Imran Siddiqui told reporters outside the high court that his client was innocent.",
         ("that his client was innocent", I, "told", "Barrister Imran Siddiqui")),
    _c28("ng_engr_said_after", "honorific titles",
         "\u201cThe drainage work will start next week,\u201d Engr. Musa Lawal said.",
         ("The drainage work will start next week,", D, "said", "Engr. Musa Lawal")),
    _c28("ng_hon_dr_chain_said", "honorific titles",
         "Hon. Dr. Amaka Obiora said the constituency would get two new health centres this year.",
         ("the constituency would get two new health centres this year", I, "said", "Hon. Dr. Amaka Obiora")),
    _c28("my_datuk_seri_dr_announced", "honorific titles",
         "Datuk Seri Dr Wong Kah Meng announced that the new clinic would open in March.",
         ("that the new clinic would open in March", I, "announced", "Datuk Seri Dr Wong Kah Meng")),
    _c28("my_surname_tan_said", "honorific titles",
         "Tan Boon Hock, a hawker in Ipohra, said business had been slow since the road was closed.",
         ("business had been slow since the road was closed", I, "said", "Tan Boon Hock")),
    # --- a "that" clause after an occasion of saying ----------------------------------------
    _c28("ng_said_while_addressing_that", "occasion of saying",
         "The governor said while addressing journalists in Okanla on Friday that salaries would be paid "
         "before the end of the month.",
         ("that salaries would be paid before the end of the month", I, "said", "The governor")),
    _c28("ng_told_reporters_after_inspecting_that", "occasion of saying",
         "The minister told reporters after inspecting the site that the bridge would be ready by June.",
         ("that the bridge would be ready by June", I, "told", "The minister")),
    _c28("gh_said_after_touring_that", "occasion of saying",
         "The regional minister said after touring the flooded areas that relief items would arrive on "
         "Monday.",
         ("that relief items would arrive on Monday", I, "said", "The regional minister")),
    _c28("false_left_after_hearing_that", "false friend",
         "He left the hall after hearing that his son had been found safe."),
    # --- a tell-type verb, a person and a "that" clause --------------------------------------
    _c28("ng_assured_residents_that", "tell-type verbs",
         "The commissioner assured residents that the road would be completed before the rains.",
         ("that the road would be completed before the rains", I, "assured", "The commissioner")),
    _c28("ke_informed_members_that", "tell-type verbs",
         "The county clerk informed members that the budget would be tabled on Tuesday.",
         ("that the budget would be tabled on Tuesday", I, "informed", "The county clerk")),
    _c28("ph_reminded_motorists_that", "tell-type verbs",
         "The traffic agency reminded motorists that the bridge would be closed on Sunday.",
         ("that the bridge would be closed on Sunday", I, "reminded", "The traffic agency")),
    _c28("false_thanked_workers_that_relative", "false friend",
         "The minister thanked the workers that the company had kept on during the strike."),
    # --- a speaker set off by an aside -------------------------------------------------------
    _c28("ng_igp_while_fielding_questions_said", "asides",
         "IGP Musa Danjuma, while fielding questions from journalists in Abiru, said the force would "
         "recruit 10,000 constables.",
         ("the force would recruit 10,000 constables", I, "said", "IGP Musa Danjuma")),
    _c28("ms_noted_for_candour_said", "asides",
         "Ms Lee, noted for her candour, said the plan would fail.",
         ("the plan would fail", I, "said", "Ms Lee")),
    _c28("royal_highness_oba_said", "asides",
         "His Royal Highness, Oba Adeyemi Ladoke, said the festival would hold in August.",
         ("the festival would hold in August", I, "said", "Oba Adeyemi Ladoke")),
    _c28("began_again_colon", "direct",
         "He stopped, then began again: \u201cWe never asked for any of this.\u201d",
         ("We never asked for any of this.", D, "began", "He")),
    # --- According to a report by X, ... -----------------------------------------------------
    _c28("according_to_survey_by", "according to",
         "According to a new survey by Marrowgate Polling, younger voters are drifting away from both "
         "parties.",
         ("younger voters are drifting away from both parties", I, "According to",
          "a new survey by Marrowgate Polling")),
    _c28("according_to_report_by_outlet", "according to",
         "According to a report by the Ledgerton Post, city officials are weighing a fare rise.",
         ("city officials are weighing a fare rise", I, "According to", "a report by the Ledgerton Post")),
]
