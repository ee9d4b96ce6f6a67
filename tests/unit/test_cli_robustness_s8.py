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


# -- tipbot quiz: answers it cannot read are named (never silently wrong); fewer questions than asked is said -------

QUIZ = ["quiz", "-n", "5", "--seed", "4"]


def _quiz_items(mini_assistant, n: int = 5):
    from tipbot import quiz as q

    items = q.build_quiz(mini_assistant.store.chunks, n, 4, "en", ("figure", "date", "definition"))
    assert len(items) == n
    return items


def _date_item(answer: int = 3):
    from tipbot import quiz as q
    from tipbot.schema import Chunk, Citation

    chunk = Chunk(id="c1", text="The team was formed on July 23 2023.", source_id="mini", kind="paper", title="Mini")
    return q.QuizItem("date", "?", ["10 May 2023", "April 21 2021", "July 5 2023", "July 23 2023"], answer,
                      Citation.from_chunk(1, chunk))


def test_a_line_mixing_letters_and_values_is_read_answer_by_answer():
    from tipbot import quiz as q

    assert q.parse_responses("C 21 April 2021 D 5907 A") == {1: "C", 2: "21 April 2021", 3: "D", 4: "5907", 5: "A"}
    assert q.parse_responses("A) 82% C) 1,138") == {1: "A) 82%", 2: "C) 1,138"}  # a letter with its option
    assert q.parse_responses("B) 82%") == {1: "B) 82%"} and q.parse_responses("A D A B C")[5] == "C"
    assert q.parse_responses("a special team") == {1: "a special team"}  # a lower-case article is a word


def test_the_cli_scores_a_mixed_line(mini_env, mini_assistant):
    items = _quiz_items(mini_assistant)
    from tipbot import quiz as q

    given = [it.answer_text if it.kind == "figure" else q.LETTERS[it.answer] for it in items]
    assert any(it.kind == "figure" for it in items) and any(it.kind != "figure" for it in items)
    out = run(*QUIZ, input=" ".join(given) + "\n")
    assert out.exit_code == 0, out.output
    assert "Score: 5/5" in out.stdout and "Could not read" not in out.output


def test_an_answer_it_cannot_read_is_named_not_silently_wrong():
    from tipbot import quiz as q

    item = _date_item()
    right, lines = q.grade([item, item], {1: "C 21 April 2021 D 5907 A", 2: "July 23 2023"})
    assert right == 1
    assert "   Could not read your answer “C 21 April 2021 D 5907 A”: give a letter A–D, an option's text or one " \
           "date." in lines
    assert lines[-2:] == ["Could not read the answers to question(s) 1; they were scored as wrong.", "Score: 1/2"]
    for unreadable in ("banana", "Z", "23 July 2023 5907", "D 5907"):
        assert not q.readable(item, unreadable), unreadable
    for readable in ("", "B", "b) April 21 2021", "July 5 2023", "2023-07-05", "5 Juli 2023"):
        assert q.readable(item, readable), readable
    right, lines = q.grade([item], {1: "July 23 2023 5907"})  # the key's date run into the next answer
    assert right == 0 and "   Could not read your answer “July 23 2023 5907”: give a letter A–D, an option's " \
        "text or one date." in lines
    figure = q.QuizItem("figure", "?", ["15-64", "82 %", "2,778", "3 million"], 0, item.citation)
    for readable in ("15-64", "82%", "2.778", "3 million", "d) 3 million"):
        assert q.readable(figure, readable), readable
    for unreadable in ("82 % 2,778", "many", "B 2778"):
        assert not q.readable(figure, unreadable), unreadable
    _, lines = q.grade([item], {1: "A"})  # a wrong answer it read is only wrong
    assert not any("Could not read" in line for line in lines)
    _, lines = q.grade([item], {1: "pisang"}, "id")
    assert lines[-2].startswith("Jawaban untuk soal 1 tidak terbaca") and lines[-1] == "Skor: 0/1"


def test_the_cli_names_the_piped_answers_it_could_not_read(mini_env, mini_assistant):
    items = _quiz_items(mini_assistant)
    from tipbot import quiz as q

    figure = next(i for i, it in enumerate(items, start=1) if it.kind == "figure")
    given = [q.LETTERS[it.answer] for it in items]
    given[figure - 1] = "many"
    out = run(*QUIZ, input="\n".join(given) + "\n")
    assert out.exit_code == 0, out.output
    assert "Score: 4/5" in out.stdout and "Could not read your answer “many”" in out.stdout
    assert f"Could not read the answers to question(s) {figure};" in out.stdout


def test_the_cli_says_which_questions_got_no_piped_answer_and_which_answers_were_extra(mini_env, mini_assistant):
    out = run(*QUIZ, input="C 57\n")  # one line: two answers for five questions
    assert out.exit_code == 0, out.output
    assert "No answer was read for question(s) 3, 4, 5" in out.stderr
    out = run(*QUIZ, input="A\nB\nC\nD\nA\nB\nC\n")
    assert "2 answer(s) after the last of the 5 questions were not scored" in out.stderr
    assert "No answer was read" not in out.stderr


