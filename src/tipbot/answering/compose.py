"""Composition: the answer's wording — the direct answer first, then the evidence quoted verbatim and cited.

The direct answer is a span of the cited sentence (a figure with its noun, a date, a name), never a paraphrase;
quotes longer than a few clauses are trimmed to the clause that carries the answer, marked with an ellipsis.
Every line is framed in the question's language from ``data/reader_phrases.json``; quotes stay as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .. import rx
from ..answer import MONTH_PREFIXES, Draft, Statement, frame_quote, phrases, short_title
from ..chunking import chunk_sentences
from ..keyword import tokenize, word_family
from ..query import translate_terms
from ..report import clean_record
from ..schema import Chunk, cite
from ..verify import CURRENCY_BEFORE, MAGNITUDE, content_figures, figure_key, numbers_identifier, part_of_name
from .analysis import (
    NUMBER_WORDS,
    SECTION_WORDS,
    YEAR_SPAN,
    Question,
    answer_type,
    asked_office,
    asks_chair,
    asks_country,
    asks_range_ends,
    cited_sources,
    continents_asked,
    counted_act,
    countries,
    countries_in,
    country_pattern,
    dated_act,
    edition_pattern,
    editions,
    editions_asked,
    either_language,
    global_scope,
    names_given_total,
    office_pattern,
    ordinal_alternation,
    phrase_pattern,
    states_change,
    stopwords,
    time_unit_patterns,
    words,
)
from .answerability import (
    act_terms,
    asked_group,
    compared_nouns,
    counts_asked,
    divisor_noun,
    group_figures,
    holder_spans,
    kind_after,
    kind_asked,
    kind_spans,
    measured,
    quantity_kind,
    states_rank,
)
from .selection import (
    _DATE,
    _LAW_REF,
    _YEAR,
    CITATION,
    COUNTED_COMPOUND,
    FROM_TO,
    ITEM_NUMBER,
    LABEL_KINDS,
    LAW_KINDS,
    LAW_YEAR_AFTER,
    PLURAL_DATES,
    Evidence,
    ListAnswer,
    enumerated_items,
    fractions,
    has_constraint,
    head_tokens,
    is_record_note,
    law_things,
    law_with_year,
    other_bound,
    other_items_blanked,
    outside_law_references,
    outside_parentheses,
    stated_changes,
    tied_laws,
)

_FUNCTION = frozenset("""from in on at since by to of per for with who which that were was are is and or as than
dari pada di sejak oleh yang dan atau untuk dengan""".split())
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")  # an English participle ("indicating", "received")
NAME_WORDS = 6  # the words a capitalised name after a figure may run to
MAX_QUOTE_WORDS = 45  # a longer sentence is trimmed to the clauses that carry the answer
MIN_CLAUSE_WORDS = 10  # … but never to fewer words than this
LATEST_MARK = 120  # characters before a name in which a word of "former" or "current" marks it


@lru_cache(maxsize=1)
def reader_phrases() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("tipbot").joinpath("data/reader_phrases.json").read_text(encoding="utf-8"))


def ph(lang: str) -> dict[str, str]:
    table = reader_phrases()
    return table[lang] if lang in table else table["en"]


# -- direct answers ---------------------------------------------------------------------------------------------
_MONTHS = "|".join(sorted(MONTH_PREFIXES))
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTHS})[a-z]*\.?\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})[a-z]*\.?\s+$", re.I)


class _Figure(NamedTuple):
    """A figure as written: where it stands, its digits (both ends of a range) and its unit."""

    start: int
    end: int
    raw: str
    unit: str


# the words that join the two ends of a range written out: "43% to 50%", "91.24 hingga 91.54%"
_RANGE_JOIN = re.compile(r"\s*(?:to|until|sampai|hingga|s\.d\.|s/d)\s*", re.I)
_FIGURE = re.compile(rf"(?:{CURRENCY_BEFORE}|(?<![\w.]))"
                     r"(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?)"
                     r"(\s*(?:%|percent|persen))?")


def _figures(text: str, figs: set[str]) -> list[_Figure]:
    """The figures of ``text``, the two ends of a written-out range joined when both are figures of the sentence
    and the unit, if any, is written on the second or on both ("43% to 50%", "91.24 to 91.54%"); a year before
    "to" is no end of a range ("from 90.06% in 2020 to 91.24%")."""
    ms = list(_FIGURE.finditer(text))
    out = []
    i = 0
    while i < len(ms):
        a = ms[i]
        b = ms[i + 1] if i + 1 < len(ms) else None
        if b is not None and _RANGE_JOIN.fullmatch(text[a.end(): b.start()]) and a.group(1) in figs \
                and b.group(1) in figs and not (a.group(2) and not b.group(2)):
            out.append(_Figure(a.start(), b.end(), a.group(1), b.group(2) or ""))
            i += 2
            continue
        out.append(_Figure(a.start(), a.end(), a.group(1), a.group(2) or ""))
        i += 1
    return out


_DENOMINATOR = re.compile(r"\b(?:every|each|per|out\s+of|setiap|tiap|tiap-tiap)\s+$", re.I)
_RANGE_START = re.compile(r"\b\d[\d.,]*\s+(?:to|sampai|hingga|s\.d\.)\s+$", re.I)  # "3 to " before "15 years"


def _figure_value(span: str) -> str:
    """The digits of the figure a span opens with, a number word's too ("ten TIP victims" → "10")."""
    m = rx.match(r"\d[\d.,]*", span)
    if m:
        return rx.sub(r"\D", "", m.group(0))
    word = rx.match(r"[A-Za-z]+", span)
    return str(NUMBER_WORDS.get(word.group(0).lower(), "x")) if word else "x"


def _noun_after(text: str, end: int) -> int:
    """Where the noun phrase after a figure ends: up to three words, stopping at a function word; a copula right
    after the figure says what it counts in the words after it ("five were adult women", not "five were")."""
    figure_end = end
    copula = rx.match(r"\s+(?:were|was|are|is)(?=\s+[A-Za-z])", text[end:])
    end += copula.end() if copula else 0
    taken: list[str] = []
    while len(taken) < (NAME_WORDS if taken and all(t[0].isupper() for t in taken) else 3):
        w = rx.match(r"\s+([A-Za-z][\w-]*)", text[end:])
        if w is None or w.group(1).lower() in _FUNCTION:
            break
        # (a participle after the noun opens a clause about it: "75 reports indicating …", "861 reports received
        # …"; a capitalised name runs on: "52 Problematic Indonesian Migrant Workers")
        if taken and _PARTICIPLE.fullmatch(w.group(1)) and not w.group(1)[0].isupper():
            break
        taken.append(w.group(1))
        end += w.end()
    return end if taken else figure_end


def _figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of figures with the noun phrase that follows them ("2,778 people", "43-50%", "five strategies")."""
    spans = []
    figs = set(content_figures(text))
    for m in _figures(text, figs):
        raw = m.raw
        # (a range counts by either end: "3–15 years" whose "3" alone is too short to be a figure)
        if raw not in figs and not m.unit and not any(raw.startswith(f) or raw.endswith(f) for f in figs):
            continue
        if not m.unit and (_MONTH_AFTER.match(text, m.end) or _MONTH_BEFORE.search(text[:m.start])):
            continue  # the day of a date ("22 Aug 2023", "August 22"), not a count
        if part_of_name(text[: m.start]):
            continue  # part of a name ("COVID-19")
        spans.append((m.start, m.end if m.unit else _noun_after(text, m.end)))
    for w in NUMBER_WORDS:
        for m in rx.finditer(rf"\b{w}(?=\s+[a-z])", text, re.I):
            spans.append((m.start(), _noun_after(text, m.end())))
    spans += [(m.start(), m.end()) for m in COUNTED_COMPOUND.finditer(text)]
    return spans


# the words right after a figure that place it: "… victims in the Asia Pacific region", "… di Kamboja"
_PLACED = re.compile(r"[^,;.()]{0,25}?\b(?:in|at|di|dalam)\s+(?:the\s+)?((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2})")
_ITEM = re.compile(rf"{ITEM_NUMBER}\s|;\s")  # where an enumerated item opens: "3) ", "; "
ITEM_WEIGHT = 0.5  # a question term in a span's enumerated item, against one right beside the span
PLACE_REACH = 45  # characters after a figure searched for a place that qualifies it
PLACE_PENALTY = 4  # a figure placed where the question does not ask loses to one that is not


ENUMERATED_REACH = 60  # characters after a figure of an enumeration that its own words may run to
_JOINS = re.compile(r"[,;]|\s(?:and|dan|serta)\s", re.I)  # what joins the items of an enumeration


@lru_cache(maxsize=1)
def _world_tokens() -> frozenset[str]:
    """The tokens of word list ``global_scope`` that name the world ("world", "worldwide", "globe", "dunia"): each
    phrase's last (its noun or adverb: "throughout the world", "di dunia", "secara global")."""
    return frozenset(tokenize(p)[-1] for p in words()["global_scope"] if tokenize(p))


def _nearest_spans(text: str, spans: list[tuple[int, int]], q_tokens: set[str], head: str, limit: int,
                   years: list[str] | None = None, others: list[tuple[int, int]] = (), lang: str = "en") -> list[str]:
    """The spans whose surroundings (up to the neighbouring spans) share most terms with the question (the head
    noun counts double, and a year the question names right beside the span — "9.4% (2016)" — counts double too).
    ``others``: the text's other figures, ruled out as answers, whose words are still theirs, not a neighbour's
    ("50% of detected victims were trafficked for sexual exploitation, 38% for forced labour": the victims are
    the 50%'s words, not the 38%'s, when the 50% is ruled out). The head noun counts with its English renderings
    when ``lang`` is Indonesian ("korban" is the victims of "1,545 cases and 1,732 victims")."""
    head_toks = head_tokens(head, lang)
    ordered = sorted([*spans, *(o for o in others if not any(o[0] < e and s < o[1] for s, e in spans))])

    def place_of(span: tuple[int, int]) -> re.Match | None:  # (a place the text gives right after a figure)
        return _PLACED.match(text, span[1], min(len(text), span[1] + PLACE_REACH))

    def asked_place(placed: re.Match | None) -> int:  # (how many of its words the question uses)
        return len(set(tokenize(placed.group(1))) & q_tokens) if placed else 0

    # (whether the text places some figure where the question asks: "7 million in Africa")
    some_here = any(asked_place(place_of(sp)) for sp in spans)

    def value(span: tuple[int, int]) -> float:
        s, e = span
        # a span's surroundings stop at the spans either side: the words of the figure before it ("repatriated 52
        # workers and 172 victims") describe that figure, not this one
        i = ordered.index(span)
        # the words of the enumerated item a span stands in count too, at a lower weight ("3) the prevalence of
        # violence … continues to decline from 9.4% (2016) to 8.7% (2021)": both figures are that item's)
        opens = [m.end() for m in _ITEM.finditer(text, 0, s)]
        closes = [m.start() for m in _ITEM.finditer(text, e)]
        start, end = opens[-1] if opens else 0, closes[0] if closes else len(text)
        item = set(tokenize(text[start:end])) if opens or closes else set()
        # (and the surroundings stop where the item does: "… in Cambodia (KBRI, 2022), 2) there were 62 …" —
        # the place of item 1 says nothing about the figure of item 2)
        lo = max(s - 60, ordered[i - 1][1] if i > 0 else 0, start)
        # (in an enumeration of figures, "50% … for sexual exploitation, 38% for forced labour … and just over 1%
        # for begging", the words back to the comma or conjunction before a figure are the figure before it's)
        if i > 0:
            joined = [m.end() for m in _JOINS.finditer(text, lo, s)]
            lo = max([lo, *joined[-1:]])
        hi = min(e + 20, ordered[i + 1][0] if i + 1 < len(ordered) else len(text), end)
        # (a figure of an enumeration inside brackets has only the words inside them, up to the next join:
        # "(girls 19%, boys 15%) and adult men 20%" — the words after the closing bracket or comma are the next
        # figure's)
        opened = text.rfind("(", 0, s)
        closed = text.find(")", e) if opened > text.rfind(")", 0, s) and rx.search(r"\d", text[s:e]) else -1
        if closed >= 0 and sum(opened < a and b <= closed for a, b in ordered) >= 2:
            joined = _JOINS.search(text, e, closed)
            lo, hi = max(lo, opened + 1), min(hi, joined.start() if joined else closed)
        own_from = e
        if i + 1 < len(ordered):
            # (of parallel items, "50% of detected victims were trafficked for sexual exploitation, 38% for forced
            # labour", the next opens with the function word that opens this one's own part, "for": this one's
            # words run from it to the next comma or conjunction, and the words before it are the frame all share)
            opener = rx.match(r"\s*([a-z]+)\b", text[ordered[i + 1][1]:])
            joined = _JOINS.search(text, e, ordered[i + 1][0])
            reach = min(joined.start() if joined else hi, e + ENUMERATED_REACH, end)
            at = text.rfind(f" {opener.group(1)} ", e, reach) if opener and opener.group(1) in stopwords("en") else -1
            if at >= 0:
                own_from, hi = at, max(hi, reach)
        around = set(tokenize(text[lo:e] + " " + text[own_from:hi]))
        inside = set(tokenize(text[s:e]))
        beside = sum(2 for y in years or [] if y in text[max(0, s - 25): e + 25])
        # a figure the text places somewhere the question does not ("11 million victims in the Asia Pacific
        # region", asked for the world) answers for that place only
        placed = place_of(span)
        # (and one it places where the question asks counts that place twice, over a figure beside the same
        # words that the text gives for the whole: "21 million … throughout the world, … 11 million … in the Asia
        # Pacific region", asked for Asia Pacific)
        # (for one figure asked, as much as a figure placed elsewhere loses: "49.6 million people worldwide,
        # including 29.3 million in Asia", asked for Asia, is answered by the figure placed there, whatever words
        # the whole's figure shares; of several asked, the text's order of them stands)
        here = asked_place(placed)
        here = PLACE_PENALTY if here and limit == 1 else here
        # (and, for one figure asked, so does one the text puts in the whole world, "49.6 million people
        # worldwide", when another is placed where the question asks: word list ``global_scope``; for several
        # figures asked, "in Europe and in the Americas", unless the question asks of the world too)
        worldwide = some_here and (limit == 1 or not q_tokens & _world_tokens()) and bool(
            global_scope().search(text, e, min(len(text), e + PLACE_REACH)))
        elsewhere = PLACE_PENALTY if not here and (placed or worldwide) else 0
        # a span that names the noun counted ("861 police reports" for "how many reports") comes before one whose
        # surroundings merely share the question's words ("Polri reported 2,778 victims"), unless the text places
        # it elsewhere
        named = HEAD_SPAN if inside & head_toks and not elsewhere else 0
        return len(around & q_tokens) + ITEM_WEIGHT * len(item & q_tokens) + 2 * len(inside & head_toks) + beside \
            + here - elsewhere + named - s / 10_000

    ranked = sorted(spans, key=lambda sp: -value(sp))
    out: list[str] = []
    for s, e in ranked:
        piece = text[s:e].strip(" ,;")
        if piece and all(piece not in o and o not in piece for o in out):
            out.append(piece)
        if len(out) >= limit:
            break
    return out


