"""Evidence selection: rank the sentences of the retrieved passages by general signals and choose a set.

Signals (weights are named constants; ``tipbot eval --compare`` switches each off to show what it adds):
the sentence's e5 similarity to the question (vectors stored at ingest), its idf-weighted coverage of the
question's terms (the BM25 view at sentence level), its coverage of the question's constraints, and its fit to the
expected answer type. Lists come from the text's own structure where it has one; summaries and comparisons are
chosen with MMR across passages and sections.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .. import rx
from ..answer import _MONTHS, MONTH_PREFIXES, MONTH_RE
from ..chunking import chunk_sentences
from ..keyword import tokenize, word_family
from ..query import translate_terms
from ..schema import Chunk, Passage
from ..verify import content_figures, figure_key
from .analysis import (
    DOCUMENT_KINDS,
    NUMBER_WORDS,
    YEAR_SPAN,
    Question,
    all_stopwords,
    asked_office,
    asks_chair,
    asks_percent,
    countries,
    countries_in,
    country_forms_pattern,
    either_language,
    generic_units,
    holds_phrase,
    list_noun,
    locatives,
    office_pattern,
    outside_names,
    phrase_pattern,
    stopwords,
    synonym_groups,
    words,
)

# -- weights (each one has an ablation switch in ReaderConfig) -------------------------------------------------
W_MEANING = 0.45  # e5 cosine of sentence and question, min-max scaled over the candidate pool
W_TERMS = 0.35  # idf-weighted share of the question's terms the sentence (or its heading) holds
W_CONSTRAINTS = 0.2  # share of the question's constraints (names, years, numbers, places, documents) it holds
W_TYPE = 0.3  # fit to the expected answer type (a number for "how many", a date for "when", …)
W_DEFINES = 0.15  # the glossary entry of a term the question names ("what is SIMFONI PPA …")
SUMMARY_FACT = 0.25  # type fit of a sentence that reports a figure or a date, when the question asks for a summary
W_RANK = 0.05  # the retriever's order, as a tie-breaker
# Records (reference entries, glossary entries) answer questions about sources and terms; for anything else they
# are a last resort behind the paper and the digests of its sources.
KIND_PRIOR = {"paper": 0.08, "digest": 0.0, "glossary": -0.1, "user": 0.08, "reference": -0.15}
PAPER_WANTED = 0.1  # a question that names the paper ("according to the paper") lowers the other kinds by this
LOCAL_WINDOW = 60  # characters either side of a figure or date that count as its context
LIST_RELEVANCE = 0.9  # an enumerating sentence answers a list question if it is this close to the best sentence
ENUM_MATCH = 0.5  # a sentence enumerating as many items as a question's part counts ("the four strategies")
MMR_LAMBDA = 0.7  # relevance against novelty when several sentences are chosen (lists, summaries)

_DATE = re.compile(
    r"\b(\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mei|agu|okt|des)[a-z]*\.?,?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|"
    r"maret|mei|juni|juli|agustus|oktober|desember)\s+\d{4})\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?=s?\b)")
LAW_KINDS = r"Law|Regulation|Act|Decree|Perpres|UU|Undang-Undang|Peraturan"  # the words that open a law's reference


def law_with_year(reach: int) -> str:
    """The pattern of a law's or regulation's reference with its year, the year its one group ("Law No. 12/2017",
    "Law No. 12 of 2017", "UU Nomor 5 Tahun 2009"), with at most ``reach`` characters between its kind and its
    number."""
    return rf"(?:{LAW_KINDS})\b[^;()]{{0,{reach}}}?\d+\s*(?:/|of|Tahun)\s*((?:19|20)\d\d)\b"
_LAW_REF = re.compile(rf"\b(?:{LAW_KINDS})\b[^.]{{0,40}}?"
                      r"\b(?:Number|No\.?|Nomor)\s*\d+|\b(?:UU|Perpres|Law)\s*\d+\s*/\s*\d{4}", re.I)
# a provision's number, or a range or list of them, names it: "Article 58", "Articles 43–55", "Articles 5, 6 and 10"
_PROVISION_REF = re.compile(r"\b(?:Articles?|Art\.|Pasal|Chapters?|Bab)\s*\d+(?:\s*(?:[–,-]|to|and|dan|sampai)\s*\d+)*",
                            re.I)
_LAW_YEAR = re.compile(r"\s+(?:of|Tahun|Year)\s+(\d{4})", re.I)  # the year after a law's number: "of 2006"
# the year after a law's number, written either way: "/2017", "of 2006" (the year is the first group that matched)
LAW_YEAR_AFTER = re.compile(rf"\s*/\s*(\d{{4}})|{_LAW_YEAR.pattern}", re.I)
CITATION = re.compile(r"\([^()]*\b(?:19|20)\d\d[a-z]?\)")  # "(POLRI, 2023)", "(Wardah, 2023)"
ITEM_NUMBER = r"(?<![\w(])\d{1,2}\)"  # the number that opens an enumerated item: "4) in the May 2023 report …"
# (a name does not run on into a date: "the Republic of Indonesia Police on July 5 2023" names the police; a comma
# joins its parts where a serial list of capitalised words follows: "Minister for Political, Legal and Security
# Affairs")
_NAME = re.compile(r"\b(?:[A-Z][A-Za-z'’-]+|[A-Z]{2,})(?:(?:\s+(?:of|for|and|on|the|in|dan)?\s*|,\s+(?=(?:[A-Z][\w'’-]*"
                   r",\s+)*[A-Z][\w'’-]*\s+and\s+[A-Z]))"
                   rf"(?!(?i:{MONTH_RE})\.?\s+\d)(?:[A-Z][A-Za-z'’-]+|[A-Z]{{2,}}))*")
# a sentence that opens with a demonstrative or a personal pronoun points back to the sentence before it
POINTS_BACK = re.compile(r"^(this|these|that|those|it|they|such|its|their|he|she|his|her|ini|itu|tersebut|dia|ia|"
                         r"beliau|mereka)\b", re.I)
# a sentence that opens with a pronoun for the subject of the sentence before ("It did so to …", "Mereka …"; narrower
# than POINTS_BACK, which also takes a possessive or "such" before a noun)
ANAPHORIC_SUBJECT = re.compile(r"^(?:it|they|this|these|he|she|ia|dia|mereka|hal ini)\s", re.I)
# an identity statement that points back: "This team is the …", "Tim ini adalah …" (what the sentence before it
# speaks of, named)
IDENTIFIES = re.compile(r"^(?:(?:this|these|that|those|such)\s+(?:[\w-]+\s+){1,3}?"
                        r"|(?:[\w-]+\s+){1,3}?(?:ini|itu|tersebut)\s+)"
                        r"(?:is|was|are|were|is called|is known as|adalah|ialah|merupakan|disebut|dikenal sebagai)\s"
                        r"(?!(?:[\w-]+ed|[\w-]+en|being|done|held|made|also|not|di[\w-]+)\b)",  # (not a passive)
                        re.I)
_ENUM = re.compile(r"(?:^|\s)(?:\(?\d{1,2}\)|\(?[a-e]\)|first(?:ly)?,|second(?:ly)?,|third(?:ly)?,|pertama,|kedua,)")


ITEM_MARK = re.compile(r"(?<![\w(])\d{1,2}\)\s")  # "2) The target …": an item of an enumerating sentence


def enumerated_items(text: str) -> list[str]:
    """The items of a sentence that enumerates "1) … 2) … 3) …" (the text before the first, if any, too); the
    sentence whole when it enumerates nothing."""
    return [x for x in ITEM_MARK.split(text) if x.strip()]


def other_items_blanked(text: str, q: Question) -> str:
    """``text`` with the items of its enumeration ("1) … 2) …") blanked (offsets kept) whose citations cite none
    of the works the question names, when another item's cite one: of "… 2) 62 victims (Arbar, 2022), … 4) in the
    May 2023 report … (Wardah, 2023)", a date asked of Arbar's article is not item 4's. Unchanged when it
    enumerates nothing or no item (or every item) cites a name."""
    marks = [m.start() for m in ITEM_MARK.finditer(text)]
    if not marks or not q.constraints.names:
        return text
    bounds = list(zip([0, *marks], [*marks, len(text)], strict=True))
    held = [any(has_constraint(c.group(0), n) for c in CITATION.finditer(text[a:b]) for n in q.constraints.names)
            for a, b in bounds]
    if not any(held) or all(held):
        return text
    return "".join(text[a:b] if keep else " " * (b - a) for (a, b), keep in zip(bounds, held, strict=True))


def enumerates(text: str) -> bool:
    """The sentence carries an enumeration marker ("(1)", "2)", "first,"); a bare "64)" that closes a parenthesis
    opened before it ("(State Gazette 2006 No. 64)") ends an aside and marks nothing."""
    for m in _ENUM.finditer(text):
        mark, at = m.group(0).strip(), m.start()
        if mark.endswith(")") and not mark.startswith("(") and text.rfind("(", 0, at) > text.rfind(")", 0, at):
            continue
        return True
    return False


@dataclass
class ReaderConfig:
    """Which signals the reader uses; the ablations of ``tipbot eval --compare`` turn one off at a time."""

    meaning: bool = True
    terms: bool = True
    constraints: bool = True
    type_fit: bool = True
    structure: bool = True  # lists from numbered items, headings, enumerating sentences
    mmr: bool = True
    parts: bool = True  # each part of a multi-part question gets a sentence of its own


ABLATIONS = {
    "no-meaning": ReaderConfig(meaning=False),
    "no-terms": ReaderConfig(terms=False),
    "no-constraints": ReaderConfig(constraints=False),
    "no-type-fit": ReaderConfig(type_fit=False),
    "no-structure": ReaderConfig(structure=False),
    "no-mmr": ReaderConfig(mmr=False),
    "no-parts": ReaderConfig(parts=False),
}


@dataclass
class Evidence:
    """One sentence of a passage, with how well it answers the question."""

    text: str
    passage: Passage
    position: int  # the sentence's index in its chunk
    tokens: set[str]
    score: float = 0.0
    similarity: float | None = None
    vector: np.ndarray | None = None
    parts: dict[str, float] = field(default_factory=dict)
    identity: str = ""  # what its source is (``AnswerContext.source_identities``): context for its constraints

    @property
    def chunk(self) -> Chunk:
        return self.passage.chunk


def idf_coverage(tokens: set[str], q_tokens: set[str], idf: dict[str, float]) -> float:
    """The idf-weighted share of the question's terms found in ``tokens`` (terms unknown to the store count
    nothing either way: users' synonyms must not sink a good sentence). The words of one synonym group are one
    term ("formed", "set up", "established" …), weighted by its rarest word the store knows, and held when any
    of them is: a group of many words must not outweigh the question's other terms."""
    return held_share(tokens, unit_weights(q_tokens, idf))


def unit_weights(q_tokens: set[str], idf: dict[str, float]) -> tuple[list[tuple[float, list[str]]], float]:
    """The weight of each of the question's term units the store knows (``idf_coverage``), and their total:
    computed once per question by ``candidates``, which measures every sentence against the same terms."""
    units = [[t for t in unit if t in idf] for unit in term_units(frozenset(q_tokens))]
    weighted = [(max(idf[t] for t in unit), unit) for unit in units if unit]
    # (math.fsum: the same float whatever order the set gives, which PYTHONHASHSEED changes between processes)
    return weighted, math.fsum(w for w, _ in weighted)


