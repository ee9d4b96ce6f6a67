"""A refused briefing speaks of its topic, not of a question: the reader's refusals and its correction of a
premise ("The sources do not state the figure your question gives.") are worded for the topic, in both
languages, their reason kept."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tipbot.answering.compose import ph as reader_phrases
from tipbot.briefing import build_briefing, of_topic

QUESTION_WORDS = ("question", "pertanyaan")


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("key,fields", [("premise_figure", {}), ("not_found", {}),
                                        ("not_found_terms", {"terms": "“x”"}),
                                        ("no_person_name", {"office": "ambassador"})])
def test_the_reader_s_refusals_and_corrections_speak_of_the_topic(lang, key, fields):
    line = reader_phrases(lang)[key].format(**fields)
    worded = of_topic(line)
    assert not any(w in worded.lower() for w in QUESTION_WORDS), worded
    assert ("topic" if lang == "en" else "topik") in worded
    if fields:
        assert worded.endswith(line[line.index(":"):])  # the reason is kept


def test_a_briefing_whose_figure_the_sources_correct_speaks_of_the_topic(mini_assistant, monkeypatch):
    # the reader corrects a topic's figure the sources do not state ("… MoU signed in 2019" on the real store)
    text = reader_phrases("en")["premise_figure"] + "\nWhat they say is:\nThe paper states: “…” [1]"
    monkeypatch.setattr(mini_assistant, "ask", lambda *a, **k: SimpleNamespace(refused=True, text=text))
    report = build_briefing(mini_assistant, "joint boarding teams")
    assert report.refused and report.intro == "The sources do not state the figure this topic gives."
