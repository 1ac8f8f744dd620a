"""Planted conflicts on real multi-article clusters (TAC 2011 MultiLing pilot; WikiRef220) and on single articles (TimeBank 1.2; PolNeAR).

    python bench/conflicts.py [--corpus multiling|wikiref|timebank|polnear] [--split train|dev]
                              [--limit N] [--per-kind K] [--seed S] [--verbose]

`--corpus multiling` (default): each of the 10 topics (M00T0..M00T9.english, 10 WikiNews
articles each; first line the title, the dateline "Saturday, January 8, 2005" on the
third) is taken as one story.
`--corpus wikiref` (a dev set now: held out at its first measurement, its false conflicts were
then read to write the scope rules of compare/ -- venues, days, subjects, developing figures): the
WikiRef220 news articles (../shared/data/wikiref/WikiRef220, one plain-text file per
article, first line the title, no date; most files cp1252) grouped by the topic in their
file name ("premier.league.25.txt", "ParisAttacks2015 (9).txt"); the topics with fewer
than two articles (the corpus's noise documents) are left out. Clusters are large (5 to
39 articles), so false conflicts are also given per 10 articles (MultiLing's cluster size).

`--corpus timebank` (held out: no rule was tuned on it) and `--corpus polnear` (`--split
train`, tuned on; `--split dev`, held out) have no clusters: each article with a candidate
value makes stories of two, the original beside a copy with one planted change (every
candidate by default, each its own pair). TimeBank 1.2 (../shared/data/timebank): the
text of <TEXT> with the TimeML tags stripped (as `timex_timebank.py` reads it), published
on the creation time t0. PolNeAR (../shared/data/polnear/SPLIT/text): first line the title,
published on `publication_date` of metadata.tsv. For these the untouched figure is a
sanity check only (an article beside an identical copy has nothing to disagree on), and
"other conflicts / planted pair" counts conflicts of a pair that do not hold the plant
(the two texts differ in the plant only, so each is false).

* Untouched: `compare_story` over the 10 original articles; every `conflict` there is
  counted as a false conflict (reported also without those noted as updates between
  reports days apart, which are real changes rather than errors).
* Planted (FactCC-style, as ANCHORS.md suggests): a copy of one article with ONE value
  changed -- a count of people killed/injured/..., a clock time, a day, or an age -- is
  added to the story beside the original article (the others untouched). The plant is
  found when a `conflict` comparison holds a value of the copy whose span covers the
  changed text. Candidates are found with regular expressions over the raw text,
  independently of the claim extractor, so recall measures extraction + alignment +
  verdict together. Days and times are planted only where they date an event: in a
  sentence with an event word, outside quotations, and not on a report ("Radio X
  reported on March 3", "X on Tuesday said": the day of a report is no fact about the
  event). A clock time is changed in its hour, never in its minutes or seconds ("04:32:19
  AM" is not "19 AM"). No count in "wounded five years ago", "killed 81 percent", "killed
  9/11 plotter X"; no age in "Americans, 10,000 Britons", "born Sept, 26, 2014", "a
  51-year-old Cuban American", "the 26-year-old Cessna 750", "the 51-year-old Boca West
  Country Club", "a 59-year-old Salem, N.H., resident" (planting rules fixed after the
  first TimeBank/PolNeAR measurement; they drop 4 WikiRef candidates, so WikiRef's plants
  differ from those drawn before).

Analyses are computed once per run (spaCy + the whole pipeline). Targets (issue 4):
recall >= 0.90 per kind, <= 0.1 false conflicts per untouched cluster.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "multiling2011" / "source"
WIKIREF = ROOT.parent / "shared" / "data" / "wikiref" / "WikiRef220"
TIMEBANK = ROOT.parent / "shared" / "data" / "timebank"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
# corpora of single articles: each plant makes a story of two, the original and its copy
PAIR_CORPORA = ("timebank", "polnear")
CACHE = Path(os.environ.get("STORYWEAVE_BENCH_CACHE", Path(tempfile.gettempdir()) / "storyweave-bench-cache"))
# "premier.league.25.txt" -> "premier.league"; "ParisAttacks2015 (9).txt" -> "ParisAttacks2015"
WIKIREF_TOPIC = re.compile(r"^(?P<topic>.+?)(?:\.| \()\d+\)?\.txt$")
sys.path.insert(0, str(ROOT / "src"))

from storyweave.model import Analysis, AnalyzedArticle, Article, Comparison  # noqa: E402

TARGET_RECALL = 0.90
TARGET_FALSE = 0.10
KINDS = ("count", "time", "date", "age", "money", "percent")
# sums and percentages were added later (2026-11-24): their plants are drawn with a random
# generator of their own, so the plants of the first four kinds stay those of earlier runs
FIGURE_KINDS = ("money", "percent")

NUM_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_NUM = r"(?<![\w-])(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(NUM_WORDS) + r")"
_CASUALTY = r"(?:killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated)"
_PEOPLE = (r"(?:people|persons|others|victims|men|women|children|passengers|soldiers|civilians|police|"
           r"officers|sailors|students|workers|tourists|residents|miners|crew|members|suspects|pilgrims)")
_QUAL = r"(?:(?:at least|about|nearly|almost|more than|over|around|some|approximately|an estimated) )?"
_AUX = r"(?:(?:were|was|are|is|have been|has been|had been|had|have|has) )?(?:(?:also|reportedly|now) )?"
_STATUS = r"(?:(?:declared|reported|confirmed|feared|believed) )?"
# a count next to its casualty word, as "N people were killed", "killing N", "N dead", "death toll ... N"
# "wounded five years ago", "killed 81 percent of ...": the number counts no people
# nor is "the raid that killed 9/11 plotter X" (a number run on by "/" or a digit group)
_NOT_A_MEASURE = r"(?! (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|percent|per cent)\b|%|/|[.,]\d)"
COUNT_PATTERNS = [
    re.compile(r"\b" + _NUM + r"(?: [a-z]+)? " + _PEOPLE + r",? (?:who )?" + _AUX + _STATUS + _CASUALTY + r"\b",
               re.I),
    re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded|arresting|arrested|evacuating)"
               r" " + _QUAL + _NUM + r"\b" + _NOT_A_MEASURE, re.I),
    re.compile(r"\b" + _NUM + r" (?:dead|injured|killed|wounded|missing|deaths|fatalities)\b", re.I),
    re.compile(r"\bdeath toll[^.;]{0,30}?\b(?:to|of|at|is|was|reached|stands at) " + _QUAL + _NUM + r"\b",
               re.I),
]
# The hour of a clock time, never its minutes or seconds: "04:32:19 AM" is read as
# 04 (not "19 AM"), and its seconds are no place for a plant (times are compared to the minute).
_NOT_AFTER_CLOCK = r"(?<![\d:.])"
TIME_PATTERNS = [
    re.compile(_NOT_AFTER_CLOCK + r"\b(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?::[0-5]\d)? ?(?P<ap>a\.m\.|p\.m\.|am|pm)", re.I),
    re.compile(_NOT_AFTER_CLOCK + r"\b(?P<h>\d{1,2}) ?(?P<ap>a\.m\.|p\.m\.|am|pm)(?![a-z])", re.I),
    re.compile(_NOT_AFTER_CLOCK + r"\b(?P<h>[01]\d|2[0-3]):?(?P<m>[0-5]\d)(?::[0-5]\d)? ?(?P<ap>UTC|GMT|local time)\b"),
]
# sums and percentages: "$5 million", "£4.5m", "300 million euros", "4.99 per cent", "12%"
_FIGURE = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
MONEY_PATTERNS = [
    re.compile(r"[$£€]\s?" + _FIGURE + r"(?!\d)"),
    re.compile(r"(?<![\w.,])" + _FIGURE + r"(?: (?:million|billion))? (?:dollars|pounds|euros)\b"),
]
PERCENT_PATTERNS = [re.compile(r"(?<![\w.,])" + _FIGURE + r"(?:%| percent\b| per cent\b)")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DATE_PATTERNS = [
    re.compile(r"\b(?P<month>" + "|".join(MONTHS) + r") (?P<day>[1-9]|[12]\d|3[01])\b(?!,? \d{4}\b)"),
    re.compile(r"\b(?P<day>[1-9]|[12]\d|3[01]) (?P<month>" + "|".join(MONTHS) + r")\b(?! \d{4}\b)"),
    re.compile(r"\b(?:on|last|this|early|late|since) (?P<wd>" + "|".join(WEEKDAYS) + r")\b"),
]
# ages of named people only: an age said of nobody in particular is no checkable claim
_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?: [A-Z]\.)?(?: [A-Z][a-z]+(?:[A-Z][a-z]+)?)*"  # "McCain" too
# "a 28-year-old Frenchman", "the 29-year-old Croatian international", "a 30-year-old Belgian
# man" name nobody: a word that goes on in lower case, or ends in -man, is no name.
# The name must be the whole run of capitalised words ("a 51-year-old Cuban American could"
# is no "Cuban"), not run on into a hyphen or a number ("Iranian-German", "Cessna 750"), nor
# be a place of residence ("a 59-year-old Salem, N.H., resident").
_NAME_NOT_NOUN = r"(?<!man)(?<!men)\b(?! [a-z])(?! [A-Z])(?![-\u2013]\w)(?! \d)(?!, [A-Z][a-z]?\.)"
# "the 51-year-old Boca West Country Club": the age of an institution or a thing, not a person
_THING = re.compile(r"\b(?:Club|Company|Co|Corp|Inc|Church|School|College|University|Hotel|Hospital|Center|Centre|"
                    r"Theater|Theatre|Museum|Bank|Group|Party|Foundation|Institute|Association|Stadium|Park|"
                    r"Building|Bridge|Law|Act|Treaty|Festival|Show|Series|Magazine|Times|Post|News|Nations|Organi[sz]ation|"
                    r"Agency|Authority|Council|Committee|Commission|Ministry|Department|Union|Airlines?|Airways)\.?$")
# "Name, 30," is an age; "Americans, 10,000" and "Sept, 26, 2014" are not
_AGE_NOT_NUMBER = r"(?!\d)(?! \d{4}\b)"
AGE_PATTERNS = [
    re.compile(r"\b(?P<num>\d{1,2})-year-old " + _NAME + _NAME_NOT_NOUN),
    re.compile(r"\b" + _NAME + r", (?:a |an )?(?P<num>\d{1,2})(?:-year-old)?," + _AGE_NOT_NUMBER),
    re.compile(r"\b" + _NAME + r",? aged (?P<num>\d{1,2})\b"),
    # a full name only: "from Malaysia (38)" counts passengers
    re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+)+ \((?P<num>\d{1,2})\)"),
]
# A day or time that dates a report ("Radio X reported on March 3", "police said at 10am"),
# not the event: an outlet that dates the report differently states no other fact.
REPORTED_ON = re.compile(
    r"\b(?:said|says|reported|reports|announced|told|stated|wrote|added|confirmed|tweeted|posted|published)"
    r"(?: (?:by|to) (?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4}| (?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4})?"
    r",? (?:on|at|late on|early on|late|early)(?: (?:the )?(?:morning|afternoon|evening|night) of)? $")
# "Jane Roe on Tuesday said ...": the same, the day written before the speech verb
REPORTED_AFTER = re.compile(
    r"(?:[ ,]+(?:morning|afternoon|evening|night))?,? (?:said|says|told|announced|stated|wrote|added|tweeted|"
    r"posted|published|reported|confirmed)\b")
# Times and days are planted only in sentences about an event happening.
EVENT_WORDS = re.compile(
    r"\b(?:killed|killing|died|dead|injured|wounded|attack(?:s|ed)?|bomb(?:s|ing|ings|ed)?|explo\w+|blasts?|"
    r"earthquakes?|quakes?|tremors?|tsunamis?|struck|hit|crash(?:ed|es)?|happened|occurred|erupt\w*|"
    r"shooting|shot|stabbed|captured|seized|vanished|disappeared|went missing)\b", re.I)


@dataclass
class Plant:
    topic: int | str
    kind: str
    article: Article  # the original
    start: int  # span changed in the original text
    end: int
    new: str  # replacement text
    number: int = 0  # unique over the run: one article may get several plants

    @property
    def copy_id(self) -> str:
        return f"{self.article.id}~planted{self.number}"

    @property
    def copy(self) -> Article:
        text = self.article.text[: self.start] + self.new + self.article.text[self.end :]
        return Article(id=self.copy_id, text=text, outlet="planted copy",
                       published=self.article.published, title=self.article.title)


def read_topic(topic: int) -> list[Article]:
    articles = []
    for path in sorted(DATA.glob(f"M00{topic}?.english")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        published = None
        for line in lines[1:5]:
            for fmt in ("%A, %B %d, %Y", "%B %d, %Y"):
                try:
                    published = datetime.strptime(line.strip(), fmt).date().isoformat()
                    break
                except ValueError:
                    continue
            if published:
                break
        articles.append(Article(id=path.stem, text=text, title=lines[0].strip(), published=published,
                                outlet="WikiNews"))
    return articles


def read_wikiref(min_articles: int = 2) -> dict[str, list[Article]]:
    """WikiRef220 articles by topic (file name), topics with at least `min_articles` only."""
    from storyweave.ingest.read import read_inputs

    paths = sorted(str(p) for p in WIKIREF.glob("*.txt"))
    topics: dict[str, list[Article]] = {}
    for article in read_inputs(paths, encoding="cp1252"):  # UTF-8 first, then cp1252
        if not isinstance(article, Article):
            print(f"not read: {article.source}: {article.reason}", file=sys.stderr)
            continue
        name = Path(article.source or article.id).name
        m = WIKIREF_TOPIC.match(name)
        if not m:
            continue
        title = article.text.lstrip().split("\n", 1)[0].strip()
        topics.setdefault(m.group("topic"), []).append(
            Article(id=name[: -len(".txt")], text=article.text, title=title, outlet="WikiRef"))
    return {t: arts for t, arts in sorted(topics.items()) if len(arts) >= min_articles}


def read_timebank() -> list[Article]:
    """TimeBank 1.2 documents as articles: the text of <TEXT> with the tags stripped (as the
    timex bench reads it), published on the creation time t0."""
    sys.path.insert(0, str(ROOT / "bench"))
    from timex_timebank import read_tml

    out = []
    for path in sorted(TIMEBANK.glob("*.tml")):
        text, dct, _gold = read_tml(path)
        out.append(Article(id=path.stem, text=text, published=dct, outlet="TimeBank"))
    return out


def read_polnear(split: str) -> list[Article]:
    """PolNeAR articles of one split (`train` or `dev`), first line the title, published on the
    `publication_date` of metadata.tsv (a day; every train and dev article has one)."""
    dates: dict[str, str] = {}
    with open(POLNEAR / "metadata.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.get("publication_date", "")):
                dates[row["filename"]] = row["publication_date"]
    out = []
    for path in sorted((POLNEAR / split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        title = text.lstrip().split("\n", 1)[0].strip()
        out.append(Article(id=path.stem, text=text, title=title, published=dates.get(path.stem),
                           outlet=path.stem.split("_", 1)[0]))
    return out


def _body_start(text: str, corpus: str = "multiling") -> int:
    """Offset after the title (and MultiLing's dateline): plants go in the body only."""
    if corpus == "timebank":  # <TEXT> holds the body only
        return 0
    if corpus in ("wikiref", "polnear"):  # the first non-empty line is the title; no dateline
        first = len(text) - len(text.lstrip())
        nxt = text.find("\n", first)
        return nxt + 1 if nxt >= 0 else len(text)
    pos = 0
    for _ in range(3):
        nxt = text.find("\n", pos)
        if nxt < 0:
            break
        pos = nxt + 1
    # some datelines run into the first sentence ("..., 2005Through a telethon")
    m = re.match(r"\s*(?:[A-Z][a-z]+day, )?[A-Z][a-z]+ \d{1,2}, \d{4}", text[pos:])
    return pos + m.end() if m else pos


def _new_number(token: str) -> str:
    n = int(token.replace(",", "")) if token[0].isdigit() else NUM_WORDS.index(token.lower()) + 1 \
        if token.lower() in NUM_WORDS[:19] else (NUM_WORDS.index(token.lower()) - 17) * 10
    return f"{round(n * 1.6) + 3:,}"  # beyond any "about" reading of the original


def _new_figure(token: str) -> str:
    """Another sum or percentage, written as the original was (decimals, thousands)."""
    n = float(token.replace(",", ""))
    decimals = len(token.split(".")[1]) if "." in token else 0
    new = n * 1.6 + 3
    return f"{new:,.{decimals}f}" if "," in token else f"{new:.{decimals}f}"


def candidates(article: Article, kind: str, corpus: str = "multiling") -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every value of `kind` the bench can change."""
    text, body = article.text, _body_start(article.text, corpus)
    out: list[tuple[int, int, str]] = []
    if kind == "count":
        for pat in COUNT_PATTERNS:
            for m in pat.finditer(text, body):
                out.append((m.start("num"), m.end("num"), _new_number(m.group("num"))))
    elif kind == "time":
        for pat in TIME_PATTERNS:
            for m in pat.finditer(text, body):
                h = int(m.group("h"))
                if not 0 <= h <= 23 or h > 12 and m.group("ap").lower().strip(".") in ("am", "pm", "a.m", "p.m"):
                    continue
                if REPORTED_ON.search(text[max(0, m.start() - 80): m.start()]) or REPORTED_AFTER.match(text, m.end()):
                    continue
                new_h = h + 2 if h not in (10, 11, 12, 22, 23) and h + 2 <= (12 if h <= 12 else 23) else h - 3
                out.append((m.start("h"), m.end("h"), f"{new_h:0{len(m.group('h'))}d}"))
    elif kind == "date":
        for pat in DATE_PATTERNS:
            for m in pat.finditer(text, body):
                lead = m.start("wd") if "wd" in m.groupdict() and m.group("wd") else m.start()
                if REPORTED_ON.search(text[max(0, lead - 80): lead]) or REPORTED_AFTER.match(text, m.end()):
                    continue
                if "wd" in m.groupdict() and m.group("wd"):
                    wd = WEEKDAYS.index(m.group("wd"))
                    out.append((m.start("wd"), m.end("wd"), WEEKDAYS[(wd + 5) % 7]))  # two days earlier
                else:
                    day = int(m.group("day"))
                    if day > 3:  # three days earlier: a report cannot date its news after itself
                        out.append((m.start("day"), m.end("day"), str(day - 3)))
    elif kind == "age":
        for pat in AGE_PATTERNS:
            for m in pat.finditer(text, body):
                n = int(m.group("num"))
                if pat is AGE_PATTERNS[0] and _THING.search(m.group(0)):
                    continue
                if 1 <= n < 100:
                    out.append((m.start("num"), m.end("num"), str(n + 7)))
    elif kind in ("money", "percent"):
        for pat in MONEY_PATTERNS if kind == "money" else PERCENT_PATTERNS:
            for m in pat.finditer(text, body):
                out.append((m.start("num"), m.end("num"), _new_figure(m.group("num"))))
    if kind in ("time", "date"):
        # the time of the event: an event word close by, not inside a direct quotation
        out = [c for c in out if EVENT_WORDS.search(_sentence_at(text, c[0])[-1])
               and EVENT_WORDS.search(text[max(0, c[0] - 70): c[1] + 40]) and not _in_quote(text, c[0])]
    # one plant per value position
    seen, unique = set(), []
    for c in sorted(out):
        if c[0] not in seen:
            seen.add(c[0])
            unique.append(c)
    return unique


def _sentence_at(text: str, pos: int) -> tuple[int, str]:
    """The sentence around `pos`, cut at full stops and line breaks (good enough to pick plants)."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return start, text[start : min(ends) if ends else len(text)]


def _in_quote(text: str, pos: int) -> bool:
    """Inside quotation marks within its paragraph."""
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    return (para.count('"') + para.count("\u201c") - para.count("\u201d")) % 2 == 1 or \
        para.count("\u201c") > para.count("\u201d")


def choose_plants(topic: int | str, articles: list[Article], per_kind: int, rng: random.Random,
                  corpus: str = "multiling", kinds: tuple[str, ...] = KINDS[:4]) -> list[Plant]:
    plants = []
    for kind in kinds:
        pool = [(a, c) for a in articles for c in candidates(a, kind, corpus)]
        rng.shuffle(pool)
        used: set[str] = set()
        for article, (start, end, new) in pool:
            if len([p for p in plants if p.kind == kind]) >= per_kind:
                break
            if article.id in used and len({a.id for a, _ in pool}) > per_kind:
                continue  # spread plants over articles
            used.add(article.id)
            plants.append(Plant(topic, kind, article, start, end, new))
    return plants


_cached = [0]  # docs read from the cache by the last `parsed_docs` call


def parsed_docs(articles: list[Article]) -> dict[str, object]:
    """spaCy docs by article id, each cached as a DocBin keyed by its text and the pipeline:
    the parse is the slow part; our analysers run on it afresh every time."""
    from spacy.tokens import DocBin

    from storyweave.analyze.nlp import load_nlp, pipeline_tag

    nlp = load_nlp()
    tag = pipeline_tag(nlp)
    path_of = {a.id: CACHE / "conflicts-docs" / (hashlib.sha1((tag + "\x00" + a.text).encode()).hexdigest()
                                                  + ".spacy") for a in articles}
    docs: dict[str, object] = {}
    todo = []
    _cached[0] = 0
    for a in articles:
        path = path_of[a.id]
        if path.exists():
            docs[a.id] = next(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
            _cached[0] += 1
        else:
            todo.append(a)
    if todo:
        (CACHE / "conflicts-docs").mkdir(parents=True, exist_ok=True)
        for doc, a in nlp.pipe(((a.text, a) for a in todo), as_tuples=True, batch_size=16):
            path_of[a.id].write_bytes(DocBin(store_user_data=True, docs=[doc]).to_bytes())
            docs[a.id] = doc
    return docs


def analyse(articles: list[Article]) -> tuple[dict[str, Analysis], int]:
    from storyweave.analyze import pipeline
    from storyweave.analyze.nlp import load_nlp

    docs = parsed_docs(articles)
    nlp = load_nlp()
    return {a.id: pipeline.analyze_doc(docs[a.id], a, nlp) for a in articles}, len(docs) - _cached[0]


def found(plant: Plant, comparisons: list[Comparison]) -> bool:
    copy_id = plant.copy_id
    lo, hi = plant.start, plant.start + len(plant.new)
    for c in comparisons:
        if c.verdict != "conflict":
            continue
        for v in c.values:
            if v.article == copy_id and v.start < hi and lo < v.end:
                return True
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=["multiling", "wikiref", *PAIR_CORPORA], default="multiling",
                    help="clusters: MultiLing 2011 (default) or WikiRef220 topics; or single articles, each "
                         "with its planted copy: TimeBank 1.2 (held out) or PolNeAR (--split)")
    ap.add_argument("--split", choices=["train", "dev"], default="train",
                    help="PolNeAR split: train (tuned on) or dev (held out)")
    ap.add_argument("--limit", type=int, default=None,
                    help="number of topics (clusters), or of articles for timebank/polnear; default all")
    ap.add_argument("--per-kind", type=int, default=None,
                    help="plants per kind per cluster (default 10); per article for timebank/polnear "
                         "(default: every candidate)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--verbose", action="store_true", help="list missed plants and false conflicts")
    args = ap.parse_args(argv)
    data = {"multiling": DATA, "wikiref": WIKIREF, "timebank": TIMEBANK, "polnear": POLNEAR}[args.corpus]
    pairs = args.corpus in PAIR_CORPORA
    per_kind = args.per_kind or (10_000 if pairs else 10)
    if not data.exists():
        print(f"data not found: {data}", file=sys.stderr)
        return 2
    from storyweave.compare.align import compare_story

    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    if args.corpus == "multiling":
        topics: dict[int | str, list[Article]] = {t: read_topic(t) for t in range(min(args.limit or 10, 10))}
    elif args.corpus == "wikiref":
        topics = dict(list(read_wikiref().items())[: args.limit])
    else:  # one article each; only those that get a plant are kept
        arts_all = read_timebank() if args.corpus == "timebank" else read_polnear(args.split)
        topics = {a.id: [a] for a in arts_all[: args.limit]}
    figure_rng = random.Random(f"{args.seed}-figures")
    plants = [p for t, arts in topics.items() for p in choose_plants(t, arts, per_kind, rng, args.corpus)
              + choose_plants(t, arts, per_kind, figure_rng, args.corpus, FIGURE_KINDS)]
    n_read = len(topics)
    if pairs:
        topics = {t: arts for t, arts in topics.items() if any(p.topic == t for p in plants)}
    for i, p in enumerate(plants):
        p.number = i
    originals = [a for arts in topics.values() for a in arts]
    docs_of = originals + [p.copy for p in plants]
    analyses, parsed_now = analyse(docs_of)  # one pass; spaCy parses cached across runs
    words = sum(len(a.text.split()) for a in originals) + sum(len(p.copy.text.split()) for p in plants)
    t_an = time.perf_counter() - t0

    def story(arts: list[Article]) -> list[Comparison]:
        return compare_story([AnalyzedArticle(a, analyses[a.id]) for a in arts])

    def untouched(arts: list[Article]) -> list[Article]:
        if not pairs:
            return arts
        # sanity check only: an article beside an identical copy (another id, the same analysis)
        same = Article(id=arts[0].id + "~same", text=arts[0].text, outlet="identical copy",
                       published=arts[0].published, title=arts[0].title)
        analyses[same.id] = analyses[arts[0].id]
        return [arts[0], same]

    false_all, false_hours, comps_total, other_in_pairs, moving = 0, 0, 0, 0, 0
    for t, arts in topics.items():
        comps = story(untouched(arts))
        comps_total += len([c for c in comps if c.verdict != "single"])
        # figures shown as agreeing only as one developing or moving figure (not counted as false)
        moving += len([c for c in comps if c.verdict == "agree" and c.note and (
            "developing figure" in c.note or "moving figure" in c.note)])
        conflicts = [c for c in comps if c.verdict == "conflict"]
        false_all += len(conflicts)
        false_hours += len([c for c in conflicts if "update between reports" not in (c.note or "")])
        if args.verbose:
            for c in conflicts:
                print(f"  false conflict topic {t}: {c.slot}/{c.subject} gap={c.gap} note={c.note}")
                for v in c.values:
                    print(f"      {v.article} {v.published} {v.value!r} | {v.sentence[:110]}")
    stats = {k: [0, 0] for k in KINDS}
    for p in plants:
        arts = [a for a in topics[p.topic]] + [p.copy]
        comps = story(arts)
        ok = found(p, comps)
        if pairs:  # the pair differs in the plant only: any other conflict is a false one
            lo, hi = p.start, p.start + len(p.new)
            other = [c for c in comps if c.verdict == "conflict" and not any(
                v.article == p.copy_id and v.start < hi and lo < v.end for v in c.values)]
            other_in_pairs += len(other)
            if args.verbose:
                for c in other:
                    print(f"  other conflict in pair {p.copy_id}: {c.slot}/{c.subject} "
                          f"{[v.value for v in c.values]}")
        stats[p.kind][0] += 1
        stats[p.kind][1] += ok
        if args.verbose and not ok:
            lo = p.start
            near = [c for c in analyses[p.copy.id].claims if c.sentence_start <= lo < c.sentence_end]
            print(f"    claims in that sentence of the copy: "
                  f"{[(c.slot, c.subject, c.value, c.qualifier, c.unit) for c in near]}; timexes there: "
                  f"{[(t.text, t.value) for t in analyses[p.copy.id].timexes if abs(t.start - lo) < 40]}")
            text = p.copy.text
            s = text.rfind("\n", 0, p.start) + 1
            e = text.find("\n", p.start)
            snippet = text[max(s, p.start - 90): min(e if e > 0 else len(text), p.start + 90)].replace("\n", " ")
            print(f"  missed {p.kind} in {p.article.id}: {p.article.text[p.start:p.end]!r} -> {p.new!r} | {snippet}")
    elapsed = time.perf_counter() - t0
    n_clusters = len(topics)

    n_articles = len(originals)
    if args.corpus == "multiling":
        print(f"\nPlanted conflicts, MultiLing 2011 English ({n_clusters} clusters x 10 articles, "
              f"{len(plants)} plants, seed {args.seed})")
    elif pairs:
        name = "TimeBank 1.2 (held out)" if args.corpus == "timebank" else \
            f"PolNeAR {args.split} ({'tuned on' if args.split == 'train' else 'held out'})"
        print(f"\nPlanted conflicts, {name}: {n_read} articles read, {n_clusters} with a plant, each a story "
              f"of the original and its planted copy ({len(plants)} plants, "
              f"{'every candidate' if per_kind >= 10_000 else f'<= {per_kind} per kind per article'}, "
              f"seed {args.seed})")
    else:
        sizes = sorted(len(a) for a in topics.values())
        print(f"\nPlanted conflicts, WikiRef220 topics, dev set ({n_clusters} clusters of {sizes[0]}-{sizes[-1]} "
              f"articles, {n_articles} articles, {len(plants)} plants, seed {args.seed})")
    print(f"{'figure':44} {'value':>8} {'anchor':>8} {'ratio':>7}")
    print("-" * 70)
    planted = detected = 0
    for k in KINDS:
        n, ok = stats[k]
        planted, detected = planted + n, detected + ok
        r = ok / n if n else float("nan")
        print(f"{'recall, planted ' + k + f' ({ok}/{n})':44} {r:8.3f} {TARGET_RECALL:8.2f} {r / TARGET_RECALL:7.2f}")
    r = detected / planted if planted else float("nan")
    print(f"{'recall, all kinds' + f' ({detected}/{planted})':44} {r:8.3f} {TARGET_RECALL:8.2f} {r / TARGET_RECALL:7.2f}")
    fa, fh = false_all / n_clusters, false_hours / n_clusters
    if pairs:
        print(f"{'other conflicts / planted pair':44} {other_in_pairs / max(1, len(plants)):8.2f} "
              f"{TARGET_FALSE:8.2f} {other_in_pairs / max(1, len(plants)) / TARGET_FALSE:7.2f}")
        print("false conflicts of an article beside its identical copy (a sanity check only: nothing to disagree on)")
    print(f"{'false conflicts / untouched cluster':44} {fa:8.2f} {TARGET_FALSE:8.2f} "
          f"{(fa / TARGET_FALSE if TARGET_FALSE else 0):7.2f}")
    print(f"{'  not noted as update (days apart)':44} {fh:8.2f} {TARGET_FALSE:8.2f} "
          f"{(fh / TARGET_FALSE if TARGET_FALSE else 0):7.2f}")
    if args.corpus == "wikiref":  # clusters of 5 to 39 articles: per 10 articles, MultiLing's size
        f10 = false_all / n_articles * 10
        print(f"{'false conflicts / 10 untouched articles':44} {f10:8.2f} {TARGET_FALSE:8.2f} "
              f"{f10 / TARGET_FALSE:7.2f}")
    print(f"{'agree+conflict groups / untouched cluster':44} {comps_total / n_clusters:8.1f}")
    print(f"{'  agree noted as developing/moving figure':44} {moving / n_clusters:8.2f}")
    label = "analysis words/s (whole pipeline)" if parsed_now == len(docs_of) else "analysis words/s (parse cached)"
    print(f"{label:44} {words / t_an:8.0f}")
    print(f"total {elapsed:.1f}s (ratio = value / anchor; for false conflicts lower is better)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
