"""Users' own files: PDF (with page numbers), DOCX, HTML, Markdown, text — and every way a file can be bad."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tipbot.cli import main
from tipbot.loaders import LoadError, load_file

ROOT = Path(__file__).resolve().parents[1]


def write_pdf(path: Path, pages: list[str]) -> None:
    """A small real PDF with a text layer, written by hand (no extra library)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
    font = 3 + 2 * len(pages)
    for i, text in enumerate(pages):
        ops = []
        for n, line in enumerate(text.split("\n")):
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 11 Tf 50 {760 - 16 * n} Td ({esc}) Tj ET")
        stream = "\n".join(ops)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = "%PDF-1.4\n", []
    for n, obj in enumerate(objs, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{n} 0 obj\n{obj}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))


@pytest.fixture()
def folder(tmp_path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    write_pdf(d / "shelter.pdf", [
        "Field report on shelters in Poipet.",
        "The shelter in Poipet hosted 37 survivors in March 2024.\nStaff asked for interpreters.",
    ])
    (d / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (d / "empty.txt").write_text("")
    import docx

    doc = docx.Document()
    doc.add_heading("Outreach notes", 1)
    doc.add_paragraph("Volunteers in Batam met 14 returnees from Sihanoukville in May 2024.")
    doc.save(d / "notes.docx")
    (d / "page.html").write_text(
        "<html><head><title>Hotline</title><script>x()</script></head><body><h1>Hotline</h1>"
        "<p>The NGO hotline took 58 calls about job offers in Cambodia.</p></body></html>")
    (d / "data.xyz").write_text("what is this")
    shutil.copy(d / "notes.docx", d / "notes-copy.docx")  # same content: stored once
    return d


def test_loaders_read_each_format(folder):
    pdf = load_file(folder / "shelter.pdf")
    assert [b.page for b in pdf.blocks] == [1, 2] and "37 survivors" in pdf.blocks[1].raw
    assert "14 returnees" in load_file(folder / "notes.docx").blocks[0].raw
    html = load_file(folder / "page.html")
    assert html.title == "Hotline" and "58 calls" in html.blocks[0].raw and "x()" not in html.blocks[0].raw


@pytest.mark.parametrize("name,reason", [("broken.pdf", "not a readable PDF"), ("empty.txt", "empty"),
                                         ("data.xyz", "unsupported file type")])
def test_bad_files_name_the_reason(folder, name, reason):
    with pytest.raises(LoadError, match=reason):
        load_file(folder / name)


def test_encrypted_and_scanned_pdfs(tmp_path, folder):
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for page in PdfReader(folder / "shelter.pdf").pages:
        w.add_page(page)
    w.encrypt("secret")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        w.write(fh)
    with pytest.raises(LoadError, match="encrypted"):
        load_file(tmp_path / "locked.pdf")
    blank = PdfWriter()
    blank.add_blank_page(width=612, height=792)
    with open(tmp_path / "scan.pdf", "wb") as fh:
        blank.write(fh)
    with pytest.raises(LoadError, match="no text layer"):
        load_file(tmp_path / "scan.pdf")


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