def _told_after(text: str, span: tuple[int, int]) -> str:
    """The words right after a figure that tell what was done to what it counts. A breakdown in brackets right
    after it is passed over, and a figure inside brackets has none past its bracket: in "62 WNI (52 men, 10 women)
    were taken out of …" the act is the 62's, not the 10 women's."""
    s, e = span
    if text.rfind("(", 0, s) > text.rfind(")", 0, s):
        close = text.find(")", e)
        return text[e:min(e + KIND_REACH, close if close >= 0 else len(text))]
    breakdown = rx.match(r"\s*\([^()]*\)", text[e:])
    at = e + breakdown.end() if breakdown else e
    return text[at:at + KIND_REACH]


def operands(q: Question, evidence: list[Evidence], q_tokens: set[str]) -> list[tuple[str, Evidence]]:
    """The figures a sum, difference or ratio asked for is computed from ("combined share of children and women"):
    among the quoted sentences' figures (not years, not the day of a date), those whose own words — up to the
    figures either side — hold the question's terms, of one kind (all percentages or all counts), in the text's
    order; a difference or ratio takes the two best different figures. The question's names and years bind its
    figures ("data IOM 2017 dijumlahin"): when the sentences that hold them all give the operands, no other
    sentence's figure joins them (not ILO's "a total of 21 million …"). The figures the question gives itself are
    its operands when the evidence gives each of them (a share of a total: a percentage and a count)."""
    if q.arithmetic == "rate":
        return _rate_operands(q, evidence, q_tokens)
    # (so do the years of the works it cites, "versi Wardah (2023) sama Arbar (2022)": no years of what is asked,
    # but a figure's citation dates it, as a year the question gives does)
    cited_years = [y for y in dict.fromkeys(y for _, y in cited_sources(q.text)) if y not in q.constraints.years]
    if cited_years:
        q = replace(q, constraints=replace(q.constraints, years=[*q.constraints.years, *cited_years]))
    bound = [*q.constraints.names, *q.constraints.years]
    holding = [ev for ev in evidence if all(has_constraint(ev.text, c) for c in bound)] if bound else []
    # (the most specific of them: an item quoted from an enumerating sentence, "2) The target for the IPG in 2024
    # … from 90.06% in 2020", not the whole sentence whose item 1) gives another index's figures)
    holding = [ev for ev in holding if not any(o is not ev and o.text in ev.text for o in holding)]
    # (nor, when their figures are no operands, the whole sentence one of them is an item of, or a sentence dated to
    # a year the question does not ask: their figures are of something else — "the IPG target for 2024 above 2020"
    # is not the social-functioning index's "0.41% in 2024, from 0.34% in 2019")
    asked_years = set(q.constraints.years)
    rest = [ev for ev in evidence if not any(h is not ev and h.text in ev.text for h in holding)
            and not (holding and asked_years and set(_YEAR.findall(ev.text)) - asked_years)]
    if q.remainder:
        # (the whole and its part from one sentence: not one source's total less another's, "21 million − 20.9
        # million"; a glossary entry first when the question names the glossary, "menurut glosarium")
        glossary = either_language(words()["glossary_words"]).search(q.original)
        ordered = sorted(evidence, key=lambda ev: not (glossary and ev.chunk.kind == "glossary"))
        return next((pair for ev in ordered if len(pair := _operands(q, [ev], q_tokens)) == 2), [])
    found = (_operands(q, holding, q_tokens) if holding else []) or _operands(q, rest, q_tokens)
    # the figures the question itself gives are the operands when the sentences give each of them ("62 + 1138
    # dijumlahin berapa": not also the 172 beside them)
    asked = {figure_key(n) for n in q.constraints.numbers if n not in q.constraints.years}
    if q.arithmetic == "sum" and len(asked) == 1 and names_given_total(q.text):
        # "dari 4.761 pengaduan, yg terkonfirmasi ditambah yg ada indikasi totalnya brp?": the parts are summed,
        # not the whole the question gives them out of, and they are the parts the sentence giving that whole
        # names beside it, when one does
        def is_total(raw: str) -> bool:
            return figure_key(raw.split(" ")[0]) in asked

        every = _operands(q, evidence, q_tokens, every=True)
        holders = {id(ev) for raw, ev in every if is_total(raw)}
        beside = [(raw, ev) for raw, ev in every if id(ev) in holders and not is_total(raw)]
        parts = beside if len(beside) >= 2 else [(raw, ev) for raw, ev in found if not is_total(raw)]
        return parts if len(parts) >= 2 else []
    if q.arithmetic == "share" and len(asked) == 1:
        shares = [n for n in q.constraints.numbers if n.endswith("%")]
        if shares:
            return _total_of_given_share(evidence, q_tokens, shares[0])
        return _share_of_given(q, evidence, q_tokens, next(iter(asked)))
    if q.arithmetic == "share" and not asked and not q.constraints.numbers:
        return _share_of_source_total(q, evidence, q_tokens)
    given: dict[str, tuple[str, Evidence]] = {}  # (each figure once, where the text first gives it)
    every = _operands(q, evidence, q_tokens, every=True) if len(asked) >= 2 else []
    for raw, ev in every:
        if figure_key(raw) in asked:
            given.setdefault(figure_key(raw), (raw, ev))
    return list(given.values()) if len(asked) >= 2 and len(given) == len(asked) else found


def rate_duration(text: str, unit: str) -> str | None:
    """The number of ``unit``s of time a sentence says its figures cover ("in the four months since it was formed",
    "dalam 3 tahun"), in digits: what a total is divided by for its average per that unit. A span of calendar years
    ("from 2017 to 2022", "2017-2022", "between 2020 and 2022") covers each year it names, both ends counted (six,
    three). None when it says none."""
    found = rate_span(text, unit)
    return found[0] if found else None


def rate_span(text: str, unit: str) -> tuple[str, str] | None:
    """``rate_duration`` and, when a span of years gives it, that span as the text writes it ("2017 to 2022"),
    which the computed average shows as its input; "" for a number of units the text states."""
    m = time_unit_patterns()[unit][1].search(text)
    if m is not None:
        return str(NUMBER_WORDS.get(m.group(1).lower(), m.group(1))), ""
    span = _YEARS_SPANNED.search(CITATION.sub(" ", text)) if unit == "year" else None
    if span is None:
        return None
    start, end = (int(y) for y in filter(None, span.groups()))
    return (str(end - start + 1), span.group(0)) if end > start else None


# a span of whole calendar years: "2017-2022", "from 2017 to 2022", "between 2020 and 2022", "antara 2020 dan 2022"
# (not "2021 to April 2022", whose end is a month)
_YEARS_SPANNED = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–-]|to|until|till|sampai|hingga|s\.?d\.?)\s*((?:19|20)\d\d)\b"
                            r"|\b(?:between|antara)\s+((?:19|20)\d\d)\s+(?:and|dan)\s+((?:19|20)\d\d)\b", re.I)


def _rate_operands(q: Question, evidence: list[Evidence], q_tokens: set[str]) -> list[tuple[str, Evidence]]:
    """The operands of an average asked per a unit of time ("rata-rata sebulan brp orang"): of the first quoted
    sentence that says how many of those units its figures cover, the count (not a percentage, not that number)
    the question gives itself, else the one whose noun the question uses, else its first count; and that number of
    units."""
    for ev in evidence:
        found = rate_span(ev.text, q.per_time)
        if found is None:
            continue
        n, span = found
        counts = [raw for raw, _ in _operands(q, [ev], q_tokens, every=True)
                  if not raw.split(" ")[0].endswith("%") and figure_key(raw.split(" ")[0]) != n]
        named = [raw for raw in counts if _words_after(ev.text, ev.text.find(raw.split(" ")[0]) +
                                                       len(raw.split(" ")[0])) & q_tokens]
        # (a count the question gives itself is the total it asks the average of: "861 laporan dlm 4 bulan, rata2
        # sebulan brp?" divides the 861 reports, not the 2,778 people of the same sentence)
        given = {figure_key(x) for x in q.constraints.numbers if x not in q.constraints.years}
        stated = [raw for raw in counts if figure_key(raw.split(" ")[0]) in given]
        if stated or named or counts:
            # (a span of years goes with its count: "6 (2017 to 2022)")
            return [((stated or named or counts)[0], ev), (f"{n} ({span})" if span else n, ev)]
    return []


def _share_of_source_total(q: Question, evidence: list[Evidence], q_tokens: set[str]) -> list[tuple[str, Evidence]]:
    """The operands of a count asked of one group of a source the question names, no figure given ("how many
    child victims did SIMFONI record?"): where the passages naming the source give the group only as a share of
    a total count ("2,605 cases … Around 50.97% were children"), that share and that total; none where a sentence
    of the total's passage counts the group itself (that count is then the answer, not a computation), or the
    question names no source."""
    from .answerability import asked_group, group_figures, passage_of  # (here: each imports this module)
    from .extractive import unscored_evidence

    group = asked_group(q)
    names = q.constraints.names
    if group is None or not names:
        return []
    own = [ev for ev in evidence if all(has_constraint(passage_of(ev), n) for n in names)]

    def counts(text: str) -> list[re.Match]:  # (its figures that are no share and no year)
        return [m for m in rx.finditer(r"\d[\d.,]*\d|\d", text) if not _YEAR.fullmatch(m.group(0))
                and not rx.match(r"\s*(?:%|percent|persen)", text[m.end():], re.I)]

    def counts_group(text: str) -> bool:  # (a count of the group's own clause)
        held = set(group_figures(text, group))
        return any(rx.sub(r"\D", "", m.group(0)) in held for m in counts(text))

    # (the total may stand in the sentence before a quoted share: "… 2,605 cases … documented." before "Around
    # 50.97% were children, …")
    before = [unscored_evidence(ev.chunk, ev.position - 1, chunk_sentences(ev.chunk)[ev.position - 1])
              for ev in own if ev.position > 0]
    own = [*own, *(b for b in before if all(b.text != ev.text for ev in own))]
    for ev in own:
        for m in counts(CITATION.sub(lambda c: " " * len(c.group(0)), ev.text)):
            found = _share_of_given(q, [ev, *evidence], q_tokens, figure_key(m.group(0)), part=group)
            # (the passage of the total must not count the group itself: its count is the answer then)
            if found and not any(counts_group(x.text) for x in evidence if x.chunk.id == ev.chunk.id):
                return found
    return []


def _share_of_given(q: Question, evidence: list[Evidence], q_tokens: set[str],
                    total: str, part: re.Pattern | None = None) -> list[tuple[str, Evidence]]:
    """The operands of a count asked of a part of a total the question gives ("out of 2,605 cases, how many were
    men?"): that total where a quoted sentence gives it, and the one percentage of the same sentence, or of the
    sentence after it, whose own words (up to the next clause) name the part ("… and 2.89% were men"; by the
    question's terms, or by ``part``, a group's words); none when no percentage, or more than one, does."""
    holder = next((ev for ev in evidence if total in {figure_key(f) for f in content_figures(ev.text)}), None)
    if holder is None:
        return []
    after = [ev for ev in evidence if ev.chunk.id == holder.chunk.id and ev.position == holder.position + 1]
    if not after:
        # (the sentence after it in its passage, whether or not it was chosen to be quoted)
        from .extractive import unscored_evidence  # (here: extractive imports this module)

        sentences = chunk_sentences(holder.chunk)
        after = [unscored_evidence(holder.chunk, holder.position + 1, sentences[holder.position + 1])
                 ] if holder.position + 1 < len(sentences) else []
    named: list[tuple[str, Evidence]] = []
    for ev in [holder, *after]:
        for m in rx.finditer(r"(\d[\d.,]*)\s*(?:%|percent\b|persen\b)([^,;.%]*?)(?=[,;.]|\d|$)", ev.text):
            if (part.search(m.group(2)) if part is not None else set(tokenize(m.group(2))) & q_tokens):
                named.append((m.group(1) + "%", ev))
    raw_total = next((f for f in content_figures(holder.text) if figure_key(f) == total), None)
    return [named[0], (raw_total, holder)] if len(named) == 1 and raw_total else []


