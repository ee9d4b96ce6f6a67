"""Unit-tier fixtures: the invented paper of ``tests/fixtures/knowledge`` ingested with the ``hash`` test embedder.

Ingesting it takes about a second, so the session store is shared and a test that changes files works on its
own copy (``mini_knowledge_copy``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import MINI_KNOWLEDGE, TEST_EMBEDDER, copy_knowledge, mini_settings_for, point_cli_at


@pytest.fixture(scope="session")
def unit_cache(tmp_path_factory) -> Path:
    """The unit tier's embedding cache: a temporary folder, not the repo's .cache/ of the real model."""
    return tmp_path_factory.mktemp("embedding-cache")


@pytest.fixture(autouse=True)
def _unit_cache_for_every_test(monkeypatch, unit_cache) -> None:
    monkeypatch.setenv("TIPBOT_CACHE", str(unit_cache))


@pytest.fixture(scope="session")
def mini_home(tmp_path_factory, unit_cache) -> Path:
    """A TIPBOT_HOME with the fixture knowledge folder ingested."""
    from tipbot.ingest import ingest

    home = tmp_path_factory.mktemp("mini-home")
    with pytest.MonkeyPatch.context() as m:  # session fixtures are set up before the autouse one above
        m.setenv("TIPBOT_CACHE", str(unit_cache))
        report = ingest(settings=mini_settings_for(home))
    assert report.changed and report.chunks > 10 and not report.failed
    return home


@pytest.fixture(scope="session")
def mini_settings(mini_home):
    return mini_settings_for(mini_home)


@pytest.fixture(scope="session")
def mini_assistant(mini_settings):
    from tipbot.assistant import Assistant

    return Assistant(mini_settings)


@pytest.fixture()
def mini_knowledge_copy(tmp_path) -> Path:
    """A private copy of the fixture knowledge folder that a test may change."""
    return copy_knowledge(MINI_KNOWLEDGE, tmp_path)


@pytest.fixture()
def mini_env(monkeypatch, mini_settings) -> Path:
    """Point the CLI (which reads the environment) at the session's fixture store."""
    return point_cli_at(monkeypatch, mini_settings.home, MINI_KNOWLEDGE, TEST_EMBEDDER)
