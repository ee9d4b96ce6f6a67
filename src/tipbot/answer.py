"""What every answerer shares: the ``Answerer`` interface, the draft it returns (statements with citation
numbers), the context it may consult, and the framing of quotes by kind of source.

The answerers themselves live in ``tipbot.answering`` (the default extractive reader) and ``tipbot.llm``.
"""

from __future__ import annotations

import json
import math
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources

from . import rx
from .citations import CitationIndex
from .keyword import tokenize
from .present import short_title
from .query import QueryPlan
from .schema import Chunk, Citation, Passage
from .verify import figures


@dataclass
class Statement:
    """One line of an answer: a claim with its citation numbers, or framing that makes no claim of fact."""

    text: str
    cites: list[int] = field(default_factory=list)
    framing: bool = False

    def render(self) -> str:
        marks = "".join(f"[{n}]" for n in self.cites)
        return f"{self.text} {marks}".strip()


@dataclass
class Draft:
    statements: list[Statement]
    citations: list[Citation]
    refused: bool = False
    corrected: bool = False  # the refusal corrects the question's premise (what the sources say instead)
    bullets: bool = False
    notes: list[str] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)

    def render(self) -> str:
        lines = [s.render() for s in self.statements]
        if self.bullets:
            return "\n".join(line if s.framing else f"- {line}" for s, line in zip(self.statements, lines, strict=True))
        return "\n".join(lines)


class Answerer(ABC):
    """Turns a question and its passages into a draft answer with citations."""

    name: str = "base"

    @abstractmethod
    def answer(self, question: str, plan: QueryPlan, passages: list[Passage], context: AnswerContext) -> Draft: ...


def paper_front(chunks: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """The paper's passages in order, split before its first numbered section: the front matter (title block,
    article info, abstract, the corresponding author) and the body."""
    paper = sorted((c for c in chunks if c.kind == "paper"), key=lambda c: c.order)
    first = next((n for n, c in enumerate(paper) if rx.match(r"^\d", c.section or "")), len(paper))
    return paper[:first], paper[first:]


# a run of capitalised words, with lower-case function words inside it ("Directorate for the Protection of
# Indonesian Citizens", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak")
_NAME_INNER_WORDS = frozenset({"of", "for", "the", "and", "on", "dan", "&"})
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+(?:(?:" + "|".join(map(re.escape, sorted(
    _NAME_INNER_WORDS))) + r")[ \t]+)*[A-Z][\w'’-]*)*")
# the words that open a sentence, capitalised there only, which open no name ("The Kapolri", "Its Karo Penmas")
_NAME_OPENERS = frozenset({"the", "a", "an", "its", "this", "that", "these", "those", "their", "his", "her", "in",
                           "on", "at", "by", "for", "of", "and", "or", "but", "yang", "di", "ke", "dari", "dan"})