def _total_of_given_share(evidence: list[Evidence], q_tokens: set[str], share: str) -> list[tuple[str, Evidence]]:
    """The operands of a count asked of a share the question gives ("since 2005 IOM helped how many? if 69% were
    women, how many women?"): that share, where a quoted sentence gives it, and the one count of that sentence
    (not a year) whose own words the question uses, or its only count; none when the sentence gives no such
    count, or several."""
    key = figure_key(share)
    for ev in evidence:
        given = content_figures(ev.text)
        if key not in {figure_key(f) for f in given}:
            continue
        counts = [m for m in rx.finditer(r"\d[\d,]*(?:\.\d+)?(?!\s*(?:%|percent\b|persen\b))", ev.text)
                  if m.group(0) in given and not _YEAR.fullmatch(m.group(0)) and figure_key(m.group(0)) != key]
        named = [m for m in counts if set(tokenize(ev.text[m.end(): m.end() + 40])) & q_tokens]
        pick = named if len(named) == 1 else counts if len(counts) == 1 else []
        if pick:
            return [(share, ev), (pick[0].group(0), ev)]
    return []


def _operands(q: Question, evidence: list[Evidence], q_tokens: set[str],
              every: bool = False) -> list[tuple[str, Evidence]]:
    """The operands chosen among the figures of ``evidence`` (``every``: all its figures, in order)."""
    found: list[tuple[int, int, str, bool, Evidence]] = []  # (score, order, raw, percent, evidence)
    # the question names sources the quoted sentences cite ("data SBMI ama Wardah"): only their figures count
    # (in the paper's and the digests' sentences: a bracket of a glossary entry, "(RAN PP-TPPO 2020–2024, signed …)",
    # is no citation)
    naming = any(named for ev in evidence if ev.chunk.kind in ("paper", "digest")
                 for _, _, named in _citation_clauses(ev.text, q))
    dated: dict[int, str] = {}  # (a figure's order → the year its sentence dates it to)
    named: dict[int, frozenset[str]] = {}  # (a figure's order → the question's words among its own)
    counts: dict[int, set[str]] = {}  # (a figure's order → the tokens of the three words after it)
    for ev in evidence:
        text = ev.text
        spans = sorted(sp for sp in _figure_spans(text) if text[sp[0]].isdigit())
        restated = _restated_spans(text, spans)
        for i, (s, e) in enumerate(spans):
            # (a percent sign may stand apart from its figure: "0.41 %")
            m = rx.match(r"(\d[\d,]*(?:\.\d+)?)\s*(%|percent|persen)?", text[s:max(e, s + 1) + 9])
            if m is None or (not m.group(2) and rx.fullmatch(r"(?:19|20)\d\d", m.group(1))):
                continue
            if numbers_identifier(text[:s]):
                continue  # ("Law No. 21 of 2007 … Core penalty: 3–15 years": the law's number is no operand)
            # ("21 million": a figure in words of magnitude keeps its word, which says the number it writes)
            magnitude = MAGNITUDE.match(text, s + len(m.group(0)))
            if magnitude and m.group(2):
                continue
            # (a bracket restating the figures before it for another year, "(in 2015: 9,039 and 85,490)": each has
            # the words of the figure in its place before the bracket)
            lo, hi = _figure_words(text, spans, restated.get(i, i))
            if naming and not _cited_to_named(text, (s, e), q):
                continue  # "SBMI's and Wardah's figures added up": not the other sources' figures
            # (the question's years date the data; they are no words of what a figure counts: "554 reports in
            # 2015–2019" is not the victims asked about because the question names 2015–2019)
            shared = frozenset({t for t in tokenize(text[lo:hi]) if not _YEAR.fullmatch(t)} & q_tokens)
            score = len(shared)
            named[len(found)] = shared
            # (a range writes its unit once, at its end: "from 91.24 to 91.54%" is of two percentages)
            unit = m.group(2) or _RANGE_UNIT.match(text, s + len(m.group(0)))
            raw = m.group(1) + ("%" if unit else "") + (f" {magnitude.group(0).strip()}" if magnitude else "")
            dated[len(found)] = _figure_year(text, s, e)
            counts[len(found)] = _words_after(text, s + len(m.group(0)))  # (after its digits: its span may hold
            # its noun)
            found.append((score, len(found), raw, bool(unit), ev))
    if every or not found:
        return [(raw, ev) for _, _, raw, _, ev in found]
    if q.arithmetic == "midpoint":  # ("titik tengah target IPG 2024": the two ends of the range asked about)
        return _range_ends(evidence, q_tokens)
    if q.arithmetic == "difference" and asks_range_ends(q.text, q.language):
        # "selisih hukuman penjara minimal dan maksimal": the two ends of the range whose words the question uses
        # ("3–15 years' prison", not the fine's "Rp120–600 million" beside it)
        return _range_ends(evidence, q_tokens)
    # (not the two ends of one change, "nambah anggota dari brp jadi brp, trus nambah brp kementerian": its nouns
    # name one count)
    nouns = compared_nouns(q) if not q.change else []
    if q.arithmetic in ("difference", "ratio") and len(nouns) == 2:
        # "how many more victims than cases", "orang per laporan": one figure of each noun the question compares
        # (1,732 victims, 1,545 cases), the best of each; none computed when the quoted sentences lack either
        # (a difference of a count of citizens and an index value is no answer)
        of_noun = [[f for f in found if not f[3] and counts[f[1]] & noun] for noun in nouns]
        # (both counts from one sentence when a sentence gives both: "861 police reports and 1,037 suspects" of one
        # reporting date, not one source's suspects over another source's reported cases)
        together = [(a, b) for a in of_noun[0] for b in of_noun[1] if a[4] is b[4] and a is not b]
        pair = max(together, key=lambda ab: (ab[0][0] + ab[1][0], -ab[0][1])) if together else tuple(
            max(fs, key=lambda f: (f[0], -f[1]), default=None) for fs in of_noun)
        if any(f is None for f in pair) or pair[0] is pair[1]:
            return []
        if q.arithmetic == "ratio" and pair[0][4].chunk.id != pair[1][4].chunk.id:
            return []  # (a ratio of one passage's suspects to another's reported cases divides unrelated counts)
        if q.arithmetic == "ratio" and (divisor := divisor_noun(q, nouns)) is not None:
            # ("suspects per police report", "1 laporan itu brp tersangka": the count of the noun after "per" or
            # "one" divides the other, whatever order the text gives them in)
            return [(f[2], f[4]) for f in (pair[1 - divisor], pair[divisor])]
        return [(raw, ev) for _, _, raw, _, ev in sorted(pair, key=lambda f: f[1])]
    ends = _dated_ends(q, found, dated, q_tokens, counts)
    if ends is not None:
        return ends
    # ("how many more … in 2016?": not a figure the sentence dates to another year, "(in 2015: 9,039 and 85,490)")
    asked_years = set(q.constraints.years)
    of_year = [f for f in found if not (asked_years and dated[f[1]] and dated[f[1]] not in asked_years)]
    found = of_year if len(of_year) >= 2 else found
    # of one kind: the percentages for a share, else the kind with more figures whose own words the question uses
    kinds = [[f for f in found if f[3] == pct and f[0] >= 1] for pct in (True, False)]
    kinds = [k for k in kinds if len(k) >= 2]
    if not kinds and q.arithmetic == "difference" and evidence:
        # "by how much did it rise from 2019 to 2024?": the best sentence's two figures of one kind ("0.41 %, an
        # increase from … 0.34% in 2019"), whatever words stand beside them
        first = [f for f in found if f[4] is evidence[0]]
        # (not a pair no word of the question stands beside: "women aged 15-64 … in the last 12 months" is no
        # change the question asks of)
        kinds = [k for k in _pairs_of_one_kind(first) if any(f[0] for f in k)]
    if not kinds:
        return []
    chosen = kinds[0] if q.percent and kinds[0][0][3] else max(kinds, key=lambda fs: (len(fs), sum(f[0] for f in fs)))
    if q.arithmetic in ("difference", "ratio", "percent"):
        # (both from one sentence when a sentence gives two or more figures the question's words stand beside:
        # UNODC's "50% … sexual exploitation, 38% for forced labour", not the paper's 83% of another measure)
        several = [fs for fs in _by_sentence(chosen) if sum(1 for f in fs if f[0]) >= 2]
        if several and len(several) < len(_by_sentence(chosen)):
            chosen = max(several, key=lambda fs: (sum(f[0] for f in fs), -fs[0][1]))
        # (two different figures: one that two sentences both give is one figure)
        distinct: dict[str, tuple] = {}
        for f in sorted(chosen, key=lambda f: (-f[0], f[1])):
            distinct.setdefault(figure_key(f[2].split(" ")[0]), f)
        chosen = list(distinct.values())[:2]
    if q.arithmetic == "sum":
        # (a figure another quoted sentence gives again, the paper's and a digest's "970 girls and 5,907 women", is
        # one figure, added once; two equal figures of one sentence are two)
        first: dict[str, Evidence] = {}
        chosen = [f for f in sorted(chosen, key=lambda f: f[1])
                  if first.setdefault(figure_key(f[2].split(" ")[0]), f[4]) is f[4]]
        # (a figure whose words the question uses only as it names another figure is not one it names: "sexual
        # exploitation or forced labour, taken together" adds the 50% and the 38%, not "6% for forced criminal
        # activity")
        chosen = [f for f in chosen if not any(named[f[1]] < named[o[1]] for o in chosen)]
        # (the parts the question names joined, "Europe and the Americas combined", are the figures whose words name
        # one of them: not the world total the sentence gives before them)
        parts = [set(tokenize(n)) for n in joined_names(q)]
        placed = [f for f in chosen if any(p <= named[f[1]] for p in parts)]
        chosen = placed if len(placed) >= 2 else chosen
        # (the figures come from one sentence when a sentence gives two or more of them: "46.14% were women, and
        # 2.89% were men" of the paper's SIMFONI data, not beside UNODC's "girls 19% … adult men 20%"; figures of
        # two sources, one each, are added as the question asks)
        by_sentence = _by_sentence(chosen)
        several = [fs for fs in by_sentence if len(fs) >= 2]
        if len(several) < len(by_sentence) or len(several) >= 2:
            chosen = max(several, key=lambda fs: (sum(len(named[f[1]]) for f in fs), -fs[0][1]), default=chosen)
    chosen = sorted(chosen, key=lambda f: f[1])[:MAX_OPERANDS]
    return [(raw, ev) for _, _, raw, _, ev in chosen] if len(chosen) >= 2 else []


def joined_names(q: Question) -> list[str]:
    """The names and places a question joins with a coordinator ("Europe and the Americas", "Malaysia & Thailand"):
    the parts of a sum it asks."""
    names = [*q.constraints.names, *q.constraints.places]
    # (a name read with its coordinator, "Asia and Africa", is the two joined)
    within = [part for n in names for part in _COORDINATED.split(n) if _COORDINATED.search(n)]
    joined = [(a, b) for a in names for b in names if a != b and rx.search(
        rf"{re.escape(a)}\s*(?:,|and|dan|&|plus|\+|sama)\s*(?:the\s+)?{re.escape(b)}", q.text, re.I)]
    return list(dict.fromkeys([*within, *(n for pair in joined for n in pair)]))


_COORDINATED = re.compile(r"\s+(?:and|dan|&)\s+(?:the\s+)?", re.I)


HEAD_SPAN = 100  # over any count of shared words: a figure whose own span names the noun counted
_DECADE_OR_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?:(?<=0)(?:s|-an)\b|\b)")  # a year, or a decade: "1990s"
_YEAR_LIST = re.compile(r"\b(?:19|20)\d\d(?:\s*(?:,|and|dan|or|atau|&)\s*(?:19|20)\d\d\b)+")  # "2016, 2021 and 2024"
COUNTED_REACH = 30  # characters after a figure within which the noun it counts stands ("1,732 victims")


def _words_after(text: str, at: int) -> set[str]:
    """The tokens of the (up to) three words after a figure that ends at ``at``: where the noun it counts stands."""
    return set(tokenize(" ".join(rx.findall(r"[\w-]+", text[at:at + COUNTED_REACH])[:3])))


# a bracket that restates figures for another year: "(in 2015: 9,039 and 85,490)", "(2015: …)", "(tahun 2015: …)"
_YEAR_BRACKET = re.compile(r"\((?:in|pada|tahun|thn)?\s*(?:19|20)\d\d\s*:\s*([^()]*)\)", re.I)


