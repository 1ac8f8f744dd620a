"""The whole story report as one JSON-able dict: what `show` renders as md, html or json."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from storyweave.analyze.lexicon import (
    division_nouns,
)
from storyweave.analyze.statements import group_statements
from storyweave.brief.name_kinds import (
    family_names,
    without_opening_word,
    without_product_tail,
)
from storyweave.brief.org_names import (
    LEADING_MARKS,
    lower_case_words,
    name_key,
    not_organisation,
    outlet_names,
    place_noun_after,
    places_among_organisations,
    without_place_tail,
)
from storyweave.brief.people_checks import (
    bodies_taken_for_people,
    land_form,
    not_a_body,
    opening_word_alone,
    without_person_tail,
)
from storyweave.model import (
    AnalyzedArticle,
    BriefSentence,
    Comparison,
    Person,
    Story,
    TimelineEvent,
)
from storyweave.stories.templates import template_spans


def build_report(
    story: Story,
    items: list[AnalyzedArticle],
    comparisons: list[Comparison],
    brief: list[BriefSentence],
    timeline: list[TimelineEvent],
) -> dict[str, Any]:
    """Brief, timeline, what each outlet says, quotes by speaker, people and sources of a story."""
    order = {aid: k for k, aid in enumerate(story.articles)}
    items = sorted(items, key=lambda it: (order.get(it.article.id, len(order)), it.article.published or ""))
    sources = [
        {
            "n": k + 1,
            "id": it.article.id,
            "outlet": it.article.outlet,
            "title": it.article.title,
            "published": it.article.published,
            "url": it.article.url,
            "duplicate_of": it.article.duplicate_of,
        }
        for k, it in enumerate(items)
    ]
    number = {s["id"]: s["n"] for s in sources}
    people = merge_people(items)
    return {
        "id": story.id,
        "title": story.title,
        "first_published": story.first_published,
        "last_published": story.last_published,
        "sources": sources,
        "brief": [_with_numbers(b.to_dict(), number) for b in brief],
        "timeline": [_event(e, items, number) for e in timeline],
        "comparisons": [_comparison(c, number) for c in comparisons],
        "quotes": quotes_by_speaker(items, number, people),
        "people": people,
    }


def _with_numbers(d: dict[str, Any], number: dict[str, int]) -> dict[str, Any]:
    """Add each citation's source number (its index in `sources`, from 1)."""
    for c in d.get("citations", []):
        c["source"] = number.get(c["article"])
    return d


def _event(e: TimelineEvent, items: list[AnalyzedArticle], number: dict[str, int]) -> dict[str, Any]:
    """A timeline event; a conflicting one also says which source gives which time."""
    d = _with_numbers(e.to_dict(), number)
    if e.conflict and e.values:
        by_article = {it.article.id: it for it in items}
        sources: dict[str, list[int]] = {v: [] for v in e.values}
        for c in e.citations:
            it = by_article.get(c.article)
            if it is None:
                continue
            for t in it.analysis.timexes or []:
                if c.start <= t.start < c.end and t.value:
                    for v in e.values:  # the event value this expression gives or is refined by
                        n = number.get(c.article)
                        if (v.startswith(t.value) or t.value.startswith(v)) and n is not None and n not in sources[v]:
                            sources[v].append(n)
        d["by_value"] = [{"value": v, "sources": sorted(ns)} for v, ns in sources.items()]
    return d


def _comparison(c: Comparison, number: dict[str, int]) -> dict[str, Any]:
    d = c.to_dict()
    for v in d["values"]:
        v["source"] = number.get(v["article"])
    return d


