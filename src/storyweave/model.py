"""The data that flows through storyweave.

Every record is a plain dataclass that round-trips through JSON (`to_dict` /
`from_dict`), so an `Analysis` computed in a worker process (or on a Ray node)
can be shipped, stored and read back without re-parsing any text.

All offsets are Python `str` indexes into `Article.text` exactly as read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

T = TypeVar("T")

ANALYSIS_VERSION = 1


def _from_value(tp: Any, value: Any) -> Any:
    """Rebuild a value of annotated type `tp` from its JSON form."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is typing.Union or str(origin) == "types.UnionType":
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_value(args[0], value) if len(args) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [_from_value(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(tp) or (Any, Any)
        return {k: _from_value(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build dataclass `cls` from a dict made by `to_dict`; unknown keys are ignored."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _from_value(hints[f.name], data[f.name])
    return cls(**kwargs)


class Record:
    """Mixin: JSON-friendly dict conversion for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return from_dict(cls, data)


def content_hash(text: str) -> str:
    """Stable hash of an article text, whitespace-normalised."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


@dataclass
class Article(Record):
    """One news article as ingested. Only `text` is required by the contracts."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    source: str | None = None  # where it was read from: path as given, "-", feed or WARC record
    language: str | None = None  # ISO 639-1 code, set by ingest
    duplicate_of: str | None = None  # id of the original when this is a (near-)copy

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass
class Sentence(Record):
    start: int
    end: int


@dataclass
class Entity(Record):
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, DATE, CARDINAL, ...
    start: int
    end: int


@dataclass
class Mention(Record):
    text: str
    start: int
    end: int


@dataclass
class Person(Record):
    """A person or organisation the article talks about, with its name chain.

    `name` is the fullest name the article gives ("Orla Venn"); `aliases` the
    other ways the article refers to it ("Ms Venn"); `roles` what the article
    says it is ("Lindqvist harbour master"); `mentions` every place it is named.
    """

    id: str  # unique within the article: "p1", "p2", ...
    name: str
    kind: Literal["person", "org"] = "person"
    roles: list[str] = field(default_factory=list)
    age: int | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gender: Literal["m", "f"] | None = None  # from titles and pronouns, for pronoun resolution
    org: str | None = None  # organisation the person speaks for, when the article says

    @property
    def role(self) -> str | None:
        return "; ".join(self.roles) if self.roles else None


@dataclass
class Quote(Record):
    """A statement attributed to a speaker (field names are the `quotes` contract)."""

    text: str
    start: int
    end: int
    kind: Literal["direct", "indirect", "mixed"]
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None  # the mention in the text: "he", "Ms Venn", "a spokesman"
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None  # the resolved full name or organisation
    speaker_role: str | None = None
    speaker_id: str | None = None  # Person.id of the resolved speaker


@dataclass
class Timex(Record):
    """A time expression normalised to TIMEX3 (field names are the `timex` contract)."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None  # TIMEX3 value: 2017-03-22, 2017-03-22T14:45, 2017-03-22TNI, P3D
    # where the parse attaches it (set by analyze; defaults for records stored before):
    modifies_noun: bool = False  # the time of a thing ("the 2027 budget", "a plan for next year")
    # "main" (the sentence's event), "report" ("police said on Monday"), "sub" (an adverbial or
    # participial clause), "relative" ("the sailors, who were detained on March 23, ..."),
    # "period" (the noun of a "since" phrase: "the first sailing since the strike a week ago")
    clause: str | None = None
    # of the verb above it: "past", "present", "future", "generic" (advice, habit, opening
    # hours: "never leave it running overnight", "open from 9am to 7pm") or None
    tense: str | None = None


@dataclass
class Claim(Record):
    """A checkable fact stated in one sentence.

    `slot` says what is claimed ("killed", "injured", "age", "time", "date",
    "shot", "identity", ...), `subject` about whom ("attack", "Orla Venn",
    "attacker"), `value` the normalised value (a number, a TIMEX3 string or a
    canonical label) and `display` the words as written ("about 40").
    """

    slot: str
    subject: str
    value: Any
    display: str
    start: int  # span of the evidence for the value
    end: int
    sentence_start: int
    sentence_end: int
    qualifier: str | None = None  # "about", "at least", "up to", "more than", ...
    scope: list[str] = field(default_factory=list)  # "innocent", "others", "including the attacker"
    hedge: str | None = None  # "reportedly", "police believe"
    attribution: str | None = None  # speaker name when the claim sits inside a quote
    unit: str | None = None
    # the second figure of a pair: a range's high end ("25-40%", "between £12m and £20m": `value`
    # is the low end), or the other side of a score ("49% to 41%": `value` is the first side, as
    # written); None for a single figure
    upper: float | None = None


@dataclass
class Analysis(Record):
    """Everything `analyze` finds in one article. A pure function of the article."""

    article_id: str
    language: str = "en"
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # lemma -> count of content words (no stop words, punctuation or numbers), for clustering
    terms: dict[str, int] = field(default_factory=dict)
    title_terms: dict[str, int] = field(default_factory=dict)
    words: int = 0
    version: int = ANALYSIS_VERSION


@dataclass
class Story(Record):
    """Articles about one event, in publication order."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)  # article ids, oldest first
    entities: list[str] = field(default_factory=list)  # key entities
    first_published: str | None = None
    last_published: str | None = None


@dataclass
class StoryEvent(Record):
    """One happening inside a story: its articles close in time and content (a story that
    runs for weeks holds its phases, or several events of one kind). Oldest first."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)  # article ids, oldest first
    first_published: str | None = None
    last_published: str | None = None


@dataclass
class ComparedValue(Record):
    """One outlet's value for a compared slot, with its evidence."""

    value: Any
    display: str
    article: str
    outlet: str | None
    sentence: str
    start: int
    end: int
    qualifier: str | None = None
    scope: list[str] = field(default_factory=list)
    published: str | None = None


@dataclass
class Comparison(Record):
    """Claims of several articles about the same slot and subject, with a verdict."""

    slot: str
    subject: str
    verdict: Literal["agree", "conflict", "single"]
    values: list[ComparedValue] = field(default_factory=list)
    gap: str | None = None  # size of the disagreement: "2", "5 minutes", "1 day"
    note: str | None = None  # e.g. "different scopes: innocent vs all"
    event: str | None = None  # the story event compared (`StoryEvent.id`) when a story holds several


@dataclass
class AnalyzedArticle:
    """An article together with its analysis: the unit that later stages consume."""

    article: Article
    analysis: Analysis


@dataclass
class Citation(Record):
    """Where a statement can be checked: an article and the span in it."""

    article: str
    outlet: str | None
    start: int
    end: int
    published: str | None = None


@dataclass
class BriefSentence(Record):
    """One sentence of a brief, taken from `citations[0]`, backed by all of them."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    speaker: str | None = None  # when the sentence is a quote: who said it


@dataclass
class TimelineEvent(Record):
    """Something that happened at a time, as the outlets report it."""

    when: str  # TIMEX3 value; for a conflict the earliest
    what: str
    citations: list[Citation] = field(default_factory=list)
    conflict: bool = False
    values: list[str] = field(default_factory=list)  # every value the outlets give, when they differ
