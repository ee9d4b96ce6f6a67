"""Ingest on the fixture paper with the test embedder: idempotent, incremental, atomic; the lock; a missing store."""

import pytest

from tests.helpers import MINI_KNOWLEDGE, fail_chroma_writes_after, mini_settings_for
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


def test_reingest_of_the_fixture_without_change_does_nothing(mini_settings):
    report = ingest(settings=mini_settings)
    assert not report.changed and all(f.status == "unchanged" for f in report.files)


def test_changed_and_removed_files_are_replaced_and_deleted(tmp_path, mini_knowledge_copy):
    s = mini_settings_for(tmp_path / "home", mini_knowledge_copy)
    first = ingest(settings=s)
    assert first.changed
    digest = mini_knowledge_copy / "sources" / "fisheries-watch-2022.md"
    digest.write_text(digest.read_text() + "\n\n## Added note\nA sentence added for the test of re-ingest.\n")
    (mini_knowledge_copy / "sources" / "harbour-authority-2023.md").unlink()
    second = ingest(settings=s)
    status = {f.path.rsplit("/", 1)[-1]: f.status for f in second.files}
    assert status["fisheries-watch-2022.md"] == "replaced"
    assert status["harbour-authority-2023.md"] == "removed"
    assert status["santoso-okafor-2025.txt"] == "unchanged"
    assert second.embedded <= 3  # only the new chunk(s) needed the model
    store = Store(s).open()
    assert any("added for the test of re-ingest" in c.text for c in store.chunks)
    assert not any(c.source_id == "harbour-authority-2023" and c.kind == "digest" for c in store.chunks)


def test_failure_part_way_leaves_previous_store_usable(tmp_path, mini_knowledge_copy, monkeypatch):
    s = mini_settings_for(tmp_path / "home", mini_knowledge_copy)
    ingest(settings=s)
    before = Store(s).open()
    n_before, collection = len(before.chunks), before.info.collection
    (mini_knowledge_copy / "sources" / "fisheries-watch-2022.md").write_text(
        "---\nkey: fisheries-watch-2022\n---\nShort new text.\n")
    with monkeypatch.context() as m:
        fail_chroma_writes_after(m, batches=1)  # the new chunks are written, then the process "crashes"
        with pytest.raises(RuntimeError, match="simulated failure"):
            ingest(settings=s)
    after = Store(s).open()
    assert after.info.collection == collection and len(after.chunks) == n_before
    assert not any("Short new text" in c.text for c in after.chunks)
    # the next ingest cleans up the half-written collection and succeeds
    assert ingest(settings=s).changed
    import chromadb

    names = [c.name for c in chromadb.PersistentClient(path=str(s.store_dir)).list_collections()]
    assert sum(n.startswith("tipbot_chunks_") for n in names) == 1
    assert any("Short new text" in c.text for c in Store(s).open().chunks)


def test_a_forced_rebuild_reuses_every_vector(tmp_path, mini_knowledge_copy):
    """--force writes new collections, but the vectors come from the active collection and the embedding cache."""
    from tipbot.embeddings import get_embedder

    s = mini_settings_for(tmp_path / "home", mini_knowledge_copy)
    ingest(settings=s)
    embedder = get_embedder(s.embedder)
    before = embedder.calls
    report = ingest(settings=s, force=True)
    assert report.changed and embedder.calls == before
    (mini_knowledge_copy / "sources" / "fisheries-watch-2022.md").write_text(
        "---\nkey: fisheries-watch-2022\n---\nA new sentence about harbour patrols.\n")
    ingest(settings=s)
    assert 0 < embedder.calls - before <= 3  # the new passage and its sentence, nothing else
