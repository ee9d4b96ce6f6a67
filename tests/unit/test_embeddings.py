"""The embedder registry."""

import pytest

from tipbot.embeddings import get_embedder
from tipbot.errors import ModelMissingError


def test_missing_model_is_one_clear_sentence(tmp_path):
    with pytest.raises(ModelMissingError, match="No sentence-transformers model at"):
        get_embedder(f"st:{tmp_path / 'nowhere'}")
    with pytest.raises(ModelMissingError, match="Unknown embedder"):
        get_embedder("word2vec")


def test_query_threads_use_only_idle_cores(monkeypatch):
    from tipbot.embeddings import query_threads

    monkeypatch.delenv("TIPBOT_QUERY_THREADS", raising=False)
    assert query_threads(cores=2, runnable=1) == 2  # only this thread runs: both cores
    assert query_threads(cores=2, runnable=2) == 1  # another task runs: its core is not shared with the engine
    assert query_threads(cores=8, runnable=1) == 4  # at most QUERY_THREADS_MAX by default
    assert query_threads(cores=8, runnable=6) == 3
    assert query_threads(cores=1, runnable=1) == 1
    monkeypatch.setenv("TIPBOT_QUERY_THREADS", "1")
    assert query_threads(cores=2, runnable=1) == 1  # one thread, as OMP_NUM_THREADS=1 had it
    monkeypatch.setenv("TIPBOT_QUERY_THREADS", "8")
    assert query_threads(cores=8, runnable=1) == 8