@dataclass
class AnswerContext:
    """What an answerer may consult besides the passages: the whole store's chunks and the citation index."""

    chunks: list[Chunk]
    citation_index: CitationIndex | None
    idf: dict[str, float]
    sentence_vectors: dict = field(default_factory=dict)  # (chunk id, sentence) -> vector
    store_figures: frozenset[str] = frozenset()  # every figure written in the store (digits only)
    store_places: frozenset[str] = frozenset()  # the cities and regions the store names (a gazetteer)

    @cached_property
    def venue_names(self) -> list[tuple[frozenset[str], tuple[str, ...]]]:
        """For each reference record, the tokens of its venue's short names (an acronym, "VOA", or a short name in
        brackets, "(Setkab)"; not the venue's ordinary words) and the tokens of its key's names ("wardah"): a source
        a question names by its outlet (``answering.extractive.outlet_sources``), read once per store."""
        if self.citation_index is None:
            return []
        out = []
        for key, ref in self.citation_index.references.items():
            venue = str(ref.get("venue") or "")
            names = [*rx.findall(r"\b[A-Z]{3,}\b", venue), *rx.findall(r"\(([A-Z][a-z]+)\)", venue)]
            out.append((frozenset(t for name in names for t in tokenize(name)),
                        tuple(t for t in tokenize(key) if not t.isdigit())))
        return out

    @cached_property
    def store_names(self) -> dict[str, str]:
        """The names the store writes capitalised and never in lower case, by their lower-case form ("phnom penh" →
        "Phnom Penh", "kbri" → "KBRI", "indonesian migrant workers union" → "Indonesian Migrant Workers Union"):
        runs of capitalised words (function words inside: "Directorate for the Protection of …") and their parts,
        and words of two capitals or more ("MoU"); not a run that opens with a function word ("The Kapolri").
        Where a question typed in lower case names them (``answering.analysis.recaser``,
        ``answering.answerability.store_name``)."""
        from .answering.analysis import cities  # (the reader's gazetteer; imported late, as the reader is)

        towns = {town for names in cities().values() for town in names if " " not in town}
        found: dict[str, str] = {}
        for c in self.chunks:
            for m in _CAPITALISED_RUN.finditer(c.text):
                run = m.group(0).split()
                for i, first in enumerate(run):
                    for j in range(i + 1, len(run) + 1):
                        part = run[i:j]
                        if not (first[0].isupper() and part[-1][0].isupper()) or first.lower() in _NAME_OPENERS:
                            continue
                        if len(part) == 1 and sum(ch.isupper() for ch in first) < 2 and first not in towns:
                            continue  # (a single word is a name when it has two capitals, "KBRI", "MoU", or is a
                            # town of the gazetteer, "Poipet")
                        found.setdefault(" ".join(w.lower() for w in part), " ".join(part))
        firsts: dict[str, set[int]] = {}
        for key in found:
            firsts.setdefault(key.split()[0], set()).add(key.count(" ") + 1)
        lowered: set[str] = set()
        for c in self.chunks:
            toks = rx.findall(r"[\w'’-]+", c.text)
            low = [t.lower() for t in toks]
            for p, w in enumerate(low):
                for n in firsts.get(w, ()):
                    key = " ".join(low[p:p + n])
                    seg = toks[p:p + n]
                    if key in found and not (seg[0][0].isupper() and seg[-1][0].isupper() and all(
                            t[0].isupper() or t.lower() in _NAME_INNER_WORDS for t in seg)):
                        lowered.add(key)  # (written in lower case somewhere: no name)
        return {k: v for k, v in found.items() if k not in lowered}

    @cached_property
    def store_bigrams(self) -> frozenset[tuple[str, str]]:
        """Every pair of adjacent tokens the store writes (text, titles, headings): whether a name of several
        words ("Global Slavery Index") occurs as a phrase, not only word by word."""
        out: set[tuple[str, str]] = set()
        for c in self.chunks:
            for text in (c.text, c.title or "", c.section or ""):
                toks = tokenize(text)
                out.update(zip(toks, toks[1:], strict=False))
        return frozenset(out)

    @cached_property
    def paper_texts(self) -> tuple[str, tuple[str, ...]]:
        """The paper's front matter as one text and its body passages, each with its heading (``paper_front``):
        where a name only the title block holds is told apart from one the paper speaks of."""
        front, body = paper_front(self.chunks)
        return " ".join(f"{c.section} {c.text}" for c in front), tuple(f"{c.section} {c.text}" for c in body)

    @cached_property
    def source_identities(self) -> dict[str, tuple[str, str]]:
        """What each source is, by its id: its reference record (authors, title, venue) and, for a source with a
        digest, the digest's opening passage ("What the source is": the event, place and date it reports). A
        passage of a digest is about what its opening says; a sentence of the paper that cites a source speaks on
        that source's authority ("62 victims (Arbar, 2022)" is CNBC Indonesia's figure), but not of what else the
        source reports."""
        records: dict[str, str] = {}
        if self.citation_index is not None:
            for key, ref in self.citation_index.references.items():
                records[key] = " ".join(str(ref.get(f) or "") for f in ("authors", "title", "venue"))
        openings: dict[str, Chunk] = {}
        for c in self.chunks:
            if c.kind == "digest" and (c.source_id not in openings or c.order < openings[c.source_id].order):
                openings[c.source_id] = c
        return {sid: (records.get(sid, ""), openings[sid].text if sid in openings else "")
                for sid in {*records, *openings}}

    @cached_property
    def date_differences(self) -> list[tuple[str, Chunk]]:
        """The digests' sentences that set the paper's date of an event against another (``timeline.differences``),
        found once per store."""
        from .timeline import differences  # (the timeline reads dates with this module's helpers)

        return differences(self.chunks)

    @cached_property
    def proper_names(self) -> frozenset[str]:
        """Every name of two to four capitalised words the store writes ("Foreign Ministry", "Polda Metro Jaya"),
        lower-cased: a body a user may type in lower case."""
        pattern = rx.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+){1,3}\b")
        return frozenset(m.group(0).lower() for c in self.chunks if c.kind != "reference"
                         for m in pattern.finditer(c.text))

    @cached_property
    def store_editions(self) -> dict[int, frozenset[str]]:
        """For each numbered edition the store names ("the 17th AMMTC", "KTT ke-42"), the words beside its number:
        which event or document of that number the sources speak of."""
        from .answering.analysis import editions, word_editions  # (the reader's own reading of an edition)

        out: dict[int, set[str]] = {}
        for c in self.chunks:  # (an Indonesian title's "KTT ke-42" is named in both languages)
            for n, name in [*editions(c.text, "en"), *editions(c.text, "id")]:
                out.setdefault(n, set()).update(tokenize(name))
            # a meeting counted by a word ("its first meeting was held in Indonesia") is named by its sentence
            for sentence in rx.split(r"(?<=[.;!?])\s+", c.text):
                for n, _ in word_editions(sentence, "en"):
                    out.setdefault(n, set()).update(tokenize(sentence))
        return {n: frozenset(toks) for n, toks in out.items()}

    @cached_property
    def sentence_windows(self) -> list[frozenset[str]]:
        """The tokens of every run of three adjacent sentences of a passage, without its in-text citations: what
        the sources report together (two bodies named in one run take part in one event or are set side by
        side; a citation "(SBMI, 2023)" names where it is from, not who took part)."""
        from .answering.analysis import sentences_of
        from .answering.selection import CITATION

        out = []
        for c in self.chunks:
            if c.kind == "reference":
                continue
            sentences = [set(tokenize(CITATION.sub(" ", s))) for s in sentences_of(c.text)]
            # (every sentence of a digest is about its source: the source's author and year, its id, go with it —
            # "the meeting that Wahyu (2023) reports" names the source, not a second party)
            source = set(tokenize(c.source_id.replace("-", " "))) if c.kind == "digest" else set()
            for i in range(max(1, len(sentences) - 2)):
                out.append(frozenset().union(source, *sentences[i:i + 3]))
        return out

    @cached_property
    def digest_texts(self) -> list[tuple[str, frozenset[str], frozenset[str]]]:
        """Each digest's source name (its id's lead, "unodc" of "unodc-2020") with the tokens of its title and of
        its whole text: a digest tells all it says of the source it is about ("what the UNODC Global Report says
        about female victims" is told where the digest of that report speaks of them, sentences from its title)."""
        from .answering.selection import CITATION

        texts: dict[str, list[str]] = {}
        titles: dict[str, str] = {}
        for c in self.chunks:
            if c.kind == "digest":
                texts.setdefault(c.source_id, []).append(CITATION.sub(" ", c.text))
                titles[c.source_id] = c.title
        return [(k.split("-")[0].lower(), frozenset(tokenize(titles[k])), frozenset(tokenize(" ".join(v))))
                for k, v in texts.items()]

    @cached_property
    def cited_authors(self) -> dict[str, str]:
        """The authors' names by which the paper cites its sources (each reference record's in-text citations,
        "(Anderson, 2021)"), by their lower-case form: a question typed in lower case names a work by one before
        its year ("sumber anderson 2021", ``answering.analysis.recaser``)."""
        from .answering.analysis import CITED_AS  # (the reader's pattern; imported late, as the reader is)

        return {author.lower(): author for c in self.chunks if c.kind == "reference"
                for line in c.text.splitlines() if line.lstrip("-* ").startswith("In-text citation:")
                for author, _ in CITED_AS.findall(line)}

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word the store writes in lower case: a capitalised word outside it is a name."""
        return frozenset(w for c in self.chunks if c.kind != "reference"
                         for w in rx.findall(r"\b[a-z][a-z]+\b", c.text))


@lru_cache(maxsize=1)
def phrases() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("tipbot").joinpath("data/phrases.json").read_text(encoding="utf-8"))


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], start=1)}
_MONTHS.update({"januari": 1, "februari": 2, "maret": 3, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
                "oktober": 10, "desember": 12})
# (the abbreviations either language writes: "22 Feb 2023", "4 Sept 2023", "17 Agt 2023", "Okt", "Des")
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "agu": 8, "agt": 8, "agst": 8,
                "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "des": 12})
MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))  # a month's name or abbreviation, either language
MONTH_PREFIXES = frozenset(m[:3] for m in _MONTHS)  # English and Indonesian months, as their abbreviations begin
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\.?\s+(\d{{4}})\b", re.I)
_DATE_MDY = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)


_MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)


def find_months(text: str) -> list[tuple[date, str]]:
    """The months named with their year and no day ("May 2023", "Sept 2023"), as the first of the month: an
    event the sources date only to its month ("the 43rd Summit in Jakarta, Sept 2023")."""
    days = [m.span() for pat in (_DATE_DMY, _DATE_MDY) for m in pat.finditer(text)]
    return [(date(int(m.group(2)), _MONTHS[m.group(1).lower()], 1), m.group(0)) for m in _MONTH_YEAR.finditer(text)
            if not any(a <= m.start() < b for a, b in days)]


def find_dates(text: str) -> list[tuple[date, str]]:
    out = []
    for m in _DATE_DMY.finditer(text):
        out.append((date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))), m.group(0)))
    for m in _DATE_MDY.finditer(text):
        out.append((date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))), m.group(0)))
    return out


def frame_quote(chunk: Chunk, quote: str, lang: str = "en") -> str:
    """A verbatim sentence with what it is: the paper, a digest (a summary, not the source), a reference
    record, the glossary or the user's document, named by its title (the verifier does not take the numbers of a
    title for claimed figures)."""
    lang = lang if lang in phrases() else "en"
    key = chunk.kind
    # a title whose numbers the passage lacks is left to the source list: an answer's text states no figure that
    # its cited passage does not hold, not even in a source's name
    if chunk.kind in ("digest", "user") and not set(figures(chunk.title)) <= set(figures(chunk.text)):
        key = f"{chunk.kind}_untitled"
    table = phrases()[lang]
    return table.get(key, table[chunk.kind]).format(quote=quote.rstrip(), title=short_title(chunk.title, 90))


def idf_table(chunks: list[Chunk]) -> dict[str, float]:
    df: dict[str, int] = {}
    for c in chunks:
        for t in set(tokenize(c.embed_text())):
            df[t] = df.get(t, 0) + 1
    n = max(len(chunks), 1)
    return {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
