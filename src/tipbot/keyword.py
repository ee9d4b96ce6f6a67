"""The keyword side of retrieval: a BM25 index over the store's chunks (built by bm25s, scored with numpy)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from . import rx

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


# English derivational endings that keep a word's meaning for "does the store speak of it": a rendering "complain"
# is what "complaints" says, "confirmation" what "confirmed" says (the light stemmer above leaves them apart); a
# quality or state and its adjective or noun ("nationality", "national"; "citizenship", "citizen") and an
# adjective in -ual and its noun ("conceptual", "concept")
_DERIVATIONAL = ("t", "ation", "ion", "ment", "ance", "ence", "al", "er", "or", "ity", "ship", "ual")


@lru_cache(maxsize=5_000)
def word_family(token: str) -> frozenset[str]:
    """The stemmed token with its English derivational ending added or taken off (stems of 5 letters or more
    only: "sign" and "signal" are no family), and an adverb's or a noun's adjective."""
    out = {token + e for e in _DERIVATIONAL if len(token) >= 5}
    out |= {token[: -len(e)] for e in _DERIVATIONAL if token.endswith(e) and len(token) - len(e) >= 5}
    # (a verb in -ify and its noun in -ification, as the stemmer leaves them: ratifi, ratify, ratification)
    base = token[:-9] if token.endswith("ification") else token[:-3] if token.endswith(("ifi", "ify")) else ""
    if len(base) >= 3:
        out |= {base + "ifi", base + "ify", base + "ification"}
    # (an adverb in -ly and its adjective: "proactively", "proactive"; a noun in -ness and its adjective: "weakness",
    # "weak")
    if token.endswith("ly") and len(token) >= 7:
        out |= {token[:-2], _stem(token[:-2])}
    if token.endswith("ness") and len(token) >= 7:
        out.add(token[:-4])
    elif len(token) >= 4:
        out.add(token + "ness")
    return frozenset(out - {token})


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-word-free, lightly stemmed tokens; numbers lose their thousands separators ("2,605",
    "1.138")."""
    return list(_tokenize(text))


@lru_cache(maxsize=20_000)
def _tokenize(text: str) -> tuple[str, ...]:
    """Cached: the same passages' sentences are tokenized for question after question."""
    out = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        tok = tok[:-2] if tok.endswith("'s") else tok
        # a thousands separator is dropped: "2,605" in English, "1.138" in Indonesian (the same number)
        tok = rx.sub(r"[.,]", "", tok) if rx.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+", tok) else tok
        if tok in _STOP or len(tok) < 2 and not tok.isdigit():
            continue
        out.append(_stem(tok))
    return tuple(out)


class KeywordIndex:
    """BM25 scores for every chunk (bm25s's Lucene variant), as a token -> (chunk, score) sparse matrix.

    Built with bm25s at ingest (or when a store is opened without a snapshot); the matrix is saved in the store's
    snapshot (``state`` / ``from_state``), so a new process scores with numpy alone and never imports bm25s.
    """

    def __init__(self, texts: Sequence[str] | None = None) -> None:
        self._n = 0
        self._ids: dict[str, int] = {}
        self._data = np.zeros(0, dtype=np.float32)
        self._indices = np.zeros(0, dtype=np.int32)
        self._indptr = np.zeros(1, dtype=np.int64)
        if texts is None:
            return
        self._n = len(texts)
        corpus = [tokenize(t) or ["_empty_"] for t in texts]
        if not corpus:
            return
        import bm25s

        bm25 = bm25s.BM25()
        bm25.index(corpus, show_progress=False)
        if bm25.nonoccurrence_array is not None:  # pragma: no cover - not the Lucene variant used here
            raise ValueError("KeywordIndex expects a BM25 variant without non-occurrence scores.")
        self._ids = {str(t): int(i) for t, i in bm25.vocab_dict.items()}
        self._data = np.asarray(bm25.scores["data"], dtype=np.float32)
        self._indices = np.asarray(bm25.scores["indices"], dtype=np.int32)
        self._indptr = np.asarray(bm25.scores["indptr"], dtype=np.int64)

    def state(self) -> tuple[dict, dict[str, np.ndarray]]:
        """What ``from_state`` needs: a JSON-able part and the arrays."""
        return ({"n": self._n, "vocab": self._ids},
                {"data": self._data, "indices": self._indices, "indptr": self._indptr})

    @classmethod
    def from_state(cls, info: dict, arrays: dict[str, np.ndarray]) -> KeywordIndex:
        index = cls()
        index._n = int(info["n"])
        index._ids = {str(t): int(i) for t, i in info["vocab"].items()}
        index._data = np.asarray(arrays["data"], dtype=np.float32)
        index._indices = np.asarray(arrays["indices"], dtype=np.int32)
        index._indptr = np.asarray(arrays["indptr"], dtype=np.int64)
        return index

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """The BM25 score of every chunk for ``tokens`` (a repeated token counts again, as in bm25s)."""
        ids = [self._ids[t] for t in tokens if t in self._ids]
        out = np.zeros(self._n, dtype=np.float32)
        for i in ids:
            lo, hi = self._indptr[i], self._indptr[i + 1]
            np.add.at(out, self._indices[lo:hi], self._data[lo:hi])
        return out
