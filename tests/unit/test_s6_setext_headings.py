"""A user's Markdown document with underlined (setext) headings — "Title" over a line of "=" or "-" — is read
with them as headings, as "# Title" is: the heading names the section of the text under it and is not text."""

from __future__ import annotations

from tipbot.chunking import chunk_document
from tipbot.documents import headings_only
from tipbot.loaders import load_file

DOC = """Port inspections in Veloria
===========================

Inspectors boarded 40 vessels in the spring and found crews without contracts.

Referral of victims
-------------------
Each rescued fisher is taken to the referral desk on the day of the boarding.

# An ATX heading
And text directly under it.

- a list item
- another list item
---
"""


def test_setext_headings_name_the_sections_of_a_user_document(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(DOC, encoding="utf-8")
    doc = load_file(path)
    sections = [(b.section, b.raw.strip()) for b in doc.blocks]
    assert sections[:3] == [
        ("Port inspections in Veloria",
         "Inspectors boarded 40 vessels in the spring and found crews without contracts."),
        ("Referral of victims",
         "Each rescued fisher is taken to the referral desk on the day of the boarding."),
        ("An ATX heading", "And text directly under it."),
    ]
    assert not any("===" in b.raw or "---\n" in b.raw.split("- another")[0] for b in doc.blocks[:3])
    assert all(DOC[b.start:b.end] == b.raw for b in doc.blocks)  # offsets still point into the file
    chunks = chunk_document(doc)
    assert {c.section for c in chunks} >= {"Port inspections in Veloria", "Referral of victims"}
    assert not any("=====" in c.text for c in chunks)


def test_what_is_a_setext_heading():
    from tipbot.documents import leading_headings

    assert headings_only("Title\n=====") == "Title" and headings_only("Part\n---") == "Part"
    assert headings_only("# A\n## B") == "B"
    assert leading_headings("Title\n===\nText.") == ("Title", 10)
    assert leading_headings("- a\n- b\n---") == (None, 0)  # a list over a rule is not a heading
    assert leading_headings("Plain text.") == (None, 0)
