"""Briefings, quizzes, the timeline, the glossary and the source check: every generated line is cited and
every figure is in its cited passage."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tipbot import quiz as q
from tipbot.briefing import build_briefing
from tipbot.cli import main
from tipbot.sourcecheck import source_check
from tipbot.timeline import build_timeline, events
from tipbot.verify import check_claim


def _all_cited(report) -> None:
    by_n = {c.n: c for c in report.citations}
    lines = report.lines()
    assert lines
    for line in lines:
        assert check_claim(line, by_n) is None, line


def test_briefing_every_line_cited(assistant, tmp_path):
    report = build_briefing(assistant, "Indonesia–Cambodia police cooperation")
    _all_cited(report)
    headings = [s.heading for s in report.sections]
    assert headings[0] == "Key points" and "Figures" in headings and "Bibliography" in headings
    md = report.markdown()
    assert "August 22 2023" in md and ("Chuon Narin" in md or "Phnom Penh" in md)
    path = report.docx(tmp_path / "b.docx")
    import docx

    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Briefing: Indonesia–Cambodia police cooperation" in text and "[1]" in text


def test_briefing_in_indonesian_framing(assistant):
    report = build_briefing(assistant, "online scam recruitment of Indonesians", lang="id")
    _all_cited(report)
    assert report.sections[0].heading == "Poin utama" and "Menurut paper" in report.markdown()


def test_quiz_keys_are_in_their_passages(assistant):
    for lang in ("en", "id"):
        items = q.build_quiz(assistant.store.chunks, 8, seed=7, lang=lang)
        assert len(items) == 8 and {i.kind for i in items} == {"figure", "date", "definition"}
        for item in items:
            assert len(set(item.options)) == 4
            assert item.answer_text in item.citation.text  # the key is verbatim in the passage it cites
            if item.kind != "definition":
                assert "_____" in item.question and item.answer_text not in item.question
    same = q.build_quiz(assistant.store.chunks, 5, seed=3)
    assert [i.question for i in same] == [i.question for i in q.build_quiz(assistant.store.chunks, 5, seed=3)]
    right, lines = q.grade(same, {n: q.LETTERS[i.answer] for n, i in enumerate(same, start=1)})
    assert right == 5 and lines[-1] == "Score: 5/5"
    right, _ = q.grade(same, q.parse_responses("1:Z"))
    assert right == 0


def test_timeline_sorted_cited_and_shows_differences(assistant):
    evs = events(assistant.store.chunks)
    assert [e.when for e in evs] == sorted(e.when for e in evs)
    labels = {e.label for e in evs if e.chunk.kind == "paper"}
    assert {"10 May 2023", "July 5 2023", "July 23 2023", "August 22 2023", "September 4 2023"} <= labels
    report = build_timeline(assistant.store.chunks)
    _all_cited(report)
    diff = next(s for s in report.sections if s.heading == "Where the sources differ")
    assert any("21 August" in s.text and "22 August 2023" in s.text for s in diff.statements)


def test_source_check_reveals_the_erins_law_citation(assistant):
    report = source_check(assistant.store.chunks, assistant.context.citation_index, "43-50% IOM")
    _all_cited(report)
    md = report.markdown()
    assert "43% to 50%" in md and "Anderson, 2021" in md and "Erin's law" in md
    assert "does not fit the claim" in md
    every = source_check(assistant.store.chunks, assistant.context.citation_index, limit=1000)
    assert len(every.sections) >= 25


def test_cli_teaching_commands(env_home, tmp_path):
    r = CliRunner()
    out = r.invoke(main, ["brief", "national legal framework", "--markdown", str(tmp_path / "b.md"), "--docx",
                          str(tmp_path / "b.docx")])
    assert out.exit_code == 0, out.output
    assert (tmp_path / "b.md").read_text().startswith("# Briefing: national legal framework")
    assert (tmp_path / "b.docx").stat().st_size > 1000
    out = r.invoke(main, ["quiz", "-n", "3", "--seed", "1", "--json"])
    assert out.exit_code == 0 and len(json.loads(out.output)) == 3
    assert "Answer key" in r.invoke(main, ["quiz", "-n", "3", "--seed", "1", "--key"]).output
    assert "Dated events" in r.invoke(main, ["timeline"]).output
    assert "Satuan Tugas" in r.invoke(main, ["glossary", "Satgas TPPO"]).output
    assert "Erin's law" in r.invoke(main, ["sourcecheck", "43-50% IOM"]).output
