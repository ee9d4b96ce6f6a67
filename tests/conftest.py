"""Shared fixtures: an isolated TIPBOT_HOME per session and one store built from the repo's knowledge/.

Passage vectors are cached in .cache/ at the repo root (git-ignored) so a second run does not embed again;
the first run on a fresh machine embeds everything (a few minutes on 2 cores).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT / "knowledge"
DEV = ROOT / "evals" / "dev.jsonl"

os.environ.setdefault("TIPBOT_CACHE", str(ROOT / ".cache"))
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("OMP_NUM_THREADS", "1")
for var in ("TIPBOT_CHROMA_URL", "TIPBOT_LLM_URL", "TIPBOT_ANSWERER", "TIPBOT_EMBEDDER"):
    os.environ.pop(var, None)


@pytest.fixture(scope="session")
def built_home(tmp_path_factory) -> Path:
    """A TIPBOT_HOME with the full knowledge folder ingested (the session's shared store)."""
    from tipbot.config import Settings
    from tipbot.ingest import ingest

    home = tmp_path_factory.mktemp("tipbot-home")
    settings = Settings.from_env(home=home, knowledge=KNOWLEDGE)
    report = ingest(settings=settings)
    assert report.changed and report.chunks > 100
    return home


@pytest.fixture(scope="session")
def settings(built_home):
    from tipbot.config import Settings

    return Settings.from_env(home=built_home, knowledge=KNOWLEDGE)


@pytest.fixture(scope="session")
def assistant(settings):
    from tipbot.assistant import Assistant

    return Assistant(settings)


@pytest.fixture()
def knowledge_copy(tmp_path) -> Path:
    """A private copy of knowledge/ that a test may change."""
    dst = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dst)
    return dst


@pytest.fixture()
def env_home(monkeypatch, settings):
    """Point the CLI (which reads the environment) at the session store."""
    monkeypatch.setenv("TIPBOT_HOME", str(settings.home))
    monkeypatch.setenv("TIPBOT_KNOWLEDGE", str(KNOWLEDGE))
    return settings.home


def free_port() -> int:
    """A free TCP port on loopback, for the servers the tests start."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, what: str, timeout: float, log: Path | None = None) -> None:
    """Wait until ``url`` answers; fail with the server's log if it exits or does not come up in time."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"{what} exited: {log.read_text()[-2000:] if log else ''}")
            time.sleep(0.4)
    proc.kill()
    pytest.fail(f"{what} did not start in {timeout:.0f} s")
