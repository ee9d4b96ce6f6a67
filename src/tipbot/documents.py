"""Reading the knowledge folder into ``Document``s: the paper's structure, digests, references, glossary.

The paper is plain text whose headings (``1. INTRODUCTION``, ``3.2 Formation of ...``) mark its structure;
paragraphs cut by a page break (no closing punctuation, next one starts in lower case) are joined again. What is
specific to one paper (its id, how many paragraphs make its title block, how charts are captioned) comes from the
knowledge folder's ``paper/profile.yaml`` (``tipbot.config.Profile``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import rx
from .config import Profile
from .schema import Kind

# the sections of a digest that set the paper's account of the source beside the source (knowledge/README.md)
NOTES_ON_PAPER = ("how the paper uses", "points to note", "what the paper says the source contains", "status")


def notes_on_paper(section: str) -> bool:
    """A digest section that records how the paper uses the source and where the two differ."""
    return section.lower().startswith(NOTES_ON_PAPER)


_TOP = re.compile(r"^(\d+)\.\s+([A-Z][A-Z &]+)$")
_SUB = re.compile(r"^(\d+\.\d+)\s+(.+)$", re.S)
_HEADING_MAX = 220


@dataclass
class Block:
    """A paragraph (or list, caption, record) with its offsets in the source file."""

    raw: str
    start: int
    end: int
    section: str
    page: int | None = None
    atomic: bool = False
    cite_keys: list[str] = field(default_factory=list)
    cite_labels: list[str] = field(default_factory=list)
    url: str | None = None
    verbatim: bool = True  # raw is the slice start:end of the source file (False for rendered records)


@dataclass
class Document:
    source_id: str
    kind: Kind
    title: str
    path: str
    blocks: list[Block]
    url: str | None = None
    source_status: str | None = None
    language: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class Paper:
    """The parsed paper: front matter, sections and the printed reference list."""

    title: str
    authors: list[str]
    affiliation: str
    abstract: str
    sections: list[str]
    body: Document
    reference_entries: list[tuple[str, int, int]]  # (entry text, start, end)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in rx.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        if m.group(0).strip():
            s = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            spans.append((s, m.start() + len(m.group(0).rstrip())))
    return spans


_HEADING_LINE = re.compile(r"#{1,6}[ \t]+(\S.*)")
# a setext heading's underline ("Title" over "=====" or "-----"); one dash alone is left to lists
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-{2,})[ \t]*")
_NOT_HEADING_TEXT = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|[|>])")  # a list item, table row or quote line


def leading_headings(para: str) -> tuple[str | None, int]:
    """The last of the Markdown headings a paragraph opens with — ATX ("# Title") or setext (a line of text over
    a line of "=" or "-") — and where the text after them starts (``len(para)`` when there is none); (None, 0)
    when the paragraph does not open with a heading."""
    heading, after, run = None, 0, None  # run: where the lines of text that may be a setext heading start
    pos = 0
    for line in para.splitlines(keepends=True):
        bare = line.strip()
        if run is None and (m := _HEADING_LINE.fullmatch(bare)):
            heading, after = m.group(1).strip(), pos + len(line)
        elif run is not None and _SETEXT_UNDERLINE.fullmatch(line.rstrip("\r\n")):
            lines = para[run:pos].splitlines()
            if any(_NOT_HEADING_TEXT.match(x) for x in lines):
                break
            heading, after, run = " ".join(" ".join(lines).split()), pos + len(line), None
        elif run is None and bare:
            run = pos
        pos += len(line)
    return heading, after if heading is not None else 0


def headings_only(para: str) -> str | None:
    """The last heading of a paragraph made of Markdown headings alone ("# Title", "# Title\n## Part" or
    "Title\n====="), else None: such a paragraph names the section of what follows and holds no text of its
    own."""
    heading, after = leading_headings(para)
    return heading if heading is not None and not para[after:].strip() else None


def _blocks_under_headings(text: str, body: str, offset: int, section: str) -> list[Block]:
    """The paragraphs of ``body`` (found at ``offset`` in ``text``) as blocks, each in the section its last
    Markdown heading names (ATX or setext); a heading that opens a paragraph is not part of its text."""
    blocks: list[Block] = []
    for s, e in _paragraphs(body):
        heading, after = leading_headings(body[s:e])
        if heading is not None:
            section = heading
            s += after + len(body[s + after : e]) - len(body[s + after : e].lstrip())
        if s < e:
            blocks.append(Block(raw=text[offset + s : offset + e], start=offset + s, end=offset + e, section=section))
    return blocks


def _continues(prev: str, nxt: str) -> bool:
    """A page break cut a paragraph: the first part has no closing punctuation, the next starts lower-case."""
    return not rx.search(r"[.!?:;)\]\"”]$", prev.rstrip()) and bool(rx.match(r"^[a-z(]", nxt.lstrip()))


def parse_paper(path: Path, profile: Profile | None = None) -> Paper:
    """The paper at ``path`` (``<knowledge>/paper/<id>.txt``), parsed with its folder's profile unless one is given."""
    profile = profile or Profile.load(path.parent.parent)
    text = path.read_text(encoding="utf-8")
    spans = _paragraphs(text)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and _continues(text[merged[-1][0] : merged[-1][1]], text[s:e]):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    paras = [(s, e, text[s:e].strip()) for s, e in merged]

    # The title block: the title, then the authors, then the affiliation(s), in the profile's number of paragraphs.
    head = [p for _, _, p in paras[: profile.title_block_paragraphs]]
    title = head[0] if head else ""
    authors_line = head[1] if len(head) > 1 else ""
    authors = [a for a in (rx.sub(r"[¹²³⁴^{}0-9,]+$", "", a).strip()
                           for a in rx.split(r",\s*(?=[A-Z])", authors_line)) if a]
    affiliation = " ".join(rx.sub(r"^\^\{[\d,]+\}", "", p).strip() for p in head[2:])
    chart, chart_source = profile.chart_caption_prefix, profile.chart_source_prefix
    blocks: list[Block] = []
    sections: list[str] = []
    refs: list[tuple[str, int, int]] = []
    abstract = ""
    section = "Title and authors"
    top = ""
    in_refs = False
    heading_start: int | None = None  # the next block starts here, so headings stay in the text
    # Labels that open a part of the front matter: they stay in the text of the part they open.
    label_sections = {
        "ARTICLE INFO": "Article info",
        "ABSTRACT": "Abstract",
        "Corresponding Author:": "Corresponding author",
    }
    for s, e, para in paras:
        if in_refs:
            for m in rx.finditer(r"^- (.+)$", text[s:e], re.M):
                refs.append((m.group(1).strip(), s + m.start(1), s + m.end(1)))
            continue
        mtop = _TOP.match(para)
        msub = _SUB.match(para) if not mtop else None
        if para == "REFERENCES":
            in_refs = True
            sections.append("REFERENCES")
            continue
        if mtop:
            top = f"{mtop.group(1)}. {mtop.group(2).title()}"
            section = top
            sections.append(section)
            heading_start = s
            continue
        if msub and top:
            number, rest = msub.group(1), msub.group(2).strip()
            if len(rest) <= _HEADING_MAX and not rx.search(r"[.!?]\s+[A-Z]", rest):
                section = f"{number} {rest.rstrip('.')}"
                sections.append(section)
                heading_start = s
                continue
            # A heading run into its paragraph ("3.5 The Republic of Indonesia Police on July 5 2023 formed ..."):
            # the number opens a section, the text stays a paragraph.
            first = rx.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
            section = f"{number} {first[:70].rstrip()}{'…' if len(first) > 70 else ''}"
            sections.append(section)
            blocks.append(Block(raw=text[s:e], start=s, end=e, section=section))
            heading_start = None
            continue
        if para in label_sections:
            section = label_sections[para]
            heading_start = s
            continue
        if section == "Abstract" and not abstract:
            abstract = para
        caption = para.startswith(chart) or para.startswith(chart_source)
        if para.startswith(chart_source) and blocks and blocks[-1].atomic:
            blocks[-1].raw = text[blocks[-1].start : e]
            blocks[-1].end = e
            continue
        if heading_start is not None and not caption:
            s = heading_start
        heading_start = None
        blocks.append(Block(raw=text[s:e], start=s, end=e, section=section, atomic=caption))
    body = Document(source_id=profile.paper_id, kind="paper", title=title, path=str(path), blocks=blocks, language="en")
    return Paper(title, authors, affiliation, abstract, sections, body, refs)