def quotes_by_speaker(items: list[AnalyzedArticle], number: dict[str, int],
                      people: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Quotes grouped by resolved speaker, speakers in order of first appearance.

    A statement split by its attribution ("“A,” she said, “B.”") is stored as parts that
    share one cue; it is shown as one entry, its parts joined by an ellipsis, with each
    part's offsets in `parts`. With the story's `people` (`merge_people`), a speaker one
    article knows by surname alone ("Orlagne") or with a title ("Councilman Jo Dimmock") is
    shown under the name the story's people give, when exactly one person fits. A quote
    inside its outlet's template sentence (`stories/templates.py`: the regulator's "Report
    suspected side effects ..." under every notice) is not shown."""
    groups: dict[str, dict[str, Any]] = {}
    full: dict[str, str] = {}  # speaker name as written -> as shown (one look-up per name)
    templates = template_spans(items)
    for it in items:
        boiler = templates.get(it.article.id, [])
        for statement in group_statements(list(it.analysis.quotes or [])):
            q = statement[0]
            if any(a <= q.start and statement[-1].end <= b for a, b in boiler):
                continue
            name = LEADING_MARKS.sub("", q.speaker_name or q.speaker or "") or "Unattributed"
            if not q.speaker_name and name.lower() in _PRONOUNS:
                name = f"Unresolved ({name})"  # "she" whom the article never names
            if name not in full:
                full[name] = _full_name(name, people or [])
            name = full[name]
            key = name_key(name)
            g = groups.setdefault(key, {"name": name, "role": None, "roles": [], "quotes": []})
            if q.speaker_role and q.speaker_role not in g["roles"]:
                g["roles"].append(q.speaker_role)
                g["role"] = g["role"] or q.speaker_role
            g["quotes"].append(
                {
                    # no comma the writer closed the marks on before the cue ('"... old," he said')
                    "text": " … ".join(_shown(part.text) for part in statement).rstrip().rstrip(","),
                    "kind": q.kind,
                    "cue": q.cue,
                    "speaker": q.speaker,
                    "article": it.article.id,
                    "outlet": it.article.outlet,
                    "source": number.get(it.article.id),
                    "start": q.start,
                    "end": statement[-1].end,
                    "parts": [[part.start, part.end] for part in statement],
                }
            )
    return list(groups.values())


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}


def _full_name(name: str, people: list[dict[str, Any]]) -> str:
    """The name of the story's one person a speaker's name fits ("Orlagne", "Councilman Jo
    Dimmock" for "Jo Dimmock"), or of the one organisation that has it as a name or alias or
    whose name it opens ("Redline" for "Redline Coaches"), else the name as written."""
    found = {m["name"] for m in people if m["kind"] == "person" and len(name_key(m["name"]).split()) > 1
             and any(_same_person(name, n) for n in [m["name"], *m["aliases"]])}
    if len(found) != 1:
        key = name_key(name)
        found = {m["name"] for m in people if m["kind"] == "org"
                 and any(name_key(n) == key for n in [m["name"], *m["aliases"]])}
    if len(found) != 1 and " " not in key:
        # a body named by its first word alone, as `_short_org_names_joined` joins them
        found = {m["name"] for m in people if m["kind"] == "org" and name_key(m["name"]).split()[:1] == [key]
                 and " " in name_key(m["name"])}
    return found.pop() if len(found) == 1 else name


# the opening mark repeated at the head of each paragraph of a quote that runs over several
# (its offsets keep it; shown, the paragraphs run on as one quotation)
_PARAGRAPH_MARK = re.compile(r"\s*\n\s*[\"“‘']")


def _shown(text: str) -> str:
    """A quote's words as the report shows them: no repeated opening marks inside."""
    return _PARAGRAPH_MARK.sub(" ", text)


def _same_person(a: str, b: str) -> bool:
    """"Ann Vell" ~ "Cllr Ann Vell" ~ "Vell": one name's words end the other's."""
    ta, tb = name_key(a).split(), name_key(b).split()
    if not ta or not tb:
        return False
    short, long_ = sorted((ta, tb), key=len)
    return long_[-len(short) :] == short and (len(short) > 1 or len(long_) <= 3)


_WORD_AFTER = re.compile(r"\s+(\w+)")


def _next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1).lower() if m else ""


