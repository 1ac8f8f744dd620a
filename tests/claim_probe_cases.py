"""Figure-claim probes, batch 1 (round 13): short fictional news passages with every figure
claim a careful reader expects -- sums with scales ("12.5 million euros", "£17.7bn"), ranges
("between 12 and 20 million euros", "€12m-€20m", "up to 30"), changes ("rose from £20 to
£45": a before and an after, two figures, never one range), percentages and percentage
points, hedged figures ("about", "nearly", "more than"), counts of people, ages, votes,
years that are no figures, days in sentences about money, and passages with no figure.

One list, shared by tests/test_claim_probes.py and bench/claim_probes.py. Every place,
body and person here is invented. Batch 1 was written before any fix of round 13; its
first run is the held-out figure.

A figure claim is a claim whose value is a number; it is keyed (slot, value, upper, unit,
qualifier). The unit is compared only for sums, percentages and quantities (a currency
code, "%", "percentage points", "votes"); counts of people and ages leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Key = tuple  # (slot, value, upper, unit, qualifier)
UNIT_SLOTS = ("money", "percent", "quantity")


@dataclass
class Case:
    form: str
    text: str
    figures: list[Key] = field(default_factory=list)
    batch: int = 1


def F(slot: str, value: float, upper: float | None = None, unit: str | None = None,  # noqa: N802
      qualifier: str | None = None) -> Key:
    return (slot, float(value), None if upper is None else float(upper),
            unit if slot in UNIT_SLOTS else None, qualifier)


def figure_keys(claims) -> list[Key]:
    """The figure claims of an extractor's output, as sorted keys."""
    out = []
    for c in claims:
        if isinstance(c.value, bool) or not isinstance(c.value, (int, float)):
            continue
        out.append(F(c.slot, c.value, c.upper, c.unit, c.qualifier))
    return sorted(out, key=repr)


M, B = 1_000_000, 1_000_000_000

