"""Ingest on the real knowledge folder: idempotent, incremental, atomic; the store reopens in a new process."""

import subprocess
import sys
import time

import pytest

from tests.helpers import fail_chroma_writes_after
from tipbot.config import Settings
from tipbot.ingest import ingest
from tipbot.store import Store


def _settings(tmp_path, knowledge):
    return Settings.from_env(home=tmp_path / "home", knowledge=knowledge)


def test_reingest_without_change_does_nothing(built_home, settings):
    t = time.perf_counter()
    report = ingest(settings=settings)
    assert not report.changed
    assert all(f.status == "unchanged" for f in report.files)
    assert time.perf_counter() - t < 10


def test_changed_and_removed_files_are_replaced_and_deleted(tmp_path, knowledge_copy, built_home):
    s = _settings(tmp_path, knowledge_copy)
    first = ingest(settings=s)
    assert first.changed
    digest = knowledge_copy / "sources" / "wardah-2023.md"
    digest.write_text(digest.read_text() + "\n\n## Added note\nA sentence added for the test of re-ingest.\n")
    (knowledge_copy / "sources" / "snyder-2019.md").unlink()
    second = ingest(settings=s)
    status = {f.path.rsplit("/", 1)[-1]: f.status for f in second.files}
    assert status["wardah-2023.md"] == "replaced"
    assert status["snyder-2019.md"] == "removed"
    assert second.embedded <= 3  # only the new chunk(s) needed the model
    store = Store(s).open()
    assert any("added for the test of re-ingest" in c.text for c in store.chunks)
    assert not any(c.source_id == "snyder-2019" and c.kind == "digest" for c in store.chunks)


def test_failure_part_way_leaves_previous_store_usable(tmp_path, knowledge_copy, built_home, monkeypatch):
    s = _settings(tmp_path, knowledge_copy)
    ingest(settings=s)
    before = Store(s).open()
    n_before, collection = len(before.chunks), before.info.collection
    (knowledge_copy / "sources" / "wardah-2023.md").write_text("---\nkey: wardah-2023\n---\nShort new text.\n")
    with monkeypatch.context() as m:
        fail_chroma_writes_after(m, batches=1)  # the first 64 chunks are written, then the process "crashes"
        with pytest.raises(RuntimeError, match="simulated failure"):
            ingest(settings=s)
    after = Store(s).open()
    assert after.info.collection == collection and len(after.chunks) == n_before
    # the next ingest cleans up the half-written collection and succeeds
    ok = ingest(settings=s)
    assert ok.changed
    import chromadb

    names = [c.name for c in chromadb.PersistentClient(path=str(s.store_dir)).list_collections()]
    assert sum(n.startswith("tipbot_chunks_") for n in names) == 1


def test_store_reopens_in_a_new_process(settings):
    code = (
        "from pathlib import Path; from tipbot.config import Settings; from tipbot.store import Store;"
        f"s = Store(Settings.from_env(home=Path({str(settings.home)!r}))).open();"
        "import numpy as np; v = s.embedder.embed_query('What is SOMTC?');"
        "print(len(s.chunks), s.dense(np.stack([v]), 3)[0][0][0] in {c.id for c in s.chunks})"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    n, found = out.stdout.split()
    assert int(n) > 100 and found == "True"