def test_the_cli_says_when_fewer_questions_could_be_made_than_asked(mini_env, mini_assistant):
    from tipbot import quiz as q

    made = len(q.build_quiz(mini_assistant.store.chunks, 50, 1, "en", ("figure",)))
    assert 0 < made < 50
    out = run("quiz", "--kind", "figure", "-n", "50", "--seed", "1", "--key")
    assert out.exit_code == 0, out.output
    assert f"Only {made} figure questions could be made from the knowledge base (50 asked for)." in out.stderr
    out = run("quiz", "-n", "50", "--seed", "1", "--json")
    assert out.exit_code == 0 and "Only " in out.stderr and "(50 asked for)" in out.stderr
    assert len(json.loads(out.stdout)) < 50  # the JSON on standard output stays JSON
    out = run("quiz", "-n", "3", "--seed", "1", "--key")
    assert "asked for" not in out.stderr


def test_a_kind_that_can_make_no_question_says_so(mini_env, mini_assistant):
    out = run("quiz", "--kind", "date", "-n", "5", "--seed", "1")  # the fixture paper gives no date question
    assert out.exit_code == 1 and "too few dates to make a quiz from; try another --kind" in out.stderr


# -- tipbot glossary: no match is exit status 1; the terminal gets no Markdown marks ---------------------------------


def test_glossary_without_a_match_exits_1(mini_env):
    out = run("glossary", "xyzzy")
    assert out.exit_code == 1 and "No glossary term matches 'xyzzy'" in out.stderr and out.stdout == ""


def test_glossary_prints_no_markdown_marks(mini_env):
    import tests.helpers as h

    entries = json.loads((h.MINI_KNOWLEDGE / "glossary.json").read_text(encoding="utf-8"))
    first = entries[0]
    out = run("glossary", first["term"])
    assert out.exit_code == 0, out.output
    assert out.stdout.startswith(f"{first['term']} — {first['expansion_en']}")
    assert "**" not in out.stdout and not any(line.count("*") >= 2 for line in out.stdout.splitlines())
    every = run("glossary")
    assert every.exit_code == 0 and "**" not in every.stdout
    assert sum(line.startswith(e["term"] + " — ") for e in entries for line in every.stdout.splitlines()) \
        == len(entries)


# -- README: what it says of the default knowledge folder, the question sets, the sentences and the bench agrees
# with the code and the repository ---------------------------------------------------------------------------------


def _readme() -> str:
    from tests.helpers import ROOT

    return " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def test_readme_says_where_the_default_knowledge_folder_is(monkeypatch, tmp_path):
    from tests.helpers import KNOWLEDGE
    from tipbot.config import Settings

    monkeypatch.delenv("TIPBOT_KNOWLEDGE", raising=False)
    monkeypatch.chdir(tmp_path)  # a folder without knowledge/: the checkout's folder is read
    assert Settings.from_env(home=tmp_path).knowledge.resolve() == KNOWLEDGE.resolve()
    (tmp_path / "knowledge").mkdir()
    assert Settings.from_env(home=tmp_path).knowledge.resolve() == (tmp_path / "knowledge").resolve()
    row = _readme().split("| `TIPBOT_KNOWLEDGE` |")[1].split("| `TIPBOT_CACHE` |")[0]
    assert "`./knowledge` if the current folder has one, else the `knowledge/` folder of the tipbot checkout" in row


def test_readme_counts_the_question_sets_and_the_bench_questions():
    from tests.helpers import ROOT

    readme = _readme()
    sets = list((ROOT / "evals").glob("*.jsonl"))
    assert f"the question sets of `evals/` ({len(sets)} files;" in readme and "eleven question sets" not in readme
    bench = sum(1 for f in ("dev", "extra") for line in (ROOT / "evals" / f"{f}.jsonl").read_text().splitlines()
                if line.strip())
    assert f"the {bench} questions of dev and extra, each asked twice warm, {2 * bench} answers" in readme
    assert f"warm p50/p95 over the {bench} questions (twice)" in readme


def test_readme_gives_the_sentences_an_ingest_embeds():
    from tests.helpers import KNOWLEDGE
    from tipbot.chunking import chunk_sentences
    from tipbot.ingest import chunk_all, collect

    docs, _ = collect([KNOWLEDGE.resolve()], [], known=())
    chunks = chunk_all(docs, KNOWLEDGE / "references.json")
    sentences = sum(len(chunk_sentences(c)) for c in chunks)  # the units ingest embeds (ingest._sentence_vectors)
    readme = _readme()
    assert f"({len(chunks)} passages and {sentences:,} sentences," in readme
    assert f"({len(chunks)} passages + {sentences:,} sentence vectors," in readme
