"""Cited documents (briefings, timelines, source checks): sections of statements, each with its citations,
rendered to Markdown or DOCX with a numbered source list. Every line passes the same verifier as answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .answer import Statement
from .schema import KIND_LABELS, Chunk, Citation, cite
from .verify import check_claim


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

    def cite(self, chunk: Chunk, quote: str = "") -> int:
        return cite(self.citations, chunk, quote)

    def lines(self) -> list[str]:
        """Every claim line as it will be printed (statement lines and table rows)."""
        out = [s.render() for sec in self.sections for s in sec.statements if not s.framing]
        for sec in self.sections:
            for row in (sec.table or [])[1:]:  # the header row states nothing
                out.append(" — ".join(row))
        return out

    def verify(self) -> list[dict]:
        """Drop statements and rows that fail the citation verifier; return what was dropped and why."""
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
        return dropped

    def markdown(self, sources_heading: str = "Sources") -> str:
        out = [f"# {self.title}", ""]
        if self.intro:
            out += [self.intro, ""]
        for sec in self.sections:
            out += [f"## {sec.heading}", ""]
            for s in sec.statements:
                out.append(s.render() if s.framing else f"- {s.render()}")
            if sec.table:
                header, *rows = sec.table
                out += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                out += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
            out.append("")
        out += [f"## {sources_heading}", ""]
        for c in self.citations:
            kind = KIND_LABELS.get(c.source_kind, c.source_kind)
            where = f", §{c.section}" if c.section else ""
            url = f" <{c.url}>" if c.url else ""
            out.append(f"{c.n}. {kind}: {c.title}{where}{url}")
        return "\n".join(out) + "\n"

    def docx(self, path: Path, sources_heading: str = "Sources") -> Path:
        import docx

        d = docx.Document()
        d.add_heading(self.title, 0)
        if self.intro:
            d.add_paragraph(self.intro)
        for sec in self.sections:
            d.add_heading(sec.heading, 1)
            for s in sec.statements:
                d.add_paragraph(s.render(), style=None if s.framing else "List Bullet")
            if sec.table:
                header, *rows = sec.table
                table = d.add_table(rows=1, cols=len(header))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, header, strict=True):
                    cell.text = text
                for row in rows:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row, strict=True):
                        cell.text = text
        d.add_heading(sources_heading, 1)
        for c in self.citations:
            d.add_paragraph(f"[{c.n}] {c.source_kind}: {c.title}" + (f", §{c.section}" if c.section else "")
                            + (f" {c.url}" if c.url else ""))
        path.parent.mkdir(parents=True, exist_ok=True)
        d.save(str(path))
        return path
