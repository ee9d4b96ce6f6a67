"""A file that cannot be read is never recorded as ingested, and every skipped file is counted once."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.helpers import TEST_EMBEDDER, mini_settings_for
from tipbot.cli import main
from tipbot.ingest import ingest
from tipbot.loaders import NO_TEXT
from tipbot.store import store_status


def _folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("A paragraph about harbour inspections with enough words in it.\n")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\ngarbage that is not a PDF\n")
    return docs


def test_a_corrupt_file_is_named_but_not_recorded(tmp_path, monkeypatch):
    docs = _folder(tmp_path)
    broken = docs / "broken.pdf"
    settings = mini_settings_for(tmp_path / "home")
    ingest([docs / "good.txt"], settings=settings)
    before = store_status(settings)

    report = ingest([broken], settings=settings)
    assert [(f.path, f.status) for f in report.failed] == [(str(broken), "skipped")]
    assert "not a readable PDF" in report.failed[0].reason
    assert not report.changed  # nothing was read, so the store is as it was
    after = store_status(settings)
    assert after["collection"] == before["collection"]
    assert str(broken) not in after["roots"] and str(broken) not in after["files"]

    monkeypatch.setenv("TIPBOT_HOME", str(settings.home))
    monkeypatch.setenv("TIPBOT_EMBEDDER", TEST_EMBEDDER)
    out = CliRunner().invoke(main, ["status"])
    assert out.exit_code == 0 and "broken.pdf" not in out.output


def test_each_skipped_file_is_counted_once(tmp_path, monkeypatch):
    docs = _folder(tmp_path)
    (docs / "empty.txt").write_text("")
    settings = mini_settings_for(tmp_path / "home")
    ingest([docs / "broken.pdf"], settings=settings)  # the failed file given alone, then its folder
    report = ingest([docs, docs / "broken.pdf"], settings=settings)
    assert sorted(f.path for f in report.failed) == [str(docs / "broken.pdf"), str(docs / "empty.txt")]
    assert store_status(settings)["roots"] == [str(docs.resolve())]

    monkeypatch.setenv("TIPBOT_HOME", str(settings.home))
    monkeypatch.setenv("TIPBOT_EMBEDDER", TEST_EMBEDDER)
    out = CliRunner().invoke(main, ["ingest", "-q", str(docs)])
    assert out.exit_code == 2 and "2 file(s) skipped" in out.output
    assert out.output.count("broken.pdf (not a readable PDF") == 1


def test_nothing_readable_builds_no_store(tmp_path, monkeypatch):
    docs = _folder(tmp_path)
    settings = mini_settings_for(tmp_path / "home")
    monkeypatch.setenv("TIPBOT_HOME", str(settings.home))
    monkeypatch.setenv("TIPBOT_EMBEDDER", TEST_EMBEDDER)
    out = CliRunner().invoke(main, ["ingest", "-q", str(docs / "broken.pdf")])
    assert out.exit_code == 2 and "no store was built" in out.output and "not a readable PDF" in out.output
    assert store_status(settings) is None
    assert CliRunner().invoke(main, ["status"]).exit_code == 1


def test_a_markdown_file_of_headings_alone_is_skipped_and_named(tmp_path, mini_knowledge_copy):
    # in a knowledge folder (a digest) as in a user's folder, with the same reason
    (mini_knowledge_copy / "sources" / "empty-digest.md").write_text("---\nkey: empty-digest\n---\n# Summary\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "title.md").write_text("# Only a title\n")
    (docs / "outline.md").write_text("# A title\n## A part\n\n### Another part\n")
    (docs / "good.md").write_text("# Notes\n\nA paragraph about harbour inspections with enough words in it.\n")
    settings = mini_settings_for(tmp_path / "home", mini_knowledge_copy)
    report = ingest([mini_knowledge_copy, docs], settings=settings)
    assert sorted((Path(f.path).name, f.reason) for f in report.failed) == [
        ("empty-digest.md", NO_TEXT), ("outline.md", NO_TEXT), ("title.md", NO_TEXT)]
    files = store_status(settings)["files"]
    assert not any(f.endswith(("empty-digest.md", "title.md", "outline.md")) for f in files)
    assert any(f.endswith("good.md") for f in files)