def held_share(tokens: set[str], weights: tuple[list[tuple[float, list[str]]], float]) -> float:
    """The share of ``unit_weights``' total that the units ``tokens`` holds carry."""
    weighted, total = weights
    held = tokens.__contains__
    return math.fsum(w for w, unit in weighted if any(map(held, unit))) / total if total else 0.0


@lru_cache(maxsize=512)
def term_units(q_tokens: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The question's terms as units: each synonym group the terms touch is one unit, each other term its own
    (sorted, so the partition does not depend on set order)."""
    units: list[set[str]] = []
    rest = set(q_tokens)
    for group in synonym_groups():
        held = rest & group
        if held:
            units.append(held)
            rest -= held
    units += [{t} for t in rest]
    return tuple(sorted(tuple(sorted(u)) for u in units))


NAME_SHARE = 0.6  # a name is held when this share of its words (or of its glossary expansion's) is present


_CONTEXT_NOTE = re.compile(r"^(?:Anomaly:\s*)?Context\b[^:]{0,60}:", re.I)


def is_record_note(ev: Evidence) -> bool:
    """Whether a sentence is a note the knowledge base keeps on a reference's record ("Anomaly: …"), not the
    record's own data."""
    return ev.chunk.kind == "reference" and ev.text.startswith("Anomaly: ")


def is_content(ev: Evidence) -> bool:
    """Whether a sentence may be an answer's content: any passage's but a reference record's, except the record's
    context notes ("Context from public reporting (not this source): …"), which report what the knowledge base
    adds on the source's subject (dates, later counts, who chaired a meeting) and say they are not the source."""
    return ev.chunk.kind != "reference" or bool(_CONTEXT_NOTE.match(ev.text))


def glossary_aliases(names: list[str], chunks) -> dict[str, list[str]]:
    """English expansions of the names a question uses, from glossary entries whose term the name contains
    ("Satgas TPPO Polri" → "Trafficking in Persons Task Force"): passages often spell an acronym out."""
    entries = [(c.section, _glossary_entry(c.section, c.text)) for c in chunks
               if c.kind == "glossary" and len(c.section) >= 3 and ":" in c.text]
    out: dict[str, list[str]] = {}
    for name in names:
        low = name.lower()
        ministry = institution_form(low)
        for section, (expansion, term, local) in entries:
            # the entry's Indonesian form ("In Indonesian: Indeks Pembangunan Gender") names the same thing, and so
            # do the initials of its English expansion ("GDI" for the Gender Development Index, the entry "IPG")
            if local == low or (expansion and len(low) >= 3 and low == initials(expansion) and not term.search(low)):
                out.setdefault(name, []).extend([section, *([expansion] if expansion else [])])
            elif term.search(low) and expansion:
                out.setdefault(name, []).append(expansion)
            elif ministry and any(term.search(m) for m in ministry):
                # (a minister's title names the ministry's entry: "Menko Polhukam" → Kemenko Polhukam)
                out.setdefault(name, []).extend([section, *([expansion] if expansion else [])])
    return out


def initials(expansion: str) -> str:
    """The initials of a name's capitalised words, lower case ("Gender Development Index" → "gdi")."""
    return "".join(w[0] for w in rx.findall(r"[A-Z][\w-]*", expansion)).lower()


@lru_cache(maxsize=1)
def _minister() -> re.Pattern:
    titles = sorted(words()["minister_titles"], key=len, reverse=True)
    return rx.compile(r"\b(" + "|".join(map(re.escape, titles)) + r")\b\s*(.*)", re.I)


def institution_form(name: str) -> list[str]:
    """The ministry an Indonesian minister's title names, as the sources write ministries (the ke- form):
    "menko polhukam" → kemenko polhukam, "menteri pppa" → kementerian pppa / kemenpppa, "menlu" → kemenlu."""
    m = _minister().search(name)
    if m is None:
        return []
    title, rest = m.group(1).lower(), m.group(2).strip()
    if title == "menteri":
        return [f"kementerian {rest}".strip(), f"kemen{rest.replace(' ', '')}", f"kemen {rest}".strip()]
    return [f"ke{title} {rest}".strip()]


def bracketed_aliases(text: str, names: list[str]) -> dict[str, list[str]]:
    """The short form a question writes in brackets after a name ("Kepala Biro Penerangan Masyarakat (Karo
    Penmas)", "Komite Nasional … (NCCT)"), or the full name it writes after a short one: the same thing."""
    return {name: [form] for name in names if (form := bracketed_after(text, name, 40))}


def bracketed_after(text: str, name: str, reach: int) -> str:
    """What ``text`` writes in brackets within ``reach`` characters after ``name`` (in the same clause), when it
    is another name — not a cited work's year or a page ("Anderson (2021)", "(p. 4)"); "" otherwise."""
    m = rx.search(rf"\b{re.escape(name)}[^()?.;]{{0,{reach}}}?\(([^()]{{2,60}})\)", text, re.I)
    if m and rx.search(r"[A-Za-z]{2,}", m.group(1)) and not rx.search(r"\b(?:19|20)\d\d\b", m.group(1)):
        return m.group(1).strip()
    return ""


@lru_cache(maxsize=1024)
def _glossary_entry(section: str, text: str) -> tuple[str, re.Pattern, str | None]:
    """A glossary entry's expansion, its term as a whole-word pattern and its Indonesian form, parsed once."""
    expansion = rx.sub(r"\([^)]*\)", " ", text.split(":", 1)[1].split(".")[0]).strip()
    local = rx.search(r"In Indonesian:\s*([^.;(]+)", text)
    return (expansion, rx.compile(rf"(?<![\w-]){re.escape(section.lower())}(?![\w-])"),
            local.group(1).strip().lower() if local else None)


_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def undot(text: str) -> str:
    """Dotted abbreviations written without their dots ("U.S." → "US", "U.N." → "UN"): one name, two spellings."""
    return _DOTTED.sub(lambda m: m.group(0).replace(".", "") + " ", text)


def _holds_name(tokens: set[str] | frozenset[str], name: str) -> bool:
    want = _name_tokens(name)
    if want and len(want & tokens) >= NAME_SHARE * len(want):
        return True
    bare = bare_name_tokens(name)
    return bool(bare) and bare <= tokens


@lru_cache(maxsize=2048)
def bare_name_tokens(name: str) -> frozenset[str]:
    """A person's own name in a name given with an office or a country before it ("Kapolri Kamboja Neth
    Savoeun" → Neth Savoeun, "Menlu Retno" → Retno): the sources name the person in their own words ("Cambodian
    police chief Gen. Neth Savoeun"). Empty when nothing is left, or no capitalised word."""
    rest = office_pattern().sub(" ", name)
    if rest == name or not rx.search(r"\b[A-Z][a-z]", rest):
        return frozenset()
    return _name_tokens(rest) - _country_tokens()


@lru_cache(maxsize=1)
def _country_tokens() -> frozenset[str]:
    """The tokens of every form of every country's name ("kamboja", "cambodian"), built once."""
    return frozenset(t for c in countries() for t in tokenize(c))


@lru_cache(maxsize=8192)
def _name_tokens(text: str) -> frozenset[str]:
    """The tokens of ``text`` with its abbreviations undotted; cached: ``has_constraint`` asks it of every
    candidate sentence for each of the question's constraints."""
    return frozenset(tokenize(undot(text)))


@lru_cache(maxsize=1)
def _COUNTRY_NAMES() -> frozenset[str]:  # noqa: N802 - a constant, built once
    return frozenset(countries().values())


_ADDRESS_NEXT = re.compile(r",[ \t]+((?:[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){0,2})(?=[,.;:)*_]|\s*$|\s+[a-z(])")


@lru_cache(maxsize=1)
def _located() -> re.Pattern:
    # (a digest marks a name in Markdown: "at the Hotel Horison in **Bekasi, West Java**")
    return rx.compile(rf"\b(?:{locatives()})[ \t]+[*_]{{0,2}}((?:[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){{0,2}})")


def located_places(text: str) -> list[str]:
    """The places ``text`` names after a locative preposition ("in Labuan Bajo", "di Jakarta"), each with the
    larger places of its address ("…, East Nusa Tenggara, Indonesia"); not a month ("in May", "pada Agustus"),
    which dates."""
    return [p for m in _located().finditer(text) if m.group(1).split()[0].lower() not in _MONTHS
            for p in address(text, m)]


def asked_places(text: str, gazetteer: frozenset[str]) -> list[str]:
    """The places a question puts its subject in: those after a locative, and a place of the store's gazetteer
    typed in lower case after one ("in labuan bajo", "di phnom penh"): users do not capitalise."""
    found = located_places(text)
    low = text.lower()
    typed = [p for p in sorted(gazetteer) if p not in found and rx.search(
        rf"\b(?:{locatives()})\s+(?:the\s+)?{re.escape(p.lower())}\b", low)]
    return [*found, *typed]


def address(text: str, m: re.Match) -> list[str]:
    """The place a locative's match names (group 1), then the larger places an address names after it: "in Labuan
    Bajo, East Nusa Tenggara, Indonesia"."""
    out, pos = [m.group(1)], m.end()
    while (more := _ADDRESS_NEXT.match(text, pos)) is not None:
        out.append(more.group(1))
        pos = more.end()
    return out


def has_constraint(text: str, item: str, aliases: dict[str, list[str]] | None = None) -> bool:
    """Whether ``text`` satisfies one constraint: a name (most of its words, or of its glossary expansion's), a
    year, a number in any separator style, a document key (its number and year), or a country (any name)."""
    if _DOCUMENT_KEY.fullmatch(item):
        # (its number and its year written as one reference, "12/2017", "No. 12 of 2017", "Nomor 12 Tahun 2017":
        # a sentence on Law 12/2017 that also says 2015 does not name "Law 12/2015")
        num, year = item.split("/")
        return year in document_years(text, num)
    if _FIGURE_ITEM.fullmatch(item):
        key = figure_key(item)
        return key in _figure_keys(text) or any(w.search(text.lower()) for w in _number_words_of(item))
    if item in _COUNTRY_NAMES():
        return bool(country_forms_pattern(item).search(text.lower()))
    tokens = _name_tokens(text)
    return any(_holds_name(tokens, n) for n in [item, *(aliases or {}).get(item, [])])


def document_years(text: str, number: str) -> list[str]:
    """The years with which ``text`` writes a law or regulation numbered ``number``, as one reference ("12/2017",
    "No. 12 of 2017", "Nomor 12 Tahun 2017")."""
    return rx.findall(rf"(?<![\d.,]){number}\s*(?:/|of|tahun|thn|year)\s*((?:19|20)\d\d)(?!\d)", text, re.I)


# compiled once: ``has_constraint`` runs for every candidate sentence and every constraint of the question
_DOCUMENT_KEY = re.compile(r"\d+/\d{4}")
_FIGURE_ITEM = re.compile(r"[\d.,]+%?")
_NUMERAL = re.compile(r"\d[\d.,]*")


@lru_cache(maxsize=8192)
def _figure_keys(text: str) -> frozenset[str]:
    """The ``figure_key`` of every number written in ``text``."""
    return frozenset(figure_key(f) for f in _NUMERAL.findall(text))


@lru_cache(maxsize=256)
def _number_words_of(item: str) -> tuple[re.Pattern, ...]:
    """The number words that write the figure ``item``: a small number may be written as a word ("for every ten
    victims, five were …"); a percentage may not."""
    key = figure_key(item)
    return tuple(_NUMBER_WORD_RES[w] for w, v in NUMBER_WORDS.items() if str(v) == key and not item.endswith("%"))


def constraint_items(q: Question) -> list[str]:
    c = q.constraints
    return [*c.names, *c.years, *c.numbers, *c.documents, *c.places]


def _local(text: str, spans: list[tuple[int, int]], q_tokens: set[str], idf: dict[str, float]) -> float:
    """The best idf-weighted share of the question's terms in a window around one of ``spans``: in a long
    sentence that lists several figures, the one asked about is the one surrounded by the question's words."""
    best = 0.0
    weights = unit_weights(q_tokens, idf)  # (the same for every span)
    for s, e in spans:
        window = set(tokenize(text[max(0, s - LOCAL_WINDOW): e + LOCAL_WINDOW]))
        best = max(best, held_share(window, weights))
    return best


def outside_law_references(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not start inside a law's or regulation's reference, up to its year, or a provision's:
    its number and its words ("Law Number 13 of 2006", "Undang-Undang Nomor 12 Tahun 2017", "Article 58") name
    it; they count nothing and name no one who acted."""
    laws = [(m.start(), m.end() + (y.end() - y.start() if (y := _LAW_YEAR.match(text, m.end())) else 0))
            for m in _LAW_REF.finditer(text)] + [m.span() for m in _PROVISION_REF.finditer(text)]
    return [(s, e) for s, e in spans if not any(a <= s < b for a, b in laws)]


# a clause of result joined by "so" ("… restricted their movement and work, so most victims left the shelters"):
# the clause before it is the reason for the one after (not "so that", a purpose, listed with the connectives;
# nor "so far", "so-called", "so many")
_RESULT_CLAUSE = re.compile(r",\s+so\s+(?!(?:that|far|called|much|many|on|forth|as)\b)", re.I)
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\bke-?\d+\b", re.I)  # "27th", "ke-17"


def reports_fact(text: str) -> bool:
    """The sentence reports a figure or a date of its own (a citation's year is none, nor an ordinal, which names
    an event or a place in a sequence: "the 27th Summit", "the 30th day"). A summary of factual text keeps such
    sentences: they carry more of what the text says than one that frames or repeats it."""
    plain = ORDINAL.sub(" ", CITATION.sub(" ", text))
    return bool(content_figures(plain) or _DATE.search(plain))


# a count, not a percentage, with its word of magnitude (digests mark figures in bold: "**2,047 were …**")
_COUNT = (r"\**(\d[\d.,]*\d|\d)(?![\d.,]*\s*(?:%|percent|per cent|persen))"
          r"((?:\s+(?:thousand|million|billion|ribu|juta|miliar))?)")


@lru_cache(maxsize=1)
def _part_of_total_patterns() -> tuple[re.Pattern, ...]:
    """``part_of_total``'s orders as patterns (word list ``part_of_total``): total first, part after the total's
    noun, part before its total, and a part after the total's noun with its partitive after it ("336 victims, 159
    of them in fishing")."""
    table = words()["part_of_total"]

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(table[key], key=len, reverse=True))

    gap = r"[^.;%\d]{0,80}?\**"  # (within the clause: no other figure between)
    return (rx.compile(rf"\b(?:{alt('total_first')})\s+{_COUNT}{gap}\b{_COUNT}", re.I),
            rx.compile(rf"\b{_COUNT}{gap},?\s+(?:{alt('part_after')})\s+{_COUNT}", re.I),
            rx.compile(rf"\b{_COUNT}\s+(?:{alt('part_before')})\s+(?:the\s+)?{_COUNT}", re.I),
            rx.compile(rf"\b{_COUNT}{gap},?\s+{_COUNT}\s+(?:{alt('part_after')})\b", re.I))


def part_of_total(text: str, q: Question, idf: dict[str, float]) -> tuple[str, str, tuple[int, int]] | None:
    """A part of a total that a sentence gives as two counts, each with its word of magnitude ("of a total of 21
    million individuals …, there are 11 million victims in …" → ("11 million", "21 million")), and the span of the
    two, when the question names the part by the rarest word of the part's own clause that the total's clause
    lacks, not a generic noun of counting ("Pacific" above: "victims in the Southeast Asia region" do not name it).
    None when the sentence gives none, or the part is not smaller than the total."""
    for k, pattern in enumerate(_part_of_total_patterns()):
        for m in pattern.finditer(text):
            a, b = f"{m.group(1)}{m.group(2)}", f"{m.group(3)}{m.group(4)}"
            (part, p_end), (total, t_end) = ((a, m.end(2)), (b, m.end(4))) if k == 2 else \
                ((b, m.end(4)), (a, m.end(2)))
            if m.group(2).strip().lower() != m.group(4).strip().lower():
                continue  # ("21 million" and "970": not of one magnitude)
            if not _smaller(part, total):
                continue
            if _names_part(text, p_end, t_end, q, idf):
                return part.strip(), total.strip(), m.span()
            if k == 1:
                # (a partitive may govern several coordinated parts: "4,761 complaints, of which 56 were confirmed
                # … and 1,928 showed trafficking indicators" — each later one is a part of the same total too)
                clause = rx.split(r"[;.](?:\s|$)", text[m.end():], maxsplit=1)[0]
                for more in rx.finditer(rf"(?:,\s*|\s+)(?:and|dan|while|sedangkan)\s+{_COUNT}", clause, re.I):
                    extra, end = f"{more.group(1)}{more.group(2)}", m.end() + more.end(2)
                    if more.group(2).strip().lower() == m.group(2).strip().lower() and _smaller(extra, total) \
                            and _names_part(text, end, t_end, q, idf):
                        return extra.strip(), total.strip(), (m.start(), m.end() + more.end())
    return None


# a name and a year after it, as a work is cited or named by users ("POLRI 2023", "Wardah (2023)")
_NAME_YEAR = re.compile(r"\b([A-Z][A-Za-z]+)\s+\(?(?:19|20)\d\d\b")


def names_with_year(text: str) -> bool:
    """Whether the text names something by a name and a year (not a month's or a country's name: "May 2023")."""
    return any(m.group(1).lower()[:3] not in MONTH_PREFIXES and m.group(1).lower() not in countries()
               for m in _NAME_YEAR.finditer(text))


def _smaller(part: str, total: str) -> bool:
    """Whether the count ``part`` is less than the count ``total`` (each with any word of magnitude after it)."""
    try:
        return float(figure_key(part.split(" ")[0])) < float(figure_key(total.split(" ")[0]))
    except ValueError:
        return False


def _given_counts(text: str, q: Question) -> list[tuple[int, int]]:
    """The spans of the counts the question gives (not its years), when the sentence gives every one of them."""
    given = {figure_key(n) for n in q.constraints.numbers if n not in q.constraints.years}
    spans = [(m.start(), m.end()) for m in _NUMERAL.finditer(text) if figure_key(m.group(0).rstrip(".,")) in given]
    found = {figure_key(text[a:b].rstrip(".,")) for a, b in spans}
    return spans if given and found == given else []


def _names_part(text: str, part_end: int, total_end: int, q: Question, idf: dict[str, float]) -> bool:
    """Whether the question uses the rarest word of the clause after the part's count that the total's clause
    lacks."""
    def clause(end: int) -> set[str]:
        return set(tokenize(rx.split(r"[,;.]", text[end:end + 60], maxsplit=1)[0]))

    # (of a question in parts, the part that asks the share names it: "what % showed indicators, and how many were
    # confirmed?" asks the share of those with indicators; the confirmed are the other part's)
    asking = [p for p in q.parts if asks_percent(p)]
    said = asking[0] if len(q.parts) >= 2 and len(asking) == 1 else q.text
    asked = set(tokenize(said))
    if q.language == "id":
        asked |= set(tokenize(" ".join(translate_terms(said))))
    own = {t for t in clause(part_end) - clause(total_end) - generic_units() if t not in all_stopwords()}
    if not own:
        return False
    # (or another form of its word: "indikasi" renders as "indication", the part's clause says "indicators")
    rarest = max(sorted(own), key=lambda t: idf.get(t, 0.0))
    return rarest in asked or bool(word_family(rarest) & {f for t in asked for f in word_family(t)})


PLURAL_STEP = 0.15  # type fit a sentence gains per distinct year it gives, for dates asked in the plural
# a date interrogative asked in the plural: "tahun brp aja", "kapan saja", "which years", "what dates"
PLURAL_DATES = re.compile(r"\b(?:tahun|thn|tanggal|tgl|kapan)\s+(?:(?:berapa|brp)\s+)?(?:aja|saja)\b"
                          r"|\b(?:which|what)\s+(?:years|dates)\b", re.I)
# the words that make "from … to …" a range, not a change ("ranges from 91.24 to 91.54%", "berkisar dari …")
RANGE_BEFORE = re.compile(r"\b(?:range[sd]?|ranging|berkisar|antara|between)\s*$", re.I)
# the two ends of a change a sentence states, "from 9.4% (SHPN, 2016) to 8.7%", "dari 74% menjadi 46%"
FROM_TO = re.compile(r"\b(?:from|dari)\s+(\d[\d.,]*\d|\d)\s*(%|percent|persen)?[^.;:]{0,40}?\s(?:to|ke|menjadi|jadi)"
                     r"\s+(\d[\d.,]*\d|\d)\s*(%|percent|persen)?", re.I)


def stated_changes(text: str) -> list[re.Match]:
    """The changes ``text`` states from one figure to another (``FROM_TO``: "grew from 19 to 24"), not the ranges it
    gives ("ranges from 91.24 to 91.54%")."""
    return [m for m in FROM_TO.finditer(text) if not RANGE_BEFORE.search(text[:m.start()])]


LABEL_KINDS = ("rank", "identifier")  # kinds of quantity (word list quantity_kinds) whose number labels, not counts


def type_fit(ev: Evidence, q: Question, citation_index=None, q_tokens: set[str] | None = None,
             idf: dict[str, float] | None = None, known: set[str] = frozenset()) -> float:
    """How well a sentence has the *kind* of thing the question asks for (0–1); for figures and dates, how well
    the words around them (``q_tokens``: the question's predicate, see ``candidates``) match the question; a date
    of another instrument than those the question's words (``known``, see ``question_known``) name is none."""
    t, text = q.answer_type, ev.text
    if t == "date":  # (a date of another item than the one naming what the question names is another thing's)
        text = other_items_blanked(text, q)
    low = text.lower()
    idf = idf or {}
    q_tokens = q_tokens or set()
    if t in ("quantity", "date"):  # a citation's year is not a date or figure of the text
        text = CITATION.sub(lambda m: " " * len(m.group(0)), text)
    if q.provision and t in ("quantity", "fact"):
        # ("pasal berapa …?", "which article says …?": the number of a provision answers, "under Article 10,
        # witnesses … cannot be prosecuted"; a law's own number does not)
        from .answerability import PROVISION_FORMS

        spans = [(m.start(), m.end()) for m in rx.finditer(
            rf"\b(?:{PROVISION_FORMS.get(q.provision, q.provision)})s?\s+\d+", text, re.I)]
        if not spans:
            return 0.0
        ev.parts["local"] = _local(text, spans, q_tokens, idf)
        return 0.5 + 0.5 * ev.parts["local"]
    if t == "quantity":
        from .answerability import kind_spans, quantity_kind

        figs = set(content_figures(text))
        spans = outside_law_references(text, [(m.start(), m.end()) for m in _NUMERAL.finditer(text)
                                              if m.group(0).rstrip(".,") in figs])
        spans += number_word_spans(low)
        kind = quantity_kind(q)
        if kind in LABEL_KINDS:
            # ("Kamboja … tier brp?": a rank, whose number is a label ("Tier 3"), not a count: "52 … 172 …"; so is
            # an identifier, "ID PubMed-nya brp?": "(ID 24802215)", not "two claims")
            spans = kind_spans(text, kind)
        # (a share written as a fraction answers a share asked: "about half of detected victims")
        written = [(m.start(), m.end()) for m in fractions().finditer(low)] if q.percent else []
        if not spans and not written:
            return 0.0
        if q.percent:
            spans = [(m.start(), m.end()) for m in _PERCENT.finditer(low)] + written
            given = part_of_total(text, q, idf) if not spans else None
            # (a part of a total given as two counts answers a percentage asked of it: it is computed)
            spans = spans or ([given[2]] if given else [])
            if not spans and q.arithmetic == "percent":
                # ("dari 4.761 pengaduan cuma 56 …, brp persen?": the sentence that gives both counts the question
                # gives, however it names the part, is the one the share is computed from)
                spans = _given_counts(text, q)
            if not spans:
                return 0.0
        if q.bound:  # "the minimum term" is not answered by "up to 15 years" (a range gives both bounds)
            spans = [s for s in spans if not other_bound(low, s, q.bound)]
            if not spans:
                return 0.0
        head = head_tokens(q.head, q.language)
        near = any(head & set(tokenize(text[e:e + HEAD_REACH])) for _, e in spans)
        ev.parts["local"] = _local(text, spans, q_tokens, idf)
        if q.change and not q.percent and len(set(q.constraints.years)) < 2:
            # "by how many did it grow?": a sentence stating both ends of a change ("grew from 19 to 24") carries
            # its two operands; a sentence with one figure carries neither. (Not a range, "ranges from 91.24 to
            # 91.54%"; a change between two years the question gives is dated by them)
            ends = [(m.start(), m.end()) for m in stated_changes(text)]
            if ends:
                ev.parts["local"] = _local(text, ends, q_tokens, idf)
                return 0.7 + 0.3 * ev.parts["local"]
        return 0.4 + 0.3 * near + 0.3 * ev.parts["local"]
    if t == "date" and q.period:
        # "what period does it cover", "periode kapan": a span of years answers it ("from 2017 to 2022"), more
        # exactly than any one date of a sentence
        periods = [(m.start(), m.end()) for m in YEAR_SPAN.finditer(text)]
        if periods:
            ev.parts["local"] = _local(text, periods, q_tokens, idf)
            return 0.6 + 0.4 * ev.parts["local"]
    if t == "date" and q.start:
        # ("since when has he been Kapolri?": a date that a word of starting opens beside what the question names
        # answers it exactly; on the sentence's own text, as a start in brackets, "(Gen. … from 2021)", is no
        # citation)
        raw = ev.text
        started = _started(raw, [(m.start(), m.end()) for m in (*_DATE.finditer(raw), *_YEAR.finditer(raw))], q)
        if started:
            ev.parts["local"] = _local(raw, started, q_tokens, idf)
            ev.parts["started"] = 1.0
            return 1.0
    if t == "date" and q.end:
        # ("sampai kapan MoU itu berlaku?": a date that a word of ending opens, or a period's last year, beside what
        # the question names answers it; a date of signing or of starting does not)
        ended = ended_dates(ev.text, q)
        if not ended:
            return 0.0
        ev.parts["local"] = _local(ev.text, ended, q_tokens, idf)
        ev.parts["ended"] = 1.0
        return 1.0
    if t == "date" and PLURAL_DATES.search(q.original):
        # ("tahun brp aja?", "which years?": the sentence giving the most of them answers it)
        # (each date, and each year given outside a date: "10 May 2023 … 11 May 2023" are two)
        dated = [(m.start(), m.end()) for m in _DATE.finditer(text)]
        spans = dated + [(m.start(), m.end()) for m in _YEAR.finditer(text) if m.group(0) not in q.constraints.years
                         and not any(a <= m.start() < b for a, b in dated)]
        distinct = len({text[a:b] for a, b in spans})
        # (beside the question's own words: a heading's "2020-2024" is no answer)
        local = _local(text, spans, q_tokens, idf) if distinct >= 2 else 0.0
        if local > 0:
            ev.parts["local"] = local
            return min(1.0, 0.5 + PLURAL_STEP * distinct)
    if t == "date":
        # (a month the question itself gives, with no day, is what the asker has already: "the paper just says
        # mid-July 2022" asks for more than "in mid-July 2022"; an interval's months are its inputs)
        given = _months_given(q.text) if not q.interval else frozenset()
        spans = [(m.start(), m.end()) for m in _DATE.finditer(text) if _month_year(m.group(0)) not in given
                 and not (known and other_instrument(text, m.start(), known, idf))]
        if spans:
            ev.parts["local"] = _local(text, spans, q_tokens, idf)
            return 0.5 + 0.5 * ev.parts["local"]
        spans = [(m.start(), m.end()) for m in _YEAR.finditer(text) if m.group(0) not in q.constraints.years
                 and not (known and other_instrument(text, m.start(), known, idf))]
        ev.parts["local"] = _local(text, spans, q_tokens, idf) if spans else 0.0

        if spans and _ASKS_YEAR.search(q.text):  # ("tahun berapa", "in what year": a year answers it exactly)
            return 0.5 + 0.5 * ev.parts["local"]
        return 0.4 + 0.4 * ev.parts["local"] if spans else 0.0  # a year alone answers "when" less exactly
    if t == "law":
        return 1.0 if _LAW_REF.search(text) else 0.0
    if t == "summary":
        return SUMMARY_FACT if reports_fact(text) else 0.0
    if t == "actor" and asks_chair(q.text):
        from .answerability import chairs_named, on_named_event

        # ("under which country's chairmanship was ACTIP signed?": a chair named, in a passage on ACTIP — not the
        # Indonesian Chairmanship of another declaration)
        return 1.0 if chairs_named(text) and on_named_event(q, ev) else 0.0
    if t == "actor":
        office = asked_office(q)
        if office:
            from .answerability import holder_spans

            if holder_spans(text, office, frozenset(), frozenset()):
                return 1.0  # "who is the spokesperson of …": a sentence that names someone beside that office
        spans = [(m.start(), m.end()) for m in actor_names(text, q)]
        if not spans:
            return 0.0
        ev.parts["local"] = _local(text, spans, q_tokens, idf)
        return 0.5 + 0.5 * ev.parts["local"]
    if t == "place":
        # a place the question does not name yet: a capitalised name after a locative ("in Labuan Bajo"), else
        # a country named as a word (not as part of one)
        asked = q.text.lower().replace("-", " ")
        if any(p.lower() not in asked and not (q.below_country and countries_in(p.lower()))
               for p in located_places(text)):
            return 1.0
        return 0.5 if countries_in(low) and not q.below_country else 0.0  # ("which city": not a country)
    if t == "reason":
        return 1.0 if holds_phrase("causal", low) or _RESULT_CLAUSE.search(low) else 0.0
    if t == "list":
        if enumerates(text) or text.rstrip().endswith(":"):
            return 1.0
        # (or an item of a digest on a work the question names, whose label is what the question asks to list)
        if labelled_by(text, q_tokens) and any(has_constraint(ev.chunk.title, n) for n in q.constraints.names):
            return 1.0
        # (or names items after a word that announces them, joined by "and"/"or": "… by relatives or friends, or
        # through social media such as Facebook and Twitter")
        joined = announces(text) and len(rx.findall(r"\b(?:and|or|dan|atau)\b", low)) >= 2
        return 0.6 if text.count(",") >= 3 or text.count(";") >= 2 or joined else 0.0
    if t == "definition":
        if ev.chunk.kind == "glossary":
            return 1.0 if q.defined and q.defined.lower() in ev.chunk.section.lower() + " " + low[:80] else 0.5
        if q.defined and _defines(q.defined.lower()).search(low):
            return 1.0  # a sentence that says what the term asked about means ("Tier 3 means the government …")
        return 0.6 if _defines(None).search(low) else 0.0
    if t == "comparison" and phrase_pattern(words()["figure_nouns"]).search(q.text):
        # "how do the ILO figures in the paper compare with those in the thesis?": each side is a figure
        return 1.0 if content_figures(CITATION.sub(" ", text)) else 0.0
    if t == "source":
        figures = [n for n in q.constraints.numbers if n not in q.constraints.years]
        if figures and ev.chunk.kind != "reference" and not names_with_year(q.text):
            # "where does the 83% come from?": the sentence that gives the figure is the statement asked about,
            # whether or not it cites anything; a sentence of other figures is about another statement (a question
            # that names the work cited for the figure asks about that citation: its sentences answer)
            return 1.0 if any(rx.search(rf"(?<![\d.,]){re.escape(n)}", text) for n in figures) else 0.0
        if ev.chunk.kind == "reference":
            return 0.8
        if states_provenance(text):
            return 1.0
        cited = citation_index is not None and bool(citation_index.find(text))
        # "where does X come from": a sentence that names where X was taken from answers it more directly than
        # one that only carries a citation
        return (ORIGIN_CITED if _ASKS_ORIGIN.search(q.text) else 1.0) if cited else 0.0
    return 0.0


def law_things(q: Question) -> list[str]:
    """The things a law question names that are not laws themselves ("the Criminal Procedure Code", "KUHAP"):
    the law asked is theirs."""
    return [n for n in q.constraints.names if not _LAW_REF.search(n) and not rx.fullmatch(LAW_KINDS, n, re.I)]


_DEFINITION_HEAD = re.compile(r"^[^:.]{1,40}:\s[^.]+")  # a glossary entry's head: "KUHAP: Criminal Procedure Code"


def tied_laws(text: str, things: list[str]) -> list[re.Match]:
    """The laws a text names in the same clause as one of ``things`` (its clauses split at commas and semicolons:
    "Law Number 21 of 2007 concerning …, the Criminal Procedure Code and …" ties no law to the code), or first in
    a definition whose head names one ("KUHAP: Criminal Procedure Code. … Law No. 8/1981. Named in the paper,
    together with Law 21/2007, …": the entry gives its own law before any other)."""
    head = _DEFINITION_HEAD.match(text)
    if head and any(has_constraint(head.group(0), n) for n in things):
        return list(_LAW_REF.finditer(text))[:1]
    # (a clause ends at a comma or semicolon before a space: not inside "2,605")
    clauses = rx.finditer(r"(?:[^,;]|[,;](?!\s))+[,;]?", text)
    return [m for clause in clauses if any(has_constraint(clause.group(0), n) for n in things)
            for m in _LAW_REF.finditer(text, clause.start(), clause.end())]


# a digest's labelled item: a bold label that opens the sentence and ends in a colon ("**Victims:** stronger regional
# efforts to …", "**Legal basis:** Article 15(2) of …"), the label being what the item lists or gives
_LABEL = re.compile(r"^\s*\*\*([^*]{2,60}?):\*\*")


def labelled_by(text: str, q_tokens: set[str]) -> bool:
    """Whether the sentence is an item whose label names what the question asks to list or asks of a work: every
    word of the label is one of the question's terms ("janjiin apa aja buat korban" and "**Victims:** …", "what was
    the legal basis for issuing Perpres 19/2023?" and "**Legal basis:** …")."""
    m = _LABEL.match(text)
    label = set(tokenize(m.group(1))) if m else set()
    return bool(label) and label <= q_tokens


_MONTH_YEAR = re.compile(rf"^({MONTH_RE})\s+((?:19|20)\d\d)$", re.I)


def _month_year(date: str) -> tuple[int, str] | None:
    """A month and year written without a day ("July 2022"), as (month, year); None for a date with its day."""
    m = _MONTH_YEAR.match(date.strip())
    return (_MONTHS[m.group(1).lower()], m.group(2)) if m else None


@lru_cache(maxsize=256)
def _months_given(text: str) -> frozenset[tuple[int, str]]:
    """The months with their years a question gives ("mid-July 2022", "Oktober 2023")."""
    return frozenset((_MONTHS[m.group(1).lower()], m.group(2))
                     for m in rx.finditer(rf"\b({MONTH_RE})\.?\s+((?:19|20)\d\d)\b", text, re.I))


# compiled once: ``type_fit`` and ``has_constraint`` run for every candidate sentence
_NUMBER_WORD_RES = {w: re.compile(rf"\b{re.escape(w)}\b") for w in NUMBER_WORDS}


def number_word_spans(low: str) -> list[tuple[int, int]]:
    """Where a lower-cased text writes a figure as a word ("four declarations", "the eight-point …")."""
    # (a number word that is no substring of the text cannot match: most are not)
    return [(m.start(), m.end()) for w, pattern in _NUMBER_WORD_RES.items() if w in low for m in pattern.finditer(low)]

# a number word joined to the noun it counts ("the eight-point declaration", "a three-year plan"); a fraction's
# denominator ("two-thirds") makes a share, not a count
COUNTED_COMPOUND = re.compile(rf"\b(?:{'|'.join(NUMBER_WORDS)})-(?!(?:halves|thirds|quarters|fifths|sixths|"
                              r"sevenths|eighths|ninths|tenths)\b)[a-z]+\b", re.I)
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|percent|per cent|persen)")


