"""Reader rules of the fifteenth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Passage

from .test_reader_rules_s15 import _identity_context


def test_an_actor_question_reads_the_other_passages_of_the_digest_that_reports_the_event():
    from tipbot.answering.extractive import act_siblings

    context, chunks = _identity_context()
    opening = chunks[1]  # (the digest's opening: the meeting in Port Vale, without who opened it)
    passages = [Passage(chunk=opening, score=0.5)]
    pool = [Evidence(text=opening.text, passage=passages[0], position=0, tokens=set(tokenize(opening.text)))]
    q = analyse("Who opened the coordination meeting in Port Vale?")
    found = act_siblings(q, pool, passages, context)
    assert [p.chunk.id for p in found] == ["d2"]
    # (not when the evidence already names the act, nor for a question that asks no act)
    named = Evidence(text=chunks[2].text, passage=Passage(chunk=chunks[2], score=0.4), position=0,
                     tokens=set(tokenize(chunks[2].text)))
    assert act_siblings(q, [*pool, named], passages, context) == []
    assert act_siblings(analyse("When was the coordination meeting in Port Vale?"), pool, passages, context) == []


def test_informal_and_derived_forms_of_summarising_ask_for_a_summary():
    from tipbot.answering.analysis import answer_type

    assert answer_type("quick q - can u sum up the abstract in like 3 lines?", "en") == "summary"
    assert answer_type("Bisa tolong diringkas paragraf terakhir bagian hasil?", "id") == "summary"
    assert answer_type("Jelaskan secara singkat isi bagian 3.1.", "id") == "summary"


def test_a_section_named_by_its_heading_is_summarised_by_its_most_relevant_sentences_not_its_first_ones():
    from tipbot.answer import AnswerContext
    from tipbot.answering.extractive import LIMITS, ExtractiveAnswerer
    from tipbot.schema import Chunk

    chunk = Chunk(id="c", text="", source_id="mini", kind="paper", title="Mini", section="4. Conclusion", order=3)
    texts = [f"The harbour office filed report number {i} on vessel inspections in the port." for i in range(12)]
    pool = [Evidence(text=t, passage=Passage(chunk=chunk, score=0.5), position=i, tokens=set(tokenize(t)))
            for i, t in enumerate(texts)]
    for i, e in enumerate(pool):
        e.score = 1.0 if i >= 8 else 0.1  # (the section's last sentences are the ones on the question)
    q = analyse("Summarise the conclusion on vessel inspections.")
    context = AnswerContext(chunks=[chunk], citation_index=None, idf={})
    chosen, _ = ExtractiveAnswerer().select(q, pool, set(tokenize(q.text)), context)
    assert len(chosen) <= LIMITS["summary"] and {e.position for e in chosen} >= {8, 9, 10, 11}
    assert [e.position for e in chosen] == sorted(e.position for e in chosen)  # (in the text's order)


def test_the_way_to_act_on_a_case_oneself_is_a_request_for_advice():
    assert analyse("how do I report a trafficking case if my cousin is stuck abroad?").personal == "advice"
    assert analyse("gmn caranya lapor ke polisi kalo temen aku kena TPPO?").personal == "advice"
    assert analyse("cara menghubungi KBRI gimana kak?").personal == "advice"
    # (how a government or the paper acts is a question about the sources)
    assert analyse("How did Indonesia report the cases to ASEAN?").personal == ""
    assert analyse("how do researchers report trafficking data?").personal == ""


def test_an_indonesian_ordinal_is_a_rank_not_a_figure_the_evidence_must_hold():
    assert analyse("SOMTC ke-22 itu kapan?").constraints.numbers == []
    assert analyse("when was the 22nd SOMTC meeting held?").constraints.numbers == []
    # ("ke 12 negara" is "to 12 countries": a figure)
    assert analyse("berapa korban yang dikirim ke 12 negara?").constraints.numbers == ["12"]


def test_a_sentence_with_a_bound_is_what_a_law_provides_not_a_court_decision():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import judge
    from tipbot.schema import Chunk

    chunk = Chunk(id="c", text="", source_id="mini", kind="paper", title="Mini", section="3.1 Law", order=1)
    text = "Law No. 8 of 2015 sets criminal sanctions of up to 12 years in prison for harbour bondage."
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))
    ev.score, ev.similarity = 1.0, 0.9
    context = AnswerContext(chunks=[chunk], citation_index=None, idf={t: 2.0 for t in ev.tokens})
    for question, reply in (("What is the maximum prison sentence under Law No. 8 of 2015?", ""),
                            ("What prison sentence did the court hand down in the harbour bondage case?", "outcome")):
        q = analyse(question)
        assert judge(q, [ev], [ev], set(tokenize(q.text)), context, []).reply == reply


def test_whom_or_where_the_user_should_turn_to_is_advice_whatever_the_verb():
    assert analyse("my cousin is stuck in a scam compound, who should i call?").personal == "advice"
    # ("call" is also a verb about the text: "what should I call it")
    assert analyse("what should I call the task force in my essay?").personal == ""
