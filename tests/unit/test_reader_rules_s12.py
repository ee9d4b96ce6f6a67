"""Reader rules of the twelfth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import SUMMARY_FACT, Evidence, type_fit
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str) -> Evidence:
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini paper")
    return Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))


def test_a_summary_prefers_the_sentences_that_report_a_figure_or_a_date():
    for question in ("Summarise section 3.3 for me", "tolong ringkasin bagian 3.3 dong"):
        q = analyse(question)
        assert q.answer_type == "summary"
        assert type_fit(_evidence("Each of the 34 provinces is a source and a destination."), q) == SUMMARY_FACT
        assert type_fit(_evidence("The meeting was held on 8 March 2017 in Manila."), q) == SUMMARY_FACT
        assert type_fit(_evidence("So, this strategy can support the Government."), q) == 0.0
        # (the year of a citation is no fact of the text)
        assert type_fit(_evidence("Cooperation is needed (Khairi, 2021)."), q) == 0.0
