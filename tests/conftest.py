"""Test tiers (see README, "Tests"):

- ``tests/unit/``: no real model and no full ingest; a small invented paper (``tests/fixtures/knowledge``) embedded
  by a deterministic test embedder. ``make check`` runs it with ruff in well under a minute.
- ``tests/integration/``: the real knowledge folder ingested once per session with the real model (the fixtures
  below); passage vectors are cached in ``.cache/`` at the repo root (git-ignored), so a second run does not embed
  again.
- ``tests/e2e/``: starts servers (``tipbot serve`` in chromium, ``chroma run``, llama.cpp's server) or processes
  that are killed; every test there is marked ``slow``.

The real-store fixtures live here because integration and e2e share one store per session; a unit test that asks
for one of them is an error at collection time.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import tests.hash_embedder  # noqa: F401  (registers the 'hash' test embedder)
from tests.helpers import KNOWLEDGE, ROOT, copy_knowledge, point_cli_at

os.environ.setdefault("TIPBOT_CACHE", str(ROOT / ".cache"))
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("OMP_NUM_THREADS", "1")
for var in ("TIPBOT_CHROMA_URL", "TIPBOT_LLM_URL", "TIPBOT_ANSWERER", "TIPBOT_EMBEDDER", "TIPBOT_HOME",
            "TIPBOT_KNOWLEDGE"):
    os.environ.pop(var, None)

REAL_STORE_FIXTURES = {"built_home", "settings", "assistant", "env_home", "knowledge_copy"}
TIERS = ("unit", "integration", "e2e")


def pytest_collection_modifyitems(config, items):
    for item in items:
        parts = Path(str(item.path)).relative_to(ROOT / "tests").parts
        tier = parts[0] if parts and parts[0] in TIERS else None
        if tier is None:
            raise pytest.UsageError(f"{item.nodeid}: tests live in tests/unit, tests/integration or tests/e2e")
        item.add_marker(getattr(pytest.mark, tier))
        if tier == "e2e":
            item.add_marker(pytest.mark.slow)
        real = REAL_STORE_FIXTURES & set(getattr(item, "fixturenames", ()))
        if tier == "unit" and real:
            raise pytest.UsageError(
                f"{item.nodeid} uses the full knowledge store ({', '.join(sorted(real))}): move it to "
                "tests/integration or use the mini_* fixtures of tests/unit/conftest.py"
            )


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
    return copy_knowledge(KNOWLEDGE, tmp_path)


@pytest.fixture()
def env_home(monkeypatch, settings):
    """Point the CLI (which reads the environment) at the session store."""
    return point_cli_at(monkeypatch, settings.home, KNOWLEDGE)


@pytest.fixture()
def folder(tmp_path) -> Path:
    """A user's folder: a PDF with two pages, a DOCX, an HTML page, and files that are broken, empty, unsupported
    or a duplicate."""
    import docx

    from tests.helpers import write_pdf

    d = tmp_path / "reports"
    d.mkdir()
    write_pdf(d / "shelter.pdf", [
        "Field report on shelters in Poipet.",
        "The shelter in Poipet hosted 37 survivors in March 2024.\nStaff asked for interpreters.",
    ])
    (d / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (d / "empty.txt").write_text("")
    doc = docx.Document()
    doc.add_heading("Outreach notes", 1)
    doc.add_paragraph("Volunteers in Batam met 14 returnees from Sihanoukville in May 2024.")
    doc.save(d / "notes.docx")
    (d / "page.html").write_text(
        "<html><head><title>Hotline</title><script>x()</script></head><body><h1>Hotline</h1>"
        "<p>The NGO hotline took 58 calls about job offers in Cambodia.</p></body></html>")
    (d / "data.xyz").write_text("what is this")
    shutil.copy(d / "notes.docx", d / "notes-copy.docx")  # same content: stored once
    return d
