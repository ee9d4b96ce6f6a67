"""Summaries of a named source's digest, and the question analysis that routes to them (no store, no model)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, answer_type, focus
from tipbot.answering.extractive import source_outline, structural_passages
from tipbot.answering.selection import Evidence
from tipbot.chunking import chunk_sentences
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage

DIGEST = [
    ("What the source is", "A yearly report by the Harbour Authority of Veloria. It was released in May 2023. "
                           "It is written in English."),
    ("Key findings", "- **Boardings rose.** Joint teams boarded 412 vessels. Most were trawlers.\n"
                     "- **Fishers rescued.** The teams rescued 126 fishers.\n"
                     "- **Gaps named.** The report lists two gaps:\n"
                     "  - no interpreters at night;\n"
                     "  - no boats for the outer islands.\n"
                     "- **Budget.** The budget grew by a third."),
    ("Conclusion", "- **Verdict.** The Authority judges the teams a success.\n"
                   "- **Next steps.** It plans night shifts in 2024."),
    ("How the paper uses this source", "The paper cites the rescue count. It does not give the budget."),
]


def _digest_evidence() -> list[Evidence]:
    out = []
    for order, (section, text) in enumerate(DIGEST):
        chunk = Chunk(id=f"d{order}", text=text, source_id="harbour-2023", kind="digest", title="Harbour report",
                      section=section, order=order)
        passage = Passage(chunk=chunk, score=0.0)
        for pos, sent in enumerate(chunk_sentences(chunk)):
            out.append(Evidence(text=sent, passage=passage, position=pos, tokens=set(tokenize(sent)),
                                score=0.5 - len(out) / 100))
    return out


def test_a_digest_is_summarised_by_its_opening_and_the_lead_of_each_item():
    texts = [e.text for e in source_outline(_digest_evidence(), 20, set())]
    assert texts[:2] == ["A yearly report by the Harbour Authority of Veloria.", "It was released in May 2023."]
    assert "**Boardings rose.** Joint teams boarded 412 vessels." in texts
    assert "Most were trawlers." not in texts  # (not the lead of its item)
    assert "**Gaps named.** The report lists two gaps:" in texts
    assert "no interpreters at night;" in texts  # a lead that announces more brings the next sentence
    assert "The paper cites the rescue count." in texts  # a section without items: its first sentence
    assert "It does not give the budget." not in texts


def test_a_long_outline_keeps_the_section_the_question_names_by_its_heading():
    texts = [e.text for e in source_outline(_digest_evidence(), 4, set(tokenize("conclusion")))]
    assert texts == ["A yearly report by the Harbour Authority of Veloria.", "It was released in May 2023.",
                     "**Verdict.** The Authority judges the teams a success.",
                     "**Next steps.** It plans night shifts in 2024."]


def test_a_summary_of_one_named_source_brings_its_whole_digest():
    chunks = [Chunk(id=f"d{i}", text=t, source_id="harbour-2023", kind="digest", title="Harbour report",
                    section=s, order=i) for i, (s, t) in enumerate(DIGEST)]
    chunks.append(Chunk(id="p1", text="The harbour teams were formed in 2021.", source_id="paper", kind="paper",
                        title="Mini paper", section="1 Introduction"))
    idf = {t: 3.0 for c in chunks for t in tokenize(c.text)} | {"harbour": 3.0}
    ids = {p.chunk.id for p in structural_passages(analyse("Summarise the Harbour report digest"), chunks, idf)}
    assert ids == {"d0", "d1", "d2", "d3"}
    # (a question that is not a summary does not bring the whole digest)
    assert not structural_passages(analyse("How many fishers did the harbour teams rescue?"), chunks, idf)


def test_an_indonesian_request_verb_may_carry_a_particle():
    assert answer_type("Ringkaslah isi digest laporan pelabuhan.", "id") == "summary"
    assert answer_type("Sebutkanlah tiga temuan laporan itu.", "id") == "list"
    assert answer_type("Kapankah tim itu dibentuk?", "id") == "date"
    assert answer_type("quick rundown of the harbour report pls", "en") == "summary"


def test_a_full_stop_before_a_number_does_not_end_the_question():
    text = "Compare the penalties of Law No. 21 of 2007 in the paper with the digest of that law."
    assert focus(text, "en") == text


def test_naming_the_digest_asks_past_the_paper_and_a_comparison_still_names_the_paper():
    q = analyse("Compare what the paper says about the boardings with the harbour digest.")
    assert q.wants_source and q.names_paper and not q.wants_paper
    assert analyse("what does the digest of the harbour report say?").wants_source


def test_an_inventory_of_a_kind_of_name_is_asked_by_its_noun_beside_an_interrogative():
    from tipbot.answering.extractive import asked_entity_kind

    assert asked_entity_kind(analyse("Which ministries and agencies does the paper name?")) == "organisation"
    assert asked_entity_kind(analyse("lembaga apa aja yg disebut di paper?")) == "organisation"
    assert asked_entity_kind(analyse("list every harbour meeting the paper mentions")) == "meeting"
    assert asked_entity_kind(analyse("Sebutkan peraturan yang disebut dalam paper.")) == "law"
    # (the noun without an interrogative of its own asks for no inventory)
    assert asked_entity_kind(analyse("The paper mentions teams that work with international agencies. "
                                     "What do those teams do at the port?")) is None


def test_names_of_a_kind_are_read_from_capitalised_words_built_on_its_head_noun():
    from tipbot.answering.extractive import names_of_kind

    text = ("At the 3rd Harbour Summit in May, the Ministry of Fisheries and the Veloria Coast Guard Agency (VCGA) "
            "cited Law Number 7 of 2019 and the Summit.")
    assert names_of_kind(text, "meeting") == ["3rd Harbour Summit"]  # (not the month after it, nor "the Summit")
    assert names_of_kind(text, "organisation") == ["Ministry of Fisheries", "Veloria Coast Guard Agency (VCGA)"]
    assert names_of_kind(text, "law") == ["Law Number 7 of 2019"]


def test_an_inventory_gives_each_distinct_name_once_with_the_first_sentence_naming_it():
    from tests.helpers import evidence_of
    from tipbot.answering.extractive import entities_mentioned

    pool = evidence_of("The US Embassy and Consulate in Veloria issued a statement.",
                       "The US Embassy repeated it.", "Boats were boarded.",
                       "The Ministry of Fisheries counted them.")
    out = entities_mentioned(analyse("Which agencies does the paper name?"), pool, "organisation")
    assert [e.text for e in out] == [pool[0].text, pool[3].text]


def test_a_question_about_what_the_paper_leaves_out_is_an_omission_question():
    assert analyse("What does the paper leave out about the harbour law?").omission
    assert analyse("komitmen apa yang tidak disebutkan dalam paper?").omission
    assert not analyse("What does the paper say about the harbour law?").omission


def test_an_omission_question_is_answered_by_the_sentences_that_state_an_omission():
    from tipbot.answering.extractive import states_omission

    assert states_omission("It cites the 2019 law only and does not mention the 2022 amendment.")
    assert states_omission("It leaves out the commitments on joint boarding.")
    assert states_omission("The paper gives no dates.")
    assert not states_omission("The paper cites the rescue count.")
