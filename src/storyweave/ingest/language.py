"""Language of an article text (ISO 639-1), by py3langid on the first characters."""

from __future__ import annotations

# langid's naive Bayes is sure of a news language within a few sentences; its feature
# counting is pure Python (~1.3 ms per 1,000 characters), so read no more than that.
SAMPLE_CHARS = 1000
UNKNOWN = "und"  # no letters to judge by


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in ("en", "fr", "de", ...)."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN
    import py3langid  # loads its model on first use (about 0.2 s), then cached

    lang, _score = py3langid.classify(sample)
    return str(lang)
