"""The direct answer: the span of the best sentence that holds the kind of thing asked for."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.compose import direct_answer
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str) -> Evidence:
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini paper")
    return Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))


def test_the_day_of_a_date_is_not_a_count():
    q = analyse("how many people attended the session?")
    for text in ("The session with the partners was held on 22 Aug 2023.",
                 "The session with the partners was held on August 22, 2023."):
        answer = direct_answer(q, _evidence(text), set(tokenize(q.text))) or ""
        assert "22" not in answer


def test_a_count_beside_a_date_is_found():
    q = analyse("how many participants attended the meeting?")
    ev = _evidence("The meeting on 22 Aug 2023 was attended by about 275 participants from ten states.")
    assert direct_answer(q, ev, set(tokenize(q.text))) == "275 participants"
