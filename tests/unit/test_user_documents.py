"""Users' own files: PDF (with page numbers), DOCX, HTML, Markdown, text — and every way a file can be bad."""

from __future__ import annotations

import pytest

from tipbot.loaders import LoadError, load_file


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
