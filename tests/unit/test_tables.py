"""Issue 12 item 9: a figure that is only in a table cell of a DOCX or a PDF is ingested as a line of its own,
with its column's header, and not run into the sentences around the table."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import write_pdf
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


def test_pdf_tables_are_not_run_into_the_prose(tmp_path):
    # the cells stand apart as in a table (pypdf's plain extraction gives "March 4,321 61%" in the prose)
    write_pdf(tmp_path / "t.pdf", ["The shelter recorded arrivals over the year, as the table shows.\n"
                                   "Month          Arrivals          Share of women\n"
                                   "March          4,321             61%\n"
                                   "April          517               58%\n"
                                   "Most arrivals came through the northern border crossing."])
    sents = _sentences(tmp_path / "t.pdf")
    assert sents == ["The shelter recorded arrivals over the year, as the table shows.", *EXPECTED,
                     "Most arrivals came through the northern border crossing."]
    assert all(c.page == 1 for c in chunk_document(load_file(tmp_path / "t.pdf")))


def test_a_pdf_without_a_table_reads_as_before(tmp_path):
    write_pdf(tmp_path / "p.pdf", ["One plain sentence of prose on this page.\n"
                                   "Another plain sentence with 12 people in it."])
    assert _sentences(tmp_path / "p.pdf") == ["One plain sentence of prose on this page.",
                                              "Another plain sentence with 12 people in it."]
