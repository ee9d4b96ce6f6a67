"""The quiz asks for figures of the topic, not for the span of time a figure is counted over."""

from __future__ import annotations

from tipbot.quiz import _figure_pool
from tipbot.schema import Chunk


def test_the_quiz_does_not_ask_for_a_span_of_time():
    chunk = Chunk(id="c1", text="The desk gave 40 fishers a ticket home within 30 days of their rescue.",
                  source_id="mini", kind="paper", title="Mini paper", section="3.2 The referral desk")
    asked = [f for f, _, _ in _figure_pool([chunk])]
    assert "40" in asked and "30" not in asked


def test_a_kind_that_cannot_make_a_question_does_not_block_the_others(mini_assistant):
    from tipbot.quiz import build_quiz

    # (the fixture's few dates cannot make a question with three distractors)
    assert len(build_quiz(mini_assistant.store.chunks, n=3)) == 3
