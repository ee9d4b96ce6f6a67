"""Rules of the ninth session: places marked in Markdown, injections in both languages."""

from __future__ import annotations


def test_a_place_marked_in_markdown_is_still_a_place_with_its_address():
    from tipbot.answering.selection import located_places

    text = "The meeting was held on **Monday 6 November 2023** at the Hotel Horison in **Bekasi, West Java**."
    assert located_places(text) == ["Bekasi", "West Java"]
    assert located_places("It was signed in Labuan Bajo, East Nusa Tenggara, Indonesia.") == [
        "Labuan Bajo", "East Nusa Tenggara", "Indonesia"]
