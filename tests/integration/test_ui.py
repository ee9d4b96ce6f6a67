"""The UI's callbacks called directly on the real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import KNOWLEDGE

gr = pytest.importorskip("gradio")

from tipbot_ui.app import UI, examples  # noqa: E402

from tipbot.history import History  # noqa: E402


@pytest.fixture()
def ui(assistant, tmp_path):

    refs = {r["key"]: r for r in json.loads((KNOWLEDGE / "references.json").read_text())}
    return UI(assistant, History(tmp_path / "history.sqlite"), refs)


def _run(gen):
    return list(gen)[-1]


def test_respond_stores_answer_with_citations_and_reloads(ui):
    chat, box, conv, answers, panel, sources = _run(
        ui.respond("Which hospital did the kidney-trade victims go to?", [], None, {}, "English"))
    assert box == "" and conv and len(chat) == 2
    assert "Preah Ket Mealea" in chat[-1]["content"] and "#cite-1-1" in chat[-1]["content"]
    assert "<mark>" in panel and "Preah Ket Mealea" in panel
    assert sources["choices"]
    # a reload rebuilds the conversation with the same citations
    chat2, conv2, answers2, _, _ = ui.restore(conv, "English")
    assert conv2 == conv and chat2[-1]["content"] == chat[-1]["content"]
    assert answers2["1"]["citations"] == answers["1"]["citations"]
    assert "Preah Ket Mealea" in ui.show_source("1:1", answers2, "English")


def test_empty_question_is_refused_politely(ui):
    chat, box, conv, answers, _, _ = _run(ui.respond("   ", [], None, {}, "English"))
    assert chat == [] and answers == {}


def test_feedback_and_export(ui):
    _, _, conv, answers, _, _ = _run(ui.respond("What is SOMTC?", [], None, {}, "English"))

    class Like:
        index = 1
        liked = False

    ui.like(answers, Like())
    ui.comment("The glossary entry helped.", answers, "English")
    rows = ui.history.feedback_rows()
    assert [r["rating"] for r in rows] == [-1, 0]
    assert rows[0]["question"] == "What is SOMTC?" and "SOMTC" in rows[0]["answer"] and rows[0]["citations"] != "[]"
    path = ui.export(conv)["value"]
    text = Path(path).read_text()
    assert "**Question:** What is SOMTC?" in text and "References:" in text and "1. Glossary" in text


def test_indonesian_labels_and_library(ui):
    out = ui.relabel("Bahasa Indonesia")
    assert "jawaban bersumber" in out[0] and out[2]["value"] == "Tanya"
    assert "Ringkasan sumber yang dikutip" in out[-1] and "source_status" in out[-1]


def test_teaching_tabs_callbacks(ui):
    md, md_file, docx_file = ui.briefing("online scam recruitment of Indonesians", "English")
    assert md.startswith("# Briefing") and md_file["value"].endswith(".md") and docx_file["value"].endswith(".docx")
    quiz_md, items, _ = ui.new_quiz(4, "Bahasa Indonesia", 5)
    assert quiz_md.startswith("# Kuis") and len(items) == 4
    first = items[0]["answer"]
    assert ui.grade_quiz(f"1:{first}", items, "English").startswith("Score: 1/4")
    assert "Dated events" in ui.timeline("English")
    assert "Satuan Tugas" in ui.glossary("Satgas")
    assert "Erin's law" in ui.source_check("43-50% IOM", "English")


def test_every_example_the_ui_offers_gives_an_answer(ui, settings):
    """The UI's starter buttons (both languages), its briefing topic and its source-check claim (the English
    examples of knowledge/paper/profile.yaml, in both framings) all give a cited answer."""
    for lang in ("en", "id"):
        questions = examples(settings, lang)[0]
        assert questions
        for q in questions:
            a = ui.bot.ask(q)
            assert not a.refused and a.citations, (q, a.text)
    _, topic, claim = examples(settings, "en")
    for label in ("English", "Bahasa Indonesia"):
        assert "[1]" in ui.briefing(topic, label)[0]
        assert "[1]" in ui.source_check(claim, label)