@lru_cache(maxsize=1)
def fractions() -> re.Pattern:
    """A share written as a fraction (word list ``fraction_words``), lower case."""
    forms = [re.escape(w) for lg in ("en", "id") for w in words()["fraction_words"][lg]]
    return rx.compile(rf"\b(?:{'|'.join(sorted(forms, key=len, reverse=True))})\b")


@lru_cache(maxsize=256)
def _defines(term: str | None) -> re.Pattern:
    """A definitional verb (the word list's first eight), after ``term`` when one is given."""
    verbs = "|".join(re.escape(d) for d in words()["definitional"][:8])
    return rx.compile(rf"\b{re.escape(term)}\W*\s+(?:{verbs})\b" if term is not None else rf"\b(?:{verbs})\b")


@lru_cache(maxsize=256)
def head_tokens(head: str, language: str) -> frozenset[str]:
    """The tokens of the noun a quantity question counts, with its English renderings for an Indonesian question;
    once per question, not per candidate sentence."""
    tokens = set(tokenize(head)) if head else set()
    if tokens and language == "id":
        tokens |= set(tokenize(" ".join(translate_terms(head))))
    return frozenset(tokens)


def counts_head(text: str, q: Question) -> bool:
    """Whether a figure of the sentence counts the noun a quantity question counts: the noun stands right after
    it ("about 275 participants", not "six bilateral police MoUs" for "how many participants")."""
    head = head_tokens(q.head, q.language)
    if not head:
        return False
    # (a figure in words counts too: "the eight-point declaration", "four declarations")
    ends = [m.end() for m in _NUMERAL.finditer(text)] + [e for _, e in number_word_spans(text.lower())]
    return any(head & set(tokenize(_noun_phrase(text[e: e + HEAD_REACH]))) for e in ends)


