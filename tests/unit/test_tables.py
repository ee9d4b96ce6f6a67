"""Issue 12 item 9: a figure that is only in a table cell of a DOCX or a PDF is ingested as a line of its own,
with its column's header, and not run into the sentences around the table."""

from __future__ import annotations

from pathlib import Path

from tipbot.chunking import chunk_document, chunk_sentences
from tipbot.loaders import load_file, table_rows

ROWS = [["Month", "Arrivals", "Share of women"], ["March", "4,321", "61%"], ["April", "517", "58%"]]
EXPECTED = ["| Month: March | Arrivals: 4,321 | Share of women: 61% |",
            "| Month: April | Arrivals: 517 | Share of women: 58% |"]


def _sentences(path: Path) -> list[str]:
    return [s for c in chunk_document(load_file(path)) for s in chunk_sentences(c)]


def test_table_rows_keep_their_headers():
    assert table_rows(ROWS) == EXPECTED
    assert table_rows([["2023", "1,138"], ["2022", "172"]]) == ["| 2023 | 1,138 |", "| 2022 | 172 |"]
    assert table_rows([["Total", "Total", "9"]]) == ["| Total | 9 |"]  # merged cells once


def test_docx_tables_are_ingested_in_document_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Shelter report", 1)
    d.add_paragraph("The shelter recorded arrivals over the year.")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Most arrivals came through the northern border crossing.")
    d.save(str(tmp_path / "report.docx"))
    sents = _sentences(tmp_path / "report.docx")
    assert sents == ["The shelter recorded arrivals over the year.", *EXPECTED,
                     "Most arrivals came through the northern border crossing."]


def _table_pdf(path: Path, lines: list[list[tuple[int, str]]]) -> None:
    """One page whose lines are (x, text) runs, so that a table's cells sit in columns as in a real PDF."""
    ops = [f"BT /F1 11 Tf {x} {760 - 16 * n} Td ({text}) Tj ET" for n, runs in enumerate(lines) for x, text in runs]
    stream = "\n".join(ops)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = "%PDF-1.4\n", []
    for n, obj in enumerate(objs, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{n} 0 obj\n{obj}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))


def test_pdf_tables_are_not_run_into_the_prose(tmp_path):
    _table_pdf(tmp_path / "t.pdf", [
        [(50, "The shelter recorded arrivals over the year, as the table shows.")],
        [(50, "Month"), (200, "Arrivals"), (350, "Share of women")],
        [(50, "March"), (200, "4,321"), (350, "61%")],
        [(50, "April"), (200, "517"), (350, "58%")],
        [(50, "Most arrivals came through the northern border crossing.")],
    ])
    sents = _sentences(tmp_path / "t.pdf")
    assert sents == ["The shelter recorded arrivals over the year, as the table shows.", *EXPECTED,
                     "Most arrivals came through the northern border crossing."]
    assert all(c.page == 1 for c in chunk_document(load_file(tmp_path / "t.pdf")))


def test_a_pdf_without_a_table_reads_as_before(tmp_path):
    _table_pdf(tmp_path / "p.pdf", [[(50, "One plain sentence of prose on this page.")],
                                    [(50, "Another plain sentence with 12 people in it.")]])
    assert _sentences(tmp_path / "p.pdf") == ["One plain sentence of prose on this page.",
                                              "Another plain sentence with 12 people in it."]
