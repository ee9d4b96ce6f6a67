"""The UI: callbacks called directly, then the real thing — `tipbot serve` driven in Debian's chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import free_port, wait_for_http

gr = pytest.importorskip("gradio")

from tipbot_ui.app import UI  # noqa: E402

from tipbot.history import History  # noqa: E402
from tipbot.present import conversation_markdown, source_panel_html  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture()
def ui(assistant, tmp_path):
    import json

    refs = {r["key"]: r for r in json.loads((ROOT / "knowledge" / "references.json").read_text())}
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


def test_too_long_question_gets_a_message_not_an_exception(ui):
    chat, *_ = _run(ui.respond("why " * 1000, [], None, {}, "English"))
    assert "limit" in chat[-1]["content"]


def test_missing_store_tells_the_user_what_to_run(tmp_path):
    from tipbot.assistant import Assistant
    from tipbot.config import Settings

    empty = UI(Assistant(Settings.from_env(home=tmp_path / "nothing")), History(tmp_path / "h.sqlite"), {})
    chat, *_ = _run(empty.respond("What is SOMTC?", [], None, {}, "English"))
    assert "tipbot ingest" in chat[-1]["content"]
    assert "tipbot ingest" in empty.library("English")


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


# -- end to end in a real browser --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(settings, tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (make test installs it when run as root)")
    pytest.importorskip("playwright")
    port = free_port()
    env = dict(os.environ, TIPBOT_HOME=str(settings.home), TIPBOT_KNOWLEDGE=str(settings.knowledge))
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "tipbot.cli", "serve", "--port", str(port)], stdout=fh,
                                stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    wait_for_http(url, proc, "tipbot serve", 90, log)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


# null-safe: while a page (re)loads the element may not exist yet
PANEL_HAS = "(document.querySelector('#tipbot-panel')?.innerText || '').includes('{}')"
CHAT_HAS = "(document.querySelector('#tipbot-chat')?.innerText || '').includes('{}')"


def _ask(page, question: str) -> None:
    before = page.locator('#tipbot-chat a[href*="#cite-"]').count()
    page.fill("#tipbot-question textarea", question)
    page.click("#tipbot-ask")
    page.wait_for_function(
        f"document.querySelectorAll('#tipbot-chat a[href*=\"#cite-\"]').length > {before}", timeout=60000)
    page.wait_for_timeout(300)


def test_browser_end_to_end(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
        page.goto(server)
        page.wait_for_selector("#tipbot-question textarea", timeout=30000)
        _ask(page, "Which hospital did the kidney-trade victims have their transplants at?")
        assert "Preah Ket Mealea" in page.inner_text("#tipbot-chat")
        _ask(page, "Berapa orang yang diselamatkan Satgas TPPO dalam empat bulan?")
        chat = page.inner_text("#tipbot-chat")
        assert "2,778" in chat and ("Menurut paper" in chat or "Glosarium" in chat)
        # two clicks to check a citation: the [n] link opens the passage in the source panel
        page.locator('#tipbot-chat a[href*="#cite-1-"]').first.click()
        page.wait_for_function(PANEL_HAS.format("Preah Ket Mealea"), timeout=15000)
        assert page.locator("#tipbot-panel mark").count() >= 1
        docs = ROOT / "docs"
        docs.mkdir(exist_ok=True)
        page.screenshot(path=str(docs / "screenshot.png"), full_page=True)
        # the conversation survives a reload, with its citations
        page.reload()
        page.wait_for_function(CHAT_HAS.format("2,778"), timeout=30000)
        assert page.locator('#tipbot-chat a[href*="#cite-"]').count() >= 2
        page.locator('#tipbot-chat a[href*="#cite-1-"]').first.click()
        page.wait_for_function(PANEL_HAS.format("Preah Ket Mealea"), timeout=15000)
        # the UI follows an Indonesian browser
        page_id = browser.new_page(locale="id-ID")
        page_id.goto(server)
        page_id.wait_for_function("(document.body?.innerText || '').includes('Pertanyaan Anda')", timeout=30000)
        browser.close()


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


def test_server_serves_no_file_outside_its_assets(server):
    import urllib.error
    import urllib.request

    for path in ("/gradio_api/file=/etc/passwd", "/file=/etc/passwd", "/gradio_api/file=../../../../etc/passwd",
                 f"/gradio_api/file={ROOT / 'pyproject.toml'}"):
        try:
            with urllib.request.urlopen(server + path, timeout=10) as resp:
                body = resp.read(2000).decode("utf-8", "replace")
            assert "root:" not in body and "[project]" not in body, path
        except urllib.error.HTTPError as exc:
            assert exc.code in (403, 404, 400), (path, exc.code)