CASES: list[Case] = [
    # -- sums with scales
    Case("money", "The Lissarne regional council approved a budget of 12.5 million euros for the new tram depot.",
         [F("money", 12.5 * M, unit="EUR")]),
    Case("money", "Quenby's harbour board said the sea wall would cost £17.7bn to rebuild over two decades.",
         [F("money", 17.7 * B, unit="GBP")]),
    Case("money", "A Brackenfold jeweller was fined $400,000 for selling fake gold coins to tourists.",
         [F("money", 400_000, unit="USD")]),
    Case("money", "Orvale Rovers paid a club record fee of €48m for the teenage winger.",
         [F("money", 48 * M, unit="EUR")]),
    Case("money", "Marrowick Polytechnic has received a gift of 3 million dollars from a former porter.",
         [F("money", 3 * M, unit="USD")]),
    # -- ranges
    Case("range", "The Tessaly Bay footbridge is expected to cost between 12 and 20 million euros, the ministry said.",
         [F("money", 12 * M, 20 * M, "EUR")]),
    Case("range", "Engineers at Halvard put the cost of the new flood barriers at €12m-€20m.",
         [F("money", 12 * M, 20 * M, "EUR")]),
    Case("range", "Up to 30 people were evacuated from a block of flats in Quenby after a gas leak.",
         [F("evacuated", 30, qualifier="up to")]),
    Case("range", "Seats at the rebuilt Orvale arena will range from £35 to £90 next season.",
         [F("money", 35, 90, "GBP")]),
    Case("range", "Analysts expect the Lissarne glassworks to shed between 5% and 8% of its staff.",
         [F("percent", 5, 8, "%")]),
    Case("range", "The Marrowick tunnel will take two to three years to dig and cost $1.2bn to $1.5bn.",
         [F("money", 1.2 * B, 1.5 * B, "USD")]),
    # -- changes: a before and an after, never one range
    Case("change", "The price of a monthly bus pass in Marrowick rose from £20 to £45.",
         [F("money", 20, unit="GBP"), F("money", 45, unit="GBP")]),
    Case("change", "Unemployment in Halvard fell from 7.2% to 5.9% over the year.",
         [F("percent", 7.2, unit="%"), F("percent", 5.9, unit="%")]),
    Case("change", "The yearly permit fee for Quenby market traders went up from €150 to €210 in March.",
         [F("money", 150, unit="EUR"), F("money", 210, unit="EUR")]),
    Case("change", "The budget of the Orvale children's hospital was cut from $80 million to $65 million.",
         [F("money", 80 * M, unit="USD"), F("money", 65 * M, unit="USD")]),
    Case("change", "Rents in central Lissarne have climbed from 900 euros to 1,400 euros a month since the mill closed.",
         [F("money", 900, unit="EUR"), F("money", 1400, unit="EUR")]),
    # -- percentages and percentage points
    Case("percent", "Turnout in the Tessaly Bay by-election was 43 per cent, the returning officer said.",
         [F("percent", 43, unit="%")]),
    Case("percent", "Support for the Lissarne Greens rose by four percentage points to 19%.",
         [F("percent", 4, unit="percentage points"), F("percent", 19, unit="%")]),
    Case("percent", "Prices in Halvard rose 3.1 percent in October, down 0.4 percentage points on September.",
         [F("percent", 3.1, unit="%"), F("percent", 0.4, unit="percentage points")]),
    Case("percent", "The Marrowick co-operative bank lifted its savings rate by 1.5 percentage points.",
         [F("percent", 1.5, unit="percentage points")]),
    # -- hedged figures
    Case("hedge", "About 200 people were evacuated from homes near the Brackenfold quarry.",
         [F("evacuated", 200, qualifier="about")]),
    Case("hedge", "Nearly 60 protesters were arrested outside the Orvale assembly on Saturday.",
         [F("arrested", 60, qualifier="nearly")]),
    Case("hedge", "More than 1,500 residents were evacuated as the Halvard river burst its banks.",
         [F("evacuated", 1500, qualifier="more than")]),
    Case("hedge", "The new stand at Lissarne Park will cost roughly £250m, the club said.",
         [F("money", 250 * M, unit="GBP", qualifier="about")]),
    Case("hedge", "Almost 40% of households in Quenby do not own a car.",
         [F("percent", 40, unit="%", qualifier="nearly")]),
    # -- counts of people
    Case("people", "Four people died and 11 were injured when a coach overturned near Tessaly Bay.",
         [F("killed", 4), F("injured", 11)]),
    Case("people", "Police in Marrowick arrested 23 men after a brawl at a wedding party.",
         [F("arrested", 23)]),
    Case("people", "A fire at a Halvard warehouse killed two workers and injured five firefighters.",
         [F("killed", 2), F("injured", 5)]),
    Case("people", "Some 3,000 villagers were evacuated from the Orvale valley ahead of the storm.",
         [F("evacuated", 3000, qualifier="about")]),
    # -- ages
    Case("age", "Jonah Carrick, 54, a baker from Lissarne, was named as the victim.",
         [F("age", 54)]),
    Case("age", "A 19-year-old woman has been charged over the arson attack in Quenby.",
         [F("age", 19)]),
    # -- votes: for and against, two figures
    Case("votes", "The Halvard assembly approved the harbour plan by 34 votes to 21.",
         [F("quantity", 34, unit="votes"), F("quantity", 21, unit="votes")]),
    Case("votes", "Orvale councillors rejected the motion by 12 votes to nine on Tuesday night.",
         [F("quantity", 12, unit="votes"), F("quantity", 9, unit="votes")]),
    # -- years are no figures
    Case("year", "The Marrowick lighthouse was built in 1894 and restored in 2009.", []),
    Case("year", "Since 2015 the Tessaly Bay ferry has carried passengers to the islands every day.", []),
    # -- days in sentences about money
    Case("dated money", "On 3 March the Lissarne transport board agreed to spend £2.4m on electric buses.",
         [F("money", 2.4 * M, unit="GBP")]),
    Case("dated money", "By 2030 the Quenby authority plans to invest 600 million euros in offshore wind.",
         [F("money", 600 * M, unit="EUR")]),
    Case("dated money", "The fund, set up in 2012, paid out $7.5 million in the year to June 2024.",
         [F("money", 7.5 * M, unit="USD")]),
    # -- no figure at all
    Case("negative", "No one was injured in the blaze at the Halvard bus depot.", []),
    Case("negative", "The Orvale council has not said how much the repairs will cost.", []),
    Case("negative", "Flight 447 to Brackenfold landed safely on runway 2 after a bird strike.", []),
    Case("negative", "Platform 9 at Lissarne station reopened on Monday after a week of repairs.", []),
    # -- batch 2, written after the fixes batch 1 led to, before any fix of its own: the
    # same forms in other words, and their false friends
    Case("change", "Fares on the Quenby ferry will increase from €4.50 to €6 in January.",
         [F("money", 4.5, unit="EUR"), F("money", 6, unit="EUR")], batch=2),
    Case("change", "The Marrowick council tax bill is set to go up from £1,820 to £1,950 a year.",
         [F("money", 1820, unit="GBP"), F("money", 1950, unit="GBP")], batch=2),
    Case("change", "The party's share of the vote in Orvale slipped from 28 to 24 per cent.",
         [F("percent", 28, unit="%"), F("percent", 24, unit="%")], batch=2),
    Case("change", "The price of a pint at the Quenby Arms has gone from £4.20 to £5.10 in two years.",
         [F("money", 4.2, unit="GBP"), F("money", 5.1, unit="GBP")], batch=2),
    Case("change", "Council funding for the Tessaly Bay lifeboat was raised from €80,000 to €95,000.",
         [F("money", 80_000, unit="EUR"), F("money", 95_000, unit="EUR")], batch=2),
    Case("change", "Halvard's jobless rate has risen to 6.8% from 6.1%.",
         [F("percent", 6.8, unit="%"), F("percent", 6.1, unit="%")], batch=2),
    Case("change", "The Lissarne bakery chain's profits fell 12% to £3.2m.",
         [F("percent", 12, unit="%"), F("money", 3.2 * M, unit="GBP")], batch=2),
    Case("range", "Tickets for the Lissarne folk festival cost from £12 to £40 a day.",
         [F("money", 12, 40, "GBP")], batch=2),
    Case("range", "Fines for dropping litter in Tessaly Bay range from $50 to $500.",
         [F("money", 50, 500, "USD")], batch=2),
    Case("range", "Savers in the Brackenfold scheme lost between 3 and 4 million pounds.",
         [F("money", 3 * M, 4 * M, "GBP")], batch=2),
    Case("range", "The repairs will cost somewhere between 40 and 60 thousand euros.",
         [F("money", 40_000, 60_000, "EUR")], batch=2),
    Case("range", "The inquiry into the Marrowick dam failure will cost up to £30m.",
         [F("money", 30 * M, unit="GBP", qualifier="up to")], batch=2),
    Case("range", "Between 150 and 200 people were evacuated from the Lissarne estate.",
         [F("evacuated", 150, 200)], batch=2),
    Case("percent", "Mortgage rates in Orvale are expected to rise by 25 basis points.",
         [F("percent", 0.25, unit="percentage points")], batch=2),
    Case("percent", "The lead of the Quenby Labour group narrowed by two percentage points.",
         [F("percent", 2, unit="percentage points")], batch=2),
    Case("votes", "The bill passed the Lissarne senate by a vote of 61 to 38.",
         [F("quantity", 61, unit="votes"), F("quantity", 38, unit="votes")], batch=2),
    Case("votes", "Members of the Orvale dockers' union voted by 412 votes to 77 to accept the pay offer.",
         [F("quantity", 412, unit="votes"), F("quantity", 77, unit="votes")], batch=2),
    Case("votes", "The amendment was defeated by 301 votes to 290 in the Halvard chamber.",
         [F("quantity", 301, unit="votes"), F("quantity", 290, unit="votes")], batch=2),
    Case("people", "Police said 14 people were arrested and about 2,000 were evacuated from the Quenby festival site.",
         [F("arrested", 14), F("evacuated", 2000, qualifier="about")], batch=2),
    Case("negative", "The Marrowick library moved from the old town hall to a new building in 1998.", [], batch=2),
    Case("negative", "A vote on the Orvale bypass is expected on 12 May.", [], batch=2),
    Case("negative", "The Halvard festival runs from 12 to 20 June this year.", [], batch=2),
]
