"""A body named again by a description with a modifier noun ("the water company", "the rail
operator", "the health ministry") stands only for a body whose name or roles fit that noun
("Orbe Valley Water", "Kestrel Rail", "Ministry of Health"); after another body it names
no one the article has named, and the speaker stays unresolved.
"""

from __future__ import annotations

from spacy.tokens import Token

# modifiers that say how a body relates to another, not what it does ("the parent company")
RELATION_MODIFIERS = frozenset({"parent", "holding", "sister", "subsidiary", "umbrella", "member", "host",
                                "home", "family", "group", "shell", "partner", "joint", "venture"})
STEM = 5  # "chemical" fits "Chemicals", "hospital" fits "Hospitals"


def kind_modifiers(tok: Token) -> list[str]:
    """Lower-case noun modifiers of a definite common-noun mention ("the water company": ["water"])."""
    if tok.pos_ != "NOUN" or not tok.text.islower() \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    return [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()
            and c.lower_ not in RELATION_MODIFIERS]


def fits(modifiers: list[str], name: str, roles: list[str]) -> bool:
    """Every modifier opens some word of the body's name or roles (by its first letters)."""
    words = {w.strip(",.()").lower() for text in [name, *roles] for w in text.split()}
    return all(any(w.startswith(m[:STEM]) or m.startswith(w) and len(w) >= 4 for w in words)
               for m in modifiers)
