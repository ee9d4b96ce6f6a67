"""Cited documents (briefings, timelines, source checks): sections of statements, each with its citations,
rendered to Markdown or DOCX with a numbered source list. Every line passes the same verifier as answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import rx
from .answer import Statement, phrases
from .present import plain_text, short_title
from .schema import KIND_LABELS, Chunk, Citation, cite
from .verify import check_claim

_MARK = re.compile(r"\[(\d+)\]")
# a sentence about the knowledge base's own files ("recorded in the references.json entry") is not about the source
_BOOKKEEPING = re.compile(r"\b[\w-]+\.(?:json|jsonl|ya?ml|md|txt|csv)\b", re.I)
_URL = re.compile(r"https?://[^\s<>)\]]+[^\s<>)\].,;:]")


def quotable(chunk: Chunk, sentence: str) -> str:
    """``sentence`` as it can be quoted on its own: without the section heading the text runs into ("3.2
    Formation of … Cambodia Data from the Ministry …") or the heading's number, and without Markdown emphasis;
    "" when it does not stand alone (it ends in a colon: what it introduces is not part of it)."""
    s = sentence.strip()
    head = chunk.section.strip()
    core = head.rstrip("…").strip()
    if chunk.kind in ("paper", "user") and core and s.startswith(core) and not head.endswith("…"):
        rest = s[len(core) :].strip()
        if len(rest.split()) >= 4 and rest[:1].isupper():
            s = rest
    s = rx.sub(r"^\d+(?:\.\d+)+\s+(?=[A-Z])", "", s) if chunk.kind in ("paper", "user") else s
    s = plain_text(s)
    if s.rstrip().endswith(":") or _BOOKKEEPING.search(s):
        return ""
    return s


def clean_record(text: str) -> str:
    """A reference record's line or title without empty fields ("(None)", "(2022). .") or the record's internal
    key standing in for a missing author ("uncited-claims-misc (None). Other …" → "Other …")."""
    text = rx.sub(r"\s*\((?:None|null|n\.d\.)?\)", "", text)
    text = rx.sub(r"^[a-z0-9]+(?:-[a-z0-9]+)+\.?\s+", "", text.strip())
    text = rx.sub(r"\.(?:\s*\.)+", ".", text)
    return rx.sub(r"^\.\s*", "", text).strip()


@dataclass
class Grouped(Statement):
    """A statement under a group label its text starts with ("22 August 2023: The paper states …"): consecutive
    statements of one group are rendered as one item with the label and the statements beneath it."""

    group: str = ""

    def item(self) -> str:
        """The statement without its group label (the line beneath the label)."""
        return self.render().removeprefix(f"{self.group}:").strip()


def _runs(statements: list[Statement]) -> list[tuple[str, list[Statement]]]:
    """Consecutive statements of one group ("" for an ungrouped statement, which stands alone)."""
    out: list[tuple[str, list[Statement]]] = []
    for s in statements:
        group = getattr(s, "group", "")
        if group and out and out[-1][0] == group:
            out[-1][1].append(s)
        else:
            out.append((group, [s]))
    return out


@dataclass
class Section:
    heading: str
    statements: list[Statement] = field(default_factory=list)
    table: list[list[str]] | None = None  # rows of a table; the last cell of each row holds its [n] marks


@dataclass
class CitedReport:
    title: str
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    intro: str = ""
    lang: str = "en"
    refused: bool = False  # the sources do not cover the subject: ``intro`` says so, there are no sections

    def cite(self, chunk: Chunk, quote: str = "") -> int:
        """The number of ``chunk``'s source: one number per source (paper, digest, record), whose cited
        passage grows by each further passage of the same source that a line quotes."""
        for c in self.citations:
            if c.chunk_id == chunk.id or (c.source_id, c.source_kind) == (chunk.source_id, chunk.kind):
                if chunk.text not in c.text:
                    c.text = f"{c.text}\n\n{chunk.text}"
                    if chunk.section and chunk.section not in c.section.split("; "):
                        c.section = f"{c.section}; {chunk.section}" if c.section else chunk.section
                return c.n
        return cite(self.citations, chunk, quote)

    def lines(self) -> list[str]:
        """Every claim line as it will be printed (statement lines and table rows)."""
        out = [s.render() for sec in self.sections for s in sec.statements if not s.framing]
        for sec in self.sections:
            for row in (sec.table or [])[1:]:  # the header row states nothing
                out.append(" — ".join(row))
        return out

    def verify(self) -> list[dict]:
        """Drop statements and rows that fail the citation verifier, then the sources no kept line cites
        (the rest renumbered in order of first use); return what was dropped and why."""
        by_n = {c.n: c for c in self.citations}
        dropped = []
        for sec in self.sections:
            kept = []
            for s in sec.statements:
                reason = None if s.framing else check_claim(s.render(), by_n)
                if reason is None:
                    kept.append(s)
                else:
                    dropped.append({"line": s.render(), "reason": reason})
            sec.statements = kept
            if sec.table:
                rows = sec.table[:1]  # the header row states nothing
                for row in sec.table[1:]:
                    reason = check_claim(" — ".join(row), by_n)
                    if reason is None:
                        rows.append(row)
                    else:
                        dropped.append({"line": " — ".join(row), "reason": reason})
                sec.table = rows
        self.sections = [s for s in self.sections if s.statements or (s.table and len(s.table) > 1)]
        self._renumber()
        return dropped

    def _renumber(self) -> None:
        used: list[int] = []
        for sec in self.sections:
            for s in sec.statements:
                used += [n for n in s.cites if n not in used]
            for row in (sec.table or [])[1:]:
                used += [int(n) for n in _MARK.findall(row[-1]) if int(n) not in used]
        new = {old: i for i, old in enumerate(used, start=1)}
        by_n = {c.n: c for c in self.citations}
        self.citations = [by_n[old] for old in used]
        for c in self.citations:
            c.n = new[c.n]
        for sec in self.sections:
            for s in sec.statements:
                s.cites = [new[n] for n in s.cites]
            for row in (sec.table or [])[1:]:
                row[-1] = _MARK.sub(lambda m: f"[{new[int(m.group(1))]}]", row[-1])

    def source_lines(self) -> list[tuple[int, str, str | None]]:
        """(n, "kind: title, §section", url) for the numbered source list."""
        labels = phrases()[self.lang if self.lang in phrases() else "en"].get("source_kinds", KIND_LABELS)
        out = []
        for c in self.citations:
            kind = labels.get(c.source_kind, KIND_LABELS.get(c.source_kind, c.source_kind))
            sections = [short_title(x, 70) for x in c.section.split("; ") if x]
            where = f", §{'; §'.join(sections)}" if sections and c.source_kind in ("paper", "digest", "user") else ""
            page = f", p. {c.page}" if c.page else ""
            title = clean_record(c.title) if c.source_kind == "reference" else c.title
            out.append((c.n, f"{kind}: {plain_text(title)}{where}{page}", c.url))
        return out

    def _sources_heading(self) -> str:
        return phrases()[self.lang if self.lang in phrases() else "en"].get("sources", "Sources")

    def markdown(self) -> str:
        out = [f"# {self.title}", ""]
        if self.intro:
            out += [self.intro, ""]
        for sec in self.sections:
            out += [f"## {sec.heading}", ""]
            for group, run in _runs(sec.statements):
                if len(run) > 1:
                    out.append(f"- {group}:")
                    out += [f"  - {s.item()}" for s in run]
                    continue
                out.append(run[0].render() if run[0].framing else f"- {run[0].render()}")
            if sec.table:
                header, *rows = sec.table
                out += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                out += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
            out.append("")
        if self.citations:
            out += [f"## {self._sources_heading()}", ""]
            for n, line, url in self.source_lines():
                out.append(f"{n}. {line}" + (f" <{url}>" if url else ""))
        return "\n".join(out).rstrip("\n") + "\n"

    def docx(self, path: Path) -> Path:
        import docx

        d = docx.Document()
        d.core_properties.author = "tipbot"
        d.core_properties.title = self.title
        d.core_properties.comments = "Generated by tipbot; every line quotes and cites its source."
        d.add_heading(self.title, 0)
        if self.intro:
            _paragraph_with_links(d, self.intro)
        for sec in self.sections:
            d.add_heading(sec.heading, 1)
            for group, run in _runs(sec.statements):
                if len(run) > 1:
                    d.add_paragraph(f"{group}:", style="List Bullet")
                    for s in run:
                        _paragraph_with_links(d, plain_text(s.item()), style="List Bullet 2")
                    continue
                _paragraph_with_links(d, plain_text(run[0].render()), style=None if run[0].framing else "List Bullet")
            if sec.table:
                header, *rows = sec.table
                table = d.add_table(rows=1, cols=len(header))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, header, strict=True):
                    cell.text = text
                for row in rows:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row, strict=True):
                        cell.text = plain_text(text)
        if self.citations:
            d.add_heading(self._sources_heading(), 1)
        for n, line, url in self.source_lines():
            p = _paragraph_with_links(d, f"[{n}] {line}")
            if url:
                p.add_run(" ")
                _add_hyperlink(p, url)
        path.parent.mkdir(parents=True, exist_ok=True)
        d.save(str(path))
        return path


def _paragraph_with_links(d, text: str, style: str | None = None):
    """A paragraph whose URLs are clickable links."""
    p = d.add_paragraph(style=style)
    pos = 0
    for m in _URL.finditer(text):
        if m.start() > pos:
            p.add_run(text[pos : m.start()])
        _add_hyperlink(p, m.group(0))
        pos = m.end()
    if pos < len(text):
        p.add_run(text[pos:])
    return p


def _add_hyperlink(paragraph, url: str) -> None:
    """python-docx has no hyperlink API: a w:hyperlink element pointing at an external relationship."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.extend([style, color, underline])
    run.append(props)
    text = OxmlElement("w:t")
    text.text = url
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
