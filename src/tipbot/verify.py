"""The citation verifier: every sentence cited, every figure found in a cited passage, paper ≠ digest.

It works on answer text with inline ``[n]`` markers and a numbered list of cited passages, so it applies to
every backend alike. Sentences that fail are removed and reported; no model is called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import rx
from .schema import Citation

_MARK = re.compile(r"\[(\d+)\]")
_MARKS_END = re.compile(r"((?:\s*\[\d+\])+)[.,;:]?\s+")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])")
NUMBER_WORDS = {  # words that state a figure, in English and Indonesian
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6",
    "tujuh": "7", "delapan": "8", "sembilan": "9", "sepuluh": "10",
}
# where a currency sign glued to a figure opens it ("Rp120–600 million", "$50"): the figure starts there, though a
# letter stands before it
CURRENCY_BEFORE = r"(?<=Rp)|(?<=Rp\.)|(?<=\$)"
_FIGURE = re.compile(rf"(?:{CURRENCY_BEFORE}|(?<![\w\[]))(\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?)(?!\])")
# "the paper says" attributes a claim to the paper; "the paper's sources" (a possessive) names something else
_PAPER_ATTRIBUTION = re.compile(
    r"\b(the paper|the article|the authors|paper ini|makalah ini|artikel ini)\b(?!['’]s?\b)", re.I)
_DIGEST_LABEL = re.compile(r"\b(digest|ringkasan)\b", re.I)
_COMPUTED = re.compile(r"\(computed[^)]*\)|\(dihitung[^)]*\)", re.I)


def split_claims(text: str) -> list[str]:
    """Answer text as claims: one per line or bullet, split further after citation markers and full stops."""
    claims: list[str] = []
    for line in text.splitlines():
        line = rx.sub(r"^\s*([-*•]|\d+[.)])\s+", "", line).strip()
        if not line:
            continue
        pieces = [p for p in _split_after_marks(line) if p.strip()]
        for piece in pieces:
            claims.extend(s.strip() for s in _BOUNDARY.split(piece) if s.strip())
    return _merge_markless_tails(claims)


def _split_after_marks(line: str) -> list[str]:
    out, start = [], 0
    for m in _MARKS_END.finditer(line):
        out.append(line[start : m.end()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return out


def _merge_markless_tails(claims: list[str]) -> list[str]:
    """A quoted passage split at its inner full stops belongs to the marker that closes the quote."""
    merged: list[str] = []
    for c in claims:
        if merged and not _MARK.search(merged[-1]) and merged[-1].count("“") > merged[-1].count("”"):
            merged[-1] = f"{merged[-1]} {c}"
        else:
            merged.append(c)
    return merged


def normalise_figure(raw: str) -> set[str]:
    """Forms a figure may take: "2,605" and "2.605" are both 2605; "0,41" may be 0.41."""
    forms = {raw}
    if rx.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        forms.add(rx.sub(r"[.,]", "", raw))
    if rx.fullmatch(r"\d+,\d+", raw):
        forms.add(raw.replace(",", "."))
    return forms


@lru_cache(maxsize=8192)
def figure_key(raw: str) -> str:
    """One key for the ways a figure is written: thousands separators go ("2,605", "2.605" → "2605"), a decimal
    mark stays, as a point ("28,9" → "28.9"), so 28.9 and 2.89 stay apart. (Cached: the reader keys every figure
    of every candidate sentence.)"""
    raw = raw.strip().rstrip("%").rstrip(".,")
    if rx.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return rx.sub(r"[.,]", "", raw)
    if rx.fullmatch(r"\d+[.,]\d+", raw):
        return raw.replace(",", ".")
    return rx.sub(r"\D", "", raw)


# compiled once, in NUMBER_WORDS' order: ``figures`` runs on every claim of every answer; the alternation of them
# all matches wherever one of them does, so a text it misses (most) needs none of them tried
_NUMBER_WORD_PATTERNS = [(re.compile(rf"\b{word}\b", re.I), digit) for word, digit in NUMBER_WORDS.items()]
_ANY_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def figures(text: str) -> list[str]:
    text = _MARK.sub(" ", text)
    found = [m.group(1) for m in _FIGURE.finditer(text)]
    if not _ANY_NUMBER_WORD.search(text):
        return found
    for pattern, digit in _NUMBER_WORD_PATTERNS:
        if pattern.search(text):
            found.append(digit)
    return found


@lru_cache(maxsize=4096)
def _passage_figures(text: str) -> frozenset[str]:
    out: set[str] = set()
    for f in figures(text):
        out |= normalise_figure(f)
    return frozenset(out)


@dataclass
class Verdict:
    text: str
    kept: list[str] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)


def check_claim(claim: str, citations: dict[int, Citation]) -> str | None:
    """Why ``claim`` fails, or None when it passes."""
    marks = [int(n) for n in _MARK.findall(claim)]
    if not marks:
        return "no citation"
    unknown = [n for n in marks if n not in citations]
    if unknown:
        return f"cites [{unknown[0]}], which is not among the sources"
    cited = [citations[n] for n in marks]
    titles = [c.title for c in cited]
    body = without_titles(_COMPUTED.sub(" ", claim), titles)
    available: set[str] = set()
    for c in cited:
        available |= _passage_figures(c.text)
    body_figures = figures(body)
    grounded = [f for f in body_figures if normalise_figure(f) & available]
    # A figure tipbot computed (a date difference) must say so and name at least two cited figures as inputs.
    derived_ok = bool(_COMPUTED.search(claim)) and len(grounded) >= 2
    for fig in body_figures:
        if not (normalise_figure(fig) & available) and not derived_ok:
            return f"the figure {fig} is not in the cited passage"
    kinds = {c.source_kind for c in cited}
    if _PAPER_ATTRIBUTION.search(_quoted_removed(without_titles(claim, titles))) and "paper" not in kinds and not (
        kinds & {"reference"} and rx.search(r"reference", claim, re.I)
    ):
        return "attributed to the paper but cites no passage of the paper"
    if kinds == {"digest"} and not _DIGEST_LABEL.search(claim):
        return "cites only a digest without saying it is a digest (a summary, not the source)"
    return None


def without_titles(text: str, titles: list[str]) -> str:
    """``text`` with the titles of its cited sources blanked out, whole or shortened with "…": a number in a
    source's name ("a digest of Law No. 21 of 2007") names the source, it is not a figure the claim states."""
    for title in sorted({t.strip() for t in titles if len(t.strip()) >= 4}, key=len, reverse=True):
        text = text.replace(title, " ")
        if "…" not in text:
            continue
        pieces = text.split("…")
        for i, head in enumerate(pieces[:-1]):
            stem = head.rstrip()
            for n in range(min(len(title), len(stem)), 11, -1):
                prefix = title[:n].rstrip()
                if stem.endswith(prefix):
                    pieces[i] = stem[: len(stem) - len(prefix)] + " "
                    break
        text = "…".join(pieces)
    return text


