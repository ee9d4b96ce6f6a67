"""Reliability with real processes: a `chroma run` server that goes away, an ingest killed with SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.helpers import KNOWLEDGE, free_port, wait_for_http
from tipbot.assistant import Assistant
from tipbot.config import Settings
from tipbot.errors import StoreUnavailableError
from tipbot.ingest import ingest
from tipbot.store import Store

BIN = Path(sys.executable).parent


def _start_chroma(path: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([str(BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1", "--port",
                             str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, "chroma run", 60)
    return proc


@pytest.mark.slow
def test_chroma_server_mode_outage_and_recovery(tmp_path, knowledge_copy, settings):
    port = free_port()
    data = tmp_path / "chroma-data"
    server = _start_chroma(data, port)
    s = replace(settings, home=tmp_path / "home", knowledge=knowledge_copy, chroma_url=f"http://127.0.0.1:{port}")
    try:
        report = ingest(settings=s)
        assert report.changed and report.chunks > 100
        bot = Assistant(s)
        assert "Preah Ket Mealea" in bot.ask("Which hospital did the kidney-trade victims go to?").text
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        # the server went away mid-session: answers still come from the passages loaded at start ...
        assert "2,778" in bot.ask("How many people did the task force save in four months?").text
        # ... while anything that needs the server says clearly what is wrong
        with pytest.raises(StoreUnavailableError, match="not reachable"):
            ingest(settings=s, force=True)
        with pytest.raises(StoreUnavailableError, match="chroma run"):
            Assistant(s).ask("What is SOMTC?")
        server = _start_chroma(data, port)
        assert not ingest(settings=s).changed  # back: the same store, nothing lost
        assert "SOMTC" in Assistant(s).ask("What is SOMTC?").text
    finally:
        server.kill()


@pytest.mark.slow
def test_kill_minus_9_during_ingest_keeps_the_previous_store(tmp_path, knowledge_copy, built_home):
    home = tmp_path / "home"
    shutil.copytree(built_home, home)
    before = Store(replace_settings(home)).open()
    collection, count = before.info.collection, len(before.chunks)
    # a changed paper and an empty embedding cache make the new ingest slow enough to kill in the middle
    paper = knowledge_copy / "paper" / "pratiwi-sukandar-2024.txt"
    paper.write_text(paper.read_text().replace("Human Trafficking has been carried out", "Trafficking has been done"))
    env = dict(os.environ, TIPBOT_HOME=str(home), TIPBOT_CACHE=str(tmp_path / "cold-cache"))
    proc = subprocess.Popen([sys.executable, "-m", "tipbot.cli", "ingest", "-q", "--force", str(knowledge_copy)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(6)
    # a second ingest meanwhile is refused with a clear message
    second = subprocess.run([sys.executable, "-m", "tipbot.cli", "ingest", "-q"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert second.returncode == 1 and "Another ingest is running" in second.stderr
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    after = Store(replace_settings(home)).open()
    assert after.info.collection == collection and len(after.chunks) == count
    assert "Preah Ket Mealea" in Assistant(replace_settings(home)).ask("Which hospital?").text


def replace_settings(home: Path):

    return Settings.from_env(home=home, knowledge=KNOWLEDGE)
