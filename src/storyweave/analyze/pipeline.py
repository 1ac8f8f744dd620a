"""The analysis pipeline: spaCy parse once, then our components over the `Doc`.

`analyze_doc` is the pure per-article function; `analyze_articles` batches
articles through `nlp.pipe`. Nothing downstream re-parses text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from storyweave.analyze.claims import extract_claims
from storyweave.analyze.nlp import load_nlp
from storyweave.analyze.people import find_people
from storyweave.analyze.quotes import extract_quotes
from storyweave.analyze.timex import find_timexes
from storyweave.model import Analysis, Article, Entity, Sentence

BATCH_SIZE = 32


def content_terms(doc: Doc) -> dict[str, int]:
    """Lower-cased lemmas of content words: the bag of words stories are clustered on."""
    counts: Counter[str] = Counter()
    for tok in doc:
        if tok.is_alpha and not tok.is_stop and len(tok) > 1:
            counts[tok.lemma_.lower()] += 1
    return dict(counts)


def title_terms(nlp: Language, title: str | None) -> dict[str, int]:
    """Title words (tokenizer only: titles are short and a parse would cost a full pass)."""
    if not title:
        return {}
    counts: Counter[str] = Counter()
    for tok in nlp.tokenizer(title):
        if tok.is_alpha and not tok.is_stop and len(tok) > 1:
            counts[tok.lower_] += 1
    return dict(counts)


def analyze_doc(doc: Doc, article: Article, nlp: Language | None = None) -> Analysis:
    """Run every analysis component over one parsed article."""
    people = find_people(doc)
    quotes = extract_quotes(doc, people)
    timexes = find_timexes(doc, article.published)
    claims = extract_claims(doc, people=people, quotes=quotes, timexes=timexes, published=article.published)
    return Analysis(
        article_id=article.id,
        language=article.language or "en",
        sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
        entities=[Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents],
        people=people,
        quotes=quotes,
        timexes=timexes,
        claims=claims,
        terms=content_terms(doc),
        title_terms=title_terms(nlp, article.title) if nlp is not None else {},
        words=sum(1 for t in doc if not t.is_punct and not t.is_space),
    )


def analyze_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Article, Analysis]]:
    """Analyse articles in order, batching the parse through `nlp.pipe`."""
    nlp = nlp or load_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, analyze_doc(doc, article, nlp)


def analyze_text(text: str, published: str | None = None, article_id: str = "text") -> Analysis:
    """Convenience for tests and notebooks: analyse one text."""
    article = Article(id=article_id, text=text, published=published)
    return next(analyze_articles([article]))[1]
