"""A deterministic test embedder, registered in tipbot's embedder registry as ``hash`` (like a real backend).

In the spirit of ``EmbedDemo`` in simonw/llm's tests: no model, no randomness, instant. Each word (lower-cased,
a plural ``s`` dropped) adds ±1 to one of ``DIM`` hashed dimensions (blake2b, so the same on every machine and
Python version); the vector is L2-normalised. Texts that share words are close, which is enough for the unit tier
to ingest and query the fixture paper and to check ranking, filters and the LangChain interfaces. It reads no
language: Indonesian questions work only through tipbot's glossary expansion and BM25, as with any weak model.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from tipbot.embeddings import Embedder, register

DIM = 256
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _slot(word: str) -> tuple[int, float]:
    h = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(h[:4], "little") % DIM, (1.0 if h[4] & 1 else -1.0)


class HashEmbedder(Embedder):
    name = "test:hash-256"
    dim = DIM

    def __init__(self) -> None:
        self.calls = 0  # texts embedded so far: lets a test see what was reused instead of computed

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(DIM, dtype=np.float32)
        v[0] = 0.01  # never the zero vector, so cosine similarity is always defined
        for word in _WORD.findall(text.lower()):
            if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]
            i, sign = _slot(word)
            v[i] += sign
        return v / np.linalg.norm(v)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += len(texts)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


register("hash")(lambda arg: HashEmbedder())