# where the noun phrase after a figure ends: a participle taking a function word or a figure after it, or a relative
# word, opening a clause of its own ("75 reports indicating there were victims" counts reports; not "534 trafficking
# flows", where the -ing word modifies the noun), unless a copula follows the relative word ("1,138 citizens who are
# victims" counts victims)
_PHRASE_END = re.compile(r"\b(?:[a-z]+ing(?=\s+(?:the|an?|there|this|these|those|their|its|some|any|all|more|over|up|"
                         r"to|in|on|at|for|with|from|by|of|as|\d)\b)|that|which|whose|where|when|(?:who|yang)(?!\s+"
                         r"(?:are|were|is|was|had been|have been|became|become|merupakan|menjadi|adalah)\b))\b", re.I)


def _noun_phrase(after: str) -> str:
    """The stretch after a figure up to where its noun phrase ends (``_PHRASE_END``), after its first word (which
    may itself end in -ing: "two meetings", "one training")."""
    first = rx.match(r"\W*\w+", after)
    m = _PHRASE_END.search(after, first.end() if first else 0)
    return after[: m.start()] if m else after


HEAD_REACH = 40  # characters after a figure within which the noun it counts stands
START_REACH = 80  # characters either side of a date within which the question's name stands ("… Prabowo from 2021")


