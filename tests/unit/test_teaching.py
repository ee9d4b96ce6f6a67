"""Teaching features that need no store: the glossary look-up and the committed examples."""

from __future__ import annotations

import re

from tests.helpers import KNOWLEDGE, ROOT
from tipbot import glossary as g


def test_glossary_lookup_both_languages():
    entries = g.load(KNOWLEDGE / "glossary.json")
    assert len(entries) == 57
    assert g.lookup(entries, "TPPO")[0]["term"] == "TPPO"
    assert g.lookup(entries, "Kedutaan Besar")[0]["term"] == "KBRI"
    assert g.lookup(entries, "satgas")[0]["term"] == "Satgas TPPO"
    assert g.lookup(entries, "zzzz") == []


def test_committed_examples_are_cited():
    examples = ROOT / "docs" / "examples"
    brief = (examples / "briefing.md").read_text()
    body = brief.split("\n## Sources")[0]
    claims = [line for line in body.splitlines() if line.startswith("- ") or (line.startswith("| ") and "“" in line)]
    assert claims and all(re.search(r"\[\d+\]", line) for line in claims)
    assert (examples / "briefing.docx").stat().st_size > 1000
    quiz = (examples / "quiz.md").read_text()
    assert "## Answer key" in quiz and quiz.count("[") >= 5