def _quoted_removed(claim: str) -> str:
    return rx.sub(r"“[^”]*”|\"[^\"]*\"", " ", claim)


def verify(text: str, citations: list[Citation]) -> Verdict:
    """Keep the claims that pass; list the removed ones with the reason."""
    by_n = {c.n: c for c in citations}
    verdict = Verdict(text="")
    kept_lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        prefix = rx.match(r"^\s*([-*•]\s+|\d+[.)]\s+)?", line).group(0)
        kept_claims = []
        for claim in split_claims(line[len(prefix) :]):
            if _is_framing(claim):
                kept_claims.append(claim)
                continue
            reason = check_claim(claim, by_n)
            if reason is None:
                kept_claims.append(claim)
                verdict.kept.append(claim)
            else:
                verdict.removed.append({"sentence": claim, "reason": reason})
        if any(not _is_framing(c) for c in kept_claims):
            kept_lines.append(prefix + " ".join(kept_claims))
    verdict.text = "\n".join(kept_lines)
    return verdict


def _is_framing(claim: str) -> bool:
    """Short connective lines with no claim of fact ("In short:", "Sources:") need no citation."""
    stripped = claim.strip()
    return bool(stripped.endswith(":") and len(stripped.split()) <= 8 and not figures(stripped))


_DATE_LIKE = re.compile(
    r"\b(\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}),?"
    r"\s+\d{4}\b", re.I)


_UNIT = re.compile(r"\s?%|\s?(?:per ?cent|persen)\b|\s(?:million|billion|thousand|juta|miliar|ribu)\b", re.I)
_IDENTIFIER = re.compile(r"\b(?:No|Nos|Number|Nomor|Art|Article|Pasal|Chapter|Bab|Vol|Volume|Section|Tier|Phase|"
                         r"p|pp|page)\.?\s*$", re.I)


