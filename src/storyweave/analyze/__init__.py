"""Per-article analysis: `Article -> Analysis`, a pure function batched through spaCy."""
