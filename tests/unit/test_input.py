"""Bad input and bad options get one clear sentence, before any store is opened."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tipbot.assistant import check_question
from tipbot.cli import main
from tipbot.errors import InvalidQuestionError
from tipbot.llm import redact

BIN = Path(sys.executable).parent


@pytest.mark.parametrize("bad", ["", "   \n\t ", "?!", "x" * 5000, "\x00\x01\x02\x03\x04\x05"])
def test_bad_questions_get_clear_errors(bad):
    with pytest.raises(InvalidQuestionError):
        check_question(bad)


def test_binary_junk_is_refused_with_a_message():
    with pytest.raises(InvalidQuestionError, match="does not look like text"):
        check_question("\x00\x01\x02\x03\x04\x05\x06\x07 what")


def test_serve_refuses_public_interface_without_flag():
    out = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert out.exit_code == 2 and "--public" in out.output


def test_serve_on_a_busy_port_says_so():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert out.exit_code == 1 and "choose another port" in out.output


def test_api_key_is_redacted():
    assert redact("Bearer sk-secret-123 failed", "sk-secret-123") == "Bearer *** failed"


@pytest.mark.parametrize("bad", ["why " * 600, "   "])
def test_ask_json_fails_as_one_json_object(bad):
    out = CliRunner().invoke(main, ["ask", "--json", bad])
    assert out.exit_code == 1
    data = json.loads(out.stdout)
    assert data["question"] == bad and ("limit is 2000" in data["error"] or "empty" in data["error"])
    assert "Error:" not in out.output


def test_ask_jsonl_reports_each_bad_line_as_json(tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_bytes(json.dumps({"id": "long", "question": "why " * 600}).encode() + b"\n\xff\xfe not text\n"
                  + json.dumps({"id": "num", "question": 5}).encode() + b"\n")
    out = CliRunner().invoke(main, ["ask", "--jsonl", str(f)])
    assert out.exit_code == 0, out.output
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["long", 2, "num"] and all(set(r) == {"id", "error"} for r in rows)
    assert "limit is 2000" in rows[0]["error"] and "UTF-8" in rows[1]["error"] and "text" in rows[2]["error"]
