"""Hybrid retrieval: dense (Chroma, multilingual e5) and keyword (BM25) lists fused by reciprocal rank.

Indonesian questions are searched twice on the dense side (as asked, and in their English expansion) and
once on the keyword side with the original words plus the expansion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .query import QueryPlan, plan_query
from .schema import Passage
from .store import Store

RRF_K = 60
CANDIDATES = 30
# Weights of the ranked lists in the fusion, and a small prior for the paper itself (the subject of
# nearly every question); chosen from the ablation in evals/ (tipbot eval --compare).
WEIGHTS = {
    "en": {"dense": 0.5, "dense_en": 0.0, "bm25": 1.3, "sentences": 2.0},
    # e5 reads Indonesian, but the English expansion and keywords find English passages more reliably.
    "id": {"dense": 0.4, "dense_en": 0.6, "bm25": 2.0, "sentences": 2.0},
}
# "sentences": passages ranked by their best *sentence's* e5 similarity (sentence vectors are stored at ingest).
# A long, chatty question still matches the one sentence that answers it, where a whole-passage vector is diluted
# (hit@5 on evals/paraphrase.jsonl 0.85 → 0.94 with dev unchanged at 0.96–0.98; the passage vector then adds little).
KIND_PRIOR = {"paper": 1.15, "reference": 1.0, "glossary": 1.0, "digest": 0.9, "user": 1.0}
MODES = ("hybrid", "dense", "bm25")


class Searcher:
    """Ranks the store's chunks for a question; the typed core behind the LangChain retriever."""

    def __init__(self, store: Store, glossary_path: str | None = None, mode: str = "hybrid") -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.store = store
        self.glossary_path = glossary_path
        self.mode = mode
        self._qcache: dict[str, np.ndarray] = {}

    def plan(self, question: str, language: str | None = None) -> QueryPlan:
        return plan_query(question, self.glossary_path, language)

    def _embed(self, texts: list[str]) -> list[np.ndarray]:
        # read the cached vectors before the cache may be cleared below: clearing it between the look-up and the
        # read lost the cached one of a question's two texts (a KeyError once 512 questions had been asked)
        found = {t: self._qcache[t] for t in texts if t in self._qcache}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            vecs = self.store.embedder.embed_queries(missing)
            found.update(zip(missing, vecs, strict=True))
            if len(self._qcache) > 512:
                self._qcache.clear()
            self._qcache.update(zip(missing, vecs, strict=True))
        return [found[t] for t in texts]

    def embed_plan(self, plan: QueryPlan) -> list[np.ndarray]:
        """The query vectors of a plan: the question as asked, and its English expansion when it has one."""
        return self._embed([plan.original] + ([plan.english] if plan.english else []))

    def _sentence_matrix(self) -> tuple[np.ndarray, np.ndarray, list[str]] | None:
        """All stored sentence vectors as one matrix, with each row's chunk index (built once per store)."""
        vectors = self.store.sentence_vectors
        if not vectors:
            return None
        key = (id(vectors), len(vectors))
        if getattr(self, "_smat_key", None) != key:
            # reference records are lists of short metadata lines ("Reference entry: …"), which match any
            # question about sources equally well: they take part through the passage-level lists only
            index = {c.id: n for n, c in enumerate(self.store.chunks) if c.kind != "reference"}
            rows = [(index[cid], vec) for (cid, _), vec in vectors.items() if cid in index]
            if not rows:
                return None
            self._smat = (np.stack([v for _, v in rows]), np.array([i for i, _ in rows]),
                          [c.id for c in self.store.chunks])
            self._smat_key = key
        return self._smat

    def _sentence_ranking(self, query_vectors: list[np.ndarray], allowed: np.ndarray) -> list[str]:
        """Chunk ids ranked by the best similarity of any of their sentences to any query vector."""
        built = self._sentence_matrix()
        if built is None or not query_vectors:
            return []
        ids = built[2]
        best = np.where(allowed, self._best_per_chunk(query_vectors, built), -1.0)
        # stable: chunks whose best sentence ties (the same sentence in two chunks) stay in the store's order;
        # numpy's default sort orders ties by its SIMD kernel, which differs between CPUs (AVX-512, AVX2, none)
        order = np.argsort(-best, kind="stable")[:CANDIDATES]
        return [ids[i] for i in order if best[i] > -1.0]

    def _best_per_chunk(self, query_vectors: list[np.ndarray], built: tuple) -> np.ndarray:
        """Each chunk's best sentence similarity to any of ``query_vectors`` (-1 for a chunk without sentences).
        The last result is kept: one question searches with the same vectors several times (all kinds, then
        digests, references, named sources), and only the chunks allowed differ. (Kept with the vectors themselves,
        compared by identity, so a later question's vectors never match it.)"""
        last = getattr(self, "_best_last", None)
        if last is not None and last[1] is built and len(last[0]) == len(query_vectors) \
                and all(a is b for a, b in zip(last[0], query_vectors, strict=True)):
            return last[2]
        matrix, owner, ids = built
        sims = (matrix @ np.stack(query_vectors).T).max(axis=1)
        best = np.full(len(ids), -1.0, dtype=np.float32)
        np.maximum.at(best, owner, sims)
        self._best_last = (list(query_vectors), built, best)
        return best

    def search(
        self,
        question: str | QueryPlan,
        k: int = 5,
        kinds: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
        mode: str | None = None,
    ) -> list[Passage]:
        """The k best passages; ``mode`` overrides the searcher's (e.g. keyword-only for a cheap second search)."""
        plan = question if isinstance(question, QueryPlan) else self.plan(question)
        mode = mode or self.mode
        chunks = self.store.chunks
        allowed = np.ones(len(chunks), dtype=bool)
        where: dict[str, Any] | None = None
        conds = []
        if kinds:
            allowed &= np.array([c.kind in kinds for c in chunks], dtype=bool)
            conds.append({"kind": {"$in": list(kinds)}})
        if sources:
            allowed &= np.array([c.source_id in sources for c in chunks], dtype=bool)
            conds.append({"source_id": {"$in": list(sources)}})
        if conds:
            where = conds[0] if len(conds) == 1 else {"$and": conds}
        if not allowed.any():
            return []
        lists: list[tuple[float, list[str]]] = []
        weights = WEIGHTS.get(plan.language, WEIGHTS["en"])
        dense_first: dict[str, int] = {}
        if mode in ("hybrid", "dense"):
            plan.vectors = self.embed_plan(plan)
            results = self.store.dense(np.stack(plan.vectors), CANDIDATES, where, allowed if conds else None)
            for n, res in enumerate(results):
                ids = [i for i, _ in res]
                lists.append((weights["dense" if n == 0 else "dense_en"], ids))
                for r, i in enumerate(ids):
                    dense_first[i] = min(dense_first.get(i, r), r)
            sentence_ids = self._sentence_ranking(plan.vectors, allowed)
            if sentence_ids:
                lists.append((weights.get("sentences", 0.0), sentence_ids))
        kw_rank: dict[str, int] = {}
        if mode in ("hybrid", "bm25"):
            scores = self.store.keyword_scores(plan.keyword_text)
            scores = np.where(allowed, scores, -1.0)
            # stable, as above: equal BM25 scores are common (glossary entries, short records)
            order = [int(i) for i in np.argsort(-scores, kind="stable")[:CANDIDATES] if scores[i] > 0]
            ids = [chunks[i].id for i in order]
            kw_rank = {i: r for r, i in enumerate(ids)}
            lists.append((weights["bm25"], ids))
        fused: dict[str, float] = {}
        for weight, ids in lists:
            for r, i in enumerate(ids):
                fused[i] = fused.get(i, 0.0) + weight / (RRF_K + r + 1)
        for i in fused:
            fused[i] *= KIND_PRIOR.get(self.store.chunk(i).kind, 1.0)
        # equal fused scores keep the order in which the lists above first ranked them (sorted() is stable and
        # ``fused`` is filled list by list, rank by rank): no set or hash order is involved
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        return [
            Passage(
                chunk=self.store.chunk(i),
                score=s,
                rank=n + 1,
                dense_rank=dense_first.get(i),
                keyword_rank=kw_rank.get(i),
            )
            for n, (i, s) in enumerate(ranked)
        ]


def passage_to_document(p: Passage) -> LCDocument:
    c = p.chunk
    return LCDocument(
        page_content=c.text,
        id=c.id,
        metadata={
            "chunk_id": c.id,
            "score": p.score,
            "rank": p.rank,
            "kind": c.kind,
            "source_id": c.source_id,
            "title": c.title,
            "section": c.section,
            "cites": c.cites,
            "page": c.page,
            "url": c.url,
        },
    )


class TipbotRetriever(BaseRetriever):
    """LangChain retriever over the tipbot store (hybrid, bilingual), with optional kind/source filters."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Any
    k: int = 5
    kinds: list[str] | None = None
    sources: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                k: int | None = None) -> list[LCDocument]:
        """``retriever.invoke(q, k=1)`` overrides the constructor's ``k`` for one call."""
        passages = self.searcher.search(query, k=self.k if k is None else k, kinds=self.kinds, sources=self.sources)
        return [passage_to_document(p) for p in passages]
