"""Word lists the claim extractor reads the dependency parse with.

Kept apart from the extraction logic so that they can be reviewed (and grown)
on their own. All entries are lower-case lemmas unless said otherwise.
"""

from __future__ import annotations

# Event nouns, grouped: every noun of a group names the same kind of event, so
# "the attack" in one outlet and "the assault" in another are one subject.
EVENT_GROUPS: dict[str, str] = {}
for _group, _words in {
    "attack": "attack assault atrocity rampage massacre ambush shooting stabbing terror terrorism",
    "explosion": "bombing bomb blast explosion",
    "earthquake": "earthquake quake tremor temblor",
    "tsunami": "tsunami",
    "aftershock": "aftershock",
    "crash": "crash collision derailment accident",
    "fire": "fire blaze wildfire",
    "storm": "storm hurricane typhoon cyclone tornado",
    "flood": "flood flooding",
    "riot": "riot clash unrest",
    "eruption": "eruption",
    "capture": "capture seizure kidnapping abduction",
    "collapse": "collapse cave-in",
    "sinking": "sinking capsizing",
    # a disease that kills is an event of its own: deaths in a camp's cholera outbreak are
    # not the earthquake's that drove people there
    "outbreak": "outbreak epidemic pandemic cholera measles measle ebola typhoid dysentery diphtheria",
}.items():
    for _w in _words.split():
        EVENT_GROUPS[_w] = _group

# Nouns that name "the event" without saying which kind: they take the article's main event.
GENERIC_EVENT_NOUNS = {"incident", "event", "disaster", "tragedy", "catastrophe", "emergency"}

# Verbs that report the event itself happening (their time and date are the event's).
EVENT_VERBS = {
    "attack", "ram", "stab", "shoot", "explode", "detonate", "crash", "strike", "hit", "happen",
    "occur", "begin", "start", "erupt", "collide", "derail", "kill", "die", "injure", "wound",
    "hurt", "bomb", "unfold", "capture", "seize", "kidnap", "abduct", "vanish", "disappear", "go", "record", "register", "blow",
    "collapse", "sink", "capsize", "overturn",
}
# Verbs of the event group they imply, when the verb names the kind.
VERB_GROUPS = {
    "attack": "attack", "stab": "attack", "explode": "explosion", "detonate": "explosion", "bomb": "explosion",
    "blow": "explosion", "crash": "crash", "collide": "crash", "derail": "crash", "erupt": "eruption",
    "capture": "capture", "seize": "capture", "kidnap": "capture", "abduct": "capture",
    "collapse": "collapse", "sink": "sinking", "capsize": "sinking", "overturn": "crash",
}

# Casualty words -> slot. Verbs are read with their voice: the counted people
# are the object (active) or the passive subject, never the active subject.
TRANSITIVE_CASUALTY = {
    "kill": "killed", "murder": "killed", "injure": "injured", "wound": "injured", "hurt": "injured",
    "arrest": "arrested", "detain": "arrested", "evacuate": "evacuated",
}
INTRANSITIVE_CASUALTY = {"die": "killed", "perish": "killed"}
# Adjectives / participles used as predicates or modifiers: "5 dead", "40 injured", "3 missing".
ADJ_CASUALTY = {
    "dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured",
    "missing": "missing", "arrested": "arrested", "detained": "arrested", "evacuated": "evacuated",
}
# Verbs that report a state: "reported dead", "feared dead", "declared missing".
STATUS_VERBS = {"report", "fear", "declare", "confirm", "list", "presume", "believe", "leave"}
# Nouns that are themselves a count of casualties: "52 deaths", "a death toll of 52".
NOUN_CASUALTY = {
    "death": "killed", "fatality": "killed", "toll": "killed", "life": "killed",
    "injury": "injured", "arrest": "arrested", "evacuation": "evacuated",
}
# Counted nouns that stand for "people" in general (others is a scope word, kept as scope).
GENERIC_COUNTED = {"people", "person", "other", "others", "individual", "one", "those", "victim", "more"}

# Verbs that qualify the number they take: "the toll neared 150,000", "passed 80,000".
VERB_QUALIFIERS = {"near": "nearly", "approach": "nearly", "exceed": "more than", "top": "more than",
                   "pass": "more than", "surpass": "more than", "reach": None}
# Prepositions that place a count somewhere ("80,000 dead in Aceh"): a count for a place.
PLACE_PREPS = {"in", "across", "throughout", "at", "inside", "on"}

# Modifiers of the counted noun that narrow or widen what is counted.
SCOPE_MODIFIERS = {"innocent", "other", "others", "more", "additional", "further", "confirmed", "another"}
# Scope words that only say "in addition to those just mentioned": they do not change
# which quantity is counted ("40 others were injured" is the injured count).
NEUTRAL_SCOPES = {"others", "other", "more", "additional", "further", "confirmed", "also", "another"}
# ... but a count said to come on top of another ("4 people were also arrested") is a
# part of the total: it may agree with a value, never contradict one.
PARTIAL_SCOPES = {"also", "another", "additional", "further", "more"}

