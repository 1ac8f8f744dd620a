"""Speaker probes: who said each quote in short fictional passages written in the styles
PolNeAR (US election wire) does not cover: UK, Irish, Australian and New Zealand papers,
wire copy, police and court reports, council and business news.

The cases live in tests/speaker_probe_cases.py (one list, also run by
tests/test_speaker_probes.py), in batches: 1 written first and tuned on; 2, 4 and 5 each
written all at once after the previous fixes and scored before any rule was changed for
them; 3 built from forms seen going wrong on real web news; 6 written by the lead after the
quote probes' speaker fixes, scored before any change for them; 7 (sports, business, science,
obituaries, politics outside the US) scored before its one fix; 8 (Canadian, Indian, South
African, Singaporean, US local TV, parliamentary and council reports, business wires,
obituaries, sports by surname) scored before any rule was changed for it (first run: mention
34, name 36, role 29 of 37); 9 (session 10: spokespeople by possessive and "for", unattached
sources, long offices in apposition, plural speakers, "the lawyer" after a named lawyer,
statements from an office, pronouns past a person of the other gender, clergy, academic and
court titles, sports roles, names the small model mistags) scored before any rule was changed
for it (first run: mention 46, name 44, role 44 of 48); 10 (session 11: long features that
name a person once and then use the surname, title, role, pronoun and age; spouses sharing a
surname; family-name-first names, particles, double-barrelled surnames, initials, nicknames;
bodies by bracketed acronym; groups; post-nominals) scored before any rule was changed for it
(first run: mention 57, name 47, role 39 of 64); 11 (session 12: job words before a name,
epithets, "his lawyer", spokespeople "for the trust", "the company" after two businesses,
relatives, ages, particles, family-name-first names, transcripts, unnamed sources) scored
before any rule was changed for it (first run: mention 53, name 52, role 51 of 58); 12 (session
13: a role before the name, spouses and pronouns, "Mr and Mrs X" and other plural speakers, a
body as "it", "the firm", "the watchdog", department spokespeople, nurse, paramedic, coach and
judge titles, particles, double surnames, single names, an unlisted first name before a middle
name, quotes over paragraphs, relatives, ages) scored before any rule was changed for it (first
run: mention 57, name 48, role 50 of 65); 13 (session 14: names given late, pronouns after
two people of one gender, unrelated people sharing a surname, a person and a trust sharing a
word, nicknames, O'/D' surnames, a surname in capitals in a transcript, East and West African,
East Asian and Indian names, epithets, "the spokesman", "the department", "X's lawyer") scored
before any rule was changed for it (first run: mention 58, name 53, role 55 of 60); 14 (session
15: match reports, earnings, council, court, a health trust, family statements, weather, police
appeals, a person's spokesman, Jr./Sr. and middle initials) scored before any rule was changed
for it (first run: mention 74, name 67, role 63 of 75); 15 (session 16: US political wire --
"Gov."/"Sen."/"Rep." then the surname, "the governor", a party-and-state epithet, "(R-Kessing)"
tags, spokespeople for a person or a campaign, anonymous officials "who spoke on condition of
anonymity", pollsters, running mates, "X's office" -- sports press conferences, science
releases with a lead author and "the study", foreign ministries and their spokesmen, TV
interviews with host and guest in one sentence) scored before any rule was changed for it
(first run: mention 69, name 67, role 63 of 72); 16 (session 17: long features with several
voices and pronoun chains over paragraphs, group speakers, denials and hedged reports, reports of
reports, podcast hosts and guests by surname label, press conferences, posts with handles, words
said through an interpreter, Indian (Shri, Smt., "the DC", "the SP", "the MLA from X"), Nigerian
(Alhaji, Engr., a party "in a statement signed by"), Kenyan ("the county boss", an MCA) and
Filipino (barangay captain, "Dela Cruz") papers, passive reports) scored before any rule was
changed for it (first run: mention 71, name 64, role 59 of 76, one quote not found); 17
(session 18: fact-checks, emergency and disaster coverage, health and medical news, US local
metro news, entertainment and Q&A interviews) scored before any rule was changed for it (first
run: mention 81, name 79, role 74 of 89, with expectations of the file's conventions; 4 quotes
not found); 18 (session 19: tabloids, court reporting, earnings calls, transfer news, hedged
analysis, bodies with "and" in their names) scored before any rule was changed for it (first
run: mention 57, name 55, role 52 of 66; 4 quotes not found); 19 (session 20: press reviews and
translated summaries, roundups, question time, social media, anonymous sourcing, documents)
scored before any rule was changed for it (first run: mention 86, name 87, role 89 of 98; 3
quotes not found); 20 (session 21: English-language dailies of Asia, Africa, Latin America and
the Middle East, joint statements, headline colons, sentencing remarks, "added" chains) scored
before any rule was changed for it (first run: mention 85, name 81, role 77 of 91); 21 (session
22: leaked messages, inquests, Australasian sport, science releases, sketches, obituaries) scored
before any rule was changed for it (first run: mention 60, name 59, role 56 of 64); 22 (session
24: bodies named again with a modifier noun, "the water company", "the rail operator", "the
health ministry", after another body; datelines; papers that "learned") scored before any rule
was changed for it (first run: mention 33, name 29, role 35 of 36); 23 (session 25: inquests
and tribunals, documents as sources, "with X saying") scored before any rule was changed for it
(first run: mention 15, name 15, role 19 of 23; 3 quotes not found); 24 (session 26: analysts
on earnings calls, study authors, outlets as addressees, documents sent or held up) scored
before any rule was changed for it (first run: mention 18, name 18, role 20 of 21); 25 (session
27: places, products, phone lines and common words taken for people, a one-word firm's chief by
possessive, towns that speak) scored before any rule was changed for it (first run: mention 23,
name 18, role 22 of 23); 26 to 28 (sessions 28 to 31) likewise (first runs in the README); 29
(round 32: technology press, live blogs, police appeals, features, interpreters, crowds) scored
before any rule was changed for it (first run: mention 26, name 23, role 27 of 29; 2 quotes not
found); 30 (round 33: West and East African press, critics, judges, clergy, report authors)
likewise (first run: mention 35, name 33, role 29 of 35); 31 (round 34: military ranks and
briefings, election night, corporate filings and notes to clients, live text commentary, weather
and emergency warnings) likewise (first run: mention 29, name 28, role 30 of 31); 32 (round 35: travel and lifestyle
features, radio phone-ins and letters to the editor, explainers, property and consumer columns,
restaurant and product reviews) likewise (first run: mention 31, name 28, role 30 of 35); 33
(round 36: captions and TV scripts, gossip sources, court filings, investigative sources,
jockeys, trainers and team principals) likewise (first run: mention 23, name 24, role 23 of 27;
1 quote not found). Cases still
wrong are listed in
KNOWN_MISSES. For each expected quote it
checks the speaker mention, the resolved name and the role; a quote the extractor did not
find counts as a miss on all three (and is listed apart, as a detection miss).

    python bench/speaker_probes.py            # all cases, misses listed
    python bench/speaker_probes.py --limit 10
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from speaker_probe_cases import CASES, got, outcome  # noqa: E402
from probe_run import probe_args, quotes_per_case  # noqa: E402

# the target set for speaker attribution in issue 3 (resolved name right on >= 90%)
TARGET = 90.0


def main(argv: list[str] | None = None) -> None:
    args = probe_args(__doc__.splitlines()[0], argv)
    cases = CASES[: args.limit] if args.limit else CASES
    # per batch: [mention, name, role right], quotes, quotes not found
    scores: dict[str, list[int]] = {}
    misses: list[str] = []
    for case, quotes in quotes_per_case(cases):
        for e in case.expects:
            for key in (f"batch {case.batch}", "all"):
                row = scores.setdefault(key, [0, 0, 0, 0, 0])
                row[3] += 1
            res = outcome(quotes, e)
            if res is None:
                for key in (f"batch {case.batch}", "all"):
                    scores[key][4] += 1
                misses.append(f"{case.id}: quote {e.key!r} not found by the extractor")
                continue
            for key in (f"batch {case.batch}", "all"):
                for k in range(3):
                    scores[key][k] += res[k]
            if not all(res):
                misses.append(f"{case.id} [{e.key}]\n    want {(e.mention, e.name, e.role)}\n"
                              f"    got  {got(quotes, e)}")
    print(f"Speaker probes: {len(cases)} fictional passages (tests/speaker_probe_cases.py); batch 1 was "
          "tuned on; batches 2 and 4 to 25 were each scored before any rule was changed for them, batch 3 "
          "holds forms seen going wrong on real web news\n")
    print(f"{'figure':24} {'cases':9} {'right':>6} {'of':>5} {'%':>7}   {'anchor':<22} ratio")
    print("-" * 86)
    for key in sorted(scores, key=lambda k: (k == "all", k)):
        row = scores[key]
        for label, n in zip(("speaker mention right", "resolved name right", "role right"), row[:3]):
            pct = 100.0 * n / row[3] if row[3] else 0.0
            print(f"{label:24} {key:9} {n:6d} {row[3]:5d} {pct:7.1f}   {'issue 3 target 90%':<22} "
                  f"{pct / TARGET:.2f}")
    for key in sorted(scores, key=lambda k: (k == "all", k)):
        row = scores[key]
        print(f"\n{key}: speaker mention right {row[0]} / {row[3]}, resolved name right {row[1]} / {row[3]}, "
              f"role right {row[2]} / {row[3]} ({row[4]} quotes not found)")
    if not args.quiet and misses:
        print("\nmisses:")
        for line in misses:
            print(line)


if __name__ == "__main__":
    main()
