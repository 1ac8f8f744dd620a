"""Rendering of story reports (md, html, json) and of bare briefs (text, md, json).

HTML goes through a Jinja2 template with autoescape on: every piece of article text is
escaped, links are only made from http(s) URLs, and the page needs no network (inline CSS).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from storyweave.brief.report import build_report
from storyweave.model import BriefSentence

__all__ = ["render", "render_brief", "build_report", "format_when"]

_PART_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SAFE_URL = re.compile(r"^https?://", re.I)


def format_when(value: str | None) -> str:
    """A TIMEX3 value for people: 2017-03-22T14:45 -> 2017-03-22 14:45, ...TNI -> ... night."""
    if not value:
        return ""
    m = re.match(r"^([\dX]{4}(?:-[\dX]{2}){0,2})T(\d{2}:\d{2}|MO|MI|AF|EV|NI|DT)$", value)
    if m:
        return f"{m[1]} {_PART_OF_DAY.get(m[2], m[2])}"
    return value


def _json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, default=str)


def render(report: dict[str, Any], fmt: str) -> str:
    """The story report as `md`, `html` (self-contained page) or `json`."""
    if fmt == "json":
        return _json(report)
    if fmt == "md":
        return _markdown(report)
    if fmt == "html":
        return _env().get_template("report.html").render(
            r=report, when=format_when, span=_span, safe_url=_safe_url, sources_of=_sources_of, needs_speaker=_needs_speaker
        )
    raise ValueError(f"unknown format {fmt!r} (md, html or json)")


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("storyweave.brief", "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _sources_of(value: str, event: dict[str, Any]) -> list[int]:
    return next((b["sources"] for b in event.get("by_value", []) if b["value"] == value), [])


def _needs_speaker(text: str, speaker: str | None) -> bool:
    """Show a quote's speaker unless the sentence already names them."""
    return bool(speaker) and speaker.lower() not in text.lower()  # type: ignore[union-attr]


def _safe_url(url: str | None) -> str | None:
    return url if url and _SAFE_URL.match(url) else None


# ---------------------------------------------------------------- markdown


def _md(text: Any) -> str:
    """Article text inside Markdown: no line breaks, no table pipes, no HTML."""
    s = " ".join(str(text).split()) if text is not None else ""
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _marks(citations: list[dict[str, Any]]) -> str:
    nums = []
    for c in citations:
        n = c.get("source")
        if n is not None and n not in nums:
            nums.append(n)
    return "".join(f"[{n}]" for n in sorted(nums))


def _value_with_sources(value: str, event: dict[str, Any]) -> str:
    ns = next((b["sources"] for b in event.get("by_value", []) if b["value"] == value), [])
    return format_when(value) + (" " + "".join(f"[{n}]" for n in ns) if ns else "")


def _outlet(source: dict[str, Any]) -> str:
    return source.get("outlet") or source.get("title") or source["id"]


def _span(event: dict[str, Any]) -> str:
    """When an event ran: "2026-05-04" or "2026-05-26 – 2026-05-29" (dates only), "undated"."""
    first, last = (event.get(k) and str(event[k])[:10] for k in ("first_published", "last_published"))
    if not first:
        return "undated"
    return first if not last or last == first else f"{first} – {last}"


def _comparison_table(comparisons: list[dict[str, Any]], sources: dict[int, dict[str, Any]]) -> list[str]:
    out = ["| Slot | Subject | Outlet | Value | Sentence | Verdict |", "|---|---|---|---|---|---|"]
    for c in comparisons:
        verdict = "⚠ **CONFLICT**" if c["verdict"] == "conflict" else c["verdict"]
        extra = "; ".join(x for x in (f"gap {c['gap']}" if c.get("gap") else "", c.get("note") or "") if x)
        if extra:
            verdict += f" ({_md(extra)})"
        for k, v in enumerate(c["values"]):
            src = sources.get(v.get("source"))
            outlet = f"{_md(v.get('outlet') or (src and _outlet(src)) or v['article'])} [{v.get('source')}]"
            out.append(
                f"| {_md(c['slot']) if k == 0 else ''} | {_md(c['subject']) if k == 0 else ''} | {outlet} "
                f"| {_md(v.get('display') or v.get('value'))} | {_md(v.get('sentence'))} | {verdict if k == 0 else ''} |"
            )
    return out


