"""Quote probes, batch 29 (round 30, written before its fixes): the open items of round 29 --
Malaysian honour chains before a name ("Tan Sri Dato'", "Puan Sri", "Datuk Seri", with "Tan" and
"Sri" also name parts), Nigerian police ranks at a sentence's start ("CP", "DSP", "ACP", "AIG",
"IGP"), a style set off before the name ("His Royal Highness, Emir X,", "His Excellency,
Governor X,"), a colon after a verb of going on speaking ("paused, then went on:", "continued:",
"resumed:"), "According to a report by X," before a subject the parser hangs on "by"; false
friends: a colon after "began" of something that is no speaker, "Sri" and "Tan" as names.

Built as tests/quote_probe_cases.py builds its cases (the same Case and Q), kept in a file of
its own as batches 27 and 28 are; bench/quote_probes.py can fold them in with
`CASES + B27_CASES + B28_CASES + B29_CASES`. Every person, place, outlet and event here is
invented.
"""

from __future__ import annotations

from quote_probe_cases import Case, Q

D, I, M = "direct", "indirect", "mixed"


def _c29(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return Case(id, form, text, tuple(Q(*q) for q in quotes), 29)


# batch 29 cases still wrong after round 30 (the bench counts them as misses; the round 30 test
# expects them to fail, strictly, so a fix shows)
B29_OPEN_CASES: dict[str, str] = {
}

B29_CASES: list[Case] = [
    # --- Malaysian honour chains before a name ----------------------------------------------
    _c29("my_tan_sri_dato_chain_said", "honorific titles",
         "Tan Sri Dato' Zulkarnain Idrus said the port expansion would create 3,000 jobs in Telok Sapang.",
         ("the port expansion would create 3,000 jobs in Telok Sapang", I, "said",
          "Tan Sri Dato' Zulkarnain Idrus")),
    _c29("my_puan_sri_told_reporters", "honorific titles",
         "Puan Sri Faridah Osmera told reporters that the charity had raised RM2 million for flood victims.",
         ("that the charity had raised RM2 million for flood victims", I, "told", "Puan Sri Faridah Osmera")),
    _c29("my_datuk_seri_direct_after", "honorific titles",
         "\u201cThe toll will not go up this year,\u201d Datuk Seri Lim Chee Wai said.",
         ("The toll will not go up this year,", D, "said", "Datuk Seri Lim Chee Wai")),
    _c29("my_first_name_sri_said", "false friend",
         "Sri Wahyuningsih, a nurse at the district clinic, said the queue had started before dawn.",
         ("the queue had started before dawn", I, "said", "Sri Wahyuningsih")),
    # --- police ranks at a sentence's start --------------------------------------------------
    _c29("ng_dsp_sentence_start_said", "honorific titles",
         "DSP Ngozi Amadike said the three suspects had confessed to the robbery.",
         ("the three suspects had confessed to the robbery", I, "said", "DSP Ngozi Amadike")),
    _c29("ng_acp_sentence_start_told", "honorific titles",
         "ACP Tunde Balogunle told journalists that the checkpoint would be removed on Monday.",
         ("that the checkpoint would be removed on Monday", I, "told", "ACP Tunde Balogunle")),
    _c29("ng_aig_sentence_start_direct", "honorific titles",
         "AIG Ibrahim Sulemana said: \u201cNo officer will be shielded from prosecution.\u201d",
         ("No officer will be shielded from prosecution.", D, "said", "AIG Ibrahim Sulemana")),
    _c29("ng_cp_second_sentence", "honorific titles",
         "Gunmen attacked a bus near Okelara on Sunday. CP Garba Ndatsu said two passengers were injured.",
         ("two passengers were injured", I, "said", "CP Garba Ndatsu")),
    # --- a style before the name -------------------------------------------------------------
    _c29("ng_royal_highness_emir_urged", "asides",
         "His Royal Highness, Emir Sadiq Barde, urged the youths to shun violence during the festival.",
         ("the youths to shun violence during the festival", I, "urged", "Emir Sadiq Barde")),
    _c29("ng_excellency_governor_said", "asides",
         "His Excellency, Governor Obinna Nwakalor, said the new hospital would open in October.",
         ("the new hospital would open in October", I, "said", "Governor Obinna Nwakalor")),
    # --- a colon after a verb of going on speaking ------------------------------------------
    _c29("paused_then_went_on_colon", "direct",
         "She paused, then went on: \u201cNobody from the council has ever knocked on my door.\u201d",
         ("Nobody from the council has ever knocked on my door.", D, "went on", "She")),
    _c29("hesitated_and_continued_colon", "direct",
         "The caretaker hesitated and continued: \u201cThe boiler has been broken since March.\u201d",
         ("The boiler has been broken since March.", D, "continued", "The caretaker")),
    _c29("sat_down_then_resumed_colon", "direct",
         "He sat down, then resumed: \u201cWe will fight this all the way.\u201d",
         ("We will fight this all the way.", D, "resumed", "He")),
    _c29("false_rain_began_again_colon", "false friend",
         "The rain stopped, then began again: a steady drizzle that lasted until morning."),
    # --- According to a report by X, ... -----------------------------------------------------
    _c29("according_to_report_by_newsletter", "according to",
         "According to a new report by Pollwire, senior ministers are trying to delay the vote.",
         ("senior ministers are trying to delay the vote", I, "According to", "a new report by Pollwire")),
    _c29("according_to_memo_from_firm", "according to",
         "According to a leaked memo from Harwick Analytics, regional managers are preparing for job cuts.",
         ("regional managers are preparing for job cuts", I, "According to",
          "a leaked memo from Harwick Analytics")),
]
