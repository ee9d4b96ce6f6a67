"""CLI robustness found by a newcomer: `tipbot eval` on a broken question file, `tipbot brief` output files and an
empty topic, `tipbot quiz` answers it cannot read and fewer questions than asked, `tipbot glossary` with no match."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tipbot.cli import main

GOOD = {"id": "a1", "question": "When was the Coral Strait Fisheries Compact signed?", "lang": "en", "type": "date",
        "answerable": True, "must_match": ["2019"], "support": []}


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


# -- tipbot eval: a question file it cannot score is named with its line, exit status 2, no traceback -------------


@pytest.mark.parametrize("lines,line_no,says", [
    ([json.dumps(GOOD), '{"id": "a2", "question": "x"'], 2, "not valid JSON"),
    ([json.dumps(GOOD), "", json.dumps({k: v for k, v in {**GOOD, "id": "a2"}.items() if k != "answerable"})], 3,
     "no 'answerable' field"),
    (["id,question,answer", "a1,When was the Compact signed?,2019"], 1, "not valid JSON"),
    (["[", json.dumps(GOOD), "]"], 1, "not valid JSON"),
    ([json.dumps(GOOD), json.dumps(["a list"])], 2, "not a question object"),
    ([json.dumps({**GOOD, "answerable": "yes"})], 1, "'answerable' must be true or false"),
    ([json.dumps({**GOOD, "must_match": ["(unclosed"]})], 1, "not a valid regular expression"),
    ([json.dumps(GOOD), json.dumps(GOOD)], 2, "the id 'a1' is used on line 1 too"),
])
def test_eval_names_the_file_and_line_of_a_broken_question(mini_env, tmp_path, lines, line_no, says):
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("eval", str(path), "--out", str(tmp_path / "o"))
    assert out.exit_code == 2, out.output
    assert "Traceback" not in out.output and (out.exception is None or isinstance(out.exception, SystemExit))
    assert f"{path}, line {line_no}: " in out.stderr and says in out.stderr
    assert not (tmp_path / "o").exists()  # nothing was run


def test_eval_refuses_a_binary_or_empty_file(mini_env, tmp_path):
    binary = tmp_path / "model.bin"
    binary.write_bytes(b"\x00\xff\xfe\x80 not text\n")
    out = run("eval", str(binary), "--out", str(tmp_path / "o"))
    assert out.exit_code == 2 and f"{binary}, line 1: not UTF-8 text" in out.stderr
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    out = run("eval", str(empty), "--out", str(tmp_path / "o"))
    assert out.exit_code == 2 and f"{empty}: no questions in it" in out.stderr


def test_eval_names_the_broken_file_among_several(mini_env, tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(GOOD) + "\nnot json\n", encoding="utf-8")
    out = run("eval", str(good), str(bad), "--out", str(tmp_path / "o"))
    assert out.exit_code == 2 and f"{bad}, line 2: not valid JSON" in out.stderr and str(good) not in out.stderr


def test_every_question_set_of_the_repo_loads():
    from tests.helpers import ROOT
    from tipbot.scoring import load_items

    sets = sorted((ROOT / "evals").glob("*.jsonl"))
    assert len(sets) >= 18
    for path in sets:
        assert load_items(path), path


# -- tipbot brief: every file written is named; a file name of another format is refused before any work; an empty
# topic is called a topic ----------------------------------------------------------------------------------------


def test_brief_names_every_file_it_writes(mini_env, tmp_path):
    md, docx = tmp_path / "b.md", tmp_path / "b.docx"
    out = run("brief", "joint boarding teams", "--markdown", str(md), "--docx", str(docx))
    assert out.exit_code == 0, out.output
    assert md.read_text(encoding="utf-8").startswith("# Briefing: joint boarding teams")
    assert docx.stat().st_size > 1000
    assert f"Saved {md}" in out.stderr and f"Saved {docx}" in out.stderr
    assert "Saved" not in out.stdout  # the briefing on standard output stays the briefing alone


def test_timeline_names_the_file_it_writes(mini_env, tmp_path):
    md = tmp_path / "t.markdown"
    out = run("timeline", "--markdown", str(md))
    assert out.exit_code == 0 and md.exists() and f"Saved {md}" in out.stderr


@pytest.mark.parametrize("args,bad,fix", [
    (["--docx", "out.pdf"], "'.pdf'", "out.docx"),
    (["--docx", "briefing"], "no suffix", "briefing.docx"),
    (["--markdown", "notes.txt"], "'.txt'", "notes.md"),
    (["--markdown", "b.md", "--docx", "b.doc"], "'.doc'", "b.docx"),
])
def test_brief_refuses_a_file_name_of_another_format_before_any_work(mini_env, tmp_path, monkeypatch, args, bad,
                                                                       fix):
    import tipbot.assistant

    def no_work(*a, **k):
        raise AssertionError("the briefing was built before the options were checked")

    monkeypatch.setattr(tipbot.assistant, "Assistant", no_work)
    monkeypatch.chdir(tmp_path)
    out = run("brief", "joint boarding teams", *args)
    assert out.exit_code == 2, out.output
    assert bad in out.output and fix in out.output and "Traceback" not in out.output
    assert not list(tmp_path.iterdir())  # nothing written, not even the Markdown of a valid --markdown


def test_upper_case_suffixes_are_accepted(mini_env, tmp_path):
    md, docx = tmp_path / "B.MD", tmp_path / "B.DOCX"
    out = run("brief", "joint boarding teams", "--markdown", str(md), "--docx", str(docx))
    assert out.exit_code == 0 and md.exists() and docx.exists()


@pytest.mark.parametrize("topic", ["", "   \n\t "])
def test_an_empty_topic_is_called_a_topic(mini_env, topic):
    out = run("brief", topic)
    assert out.exit_code == 1 and "Traceback" not in out.output
    assert "The topic is empty" in out.stderr and "question" not in out.stderr


def test_a_long_topic_is_called_a_topic(mini_env):
    out = run("brief", "harbour " * 300)
    assert out.exit_code == 1 and "The topic is 2399 characters long" in out.stderr
    assert "question" not in out.stderr
