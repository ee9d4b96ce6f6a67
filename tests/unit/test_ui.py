"""The UI's callbacks on the fixture store (no browser): the question box, the language, the examples; and the
pieces that need no store: the source panel, the Markdown export, a missing store."""

from __future__ import annotations

import pytest

gr = pytest.importorskip("gradio")

from tipbot_ui.app import UI, build_app, examples, glossary_terms  # noqa: E402

from tipbot.history import History  # noqa: E402
from tipbot.present import conversation_markdown, source_panel_html  # noqa: E402


def _run(gen):
    return list(gen)[-1]


@pytest.fixture()
def mini_ui(mini_assistant, tmp_path):
    return UI(mini_assistant, History(tmp_path / "history.sqlite"))


def test_too_long_question_gets_a_message_and_stays_in_the_box(mini_ui):
    long = "why " * 750  # 3,000 characters: over the limit
    chat, box, conv, answers, _, _ = _run(mini_ui.respond(long, [], None, {}, "English"))
    assert "limit" in chat[-1]["content"] and answers == {}
    assert box == long  # not cleared: the user can shorten it
    assert not any(m["role"] == "user" for m in chat)


def test_a_question_clears_the_box_and_is_answered(mini_ui):
    chat, box, conv, answers, panel, _ = _run(
        mini_ui.respond("When was the Coral Strait Fisheries Compact signed?", [], None, {}, "English"))
    assert box == "" and "March 14 2019" in chat[-1]["content"] and "<mark>" in panel


def test_empty_inputs_of_the_teaching_tabs_say_what_to_do(mini_ui):
    md, md_file, docx_file = mini_ui.briefing("   ", "English")
    assert "topic of the briefing" in md and "question" not in md
    assert "topik ringkasan" in mini_ui.briefing("", "Bahasa Indonesia")[0]
    assert "Make a quiz first" in mini_ui.grade_quiz("1:A", [], "English")


def test_starters_topic_and_claim_come_from_the_knowledge_profile(mini_settings, mini_ui):
    questions, topic, claim = examples(mini_settings, "en")
    assert questions == [q for q in mini_settings.profile.examples["en"] if q.endswith("?")]
    assert (topic, claim) == ("joint boarding teams", "412 vessels")
    id_questions = examples(mini_settings, "id")[0]
    assert id_questions and all(q.endswith("?") for q in id_questions)
    updates = mini_ui.starters("Bahasa Indonesia", 4)
    assert [u["value"] for u in updates if u["visible"]] == id_questions
    assert sum(not u["visible"] for u in updates) == 4 - len(id_questions)


def test_header_and_glossary_label_name_the_knowledge_folder_not_a_fixed_paper(mini_settings, mini_ui):
    assert "Santoso & Okafor (2025)" in mini_ui.header("en") and "Santoso & Okafor (2025)" in mini_ui.header("id")
    assert glossary_terms(mini_settings)[:2] == ["ABK", "Debt bondage"]
    demo = build_app(mini_ui.bot)
    labels = [getattr(b, "label", None) for b in demo.blocks.values()]
    assert "Term / Istilah (ABK, Debt bondage, PSMA, IUU fishing…)" in labels
    values = [getattr(b, "value", None) for b in demo.blocks.values()]
    assert "joint boarding teams" in values and "412 vessels" in values  # briefing topic and claim from the profile
    assert not any("Pratiwi" in str(v) or "SOMTC" in str(v) for v in values + labels)


def test_everything_follows_the_language_toggle(mini_ui):
    out = mini_ui.language_changed("Bahasa Indonesia", 3)
    timeline = out[len(mini_ui.relabel("English"))]
    assert timeline.startswith("# Lini masa") and "Peristiwa bertanggal" in timeline
    assert mini_ui.timeline("English").startswith("# Timeline")
    assert out[2]["value"] == "Tanya"


def test_missing_store_tells_the_user_what_to_run(tmp_path):
    from tipbot.assistant import Assistant
    from tipbot.config import Settings

    empty = UI(Assistant(Settings.from_env(home=tmp_path / "nothing")), History(tmp_path / "h.sqlite"), {})
    chat, *_ = _run(empty.respond("What is SOMTC?", [], None, {}, "English"))
    assert "tipbot ingest" in chat[-1]["content"]
    assert "tipbot ingest" in empty.library("English")


def test_source_panel_labels_digests_and_shows_anomalies():
    answer = {"citations": [{"n": 1, "source_kind": "digest", "title": "VOA article", "section": "Status",
                             "page": None, "text": "A digest text.", "quote": "A digest text.", "cites": [],
                             "source_id": "anderson-2021", "url": None}]}
    refs = {"anderson-2021": {"authors": "Anderson", "year": 2021, "title": "Erin's law", "venue": "SWPH",
                              "url": "https://doi.org/x", "anomalies": ["Cited for IOM figures it cannot hold."]}}
    html = source_panel_html(answer, 1, "en", refs)
    assert "a summary, not the original" in html and "Cited for IOM figures" in html and "<mark>" in html


def test_conversation_markdown_numbers_references():
    md = conversation_markdown([("user", "Q?", None), ("assistant", "A [1].", {
        "answer": "A [1].", "citations": [{"n": 1, "source_kind": "paper", "title": "T", "section": "3.2"}]})])
    assert "1. Paper: T, §3.2" in md


def test_source_panel_shows_markdown_bold_as_bold():
    from tipbot.present import source_panel_html

    c = {"n": 1, "text": "adopted at the **42nd Summit** in Labuan Bajo", "quote": "", "source_kind": "digest",
         "title": "A digest", "section": "Key content"}
    html = source_panel_html({"citations": [c]}, 1, "en")
    assert "**" not in html and "<b>42nd Summit</b>" in html