# Qualifiers as written before a number -> canonical qualifier.
QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about", "c.": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "at least": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "up to": "up to", "as many as": "up to", "at most": "up to",
    "fewer than": "less than", "less than": "less than", "under": "less than", "no more than": "up to",
    "exactly": None, "precisely": None, "just over": "more than",
    # clock times as UK and wire copy hedge them: "shortly after 2.40pm", "just before 3pm"
    "shortly after": "after", "just after": "after", "soon after": "after", "shortly before": "nearly",
    "just before": "nearly",
}

# Roles that name the perpetrator: one subject across outlets.
ATTACKER_NOUNS = {
    "attacker", "assailant", "terrorist", "gunman", "killer", "perpetrator", "bomber", "shooter",
    "knifeman", "murderer", "hijacker",
}
# Agents that mean the police (for "shot by police" and the like).
POLICE_NOUNS = {"police", "officer", "policeman", "policewoman", "marksman", "cop", "constable", "trooper"}

# Person nouns an age can be said of ("the 48-year-old officer").
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "officer", "victim", "teacher", "father", "mother", "husband",
    "wife", "son", "daughter", "driver", "pilot", "passenger", "soldier", "policeman", "policewoman",
    "constable", "student", "resident", "worker", "doctor", "nurse", "suspect", "child", "teenager",
    "pensioner", "mp", "minister", "journalist", "tourist", "survivor",
} | ATTACKER_NOUNS

# Fates of a person: verb lemma -> canonical participle.
FATE_VERBS = {"shoot": "shot", "stab": "stabbed", "kill": "killed", "murder": "killed", "arrest": "arrested"}

# Courtesy and rank titles stripped from a name to get the person's canonical name.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "pc", "wpc",
    "sgt", "sergeant", "insp", "inspector", "dc", "ds", "det", "detective", "supt", "superintendent",
    "chief", "constable", "officer", "captain", "capt", "col", "colonel", "gen", "general", "lt",
    "president", "rev", "reverend", "st", "judge", "justice", "mp", "senator", "sen", "rep",
}

# Words that make a claim less than certain.
HEDGE_ADVERBS = {"reportedly", "allegedly", "apparently", "possibly", "probably", "presumably", "purportedly"}
HEDGE_VERBS = {"believe", "think", "suspect", "fear", "understand", "estimate", "report", "suggest", "claim",
               "speculate", "predict", "expect", "warn", "project"}
# Hedges that make a value a guess about what may be, not a report of what is: such
# values are shown, but never taken as one side of a conflict.
SPECULATIVE_HEDGES = {"may", "might", "could", "will", "would", "'ll", "possibly", "probably", "speculate",
                      "predict", "expect", "warn", "project", "fear"}
HEDGE_MODALS = {"may", "might", "could"}
# A figure the article reports as superseded ("early reports had spoken of five dead",
# "police initially put the toll at 12", "an earlier toll of 40"): shown, with the hedge
# EARLIER_FIGURE, but never taken as one side of a conflict (the outlet itself has moved on).
EARLIER_FIGURE = "earlier figure"
# A figure of another event the sentence names to date this one ("two weeks after a 6.9
# earthquake killed more than 60 people, ..."): shown, but no side of a conflict either.
OTHER_EVENT = "another event"
# hedges that take no side in a conflict, with the words the comparison's note gives them
NO_SIDE_HEDGES = {EARLIER_FIGURE: "given as an earlier figure", OTHER_EVENT: "given for another event"}
EARLIER_ADVERBS = {"earlier", "initially", "originally", "previously", "first"}
EARLIER_MODIFIERS = {"early", "earlier", "initial", "preliminary", "previous", "original", "first", "provisional"}
FIGURE_NOUNS = {"report", "estimate", "figure", "count", "toll", "tally", "account", "number", "reading", "total"}
STATING_VERBS = {"say", "speak", "report", "estimate", "show", "suggest", "count", "number",
                 "tally", "announce", "state", "claim", "indicate", "mention", "cite", "confirm", "list"}

# Entity labels of figures that are not counts of people or things.
NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# Currency as written ("£", "euros", "US$") -> one code, so that "£4.5m" and "£4.5 million"
# are one unit; scale words and suffixes ("m", "bn") are read into the value, never the unit.
CURRENCIES = {"£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
              "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
              "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
              "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "c$": "CAD", "¥": "JPY", "yen": "JPY"}
PERCENT_WORDS = {"%", "percent", "pc"}