@lru_cache(maxsize=1)
def _START_BEFORE() -> re.Pattern:  # noqa: N802 - a constant, built once
    """A word of starting right before a date ("from 2021", "since 5 June", "sejak 2021"; ``start_words``)."""
    starts = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["start_words"][lg])
    return rx.compile(rf"\b(?:{starts})\s+(?:\w+\s+){{0,2}}$", re.I)


def _started(text: str, spans: list[tuple[int, int]], q: Question) -> list[tuple[int, int]]:
    """The dates of ``spans`` that a word of starting opens and that stand beside a name or place the question
    gives (within ``START_REACH`` characters)."""
    return [sp for sp in spans if _START_BEFORE().search(text[max(0, sp[0] - 30):sp[0]]) and _beside_named(text, sp, q)]


def _beside_named(text: str, span: tuple[int, int], q: Question) -> bool:
    """Whether a name or place the question gives stands within ``START_REACH`` characters of ``span``."""
    return any(has_constraint(text[max(0, span[0] - START_REACH):span[1] + START_REACH], c)
               for c in (*q.constraints.names, *q.constraints.places))


def question_known(q: Question, aliases: dict[str, list[str]] | None) -> set[str]:
    """The tokens of the question, of its Indonesian words' renderings and of its names' expansions ("ACTIP" →
    "ASEAN Convention Against Trafficking in Persons …"): the words with which it names what it asks about."""
    known = set(tokenize(q.original or q.text)) | set(tokenize(q.text))
    if q.language == "id":
        known |= set(tokenize(" ".join(translate_terms(q.text))))
    return known | {t for forms in (aliases or {}).values() for f in forms for t in tokenize(f)}


INSTRUMENT_NAME_IDF = 3.0  # a word of an instrument's name this rare in the store tells that instrument apart


@lru_cache(maxsize=1)
def _INSTRUMENT() -> re.Pattern:  # noqa: N802 - a constant, built once
    """A capitalised name with a noun of an instrument (``instrument_nouns``), the capitalised words before it and
    its "on/against/of …" complement: "ASEAN Convention on Counter Terrorism", "Palermo Protocol"."""
    nouns = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["instrument_nouns"][lg])
    cap = r"[A-Z][\w'’-]*"
    return rx.compile(rf"(?:{cap}\s+)*(?:{nouns})\b(?:\s+(?:on|against|of|for|in|to|and|the|tentang|mengenai)"
                      rf"(?:\s+the)?\s+{cap}(?:\s+{cap})*)*")


@lru_cache(maxsize=1)
def _instrument_tokens() -> frozenset[str]:
    """The tokens of the nouns of an instrument (``instrument_nouns``), which name no instrument apart."""
    return frozenset(t for lg in ("en", "id") for w in words()["instrument_nouns"][lg] for t in tokenize(w))


def other_instrument(text: str, at: int, known: set[str], idf: dict[str, float]) -> bool:
    """Whether the clause before position ``at`` (a date's) names an instrument by a name none of whose rare words
    the question and its names' expansions (``known``) hold: "after the ASEAN Convention on Counter Terrorism
    signed in Cebu on 13 January 2007" dates that convention, not the ACTIP asked about ("konvensi ASEAN soal
    terorisme" names it)."""
    before = text[:at]
    clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(". "), before.rfind("(")) + 1:]
    for m in _INSTRUMENT().finditer(clause):
        rare = {t for t in tokenize(m.group(0))
                if t not in _instrument_tokens() and idf.get(t, 0.0) >= INSTRUMENT_NAME_IDF}
        if rare and not rare & known:
            return True
    return False


@lru_cache(maxsize=1)
def _END_BEFORE() -> re.Pattern:  # noqa: N802 - a constant, built once
    """A word of ending right before a date ("until 2024", "sampai 31 Desember 2024"; ``end_words``)."""
    ends = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["end_words"][lg])
    return rx.compile(rf"\b(?:{ends})\s+(?:the\s+)?$", re.I)


def ended_dates(text: str, q: Question) -> list[tuple[int, int]]:
    """The dates of ``text`` that a word of ending opens, and the last years of its periods ("2020–2024"), that stand
    beside a name or place the question gives (within ``START_REACH`` characters), when it gives any."""
    dates = [(m.start(), m.end()) for m in (*_DATE.finditer(text), *_YEAR.finditer(text))]
    spans = [sp for sp in dates if _END_BEFORE().search(text[max(0, sp[0] - 30):sp[0]])]
    spans += [(m.end() - 4, m.end()) for m in YEAR_SPAN.finditer(text)]
    if not (q.constraints.names or q.constraints.places):
        return spans
    return [sp for sp in spans if _beside_named(text, sp, q)]


# a question for a year, not a day (EN/ID interrogative with its noun): "what year", "in which year", "tahun berapa"
_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+year\b|\b(?:tahun|thn|taun)\s+(?:berapa|brp|kapan|apa)\b", re.I)


def defines_term(q: Question, chosen: list[Evidence]) -> bool:
    """Whether a glossary entry among ``chosen`` defines the term a definition question asks about: it answers "what
    does X mean" wherever the question places X ("tier 3 di TIP report amerika artinya apa"), so the question's
    other names are no constraint on it."""
    return q.answer_type == "definition" and any(e.chunk.kind == "glossary" and e.parts.get("type", 0.0) >= 1.0
                                                 for e in chosen)


ORIGIN_CITED = 0.9  # type fit of a cited sentence for a question about where something comes from
_ASKS_ORIGIN = re.compile(r"\bwhere\b[^?]*\bfrom\b|\b(?:dari\s*mana|berasal)\b", re.I)


def states_provenance(text: str, passive: bool = False) -> bool:
    """Whether a sentence says where something was taken from ("Data was taken from government websites …",
    "according to a report by IOM"): it names its own source, as a citation does. With ``passive``, only a
    passive verb of provenance counts ("was taken from", "data recorded at"): the sentence reports where its own
    content was taken, not whom a claim is attributed to (which the paper's next citation may back)."""
    return bool(_provenance_patterns()[passive].search(text.lower()))


