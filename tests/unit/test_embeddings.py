"""The embedder registry."""

import pytest

from tipbot.embeddings import get_embedder
from tipbot.errors import ModelMissingError


def test_missing_model_is_one_clear_sentence(tmp_path):
    with pytest.raises(ModelMissingError, match="No sentence-transformers model at"):
        get_embedder(f"st:{tmp_path / 'nowhere'}")
    with pytest.raises(ModelMissingError, match="Unknown embedder"):
        get_embedder("word2vec")
