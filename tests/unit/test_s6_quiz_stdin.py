"""`tipbot quiz` with answers piped in (``printf 'A\\nB\\n' | tipbot quiz``): they are read one a line, as typed at
the prompts, and scored; a single line holds them all; no answers at all prints the quiz with its key."""

from __future__ import annotations

from click.testing import CliRunner

from tipbot import quiz as q
from tipbot.cli import main

ARGS = ["quiz", "-n", "3", "--seed", "4", "--kind", "figure", "--kind", "definition"]


def _key(mini_assistant) -> list[str]:
    items = q.build_quiz(mini_assistant.store.chunks, 3, 4, "en", ("figure", "definition"))
    assert len(items) == 3
    return [q.LETTERS[i.answer] for i in items]


def test_piped_answers_are_read_one_a_line_and_scored(mini_env, mini_assistant):
    key = _key(mini_assistant)
    out = CliRunner().invoke(main, ARGS, input="\n".join(key) + "\n")
    assert out.exit_code == 0, out.output
    assert "Score: 3/3" in out.output and "Answer key" not in out.output
    assert f"Your answer: {key[0]}" in out.output  # the answer read is shown with its question
    wrong = ["A" if k != "A" else "B" for k in key]
    out = CliRunner().invoke(main, ARGS, input=f"{key[0]}\n\n{wrong[2]}\n")  # a blank line skips question 2
    assert "Score: 1/3" in out.output


def test_one_piped_line_holds_every_answer(mini_env, mini_assistant):
    out = CliRunner().invoke(main, ARGS, input=" ".join(_key(mini_assistant)) + "\n")
    assert "Score: 3/3" in out.output


def test_no_piped_answers_prints_the_key_and_says_why(mini_env):
    out = CliRunner().invoke(main, ARGS, input="")
    assert out.exit_code == 0 and "Answer key" in out.output and "Score:" not in out.output
    assert "No answers on standard input" in out.output