@lru_cache(maxsize=1)
def _provenance_patterns() -> tuple[re.Pattern, re.Pattern]:
    """``states_provenance``'s two patterns, compiled once: any phrase of the word list; a passive verb of it."""
    phrases = words()["provenance"]
    verbs = "|".join(re.escape(c) for c in phrases if rx.fullmatch(r"[a-z]+ed (?:from|at)|[a-z]+en from", c))
    # (or a reduced relative after the noun "data": "Data recorded at the Ministry … shows")
    return (rx.compile("|".join(rf"\b{re.escape(c)}\b" for c in phrases)),
            rx.compile(rf"\b(?:is|are|was|were|been|data)\s+(?:{verbs})\b"))


def other_bound(low: str, span: tuple[int, int], bound: str) -> bool:
    """The figure at ``span`` is marked as the other bound than the one asked ("up to 15" for a minimum), and is
    not an end of a range ("3–15 years", "3 to 15")."""
    start, end = span
    if rx.search(r"\d\s*(?:-|–|to|sampai|hingga|s\.d\.)\s*$", low[:start]) or \
            rx.match(r"\s*(?:-|–|to|sampai|hingga|s\.d\.)\s*\d", low[end:]):
        return False
    other = "max" if bound == "min" else "min"
    marks = "|".join(re.escape(m) for m in words()["bounds"][other]["marks"])
    return bool(rx.search(rf"\b(?:{marks})\s+(?:of\s+)?$", low[max(0, start - 25):start]))


def candidates(q: Question, q_tokens: set[str], q_vectors: list, passages: list[Passage], idf: dict[str, float],
               sentence_vectors: dict, cfg: ReaderConfig, citation_index=None,
               aliases: dict[str, list[str]] | None = None) -> list[Evidence]:
    """Every sentence of the passages, scored."""
    items = constraint_items(q) if cfg.constraints else []
    # the names a question is about are scored as constraints; its other terms (the predicate: "formed", "saved",
    # "penalty") are what tell one sentence about those names from another
    named = {t for n in [*q.constraints.names, *q.constraints.places] for t in tokenize(n)}
    # (a word of a name's expansion is the name's, unless the question uses it outside its names too: "what share
    # of victims were women according to <the Protection of Women … system>")
    alias_tokens = {t for aliases_of in (aliases or {}).values() for a in aliases_of for t in tokenize(a)} \
        - _words_outside_names(q)
    predicate = (q_tokens - named - alias_tokens) if cfg.constraints else set()
    term_tokens = predicate or q_tokens
    # around a figure or date, the words that matter are the predicate's, not the names the passage repeats
    # (an Indonesian name's English rendering too: "satgas" → "task force")
    rendered = {t for n in q.constraints.names for t in tokenize(" ".join(translate_terms(n)))} \
        if q.language == "id" else set()
    local_tokens = (q_tokens - named - rendered) or q_tokens
    known = question_known(q, aliases) if q.answer_type == "date" else set()
    term_weights, q_weights = unit_weights(term_tokens, idf), unit_weights(q_tokens, idf)  # (the same per sentence)
    credited = credited_names(q) if items else []
    out: list[Evidence] = []
    leads_list: set[tuple[str, int]] = set()  # sentences followed by a lead-in and its bulleted items
    for rank, p in enumerate(passages):
        chunk = p.chunk
        heading = set(tokenize(chunk.section)) if chunk.kind in ("paper", "glossary") else set()
        # what a sentence leans on ("it", "this team"): its passage, heading and title hold half credit
        context = " ".join([chunk.section, chunk.title, chunk.text])
        in_context = {i for i in items if has_constraint(context, i, aliases)}
        # (a digest's every sentence speaks of its source: the law or report the question names, when the digest is
        # of it, is held by each of them, not only half, as a passage's context is)
        # (with the kind, number and year that make up its name: "Law", "21" and "2007" of "Law 21/2007")
        docs = [d for d in q.constraints.documents
                if chunk.kind == "digest" and has_constraint(chunk.title, d, aliases)]
        own = {i for i in in_context if docs and (any(i == d or i in d.split("/") for d in docs)
                                                  or rx.fullmatch(DOCUMENT_KINDS, i, re.I))}
        sentences = chunk_sentences(chunk)
        token_sets = [set(tokenize(sent)) for sent in sentences]
        scoped = _scoped_context(sentences, credited, in_context, aliases) if credited and in_context else {}
        for pos, (sent, toks) in enumerate(zip(sentences, token_sets, strict=True)):
            ev = Evidence(sent, p, pos, toks)
            # "… formed a special team. This team is the Human Trafficking Crime Task Force …": the next sentence
            # names what this one speaks of, so its words count for this one too (the sentence itself is quoted)
            names_it = pos + 1 < len(sentences) and IDENTIFIES.match(sentences[pos + 1])
            named_next, next_tokens = (sentences[pos + 1], token_sets[pos + 1]) if names_it else ("", set())
            ev.parts["rank"] = rank
            ev.vector = sentence_vectors.get((chunk.id, sent))
            if ev.vector is not None and q_vectors:
                ev.similarity = max(float(ev.vector @ v) for v in q_vectors)
            # a share opening the sentence ("Around 40% were …") is a share of what the sentence before names: that
            # sentence's words and names count for it too
            # (and for a reason, a sentence whose pronoun subject stands for what the sentence before tells, giving its
            # cause or aim: "Law 31/2014 extended protection to … It did so to help uncover organised crime")
            before = pos and (opens_with_share(sent) or (
                q.answer_type == "reason" and ANAPHORIC_SUBJECT.match(sent) and holds_phrase("causal", sent.lower())))
            words_held = toks | (heading if pos == 0 else set()) | next_tokens
            words_held |= token_sets[pos - 1] if before else set()
            ev.parts["terms"] = (held_share(words_held, term_weights) + held_share(words_held, q_weights)) / 2
            if items:
                shared = sentences[pos - 1] if before else ""
                held = [i in own or has_constraint(f"{shared} {sent} {named_next}", i, aliases) for i in items]
                half = sum(0.5 for i, h in zip(items, held, strict=True)
                           if not h and i in in_context and pos in scoped.get(i, (pos,)))
                ev.parts["constraints"] = (sum(held) + half) / len(items)
            else:
                ev.parts["constraints"] = 0.0
            if q.answer_type == "list" and not sent.rstrip().endswith(":") and len(bullet_items(ev)) >= 2:
                leads_list.add((chunk.id, pos))
            out.append(ev)
    sims = [e.similarity for e in out if e.similarity is not None]
    lo, hi = (min(sims), max(sims)) if sims else (0.0, 1.0)
    for e in out:
        meaning = (e.similarity - lo) / (hi - lo) if e.similarity is not None and hi > lo else e.parts["terms"]
        e.parts["meaning"] = meaning
        e.parts["type"] = type_fit(e, q, citation_index, local_tokens, idf, known) if cfg.type_fit else 0.0
        if cfg.type_fit and (e.chunk.id, e.position) in leads_list:
            e.parts["type"] = 1.0  # ("… signed six MoUs. The counterparts were:" and the items): it opens a list
        score = (W_MEANING * meaning if cfg.meaning else 0.0) + (W_TERMS * e.parts["terms"] if cfg.terms else 0.0)
        score += W_CONSTRAINTS * e.parts["constraints"] + W_TYPE * e.parts["type"]
        score += W_RANK / (1 + e.parts["rank"])
        prior = KIND_PRIOR.get(e.chunk.kind, 0.0)
        if (e.chunk.kind == "reference" and q.answer_type == "source") or (
                e.chunk.kind == "glossary" and q.answer_type == "definition"):
            prior = 0.0
        if q.wants_paper and e.chunk.kind in ("digest", "glossary", "reference"):
            prior -= PAPER_WANTED
        if q.wants_source and e.chunk.kind == "paper":
            prior -= PAPER_WANTED  # (and the other way round: "the paper just says …" wants the source)
        if e.chunk.kind == "glossary" and any(n.lower() == e.chunk.section.lower() for n in q.constraints.names):
            prior += W_DEFINES  # the glossary entry of a term the question names
        e.score = score + prior
    return out


def _words_outside_names(q: Question) -> set[str]:
    """The question's words outside its names (with their English renderings for an Indonesian question)."""
    outside = outside_names(q.text, q.constraints.names)
    tokens = set(tokenize(outside))
    if q.language == "id":
        tokens |= set(tokenize(" ".join(translate_terms(outside))))
    return tokens


@lru_cache(maxsize=1)
def _share_opening() -> re.Pattern:
    """A sentence that opens with a figure, rounded or not, or a partitive ("Around 40% were children", "Of these,
    12 …", "Sebanyak 30 orang di antaranya"): word lists ``approximators`` and ``partitive``."""
    approx = "|".join(re.escape(w) for lang in ("en", "id") for w in words()["approximators"][lang])
    part = "|".join(re.escape(w) for lang in ("en", "id") for w in words()["partitive"][lang])
    return rx.compile(rf"^(?:(?:{approx})\s+)?\d[\d.,]*\s*(?:%|percent\b|persen\b|per\s*cent\b)"
                      rf"|^(?:{part})\b", re.I)


def opens_with_share(sentence: str) -> bool:
    """Whether a sentence gives a share of something the sentence before it names (``_share_opening``)."""
    return bool(_share_opening().match(sentence.strip()))


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern:
    """A body named with a noun that presents its data as its own (word list ``attribution_nouns``): "the ILO data
    show", "(ILO) data", "the Global Report", "laporan IOM"."""
    en = "|".join(re.escape(w) for w in words()["attribution_nouns"]["en"])
    ind = "|".join(re.escape(w) for w in words()["attribution_nouns"]["id"])
    return rx.compile(rf"(?:\b([A-Z][\w-]*)\)?|\([A-Z]{{2,}}\))\s+(?i:{en})\b|\b(?i:{ind})\s+[A-Z]")


@lru_cache(maxsize=1)
def _crediting_words() -> tuple[str, str]:
    """``credited_names``' alternations, built once: the words before a credited name (provenance phrases, agent
    markers, attribution nouns) and the attribution nouns after one."""
    w = words()
    marks = [*w["provenance"], *(m for ms in w["agent_markers"].values() for m in ms),
             *(n for ns in w["attribution_nouns"].values() for n in ns)]
    before = "|".join(re.escape(m) for m in sorted(set(marks), key=len, reverse=True))
    after = "|".join(re.escape(n) for ns in w["attribution_nouns"].values() for n in ns)
    return before, after


def credited_names(q: Question) -> list[str]:
    """The names a question credits as the source of what it asks ("according to <X>", "<X> data", "menurut
    <X>", "dari data <X>", "laporan <X>": word lists ``provenance``, ``agent_markers``, ``attribution_nouns``)."""
    if not q.constraints.names:
        return []
    before, after = _crediting_words()
    out = []
    for name in q.constraints.names:
        n = re.escape(name)
        if rx.search(rf"\b(?:{before})\s+(?:the\s+)?{n}|{n}(?:'s)?\s+(?:{after})\b", q.text, re.I):
            out.append(name)
    return out


def _reports_a_source(sentence: str) -> bool:
    """Whether a sentence reports a source's data or findings: it names a body with a noun of attribution or
    states where its content comes from (``_scoped_context`` asks it of sentences that do not name the question's
    source). Not a citation: the paper cites works on almost every sentence while it goes on speaking of the
    same data."""
    stops = stopwords("en")  # ("The data show …" names no body)
    named = any(not (m.group(1) and m.group(1).lower() in stops) for m in _attribution().finditer(sentence))
    return named or states_provenance(sentence)


