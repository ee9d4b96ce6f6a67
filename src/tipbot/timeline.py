"""Every dated event in the paper and the digests, sorted, each with its citation; and the places where a
digest records that the paper's date differs from public records (both dates shown, each with its source)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from . import rx
from .answer import _MONTHS, MONTH_PREFIXES, Statement, find_dates, frame_quote, phrases
from .chunking import chunk_sentences, split_sentences
from .report import CitedReport, Grouped, Section, quotable
from .schema import Chunk

# a month written short ("Feb 22, 2024", "22 Feb 2023", "Aug 2023"): its first three letters, "Sept" too
_SHORT = {p: next(n for m, n in _MONTHS.items() if m.startswith(p)) for p in MONTH_PREFIXES} | {"sept": 9}
_MONTH_ALT = "|".join([*sorted(_MONTHS, key=len, reverse=True), *(rf"{p}\.?" for p in sorted(_SHORT, key=len,
                                                                                             reverse=True))])
_MONTH_YEAR = re.compile(rf"\b(?:(early|mid|late)-?\s*)?({_MONTH_ALT})(?!\w)\s+(\d{{4}})\b", re.I)
_MONTH = re.compile(rf"\b({_MONTH_ALT})(?!\w)", re.I)
_SHORT_DMY = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(_SHORT)})\.?\s+(\d{{4}})\b", re.I)
_SHORT_MDY = re.compile(rf"\b({'|'.join(_SHORT)})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return _MONTHS.get(name) or _SHORT[name]


def dates(text: str) -> list[tuple[date, str]]:
    """The dates of a text in the order it gives them: ``find_dates``'s, and those with a month written short
    ("Received Feb 22, 2024", "signed 22 Feb 2023")."""
    found = {raw: when for when, raw in find_dates(text)}
    for pattern, day, month in ((_SHORT_DMY, 1, 2), (_SHORT_MDY, 2, 1)):
        for m in pattern.finditer(text):
            try:
                found.setdefault(m.group(0), date(int(m.group(3)), _month(m.group(month)), int(m.group(day))))
            except ValueError:  # not a day of that month
                continue
    return sorted(((when, raw) for raw, when in found.items()), key=lambda d: text.find(d[1]))


def _alternation(phrases: list[str]) -> str:
    """A word list as one regex alternation, the longest phrase first; a space matches any run of white space
    and "#" a number of any digits."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace(r"\#", r"\d+")
                    for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _metadata_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The word lists of ``data/timeline_words.json`` (each one's comment names its class), compiled once: a
    sentence about a text (a text noun with a verb of referring within a few words, either way round), a line of
    what an unnamed "he" or "she" said, a publication word, and a word that sets a date against another."""
    w = json.loads(resources.files("tipbot").joinpath("data/timeline_words.json").read_text(encoding="utf-8"))
    noun = rf"(?:{_alternation(w['text_nouns'])})"
    refers = rf"(?:{_alternation(w['referring_verbs'])})"
    about_a_text = rx.compile(rf"\b{noun}(?:'s)?(?:\s+\S+){{0,3}}?\s+{refers}\b"
                              rf"|\b{refers}(?:\s+\S+){{0,2}}?\s+{noun}\b", re.I)
    unnamed = rx.compile(rf"^(?:{_alternation(w['unnamed_speakers'])})\s+(?:\w+\s+)?"
                         rf"(?:{_alternation(w['speech_verbs'])})\b", re.I)
    publication = rx.compile(rf"\b(?:{_alternation(w['publication_words'])})\b", re.I)
    contrast = rx.compile(rf"\b(?:{_alternation(w['contrast_words'])})\b", re.I)
    return about_a_text, unnamed, publication, contrast


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
    about_a_text, unnamed, _, _ = _metadata_patterns()
    return bool(about_a_text.search(sentence) or unnamed.search(sentence))


def is_publication_date(sentence: str, raw: str) -> bool:
    """Whether a date in a sentence is when a source was published, released, received or retrieved (not an
    event): a publication word (``data/timeline_words.json``, ``publication_words``) within a few words before
    the date."""
    at = sentence.find(raw)
    before = sentence[max(0, at - 60):at] if at >= 0 else sentence
    return bool(_metadata_patterns()[2].search(before))


def _dated_lines(chunks: list[Chunk]):
    """Each quotable line of the paper, the digests and the glossary (a glossary entry line by line: its note
    dates what it names, "Passed by the DPR on 20 March 2007.") that is not about a text, with its dates (day
    precision where the text has it, else month and year) as (date, raw, day) triples."""
    for chunk in chunks:
        if chunk.kind not in ("paper", "digest", "glossary"):
            continue
        units = [chunk.text[a:b] for a, b in split_sentences(chunk.text)] if chunk.kind == "glossary" \
            else chunk_sentences(chunk)
        for sent in units:
            sent = quotable(chunk, sent)
            if not sent or is_about_a_text(sent):
                continue
            found = [(d, raw, True) for d, raw in dates(sent)]
            if not found:
                for m in _MONTH_YEAR.finditer(sent):
                    found.append((date(int(m.group(3)), _month(m.group(2)), 1), m.group(0), False))
            yield chunk, sent, found


def events(chunks: list[Chunk]) -> list[Event]:
    """Dated sentences of the paper, the digests and the glossary, earliest first (day precision where the text
    has it). The dates on which the paper and its sources were published, received or retrieved are not events
    and are left out (``publication_dates`` lists them), and so are the dates of sentences about a text
    (``is_about_a_text``)."""
    out: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for chunk, sent, found in _dated_lines(chunks):
        for when, raw, day in found[:2] if chunk.kind != "glossary" else found:
            if is_publication_date(sent, raw) or (raw, sent) in seen:
                continue
            seen.add((raw, sent))
            out.append(Event(when, raw, sent, chunk, day))
    out.sort(key=lambda e: (e.when, e.chunk.kind != "paper"))
    return out


def publication_dates(chunks: list[Chunk]) -> list[Event]:
    """When the paper and its sources were received, revised, accepted, published or released, earliest first:
    the dates ``events`` leaves out. A line giving several ("Received Feb 22, 2024 Revised Mar 18, 2024
    Accepted May 03, 2024") is quoted date by date, each with the words since the date before it."""
    out: list[Event] = []
    for chunk, sent, found in _dated_lines(chunks):
        own = [(when, raw, day) for when, raw, day in found if is_publication_date(sent, raw)]
        start = 0
        for when, raw, day in own:
            end = sent.find(raw, start) + len(raw)
            part = sent if len(own) == 1 else sent[start:end].strip(" ,;")
            out.append(Event(when, raw, part, chunk, day))
            start = end
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
            if (dates(sent) or _MONTH_YEAR.search(sent)) and _metadata_patterns()[3].search(sent):
                # "The paper dates the MoU to 22 August 2023." is completed by "It was signed on 21 August; …",
                # the sentence after it in the same paragraph or list item (the next item is another matter)
                nxt = sents[i + 1] if i + 1 < len(sents) and same_paragraph(chunk.text, raw[i], raw[i + 1]) else ""
                if nxt and _MONTH.search(nxt) and not (dates(nxt) and _metadata_patterns()[3].search(nxt)):
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
    for key, dated in (("timeline_events", events(chunks)), ("timeline_publication", publication_dates(chunks))):
        section = Section(ph[key])
        for e in dated:  # (one date, one group: the lines of the same day are listed under it)
            n = report.cite(e.chunk, e.sentence)
            when = e.shown(lang)
            line = ph["timeline_glossary"].format(term=e.chunk.section, quote=e.sentence) \
                if e.chunk.kind == "glossary" else frame_quote(e.chunk, e.sentence, lang)
            section.statements.append(Grouped(f"{when}: {line}", [n], group=when))
        report.sections.append(section)
    diff = Section(ph.get("timeline_differences", "Where the sources differ"))
    for sent, chunk in differences(chunks):
        n = report.cite(chunk, sent)
        diff.statements.append(Statement(frame_quote(chunk, sent, lang), [n]))
    if diff.statements:
        report.sections.append(diff)
    report.verify()
    return report