def _markdown(r: dict[str, Any]) -> str:
    sources = {s["n"]: s for s in r["sources"]}
    out = [f"# {_md(r.get('title') or r['id'])}", ""]
    out += ["## Brief", ""]
    for b in r["brief"]:
        who = f" — {_md(b['speaker'])}" if _needs_speaker(b["text"], b.get("speaker")) else ""
        out.append(f"{_md(b['text'])}{who} {_marks(b['citations'])}".rstrip())
        out.append("")
    if not r["brief"]:
        out += ["_No brief._", ""]

    if len(r.get("events") or []) > 1:
        out += ["## Events", ""]
        for e in r["events"]:
            out.append(f"- **{_md(_span(e))}**: {_md(e['title'])} " + "".join(f"[{n}]" for n in sorted(set(e["sources"]))))
        out.append("")

    out += ["## Timeline", ""]
    for e in r["timeline"]:
        when = format_when(e["when"])
        if e.get("conflict"):
            vals = " vs ".join(_value_with_sources(v, e) for v in e.get("values") or [e["when"]])
            out.append(f"- **{_md(when)}** ⚠ **CONFLICT** (outlets give {_md(vals)}): {_md(e['what'])} {_marks(e['citations'])}")
        else:
            out.append(f"- **{_md(when)}**: {_md(e['what'])} {_marks(e['citations'])}")
    if not r["timeline"]:
        out.append("_No dated events._")
    out.append("")

    out += ["## What each outlet says", ""]
    events = {e["id"]: (k, e) for k, e in enumerate(r.get("events") or [], start=1)}
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for c in r["comparisons"]:
        groups.setdefault(c.get("event"), []).append(c)
    for event_id, comparisons in groups.items():
        if event_id in events:
            k, e = events[event_id]
            out += [f"**Event {k}** ({_md(_span(e))}): {_md(e['title'])}", ""]
        out += _comparison_table(comparisons, sources) + [""]
    if not r["comparisons"]:
        out += ["_Nothing to compare._", ""]

    out += ["## Quotes by speaker", ""]
    for g in r["quotes"]:
        role = f" ({_md(g['role'])})" if g.get("role") else ""
        out.append(f"### {_md(g['name'])}{role}")
        out.append("")
        for q in g["quotes"]:
            out.append(f"- “{_md(q['text'])}” [{q.get('source')}]")
        out.append("")
    if not r["quotes"]:
        out += ["_No quotes._", ""]

    out += ["## People", ""]
    persons = [p for p in r["people"] if p.get("kind", "person") == "person"]
    orgs = [p for p in r["people"] if p.get("kind", "person") != "person"]
    for p in persons:
        facts = [x for x in (f"age {p['age']}" if p.get("age") is not None else "", _md(p.get("role") or "")) if x]
        aka = f" (also: {', '.join(_md(a) for a in p['aliases'])})" if p.get("aliases") else ""
        out.append(f"- **{_md(p['name'])}**{': ' + '; '.join(facts) if facts else ''}{aka}")
    if orgs:
        out += ["", "Organisations: " + ", ".join(_md(o["name"]) for o in orgs)]
    if not r["people"]:
        out.append("_No people found._")
    out.append("")

    out += ["## Sources", ""]
    for s in r["sources"]:
        bits = [_md(_outlet(s))]
        if s.get("title") and s.get("outlet"):
            bits.append(f"“{_md(s['title'])}”")
        if s.get("published"):
            bits.append(_md(s["published"]))
        if s.get("url"):
            bits.append(f"<{_md(s['url'])}>" if _safe_url(s["url"]) else _md(s["url"]))
        if s.get("duplicate_of"):
            bits.append(f"(copy of {_md(s['duplicate_of'])})")
        bits.append(f"`{_md(s['id'])}`")
        out.append(f"[{s['n']}] " + ", ".join(bits))
    for c in r.get("copies") or []:
        bits = [_md(x) for x in (c.get("outlet"), c.get("published"), c.get("url")) if x]
        out.append("- copy: " + ", ".join([*bits, f"`{_md(c['id'])}`"]) + (f" (of `{_md(c['duplicate_of'])}`)" if c.get("duplicate_of") else ""))
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- bare briefs


def render_brief(sentences: list[BriefSentence], fmt: str) -> str:
    """The `brief` command's output: plain `text` (no marks), `md` with a source list, or `json`."""
    if fmt == "text":
        return "".join(s.text + "\n" for s in sentences)
    if fmt == "json":
        return _json({"brief": [s.to_dict() for s in sentences], "words": sum(len(s.text.split()) for s in sentences)})
    if fmt == "md":
        number: dict[str, int] = {}
        meta: dict[str, Any] = {}
        for s in sentences:
            for c in s.citations:
                if c.article not in number:
                    number[c.article] = len(number) + 1
                    meta[c.article] = c
        lines = []
        for s in sentences:
            marks = "".join(f"[{n}]" for n in sorted({number[c.article] for c in s.citations}))
            who = f" — {_md(s.speaker)}" if _needs_speaker(s.text, s.speaker) else ""
            lines += [f"{_md(s.text)}{who} {marks}".rstrip(), ""]
        lines += ["## Sources", ""]
        for aid, n in number.items():
            c = meta[aid]
            bits = [x for x in (_md(c.outlet) if c.outlet else "", _md(c.published) if c.published else "") if x]
            lines.append(f"[{n}] " + ", ".join([*bits, f"`{_md(aid)}`"]))
        return "\n".join(lines).rstrip() + "\n"
    raise ValueError(f"unknown format {fmt!r} (text, md or json)")