def _scoped_context(sentences: list[str], items: list[str], in_context: set[str],
                    aliases: dict[str, list[str]] | None) -> dict[str, tuple[int, ...]]:
    """For each name a question credits as its source (``credited_names``) held somewhere in a passage, the
    sentences it still speaks through: those after the last sentence naming it until one reports another source's
    data ("… SIMFONI data show X. The ILO data also show Y.
    Z …": Y and Z are the ILO's, not the first source's), and every sentence before its first mention. Years,
    numbers and places are not sources: they hold for the whole passage."""
    out: dict[str, tuple[int, ...]] = {}
    for item in items:
        if item not in in_context or _DOCUMENT_KEY.fullmatch(item) or _FIGURE_ITEM.fullmatch(item) \
                or item in _COUNTRY_NAMES() or _YEAR.fullmatch(item):
            continue
        keep: list[int] = []
        bound = True  # (before its first mention, or in the heading or title only)
        for pos, sent in enumerate(sentences):
            if has_constraint(sent, item, aliases):
                bound = True
            elif bound and _reports_a_source(sent):
                bound = False
            if bound:
                keep.append(pos)
        out[item] = tuple(keep)
    return out


def similarity(a: Evidence, b: Evidence) -> float:
    """How alike two sentences are: their e5 vectors' cosine, else their words' overlap (Jaccard)."""
    if a.vector is not None and b.vector is not None:
        return float(a.vector @ b.vector)
    union = a.tokens | b.tokens
    return len(a.tokens & b.tokens) / len(union) if union else 0.0


def mmr(pool: list[Evidence], k: int, cfg: ReaderConfig, spread: bool = False) -> list[Evidence]:
    """Maximal marginal relevance: the best sentence, then each next one relevant and unlike those chosen.
    ``spread`` also prefers a passage not yet used (summaries and comparisons draw on several passages)."""
    ranked = sorted(pool, key=lambda e: -e.score)
    if not ranked:
        return []
    if not cfg.mmr:
        return ranked[:k]
    chosen = [ranked[0]]
    top = ranked[0].score
    while len(chosen) < k:
        best, best_value = None, -1e9
        for e in ranked[: 40]:
            if e in chosen or any(e.text == c.text for c in chosen):
                continue
            redundancy = max(similarity(e, c) for c in chosen)
            value = MMR_LAMBDA * e.score - (1 - MMR_LAMBDA) * redundancy
            if spread and any(e.chunk.id == c.chunk.id for c in chosen):
                value -= 0.05
            if value > best_value:
                best, best_value = e, value
        if best is None or best.score < 0.5 * top:
            break
        chosen.append(best)
    return chosen


def cover(pool: list[Evidence], q_tokens: set[str], idf: dict[str, float], limit: int,
          min_ratio: float = 0.6, parts: list[set[str]] | None = None,
          part_counts: list[int | None] | None = None) -> list[Evidence]:
    """The best sentence, then sentences that add question terms it lacks, each at least ``min_ratio`` of the
    best score. A question in several parts ("X, and what is Y?") first gets the best sentence for each part."""
    ranked = sorted(pool, key=lambda e: -e.score)
    if not ranked:
        return []
    chosen = [ranked[0]]
    top = ranked[0].score
    for i, part in enumerate(parts or []):
        if len(chosen) >= limit or not part:
            break
        if idf_coverage(set().union(*(c.tokens for c in chosen)), part, idf) >= 0.75:
            continue  # this part is answered already
        n = part_counts[i] if part_counts and i < len(part_counts) else None

        def value(e: Evidence, part: set[str] = part, n: int | None = n) -> float:
            # a part that counts its items ("the five strategies") fits a sentence enumerating that many
            counted = ENUM_MATCH if n and len(split_enumeration(e.text)) == n else 0.0
            return e.score + idf_coverage(e.tokens, part, idf) + counted

        eligible = [e for e in ranked if e.score >= 0.4 * top and all(e.text != c.text for c in chosen)]
        # a part that counts its items ("the five strategies") is answered by a sentence enumerating that many,
        # when there is one
        counted = [e for e in eligible if n and len(split_enumeration(e.text)) == n]
        fit = max(counted or eligible, key=value, default=None)
        if fit is not None and idf_coverage(fit.tokens, part, idf) > 0:
            chosen.append(fit)
    return _fill(chosen, ranked, q_tokens, idf, limit, min_ratio, top)


def _fill(chosen: list[Evidence], ranked: list[Evidence], q_tokens: set[str], idf: dict[str, float], limit: int,
          min_ratio: float, top: float) -> list[Evidence]:
    covered = set().union(*(c.tokens for c in chosen)) & q_tokens
    for e in ranked[1:]:
        if len(chosen) >= limit:
            break
        if e in chosen or e.score < min_ratio * top or any(e.text == c.text for c in chosen):
            continue
        gain = idf_coverage(e.tokens - covered, q_tokens - covered, idf) if q_tokens - covered else 0.0
        if gain >= 0.15:
            chosen.append(e)
            covered |= e.tokens & q_tokens
    return chosen


def outside_parentheses(text: str, i: int) -> bool:
    """Whether position ``i`` of ``text`` stands outside any parenthesis (a citation's comma is not a clause's)."""
    return text.count("(", 0, i) <= text.count(")", 0, i)


def neighbours(ev: Evidence, pool: list[Evidence]) -> tuple[Evidence | None, Evidence | None]:
    """The sentences before and after ``ev`` in its chunk (when they were candidates)."""
    by_place = {(e.chunk.id, e.position): e for e in pool}
    return by_place.get((ev.chunk.id, ev.position - 1)), by_place.get((ev.chunk.id, ev.position + 1))


# -- lists from the text's structure ---------------------------------------------------------------------------
@dataclass
class ListAnswer:
    """Items of a list the source itself sets out, with where each comes from."""

    items: list[tuple[str, Chunk]]
    how: str  # "headings" | "enumeration" | "colon"
    source: Evidence | None = None
    asked: int | None = None  # the count the question gave, when the source names another number of items


def split_enumeration(sentence: str) -> list[str]:
    """The items of a sentence that enumerates with markers ("(1) …, (2) …" / "first, … second, …")."""
    parts = rx.split(r"\s*(?:\(?\b\d{1,2}\)|\(\s*[a-e]\s*\)|\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|"
                     r"fourth(?:ly)?|fifth(?:ly)?|finally|pertama|kedua|ketiga|keempat|kelima),)\s*", sentence,
                     flags=re.I)
    items = [p.strip(" ,;.:") for p in parts[1:] if len(p.strip(" ,;.:").split()) >= 1]
    # (the conjunction before the last marker belongs to neither item: "(2) implementation, and (3) writing")
    items = [rx.sub(r"[,;]?\s+(?:and|dan|or|atau)$", "", rx.sub(r"^(?:and|dan|or|atau)\s+", "", i)) for i in items]
    return items if len(items) >= 2 else _counted_inline(sentence)


def _counted_inline(sentence: str) -> list[str]:
    """The items of an inline list after a colon whose lead-in counts them ("… consists of three stages: data
    reduction, data presentation, and conclusion"): as many comma-separated items as the count says."""
    lead, colon, rest = sentence.partition(":")
    if not colon:
        return []
    counts = [NUMBER_WORDS.get(w.lower()) or (int(w) if w.isdigit() else None)
              for w in rx.findall(r"[A-Za-z]+|\b\d{1,2}\b", lead.split(",")[-1])]  # (not the "23" of "2023")
    n = next((c for c in reversed(counts) if c), None)
    rest = rx.sub(r"\s*\([^)]*\)", "", rest).strip(" .")  # (a citation after the last item)
    # (split at commas alone first: an item may hold an "and" of its own, "law enforcement and prosecution, and
    # regional and international coordination"; then at "and" too: "data presentation and conclusion")
    for pattern in (r",\s*", r",\s*|\s+(?:and|dan)\s+"):
        items = [rx.sub(r"^(?:and|dan|or|atau)\s+", "", i.strip()) for i in rx.split(pattern, rest)]
        items = [i for i in items if i]
        if n and len(items) == n >= 2:
            return items
    return []


def heading_groups(chunks: list[Chunk]) -> dict[str, list[tuple[str, Chunk]]]:
    """Numbered sub-section headings of the paper grouped under their parent ("3" → 3.1, 3.2, …), in order."""
    groups: dict[str, list[tuple[str, Chunk]]] = {}
    seen: set[str] = set()
    for c in sorted((c for c in chunks if c.kind == "paper"), key=lambda c: c.order):
        m = rx.match(r"^(\d+)\.(\d+)\.?\s+(.*)", c.section or "")
        if not m or c.section in seen:
            continue
        seen.add(c.section)
        title = _first_sentence(m.group(3))
        groups.setdefault(m.group(1), []).append((f"{m.group(1)}.{m.group(2)} {title}", c))
    return groups


def _first_sentence(text: str) -> str:
    m = rx.match(r"(.+?[a-z0-9)][.])\s+[A-Z]", text)
    return (m.group(1) if m else text).strip().rstrip(".")


