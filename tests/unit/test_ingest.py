"""Ingest without the real model: the lock, a missing store."""


import pytest

from tests.helpers import MINI_KNOWLEDGE
from tipbot.config import Settings
from tipbot.errors import IngestLockedError
from tipbot.ingest import ingest, ingest_lock
from tipbot.store import Store


def _settings(tmp_path, knowledge):
    return Settings.from_env(home=tmp_path / "home", knowledge=knowledge)


def test_second_ingest_is_refused_while_one_runs(tmp_path):
    s = _settings(tmp_path, MINI_KNOWLEDGE)
    with ingest_lock(s):
        with pytest.raises(IngestLockedError, match="Another ingest is running"):
            ingest(settings=s)


def test_missing_store_gives_a_clear_error(tmp_path):
    from tipbot.errors import StoreMissingError

    with pytest.raises(StoreMissingError, match="tipbot ingest"):
        Store(Settings.from_env(home=tmp_path / "empty")).open()
