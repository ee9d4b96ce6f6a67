"""The UI's pieces that need no store: the source panel, the Markdown export, a missing store."""

from __future__ import annotations

import pytest

gr = pytest.importorskip("gradio")

from tipbot_ui.app import UI  # noqa: E402

from tipbot.history import History  # noqa: E402
from tipbot.present import conversation_markdown, source_panel_html  # noqa: E402


def _run(gen):
    return list(gen)[-1]


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