def structured_list(q: Question, pool: list[Evidence], chunks: list[Chunk], cfg: ReaderConfig) -> ListAnswer | None:
    """A list as the source sets it out: (1) the sub-section headings under the section the best evidence
    belongs to, when the question's count (if any) matches their number; (2) a sentence of the top evidence that
    enumerates with markers; (3) a sentence ending in a colon and the lines that follow it."""
    if not cfg.structure or not pool:
        return None
    ranked = sorted(pool, key=lambda e: -e.score)[:6]
    top = ranked[0].score
    best_terms = max(e.parts.get("terms", 0.0) for e in ranked)
    def on_terms(ev: Evidence) -> bool:
        return ev.parts.get("terms", 0.0) >= LIST_RELEVANCE * best_terms

    # the noun the question counts or asks the items of ("the four areas", "what roles")
    listed = head_tokens(list_noun(q.text, q.language), q.language)
    if q.count:
        # ("the plan's 4 areas"): an enumeration of exactly as many items as the question counts, among the six best
        # sentences (and at least half as good as the best), is the list asked for
        # (one that names the noun counted first, wherever in the evidence: "its four areas: prevention, …" for
        # "the four areas", not another work's "four strategies")
        counted = next((ev for ev in sorted(pool, key=lambda e: -e.score) if listed & set(tokenize(ev.text))
                        and len(split_enumeration(ev.text)) == q.count), None) or next(
            (ev for ev in ranked if ev.score >= top / 2 and len(split_enumeration(ev.text)) == q.count), None)
        if counted is not None:
            return ListAnswer([(i, counted.chunk) for i in split_enumeration(counted.text)], "enumeration", counted)
    # (an enumeration of other things than the noun the question asks the items of is no answer however close to
    # its words: "the strategy … is 1) cooperation …" for "what roles does Cambodia play")
    for n, ev in enumerate(ranked[:3]):
        items = split_enumeration(ev.text)
        # an enumeration answers when it lists as many items as the question counts, or when it is the best
        # sentence and as close to the question's own words as any
        if items and (q.count == len(items) or (q.count is None and n == 0 and on_terms(ev)
                                                 and (not listed or listed & set(tokenize(ev.text))))):
            if q.count is None and cited_elsewhere(ev.text, q):
                # a list the text reports from another work ("previous research shows … four strategies …
                # (Pratiwi & Yunda, 2020)") is that work's; a question that asks for neither the earlier work nor
                # its author wants the text's own list, when one is as close to its words
                own = next((o for o in ranked[1:3] if split_enumeration(o.text) and on_terms(o)
                            and not cited_elsewhere(o.text, q)), None)
                if own is not None:
                    return ListAnswer([(i, own.chunk) for i in split_enumeration(own.text)], "enumeration", own)
            return ListAnswer([(i, ev.chunk) for i in items], "enumeration", ev)
    following = _enumeration_after(ranked[0], listed) if listed else None
    if following is not None and q.count in (None, len(split_enumeration(following.text))):
        # "what are the areas of ASEAN's first cross-sectoral work plan?": "… adopted its first cross-sectoral work
        # plan on trafficking." is the best sentence; the next one, which points back to it, counts and names the
        # items ("Nine sectoral bodies … endorsed it, and it has four areas: prevention, …")
        return ListAnswer([(i, following.chunk) for i in split_enumeration(following.text)], "enumeration",
                          following)
    if q.count:
        # "the seven strategies" where the best sentence enumerates five: the source's own list, and the
        # question's count is corrected
        items = split_enumeration(ranked[0].text)  # the best evidence itself enumerates
        if len(items) >= 2 and not any(len(split_enumeration(o.text)) == q.count for o in ranked):
            return ListAnswer([(i, ranked[0].chunk) for i in items], "enumeration", ranked[0], asked=q.count)
    groups = heading_groups(chunks)
    for ev in ranked[:3]:
        # "several strategies used … include;" ending its section's own text: the sub-sections that follow are
        # its items (a colon, or a semicolon in its place, announces them)
        m = rx.match(r"^(\d+)\.?\s", ev.chunk.section or "") if ev.chunk.kind == "paper" else None
        if m and len(groups.get(m.group(1), [])) >= 2 and ev.text.rstrip().endswith((":", ";")) \
                and ev.chunk.text.rstrip().endswith(ev.text.rstrip()) and on_terms(ev) \
                and ev.parts.get("terms", 0.0) >= ANNOUNCED_TERMS \
                and q.count in (None, len(groups[m.group(1)])):
            return ListAnswer(groups[m.group(1)], "headings", ev)
    if groups:
        votes: dict[str, float] = {}
        for ev in ranked:
            m = rx.match(r"^(\d+)\.\d+", ev.chunk.section or "") if ev.chunk.kind == "paper" else None
            if m:
                votes[m.group(1)] = votes.get(m.group(1), 0.0) + ev.score
        for parent in sorted(votes, key=lambda p: -votes[p]):
            group = groups.get(parent, [])
            if len(group) >= 2 and q.count == len(group):
                return ListAnswer(group, "headings")
        if q.count:
            sized = [g for g in groups.values() if len(g) == q.count]
            if len(sized) == 1:
                return ListAnswer(sized[0], "headings")
    for n, ev in enumerate(ranked):
        # (a bulleted list as long as the question counts is the one asked for, wherever it ranks)
        items = bullet_items(ev) if n < 3 or q.count else []
        # (a counted list still has to be on the question's topic: half the best sentence's score)
        if len(items) >= 2 and ((len(items) == q.count and ev.score >= top / 2)
                                or (n < 3 and ev.score >= LIST_RELEVANCE * top)):
            return ListAnswer([(i, ev.chunk) for i in items], "colon", ev)
    return None


_POINTS_BACK_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|ia|dia|mereka)\b", re.I)


def _enumeration_after(ev: Evidence, listed: set[str]) -> Evidence | None:
    """The sentence right after ``ev`` in its passage, when it points back to ``ev``'s subject with a pronoun and
    enumerates items of the noun the question asks for ("… endorsed it, and it has four areas: …"); else None."""
    sentences = chunk_sentences(ev.chunk)
    after = sentences[ev.position + 1] if 0 <= ev.position < len(sentences) - 1 else ""
    if not after or not _POINTS_BACK_PRONOUN.search(after) or not listed & set(tokenize(after)) \
            or len(split_enumeration(after)) < 2:
        return None
    return Evidence(text=after, passage=ev.passage, position=ev.position + 1, tokens=set(tokenize(after)))


ANNOUNCED_TERMS = 0.25  # the share of the question's terms (idf-weighted) a sentence announcing sub-sections holds


def cited_elsewhere(text: str, q: Question) -> bool:
    """The sentence reports another work's account: it carries a citation, and the question names neither that
    work's author nor earlier work at all (word list ``prior_work``)."""
    cites = CITATION.findall(text)
    if not cites:
        return False
    asked = set(tokenize(q.text))
    authors = {t for c in cites for t in tokenize(rx.sub(r"\d", " ", c))}
    return not (asked & authors) and not asks_prior_work(q)


def asks_prior_work(q: Question) -> bool:
    """Whether the question asks about earlier research or other works (word list ``prior_work``: "previous
    research", "penelitian sebelumnya"); ``q.text`` is already without what it rules out ("…, bukan penelitian
    sebelumnya")."""
    return bool(either_language(words()["prior_work"]).search(q.text))


_LABELLED = re.compile(r"^\s*(?:[-*•]\s+)?\*\*[^*]+[.:]\*\*")  # a bullet led by a bold label: "- **Purpose.** …"


def bullet_items(ev: Evidence) -> list[str]:
    """The bulleted or numbered lines that follow a sentence ending in a colon, or a sentence and the short label
    that ends its paragraph ("… the Kapolri signed six MoUs. The counterparts were:"), in the passage's own text."""
    text = ev.chunk.text
    at = text.find(ev.text)
    if at < 0:
        return []
    rest = text[at + len(ev.text):]
    if not ev.text.rstrip().endswith(":"):
        label = rx.match(r"[ \t]*[^\n:]{1,60}:[ \t]*\n", rest)
        if label is None:
            return []
        rest = rest[label.end():]
    # a list nested in a labelled bullet ("- **Six MoUs signed.** … The counterparts were:") ends at the next
    # labelled bullet ("- **Purpose.** …"), its sibling (the store keeps no indentation)
    line_start = text.rfind("\n", 0, at) + 1
    nested = bool(_LABELLED.match(text[line_start:at + len(ev.text)]))
    items: list[str] = []
    for line in rest.lstrip("\n").splitlines():
        m = rx.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+)", line)
        if not m:
            if line.strip():
                break
            continue
        if nested and _LABELLED.match(line):
            break
        items.append(m.group(1).strip())
    return items


def announces(text: str) -> bool:
    """A sentence that announces what follows ("caused by several factors, including …", "… as follows:")."""
    low = text.lower().rstrip()
    return low.endswith(":") or holds_phrase("announcing", low)


def with_continuation(chosen: list[Evidence], pool: list[Evidence], limit: int, follow: int = 2) -> list[Evidence]:
    """The best sentence brings the sentences that carry it on in its paragraph: all that follow (up to
    ``follow``) when it announces more, else the next one when that one points back to it ("This delegation …")."""
    if not chosen:
        return chosen
    run = [chosen[0]]
    _, nxt = neighbours(chosen[0], pool)
    if announces(chosen[0].text):
        while nxt is not None and len(run) <= follow:
            run.append(nxt)
            _, nxt = neighbours(nxt, pool)
    else:  # the sentences that point back to it ("This delegation …") or carry it on ("Then, …")
        while nxt is not None and len(run) <= follow and (POINTS_BACK.match(nxt.text) or _continues(nxt.text)
                                                          or same_subject(run[-1].text, nxt.text)):
            run.append(nxt)
            _, nxt = neighbours(nxt, pool)
    rest = [e for e in chosen[1:] if e not in run]
    return run + rest[: max(0, limit - len(run))]


def actor_names(text: str, q: Question) -> list[re.Match]:
    """Names of people, bodies or countries in a sentence that the question does not name itself (a sentence's
    first word counts only when it is not a function word: "Ministries/agencies are responsible …"). A day or
    month dates an event and a name after a locative ("at the Hotel Horison", "di Bekasi") places it: neither
    is who did it."""
    asked = {n.lower() for n in q.constraints.names}
    stops = stopwords("en")
    calendar = set(words()["weekdays"])
    placed = rx.compile(rf"\b(?:{locatives()})\s+(?:the\s+)?[*_]*$", re.I)
    place_end = -1  # where the last place ended: "in Bekasi, West Java" places both
    out = []
    for m in _NAME.finditer(text):
        name = m.group(0)
        first = name.split()[0].lower()
        if first in stops and " " in name:  # "The Harbour Authority": the name after its article
            m = _NAME.match(text, m.start() + len(name.split()[0]) + 1) or m
            name = m.group(0)
            first = name.split()[0].lower()
        if name.lower() in asked or first in stops or _YEAR.fullmatch(name) or len(name) < 3:
            continue
        if rx.match(r"[\w-]", text[m.end():m.end() + 1]) or name.endswith("-"):
            continue  # (a word cut where its letters end, "COVID-" of "COVID-19", names no one)
        if placed.search(text[max(0, m.start() - 14):m.start()]) or (
                place_end >= 0 and rx.fullmatch(r"[*_]*,\s*[*_]*", text[place_end:m.start()])):
            place_end = m.end()
            continue
        if first in calendar or first[:3] in MONTH_PREFIXES:
            continue
        if rx.fullmatch(r"[A-Z][a-z]+ed\s+[a-z]+\b.*", name):
            continue  # (a sentence's verb and its preposition, "Signed in Kuala Lumpur", is a clause, not a name)
        out.append(m)
    return out


def gives_consequence(text: str) -> bool:
    """A sentence that opens with a connective of result or purpose ("So, …", "Thus, …", "Sehingga …"), or has
    a one-word adverb of result within its first clause ("Their quality is therefore open to doubt"): it says
    why the sentence before it matters."""
    return bool(_consequence().match(text))


@lru_cache(maxsize=1)
def _consequence() -> re.Pattern:
    # ("so," with its comma: "So far …" opens no consequence)
    openers = "|".join(re.escape(m) for m in words()["consequence_openers"])
    # (a one-word adverb, "therefore", "thus", may stand after the subject and its verb)
    adverbs = "|".join(re.escape(m) for m in words()["consequence_openers"] if rx.fullmatch(r"[a-z]{4,}", m))
    return rx.compile(rf"^(?:(?:{openers})(?=[\s,])|(?:[\w'’-]+\s+){{1,5}}(?:{adverbs})\b)", re.I)


@lru_cache(maxsize=1)
def _sequence_opening() -> re.Pattern:
    return rx.compile("(?:" + "|".join(re.escape(m) for m in words()["sequence_markers"]) + r")\b")


def same_subject(sentence: str, after: str) -> bool:
    """Whether ``after`` opens with the subject ``sentence`` opens with, after any connective ("Thus, future
    researchers can still refine …" — "Future researchers can collect data …"): it carries the same point on.
    The subject is its first two words, neither a function word."""
    def opening(text: str) -> list[str]:
        text = _consequence().sub("", text.strip(), count=1).lstrip(" ,")
        return [w.lower() for w in rx.findall(r"[A-Za-z][\w-]*", text)[:2]]

    first, second = opening(sentence), opening(after)
    return len(first) == 2 and first == second and not any(w in all_stopwords() for w in first)


def _continues(text: str) -> bool:
    """A sentence that opens with a sequence marker ("Then, …", "Kemudian …")."""
    low = text.lower()
    return bool(_sequence_opening().match(low))