# a document's number with its year, "Perpres 19/2023", "UU 21/2007": a label, not a figure
_DOCUMENT_NUMBER = re.compile(r"\b\d{1,4}\s*/\s*(?:19|20)\d\d\b")
# a word of magnitude right after a figure ("7 million", "1,5 juta")
MAGNITUDE = re.compile(r"\s*(?:thousand|million|billion|trillion|ribu|juta|miliar|milyar|triliun)\b", re.I)
# a section's number after the word for it, "in section 3.3", "subbab 3.1-3.5": a label, not a figure (a heading's
# own number, at the start of its sentence, is blanked by its position)
_SECTION_NUMBER = re.compile(r"\b(?:sub-?sections?|sections?|sub-?bab|bab|bagian|chapters?|§)\s*\d+(?:\.\d+)+"
                             r"(?:\s*(?:–|-|to|sampai|hingga)\s*\d+(?:\.\d+)+)*", re.I)


def _figure_matches(sentence: str) -> tuple[str, list[re.Match]]:
    """The sentence with citation years, dates, section numbers, list markers and ordinals blanked (same length),
    and the matches of the figures left in it (years and single digits skipped)."""

    def blank(m: re.Match) -> str:
        return " " * len(m.group(0))

    text = rx.sub(r"\([^()]*\d{4}[a-z]?\)", blank, sentence)
    text = _DATE_LIKE.sub(blank, text)
    text = rx.sub(r"^\s*\d+(\.\d+)+\s", blank, text)
    text = _SECTION_NUMBER.sub(blank, text)
    text = _DOCUMENT_NUMBER.sub(blank, text)
    text = rx.sub(r"\(?\b\d{1,2}\)", blank, text)
    text = rx.sub(r"\b\d+(?:st|nd|rd|th)\b", blank, text)  # (an ordinal, "the 17th AMMTC", names an edition)
    # (a single digit is no figure, unless a word of magnitude follows it: "7 million in Africa")
    found = [m for m in _FIGURE.finditer(text)
             if not (rx.fullmatch(r"(19|20)\d\d", m.group(1)) or len(rx.sub(r"\D", "", m.group(1))) < 2
                     and "." not in m.group(1) and not MAGNITUDE.match(text, m.end()))]
    return text, found


def content_figures(sentence: str) -> list[str]:
    """Figures a sentence reports — counts, amounts, percentages — without years, dates, section numbers,
    list markers, ordinals or the years of citations."""
    return list(_content_figures(sentence))


@lru_cache(maxsize=8192)
def _content_figures(sentence: str) -> tuple[str, ...]:
    """``content_figures``, cached: the reader asks it of the same retrieved sentences question after question."""
    _, found = _figure_matches(sentence)
    return tuple(dict.fromkeys(m.group(1) for m in found))


_NAME_BEFORE = re.compile(r"[A-Za-z][-–+]$")  # a number joined to a name before it ("COVID-19", "AMMTC+3")


def numbers_identifier(before: str) -> bool:
    """Whether a number that follows ``before`` numbers a law, an article, a page or a tier ("Law No. 21",
    "Pasal 2"): an identifier, no quantity to compute with."""
    return bool(_IDENTIFIER.search(before))


def part_of_name(before: str) -> bool:
    """Whether a number that follows ``before`` is part of a name ("COVID-19", "AMMTC+3"), not a figure."""
    return bool(_NAME_BEFORE.search(before))


def reported_figures(sentence: str) -> list[str]:
    """The figures of ``content_figures`` as a reader needs them in a table of figures or a quiz: as written
    with their unit ("82%", "0.41 %", "3 million"), and without the numbers that name something (Law Number 21,
    Article 2, the 42nd summit, COVID-19) or one end of a range ("15-64")."""
    text, found = _figure_matches(sentence)
    out: list[str] = []
    for m in found:
        before, after = text[: m.start()], text[m.end() :]
        if rx.match(r"(?:st|nd|rd|th)\b", after) or numbers_identifier(before):
            continue
        if rx.match(r"%?[-–]\d", after) or rx.search(r"\d%?[-–+]$", before) or part_of_name(before):
            continue  # one end of a range, or part of a name
        unit = _UNIT.match(after)
        f = m.group(1) + (unit.group(0) if unit else "")
        if f not in out:
            out.append(f)
    return out
