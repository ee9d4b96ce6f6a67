"""Reading a user's own files (PDF, DOCX, HTML, Markdown, text) into ``Document``s of kind ``user``.

Each failure names the file and the reason (corrupt, encrypted, empty, no text layer) so the ingest can
skip it and go on with the rest of the batch.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from .documents import Block, Document, read_text_document

SUPPORTED = {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"}


class LoadError(Exception):
    """A file that cannot be ingested; the message says why."""


def _paragraph_blocks(text: str, section: str = "", page: int | None = None, offset: int = 0) -> list[Block]:
    blocks = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        if m.group(0).strip():
            blocks.append(Block(raw=m.group(0), start=offset + m.start(), end=offset + m.end(), section=section,
                                page=page))
    return blocks


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
            blocks.extend(_paragraph_blocks(text, section="", page=number, offset=offset))
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


def load_docx(path: Path) -> Document:
    try:
        import docx
    except ImportError as exc:  # pragma: no cover
        raise LoadError("DOCX support needs python-docx: pip install python-docx") from exc
    try:
        d = docx.Document(str(path))
    except Exception as exc:
        raise LoadError(f"not a readable DOCX ({type(exc).__name__})") from exc
    blocks: list[Block] = []
    section = ""
    offset = 0
    for para in d.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        if para.style is not None and para.style.name.lower().startswith(("heading", "title")):
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
        text = re.sub(r"\s+", " ", el.get_text(" ")).strip()
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
        raise LoadError("the file holds no text")
    return doc