def _tagged_names(items: list[AnalyzedArticle]) -> dict[str, set[str]]:
    """Keys the entity recogniser tags as a place or an organisation somewhere in the story
    ("place"), and the last words of its multi-word person names ("surname")."""
    place = {name_key(e.text) for it in items for e in it.analysis.entities or [] if e.label in ("GPE", "LOC", "ORG")}
    # "Druvana province", whatever the tagger calls "Druvana" there, makes it a place wherever
    # the tagger calls it a person
    place |= {name_key(e.text) for it in items for e in it.analysis.entities or []
              if _next_word(it.article.text, e.end) in division_nouns() or place_noun_after(it.article.text, e.end)}
    place |= {" ".join(words[:-1]) for key in place if len(words := key.split()) > 1 and words[-1] in division_nouns()}
    surname = {name_key(e.text).split()[-1] for it in items for e in it.analysis.entities or []
               if e.label == "PERSON" and len(name_key(e.text).split()) > 1}
    first = {name_key(e.text).split()[0] for it in items for e in it.analysis.entities or []
             if e.label == "PERSON" and len(name_key(e.text).split()) > 1}
    person = {name_key(e.text) for it in items for e in it.analysis.entities or [] if e.label == "PERSON"}
    # tagged a place and never a person or an organisation: "Mount Tresk", "in Tresk"
    place_only = {name_key(e.text) for it in items for e in it.analysis.entities or []
                  if e.label in ("GPE", "LOC")} - person - {name_key(e.text) for it in items
                                                           for e in it.analysis.entities or [] if e.label == "ORG"}
    # first words of the bodies' names, not of a person's the tagger once called a body
    # ("Ana Vell's" tagged ORG beside "Ana Vell" tagged PERSON)
    org_firsts = {key.split()[0] for it in items for e in it.analysis.entities or []
                  if e.label == "ORG" and len((key := _POSSESSIVE.sub("", name_key(e.text))).split()) > 1
                  and key not in person and not key.split()[-1].isdigit()}
    in_names = {w for it in items for e in it.analysis.entities or [] if len(ws := name_key(e.text).split()) > 1
                for w in ws}
    return {"place": place, "surname": surname, "first": first, "place_only": place_only, "org_first": org_firsts,
            "in_names": in_names, "person": {k for k in person if " " in k}}


_POSSESSIVE = re.compile(r"['’]s?$")



