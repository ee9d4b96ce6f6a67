"""The keyword side of retrieval: a bm25s index over the store's chunks, built in memory on open."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

_TOKEN = re.compile(r"[a-z0-9\u00C0-\u024F]+(?:[.,'][a-z0-9]+)*")
_STOP = frozenset(
    """a an the and or of to in on at by for from with as is are was were be been being it its this that these those
    which who whom what when where why how do does did has have had not no there their they them he she his her
    we our you your i me my can could would should will shall may might must also such than then so if into
    about after before between during under over up down out only other some any each all both more most very
    paper according says say said tell give me please""".split()
)


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    """A light English stemmer: enough to match trafficking/trafficked, victims/victim, strategies/strategy."""
    if word.endswith("ian") and len(word) > 6:  # Indonesian -> indonesia, Cambodian -> cambodia
        return word[:-1]
    if word.endswith("ies") and len(word) > 5:  # plural first: strategies -> strategy, meetings -> meeting
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        word = word[:-1]
    if word.endswith("ing") and len(word) > 6:  # then verb endings: meeting -> meet, formed -> form
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 5:
        word = word[:-2]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-word-free, lightly stemmed tokens; numbers keep their separators ("2,605")."""
    return list(_tokenize(text))


@lru_cache(maxsize=20_000)
def _tokenize(text: str) -> tuple[str, ...]:
    """Cached: the same passages' sentences are tokenized for question after question."""
    out = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        tok = tok[:-2] if tok.endswith("'s") else tok
        tok = tok.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", tok) else tok
        if tok in _STOP or len(tok) < 2 and not tok.isdigit():
            continue
        out.append(_stem(tok))
    return tuple(out)


class KeywordIndex:
    """BM25 scores for every chunk; small enough (hundreds of chunks) to rebuild on every open."""

    def __init__(self, texts: Sequence[str]) -> None:
        import bm25s

        self._n = len(texts)
        self._bm25 = bm25s.BM25()
        corpus = [tokenize(t) or ["_empty_"] for t in texts]
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self._vocab = {tok for doc in corpus for tok in doc}

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        known = [t for t in tokens if t in self._vocab]
        if not self._n or not known:
            return np.zeros(self._n, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)
