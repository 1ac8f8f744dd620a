"""Quote probes, batch 27 (round 28, written before its fixes): English-language papers of
Nigeria, Kenya, Ghana, the Philippines, Pakistan and Malaysia ("said while addressing
journalists", "disclosed that", "noted that", "averred that", "told our correspondent", long
honorific chains before a name: "Hon. Dr.", "Engr.", "Barr.", "Datuk Seri Dr", "Tan Sri",
"Police Lt. Col."), an international broadcaster's wire ("told Al-Rawda", "in a televised
address"), sports interviews ("told Courier Sport", "speaking after the match"), analysts' notes
("wrote in a note to clients", "said in a research note"), press-conference transcripts with
Q:/A: labels and a label with an honorific, and quotes with ellipses, em-dash interruptions and
nested single marks inside double marks; false friends: "noted for its beaches", "disclosed
assets worth ...", "Speaking of the weather", a televised address as a thing watched.

Built as tests/quote_probe_cases.py builds its cases (the same Case and Q), kept in a file of
its own while another round adds batch 26 there; bench/quote_probes.py folds them in with
`CASES + B27_CASES`. Every person, place, outlet and event here is invented.
"""

from __future__ import annotations

from quote_probe_cases import Case, Q

D, I, M = "direct", "indirect", "mixed"


def _c27(id: str, form: str, text: str, *quotes: tuple) -> Case:
    return Case(id, form, text, tuple(Q(*q) for q in quotes), 27)


# batch 27 cases still wrong after round 28 (the bench counts them as misses; the round 28 test
# expects them to fail, strictly, so a fix shows)
B27_OPEN_CASES: dict[str, str] = {
    # (round 29 fixed the "that" clause after "while addressing" and the titles CP, Barr., Barrister
    # and Datuk Seri)
    "presser_q_a_named_in_intro": "speaker only: a role capitalised at a sentence's start ('Coach Hamid "
                                  "Yusuf') is kept as a title, as in match_report_three_players "
                                  "(quote_speakers.py / people.py); the answer is found",
}