def merge_people(items: list[AnalyzedArticle]) -> list[dict[str, Any]]:
    """People merged across articles by name: canonical full name, roles, age, aliases, articles."""
    merged: list[dict[str, Any]] = []
    places = places_among_organisations(items)
    outlets = outlet_names(items)
    lower_words = lower_case_words(items)
    tagged = _tagged_names(items)
    surnames = tagged["surname"] | family_names(items)
    person_names = {name_key(p.name) for it in items for p in it.analysis.people or []
                    if p.kind == "person" and " " in p.name.strip()} | tagged["person"]
    # "Clemence" beside "Clemence Kellerby": the first name of one of the story's people
    tagged["first"] = tagged["first"] | {w[0] for it in items for p in it.analysis.people or []
                                         if p.kind == "person" and len(w := name_key(p.name).split()) > 1
                                         and w[0] not in tagged["org_first"]}
    for it in items:
        for p in it.analysis.people or []:
            if (bare := without_opening_word(p.name, items)) != p.name:
                p = replace(p, name=bare)  # "Rebel Ana Vell" is Ana Vell
            if p.kind == "org" and (bare := without_person_tail(p.name, person_names)) != p.name:
                p = replace(p, name=bare)  # "Tarlow Bank's Ana Vell" is Tarlow Bank (Ana Vell is listed as herself)
            if p.kind == "org" and (bare := without_product_tail(p.name, items)) != p.name:
                p = replace(p, name=bare)  # "Tarn Pharma for Vostrafen" is Tarn Pharma
            if p.kind == "org" and (bare := without_place_tail(p.name, places)) != p.name:
                p = replace(p, name=bare)
            if p.kind == "org" and not_organisation(p.name, outlets, places, lower_words):
                continue
            if p.kind == "org" and not_a_body(p.name, items, tagged, surnames):
                continue
            if opening_word_alone(p, items, tagged):
                continue
            if p.kind == "org" and len(p.name.split()) == 2 and land_form(p.name, items):
                continue  # "Caldby Point", "Harl Hill": a place, whatever the tagger called it
            if p.kind == "person" and not p.aliases and name_key(p.name) in tagged["place"] \
                    and len(name_key(p.name).split()) == 1 and name_key(p.name) not in tagged["surname"]:
                continue  # a town or body the tagger once took for a person ("a father from Dellmoor")
            # a name joins a person whose fullest name it fits ("Orrin" and "Tamsin Orrin"),
            # not one it only shares a surname alias with ("Bram Orrin" after "Orrin")
            target = next(
                (m for m in merged if m["kind"] == p.kind and _same_person(p.name, m["name"])),
                None,
            )
            if target is None:
                target = {"name": p.name, "kind": p.kind, "roles": [], "aliases": [], "articles": [],
                          "_ages": Counter(), "_names": []}  # fmt: skip
                merged.append(target)
            _absorb(target, p, it.article.id)
    # a full personal name the tagger once called an organisation is that person
    people_names = [n for m in merged if m["kind"] == "person" and len(name_key(m["name"]).split()) > 1
                    for n in [m["name"], *m["_names"]]]
    merged = [m for m in merged if m["kind"] != "org" or len(name_key(m["name"]).split()) < 2
              or not any(name_key(m["name"]) == name_key(n) for n in people_names)]
    merged = _short_org_names_joined(merged)
    merged = bodies_taken_for_people(merged, tagged["place_only"], outlets, lower_words, items)
    out = []
    for m in merged:
        ages = m.pop("_ages")
        m.pop("_names")
        m["age"] = ages.most_common(1)[0][0] if ages else None
        m["role"] = "; ".join(m["roles"]) if m["roles"] else None
        m["aliases"] = [a for a in m["aliases"] if a != m["name"]]
        out.append(m)
    # the people most articles talk about first
    out.sort(key=lambda m: -len(m["articles"]))
    return out


def _short_org_names_joined(merged: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A one-word organisation that opens exactly one longer one's name is that one, short:
    "Tarlow" beside "Tarlow Bank" (a person's surname is matched by `_same_person`; a
    body is named by its first word)."""
    longer: dict[str, list[dict[str, Any]]] = {}
    for m in merged:
        words = name_key(m["name"]).split()
        if m["kind"] == "org" and len(words) > 1:
            longer.setdefault(words[0], []).append(m)
    out = []
    for m in merged:
        key = name_key(m["name"])
        fits = longer.get(key, []) if m["kind"] == "org" and " " not in key else []
        if len(fits) != 1:
            out.append(m)
            continue
        target = fits[0]
        for name in [m["name"], *m["aliases"]]:
            if name != target["name"] and name not in target["aliases"]:
                target["aliases"].append(name)
        target["articles"].extend(a for a in m["articles"] if a not in target["articles"])
    return out


def _absorb(target: dict[str, Any], p: Person, article: str) -> None:
    names = target["_names"]
    for n in [p.name, *p.aliases]:
        if n not in names:
            names.append(n)
    # canonical name: the fullest form (most words, then longest)
    best = max([target["name"], p.name], key=lambda n: (len(name_key(n).split()), len(n)))
    if best != target["name"]:
        target["aliases"].append(target["name"])
        target["name"] = best
    for a in [p.name, *p.aliases]:
        if a != target["name"] and a not in target["aliases"]:
            target["aliases"].append(a)
    seen = {r.lower() for r in target["roles"]}
    for r in p.roles:
        if r.lower() not in seen:
            target["roles"].append(r)
            seen.add(r.lower())
    if p.age is not None:
        target["_ages"][p.age] += 1
    if article not in target["articles"]:
        target["articles"].append(article)
