"""People probes: which names of a short fictional passage `find_people` lists, and as what.

Round 27 (batch 1, written all at once before any rule was changed for it; its first run is
the held-out figure: checks 38/46, cases fully right 19/26): places, things and common words the tagger takes for persons or bodies
-- a road crossing on a diversion, a town named alone, a school's first word, a phone line, a
drug's generic and brand names, "Mum", a firm named by a trade word or by one word before a
role, a firm's name run on into a "for" phrase, sentence-start and tabloid capitals, "The X
kids", a full personal name tagged as a body -- and their false friends: people named once,
bodies named by trade words, a school and a drug maker that are bodies.

Each check is (what, name): "absent" (no person or body of that name), "not_person" (if
listed, as a body), "not_org" (if listed, as a person), "person", "org" (listed as that).
Every person, place, firm and outlet here is invented. Scored by bench/people_probes.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PeopleCase:
    id: str
    text: str
    checks: tuple[tuple[str, str], ...]
    batch: int = 1


def _p(id: str, text: str, *checks: tuple[str, str], batch: int = 1) -> PeopleCase:
    return PeopleCase(id, text, tuple(checks), batch)


CASES: list[PeopleCase] = [
    _p("diversion_crossing",
       "Drivers are being sent the long way round via Fennick Crossing while the bridge is shut.",
       ("absent", "Fennick Crossing"), ("absent", "Fennick")),
    _p("diversion_crossing_after_person",
       "Owen Tate drives the number 9 bus. Since Monday it has been sent the long way round via Fennick Crossing.",
       ("person", "Owen Tate"), ("not_person", "Fennick Crossing"), ("not_person", "Fennick")),
    _p("town_named_alone",
       "Across Hollowmere, shops stayed shut on Monday as the water supply failed.",
       ("absent", "Hollowmere")),
    _p("school_first_word",
       "The council has found 40 extra places at Ashcombe Primary for September.",
       ("not_person", "Ashcombe"), ("not_person", "Ashcombe Primary")),
    _p("phone_line",
       "Patients should report problems through the Medicines Board\u2019s Safety Hotline.",
       ("not_person", "Safety Hotline"), ("absent", "Safety Hotline")),
    _p("drug_generic_sentence_start",
       "Dexalvine, sold as Solvira, got its licence in 2019.",
       ("absent", "Dexalvine"), ("absent", "Solvira")),
    _p("drug_brand_withdrawn",
       "Solvira was withdrawn from pharmacies on Friday after two batches failed tests.",
       ("absent", "Solvira")),
    _p("their_mum",
       "The twins were treated in hospital. Their mum said she had been worried for weeks.",
       ("absent", "Mum"), ("absent", "mum")),
    _p("mum_alone",
       "Mum was at work when the call came, the boy told the court.",
       ("absent", "Mum")),
    _p("trade_word_generics",
       "Pennrock Generics makes the tablets at a plant outside Brackwater.",
       ("org", "Pennrock Generics"), ("not_person", "Pennrock")),
    _p("trade_word_pharma",
       "The tablets were made by Brackwater Pharma until last year.",
       ("not_person", "Brackwater Pharma"), ("not_person", "Brackwater")),
    _p("one_word_firm_possessive_role",
       "Kestrin\u2019s chief executive said the recall was a precaution.",
       ("not_person", "Kestrin")),
    _p("firm_run_into_for_phrase",
       "The board granted a licence to Kestrin Therapeutics for Solvira in 2019.",
       ("absent", "Kestrin Therapeutics for Solvira"), ("not_person", "Kestrin Therapeutics"),
       ("absent", "Solvira")),
    _p("sentence_start_adjective",
       "Heartbroken neighbours laid flowers at the gate on Sunday.",
       ("absent", "Heartbroken neighbours"), ("absent", "Heartbroken")),
    _p("sentence_start_plural_noun",
       "Households in the east of the town have had no water since Friday.",
       ("absent", "Households")),
    _p("tabloid_capitals",
       "TWELVE families were SLAMMED with bills after the mix-up.",
       ("absent", "TWELVE"), ("absent", "SLAMMED")),
    _p("sentence_start_department_words",
       "Health chiefs say the ward will reopen in May. Education bosses are drawing up plans. Leisure centres "
       "will shut at 6pm.",
       ("absent", "Health"), ("absent", "Education"), ("absent", "Leisure")),
    _p("family_name_kids",
       "The Pellow kids were back at school on Monday.",
       ("absent", "The Pellow kids"), ("absent", "Pellow kids"), ("not_org", "Pellow")),
    _p("full_name_said",
       "Tamsin Oakridge said the crossing had been dangerous for years.",
       ("person", "Tamsin Oakridge")),
    _p("full_name_said_then_surname",
       "Carys Wendham said the council had ignored the warnings. Wendham said she had complained three times.",
       ("person", "Carys Wendham")),
    # false friends
    _p("councillor_named_once",
       "Garth Emberley, a councillor for Hollowmere East, said the road should never have shut.",
       ("person", "Garth Emberley")),
    _p("school_speaks",
       "Ashcombe Primary said the extra places would be ready by September.",
       ("org", "Ashcombe Primary")),
    _p("drug_maker_beside_its_drug",
       "Kestrin, which makes Solvira, said the batches were safe.",
       ("org", "Kestrin"), ("absent", "Solvira")),
    _p("trade_word_firm_speaks",
       "Brackwater Pharma, which made the tablets, said it would appeal.",
       ("org", "Brackwater Pharma")),
    _p("mother_named",
       "Jade Corran, a mother of two, said the school had let the family down.",
       ("person", "Jade Corran")),
    _p("head_teacher_named",
       "Ashcombe Primary head teacher Nia Brannock said the extra places would help.",
       ("person", "Nia Brannock"), ("not_person", "Ashcombe Primary"), ("not_person", "Ashcombe")),
    # --- batch 2 (round 29, written before its fixes): a full personal name whose first name is
    # in no list, which the small model tags a body ("Ulf Fenchurch said", "Odalys Pyke, 24,"),
    # and a common noun at a sentence's start tagged a person ("Turnout", "Footfall"); false
    # friends: a firm named with a trade word after a surname, a common noun inside a body's name.
    _p("unlisted_first_name_said",
       "Ulf Fenchurch said the harbour wall had been crumbling for a decade.",
       ("person", "Ulf Fenchurch"), ("not_org", "Ulf Fenchurch"), batch=2),
    _p("unlisted_first_name_age",
       "Odalys Pyke, 24, was treated in hospital for minor injuries after the crash.",
       ("person", "Odalys Pyke"), ("not_org", "Odalys Pyke"), batch=2),
    _p("unlisted_first_name_who",
       "Tiberiu Vance, who runs the ferry, told the inquiry the engine had failed twice.",
       ("person", "Tiberiu Vance"), ("not_org", "Tiberiu Vance"), batch=2),
    _p("unlisted_first_name_then_surname",
       "Marisol Quenby opened the bakery in 2011. Quenby said rents had tripled since then.",
       ("person", "Marisol Quenby"), ("not_org", "Quenby"), batch=2),
    _p("turnout_sentence_start",
       "Turnout was 41 per cent, the lowest since the ward was created.",
       ("absent", "Turnout"), batch=2),
    _p("turnout_after_count",
       "Votes were counted overnight in Pellby. Turnout fell sharply in the northern wards.",
       ("absent", "Turnout"), ("not_person", "Pellby"), batch=2),
    _p("footfall_sentence_start",
       "Footfall in the high street dropped by a fifth over the summer.",
       ("absent", "Footfall"), batch=2),
    _p("surname_trade_word_firm",
       "Fenchurch Haulage said it would appeal the fine.",
       ("org", "Fenchurch Haulage"), ("not_person", "Fenchurch Haulage"), batch=2),
    _p("common_noun_in_body_name",
       "The Turnout Trust said more polling stations were needed in rural wards.",
       ("not_person", "Turnout Trust"), ("not_person", "Turnout"), batch=2),
    # --- batch 3 (round 30, written before its fixes): honour chains and police ranks before a
    # name ("Tan Sri Dato'", "Puan Sri", "CP" and "DSP" at a sentence's start, "His Royal
    # Highness," before a ruler's title), more full personal names whose first name is in no list,
    # and more common nouns at a sentence's start ("Ridership", "Enrolment", "Turnout" after
    # another sentence); false friends: "Tan" as a surname, a firm named from a surname and a
    # trade word, a common noun inside a firm's name.
    _p("b3_tan_sri_dato_chain",
       "Tan Sri Dato' Zainal Mokhtar opened the new terminal on Monday.",
       ("person", "Zainal Mokhtar"), ("absent", "Tan Sri Dato' Zainal Mokhtar"), ("absent", "Tan Sri"),
       batch=3),
    _p("b3_puan_sri",
       "Puan Sri Noraini Hashim launched the flood appeal in Kuala Semantan.",
       ("person", "Noraini Hashim"), ("absent", "Puan Sri Noraini Hashim"), batch=3),
    _p("b3_surname_tan",
       "Tan Mei Ling runs a noodle stall near the old bus station.",
       ("person", "Tan Mei Ling"), batch=3),
    _p("b3_cp_sentence_start",
       "CP Lawal Danbaba said the pupils had been freed unhurt.",
       ("person", "Lawal Danbaba"), ("not_org", "Danbaba"), ("absent", "Lawal"), batch=3),
    _p("b3_dsp_sentence_start",
       "DSP Aisha Kwarra confirmed the arrests on Tuesday.",
       ("person", "Aisha Kwarra"), ("not_org", "Aisha Kwarra"), batch=3),
    _p("b3_royal_highness_emir",
       "His Royal Highness, Emir Sadiq Barde, received the delegation at the palace.",
       ("person", "Sadiq Barde"), ("absent", "Royal Highness"), batch=3),
    _p("b3_unlisted_first_name_said",
       "Bjarki Holloway said the nets had been cut overnight.",
       ("person", "Bjarki Holloway"), ("not_org", "Bjarki Holloway"), batch=3),
    _p("b3_unlisted_first_name_told",
       "Thandeka Morrow told the hearing that she had warned the landlord twice.",
       ("person", "Thandeka Morrow"), ("not_org", "Thandeka Morrow"), batch=3),
    _p("b3_ridership_sentence_start",
       "Ridership on the western line fell by a third after the fare rise.",
       ("absent", "Ridership"), batch=3),
    _p("b3_enrolment_after_sentence",
       "The college opened a second campus in Marlow Vale. Enrolment rose again this autumn.",
       ("absent", "Enrolment"), batch=3),
    _p("b3_turnout_after_sentence",
       "Polls closed at 10pm in Dunhallow. Turnout was the lowest in twenty years.",
       ("absent", "Turnout"), batch=3),
    # false friends
    _p("b3_surname_firm_marine",
       "Holloway Marine said the new ferry would arrive in spring.",
       ("not_person", "Holloway Marine"), batch=3),
    _p("b3_common_noun_in_firm_name",
       "Ridership Analytics said bus use had recovered in most towns.",
       ("not_person", "Ridership Analytics"), ("not_person", "Ridership"), batch=3),
]


# cases still wrong (each with why); tests/test_people_round27.py expects them to fail, strictly
OPEN_CASES: dict[str, str] = {
    "unlisted_first_name_said": "the small model tags 'Ulf Fenchurch' an organisation; 'Ulf' is in no "
                                "first-name list",
    "b3_unlisted_first_name_said": "the small model tags 'Bjarki Holloway' an organisation; a bare 'X Y said' "
                                   "with no listed first name is as often a firm named after its founders",
}


def check(people, what: str, name: str) -> bool:
    """Whether the `people` of a passage pass one check (see the module)."""
    hits = [p for p in people if p.name == name]
    if what == "absent":
        return not hits
    if what == "not_person":
        return all(p.kind != "person" for p in hits)
    if what == "not_org":
        return all(p.kind != "org" for p in hits)
    return any(p.kind == what for p in hits)
