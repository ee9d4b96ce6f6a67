"""Sentence-safe, section-bounded chunks of about 100–250 words with stable ids.

Chunks never cross a section and never cut a sentence; every character of a block's text ends up in
exactly one chunk (the coverage test checks this for the paper).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from . import rx
from .documents import Block, Document
from .lang import detect_language
from .schema import Chunk, content_id

MIN_WORDS = 100
MAX_WORDS = 250

_ABBREV = {
    "al", "no", "nos", "jl", "kav", "dr", "mr", "mrs", "ms", "prof", "gen", "brig", "maj", "col", "st", "jr", "vs",
    "e.g", "i.e", "etc", "u.s", "u.n", "p", "pp", "vol", "ed", "eds", "fig", "art", "rt", "rw", "sept", "aug", "kec",
}
_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9*_])")
_SPACES = re.compile(r"\s+")


_ITEM = re.compile(r"^\s*([-*+]|\d+[.)]|\|)\s")


def collapse(text: str) -> str:
    """Whitespace folded to single spaces, except that list items and table rows keep their own line."""
    out: list[str] = []
    for line in text.splitlines():
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        if out and not _ITEM.match(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def word_count(text: str) -> int:
    return len(text.split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``; bullet lines count as sentences of their own."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _line_groups(text):
        start = line_start
        segment = text[line_start:line_end]
        for m in _BOUNDARY.finditer(segment):
            cut = line_start + m.start() + 1
            before = text[start:cut].rstrip(".!?…")
            last = rx.split(r"[\s(]", before)[-1].lower() if before else ""
            # (an abbreviation glued to another by its period ends no sentence either: "No.Kav. 35")
            if last in _ABBREV or last.rsplit(".", 1)[-1] in _ABBREV or rx.fullmatch(r"[a-z]", last) \
                    or rx.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
                continue
            end = line_start + m.end()
            sent_end = end - (len(text[:end]) - len(text[:end].rstrip()))
            if text[start:sent_end].strip():
                spans.append((start, sent_end))
            start = end
        if text[start:line_end].strip():
            spans.append((start, line_end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def _line_groups(text: str) -> Iterable[tuple[int, int]]:
    """Prose lines join into one group; each Markdown bullet or table row is a group of its own."""
    pos = 0
    group_start: int | None = None
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        is_item = bool(_ITEM.match(line))
        if is_item or not stripped:
            if group_start is not None:
                yield group_start, pos
                group_start = None
            if is_item:
                yield pos, pos + len(line.rstrip("\n"))
        elif group_start is None:
            group_start = pos
        pos += len(line)
    if group_start is not None:
        yield group_start, pos


def _pieces(block: Block) -> list[tuple[int, int]]:
    """Split one block into sentence-aligned pieces of at most MAX_WORDS words, balanced in size."""
    raw = block.raw
    total = word_count(raw)
    if block.atomic or total <= MAX_WORDS:
        return [(0, len(raw))]
    sents = split_sentences(raw)
    n = math.ceil(total / MAX_WORDS)
    target = total / n
    pieces: list[tuple[int, int]] = []
    cur_start, cur_words = 0, 0
    for i, (s, e) in enumerate(sents):
        w = word_count(raw[s:e])
        if cur_words and cur_words + w / 2 > target and len(pieces) < n - 1:
            pieces.append((cur_start, s))
            cur_start, cur_words = s, 0
        cur_words += w
        if i == len(sents) - 1:
            pieces.append((cur_start, len(raw)))
    return pieces


def chunk_sentences(chunk: Chunk) -> list[str]:
    """The answer units of a chunk: its sentences (a glossary entry is one unit). Shared by ingest and answer."""
    return list(_units(chunk.kind, chunk.text))


@lru_cache(maxsize=4096)
def _units(kind: str, text: str) -> tuple[str, ...]:
    """``chunk_sentences``, cached by the chunk's kind and text: the reader splits the same retrieved chunks for
    question after question (a new list each call, so a caller may change its own)."""
    if kind == "glossary":
        return (text.strip(),)
    if kind == "reference":  # one record line ("Reference entry: …", "Anomaly: …") is one unit
        return tuple(rx.sub(r"^[-*•]\s+", "", line).strip() for line in text.splitlines() if line.strip())
    units = []
    label = ""
    for s, e in split_sentences(text):
        sent = text[s:e].strip()
        sent = rx.sub(r"^[-*•]\s+", "", sent)
        if len(sent.split()) < 4 and rx.search(r"(?::|^(?:Chart|Table|Figure|Graph)\s+\d+\.?)$", sent, re.I):
            label = f"{label} {sent}".strip()  # a short label ("Keywords:", "Chart 1.") leads the next unit
            continue
        if label:
            sent, label = f"{label} {sent}", ""
        if len(sent.split()) >= 4:
            units.append(sent)
    return tuple(units)


def chunk_document(doc: Document, citation_index=None, order_start: int = 0) -> list[Chunk]:
    """Chunks of one document: pieces of blocks, with short neighbours in one section merged."""
    units: list[tuple[Block, int, int]] = []
    for block in doc.blocks:
        for s, e in _pieces(block):
            if block.raw[s:e].strip():
                units.append((block, s, e))
    groups: list[list[tuple[Block, int, int]]] = []
    for unit in units:
        block = unit[0]
        if groups:
            last = groups[-1]
            last_block = last[-1][0]
            words_last = sum(word_count(b.raw[s:e]) for b, s, e in last)
            words_new = word_count(block.raw[unit[1] : unit[2]])
            mergeable = (
                not block.atomic
                and not last_block.atomic
                and last_block.section == block.section
                and last_block.page == block.page
                and (words_last < MIN_WORDS or words_new < MIN_WORDS)
                and words_last + words_new <= MAX_WORDS
            )
            if mergeable:
                last.append(unit)
                continue
        groups.append([unit])
    chunks: list[Chunk] = []
    for i, group in enumerate(groups):
        text = "\n\n".join(collapse(b.raw[s:e]) for b, s, e in group)
        first, last = group[0], group[-1]
        labels: list[str] = []
        keys: list[str] = list(first[0].cite_keys)
        if citation_index is not None:
            labels, found = citation_index.labels_and_keys(text)
            keys = keys + [k for k in found if k not in keys]
        chunks.append(
            Chunk(
                id=content_id(doc.source_id, doc.kind, first[0].section, text),
                text=text,
                source_id=doc.source_id,
                kind=doc.kind,
                title=doc.title,
                section=first[0].section,
                cites=labels or list(first[0].cite_labels),
                cite_keys=keys,
                language=doc.language or detect_language(text),
                start=first[0].start + first[1] if first[0].verbatim else first[0].start,
                end=last[0].start + last[2] if last[0].verbatim else last[0].end,
                page=first[0].page,
                url=first[0].url or doc.url,
                source_status=doc.source_status,
                path=doc.path,
                order=order_start + i,
            )
        )
    return chunks
