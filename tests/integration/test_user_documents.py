"""Users' own files: PDF (with page numbers), DOCX, HTML, Markdown, text — and every way a file can be bad."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from tipbot.cli import main


def test_ingest_folder_reports_each_file_and_cites_pages(folder, tmp_path, monkeypatch, built_home):
    home = tmp_path / "home"
    shutil.copytree(built_home, home)  # start from the built knowledge store; add the user's folder
    monkeypatch.setenv("TIPBOT_HOME", str(home))
    out = CliRunner().invoke(main, ["ingest", "-q", str(folder)])
    assert out.exit_code == 2, out.output  # some files failed
    lines = out.output
    assert "added  " in lines and "shelter.pdf" in lines and "notes.docx" in lines and "page.html" in lines
    assert "skipped  " in lines and "broken.pdf (not a readable PDF" in lines
    assert "empty.txt (the file is empty)" in lines
    assert "data.xyz (unsupported file type '.xyz')" in lines and "same content as" in lines
    ans = CliRunner().invoke(main, ["ask", "--json", "How many survivors did the Poipet shelter host?"])
    import json

    data = json.loads(ans.output)
    assert "37" in data["answer"]
    cited = [c for c in data["citations"] if c["source_kind"] == "user"]
    assert cited and cited[0]["page"] == 2
    again = CliRunner().invoke(main, ["ingest", "-q"])
    assert "Store up to date" in again.output or "skipped" in again.output