B27_CASES: list[Case] = [
    # --- Nigerian papers -------------------------------------------------------------------
    _c27("ng_said_while_addressing_journalists_that", "Nigerian papers",
         "The Commissioner for Works, Engr. Tunde Bakare, said while addressing journalists in Alokoja "
         "on Monday that the flyover would be completed by December.",
         ("that the flyover would be completed by December", I, "said", "Engr. Tunde Bakare")),
    _c27("ng_cp_disclosed_that", "Nigerian papers",
         "The state Commissioner of Police, CP Ibrahim Danlami, disclosed that 14 suspects had been "
         "arraigned before a magistrate court.",
         ("that 14 suspects had been arraigned before a magistrate court", I, "disclosed",
          "CP Ibrahim Danlami")),
    _c27("ng_hon_dr_chain_noted_that", "Nigerian papers",
         "Speaking at the event, the member representing Okeri Federal Constituency, Hon. Dr. Chukwudi "
         "Anene, noted that the road had been abandoned for a decade.",
         ("that the road had been abandoned for a decade", I, "noted", "Hon. Dr. Chukwudi Anene")),
    _c27("ng_counsel_averred_that", "Nigerian papers",
         "Counsel to the plaintiff, Barr. Ngozi Okafor, averred that her client was never served with "
         "the quit notice.",
         ("that her client was never served with the quit notice", I, "averred", "Barr. Ngozi Okafor")),
    _c27("ng_trader_told_our_correspondent", "Nigerian papers",
         "A trader at the Ojuelu market, Mrs Bisi Alade, told our correspondent that the price of a bag "
         "of rice had doubled since January.",
         ("that the price of a bag of rice had doubled since January", I, "told", "Mrs Bisi Alade")),
    _c27("ng_direct_said_while_addressing", "Nigerian papers",
         "\u201cWe will not allow any group to hold this state to ransom,\u201d the governor said while "
         "addressing journalists after the security council meeting.",
         ("We will not allow any group to hold this state to ransom,", D, "said", "the governor")),
    _c27("ng_disclosed_assets_no_quote", "false friend",
         "The former minister disclosed assets worth N2.4 billion in his declaration to the bureau."),
    # --- Kenyan papers ----------------------------------------------------------------------
    _c27("ke_senator_hon_said", "Kenyan papers",
         "Speaking in Kerugo town on Sunday, Senator Hon. Peter Kamau Ngugi said the county had not "
         "received its share of funds for three months.",
         ("the county had not received its share of funds for three months", I, "said",
          "Senator Hon. Peter Kamau Ngugi")),
    _c27("ke_told_our_correspondent_on_phone_colon", "Kenyan papers",
         "Ms Akinyi Odhiambo, a fish trader, told our correspondent on phone: \u201cThe beach has been "
         "closed for two weeks and we are suffering.\u201d",
         ("The beach has been closed for two weeks and we are suffering.", D, "told", "Ms Akinyi Odhiambo")),
    _c27("ke_said_then_he_added_that", "Kenyan papers",
         "Dr. Amos Kiprono, the Interior Cabinet Secretary, said the curfew would be lifted on Friday. He "
         "added that officers would remain on patrol in the affected areas.",
         ("the curfew would be lifted on Friday", I, "said", "Dr. Amos Kiprono"),
         ("that officers would remain on patrol in the affected areas", I, "added", "He")),
    # --- Ghanaian papers --------------------------------------------------------------------
    _c27("gh_hon_mrs_noted_that", "Ghanaian papers",
         "The Municipal Chief Executive, Hon. Mrs. Abena Owusu-Ansah, noted that the market would be "
         "relocated after the rains.",
         ("that the market would be relocated after the rains", I, "noted", "Hon. Mrs. Abena Owusu-Ansah")),
    _c27("gh_explained_then_according_to_him", "Ghanaian papers",
         "Mr Kofi Asante, the assembly\u2019s finance officer, explained that the contractor had been paid "
         "in full. According to him, work on the drains would resume next month.",
         ("that the contractor had been paid in full", I, "explained", "Mr Kofi Asante"),
         ("work on the drains would resume next month", I, "According to", "him")),
    _c27("gh_noted_for_beaches_no_quote", "false friend",
         "The district is noted for its beaches and its annual fishing festival."),
    # --- Filipino papers --------------------------------------------------------------------
    _c27("ph_interview_over_radio_station", "Filipino papers",
         "In an interview over radio station DZKL, Mayor Liza Manalo said classes in all public schools "
         "would be suspended on Monday.",
         ("classes in all public schools would be suspended on Monday", I, "said", "Mayor Liza Manalo")),
    _c27("ph_told_reporters_in_a_mix", "Filipino papers",
         "\u201cWe are ready for the typhoon,\u201d Manalo told reporters in a mix of English and Filipino.",
         ("We are ready for the typhoon,", D, "told", "Manalo")),
    _c27("ph_police_lt_col_apposition_said", "Filipino papers",
         "Police Lt. Col. Ramon Villareal, the town\u2019s police chief, said the suspect had surrendered "
         "to the barangay captain.",
         ("the suspect had surrendered to the barangay captain", I, "said", "Police Lt. Col. Ramon Villareal")),
    # --- Pakistani papers -------------------------------------------------------------------
    _c27("pk_talking_to_media_said", "Pakistani papers",
         "Talking to the media outside the court, Barrister Saad Qureshi said his client would appeal "
         "the verdict.",
         ("his client would appeal the verdict", I, "said", "Barrister Saad Qureshi")),
    _c27("pk_maintained_that", "Pakistani papers",
         "The minister maintained that the government had no plans to raise the petrol price this month.",
         ("that the government had no plans to raise the petrol price this month", I, "maintained",
          "The minister")),
    # --- Malaysian papers -------------------------------------------------------------------
    _c27("my_datuk_seri_dr_said", "Malaysian papers",
         "Datuk Seri Dr Rahim Osman said the ministry would table the amendment at the next sitting of "
         "Parliament.",
         ("the ministry would table the amendment at the next sitting of Parliament", I, "said",
          "Datuk Seri Dr Rahim Osman")),
    _c27("my_when_met_by_reporters_tan_sri", "Malaysian papers",
         "When met by reporters after the launch, Tan Sri Lim Wei Keong said the rail project was on "
         "schedule.",
         ("the rail project was on schedule", I, "said", "Tan Sri Lim Wei Keong")),
    # --- an international broadcaster's wire -----------------------------------------------
    _c27("intl_told_al_outlet_that", "broadcaster wire",
         "The foreign minister, Samir Haddad, told Al-Rawda that talks would resume next week.",
         ("that talks would resume next week", I, "told", "Samir Haddad")),
    _c27("intl_in_a_televised_address_said", "broadcaster wire",
         "In a televised address on Sunday night, President Leona Varga said the state of emergency "
         "would end at midnight.",
         ("the state of emergency would end at midnight", I, "said", "President Leona Varga")),
    _c27("intl_direct_said_in_televised_address", "broadcaster wire",
         "\u201cOur country will not be intimidated,\u201d Varga said in a televised address.",
         ("Our country will not be intimidated,", D, "said", "Varga")),
    _c27("intl_televised_address_watched_no_quote", "false friend",
         "The president\u2019s televised address drew four million viewers, the largest audience of the year."),
    # --- sports interviews ------------------------------------------------------------------
    _c27("sport_told_courier_sport", "sports interview",
         "\u201cIt was a penalty all day long,\u201d Harlow manager Dean Price told Courier Sport.",
         ("It was a penalty all day long,", D, "told", "Dean Price")),
    _c27("sport_speaking_after_the_match_said", "sports interview",
         "Speaking after the match, Price said his side had deserved at least a draw.",
         ("his side had deserved at least a draw", I, "said", "Price")),
    _c27("sport_speaking_of_weather_no_quote", "false friend",
         "Speaking of the weather, the match went ahead despite two hours of heavy rain."),
    # --- analysts' notes --------------------------------------------------------------------
    _c27("analyst_wrote_in_note_to_clients_after", "analyst note",
         "\u201cThe margin squeeze is likely to last into next year,\u201d Corvel Bank analyst Mina Sato "
         "wrote in a note to clients.",
         ("The margin squeeze is likely to last into next year,", D, "wrote", "Mina Sato")),
    _c27("analyst_said_in_research_note_that", "analyst note",
         "Analysts at Brennock Securities said in a research note that the rate cut was already priced in.",
         ("that the rate cut was already priced in", I, "said", "Analysts at Brennock Securities")),
    # --- press-conference transcripts -------------------------------------------------------
    _c27("presser_q_a_named_in_intro", "press conference",
         "Coach Hamid Yusuf spoke to reporters on Friday.\n\nQ: Is Darko fit for Sunday?\n\nA: He trained "
         "today. We will know more tomorrow.",
         ("He trained today. We will know more tomorrow.", D, None, "Hamid Yusuf")),
    _c27("presser_q_then_hon_label", "press conference",
         "Q: Will the strike end this week?\n\nHon. Ade Bello: We are talking to the unions every day.",
         ("We are talking to the unions every day.", D, None, "Hon. Ade Bello")),
    # --- ellipses, em-dash interruptions, nested single marks --------------------------------
    _c27("ellipsis_inside_said_after", "ellipses",
         "\u201cWe had chances \u2026 we just didn\u2019t take them,\u201d said Rhys Olden, the captain.",
         ("We had chances \u2026 we just didn\u2019t take them,", D, "said", "Rhys Olden")),
    _c27("ellipsis_opening_quote", "ellipses",
         "\u201c\u2026 and that is why we went to court,\u201d Mr Adeyemi said.",
         ("\u2026 and that is why we went to court,", D, "said", "Mr Adeyemi")),
    _c27("ellipsis_three_dots_colon", "ellipses",
         "The chairman said: \u201cWe have done our part... The rest is up to the federal government.\u201d",
         ("We have done our part... The rest is up to the federal government.", D, "said", "The chairman")),
    _c27("emdash_aside_in_quote_said_mr", "em dashes",
         "\u201cThe contract \u2014 and I want to be clear about this \u2014 was signed in good faith,\u201d "
         "said Mr Ochieng.",
         ("The contract \u2014 and I want to be clear about this \u2014 was signed in good faith,", D, "said",
          "Mr Ochieng")),
    _c27("emdash_broken_off_she_began", "em dashes",
         "\u201cIf the council had listened \u2014\u201d she began, before her voice gave way.",
         ("If the council had listened \u2014", D, "began", "she")),
    _c27("emdash_split_by_cue", "em dashes",
         "\u201cWe were told to wait,\u201d she said \u2014 \u201cand we waited for six hours.\u201d",
         ("We were told to wait,", D, "said", "she"),
         ("and we waited for six hours.", D, "said", "she")),
    _c27("nested_single_with_apostrophe", "nested",
         "\u201cThe officer told me, \u2018Don\u2019t worry, it\u2019s nothing,\u2019 and walked off,\u201d "
         "said Grace Wanjiru.",
         ("The officer told me, \u2018Don\u2019t worry, it\u2019s nothing,\u2019 and walked off,", D, "said",
          "Grace Wanjiru")),
]