def _front_matter(text: str) -> tuple[dict, str, int]:
    m = rx.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return {}, text, 0
    return yaml.safe_load(m.group(1)) or {}, text[m.end() :], m.end()


def parse_digest(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    meta, body, offset = _front_matter(text)
    key = str(meta.get("key") or path.stem)
    title = str(meta.get("title") or key)
    blocks = _blocks_under_headings(text, body, offset, "Summary")
    url = meta.get("url") or (f"https://doi.org/{meta['doi']}" if meta.get("doi") else None)
    return Document(
        source_id=key,
        kind="digest",
        title=title,
        path=str(path),
        blocks=blocks,
        url=url,
        source_status=meta.get("source_status"),
        language="en",
        meta={k: v for k, v in meta.items() if isinstance(v, str | int | float)},
    )


def _entry_key(entry: str, references: list[dict]) -> str | None:
    """Match a printed reference-list entry to its references.json key (first author + year tag)."""
    first = rx.sub(r"[^a-z]", "", entry.split(",")[0].split(".")[0].split()[0].lower())
    year = rx.search(r"\((\d{4}[a-z]?)", entry)
    if not year:
        return None
    listed = [r for r in references if r.get("entry_kind") == "reference_list"]
    for r in listed:
        if r["key"].startswith(first) and r["key"].endswith(year.group(1)):
            return r["key"]
    for r in listed:
        if r["key"].startswith(first) and str(r.get("year")) == year.group(1)[:4]:
            return r["key"]
    return None


def reference_text(ref: dict, printed: str | None) -> str:
    """One searchable record of a reference: bibliographic data, how the paper uses it, known anomalies."""
    lines = []
    year = ref.get("year") or "n.d."  # (a record without a year: "no date", as a reference list writes it)
    lines.append(f"Reference entry: {ref.get('authors') or 'Unknown author'} ({year}). {ref.get('title') or ''}.")
    if ref.get("venue"):
        lines.append(f"Venue: {ref['venue']}.")
    if ref.get("doi"):
        lines.append(f"DOI: {ref['doi']}.")
    if ref.get("url"):
        lines.append(f"URL: {ref['url']}")
    kind = {
        "reference_list": "listed in the paper's reference list",
        "in_text_only": "cited in the text but missing from the reference list",
        "mentioned_uncited": "mentioned in the paper without a citation",
        "component_of_reference": "part of another reference",
    }.get(ref.get("entry_kind", ""), ref.get("entry_kind", ""))
    lines.append(f"Status: {kind}.")
    if printed:
        lines.append(f"As printed in the reference list: {printed}")
    forms = [f for f in ref.get("citation_forms") or []]
    if forms:
        lines.append("In-text citation: " + "; ".join(forms) + ".")
    elif ref.get("entry_kind") == "reference_list":
        lines.append("In-text citation: none; this entry is never cited in the text of the paper.")
    if ref.get("cited_in"):
        lines.append("Cited in: " + ", ".join(ref["cited_in"]) + ".")
    for claim in ref.get("claims") or []:
        lines.append(f"The paper uses it for: {claim}")
    for anomaly in ref.get("anomalies") or []:
        lines.append(f"Anomaly: {anomaly}")
    if ref.get("digest"):
        lines.append("A digest of this source is in the knowledge base.")
    return "\n".join(f"- {line}" for line in lines)


def reference_documents(references_path: Path, paper: Paper | None) -> list[Document]:
    references = json.loads(references_path.read_text(encoding="utf-8"))
    printed: dict[str, tuple[str, int, int]] = {}
    if paper is not None:
        for entry, s, e in paper.reference_entries:
            key = _entry_key(entry, references)
            if key:
                printed[key] = (entry, s, e)
    docs = []
    for ref in references:
        entry = printed.get(ref["key"])
        text = reference_text(ref, entry[0] if entry else None)
        block = Block(
            raw=text,
            start=entry[1] if entry else 0,
            end=entry[2] if entry else 0,
            section="References",
            atomic=True,
            cite_keys=[ref["key"]],
            cite_labels=[_label_of(ref)],
            url=ref.get("url"),
            verbatim=False,
        )
        docs.append(
            Document(
                source_id=ref["key"],
                kind="reference",
                title=f"{ref.get('authors') or ref['key']} ({ref.get('year')}). {ref.get('title') or ''}".strip(),
                path=str(references_path),
                blocks=[block],
                url=ref.get("url"),
                language="en",
                meta={"printed": bool(entry)},
            )
        )
    return docs


def _label_of(ref: dict) -> str:
    for form in ref.get("citation_forms") or []:
        m = rx.match(r"^\(([^;()]+?)\)$", form.strip())
        if m:
            return rx.sub(r"\s*,\s*", ", ", m.group(1))
    return ref["key"]


def glossary_documents(glossary_path: Path) -> list[Document]:
    entries = json.loads(glossary_path.read_text(encoding="utf-8"))
    docs = []
    for entry in entries:
        term = entry["term"]
        parts = [f"{term}: {entry.get('expansion_en') or ''}."]
        if entry.get("expansion_id"):
            parts.append(f"In Indonesian: {entry['expansion_id']}.")
        if entry.get("note"):
            parts.append(entry["note"])
        text = " ".join(parts)
        docs.append(
            Document(
                source_id=f"glossary:{term}",
                kind="glossary",
                title=f"Glossary: {term}",
                path=str(glossary_path),
                blocks=[Block(raw=text, start=0, end=0, section=term, atomic=True, verbatim=False)],
                language="en",
            )
        )
    return docs


def read_text_document(path: Path) -> Document:
    """A user's Markdown or plain-text file: paragraphs under their Markdown headings (ATX or setext)."""
    text = path.read_text(encoding="utf-8")
    meta, body, offset = _front_matter(text)
    blocks = _blocks_under_headings(text, body, offset, "")
    return Document(
        source_id=f"user:{path.name}",
        kind="user",
        title=str(meta.get("title") or path.stem),
        path=str(path),
        blocks=blocks,
        url=meta.get("url"),
    )


def load_knowledge(folder: Path) -> list[Document]:
    """Every document of a knowledge folder laid out like ``knowledge/`` (paper, sources, references, glossary)."""
    docs: list[Document] = []
    paper: Paper | None = None
    paper_dir = folder / "paper"
    if paper_dir.is_dir():
        profile = Profile.load(folder)
        for path in sorted(paper_dir.glob("*.txt")):
            paper = parse_paper(path, profile)
            docs.append(paper.body)
    sources = folder / "sources"
    if sources.is_dir():
        docs.extend(parse_digest(p) for p in sorted(sources.glob("*.md")))
    if (folder / "references.json").exists():
        docs.extend(reference_documents(folder / "references.json", paper))
    if (folder / "glossary.json").exists():
        docs.extend(glossary_documents(folder / "glossary.json"))
    return docs