def _figure_words(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """Where the words of the ``i``-th figure of a sentence stand: up to 40 characters either side, within the
    neighbouring figures, from the clause boundary before it ("46.14% were women, and 2.89% were men") to the one
    after it ("repatriated 13,714 nationals and foreign governments deported 27,855": "foreign governments" are
    the words of the 27,855)."""
    s, e = spans[i]
    lo = max(spans[i - 1][1] if i else 0, s - 40)
    cut = [m.end() for m in rx.finditer(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or|dan|atau)\s+", text[lo:s])]
    lo = lo + cut[-1] if cut else lo
    hi = min(spans[i + 1][0] if i + 1 < len(spans) else len(text), e + 40)
    after = rx.search(r",\s+|\s+(?:and|or|dan|atau)\s+", text[e:hi])
    return lo, e + after.start() if after else hi


def _restated_spans(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """For figures inside a bracket that restates, for another year, as many figures as stand before it in the
    sentence ("… repatriated 13,714 … deported 27,855 (in 2015: 9,039 and 85,490)"): each one's index → the
    index of the figure in the same place before the bracket. {} when there is no such bracket."""
    out: dict[int, int] = {}
    for m in _YEAR_BRACKET.finditer(text):
        inside = [i for i, (s, _) in enumerate(spans) if m.start(1) <= s < m.end(1)]
        before = [i for i, (s, e) in enumerate(spans)
                  if s < m.start() and not rx.fullmatch(r"(?:19|20)\d\d", text[s:e])]
        if inside and len(before) >= len(inside):
            out.update(zip(inside, before[-len(inside):], strict=True))
    return out


_RANGE_TO = r"(?:to|until|sampai|hingga|[–-])"  # the word or dash between a range's two ends: "91.24 to 91.54%"
_RANGE_UNIT = re.compile(rf"\s*{_RANGE_TO}\s*\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|persen\b)", re.I)


# a range of two figures, with the unit or word of magnitude written once at its end ("3–15 years",
# "Rp120–600 million", "from 91.24 to 91.54%")
# (what follows a range's first end: its join, its other end and the unit written once, as groups)
_RANGE_REST = rf"\s*(?:%\s*)?{_RANGE_TO}\s*(\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|persen\b)?"
_RANGE = re.compile(rf"(?<![\d.,])(\d[\d,]*(?:\.\d+)?){_RANGE_REST}(?:\s*(million|billion|juta|miliar)\b)?", re.I)
RANGE_WORDS = 40  # characters either side of a range within which the words of what it measures stand


def _range_ends(evidence: list[Evidence], q_tokens: set[str]) -> list[tuple[str, Evidence]]:
    """The two ends of the range of the quoted sentences whose words share the most terms with the question (the
    first of equals), each with the range's unit; none when no sentence gives a range (nor a span of years)."""
    best: tuple[int, int, list[tuple[str, Evidence]]] | None = None
    order = 0
    for ev in evidence:
        for m in _RANGE.finditer(ev.text):
            if all(rx.fullmatch(r"(?:19|20)\d\d", x) for x in m.group(1, 2)):
                continue  # ("2020-2024": a period, no range of values)
            unit = "%" if m.group(3) else ""
            magnitude = f" {m.group(4)}" if m.group(4) else ""
            # (its own words: up to the figures either side, "3–15 years' prison and Rp120–600 million fine" gives
            # the fine's range "fine" and the prison term's "years' prison")
            before = ev.text[max(0, m.start() - RANGE_WORDS): m.start()]
            after = ev.text[m.end(): m.end() + RANGE_WORDS]
            words_ = set(tokenize(rx.split(r"\d", before)[-1] + " " + rx.split(r"\d", after)[0]))
            ends = [(m.group(1) + unit + magnitude, ev), (m.group(2) + unit + magnitude, ev)]
            key = (len(words_ & q_tokens), -order)
            if best is None or key > best[:2]:
                best = (*key, ends)
            order += 1
    return best[2] if best is not None else []


def range_end(raw: str, text: str) -> str | None:
    """The other end of the range that a figure opens in ``text`` ("91.24%" in "ranges from 91.24 to 91.54%" →
    "91.54%"), with the range's unit; None when the figure opens no range."""
    number = raw.split(" ")[0].rstrip("%")
    m = rx.search(rf"(?<![\d.,]){re.escape(number)}{_RANGE_REST}", text, re.I)
    if m is None or bool(m.group(2)) != raw.endswith("%"):
        return None
    return m.group(1) + ("%" if m.group(2) else "")


def _item_figures(figures: list[tuple], text: str, q_tokens: set[str]) -> list[tuple]:
    """Of one sentence's figures, those of its enumerated item ("1) … 2) … 3) …") whose words hold the most of
    the question's terms: a change asked of one item is not computed from another's figures. All of them when
    the sentence enumerates nothing, or no item holds a term of the question."""
    items = enumerated_items(text)
    held = [len(set(tokenize(x)) & q_tokens) for x in items]
    if len(items) < 2 or not max(held):
        return figures  # (no item holds a term of the question: none is more about it than another)
    best = items[held.index(max(held))]
    return [f for f in figures if f[2].split(" ")[0].rstrip("%") in best]


def _pairs_of_one_kind(figures: list[tuple]) -> list[list[tuple]]:
    """The percentages and the counts among ``figures`` (one sentence's), each kind kept when it is exactly two:
    the two ends of a change the sentence states ("fell from 74% in 2004 to 46% in 2018")."""
    return [k for k in ([f for f in figures if f[3] == pct] for pct in (True, False)) if len(k) == 2]


def _stated_ends(figures: list[tuple], text: str) -> list[list[tuple]]:
    """For a sentence with more figures of each kind than a change's two ends (an enumeration: "1) … 90.06% …
    3) … from 9.4% (2016) to 8.7% (2021)"): the pairs it states as a change from one to the other, of one kind;
    of several, the pair whose figures' own words hold the most of the question's terms."""
    def raw(number: str, unit: str | None) -> str:
        return number + ("%" if unit else "")

    pairs = []
    for m in FROM_TO.finditer(text):
        a = next((f for f in figures if f[2] == raw(m.group(1), m.group(2))), None)
        b = next((f for f in figures if f[2] == raw(m.group(3), m.group(4))), None)
        if a is not None and b is not None and a is not b and a[3] == b[3]:
            pairs.append([a, b])
    return [max(pairs, key=lambda p: p[0][0] + p[1][0])] if pairs else []


def _written_ends(ev: Evidence) -> list[tuple[str, Evidence]]:
    """The two ends of the one change a sentence states from one figure to another, as written ("membership grew
    from 19 to 24 ministries", where the figures read one by one take "19 to 24" for a range), when the reading of
    its figures found no pair: both of one kind, neither a year, not a range ("ranges from 91.24 to 91.54%"). []
    when it states none, or several."""
    ends = []
    for m in stated_changes(ev.text):
        a, b = m.group(1) + ("%" if m.group(2) else ""), m.group(3) + ("%" if m.group(4) else "")
        if bool(m.group(2)) == bool(m.group(4)) and not any(_YEAR.fullmatch(x) for x in (a, b)):
            ends.append([(a, ev), (b, ev)])
    return ends[0] if len(ends) == 1 else []


def _figure_year(text: str, start: int, end: int) -> str:
    """The year a sentence dates a figure to: a year right after it ("74% in 2004"), else the last year before it
    ("In 2016 the ministry repatriated 13,714", "(in 2015: 9,039 and 85,490)"); a year that labels what follows
    ("in 2015: …") dates the figures after it, not one before it; so does the year of the survey or source that a
    bracket right after the figure names ("9.4% (SHPN, 2016)"). "" when the sentence dates it to none."""
    after = rx.match(r"\s*(?:in|pada|tahun|thn|\((?:[^()\d]{1,30},\s*)?)\s*((?:19|20)\d\d)\b(?!\s*:)", text[end:],
                     re.I)
    if after:
        return after.group(1)
    before = [m.group(1) for m in _YEAR.finditer(text[:start])]
    return before[-1] if before else ""


def _by_sentence(figures: list[tuple]) -> list[list[tuple]]:
    """Operand figures (score, order, raw, percent, evidence) grouped by the sentence that gives them, in order."""
    groups: dict[int, list[tuple]] = {}
    for f in figures:
        groups.setdefault(id(f[4]), []).append(f)
    return list(groups.values())


def _dated_ends(q: Question, found: list[tuple], dated: dict[int, str], q_tokens: set[str],
                counts: dict[int, set[str]]) -> list[tuple[str, Evidence]] | None:
    """The two ends of a change asked ("by how many did it rise from 2015 to 2016?", "turun brp poin dr 2004 ke
    2018"): for each of the question's years that dates figures of the quoted sentences, its figure with the most
    of the question's words, both of one kind (percentages or counts); asked between no two years, the two
    figures of one kind of the best sentence that gives a change between two ("fell from 74% to 46%"). [] when
    the sentences do not give both ends (no end is taken from another sentence's figures); None when the question
    asks no change."""
    if not q.change:
        return None
    years = list(dict.fromkeys(q.constraints.years))
    if len(years) < 2:
        best_sentence = max(found, key=lambda f: f[0])[4]
        if not states_change(best_sentence.text):
            return []  # ("43% to 50% of citizens abroad" is a range, not a change between two figures)
        own = _item_figures([f for f in found if f[4] is best_sentence], best_sentence.text, q_tokens)
        kinds = _pairs_of_one_kind(own)
        kinds = kinds if len(kinds) == 1 else _stated_ends(own, best_sentence.text)
        if len(kinds) == 1:
            return [(raw, ev) for _, _, raw, _, ev in kinds[0]]
        return _written_ends(best_sentence)
    ends = []
    for pct in (True, False):
        of_years = [f for f in found if f[3] == pct and dated.get(f[1], "") in years]
        # (both ends from one sentence when a sentence gives both: "from 9.4% (SHPN, 2016) to 8.7% (SHPN, 2021)",
        # not one end from another sentence's measure of the same year, "26.1% … lifetime (SPHPN 2021)")
        whole = [fs for fs in _by_sentence(of_years) if len({dated[f[1]] for f in fs}) >= 2]
        if whole:  # (of several, one that states a change: "continues to decline from … to …")
            of_years = max(whole, key=lambda fs: (states_change(fs[0][4].text), sum(f[0] for f in fs)))
        best = {}
        for f in of_years:
            year = dated[f[1]]
            if year not in best or f[0] > best[year][0]:
                best[year] = f
        if len(best) == 2:
            # (the two ends measure one thing: "9.4% past-12-month … 8.7% past-12-month", not "26.1% lifetime",
            # by the words after each figure, then by the question's words beside them)
            first, second = (sorted(f for f in of_years if dated[f[1]] == y) for y in best)
            pair = max(((a, b) for a in first for b in second),
                       key=lambda ab: (len(counts[ab[0][1]] & counts[ab[1][1]]), ab[0][0] + ab[1][0]))
            best = {dated[f[1]]: f for f in pair}
        if len(best) == 2:
            ends.append(sorted(best.values(), key=lambda f: f[1]))
    if len(ends) == 2:
        # (both kinds dated to the two years: the pair whose own words hold more of the question's, "the IPG
        # target … from 90.06% in 2020", not "women aged 15-64 … in the last 12 months")
        held = [sum(f[0] for f in pair) for pair in ends]
        ends = [ends[held.index(max(held))]] if held[0] != held[1] else ends
    if len(ends) != 1:
        return []
    return [(raw, ev) for _, _, raw, _, ev in ends[0]]


MAX_OPERANDS = 4  # figures a sum adds up
KIND_REACH = 20  # characters after a figure's span within which its unit may stand ("120 million rupiah")


def _falls(question: str) -> bool:
    """Whether a question asks of a fall (a verb of decrease of word list ``falling_verbs``), not a rise."""
    return bool(either_language(words()["falling_verbs"]).search(question))


def computed_value(q: Question, inputs: list[str], lang: str) -> str | None:
    """The statement of a sum, difference, ratio, percentage or share of ``inputs`` ("50.97% + 46.14% = 97.11%
    (computed: …)", "2,778 ÷ 861 ≈ 3.2", "2,047 ÷ 2,648 ≈ 77.3%", "50.97% × 2,605 ≈ 1,328"; "21 million − 11
    million = 10 million": figures in words of one magnitude are computed and shown in it; of two magnitudes, "21
    million" and "970", none is)."""
    table = phrases()[lang if lang in phrases() else "en"]  # (beside the computed date difference's wording)
    count, _, span = inputs[1].partition(" ") if q.arithmetic == "rate" and len(inputs) == 2 else ("", "", "")
    if q.arithmetic == "rate" and len(inputs) == 2 and float(count) > 1:
        # ("21 million ÷ 3 years ≈ 7 million a year": the total's word of magnitude stays with it; "2,605 ÷ 6 years
        # (2017 to 2022)": the span of years counted, both ends in)
        total, _, magnitude = inputs[0].partition(" ")
        value = float(total.replace(",", "")) / float(count)
        names = words()["time_units"][q.per_time][lang if lang in ("en", "id") else "en"]
        # (an Indonesian noun has no plural form: "3 tahun")
        unit, units = names[0], names[1] if lang == "en" and len(names) > 1 else names[0]
        result = f"{value:,.1f}".removesuffix(".0") + (f" {magnitude}" if magnitude else "")
        return table["computed_rate"].format(total=inputs[0], n=count, units=units, unit=unit, result=result,
                                             span=f" {span}" if span else "")
    words_ = {x.split(" ", 1)[1].lower() if " " in x else "" for x in inputs}
    if len(words_) > 1:
        return None  # ("21 million" and "970": not of one magnitude)
    magnitude = f" {inputs[0].split(' ', 1)[1]}" if " " in inputs[0] else ""
    digits = [x.split(" ", 1)[0] for x in inputs]
    values = [float(x.rstrip("%").replace(",", "")) for x in digits]
    percent = digits[0].endswith("%")
    places = max((len(x.rstrip("%").split(".")[1]) if "." in x else 0) for x in digits)

    def show(v: float) -> str:
        return (f"{v:,.{places}f}" if places else f"{round(v):,}") + ("%" if percent else "") + magnitude

    if q.arithmetic == "sum":
        return table["computed_sum"].format(inputs=" + ".join(inputs), result=show(sum(values)))
    if q.arithmetic == "difference" and len(values) == 2:
        (a, ra), (b, rb) = sorted(zip(values, inputs, strict=True), reverse=True)
        # (two percentages differ by percentage points: "74% − 46% = 28 percentage points", not "28%", a share)
        result = show(a - b).rstrip("%") + f" {table['percentage_points']}" if percent else show(a - b)
        text = table["computed_difference"].format(a=ra, b=rb, result=result)
        if q.percent_change and not percent and b > 0:
            # (a change asked as a share: of the earlier figure, the smaller for a rise, the larger for a fall)
            base, rbase = (a, ra) if _falls(q.text) else (b, rb)
            text += " " + table["computed_change_percent"].format(
                change=result, base=rbase, result=f"{(a - b) / base * 100:,.1f}%")
        return text
    if q.arithmetic == "midpoint" and len(values) == 2:
        a, b = values
        return table["computed_midpoint"].format(a=inputs[0], b=inputs[1], result=show((a + b) / 2))
    if q.arithmetic == "ratio" and len(values) == 2 and not percent and min(values) > 0:
        # (the larger over the smaller, unless the question names the divisor: "police reports per suspect" is
        # 861 ÷ 1,037, the operands' order)
        pairs = list(zip(values, inputs, strict=True))
        (a, ra), (b, rb) = pairs if divisor_noun(q, compared_nouns(q)) is not None else sorted(pairs, reverse=True)
        return table["computed_ratio"].format(a=ra, b=rb, result=f"{a / b:,.{1 if a >= b else 2}f}")
    if q.arithmetic == "percent" and len(values) == 2 and not percent and min(values) > 0:
        (a, ra), (b, rb) = sorted(zip(values, inputs, strict=True), reverse=True)
        return table["computed_percent"].format(part=rb, total=ra, result=f"{b / a * 100:,.1f}%")
    if q.arithmetic == "share" and len(values) == 2:
        pct = [(v, r) for v, r in zip(values, digits, strict=True) if r.endswith("%")]
        whole = [(v, r) for v, r in zip(values, inputs, strict=True) if not r.split(" ")[0].endswith("%")]
        if len(pct) == 1 and len(whole) == 1:
            return table["computed_share"].format(share=pct[0][1], total=whole[0][1],
                                                  result=f"{round(pct[0][0] * whole[0][0] / 100):,}{magnitude}")
    return None


def _citation_clauses(text: str, q: Question) -> list[tuple[int, int, bool]]:
    """The clauses of a sentence that cites sources clause by clause ("… 52 workers (KBRI, 2022), 2) 62 citizens
    (Arbar, 2022) …"), each ending at its citation: (start, end, whether the question names that source)."""
    asked = set(tokenize(q.original)) | set(q.source_names)
    clauses, start = [], 0
    for m in CITATION.finditer(text):
        clauses.append((start, m.end(), bool(set(tokenize(rx.sub(r"\d", " ", m.group(0)))) & asked)))
        start = m.end()
    return clauses


def _cited_to_named(text: str, span: tuple[int, int], q: Question) -> bool:
    """Whether ``span`` lies in a clause of ``text`` cited to a source the question names (the clause ends at its
    citation: "… 267 reported cases (SBMI, 2023)")."""
    return any(a <= span[0] < b and named for a, b, named in _citation_clauses(text, q))


def _in_named_source_clause(text: str, span: tuple[int, int], q: Question) -> bool:
    """In a sentence that cites several sources clause by clause, whether ``span`` lies in the clause cited to a
    source the question names ("menurut KBRI", "according to SBMI"). True when the question names none of the
    sentence's sources."""
    clauses = _citation_clauses(text, q)
    if len(clauses) < 2 or not any(named for _, _, named in clauses):
        return True
    return _cited_to_named(text, span, q)


# words with which a question asks where something comes from: its data, its source, who reported it
_ASKS_SOURCE = re.compile(r"\b(?:data\w*|sources?|sumber\w*|report(?:s|ed)?|laporan\w*|according|menurut|cited|"
                          r"dikutip|kutip\w*)\b", re.I)


@lru_cache(maxsize=1)
def _provenance_before() -> re.Pattern:
    """A phrase of provenance right before a name ("Data from the …", "according to …", "menurut …")."""
    return rx.compile(rf"(?:{phrase_pattern(words()['provenance']).pattern})\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _rounded_before() -> re.Pattern:
    """A word that rounds a figure, right before it ("about half", "sekitar separuh"; list ``approximators``)."""
    forms = sorted((w for lg in ("en", "id") for w in words()["approximators"][lg]), key=len, reverse=True)
    return rx.compile(rf"\b(?:{'|'.join(re.escape(w) for w in forms)})\s+$", re.I)


def in_digits(span: str) -> str:
    """A figure the sentence writes in words, written in digits for the direct answer ("five years" → "5 years",
    "Nine sectoral bodies" → "9 …"): digits read the same in either language; the quote keeps the words."""
    # (a whole word, or one joined to its counted noun: "eight-point"; not "two-thirds")
    word = rx.match(r"[A-Za-z]+(?![\w-])", span) or (
        rx.match(r"[A-Za-z]+(?=-)", span) if COUNTED_COMPOUND.match(span) else None)
    value = _figure_value(span) if word else "x"
    return f"{value}{span[word.end():]}" if value != "x" else span


_DAY_RANGE_START = re.compile(r"\b\d{1,2}\s*[–-]\s*$")  # the first day of a span written before its last: "19–"


def with_first_day(text: str, start: int, date: str) -> str:
    """A date with the first day of the span it ends, as ``text`` writes it ("19–21 July 2022", not "21 July
    2022"): a span of days is answered whole."""
    m = _DAY_RANGE_START.search(text[:start]) if start > 0 else None
    return text[m.start():start] + date if m else date


_DATE_ASKED = re.compile(r"\b(?:when|kapan|tanggal|tgl|what date|which date)\b", re.I)  # a date interrogative


SCALE_RANKS = 3  # distinct ranks a sentence names when it sets out a scale rather than assigning one


@lru_cache(maxsize=1)
def _office_only() -> re.Pattern:
    """A capitalised run that is an office and nothing else ("Assistant Deputy"), built once."""
    return rx.compile(rf"(?:[A-Z][\w-]*\s+)*?(?:{office_pattern().pattern})", re.I)


# where a sentence's clauses part: a sentence end, or a comma before a contrastive conjunction
_CLAUSES = re.compile(r"(?<=[.;])\s+|,\s+(?=(?:while|whereas|but|sedangkan|sementara|tetapi|namun)\b)", re.I)


# a law or regulation's reference with its year ("Law No. 12/2017", "Law No. 12 of 2017", "UU Nomor 5 Tahun 2009")
_LAW_WITH_YEAR = re.compile(rf"\b{law_with_year(25)}", re.I)


def law_dated(q: Question, text: str) -> str | None:
    """The year of the act a date question asks, when the act is one done by a law (word list ``legal_acts``:
    ratify, amend, revoke …) and the sentence's clause that tells it gives no date but the law's reference: the
    law's year ("Indonesia ratified it by Law No. 12/2017" → "2017 (Law No. 12/2017)"); the sentence's other
    dates ("signed … on 21 Nov 2015") date other acts. None otherwise."""
    act = dated_act(q)
    if not act or not either_language(words()["legal_acts"]).fullmatch(act):
        return None
    terms = act_terms(act, q.language)
    # (clauses end at a semicolon or a sentence's period, not an abbreviation's: "Law No. 12/2017")
    for clause in rx.split(r"(?<=;)\s+|(?<=[a-z0-9)]{2}\.)\s+(?=[A-Z])", text):
        law = _LAW_WITH_YEAR.search(clause)
        if law and terms & set(tokenize(clause)) and not _DATE.search(clause):
            return f"{law.group(1)} ({law.group(0)})"
    return None


def restatement(text: str, years: list[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """A bracket that restates a sentence's figures for a year the question asks and the sentence's own clause does
    not name ("In 2016 the ministry repatriated 13,714 … and … deported 27,855 (in 2015: 9,039 and 85,490)"): the
    figures before it and those inside it, in their order, as many of each; None when there is none."""
    for year in years:
        m = rx.search(rf"\(\s*(?:in\s+|pada\s+|tahun\s+|th\s+)?{year}\s*[:,]\s*[^()]*\)", text, re.I)
        if m is None:
            continue
        start = max(0, text.rfind(". ", 0, m.start()) + 1)
        inside = [(s, e) for s, e in _figure_spans(text) if m.start() < s and e <= m.end() and text[s:e] != year]
        before = [(s, e) for s, e in _figure_spans(text) if start <= s and e <= m.start()]
        if inside and len(before) >= len(inside) and year not in text[start:m.start()]:
            return before[-len(inside):], inside
    return None


SUCCESSION_TYPES = ("fact", "actor", "definition")  # the answer types a question of succession comes in


@lru_cache(maxsize=1)
def _succession() -> tuple[re.Pattern, re.Pattern]:
    """The question's words of succession (either language) and a sentence's word before the name replaced, with
    that name: capitalised words (with "of", "for", "and" between them) and a parenthesis that spells it out."""
    table = words()["succession"]
    marks = "|".join(re.escape(m) for m in sorted(table["marks"], key=len, reverse=True))
    name = r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’&-]*)*(?:\s*\([^()]{1,60}\))?"
    return either_language(table["asks"]), rx.compile(
        rf"\b(?:{marks})\s+(?:the\s+)?(?:older\s+|former\s+|earlier\s+)?({name})")


def succeeded_name(q: Question, best: Evidence) -> str:
    """What the question's subject took the place of ("BP2MI penerus badan apa?" → "BNP2TKI"), from a sentence on
    that subject (its glossary entry, or one naming it): the name after the sentence's word of succession
    ("successor of BNP2TKI"), unless the question names it itself (it then asks the other side: "who replaced the
    minister …"). "" when the question asks no succession or the sentence names none."""
    asks, mark = _succession()
    about = best.chunk.text if best.chunk.kind == "glossary" else best.text
    if not asks.search(q.text) or not q.constraints.names or not all(has_constraint(about, n)
                                                                       for n in q.constraints.names):
        return ""
    found = mark.search(best.text)
    name = found.group(1).strip() if found else ""
    return "" if not name or has_constraint(q.text, rx.sub(r"\s*\(.*", "", name)) else name


def figures_described(q: Question) -> set[str]:
    """The figures (their digits) of a question that asks who or what they count (an actor or a fact asked, with
    a figure given that is no year): ``figure_described``."""
    if q.answer_type != "actor" and not (q.answer_type == "fact" and _GROUP_ASKED.search(q.text)):
        return set()
    return {rx.sub(r"\D", "", n) for n in q.constraints.numbers if n not in q.constraints.years}


# an interrogative with a head noun of a group of people or things ("which group", "what category", "kelompok apa")
_GROUP_ASKED = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:group|category|kind|type|people|part)s?\b|"
                          r"\b(?:kelompok|kategori|golongan|jenis)\s+(?:apa|mana|siapa)\b", re.I)


def figure_described(q: Question, text: str) -> str | None:
    """Who or what a figure the question gives counts, when it asks who or which group that is ("the 2.89% in the
    SIMFONI data is which group?": "… and 2.89% were men" → men; "the 172 from KBRI, who were they?": "172
    Indonesian migrant workers"): the noun phrase after that figure in the sentence, past a copula."""
    asked = figures_described(q)
    for m in _FIGURE.finditer(text) if asked else ():
        if rx.sub(r"\D", "", m.group(1)) in asked:
            noun = rx.sub(r"^\s*(?:were|was|are|is)\s+", "", text[m.end():_noun_after(text, m.end())]).strip()
            if noun:
                return noun
    return None


def direct_answer(q: Question, best: Evidence, q_tokens: set[str], places: frozenset[str] = frozenset(),
                  lower_words: frozenset[str] = frozenset()) -> str | None:
    """The figure, date, name or place the question asks for, as it stands in the best sentence; never what the
    question itself names (its own law, its own countries). ``places``: the store's gazetteer of cities and
    regions, which a place answer may be; ``lower_words``: the words the store writes in lower case, which
    alone name no one."""
    text = without_heading(best.text, best.chunk.section)  # (a heading run into the sentence answers nothing)
    if q.answer_type in SUCCESSION_TYPES:
        succeeded = succeeded_name(q, best)
        if succeeded:
            return succeeded  # ("BP2MI penerus badan apa?": "successor of BNP2TKI")
    described = figure_described(q, text)
    if described:
        return described  # ("yg 2,89% itu kelompok siapa?": "men")
    # a question that asks twice ("how many … and from how many reports?") gets two spans
    # ("from what % to what %", "dari berapa ke berapa": a value at each end of a change)
    asks_twice = len(rx.findall(r"\b(how many|how much|berapa|when|kapan|who|siapa|what\s*(?:%|percent\w*|share|"
                                r"figure|number|rate))(?!\w)", q.text, re.I)) >= 2
    limit = 2 if asks_twice or len(q.parts) >= 2 else 1
    if q.answer_type == "quantity" and q.provision:
        # ("pasal berapa …?": the number of the provision the sentence names, "Article 58", not a count it gives,
        # "from 19 to 24 ministries")
        from .answerability import PROVISION_FORMS  # (here: answerability imports this module)

        # (one provision, named alone: a list after a plural, "Articles 5, 6, 7, 9 and 10", says not which one)
        found = [m.group(0) for m in rx.finditer(
            rf"\b(?:{PROVISION_FORMS.get(q.provision, q.provision)})\s+\d+(?:\(\d+\))?(?![\d(])", text, re.I)]
        return "; ".join(dict.fromkeys(found[:limit])) or None
    if q.answer_type == "quantity":
        # the question's own figures ("aged 15-64", "I found the 83%") are context, not the answer
        # (a figure written as a word is the same figure: "for every ten victims" when the question says "10")
        own = {rx.sub(r"\D", "", n) for n in rx.findall(r"\d[\d.,]*", q.text)} | {
            str(v) for w, v in NUMBER_WORDS.items() if rx.search(rf"\b{w}\b", q.text, re.I)}
        spans = [(s, e) for s, e in _figure_spans(text) if _figure_value(text[s:e]) not in own]
        # (a denominator counts nothing: "for every ten TIP victims identified, five were women")
        spans = [(s, e) for s, e in spans if not _DENOMINATOR.search(text[:s])] or spans
        spans = outside_law_references(text, spans)
        # (nor is a section's number: "Section 3.1 correctly states …")
        spans = [(s, e) for s, e in spans if not rx.search(rf"\b(?:{SECTION_WORDS})\s*$", text[:s], re.I)]
        at = q.text.find(q.part_of) if q.part_of else -1
        whole = kind_after(q.text, at + len(q.part_of)) if at >= 0 else None
        if whole:  # ("how many of the 2,778 people rescued …": a part of them is people too, not "861 police reports")
            spans = [(s, e) for s, e in spans if kind_after(text, s) in (None, whole)]
        if q.excluded:  # "korbannya brp? bukan tersangkanya": not the figure of the thing the question rules out
            unwanted = set(tokenize(q.excluded)) | (set(tokenize(" ".join(translate_terms(q.excluded))))
                                                    if q.language == "id" else set())
            spans = [(s, e) for s, e in spans if not set(tokenize(text[s:e])) & unwanted] or spans
        if q.percent:  # a share, rate or prevalence is answered by a percentage: a count of cases is not one
            # (or by a fraction, with the hedge before it, where the sentence gives no percentage: "about half")
            spans = [(s, e) for s, e in spans if rx.search(r"%|percent|persen", text[s:e], re.I)] or [
                ((h.start() if (h := _rounded_before().search(text[:m.start()])) else m.start()), m.end())
                for m in fractions().finditer(text.lower())]
        if q.bound:  # (not a figure the text marks as the other bound: "up to 15 years" for the minimum)
            spans = [sp for sp in spans if not other_bound(text.lower(), sp, q.bound)]
            # (the upper end of a range gives both bounds with its lower end: "3 to 15 years" for the minimum)
            spans = [((m.start() if (m := _RANGE_START.search(text[:s])) else s), e) for s, e in spans]
        spans = [sp for sp in spans if _in_named_source_clause(text, sp, q)] or spans
        regions = continents_asked(q.text)
        if regions and not any(rx.search(rf"\b(?:{'|'.join(map(re.escape, regions))})\b",
                                         text[s:e + PLACE_REACH], re.I) for s, e in spans):
            # ("how many are in Europe?" of "21 million … throughout the world, … 11 million … in the Asia Pacific
            # region": no figure of the sentence is placed in the continent asked, so none answers)
            return None
        group = asked_group(q)
        if group is not None:  # ("brp persen korban laki2": the figure whose clause names men)
            named = set(group_figures(text, group))
            spans = [(s, e) for s, e in spans if rx.sub(r"\D", "", text[s:e]) in named] or spans
        act = counted_act(q) if limit == 1 else ""  # (a question asking twice may count two acts)
        if act:  # "berapa WNI yang dipulangkan": the figure whose own stretch of text tells that act ("repatriated 52")
            terms = act_terms(act, q.language)
            bounds = [0, *(e for _, e in spans)]
            spans = [sp for i, sp in enumerate(spans)
                     if terms & set(tokenize(text[bounds[i]:sp[0]] + _told_after(text, sp)))] or spans
        nouns = compared_nouns(q) if q.arithmetic in ("difference", "ratio") else []
        if len(nouns) == 2:  # ("how many more victims than cases": a figure of neither is no part of the answer)
            spans = [(s, e) for s, e in spans if _words_after(
                text, s + m.end() if (m := rx.match(r"\D*\d[\d.,]*", text[s:e])) else e) & (nouns[0] | nouns[1])]
        kind = quantity_kind(q)
        if kind:  # "how much is the fine, in rupiah?": a sum of money, not "15 years" (of the same sentence)
            # (a rank's number is a label, no count: it is the rank with its unit, "Tier 3")
            # (a figure of that kind is one its unit belongs to: "3–15 years and Rp120–600 million" has one sum of
            # money, whose "Rp" stands after the years)
            written = kind_spans(text, kind)
            if kind == "rank" and len({rx.sub(r"\D", "", text[s:e]) for s, e in written}) >= SCALE_RANKS:
                return None  # ("Tier 1, Tier 2, Tier 2 Watch List, Tier 3": the scale set out, no rank given)
            if kind == "identifier":  # ("PubMed ID?": the figure its own label names, not "volume 29" beside it)
                label = set(kind_asked(q)[1].lower().replace("-", " ").split())
                written = [(s, e) for s, e in written if set(rx.findall(r"[a-z]+", text[s:e].lower())) & label]
            spans = written if kind in LABEL_KINDS else [
                (s, e) for s, e in spans if any(a < e and s < b for a, b in written)]
        elif counts_asked(q):
            # "how many DPR members voted": a measure with its unit ("3–15 years' prison", "Rp120–600 million") is
            # no count of the noun asked; with no other figure there is no direct answer, only the quotes
            spans = [sp for sp in spans if not measured(text, sp)]
        # (nor do the words of the thing it rules out speak for a figure)
        asked_tokens = q_tokens - unwanted if q.excluded else q_tokens
        # (a word that rounds or bounds a figure right before it stays with it: "more than 9,000", "about 275
        # participants", "lebih dari 2.700" — the figure alone says more than the sources do)
        spans = [((h.start() if text[s].isdigit() and (h := _rounded_before().search(text[:s])) else s), e)
                 for s, e in spans]
        restated = restatement(text, q.constraints.years) if limit == 1 else None
        if restated is not None:
            # ("… repatriated 13,714 nationals and … deported 27,855 (in 2015: 9,039 and 85,490)", asked for 2015:
            # the figure the question's words pick of the sentence's own, restated for the year asked)
            before, inside = restated
            picked = _nearest_spans(text, before, asked_tokens, q.head, 1, None, _figure_spans(text), q.language)
            at = [text[s:e].strip(" ,;") for s, e in before].index(picked[0]) if picked else -1
            if at >= 0:
                return in_digits(text[inside[at][0]:inside[at][1]])
        found = _nearest_spans(text, spans, asked_tokens, q.head, limit, q.constraints.years, _figure_spans(text),
                               q.language)
        return "; ".join(in_digits(f) for f in found) or None
    if q.answer_type == "date":
        from .extractive import date_clauses, dates_or_months  # (here: extractive imports this module)

        if q.period:  # "what period does it cover": the span of years the sentence gives, else no one date
            span = YEAR_SPAN.search(CITATION.sub(" ", text))
            return span.group(0) if span else None
        if q.end:  # ("until when": the date a word of ending opens, or a period's last year; never its first)
            from .selection import ended_dates

            ended = ended_dates(CITATION.sub(lambda m: " " * len(m.group(0)), text), q)
            return text[ended[0][0]:ended[0][1]] if ended else None
        by_law = law_dated(q, text)
        if by_law:  # ("when did Indonesia ratify ACTIP?": "Indonesia ratified it by Law No. 12/2017")
            return by_law
        text = other_items_blanked(text, q)  # (not another item's date: "4) in the May 2023 report …")
        from .answerability import bracket_owner  # (here: answerability imports this module)

        # (nor a date in the brackets after another document than the one the question names: "Perpres 19/2023
        # (…, signed 22 Feb 2023)" does not date Perpres 49/2023)
        dates = [with_first_day(text, m.start(), m.group(0)) for m in _DATE.finditer(text)
                 if not q.constraints.documents or (owner := bracket_owner(text, m.start())) is None
                 or owner[0] in q.constraints.documents]
        if PLURAL_DATES.search(q.original):
            limit = len(text)  # ("tahun brp aja?", "in which years?": every date or year it gives)
        # (of a question in parts, one asks a date and another asks for something else by its own interrogative:
        # "dibentuk tgl brp dan di bawah koordinasi siapa?"; a part without one shares the date's: "kapan diterima,
        # direvisi, dan disetujui")
        kinds = [answer_type(p, q.language) for p in q.parts]
        if limit == 2 and not q.interval and kinds.count("date") < 2 and set(kinds) - {"date", "fact"} \
                and len(_DATE_ASKED.findall(q.text)) < 2:
            limit = 1
        asked = editions_asked(q)
        if asked:
            # ("kapan KTT ASEAN ke-43?": of "42nd ASEAN Summit (…, May 2023); 43rd Summit in Jakarta, Sept 2023", the
            # date in the clause that names the edition asked, a month if that is all it gives)
            found = dates_or_months(text)
            clauses = date_clauses(text, found) if found else []
            named = [raw for (_, raw), c in zip(found, clauses, strict=True) if edition_pattern(asked).search(c)]
            if named:
                return with_first_day(text, text.find(named[0]), named[0])
        if len(dates) > limit:
            # ("Signed … on 21 Nov 2015; entered into force on 8 March 2017" for "when did it enter into force?":
            # the date whose own clause holds most of the question's words)
            clauses = [set(tokenize(c)) for c in date_clauses(text, [(None, d) for d in dates])]
            fit = [len(c & q_tokens) for c in clauses]
        if len(dates) > limit == 1:
            # (a clause naming the question's own subject, a name or a country, counts it twice: "Viet Nam deposited
            # on 5 January 2017 and Myanmar on 16 January 2017" for "kapan Myanmar nyetor …")
            subject = set(tokenize(" ".join([*q.constraints.names, *q.constraints.places])))
            fit = [f + len(c & subject) for f, c in zip(fit, clauses, strict=True)]
            dates = [dates[max(range(len(dates)), key=lambda i: (fit[i], -i))]]
        elif len(dates) > limit >= 2:
            # ("Received Feb 22, 2024 Revised Mar 18, 2024 Accepted May 03, 2024" for "when was it received and
            # accepted?": of more dates than are asked, those whose own clause, their label, holds the question's
            # words, in the text's order)
            if max(fit) > 0:
                dates = [dates[i] for i in sorted(sorted(range(len(dates)), key=lambda i: (-fit[i], i))[:limit])
                         if fit[i] > 0]
        if not dates:
            # (nor a year listed beside the question's own: "rounds in 2016, 2021 and 2024" enumerates instances,
            # of which the question asks about one, "the 2021 survey")
            listed = {y for m in _YEAR_LIST.finditer(text) if set(ys := _YEAR.findall(m.group(0))) & set(
                q.constraints.years) for y in ys}
            # (a decade is one as written: "from the 1990s", "sejak 1990-an")
            dates = [m.group(0) for m in _DECADE_OR_YEAR.finditer(text)
                     if m.group(1) not in q.constraints.years and m.group(1) not in listed]
        return "; ".join(dict.fromkeys(dates[:limit])) or None
    office = asked_office(q)
    held = holder_spans(text, office, lower_words, places) if office else []
    # (not a form of the office the question itself writes: "Kepala Biro … (Karo Penmas)")
    held = [(s, e) for s, e in held if text[s:e].lower() not in q.original.lower()]
    if held:
        # "who is the spokesperson of …": the person the sentence names beside that office, not every name in it
        return "; ".join(dict.fromkeys(text[s:e] for s, e in held[:limit]))
    if asks_country(q):
        # "ketuanya negara mana?": a country the sentence names, not one the question names
        # (of the sentence or clause holding the question's years and most of its words: "… (China, Japan, South
        # Korea) on 22 Aug 2023. Laos took over the chair for 2024." is Laos for 2024)
        if q.rank and not states_rank(text, q.rank):
            return None  # ("which country was the sixth to ratify?": a sentence that gives no such rank)
        asked = asked_countries(q)
        # (a contrastive clause is a clause of its own: "Cambodia ranks high as a country of origin …, while
        # Thailand is the leading destination country" answers "the leading destination" with Thailand)
        pieces = sorted(_CLAUSES.split(text), key=lambda c: (
            -sum(y in c for y in q.constraints.years), -len(set(tokenize(c)) & q_tokens)))
        named = [countries()[m.group(1).lower()] for c in pieces for m in country_pattern().finditer(c)]
        named = [c for c in dict.fromkeys(named) if c not in asked]
        if q.rank:
            # (ranks given in the order of the countries: "Viet Nam … and Myanmar …, the fourth and fifth states")
            order = [r for _, r in sorted((m.start(), r) for r in range(1, 11) for m in rx.finditer(
                rf"(?<![\w-])(?:{ordinal_alternation(r)})(?![\w-])", text, re.I))]
            if len(order) == len(named) > 1 and q.rank in order:
                return named[order.index(q.rank)]
        return named[0] if named else None
    if q.answer_type == "actor" and asks_chair(q.text):
        from .answerability import chair_matches  # (here: answerability imports this module)

        # ("under which country's chairmanship was ACTIP signed?": the country named as the chair, not another the
        # sentence names, "Indonesia ratified it")
        held = list(dict.fromkeys(country for country, _ in chair_matches(text)))
        return held[0] if held else None
    if q.answer_type == "actor":
        from .selection import actor_names

        edition = editions_asked(q)
        if edition:
            # ("who hosted the 22nd SOMTC meeting?": of a sentence that goes on to another edition, "its first
            # meeting … hosted by Divhubinter Polri", the doer of the clause that names the edition asked)
            clauses = rx.split(r"(?<=[.;])\s+", text)
            named = [c for c in clauses if edition_pattern(edition).search(c)]
            if named and any(n not in edition for c in clauses if c not in named for n, _ in editions(c, q.language)):
                text = " ".join(named)
        # a name that is mostly the question's own words ("Prevention and Handling of … Trafficking" for a question
        # about the trafficking task force) or a month ("Aug") is not who did it
        office = asked_office(q)

        def named_actor(name: str) -> bool:
            words_ = name.split()
            # (the office the question names, before the name of its holder: "Coordinating Minister Mahfud MD" is
            # measured by "Mahfud MD")
            held = office and name.lower().startswith(office.lower() + " ")
            toks = set(tokenize(name[len(office):] if held else name))
            own = len(toks & q_tokens) / len(toks) if toks else 1.0
            # (a capitalised common noun, "Government", or a heading run into a sentence, "METHOD This", is no one;
            # nor is the expansion of an acronym the question names: "Memorandum of Understanding" for "MoU")
            # (a last word in capitals is an initial or acronym, not a stop word: "Mahfud MD")
            common = (len(words_) == 1 and not name.isupper() and name.lower() in lower_words) or \
                (words_[-1].lower() in stopwords("en") and not words_[-1].isupper())
            initials = {"".join(w[0] for w in words_ if w[0].isupper()).lower(), "".join(w[0] for w in words_).lower()}
            expands = any(len(i) >= 2 and i == w.lower() for i in initials
                          for w in rx.findall(r"[A-Za-z]{2,}", q.text) if not w.islower())
            # (nor are places joined: "Indonesian and Cambodian", "Bekasi and Cambodia")
            joined = rx.split(r"\s+(?:and|dan|or|atau|&)\s+|,\s*", name)
            placed = all(p.lower() in countries() or p in places for p in joined)
            return (not placed and own < 0.5 and not common
                    and not expands and name.lower()[:3] not in MONTH_PREFIXES)  # (a place is not who did it)
        # a name inside a citation ("(KBRI, 2022)") is a source, not who did it; so is one the sentence says its
        # content comes from ("Data from the Ministry of Foreign Affairs website shows …"; word list "provenance")
        # (unless the question asks whose data or report it is: "which ministry is the data … from?")
        cited = [(m.start(), m.end()) for m in CITATION.finditer(text)]
        source = None if _ASKS_SOURCE.search(q.text) else _provenance_before()
        # (a rank or title cut off by its period, "Gen." of "Gen. Neth Savoeun", is part of the name after it)
        spans = [(m.start(), m.end()) for m in actor_names(text, q) if named_actor(m.group(0))
                 and not rx.fullmatch(r"[A-Z][a-z]{0,4}\.\s+[A-Z]", text[m.start():m.end() + 3])
                 and not any(a <= m.start() < b for a, b in cited)
                 and not (source and source.search(text[: m.start()]))]
        spans = outside_law_references(text, spans)  # ("Undang-Undang Nomor 12 Tahun 2017" names a law, no one)
        # (an office right before its holder's name is no doer of its own: "Assistant Deputy **Veronica Enda
        # Wulandari**" is Veronica Enda Wulandari)
        spans = [(a, b) for a, b in spans if not (
            _office_only().fullmatch(text[a:b])
            and any(rx.fullmatch(r"[\s*_]{1,4}", text[b:c]) for c, _ in spans))]
        # "who opened the meeting": the agent the sentence gives that act ("opened by X") is the answer, not the
        # other names beside it ("hosted by Y and opened by X"). (Not a name before the act's verb: "Minister X
        # agreed with General Y" does not say who signed for Y's side.)
        from .extractive import act_tokens

        act = act_tokens(q)
        # (a name the sentence marks as a former holder still tells that the act has a doer; it is not the answer)
        named, spans = spans, [sp for sp in spans if sp not in former_holders(text, spans, q.text)] or spans
        doers = [(a, b) for a, b in spans if act and set(tokenize(" ".join(
            rx.findall(r"([A-Za-z]+)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[*_]*$", text[max(0, a - 50):a]))))
            & act]  # (an office may stand between "by" and the name: "accompanied by Assistant Deputy **Veronica …**")
        # (a sentence that tells the act with no one doing it, neither an agent after "by" nor a name just before
        # the verb, "ASEAN adopted …", gives no doer: its other names did something else)
        subjects = [(a, b) for a, b in named if act and set(tokenize(" ".join(
            rx.findall(r"[A-Za-z]+", text[b:b + 40])[:3]))) & act]
        if act and not doers and not subjects and set(tokenize(text)) & act:
            return None
        # (a name right before the act's verb, "Khieu Sopheak rejected the findings", did it: its subject; not of
        # an act done with another, "X agreed with Y", whose other side did it too; a question in two parts asks
        # for more than the one doer)
        alone = [(a, b) for a, b in subjects if (a, b) in spans
                 and not rx.match(r"[\s*_]*[A-Za-z]+\s+(?:with|together|dengan|bersama)\b", text[b:], re.I)]
        # (parts that ask other things, "…, and where?", ask for no other doer)
        doers_asked = [answer_type(part, q.language) for part in q.parts].count("actor")
        acting = doers or (doers_asked < 2 and alone) or spans
        if office and office.lower() in words()["person_roles"]["cited"]:
            # "siapa nama penulis artikel VOA …": the author of a work is the name its sentence gives after "by"
            # ("A 2023 news article by F. Wardah"), not the bodies a sentence citing the work names
            acting = [(a, b) for a, b in acting if rx.search(r"\b(?:by|oleh)\s+[*_]*$", text[max(0, a - 12):a], re.I)]
            if not acting:
                return None
        if office and doers_asked < 2:
            # "who was the Coordinating Minister who …": the name the office the question names stands before
            titled = [(a, b) for a, b in acting if rx.match(rf"{re.escape(office)}\s+[A-Z]", text[a:b], re.I)]
            acting = titled or acting
        names = [rx.sub(r"['’]s$", "", n) for n in _nearest_spans(text, acting, q_tokens, "", limit + 1)]
        return "; ".join(dict.fromkeys(names)) or None
    if q.answer_type == "law":
        # (a law whose title and clause share no term of the question answers nothing it asks: "which law governs
        # the protection of migrant workers?" is not answered by the Perpres of a national action plan named beside
        # it)
        fitted = [(fit, m) for fit, m in laws_fit(text, q, q_tokens) if fit > 0]
        # (nor one of a sentence that does not give the period of years the question names the law's subject by:
        # "the plan of 2015–2019 was set by which regulation?" is not answered by a sentence on the law of 2007)
        period = asked_period(q)
        if period and not all(rx.search(rf"\b{y}\b", text) for y in period):
            return None
        acted = either_language(words()["legal_acts"]).findall(q.text)
        terms = {t for a in acted for t in act_terms(a, q.language)}
        if terms:  # ("which law ratified the Palermo Protocol?": a law whose own clause tells the ratifying)
            fitted = [(fit, m) for fit, m in fitted if terms & set(tokenize(
                text[max(0, m.start() - LAW_CLAUSE):m.end() + LAW_CLAUSE]))]
            # (and of what the question names after the act, in the sentence or its source's title: "ratified ACTIP
            # by Law No. 12 of 2017" does not answer "which law ratified the UN Convention against Transnational
            # Organized Crime?")
            after = q.text.lower().find(acted[0].lower())
            objects = [n for n in q.constraints.names if q.text.find(n) > after
                       and not rx.fullmatch(rf"(?:{LAW_KINDS})", n, re.I)]  # (not the kind asked: "pake UU apa")
            where = f"{text} {best.chunk.title} {best.chunk.section}"
            if not fitted or not all(has_constraint(where, n) for n in objects):
                return None
        found = [law_named(text, m) for fit, m in fitted if fit == fitted[0][0]]
        return "; ".join(dict.fromkeys(found[:limit + 1])) or None
    if q.answer_type == "place":
        edition = editions_asked(q)
        if edition:
            # ("KTT ASEAN ke-42 di mana?" of "42nd ASEAN Summit (Labuan Bajo, May 2023); 43rd Summit in Jakarta":
            # the places of the clause that names the edition asked)
            named = [c for c in rx.split(r"(?<=[.;])\s+", text) if edition_pattern(edition).search(c)]
            text = " ".join(named) or text
        # (a country inside a name or a hyphenated pair, "Indonesia-Cambodia", is named too)
        asked = set(countries_in(q.text.lower().replace("-", " "))) | set(q.constraints.places)
        found = [p for p in places if rx.search(rf"\b{re.escape(p)}\b", text) and p.lower() not in q.text.lower()
                 and not countries_in(p.lower())]
        found.sort(key=lambda p: (text.find(p), p))  # (in the text's order: the same on every run)
        # (a city or region the sources name is the answer; countries only listed beside it are not, and never
        # for "which city")
        # (nor a country that names whose body something is, before the body's name: "the U.S. State Department's
        # report", "the Indonesian Embassy")
        located = [countries()[m.group(1).lower()] for m in country_pattern().finditer(text)
                   if not rx.match(r"(?:['’]s)?\s+[A-Z]", text[m.end():])]
        found = found or [name for name in located if name not in asked and not q.below_country]
        return "; ".join(dict.fromkeys(found)) or None
    if q.answer_type == "definition" and best.chunk.kind == "glossary":
        return None  # the glossary line is short and is the answer itself
    return None


def asked_countries(q: Question) -> set[str]:
    """The countries the question names itself, which no answer of another country is."""
    return set(countries_in(q.text.lower())) | set(q.constraints.places)


def countries_named(text: str, q: Question) -> list[str]:
    """The countries a sentence names that the question does not."""
    asked = asked_countries(q)
    return [c for c in countries_in(text.lower()) if c not in asked]


LAW_CLAUSE = 40  # characters before a law in which the question's terms tell its act ("ratified it by Law No. 12")
# the last word that names a kind of law in a law's reference, where it begins ("The law was later amended by Law No.
# 31": the reference is "Law No. 31", not the whole stretch from the first "law")
_LAW_HEAD = re.compile(rf".*\b((?:{LAW_KINDS})\b.*)$", re.S)


# the word that makes a regulation's kind, right before it ("Presidential Regulation", "Government Regulation")
_KIND_QUALIFIER = re.compile(r"\b(Presidential|Government|Ministerial)\s+$")


def law_named(text: str, m: re.Match) -> str:
    """A law's reference as a sentence writes it, from its last word for a kind of law, with its year ("Law No. 31
    of 2014", "Law No. 12/2017")."""
    head = _LAW_HEAD.match(m.group(0))
    name = head.group(1) if head else m.group(0)
    qualifier = _KIND_QUALIFIER.search(text, 0, m.start()) if name == m.group(0) else None
    if qualifier:
        name = f"{qualifier.group(1)} {name}"  # ("Presidential Regulation Number 19 of 2023", not "Regulation …")
    if name.count("(") > name.count(")"):
        name = name.replace("(", "")  # (its number in a parenthesis the match cuts: "regulation (No. 2/2016)")
    name = rx.sub(r"\s{2,}", " ", name)
    year = LAW_YEAR_AFTER.match(text, m.end()) if not rx.search(r"/\s*\d{4}$", name) else None
    return (name + year.group(0) if year else name).strip(" *")


TIED_LAW = 10  # (more than any law's title shares with a question)
_SENTENCE = re.compile(r"(?:[^.]|\.(?!\s)|(?<=\bNo)\.)+\.?")  # (not ended by "No." of a law's number)


def law_years_asked(q: Question) -> list[str]:
    """The question's years but those of its own laws: a year of "Perpres 19/2023" is no year the law asked for is
    of."""
    return [y for y in q.constraints.years if not any(d.endswith(f"/{y}") for d in q.constraints.documents)]


def asked_period(q: Question) -> list[str]:
    """The two years of a period the question names a law's subject by ("the 2015–2019 plan"), else none."""
    years = law_years_asked(q)
    return years if len(years) == 2 and YEAR_SPAN.search(q.text) else []


def laws_fit(text: str, q: Question, q_tokens: set[str], title_only: bool = False) -> list[tuple[int, re.Match]]:
    """The laws a sentence names, other than those the question names itself, each with how well it fits the
    question, best first (then in the text's order): the question's terms in its title after it ("Law Number 13 of
    2006 concerning the Protection of Witnesses and Victims", up to the next law) and in the words just before it
    ("Indonesia ratified it by Law No. 12/2017", back to the law before), and a year the question gives that is
    the law's own ("amended in 2014 by which law?" → "Law 31/2014") counting as two terms; a law the text ties to a
    thing the question asks the law of (``tied_laws``) counts as ``TIED_LAW`` terms, and a text that names that
    thing but ties no law to it fits none. ``title_only``: the question's terms in the law's title alone count."""
    asked = {d.split("/")[0] for d in q.constraints.documents}  # the numbers of the laws the question names
    laws = [m for m in _LAW_REF.finditer(text) if not set(rx.findall(r"\d+", m.group(0))[:1]) & asked]
    ends = [m.start() for m in laws[1:]] + [len(text)]
    starts = [0] + [m.end() for m in laws[:-1]]
    family = q_tokens | {f for t in q_tokens for f in word_family(t)}  # ("ratify" for "ratified it by …")
    own_years = law_years_asked(q)
    # (a law the text ties to a thing the question asks the law of, "KUHAP: … Law No. 8/1981", counts as more
    # terms than any title shares: it is that thing's law)
    things = law_things(q)
    tied = {m.start() for m in tied_laws(text, things)} if things else set()
    if things and not tied and any(has_constraint(text, n) for n in things):
        return []  # (the text names the thing and ties no law to it: none of its laws is the thing's)
    # (a law in a sentence that gives the period the question asks the law of is the one tied to it: "The previous
    # plan (2015–2019) was a Permenko PMK regulation (No. 2/2016)", not the entry's first law, set for 2020–2024)
    period = asked_period(q)
    dated_laws = {m.start() for s in _SENTENCE.finditer(text) if all(rx.search(rf"\b{y}\b", s.group(0))
                                                                      for y in period)
                  for m in laws if s.start() <= m.start() < s.end()} if period else set()
    if dated_laws and (tied or things):
        tied = dated_laws
    fitted = []
    for m, start, end in zip(laws, starts, ends, strict=False):
        stop = rx.search(r"[.;]\s", text[m.end():end])  # (nor past its sentence)
        title = set(tokenize(text[m.end():min(m.end() + stop.start() if stop else end, m.end() + 90)]))
        before = set(tokenize(text[max(start, m.start() - LAW_CLAUSE):m.start()]))
        year = rx.search(r"/\s*(\d{4})", m.group(0)) or LAW_YEAR_AFTER.match(text, m.end())
        dated = 2 if year and next(g for g in year.groups() if g) in own_years else 0
        own = TIED_LAW if m.start() in tied else 0
        fitted.append((len(title & family) if title_only else len((title | before) & family) + dated + own, m))
    kinds = asked_law_kinds(q)
    if kinds:
        # ("Perpres yg ngatur RAN itu nomor brp?": a law of the kind the question names, or none of this text's)
        fitted = [(f, m) for f, m in fitted if law_kind(text[max(0, m.start() - LAW_KIND_REACH):m.end()]) in kinds]
    return sorted(fitted, key=lambda x: -x[0])


# the specific kinds of law, each with its forms in a question or a text (not "law" or "regulation" in a question,
# which users say of any kind: "which law set up the task force" is asked of a presidential regulation)
_KIND_FORMS = {"perpres": r"perpres|presidential regulations?|peraturan presiden",
               "uu": r"uu|undang-undang|undang undang"}


# characters before a law's reference that may hold the rest of its kind ("Presidential Regulation")
LAW_KIND_REACH = 14


def law_kind(reference: str) -> str:
    """The kind of a law's reference as a text writes it, with the words just before it ("Perpres 19/2023",
    "Presidential Regulation Number 19" → perpres, "Law No. 21/2007" → uu), or "" for another kind ("a Permenko
    PMK regulation (No. 2/2016)")."""
    low = reference.lower()
    if rx.search(rf"\b(?:{_KIND_FORMS['perpres']})\b", low):
        return "perpres"
    return "uu" if rx.search(rf"\b(?:{_KIND_FORMS['uu']}|law)\b", low) else ""


def asked_law_kinds(q: Question) -> set[str]:
    """The specific kinds of law a question names outside the laws it names by number ("Perpres yg ngatur RAN itu
    nomor brp?" asks a Perpres)."""
    text = _LAW_REF.sub(" ", q.text).lower()
    return {kind for kind, forms in _KIND_FORMS.items() if rx.search(rf"\b(?:{forms})\b", text)}


def former_holders(text: str, spans: list[tuple[int, int]], question: str) -> list[tuple[int, int]]:
    """The names a sentence telling a change of holder marks as former ("formerly coordinated by X, is now the
    responsibility of Y"): the sentence has a word of "current", and the last such word or word of "former" before
    the name is one of "former". None when the question asks for the former one itself ("who chaired it
    before?")."""
    table = words()["change_of_holder"]
    former, current = either_language(table["former"]), either_language(table["current"])
    if former.search(question) or not current.search(text):
        return []
    marks = sorted([(m.start(), "former") for m in former.finditer(text)]
                   + [(m.start(), "current") for m in current.finditer(text)])
    # (the last mark before a name, within a clause's reach, decides: "formerly coordinated by the Ministry of …
    # (KemenPPPA), is now …")
    return [(a, b) for a, b in spans
            if next((kind for at, kind in reversed(marks) if a - LATEST_MARK <= at < a), "") == "former"]


# -- quotes ----------------------------------------------------------------------------------------------------
def trim(text: str, keep: list[str], q_tokens: set[str]) -> str:
    """A long sentence cut to the run of clauses that holds ``keep`` (or the most question terms), with "…"
    where it was cut. The kept text is a verbatim substring."""
    if len(text.split()) <= MAX_QUOTE_WORDS:
        return text
    # clause boundaries, never inside a parenthesis ("(SHPN, 2016)" is one citation, not two clauses)
    bounds = [0] + [m.end() for m in rx.finditer(r"[,;:–—]\s+|\s+(?=\b(?:which|while|whereas|but|and then|so that|"
                                                 r"because|where)\b)", text)
                    if outside_parentheses(text, m.start())] + [len(text)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    if len(clauses) < 2:
        return text

    def value(s: int, e: int) -> float:
        piece = text[s:e]
        v = len(set(tokenize(piece)) & q_tokens)
        v += sum(3 for k in keep if k and k in piece)
        return v - 0.01 * len(piece.split())

    best, best_v = (0, len(text)), -1e9
    for i in range(len(clauses)):
        for j in range(i, len(clauses)):
            s, e = clauses[i][0], clauses[j][1]
            n = len(text[s:e].split())
            if n < MIN_CLAUSE_WORDS and not (i == 0 and j == len(clauses) - 1):
                continue
            if n > MAX_QUOTE_WORDS:
                break
            v = value(s, e)
            if v > best_v:
                best, best_v = (s, e), v
    s, e = best
    if keep and not all(k in text[s:e] for k in keep if k in text):
        s, e = _window(text, [k for k in keep if k in text])  # the clauses are too long: a window of words
    if text[s:e].rfind("(") > text[s:e].rfind(")") and ")" in text[e:]:
        e = text.index(")", e) + 1  # never cut inside a parenthesis (a citation)
    piece = text[s:e].strip().rstrip(",;:–—").strip()
    return ("… " if s > 0 else "") + piece + (" …" if e < len(text) else "")


def _window(text: str, keep: list[str]) -> tuple[int, int]:
    """Character bounds of about MAX_QUOTE_WORDS words around the spans in ``keep``, cut at word boundaries."""
    starts = [text.find(k) for k in keep]
    lo, hi = min(starts), max(text.find(k) + len(k) for k in keep)
    spare = max(0, MAX_QUOTE_WORDS - len(text[lo:hi].split())) // 2
    before = text[:lo].split(" ")
    after = text[hi:].split(" ")
    s = len(" ".join(before[: max(0, len(before) - spare - 1)])) if len(before) > spare + 1 else 0
    e = hi + len(" ".join(after[: spare + 1])) if len(after) > spare + 1 else len(text)
    return s, e


def quote(draft: Draft, ev: Evidence, lang: str, keep: list[str] | None = None, q_tokens: set[str] | None = None,
          whole: bool = False) -> int:
    """Cite ``ev``'s passage and add its sentence (trimmed unless ``whole``), framed by the kind of source."""
    n = cite(draft.citations, ev.chunk, ev.text)
    text = without_heading(ev.text, ev.chunk.section) if ev.position == 0 else ev.text
    text = text if whole else trim(text, keep or [], q_tokens or set())
    last = draft.statements[-1] if draft.statements else None
    # (the direct answer quotes nothing yet: "In short: … (from a digest …)" is followed by the digest named in full)
    direct = ph(lang)["direct"].split("{")[0]
    same = last is not None and not last.framing and len(last.cites) == 1 and ev.chunk.kind in ("digest", "user") \
        and not last.text.startswith(direct) \
        and any(c.n == last.cites[0] and c.source_id == ev.chunk.source_id and c.source_kind == ev.chunk.kind
                for c in draft.citations)
    # a quote right after one of the same digest or document names it once ("The same digest also says: …")
    framed = ph_quote(ev.chunk.kind, text, lang) if same else frame_quote(ev.chunk, text, lang)
    if is_record_note(ev):  # (a note on the record, not the source)
        table = phrases()[lang if lang in phrases() else "en"]
        # (the record's title without its empty fields: "Kemlu RI (None). …" names no year)
        framed = table["ref_note_named"].format(title=short_title(clean_record(ev.chunk.title), 90),
                                                quote=text.replace("Anomaly: ", "", 1).rstrip())
    draft.statements.append(Statement(framed, [n]))
    return n


def ph_quote(kind: str, text: str, lang: str) -> str:
    """A quote framed as one more of the source quoted just before it."""
    table = phrases()[lang if lang in phrases() else "en"]
    return table[f"{kind}_again"].format(quote=text.rstrip())


@lru_cache(maxsize=1024)
def _heading_pattern(heading: str) -> re.Pattern:
    """A section heading at the start of a sentence, compiled once."""
    pattern = r"\s+".join(re.escape(w) for w in heading.split())
    # (what follows must open a sentence, in capitals: "ASEAN created …" under the heading "ASEAN" stays)
    return rx.compile(rf"\s*{pattern}\s+(?=(?-i:[A-Z0-9\"“(]))", re.I)


def heading_of(ev: Evidence) -> str:
    """The section heading as a passage's first sentence runs it in ("3.4 Establishment of … in ASEAN At the 22nd
    SOMTC meeting …" → "3.4 Establishment of … in ASEAN"); "" when the sentence does not open with it."""
    if ev.position != 0:
        return ""
    stripped = without_heading(ev.text, ev.chunk.section)
    return ev.text[: len(ev.text) - len(stripped)].strip() if stripped != ev.text else ""


def without_heading(sentence: str, section: str) -> str:
    """A passage's first sentence without its section's heading run into it ("3.4 Establishment of … in ASEAN
    At the 22nd SOMTC meeting …", "ABSTRACT This research …"): the heading is shown as the citation's section,
    and is not part of the claim quoted. (Search and scoring keep the sentence whole.)"""
    name = rx.sub(r"^[\d.]+\s*", "", section or "").strip()
    for heading in dict.fromkeys(h for h in ((section or "").strip(), name) if h):
        m = _heading_pattern(heading).match(sentence)
        if m and len(sentence[m.end():].split()) >= 4:
            return sentence[m.end():]
    return sentence


def _item_text(item: str) -> str:
    """A list item as a line of its own, without the punctuation and conjunction that joined it to the next
    ("…, and" → "…")."""
    return rx.sub(r"[\s,;]+(?:and|or|dan|atau)$", "", item.rstrip(" .;,"), flags=re.I)


def list_lines(draft: Draft, lst: ListAnswer, lang: str, negated: bool = False, item: int = 0) -> None:
    """The list's items, each cited to the passage it comes from, and how many the source names. ``negated``: the
    question asks for those that did not (``negated_list``): the list of those that did comes after saying so.
    ``item``: the place of the item asked ("strategi keempat"), which comes first when the list has it."""
    p = ph(lang)
    if 0 < item <= len(lst.items) and not negated and not lst.asked:
        text, chunk = lst.items[item - 1]
        draft.statements.append(Statement(p["list_item"].format(n=item, total=len(lst.items), item=_item_text(text)),
                                          [cite(draft.citations, chunk, text)]))
    if negated:
        draft.statements.append(Statement(p["list_negated"], framing=True))
        draft.refused = True
    kind = lst.items[0][1].kind if lst.items else "paper"
    source = p["list_source"].get(kind, p["list_source"]["paper"])
    head = p["direct_list"].format(source=source)
    if lst.asked and lst.asked != len(lst.items):
        # the question counted otherwise ("the seven strategies"): say so before the source's own list
        draft.statements.append(Statement(p["count_differs"], framing=True))  # (the user's figure not repeated)
        draft.refused = True
    draft.statements.append(Statement(f"{head} {p['counted'].format(n=len(lst.items))}", framing=True))
    for item, chunk in lst.items:
        n = cite(draft.citations, chunk, item)
        text = _item_text(item)
        label = p["list_item_label"].get(chunk.kind)  # (each item says it is from a digest, not the source)
        draft.statements.append(Statement(f"{text} {label}." if label else text + ".", [n]))
    draft.bullets = True


ABSTRACT_OPENING = 2  # sentences of an abstract that state its aim and approach


def quote_abstract(draft: Draft, chunk: Chunk, lang: str) -> None:
    """What a paper is about, from its abstract: the opening sentences (its aim and approach), then those that
    report its results (``result_phrases``: "the results of the study found that …", "the results of this research
    have implications …"), quoted whole and cited."""
    units = chunk_sentences(chunk)
    found = phrase_pattern([w for lg in ("en", "id") for w in words()["result_phrases"][lg]])
    chosen = [u for i, u in enumerate(units) if i < ABSTRACT_OPENING or found.search(u)]
    if not chosen:
        return
    n = cite(draft.citations, chunk, " ".join(chosen))
    for unit in chosen:
        draft.statements.append(Statement(frame_quote(chunk, unit, lang), [n]))


def quote_chunk(draft: Draft, chunk: Chunk, lang: str, sentences: int = 3) -> None:
    """The first sentences of a passage, quoted whole and cited (an abstract, a fallback closest passage)."""
    units = chunk_sentences(chunk)[:sentences]
    if not units:
        return
    n = cite(draft.citations, chunk, " ".join(units))
    for unit in units:
        draft.statements.append(Statement(frame_quote(chunk, unit, lang), [n]))
