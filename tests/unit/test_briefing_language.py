"""A refused briefing speaks the language the briefing was asked for, whatever the topic's language."""

from __future__ import annotations

from tipbot.briefing import build_briefing


def test_a_refused_briefing_speaks_the_language_asked_for(mini_assistant):
    report = build_briefing(mini_assistant, "trafficking in Cambodia", lang="id")
    assert report.refused
    assert report.intro.startswith("Basis pengetahuan")
    report = build_briefing(mini_assistant, "trafficking in Cambodia", lang="en")
    assert report.refused and not report.intro.startswith("Basis pengetahuan")
