"""LangChain's own standard suites (langchain-tests) on the fixture store: the retriever and the embeddings."""

from __future__ import annotations

from tests.helpers import TEST_EMBEDDER, langchain_standard_suites
from tipbot.retrieval import TipbotRetriever

TestTipbotRetrieverOnFixture, TestLangChainEmbeddingsOnTestEmbedder = langchain_standard_suites(
    "mini_assistant", TEST_EMBEDDER, "How many fishers did the joint boarding teams rescue?")


def test_retriever_k_per_call_and_filters(mini_assistant):
    retriever = mini_assistant.retriever(k=4)
    q = "Which vessels are banned from the ports of the strait?"
    assert len(retriever.invoke(q)) == 4
    one = retriever.invoke(q, k=1)
    assert len(one) == 1 and one[0].page_content == retriever.invoke(q)[0].page_content
    only = TipbotRetriever(searcher=mini_assistant.searcher, k=3, kinds=["glossary"]).invoke("debt bondage", k=2)
    assert len(only) == 2 and all(d.metadata["kind"] == "glossary" for d in only)

