"""The reader: question analysis → evidence selection → answerability → composition (the verifier is the last
gate, in ``tipbot.assistant``). Briefings, the quiz and the timeline use the same analysis and selection."""

from __future__ import annotations

from .analysis import Question, analyse
from .extractive import (
    ExtractiveAnswerer,
    named_sources,
    question_tokens,
    store_figures,
    store_places,
    structural_passages,
)
from .selection import ABLATIONS, Evidence, ReaderConfig, candidates, mmr

__all__ = ["ABLATIONS", "Evidence", "ExtractiveAnswerer", "Question", "ReaderConfig", "analyse", "candidates",
           "gather", "mmr", "named_sources", "question_tokens", "select_key_points", "store_figures", "store_places",
           "structural_passages"]


def gather(assistant, topic: str, kinds: list[str] | None = None, k: int = 8) -> tuple[Question, list[Evidence]]:
    """The analysed topic and every sentence of its best passages, scored by the reader's signals (for briefings
    and other features that choose their own sentences)."""
    q = analyse(topic)
    plan = assistant.searcher.plan(q.text, q.language)
    plan.analysis = q
    passages = assistant.searcher.search(plan, k=k, kinds=kinds)
    context = assistant.context
    pool = candidates(q, question_tokens(q, plan), plan.vectors, passages, context.idf, context.sentence_vectors,
                      ReaderConfig(), context.citation_index)
    return q, pool


def select_key_points(pool: list[Evidence], k: int = 5) -> list[Evidence]:
    """Key points of a topic: the most relevant content sentences (paper, digests, the user's documents), chosen
    with MMR across passages so that they do not repeat one another."""
    body = [e for e in pool if e.chunk.kind in ("paper", "digest", "user") and not _front_matter_line(e)]
    return mmr(body, k, ReaderConfig(), spread=True)


def _front_matter_line(e: Evidence) -> bool:
    """A line without a sentence's end (the title block, an author's address, a heading): not a key point."""
    return e.chunk.kind == "paper" and not e.text.rstrip().rstrip("”\"'").endswith((".", "!", "?"))
