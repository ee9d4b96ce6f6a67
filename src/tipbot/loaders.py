"""Reading a user's own files (PDF, DOCX, HTML, Markdown, text) into ``Document``s of kind ``user``.

Each failure names the file and the reason (corrupt, encrypted, empty, no text layer) so the ingest can
skip it and go on with the rest of the batch.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from . import rx
from .documents import Block, Document, read_text_document

SUPPORTED = {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"}
NO_TEXT = "the file holds no text"  # (a Markdown or text file of headings, front matter or blank lines alone)


class LoadError(Exception):
    """A file that cannot be ingested; the message says why."""


def _paragraph_blocks(text: str, section: str = "", page: int | None = None, offset: int = 0) -> list[Block]:
    blocks = []
    for m in rx.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        if m.group(0).strip():
            blocks.append(Block(raw=m.group(0), start=offset + m.start(), end=offset + m.end(), section=section,
                                page=page))
    return blocks


_COLUMN_GAP = re.compile(r"\s{3,}")


def _layout_segments(page) -> list[tuple[str, str]] | None:
    """A page holding a table, as ("text", paragraphs) and ("table", rows) segments in reading order; None for a
    page without one. pypdf's layout mode keeps a table's columns apart (runs of spaces); two or more successive
    lines of two or more such cells, one of them with a digit, are a table (plain extraction would run its rows
    into the sentences around it)."""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # an odd page: plain extraction only
        return None
    lines = layout.splitlines()
    cells = [_COLUMN_GAP.split(line.strip()) if line.strip() else [] for line in lines]
    is_row = [len(c) >= 2 for c in cells]
    segments: list[tuple[str, str]] = []
    prose: list[str] = []
    found = False
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and is_row[j]:
            j += 1
        if j - i >= 2 and any(rx.search(r"\d", lines[k]) for k in range(i, j)):
            if prose:
                segments.append(("text", "\n".join(prose).strip("\n")))
                prose = []
            segments.append(("table", "\n".join(table_rows(cells[i:j]))))
            found = True
            i = j
            continue
        prose.append(rx.sub(r"\s+", " ", lines[i]).strip())
        i += 1
    if prose:
        segments.append(("text", "\n".join(prose).strip("\n")))
    return [(k, seg) for k, seg in segments if seg.strip()] if found else None


def load_pdf(path: Path) -> Document:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would be noise; failures are reported
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover
        raise LoadError("PDF support needs pypdf: pip install pypdf") from exc
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError("the PDF is encrypted (password-protected)")
            except LoadError:
                raise
            except Exception as exc:
                raise LoadError("the PDF is encrypted (password-protected)") from exc
        blocks: list[Block] = []
        offset = 0
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            tables = _layout_segments(page) if text.strip() else None
            if tables is None:
                blocks.extend(_paragraph_blocks(text, section="", page=number, offset=offset))
            else:  # a page with a table: prose paragraphs and the table's rows as separate blocks
                text = ""
                for kind, seg in tables:
                    if kind == "table":
                        blocks.append(Block(raw=seg, start=offset + len(text), end=offset + len(text) + len(seg),
                                            section="", page=number, verbatim=False))
                    else:
                        blocks.extend(_paragraph_blocks(seg, section="", page=number, offset=offset + len(text)))
                    text += seg + "\n\n"
            offset += len(text) + 1
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:
        raise LoadError(f"not a readable PDF ({type(exc).__name__})") from exc
    if not blocks:
        raise LoadError("the PDF has no text layer (a scan?): run OCR on it first")
    title = (reader.metadata.title if reader.metadata and reader.metadata.title else None) or path.stem
    return Document(f"user:{path.name}", "user", str(title), str(path), blocks)


def table_rows(rows: list[list[str]]) -> list[str]:
    """A table as lines a reader (and the sentence splitter) takes one at a time: each row after the header as
    "| Header: cell | Header: cell |", so that a figure in a cell keeps what it counts. A first row of labels is the
    header; without one, rows are "| cell | cell |". Cells repeated by merging are given once."""
    clean = []
    for row in rows:
        cells = [rx.sub(r"\s+", " ", c).strip() for c in row]
        cells = [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]
        if any(cells):
            clean.append(cells)
    if not clean:
        return []
    head = clean[0]
    labelled = len(clean) > 1 and all(c and not rx.fullmatch(r"[\d.,%\s–-]+", c) for c in head)
    if not labelled:
        return ["| " + " | ".join(c for c in row if c) + " |" for row in clean]
    out = []
    for row in clean[1:]:
        pairs = [f"{h}: {c}" if h and h != c else c for h, c in zip(head, row, strict=False) if c]
        pairs += [c for c in row[len(head):] if c]
        out.append("| " + " | ".join(pairs) + " |")
    return out


def load_docx(path: Path) -> Document:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover
        raise LoadError("DOCX support needs python-docx: pip install python-docx") from exc
    try:
        d = docx.Document(str(path))
    except Exception as exc:
        raise LoadError(f"not a readable DOCX ({type(exc).__name__})") from exc
    blocks: list[Block] = []
    section = ""
    offset = 0
    for item in d.iter_inner_content():  # paragraphs and tables, in document order
        if isinstance(item, Table):
            lines = table_rows([[cell.text for cell in row.cells] for row in item.rows])
            text = "\n".join(lines)
            if text:
                blocks.append(Block(raw=text, start=offset, end=offset + len(text), section=section, verbatim=False))
                offset += len(text) + 1
            continue
        if not isinstance(item, Paragraph):
            continue
        text = item.text.strip()
        if not text:
            continue
        if item.style is not None and item.style.name.lower().startswith(("heading", "title")):
            section = text
        else:
            blocks.append(Block(raw=text, start=offset, end=offset + len(text), section=section))
        offset += len(text) + 1
    if not blocks:
        raise LoadError("the DOCX holds no text")
    title = d.core_properties.title or path.stem
    return Document(f"user:{path.name}", "user", title, str(path), blocks)


def load_html(path: Path) -> Document:
    try:
        from bs4 import BeautifulSoup
    except ImportError as exc:  # pragma: no cover
        raise LoadError("HTML support needs beautifulsoup4: pip install beautifulsoup4") from exc
    try:
        soup = BeautifulSoup(path.read_bytes(), "html.parser")
    except Exception as exc:
        raise LoadError(f"not readable HTML ({type(exc).__name__})") from exc
    for tag in soup(["script", "style", "nav", "footer", "header", "noscript"]):
        tag.decompose()
    blocks: list[Block] = []
    section = ""
    offset = 0
    for el in soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "blockquote", "pre"]):
        text = rx.sub(r"\s+", " ", el.get_text(" ")).strip()
        if not text:
            continue
        if el.name in {"h1", "h2", "h3", "h4"}:
            section = text
            continue
        blocks.append(Block(raw=text, start=offset, end=offset + len(text), section=section))
        offset += len(text) + 1
    if not blocks:
        raise LoadError("the HTML page holds no text")
    title = soup.title.get_text().strip() if soup.title and soup.title.get_text().strip() else path.stem
    return Document(f"user:{path.name}", "user", title, str(path), blocks)


def load_file(path: Path) -> Document:
    """The document in ``path``; raises ``LoadError`` (naming the reason) for anything that cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(f"unsupported file type '{suffix or '(none)'}'")
    if not path.exists():
        raise LoadError("no such file")
    if path.stat().st_size == 0:
        raise LoadError("the file is empty")
    if suffix == ".pdf":
        return load_pdf(path)
    if suffix == ".docx":
        return load_docx(path)
    if suffix in {".html", ".htm"}:
        return load_html(path)
    try:
        doc = read_text_document(path)
    except UnicodeDecodeError as exc:
        raise LoadError("not UTF-8 text (a binary file?)") from exc
    if not doc.blocks:
        raise LoadError(NO_TEXT)
    return doc
