"""The store's snapshot: a new process opens from it without chromadb or bm25s, it is exactly what Chroma holds,
and anything doubtful (another collection, a damaged file, no file) falls back to opening through Chroma."""

import shutil
import subprocess
import sys

import numpy as np

from tests.helpers import ROOT
from tipbot.config import Settings
from tipbot.store import Store, active_from_sqlite, connect, read_active, snapshot_path


def _through_chroma(settings: Settings) -> Store:
    store = Store(settings)
    client = connect(settings)
    store._open_collections(client, read_active(client, settings))
    return store


def _copy(settings: Settings, tmp_path) -> Settings:
    home = tmp_path / "home"
    shutil.copytree(settings.home, home)
    return Settings.from_env(home=home, knowledge=settings.knowledge)


def test_the_pointer_read_from_sqlite_is_chromas(settings):
    # a Chroma upgrade that changes its tables makes this fail (and the snapshot is then simply not used)
    assert active_from_sqlite(settings) == read_active(connect(settings), settings)["collection"]


def test_the_snapshot_holds_what_chroma_holds(settings):
    fast, slow = Store(settings).open(), _through_chroma(settings)
    assert fast.from_snapshot and not slow.from_snapshot
    assert fast.info == slow.info and fast.chunks == slow.chunks
    assert np.array_equal(fast._matrix, slow._matrix)
    assert fast.sentence_vectors.keys() == slow.sentence_vectors.keys()
    assert all(np.array_equal(v, slow.sentence_vectors[k]) for k, v in fast.sentence_vectors.items())
    for q in ("What is SOMTC?", "Satgas TPPO korban 2,778 people", "police cooperation Cambodia 2023"):
        assert np.array_equal(fast.keyword_scores(q), slow.keyword_scores(q))
    v = fast.embedder.embed_query("What is SOMTC?")
    assert fast.dense(np.stack([v]), 5) == slow.dense(np.stack([v]), 5)


def test_a_new_process_answers_without_chromadb_or_bm25s(settings):
    home, knowledge = str(settings.home), str(settings.knowledge)
    code = (
        "import sys; from pathlib import Path; from tipbot.assistant import Assistant; "
        "from tipbot.config import Settings; "
        f"a = Assistant(Settings.from_env(home=Path({home!r}), knowledge=Path({knowledge!r})))"
        ".ask('What is SOMTC?'); "
        "print(bool(a.citations), 'chromadb' in sys.modules, 'bm25s' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "False"]


def test_a_doubtful_snapshot_is_not_used(settings, tmp_path):
    s = _copy(settings, tmp_path)
    path = snapshot_path(s, active_from_sqlite(s))
    n = len(Store(s).open().chunks)

    path.write_bytes(path.read_bytes()[:1000])  # damaged
    store = Store(s).open()
    assert not store.from_snapshot and len(store.chunks) == n

    path.unlink()  # missing
    store = Store(s).open()
    assert not store.from_snapshot and len(store.chunks) == n

    other = snapshot_path(s, "tipbot_chunks_older")  # a snapshot of another collection is never read
    shutil.copy(snapshot_path(settings, active_from_sqlite(settings)), other)
    assert not Store(s).open().from_snapshot


def test_ingest_writes_a_missing_snapshot_and_removes_stale_ones(settings, tmp_path):
    from tipbot.ingest import ingest

    s = _copy(settings, tmp_path)
    current = snapshot_path(s, active_from_sqlite(s))
    stale = snapshot_path(s, "tipbot_chunks_20000101000000_abcdef")
    shutil.move(current, stale)
    report = ingest(settings=s)
    assert not report.changed  # nothing to embed again: the snapshot is rewritten from the collections
    assert current.is_file() and not stale.exists()
    assert Store(s).open().from_snapshot


def test_a_store_opened_from_its_snapshot_connects_to_chroma_for_an_index_search(settings, monkeypatch):
    import tipbot.store

    store = Store(settings).open()
    assert store.from_snapshot and store._collection is None
    v = store.embedder.embed_query("What is SOMTC?")
    exact = store.dense(np.stack([v]), 3)
    monkeypatch.setattr(tipbot.store, "EXACT_LIMIT", 0)  # as in a store too large to scan: Chroma's HNSW index
    indexed = store.dense(np.stack([v]), 3)
    assert store._collection is not None
    assert [i for i, _ in indexed[0]] == [i for i, _ in exact[0]]
