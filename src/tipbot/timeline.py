"""Every dated event in the paper and the digests, sorted, each with its citation; and the places where a
digest records that the paper's date differs from public records (both dates shown, each with its source)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from .answer import _MONTHS, Statement, find_dates, frame_quote, phrases
from .chunking import chunk_sentences
from .report import CitedReport, Grouped, Section, quotable
from .schema import Chunk

_MONTH_YEAR = re.compile(rf"\b(?:(early|mid|late)-?\s*)?({'|'.join(sorted(_MONTHS, key=len, reverse=True))})\s+"
                         r"(\d{4})\b", re.I)
_MONTH = re.compile(rf"\b({'|'.join(sorted(_MONTHS, key=len, reverse=True))})\b", re.I)
# ("not 23 July": a date set against the one before it, of any number of digits)
_CONTRAST = re.compile(r"\b(paper (dates|says|gives|puts)|it was (signed|adopted|held)|not \d+|instead|whereas|"
                       r"differ|wrong|earlier|later than|release date|actually)\b", re.I)


def _alternation(phrases: list[str]) -> str:
    """A word list as one regex alternation, the longest phrase first; a space matches any run of white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _metadata_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The word lists of ``data/timeline_words.json`` (each one's comment names its class), compiled once: a
    sentence about a text (a text noun with a verb of referring within a few words, either way round), a line of
    what an unnamed "he" or "she" said, and a publication word."""
    w = json.loads(resources.files("tipbot").joinpath("data/timeline_words.json").read_text(encoding="utf-8"))
    noun = rf"(?:{_alternation(w['text_nouns'])})"
    refers = rf"(?:{_alternation(w['referring_verbs'])})"
    about_a_text = re.compile(rf"\b{noun}(?:'s)?(?:\s+\S+){{0,3}}?\s+{refers}\b"
                              rf"|\b{refers}(?:\s+\S+){{0,2}}?\s+{noun}\b", re.I)
    unnamed = re.compile(rf"^(?:{_alternation(w['unnamed_speakers'])})\s+(?:\w+\s+)?"
                         rf"(?:{_alternation(w['speech_verbs'])})\b", re.I)
    publication = re.compile(rf"\b(?:{_alternation(w['publication_words'])})\b", re.I)
    return about_a_text, unnamed, publication


_MONTH_NAMES = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"],
                "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                       "Oktober", "November", "Desember"]}
_QUALIFIERS = {"en": {"early": "early-", "mid": "mid-", "late": "late-"},
               "id": {"early": "awal ", "mid": "pertengahan ", "late": "akhir "}}


@dataclass
class Event:
    when: date
    label: str  # the date as the text writes it ("August 22 2023", "mid-July 2022")
    sentence: str
    chunk: Chunk
    day: bool = True  # the text gives the day, not only the month

    def shown(self, lang: str = "en") -> str:
        """The date in one form whatever the text's ("August 22 2023" and "22 August 2023" → "22 August 2023";
        "mid-July 2022" keeps its qualifier), in ``lang``'s month names."""
        month = _MONTH_NAMES.get(lang, _MONTH_NAMES["en"])[self.when.month - 1]
        if self.day:
            return f"{self.when.day} {month} {self.when.year}"
        m = _MONTH_YEAR.search(self.label)
        part = _QUALIFIERS.get(lang, _QUALIFIERS["en"])[m.group(1).lower()] if m and m.group(1) else ""
        return f"{part}{month} {self.when.year}"


def is_about_a_text(sentence: str) -> bool:
    """Whether a sentence is about a document rather than an event: what a URL, a title, a citation or the text
    says or points to, or what an unnamed "he" or "she" said. Its dates are not events."""
    about_a_text, unnamed, _ = _metadata_patterns()
    return bool(about_a_text.search(sentence) or unnamed.search(sentence))


def is_publication_date(sentence: str, raw: str) -> bool:
    """Whether a date in a sentence is when a source was published, released, received or retrieved (not an
    event): a publication word (``data/timeline_words.json``, ``publication_words``) within a few words before
    the date."""
    at = sentence.find(raw)
    before = sentence[max(0, at - 60):at] if at >= 0 else sentence
    return bool(_metadata_patterns()[2].search(before))


def events(chunks: list[Chunk]) -> list[Event]:
    """Dated sentences of the paper and the digests, earliest first (day precision where the text has it). The
    dates on which sources were published, received or retrieved are not events and are left out, and so are
    the dates of sentences about a text (``is_about_a_text``)."""
    out: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for chunk in chunks:
        if chunk.kind not in ("paper", "digest"):
            continue
        for sent in chunk_sentences(chunk):
            sent = quotable(chunk, sent)
            if not sent or is_about_a_text(sent):
                continue
            found = [(d, raw, True) for d, raw in find_dates(sent)]
            if not found:
                for m in _MONTH_YEAR.finditer(sent):
                    found.append((date(int(m.group(3)), _MONTHS[m.group(2).lower()], 1), m.group(0), False))
            for when, raw, day in found[:2]:
                if is_publication_date(sent, raw):
                    continue
                key = (raw, sent)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Event(when, raw, sent, chunk, day))
    out.sort(key=lambda e: (e.when, e.chunk.kind != "paper"))
    return out


def differences(chunks: list[Chunk]) -> list[tuple[str, Chunk]]:
    """Digest sentences that set the paper's date against another one."""
    out = []
    for chunk in chunks:
        if chunk.kind != "digest":
            continue
        raw = [r for r in chunk_sentences(chunk) if quotable(chunk, r)]
        sents = [quotable(chunk, r) for r in raw]
        for i, sent in enumerate(sents):
            if (find_dates(sent) or _MONTH_YEAR.search(sent)) and _CONTRAST.search(sent):
                # "The paper dates the MoU to 22 August 2023." is completed by "It was signed on 21 August; …",
                # the sentence after it in the same paragraph or list item (the next item is another matter)
                nxt = sents[i + 1] if i + 1 < len(sents) and same_paragraph(chunk.text, raw[i], raw[i + 1]) else ""
                if nxt and _MONTH.search(nxt) and not (find_dates(nxt) and _CONTRAST.search(nxt)):
                    sent = f"{sent} {nxt}"
                out.append((sent, chunk))
    return out


def same_paragraph(text: str, first: str, second: str) -> bool:
    """Whether ``second`` follows ``first`` in ``text`` within one paragraph or list item (no line break between
    them)."""
    at = text.find(first)
    nxt = text.find(second.lstrip("-*• "), at + len(first)) if at >= 0 else -1
    return nxt >= 0 and "\n" not in text[at + len(first):nxt]


def build_timeline(chunks: list[Chunk], lang: str = "en", title: str | None = None) -> CitedReport:
    ph = phrases()[lang]
    report = CitedReport(title=title or ("Timeline" if lang == "en" else "Lini masa"), lang=lang)
    main = Section(ph.get("timeline_events", "Dated events"))
    for e in events(chunks):  # (one date, one group: the lines of the same day are listed under it)
        n = report.cite(e.chunk, e.sentence)
        when = e.shown(lang)
        main.statements.append(Grouped(f"{when}: {frame_quote(e.chunk, e.sentence, lang)}", [n], group=when))
    report.sections.append(main)
    diff = Section(ph.get("timeline_differences", "Where the sources differ"))
    for sent, chunk in differences(chunks):
        n = report.cite(chunk, sent)
        diff.statements.append(Statement(frame_quote(chunk, sent, lang), [n]))
    if diff.statements:
        report.sections.append(diff)
    report.verify()
    return report
