"""Reader rules of the thirty-second session's second round, each for a class of question (docstrings in
src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize

from .test_reader_rules_s31 import _sentence


def test_a_countrys_possessive_with_a_bare_apostrophe_qualifies_its_noun():
    q = analyse("what prison terms does the Philippines' anti-trafficking act set for harbour traffickers?")
    assert ("Philippines", "act") in q.constraints.qualified


def test_how_many_percentage_points_asks_for_a_difference():
    assert analyse("how many percentage points bigger is the harbour share for fishing than for farms?").arithmetic \
        == "difference"
    assert analyse("selisih berapa poin persentase antara pelabuhan A dan B?").arithmetic == "difference"


def test_an_italic_label_opens_a_digest_item():
    from dataclasses import replace

    from tipbot.answering.extractive import labels_item

    lead = _sentence("*Procedural rights:* being accompanied at the harbour court.", "d1", "digest")
    text = "- *Procedural rights:* being accompanied at the harbour court.\n- *Other:* none."
    lead.passage = replace(lead.passage, chunk=replace(lead.chunk, text=text))
    assert labels_item(lead, set(tokenize("what procedural rights do harbour witnesses have")))


def test_indonesian_words_of_examining_and_procedure_are_rendered():
    from tipbot.query import translate_terms

    assert "examined" in translate_terms("diperiksa")
    assert "procedural" in translate_terms("prosedural")
    assert "edition" in translate_terms("edisi")


def test_pulling_people_out_is_removing_them():
    from tipbot.answering.analysis import synonyms_of

    assert set(tokenize("removed")) <= synonyms_of(set(tokenize("pulled")))


def test_a_public_figures_short_name_is_known_by_the_full_name():
    from tipbot.answering.answerability import missing_from_store

    vocab = {t: 2.0 for t in tokenize("President Joko Widodo signed the harbour regulation")}
    q = analyse("when did Jokowi sign the harbour regulation?")
    assert "Jokowi" not in missing_from_store(q, vocab, frozenset())
    q = analyse("when did Anwarudin sign the harbour regulation?")
    assert "Anwarudin" in missing_from_store(q, vocab, frozenset())


def test_a_work_cited_with_dkk_is_cited_by_author_and_year():
    from tipbot.answering.analysis import CITED_AS

    assert CITED_AS.findall("referensi Septia dkk 2022 itu ngebahas apa?") == [("Septia", "2022")]


def test_the_record_of_a_cited_work_is_found_past_its_co_authors_initials():
    from tipbot.answering.extractive import structural_passages
    from tipbot.schema import Chunk

    record = Chunk(id="r1", text="- Reference entry: Marlow, N., Putri, M. S., & Gaol, L. (2022). Harbour work.",
                   source_id="marlow-2022", kind="reference", title="References", section="References")
    q = analyse("referensi Marlow dkk 2022 itu ngebahas apa? ringkas aja")
    assert [p.chunk.id for p in structural_passages(q, [record], {})] == ["r1"]


def test_a_summary_of_a_work_known_only_by_its_reference_record_is_that_record():
    from dataclasses import replace

    from tipbot.answering.extractive import record_only
    from tipbot.schema import Chunk

    record = Chunk(id="r1", text="", source_id="marlow-2022", kind="reference", title="References",
                   section="References")
    lines = ["Venue: Harbour Journal, 6(1).", "Reference entry: Marlow, N. (2022). Harbour work.",
             "Anomaly: Source concerns 2016-2019, not the harbour."]
    pool = []
    for i, line in enumerate(lines):
        e = _sentence(line, "r1", "reference", position=i)
        e.passage = replace(e.passage, chunk=record, score=0.0)
        pool.append(e)
    assert [e.text[:7] for e in record_only(pool, [record])] == ["Referen", "Anomaly", "Venue: "]
    digest = Chunk(id="d1", text="A digest.", source_id="marlow-2022", kind="digest", title="Harbour work")
    assert record_only(pool, [record, digest]) == []


def test_what_a_part_of_the_text_says_is_no_statement_someone_made():
    from tipbot.answering.answerability import reported_speech

    assert reported_speech("tl;dr of section 3.5 pls - what does it say about the harbour task force?") == ""
    assert reported_speech("what did the harbour minister say about the kidney case?") != ""


def test_a_summary_about_a_glossary_term_opens_with_its_entry():
    from dataclasses import replace

    from tipbot.answering.extractive import own_entries

    entry = _sentence("HMO: Harbour Migration Office. Since 2005 it has assisted 900 fishers.", "g1", "glossary",
                      section="HMO")
    other = _sentence("PSMA: Port State Measures Agreement.", "g2", "glossary", section="PSMA")
    said = _sentence("The HMO reported 43% of fishers were victims.", "p1")
    entry.passage = replace(entry.passage, chunk=replace(entry.chunk, section="HMO"))
    other.passage = replace(other.passage, chunk=replace(other.chunk, section="PSMA"))
    q = analyse("summarise what the sources say about HMO and whether its figures hold up")
    assert own_entries(q, [said, other, entry]) == [entry]


def test_an_outcome_asked_of_a_target_the_sources_give_only_as_a_target_is_refused():
    from tipbot.answering.answerability import only_targets

    target = _sentence("The target for the Harbour Index in 2024 ranges from 91.2 to 91.5%.")
    result = _sentence("The Harbour Index reached 90.1% in 2024.")
    q = analyse("did the harbour hit its 2024 index target? what was the real 2024 value?")
    assert only_targets(q, [target])
    assert not only_targets(q, [result, target])
    assert not only_targets(analyse("what is the 2024 target for the harbour index?"), [target])
    assert only_targets(analyse("target indeks pelabuhan 2024 itu tercapai gak?"), [target])
