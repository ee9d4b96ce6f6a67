"""Finding the paper's in-text citations in a passage and linking them to ``references.json`` keys."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import rx

# Forms in references.json that describe how a source is mentioned rather than quote a citation.
_NOT_A_CITATION = re.compile(r"^(via|mentioned|section heading|none|see also|')", re.I)
# an author-year citation ("(Arbar, 2022)", "(Bakker et al., 2020)"): the author and the year
AUTHOR_YEAR = re.compile(r"\(([A-Z][A-Za-z'’&.\- ]{1,60}?(?:\s+et al\.)?),\s*(\d{4}[a-z]?)\)")


@dataclass(frozen=True)
class CitationMark:
    label: str
    key: str | None
    start: int
    end: int


def _label(piece: str) -> str:
    piece = piece.strip().strip("()").strip()
    piece = rx.sub(r"\s*,\s*", ", ", piece)
    piece = rx.sub(r"^Sumber:\s*", "", piece)
    # "Khairi, (2021)" and "Fikhri et al. (2021)" -> "Khairi, 2021", "Fikhri et al., 2021"
    return rx.sub(r",?\s*\(?(\d{4}[a-z]?)\)?$", r", \1", piece)


def _pattern(piece: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in rx.split(r"\s+", piece.strip())]
    body = r"\s+".join(parts).replace(r",\\s+", r",\s*").replace(",", r",\s*")
    return rx.compile(body)


class CitationIndex:
    """All citation forms of one ``references.json``, ready to match in text."""

    def __init__(self, references: list[dict]):
        self.references = {r["key"]: r for r in references}
        self._forms: list[tuple[re.Pattern[str], str, str]] = []
        seen: set[str] = set()
        for ref in references:
            for form in ref.get("citation_forms") or []:
                if _NOT_A_CITATION.match(form):
                    continue
                for piece in form.strip().strip("()").split(";"):
                    piece = piece.strip()
                    if not piece or piece in seen:
                        continue
                    seen.add(piece)
                    owner = self._owner(piece, ref["key"], references)
                    self._forms.append((_pattern(piece), _label(piece), owner))
        self._forms.sort(key=lambda f: -len(f[0].pattern))
        # (per index: the reader asks for the citations of every candidate sentence, the same sentences for
        # question after question, and every form is a pattern of its own)
        self._marks = lru_cache(maxsize=8192)(self._find)

    @staticmethod
    def _owner(piece: str, default: str, references: list[dict]) -> str:
        """A shared form such as "(Bakker et al., 2020; Fikhri et al., 2021b)" belongs to the author named."""
        first = rx.split(r"[\s,]", piece.strip())[0].lower().replace("'", "")
        year = rx.search(r"\d{4}[a-z]?", piece)
        for ref in references:
            if ref["key"].startswith(first) and year and ref["key"].endswith(year.group(0)):
                return ref["key"]
        for ref in references:
            if ref["key"].startswith(first) and year and str(ref.get("year")) == year.group(0)[:4]:
                return ref["key"]
        return default

    def find(self, text: str) -> list[CitationMark]:
        """Every citation in ``text``, in order; unknown author–year citations come back with ``key=None``."""
        return list(self._marks(text))

    def _find(self, text: str) -> tuple[CitationMark, ...]:
        marks: list[CitationMark] = []
        taken: list[tuple[int, int]] = []
        for pattern, label, key in self._forms:
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                marks.append(CitationMark(label, key, m.start(), m.end()))
        for m in AUTHOR_YEAR.finditer(text):
            inner_start = m.start(1)
            if any(s <= inner_start < e for s, e in taken):
                continue
            marks.append(CitationMark(f"{m.group(1).strip()}, {m.group(2)}", None, m.start(), m.end()))
        marks.sort(key=lambda c: c.start)
        return tuple(marks)

    def labels_and_keys(self, text: str) -> tuple[list[str], list[str]]:
        labels: list[str] = []
        keys: list[str] = []
        for mark in self.find(text):
            if mark.label not in labels:
                labels.append(mark.label)
            if mark.key and mark.key not in keys:
                keys.append(mark.key)
        return labels, keys


@lru_cache(maxsize=4)
def load_index(references_path: str) -> CitationIndex:
    path = Path(references_path)
    refs = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return CitationIndex(refs)
