"""Retrieval gives the same ranking in every process and on every CPU: ties keep the store's order, and the query
vector cache never loses a vector it has just looked up."""

from __future__ import annotations

import numpy as np

from tipbot.retrieval import CANDIDATES, Searcher
from tipbot.schema import Chunk

N = 40  # numpy's default (SIMD) argsort reorders ties from about 16 elements on


class _Embedder:
    name = "stub"
    dim = 2

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed_queries(self, texts):
        self.calls.append(list(texts))
        return [np.array([1.0, 0.0], dtype=np.float32) for _ in texts]


class _Store:
    """What ``Searcher`` reads of a store: chunks, sentence vectors, BM25 scores and an embedder."""

    def __init__(self, scores: np.ndarray) -> None:
        self.chunks = [Chunk(id=f"c{i:02d}", text=f"passage {i}", source_id="s", kind="paper", title="t", order=i)
                       for i in range(N)]
        self._by_id = {c.id: c for c in self.chunks}
        self.embedder = _Embedder()
        self._scores = scores
        # every third chunk holds the same sentence (one vector, as the embedding cache stores it): a tie
        same = np.array([1.0, 0.0], dtype=np.float32)
        other = np.array([0.0, 1.0], dtype=np.float32)
        self.sentence_vectors = {(c.id, c.text): same if i % 3 == 0 else other for i, c in enumerate(self.chunks)}

    def chunk(self, chunk_id: str) -> Chunk:
        return self._by_id[chunk_id]

    def keyword_scores(self, text: str) -> np.ndarray:
        return self._scores


def test_tied_keyword_scores_keep_the_store_order():
    scores = np.where(np.arange(N) % 3 == 0, 2.0, 1.0).astype(np.float32)
    searcher = Searcher(_Store(scores), mode="bm25")
    ranked = [p.chunk.id for p in searcher.search("anything", k=CANDIDATES)]
    expected = [f"c{i:02d}" for i in range(N) if i % 3 == 0] + [f"c{i:02d}" for i in range(N) if i % 3]
    assert ranked == expected[:CANDIDATES]


def test_tied_sentence_similarities_keep_the_store_order():
    searcher = Searcher(_Store(np.zeros(N, dtype=np.float32)))
    ranked = searcher._sentence_ranking([np.array([1.0, 0.0], dtype=np.float32)], np.ones(N, dtype=bool))
    expected = [f"c{i:02d}" for i in range(N) if i % 3 == 0] + [f"c{i:02d}" for i in range(N) if i % 3]
    assert ranked == expected[:CANDIDATES]


def test_query_cache_cleared_mid_question_keeps_its_vectors():
    """An Indonesian question embeds two texts; when one was cached and the cache is full, clearing it must not
    lose that one (it raised KeyError after about 512 questions, so an eval's answers depended on its length)."""
    store = _Store(np.zeros(N, dtype=np.float32))
    searcher = Searcher(store)
    searcher._embed(["kept"])
    for i in range(520):
        searcher._qcache[f"filler {i}"] = np.zeros(2, dtype=np.float32)
    vecs = searcher._embed(["kept", "new"])
    assert len(vecs) == 2
    assert store.embedder.calls[-1] == ["new"]  # the cached text is not embedded again
    assert searcher._embed(["new", "new"])[0] is not None
