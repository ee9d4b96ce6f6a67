"""Reader rules on a few hand-built sentences of an invented source (no store, no model)."""

from __future__ import annotations

from tests.helpers import evidence_of
from tipbot.answering.extractive import ExtractiveAnswerer
from tipbot.answering.selection import gives_consequence
from tipbot.keyword import tokenize


def test_a_sentence_opening_with_a_connective_of_result_gives_a_consequence():
    assert gives_consequence("So, the records obtained can be more complete.")
    assert gives_consequence("Sehingga data yang diperoleh lebih akurat.")
    assert gives_consequence("Thus the harbour stays open.")
    assert not gives_consequence("So far no vessel has been boarded.")
    assert not gives_consequence("Social media spread the offers.")


def test_a_why_answer_brings_the_sentence_that_gives_the_purpose_of_its_best_sentence():
    pool = evidence_of("Later studies can interview the crews of the boarded vessels.",
                 "So, the records obtained can be more complete.",
                 "The harbour authority publishes a yearly report.")
    out = ExtractiveAnswerer._reasons(pool[:1] + pool[2:], pool, set(tokenize("interview crews")), None, [])
    assert [e.text for e in out[:2]] == [pool[0].text, pool[1].text]
