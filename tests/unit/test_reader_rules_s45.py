"""Reader rules of the forty-fourth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, extract_constraints
from tipbot.keyword import tokenize


def _evidence(text: str):
    from tipbot.answering.selection import Evidence
    from tipbot.schema import Chunk, Passage

    chunk = Chunk(id="h1", text=text, source_id="mini", kind="glossary", title="Glossary", section="Ferry", order=1)
    return Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))


def test_an_indonesian_interrogative_renders_no_term():
    from tipbot.answering.extractive import function_renderings

    assert "number" in function_renderings("ada berapa korban di kasus feri?")
    assert "number" not in function_renderings("nomor berapa feri itu?")  # ("nomor" gives "number" itself)


def test_a_common_word_opening_a_message_before_an_acronym_is_no_part_of_the_name():
    assert extract_constraints("Berita HFC bilang berapa korban feri?", "id").names == ["HFC"]
    assert "Satgas HFC" in extract_constraints("Satgas HFC dibentuk kapan?", "id").names  # (a body's name)


def test_a_currency_sign_glued_to_a_range_keeps_its_first_end():
    from tipbot.answering.compose import _figure_spans

    text = "The harbour fee is Rp120–600 million a ferry."
    assert any(text[s:e].startswith("120–600 million") for s, e in _figure_spans(text))


def test_of_labelled_dates_the_labels_asked_are_the_answer():
    from tipbot.answering.compose import direct_answer

    ev = _evidence("Opened Feb 2, 2020 Closed Mar 8, 2021 Reopened May 3, 2022")
    q = analyse("When was the ferry opened and reopened?")
    assert direct_answer(q, ev, set(tokenize("ferry opened reopened"))) == "Feb 2, 2020; May 3, 2022"


def test_the_place_of_an_edition_asked_is_that_of_its_own_clause():
    from tipbot.answering.compose import direct_answer

    ev = _evidence("'Rapat ke-4' = 4th Ferry Meeting (Harbour Town, May 2020); 5th Meeting in Port Vale, 2021.")
    q = analyse("Rapat feri ke-4 diadakan di mana?")
    places = frozenset({"Harbour Town", "Port Vale"})
    assert direct_answer(q, ev, set(tokenize("rapat ferry 4 held")), places) == "Harbour Town"


def test_a_signature_is_no_hand():
    from tipbot.query import translate_terms

    assert "hand" not in translate_terms("siapa yg tanda tangan?")


def test_a_scale_of_ranks_set_out_is_no_rank_given():
    from tipbot.answering.compose import direct_answer

    ev = _evidence("Each harbour report ends in a tier placement (Tier 1, Tier 2, Tier 2 Watch List, Tier 3).")
    q = analyse("What tier was the ferry in the 2023 harbour report?")
    assert direct_answer(q, ev, set(tokenize("tier ferry harbour report"))) is None
    moved = _evidence("The ferry moved up to Tier 2 from the Tier 2 Watch List.")
    assert direct_answer(q, moved, set(tokenize("tier ferry harbour report"))) == "Tier 2"


def test_the_verifier_reads_a_figure_a_currency_sign_opens():
    # (else a direct answer "120–600 million" would be dropped as a figure its passage does not give)
    from tipbot.verify import figures

    assert {"120", "600"} <= set(figures("The ferry fine is Rp120–600 million."))
    assert "50" in figures("A ticket costs $50.")


def test_a_gap_in_points_is_a_difference():
    assert analyse("what's the gap in percentage points between the two ferry shares?").arithmetic == "difference"
    assert analyse("how big is the gap between harbour fees and ferry fees?").arithmetic == "difference"
