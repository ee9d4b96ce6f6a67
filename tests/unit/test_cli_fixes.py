"""Issue 12 items 2 and 11 on the fixture store: an empty store is one sentence; the CLI's options name what is
valid and refuse what is not; source lines; a path ingested and deleted is reported once; a duplicate keeps the
file ingested first."""

from __future__ import annotations

import json
import shutil
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from tests.helpers import TEST_EMBEDDER, mini_settings_for
from tipbot.cli import GUIDANCE, _print_answer, main
from tipbot.schema import Citation


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("args", [["search", "x", "-k", "0"], ["search", "x", "-k", "-3"], ["quiz", "-n", "0"],
                                  ["quiz", "-n", "-1"]])
def test_counts_below_one_are_usage_errors(args):
    out = run(*args)
    assert out.exit_code == 2 and "Invalid value" in out.output


def test_an_unknown_kind_names_the_valid_kinds():
    out = run("search", "x", "--kind", "bogus")
    assert out.exit_code == 2
    assert all(k in out.output for k in ("paper", "digest", "reference", "glossary", "user"))


def test_an_unknown_source_names_the_valid_sources(mini_env):
    out = run("search", "x", "--source", "nonexistent")
    assert out.exit_code == 2
    assert "nonexistent" in out.output and "santoso-okafor-2025" in out.output and "fisheries-watch-2022" in out.output
    assert run("search", "vessels", "--source", "santoso-okafor-2025", "-k", "2").exit_code == 0
    digests = run("search", "boarding teams interpreter", "--kind", "digest", "-k", "5")
    assert digests.exit_code == 0 and "digest" in digests.output and "**" not in digests.output


def test_source_check_says_when_no_claim_matches(mini_env):
    out = run("sourcecheck", "the moon is made of cheese")
    assert out.exit_code == 1 and "No claim in the paper matches" in out.output
    out = run("sourcecheck", "412 vessels")
    assert out.exit_code == 0 and "412 vessels" in out.output and "Fisheries Watch" in out.output


def test_a_blank_answer_prints_guidance_and_source_lines_read_cleanly(capsys):
    _print_answer(SimpleNamespace(text="", citations=[]), as_json=False)
    assert capsys.readouterr().out.strip() == GUIDANCE.strip()
    title = "Indonesia's strategy in ASEAN in handling the issues of human Trafficking in Cambodia and beyond it"
    cites = [Citation(1, "a", "user:lmw_copy.pdf", "user", "lmw_copy", "p. 2", 2, "t", [], None),
             Citation(2, "b", "paper", "paper", title, "3.4 Establishment", None, "t", [], None)]
    _print_answer(SimpleNamespace(text="**Bold** claim [1] [2]", citations=cites), as_json=False)
    out = capsys.readouterr().out
    assert "Bold claim" in out and "**" not in out
    assert "[1] Your document: lmw_copy, p. 2" in out and " ," not in out
    assert "Trafficking in…, §3.4 Establishment" in out


def test_an_empty_store_is_one_sentence(tmp_path, monkeypatch):
    from tipbot.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("A paragraph about harbour inspections with enough words in it.\n")
    settings = mini_settings_for(tmp_path / "home")
    ingest([docs], settings=settings)
    (docs / "a.txt").unlink()
    report = ingest(settings=settings)
    assert report.chunks == 0 and [f.status for f in report.files] == ["removed"]
    monkeypatch.setenv("TIPBOT_HOME", str(settings.home))
    monkeypatch.setenv("TIPBOT_EMBEDDER", TEST_EMBEDDER)
    for args in (["ask", "x"], ["search", "x"], ["brief", "x"], ["quiz", "--key"], ["timeline"], ["sourcecheck"]):
        out = run(*args)
        assert out.exit_code == 1, (args, out.output)
        assert "holds no passages" in out.output and "Traceback" not in out.output, args


def test_a_path_deleted_after_ingest_is_reported_once(tmp_path):
    from tipbot.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    one, two = docs / "one.txt", docs / "two.txt"
    one.write_text("Alpha paragraph about boarding teams in the harbour.\n")
    two.write_text("Zeta paragraph about the referral desk for fishers.\n")
    settings = mini_settings_for(tmp_path / "home")
    ingest([one, two], settings=settings)
    one.unlink()
    first = ingest(settings=settings)
    assert [(f.path, f.status) for f in first.files if f.status != "unchanged"] == [(str(one), "removed")]
    second = ingest(settings=settings)
    assert not second.changed and not second.failed and all(f.status == "unchanged" for f in second.files)


def test_a_duplicate_keeps_the_file_ingested_first(tmp_path):
    from tipbot.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    original = docs / "z-original.txt"
    original.write_text("A paragraph about the list of banned vessels in the strait.\n")
    settings = mini_settings_for(tmp_path / "home")
    ingest([original], settings=settings)
    shutil.copy(original, docs / "a-copy.txt")
    report = ingest([docs], settings=settings)
    skipped = {f.path: f.reason for f in report.failed}
    assert skipped == {str(docs / "a-copy.txt"): f"same content as {original}"}
    assert [f.path for f in report.files if f.status == "unchanged"] == [str(original.resolve())]


def test_an_unknown_source_check_key_says_it_is_not_in_references_json(mini_env):
    out = run("sourcecheck", "--key", "fisheries-wtch-2022")
    assert out.exit_code == 2 and "no key 'fisheries-wtch-2022' in references.json" in out.output
    assert "did you mean fisheries-watch-2022" in out.output and "No claim in the paper" not in out.output
    far = run("sourcecheck", "--key", "zzz")
    assert far.exit_code == 2 and "no key 'zzz' in references.json" in far.output and "e.g." in far.output


@pytest.mark.parametrize("args", [["brief", "harbour inspections", "--docx"],
                                  ["brief", "harbour inspections", "--markdown"], ["timeline", "--markdown"]])
def test_a_file_to_save_in_a_missing_folder_is_a_usage_error(mini_env, tmp_path, args):
    target = tmp_path / "no-such-folder" / "out.file"
    out = run(*args, str(target))
    assert out.exit_code == 2 and "does not exist" in out.output and str(target.parent) in out.output
    assert not target.parent.exists()


def test_search_reads_the_question_without_its_markup_as_ask_does(mini_env):
    plain = json.loads(run("search", "boarding teams interpreter", "-k", "3", "--json").output)
    marked = run("search", "<b>boarding teams</b> {{7*7}} [[x]] interpreter <script>alert(1)</script>", "-k", "3",
                 "--json")
    assert marked.exit_code == 0
    assert [p["chunk_id"] for p in json.loads(marked.output)["passages"]] == [p["chunk_id"] for p in plain["passages"]]
    for only in ["{{7*7}}", "<script>alert(1)</script>"]:
        out = run("search", only)
        assert out.exit_code == 1 and "only markup or template code" in out.output
