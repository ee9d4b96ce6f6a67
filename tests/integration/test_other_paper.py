"""The same code serves another paper's knowledge folder: the fixture's invented paper (tests/fixtures/knowledge),
with its own profile.yaml, ingested with the real model and queried; nothing of knowledge/'s paper leaks in."""

import pytest

from tests.helpers import MINI_KNOWLEDGE
from tipbot.config import Settings

PAPER_ID = "santoso-okafor-2025"  # the fixture's profile


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    from tipbot.ingest import ingest

    settings = Settings.from_env(home=tmp_path_factory.mktemp("other-paper"), knowledge=MINI_KNOWLEDGE)
    report = ingest(settings=settings)
    assert report.changed and report.chunks > 10 and not report.failed
    return settings


@pytest.fixture(scope="module")
def bot(other):
    from tipbot.assistant import Assistant

    return Assistant(other)


def test_the_profile_names_the_paper(other):
    profile = other.profile
    assert profile.paper_id == PAPER_ID and profile.short_title == "Santoso & Okafor (2025)"
    assert profile.examples_for("en") and profile.examples_for("id")


def test_the_store_holds_the_other_paper_only(bot):
    store = bot.store
    assert store.from_snapshot
    paper = [c for c in store.chunks if c.kind == "paper"]
    assert paper and {c.source_id for c in paper} == {PAPER_ID}
    assert {c.kind for c in store.chunks} >= {"paper", "digest", "reference", "glossary"}
    assert not any("Pratiwi" in c.text or "Cambodia" in c.text for c in store.chunks)
    title = [c for c in paper if c.section == "Title and authors"]
    assert title and "Mira Santoso" in title[0].text


def test_questions_are_answered_from_the_other_paper(bot):
    top = bot.searcher.search("How many fishers did the joint boarding teams rescue in 2023?", k=3)
    assert top[0].chunk.source_id == PAPER_ID and "126 fishers" in top[0].chunk.text
    answer = bot.ask("How many vessels were on the banned list by the end of 2023?")
    assert not answer.refused and "38 vessels" in answer.text
    assert any(c.source_id == PAPER_ID and "38 vessels" in c.text for c in answer.citations)
    ids = {c.id for c in bot.store.chunks}
    assert all(c.chunk_id in ids for c in answer.citations)


def test_a_question_about_the_first_paper_is_not_answered_from_it(bot):
    answer = bot.ask("How many people did the Human Trafficking Crime Task Force save in its first four months?")
    assert "2,778" not in answer.text


def test_the_llm_prompt_names_the_other_paper(other, bot):
    from dataclasses import replace

    from tipbot.llm import llm_answerer, render_prompt

    answerer = llm_answerer(replace(other, answerer="openai", llm_url="http://127.0.0.1:9/v1"))
    passages = bot.searcher.search("joint boarding teams", k=2)
    prompt = render_prompt("Who boards the vessels?", "en", passages, answerer.paper)
    assert "Santoso & Okafor (2025)" in prompt and "Pratiwi" not in prompt


def test_the_briefing_finds_actors_with_the_profiles_pattern(bot):
    from tipbot.briefing import build_briefing

    report = build_briefing(bot, "joint boarding teams")
    actors = [st.text for sec in report.sections for st in sec.statements
              if bot.settings.profile.actor_regex.fullmatch(st.text)]
    assert any("Inspectorate" in a or "Coast Guard" in a for a in actors), actors
