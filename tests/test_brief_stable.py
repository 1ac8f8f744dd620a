"""A brief must not depend on Python's per-process hash seed (set and dict order):
the same story gives the same brief in every process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# A made-up story of ten outlets whose sentences draw on one small vocabulary: many
# concepts, many sentences of near-equal value, the case where set order could leak in.
SCRIPT = r'''
import json, random, re
from storyweave.brief.summarize import summarize
from storyweave.model import Analysis, AnalyzedArticle, Article, Sentence

rng = random.Random(11)
vocab = ("storm bridge harbour school ferry road council police river flood rain wind coast village "
         "town mayor crew boat power lines homes families rescue teams water level bank roof").split()
items = []
for d in range(10):
    lines = []
    for _ in range(25):
        words = [rng.choice(vocab[: rng.randint(8, len(vocab))]) for _ in range(rng.randint(10, 24))]
        lines.append(("The " + " ".join(words) + ".").capitalize())
    text = "\n\n".join(lines)
    sents = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    art = Article(id=f"v{d}", text=text, outlet=f"Outlet {d}", published=f"2033-02-0{d % 3 + 1}", title="Storm hits coast")
    items.append(AnalyzedArticle(art, Analysis(article_id=f"v{d}", sentences=sents)))
out = {w: [[s.text, [c.article for c in s.citations]] for s in summarize(items, words=w)] for w in (40, 100)}
print(json.dumps(out))
'''


def _brief_with_seed(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout)


def test_the_same_story_gives_the_same_brief_whatever_the_hash_seed():
    first = _brief_with_seed("1")
    assert all(first[w] for w in first), "every budget gives a brief"
    assert _brief_with_seed("2") == first
