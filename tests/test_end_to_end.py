"""End to end: the `storyweave` CLI over the fictional demo corpus (answer key: demo/README.md).

The CLI runs in subprocesses exactly as a user runs it. `analyze` runs once per module
(fixture `demo_run`) and every other check reads the database it wrote.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
FIRE = DEMO / "fire"

# Ids given by sidecars / JSON Lines (the HTML page and the feed item get URL-derived ids).
COURIER_DAY1 = "courier-2026-03-09-depot-fire"
COURIER_DAY2 = "courier-2026-03-10-investigation"
PENNANT = "pennant-2026-03-09-warehouse-blaze"
HERALD_COPY = "herald-2026-03-09-wire-copy"
FRENCH = "echo-valmorin-2026-03-09-pont"
COUNCIL = {"advertiser-2026-03-10-kestleford-budget", "midshire-2026-03-11-kestleford-budget"}

EVENT_A_FILES = [
    FIRE / "courier-2026-03-09-depot-fire.txt",
    FIRE / "herald-2026-03-09-wire-copy.txt",  # before its original: the earlier-published text wins
    FIRE / "pennant-2026-03-09-warehouse-blaze.txt",
    FIRE / "evening-post-2026-03-09-four-dead.html",
    FIRE / "courier-2026-03-10-investigation.txt",
    FIRE / "northmoor-herald-feed.xml",
]

QUOTE_KEYS = {
    "text", "start", "end", "kind", "cue", "cue_start", "cue_end", "speaker",
    "speaker_start", "speaker_end", "speaker_name", "speaker_role",
}
TIMEX_KEYS = {"text", "start", "end", "type", "value"}
VALUE_KEYS = {"value", "display", "article", "outlet", "sentence", "start", "end"}


# -- running the CLI ---------------------------------------------------------------------------


@dataclass
class Result:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def __str__(self) -> str:
        return f"storyweave {' '.join(self.args)} -> {self.returncode}\nstderr:\n{self.stderr[-3000:]}"


def storyweave(*args: str | Path, cwd: Path = ROOT) -> Result:
    """Run the CLI as a user would (`python -m storyweave` is the `storyweave` console script)."""
    argv = [str(a) for a in args]
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "storyweave", *argv],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    return Result(argv, proc.returncode, proc.stdout, proc.stderr)


def ok(result: Result) -> Result:
    assert result.returncode == 0, str(result)
    return result


# -- reading JSON whose outer shape is the renderer's business ---------------------------------


def dicts(obj: Any) -> Iterator[dict]:
    """Every dict nested anywhere in a JSON value."""
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from dicts(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from dicts(v)


def number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def comparisons(obj: Any) -> list[dict]:
    return [d for d in dicts(obj) if "verdict" in d and isinstance(d.get("values"), list)]


def numbers_of(comparison: dict) -> set[float]:
    return {n for n in (number(v.get("value")) for v in comparison["values"]) if n is not None}


def times_of(comparison: dict) -> set[str]:
    """The HH:MM parts of TIMEX3 values in a comparison ("2026-03-09T06:15" -> "06:15")."""
    out = set()
    for v in comparison["values"]:
        value = v.get("value")
        if isinstance(value, str) and "T" in value:
            out.add(value.split("T", 1)[1][:5])
    return out


def find_comparison(obj: Any, verdict: str, predicate) -> dict | None:
    return next((c for c in comparisons(obj) if c["verdict"] == verdict and predicate(c)), None)


def describe(obj: Any) -> str:
    rows = [
        f"{c.get('slot')}/{c.get('subject')}: {c['verdict']} "
        f"{[(v.get('value'), v.get('outlet')) for v in c['values']]}"
        for c in comparisons(obj)
    ]
    return "comparisons found:\n" + "\n".join(rows)


def check_planted_comparisons(obj: Any) -> None:
    """The answer key of demo/README.md: three conflicts and three agreements, with provenance."""
    deaths = find_comparison(obj, "conflict", lambda c: {2.0, 4.0} <= numbers_of(c))
    assert deaths, "deaths 2 vs 4 not marked conflict\n" + describe(obj)
    four = [v for v in deaths["values"] if number(v.get("value")) == 4.0]
    assert {v.get("outlet") for v in four} == {"Vale Evening Post"}, deaths
    two = {v.get("outlet") for v in deaths["values"] if number(v.get("value")) == 2.0}
    assert two & {"Dunmarrow Courier", "Pennant News Agency", "Northmoor Herald"}, deaths

    evacuated = find_comparison(obj, "conflict", lambda c: {120.0, 200.0} <= numbers_of(c))
    assert evacuated, "evacuated 120 vs 200 not marked conflict\n" + describe(obj)

    started = find_comparison(obj, "conflict", lambda c: {"06:15", "06:40"} <= times_of(c))
    assert started, "start time 6.15am vs 6.40am not marked conflict\n" + describe(obj)
    for v in started["values"]:
        if isinstance(v.get("value"), str) and "T" in v["value"]:
            assert v["value"].startswith("2026-03-09T"), started  # "yesterday" resolved on day 2

    injured = find_comparison(
        obj, "agree", lambda c: numbers_of(c) == {30.0} and len({v.get("outlet") for v in c["values"]}) >= 2
    )
    assert injured, "about / at least 30 injured not marked agree\n" + describe(obj)

    age = find_comparison(
        obj, "agree",
        lambda c: numbers_of(c) == {52.0} and len({v.get("outlet") for v in c["values"]}) >= 2,
    )
    assert age, "Marta Oyelaran's age 52 not marked agree\n" + describe(obj)

    day = find_comparison(
        obj, "agree",
        lambda c: {str(v.get("value")) for v in c["values"]} == {"2026-03-09"}
        and len({v.get("outlet") for v in c["values"]}) >= 2,
    )
    assert day, "the date of the fire (2026-03-09, 'yesterday' on day 2) not marked agree\n" + describe(obj)

    # No planted agreement may also be reported as a conflict of the same numbers.
    assert not find_comparison(obj, "conflict", lambda c: numbers_of(c) == {30.0}), describe(obj)
    assert not find_comparison(obj, "conflict", lambda c: numbers_of(c) == {52.0}), describe(obj)


# -- the main job, run once --------------------------------------------------------------------


@dataclass
class DemoRun:
    db: Path
    first: Result
    stories_before: Result
    second: Result
    stories_after: Result

    @property
    def summary(self) -> dict:
        return self.first.json()

    def stories(self) -> list[dict]:
        return self.stories_before.json()["stories"]

    def story_with(self, article_id: str) -> dict:
        matches = [s for s in self.stories() if article_id in s["articles"]]
        assert len(matches) == 1, self.stories()
        return matches[0]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> DemoRun:
    db = tmp_path_factory.mktemp("e2e") / "demo.db"
    first = storyweave("analyze", DEMO, "--db", db, "--workers", "2", "--json")
    stories_before = storyweave("stories", "--db", db, "--json")
    second = storyweave("analyze", DEMO, "--db", db, "--json")
    stories_after = storyweave("stories", "--db", db, "--json")
    return DemoRun(db, first, stories_before, second, stories_after)


def test_analyze_demo_exits_zero(demo_run: DemoRun) -> None:
    ok(demo_run.first)
    summary = demo_run.summary
    assert summary["failed"] == [], summary["failed"]
    analyzed = set(summary["analyzed"])
    # 5 originals of event A (three with sidecar ids, the HTML page, the feed item) + 2 of event B
    assert len(analyzed) == 7, analyzed
    assert {COURIER_DAY1, COURIER_DAY2, PENNANT} | COUNCIL <= analyzed
    assert HERALD_COPY not in analyzed and FRENCH not in analyzed


def test_analyze_reports_the_wire_copy_as_near_duplicate(demo_run: DemoRun) -> None:
    duplicates = ok(demo_run.first).json()["duplicates"]
    assert duplicates == [{"id": HERALD_COPY, "duplicate_of": PENNANT}], duplicates


def test_analyze_skips_the_french_article_without_failing(demo_run: DemoRun) -> None:
    skipped = ok(demo_run.first).json()["skipped"]
    french_file = f"{FRENCH}.txt"
    french = [s for s in skipped if Path(s["file"]).name == french_file]
    assert len(french) == 1, skipped
    assert "fr" in french[0]["reason"] or "English" in french[0]["reason"], french
    # the user sees it listed too (not only its sidecar)
    lines = [line for line in demo_run.first.stderr.splitlines() if french_file in line and "sidecar" not in line]
    assert lines, demo_run.first.stderr


def test_stories_separates_the_two_events(demo_run: DemoRun) -> None:
    ok(demo_run.stories_before)
    stories = demo_run.stories()
    assert len(stories) == 2, [(s["title"], s["articles"]) for s in stories]
    fire = demo_run.story_with(COURIER_DAY1)
    council = demo_run.story_with("advertiser-2026-03-10-kestleford-budget")
    assert fire["id"] != council["id"]
    assert set(council["articles"]) == COUNCIL
    fire_articles = set(fire["articles"]) - {HERALD_COPY}  # a copy may be listed with its story
    assert {COURIER_DAY1, COURIER_DAY2, PENNANT} <= fire_articles
    # the HTML page and the feed item, whatever their URL-derived ids, are the other two
    assert fire_articles | set(council["articles"]) == set(demo_run.summary["analyzed"])
    assert len(fire_articles) == 5
    assert FRENCH not in fire["articles"] + council["articles"]
    assert fire["first_published"].startswith("2026-03-09")
    assert fire["last_published"].startswith("2026-03-10")


def test_rerun_changes_nothing(demo_run: DemoRun) -> None:
    second = ok(demo_run.second).json()
    assert second["analyzed"] == [] and second["duplicates"] == [] and second["failed"] == [], second
    first = demo_run.summary
    stored = set(first["analyzed"]) | {HERALD_COPY, FRENCH}
    assert stored <= set(second["unchanged"]), second
    assert ok(demo_run.stories_after).json() == demo_run.stories_before.json()


def test_search_finds_the_html_and_feed_articles_with_their_metadata(demo_run: DemoRun) -> None:
    post = ok(storyweave("search", "Kessling", "--db", demo_run.db, "--json")).json()["hits"]
    assert [h["outlet"] for h in post] == ["Vale Evening Post"], post
    assert post[0]["published"].startswith("2026-03-09"), post
    herald = ok(storyweave("search", "Moyes", "--db", demo_run.db, "--json")).json()["hits"]
    assert [h["outlet"] for h in herald] == ["Northmoor Herald"], herald
    assert herald[0]["published"].startswith("2026-03-10"), herald
    fire_story = demo_run.story_with(COURIER_DAY1)["id"]
    assert {h["story_id"] for h in post + herald} == {fire_story}


# -- show: the report of event A ---------------------------------------------------------------


@pytest.fixture(scope="module")
def fire_report(demo_run: DemoRun) -> dict:
    story_id = demo_run.story_with(COURIER_DAY1)["id"]
    return ok(storyweave("show", story_id, "--format", "json", "--db", demo_run.db)).json()


def test_show_json_has_the_fire_chief_with_age_and_role(fire_report: dict) -> None:
    people = [d for d in dicts(fire_report) if d.get("name") == "Marta Oyelaran"]
    assert people, "Marta Oyelaran missing from the report"
    assert any(p.get("age") == 52 for p in people), people
    roles = " ".join(
        " ".join(p.get("roles") or []) + " " + str(p.get("role") or "") for p in people
    ).lower()
    assert "fire chief" in roles, people


def _quotes(obj: Any) -> list[dict]:
    """Quotes with their resolved speaker, flat (the `quotes` contract) or grouped by speaker
    (the report: {"name", "role", "quotes": [...]})."""
    found: list[dict] = []
    seen: set[int] = set()
    for d in dicts(obj):
        if isinstance(d.get("name"), str) and isinstance(d.get("quotes"), list):
            for q in d["quotes"]:
                if isinstance(q, dict) and isinstance(q.get("text"), str):
                    seen.add(id(q))
                    found.append({**q, "speaker_name": q.get("speaker_name") or d["name"]})
    for d in dicts(obj):
        if id(d) not in seen and "speaker_name" in d and isinstance(d.get("text"), str):
            found.append(d)
    return found


def _quote(quotes: list[dict], contains: str) -> dict:
    found = [q for q in quotes if contains in q["text"]]
    assert found, f"no quote containing {contains!r} in {[q['text'][:40] for q in quotes]}"
    return found[0]


def test_show_json_has_quotes_with_resolved_speakers(fire_report: dict) -> None:
    quotes = _quotes(fire_report)
    assert _quote(quotes, "most dangerous fires")["speaker_name"] == "Marta Oyelaran"
    kessling = _quote(quotes, "tragic day for Dunmarrow")  # "he said" after the superintendent
    assert kessling["speaker_name"] == "Owen Kessling", kessling
    assert _quote(quotes, "By the time I got outside")["speaker_name"] == "Tomasz Wren"
    assert "Pellerin Logistics" in (_quote(quotes, "working closely with the emergency services")["speaker_name"] or "")
    assert _quote(quotes, "Heartbreaking news")["speaker_name"] == "Priya Haldane"


def test_show_json_marks_planted_conflicts_and_agreements(fire_report: dict) -> None:
    check_planted_comparisons(fire_report)


def test_show_json_lists_the_wire_copy(fire_report: dict) -> None:
    text = json.dumps(fire_report)
    assert HERALD_COPY in text and "Northmoor Herald" in text


def test_show_md(demo_run: DemoRun) -> None:
    story_id = demo_run.story_with(COURIER_DAY1)["id"]
    md = ok(storyweave("show", story_id, "--format", "md", "--db", demo_run.db)).stdout
    assert md.lstrip().startswith("#"), md[:200]
    for needle in ("Marta Oyelaran", "52", "Owen Kessling", "Vale Evening Post", "Dunmarrow Courier"):
        assert needle in md, needle
    lowered = md.lower()
    assert "conflict" in lowered and "agree" in lowered


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.remote: list[str] = []  # assets fetched from elsewhere (scripts, styles, images)

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if tag in {"script", "link", "img"} and name in {"src", "href"} and "//" in (value or ""):
                self.remote.append(f"<{tag} {name}={value}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_show_html(demo_run: DemoRun) -> None:
    story_id = demo_run.story_with(COURIER_DAY1)["id"]
    page = ok(storyweave("show", story_id, "--format", "html", "--db", demo_run.db)).stdout
    parser = _Collect()
    parser.feed(page)
    text = " ".join(parser.text)
    assert "html" in parser.tags or "article" in parser.tags or "section" in parser.tags
    assert parser.remote == []  # no CDN: the report works offline
    for needle in ("Marta Oyelaran", "Owen Kessling", "Vale Evening Post"):
        assert needle in text, needle
    assert "conflict" in page.lower() and "agree" in page.lower()


# -- the contract commands over files ----------------------------------------------------------


def test_compare_flags_the_planted_contradictions() -> None:
    result = ok(storyweave("compare", *EVENT_A_FILES, "--json"))
    out = result.json()
    assert isinstance(out["claims"], list) and out["claims"]
    for comparison in out["comparisons"]:
        assert comparison["verdict"] in {"agree", "conflict", "single"}
        assert {"slot", "subject", "values"} <= comparison.keys()
        for value in comparison["values"]:
            assert VALUE_KEYS <= value.keys(), value
            assert isinstance(value["start"], int) and value["start"] <= value["end"]
    check_planted_comparisons(out)
    # the wire copy is deduplicated, so the Pennant text is not counted twice
    assert all(v["article"] != HERALD_COPY for c in out["comparisons"] for v in c["values"])


def _check_spans(item: dict, text: str) -> None:
    for q in item["quotes"]:
        assert QUOTE_KEYS <= q.keys(), q
        assert q["kind"] in {"direct", "indirect", "mixed"}, q
        assert text[q["start"]:q["end"]] == q["text"], q
        if q["cue"] is not None:
            assert text[q["cue_start"]:q["cue_end"]] == q["cue"], q
            if q["kind"] == "direct":  # a direct quote is the quoted words: its cue lies outside
                assert not q["start"] <= q["cue_start"] < q["end"], q
        if q["speaker"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker"], q


def read_exact(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


COURIER_FILE = FIRE / "courier-2026-03-09-depot-fire.txt"
POST_FILE = FIRE / "evening-post-2026-03-09-four-dead.html"
WIRE_FILE = FIRE / "pennant-2026-03-09-warehouse-blaze.txt"
FEED_FILE = FIRE / "northmoor-herald-feed.xml"
COUNCIL_FILE = DEMO / "council" / "kestleford-budget.jsonl"


@pytest.fixture(scope="module")
def quotes_run() -> list[dict]:
    """`storyweave quotes` over one file of each format, run once."""
    files = (COURIER_FILE, POST_FILE, WIRE_FILE, FEED_FILE, COUNCIL_FILE)
    return ok(storyweave("quotes", *files, "--json")).json_lines()


def quotes_of(lines: list[dict], path: Path) -> list[dict]:
    """Quotes of the articles read from `path` (a feed or JSON Lines file gives `path#N`)."""
    found = [line for line in lines if line["file"] == str(path) or line["file"].startswith(f"{path}#")]
    assert found, f"no output for {path}: {[line['file'] for line in lines]}"
    return [q for line in found for q in line["quotes"]]


def test_quotes_contract_shape_and_offsets(quotes_run: list[dict]) -> None:
    files = [line["file"] for line in quotes_run]
    # one object per article: 3 plain files, 1 feed item, 2 JSON Lines records
    assert len(files) == 6, files
    assert {str(COURIER_FILE), str(POST_FILE), str(WIRE_FILE)} <= set(files)
    by_file = {line["file"]: line for line in quotes_run}
    for path in (COURIER_FILE, WIRE_FILE):
        _check_spans(by_file[str(path)], read_exact(path))
    records = [json.loads(line) for line in COUNCIL_FILE.read_text(encoding="utf-8").splitlines()]
    council = [line for line in quotes_run if line["file"].startswith(str(COUNCIL_FILE))]
    assert len(council) == 2, files
    for line, record in zip(council, records):
        _check_spans(line, record["text"])  # offsets index the JSON `text` value
    for line in quotes_run:  # HTML and feed text is extracted: check the fields, not the spans
        for q in line["quotes"]:
            assert QUOTE_KEYS <= q.keys() and q["kind"] in {"direct", "indirect", "mixed"}, q


def test_quotes_courier_direct_multiparagraph_and_spokeswoman(quotes_run: list[dict]) -> None:
    quotes = quotes_of(quotes_run, COURIER_FILE)
    chief = _quote(quotes, "most dangerous fires")
    assert chief["kind"] == "direct" and chief["cue"] == "said", chief
    assert chief["speaker_name"] == "Marta Oyelaran" and "fire chief" in (chief["speaker_role"] or "").lower()
    # multi-paragraph quote: the paragraph without a cue still belongs to the resident
    for part in ("every window in the street shook", "we just ran"):
        q = _quote(quotes, part)
        assert q["kind"] == "direct" and q["speaker_name"] == "Tomasz Wren", q
    spokeswoman = _quote(quotes, "devastated by what has happened")
    assert "Pellerin Logistics" in (spokeswoman["speaker_name"] or ""), spokeswoman  # e.g. "Pellerin Logistics spokeswoman"


def test_quotes_courier_mixed_quote(quotes_run: list[dict]) -> None:
    mixed = _quote(quotes_of(quotes_run, COURIER_FILE), "like something out of a war film")
    assert mixed["kind"] == "mixed" and mixed["speaker_name"] == "Tomasz Wren", mixed
    assert mixed["speaker"] == "Mr Wren", mixed


def test_quotes_html_pronoun_tweet_and_told(quotes_run: list[dict]) -> None:
    post = quotes_of(quotes_run, POST_FILE)
    kessling = _quote(post, "tragic day for Dunmarrow")  # "he said" after the superintendent
    assert kessling["speaker"] == "he" and kessling["speaker_name"] == "Owen Kessling", kessling
    assert "superintendent" in (kessling["speaker_role"] or "").lower(), kessling
    tweet = _quote(post, "Heartbreaking news")
    assert tweet["cue"] == "tweeted" and tweet["speaker_name"] == "Priya Haldane", tweet
    told = _quote(post, "could not get within 50 metres")
    assert told["cue"] == "told" and told["speaker_name"] == "Marta Oyelaran", told


def test_quotes_wire_indirect_and_surname(quotes_run: list[dict]) -> None:
    wire = quotes_of(quotes_run, WIRE_FILE)
    police = _quote(wire, "cause of the fire was not yet known")
    assert police["kind"] == "indirect" and police["speaker"] == "Police", police
    surname = _quote(wire, "still containers in there")
    assert surname["speaker"] == "Oyelaran" and surname["speaker_name"] == "Marta Oyelaran", surname


def test_quotes_feed_title_alias(quotes_run: list[dict]) -> None:
    moyes = _quote(quotes_of(quotes_run, FEED_FILE), "told management again and again")
    assert moyes["speaker"] == "Mr Moyes" and moyes["speaker_name"] == "Declan Moyes", moyes  # after "Declan Moyes"


def test_quotes_json_lines_speakers(quotes_run: list[dict]) -> None:
    council = quotes_of(quotes_run, COUNCIL_FILE)
    assert _quote(council, "hardest choices")["speaker_name"] == "Hamish Oduya"  # "Council leader X said:"
    assert _quote(council, "bills go up")["speaker_name"] == "Rosalind Petch"  # "she said"
    assert _quote(council, "I learned to read")["speaker_name"] == "June Aldous"  # "she said"


def test_timex_contract_resolves_against_published(tmp_path: Path) -> None:
    # no sidecar: the date must come from --published
    path = tmp_path / "day2.txt"
    shutil.copyfile(FIRE / "courier-2026-03-10-investigation.txt", path)
    lines = ok(storyweave("timex", path, "--published", "2026-03-10", "--json")).json_lines()
    assert len(lines) == 1 and lines[0]["file"] == str(path)
    text = read_exact(path)
    timexes = lines[0]["timexes"]
    for t in timexes:
        assert TIMEX_KEYS <= t.keys(), t
        assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}, t
        assert text[t["start"]:t["end"]] == t["text"], t

    def value_of(contains: str) -> list[str]:
        return [t["value"] for t in timexes if contains in t["text"]]

    assert any(v and v.startswith("2026-03-09T06:15") for v in value_of("6.15am")), timexes
    assert any(v and v.startswith("2026-03-09") for v in value_of("yesterday")), timexes
    assert "2026-03-12" in value_of("Thursday"), timexes
    assert any(v and v.startswith("2026-03-10") for v in value_of("today")), timexes
    assert all(isinstance(t["relative_in_quote"], bool) for t in timexes), timexes
    assert not any(t["relative_in_quote"] for t in timexes if "Thursday" in t["text"]), timexes


# -- bad input ---------------------------------------------------------------------------------

GOOD_TEXT = """Volunteers in the fictional village of Orrin Marsh planted 400 oak saplings on Saturday
along the old railway path, the parish council said.

"It will take fifty years before anyone sits in the shade of these trees," said parish clerk
Isobel Tranter, 66. "That is rather the point."

The saplings were grown from acorns collected by pupils at the village school last autumn.
"""


def test_bad_file_in_a_batch_fails_loudly_and_keeps_the_good_one(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (batch / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00" * 20)
    (batch / "empty.txt").write_bytes(b"")
    db = tmp_path / "bad.db"

    result = storyweave("analyze", batch, "--db", db, "--published", "2026-03-14", "--json")
    assert result.returncode != 0, str(result)
    summary = result.json()
    failed = {Path(f["file"]).name for f in summary["failed"]}
    assert failed == {"broken.txt", "empty.txt"}, summary
    assert len(summary["analyzed"]) == 1, summary
    error_lines = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert any("broken.txt" in line for line in error_lines), result.stderr
    assert any("empty.txt" in line for line in error_lines), result.stderr

    stored = ok(storyweave("search", "saplings", "--db", db, "--json")).json()["hits"]
    assert [h["article_id"] for h in stored] == summary["analyzed"], stored
