"""Turning answers, passages and the library into Markdown/HTML for people (UI, exports). No logic of its own
beyond layout: everything it shows comes from an ``Answer`` dict or the store."""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import rx
from .schema import KIND_LABELS

_MARK = re.compile(r"\[(\d+)\]")


@lru_cache(maxsize=1)
def ui_strings() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("tipbot").joinpath("data/ui_strings.json").read_text(encoding="utf-8"))


def t(key: str, lang: str) -> str:
    strings = ui_strings()
    return strings.get(lang, strings["en"]).get(key) or strings["en"].get(key, key)


def plain_text(text: str) -> str:
    """``text`` without Markdown emphasis and code marks ("**20 March 2007**" → "20 March 2007"), for the
    terminal, DOCX and other plain-text outputs."""
    text = rx.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = rx.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)
    text = rx.sub(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", r"\1", text)
    return rx.sub(r"`([^`]+)`", r"\1", text)


def short_title(title: str, limit: int = 80) -> str:
    """``title`` in at most ``limit`` characters, cut at a word boundary and marked with "…"."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    opened = cut.rfind("(")
    if opened > cut.rfind(")") and opened > limit // 2:  # an aside cut in its middle goes whole
        cut = cut[:opened]
    return cut.rstrip(" ,;:–—-(") + "…"


def answer_markdown(answer: dict, message_index: int = 0) -> str:
    """The answer with each [n] marker as a link that opens source n of this message in the panel."""
    text = answer.get("answer", "")
    return _MARK.sub(lambda m: f"[[{m.group(1)}]](#cite-{message_index}-{m.group(1)})", text)


def kind_label(citation: dict, lang: str) -> str:
    kind = citation.get("source_kind", "")
    if kind == "digest":
        return t("kind_digest", lang).format(title=citation.get("title", ""))
    return t(f"kind_{kind}", lang)


def _highlight(passage: str, quote: str) -> str:
    esc = html.escape(passage)
    if quote:
        q = html.escape(quote.strip())
        if q in esc:
            return esc.replace(q, f"<mark>{q}</mark>", 1)
    return esc


def source_panel_html(answer: dict | None, n: int, lang: str, references: dict[str, dict] | None = None) -> str:
    """The passage behind citation n: text with the supporting sentence marked, kind, section, page, entry."""
    if not answer:
        return f"<div class='tipbot-source'><p>{html.escape(t('panel_empty', lang))}</p></div>"
    cites = {c["n"]: c for c in answer.get("citations", [])}
    c = cites.get(n)
    if c is None:
        return f"<div class='tipbot-source'><p>{html.escape(t('panel_missing', lang).format(n=n))}</p></div>"
    parts = [f"<div class='tipbot-source' id='source-{n}'>", f"<h3>[{n}] {html.escape(kind_label(c, lang))}</h3>"]
    meta = []
    if c.get("section"):
        meta.append(f"{t('section', lang)}: {html.escape(c['section'])}")
    if c.get("page"):
        meta.append(f"{t('page', lang)} {c['page']}")
    if c.get("title") and c.get("source_kind") != "glossary":
        meta.append(html.escape(c["title"]))
    if meta:
        parts.append("<p class='tipbot-meta'>" + " · ".join(meta) + "</p>")
    text = _highlight(c.get("text", ""), c.get("quote", ""))
    text = rx.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<b>\1</b>", text)  # a digest's Markdown bold, as bold
    parts.append(f"<blockquote class='tipbot-passage'>{text.replace(chr(10), '<br>')}</blockquote>")
    if c.get("cites"):
        parts.append(f"<p><b>{html.escape(t('cites', lang))}:</b> {html.escape('; '.join(c['cites']))}</p>")
    for key in _cite_keys(c, references):
        ref = (references or {}).get(key)
        if not ref:
            continue
        entry = f"{ref.get('authors') or ''} ({ref.get('year')}). {ref.get('title') or ''}. {ref.get('venue') or ''}"
        link = f" {_link(ref['url'])}" if ref.get("url") else ""
        label = html.escape(t("reference", lang))
        parts.append(f"<p class='tipbot-ref'><b>{label}:</b> {html.escape(entry)}{link}</p>")
        if ref.get("anomalies"):
            items = "".join(f"<li>{html.escape(a)}</li>" for a in ref["anomalies"])
            parts.append(f"<details><summary>{html.escape(t('anomalies', lang))}</summary><ul>{items}</ul></details>")
    if c.get("url") and not c.get("cites"):
        parts.append(f"<p>{_link(c['url'])}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _link(url: str) -> str:
    u = html.escape(url)
    return f"<a href='{u}' target='_blank' rel='noopener'>{u}</a>"


def _cite_keys(citation: dict, references: dict[str, dict] | None) -> list[str]:
    """The references.json entries a cited passage is about: its own source, or the keys ingest linked."""
    if not references:
        return []
    if citation.get("source_kind") in ("reference", "digest") and citation.get("source_id") in references:
        return [citation["source_id"]]
    return [k for k in citation.get("cite_keys", []) if k in references]


def conversation_markdown(messages: list[tuple[str, str, dict | None]], title: str = "tipbot conversation") -> str:
    """A conversation as Markdown, each answer followed by its numbered references."""
    out = [f"# {title}", ""]
    for role, text, answer in messages:
        if role == "user":
            out += [f"**Question:** {text}", ""]
            continue
        out += [answer.get("answer", text) if answer else text, ""]
        cites = (answer or {}).get("citations", [])
        if cites:
            out.append("References:")
            for c in cites:
                where = f", §{c['section']}" if c.get("section") else ""
                page = f", p. {c['page']}" if c.get("page") else ""
                label = KIND_LABELS.get(c.get("source_kind"), c.get("source_kind"))
                url = f" <{c['url']}>" if c.get("url") else ""
                out.append(f"{c['n']}. {label}: {c.get('title', '')}{where}{page}{url}")
            out.append("")
    return "\n".join(out)


def library_markdown(store, lang: str, knowledge: Path | None = None) -> str:
    """What is in the knowledge base: paper sections, digests with their status, references, counts, last ingest."""
    info = store.info
    chunks = store.chunks
    counts: dict[str, int] = {}
    for c in chunks:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    lines = [f"### {t('library_title', lang)}", "",
             f"{t('last_ingest', lang)}: **{info.ingested_at if info else '?'}** · {t('embedder', lang)}: "
             f"`{info.embedder if info else '?'}`", "",
             "| " + t("kind", lang) + " | " + t("chunks", lang) + " |", "|---|---|"]
    for kind in ("paper", "digest", "reference", "glossary", "user"):
        if counts.get(kind):
            lines.append(f"| {t('kind_' + kind, lang).split(' —')[0].format(title='')} | {counts[kind]} |")
    sections: list[str] = []
    for c in chunks:
        if c.kind == "paper" and c.section not in sections:
            sections.append(c.section)
    lines += ["", f"#### {t('paper_sections', lang)}", ""] + [f"- {s}" for s in sections]
    digests: dict[str, tuple[str, str]] = {}
    for c in chunks:
        if c.kind == "digest":
            digests[c.source_id] = (c.title, c.source_status or "?")
    lines += ["", f"#### {t('digests', lang)} ({len(digests)})", "", f"| {t('source', lang)} | source_status |",
              "|---|---|"]
    lines += [f"| {title} | {status} |" for title, status in sorted(digests.values())]
    refs = sorted({c.title for c in chunks if c.kind == "reference"})
    lines += ["", f"#### {t('references', lang)} ({len(refs)})", ""] + [f"- {r}" for r in refs]
    users = sorted({c.title for c in chunks if c.kind == "user"})
    if users:
        lines += ["", f"#### {t('user_docs', lang)} ({len(users)})", ""] + [f"- {u}" for u in users]
    return "\n".join(lines)
