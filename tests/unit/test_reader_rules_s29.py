"""Reader rules of the twenty-eighth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answer import Draft, Statement
from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence, has_constraint, outside_law_references
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage, cite


def _sentence(text: str, cid: str = "p1", kind: str = "paper", title: str = "The paper", position: int = 0,
              score: float = 0.5) -> Evidence:
    chunk = Chunk(id=cid, text=text, source_id=cid, kind=kind, title=title, section="Results")
    return Evidence(text=text, passage=Passage(chunk=chunk, score=score), position=position,
                    tokens=set(tokenize(text)), score=score)


def test_a_figure_two_sentences_both_give_is_added_once():
    from tipbot.answering.compose import operands

    q = analyse("the intro gives harbour data for girls and women - what's the combined total?")
    assert q.arithmetic == "sum"
    paper = _sentence("In 2017 the harbour board recorded 970 girls and 5,907 women as victims.")
    digest = _sentence("Harbour data for 2017 recorded 970 girls and 5,907 women as victims.", "d1", "digest")
    assert [raw for raw, _ in operands(q, [paper, digest], set(tokenize(q.text)))] == ["970", "5,907"]


def test_the_ends_of_a_change_are_the_pair_the_sentence_states_from_one_to_the_other():
    from tipbot.answering.compose import operands

    q = analyse("prevalensi kekerasan di paper turun dr brp ke brp? selisihnya brp poin persen?")
    assert q.arithmetic == "difference" and q.change
    enumeration = _sentence("The targets are 1) the index rising to 91.2% from 90.06% in 2020, and 2) the prevalence "
                            "of violence that continues to decline from 9.4% (survey, 2016) to 8.7% (survey, 2021).")
    assert [raw for raw, _ in operands(q, [enumeration], set(tokenize(q.text)))] == ["9.4%", "8.7%"]
    # (both ends asked without a difference is no change to compute)
    assert not analyse("prevalensinya turun dari berapa ke berapa? tahun berapa aja?").change


def test_a_law_number_is_no_operand():
    from tipbot.answering.compose import operands

    q = analyse("the law's prison term is 3-15 years, so what is the difference in years?")
    glossary = _sentence("Law No. 21 of 2007 (State Gazette 2007 No. 58). Core penalty: 3–15 years' prison.", "g1",
                         "glossary")
    assert "21" not in [raw for raw, _ in operands(q, [glossary], set(tokenize(q.text)))]


def test_two_dates_asked_then_the_days_between_is_an_interval():
    q = analyse("paper ini diterima redaksi tgl brp, direvisi tgl brp? jaraknya brp hari?")
    assert q.interval and q.answer_type == "date"


def test_an_interval_end_is_the_edition_the_question_numbers_and_the_act_it_names():
    from tipbot.answering.extractive import event_dates, event_verb, head_word

    # a clause naming the text to answer from names no event; an Indonesian passive verb names what happened
    assert head_word("menurut digest ACTIP, dari KTT ASEAN ke-18 yang pertama kali", "id") == "KTT"
    assert "sign" in event_verb("ACTIP ditandatangani", "id")
    origins = _sentence("At the 18th ASEAN Summit (Indonesia, 2011), leaders asked for a convention.", "d1", "digest",
                        "The convention", 0)
    signed = _sentence("The ten leaders signed it in Kuala Lumpur on 21 November 2015, at the 27th ASEAN Summit.",
                       "d1", "digest", "The convention", 1)
    force = _sentence("The convention entered into force on 8 March 2017.", "d1", "digest", "The convention", 2)
    pool = [origins, signed, force]
    idf = {t: 2.0 for e in pool for t in e.tokens}
    parts = ["dari KTT ASEAN ke-18 yang pertama kali minta konvensi", "konvensi itu ditandatangani"]
    assert event_dates([signed, force], pool, parts, "id", idf, yearly=[origins]) == [origins, signed]


def test_an_interval_asked_in_months_is_told_in_months():
    from tipbot.answering.extractive import ExtractiveAnswerer

    q = analyse("konvensi itu ditandatangani kapan trs mulai berlaku kapan? jaraknya kira2 brp bulan?")
    chunk = Chunk(id="g1", text="x", source_id="g1", kind="glossary", title="Glossary")
    draft = Draft(statements=[], citations=[])
    n = cite(draft.citations, chunk)
    draft.statements += [Statement("The convention was signed on 21 Nov 2015.", [n]),
                         Statement("The convention entered into force on 8 March 2017.", [n])]
    ExtractiveAnswerer._date_difference(draft, "id", q)
    assert "16 bulan" in draft.statements[0].text


def test_a_law_reference_names_no_actor_and_its_number_and_year_name_it_together():
    text = "Indonesia ratified it by Law No. 12 of 2017 (Undang-Undang Nomor 12 Tahun 2017), as Ranyta Yusran notes."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Undang-Undang Nomor", "Tahun", "Ranyta Yusran")]
    assert [text[s:e] for s, e in outside_law_references(text, spans)] == ["Ranyta Yusran"]
    assert has_constraint(text, "12/2017") and has_constraint("Law Number 21 of 2007 on trafficking", "21/2007")
    assert not has_constraint("Signed in 2015; ratified by Law No. 12/2017.", "12/2015")


def test_an_order_to_write_or_suggest_another_kind_of_text_is_a_task():
    for text in ("can u help me write a birthday message for my mom? something sweet",
                 "can u suggest a good rendang recipe? cooking for friends tonight",
                 "tolong bikinin pantun buat acara 17an di kantor dong",
                 "bantuin aku bikin ucapan ulang tahun buat ibu dong"):
        assert analyse(text).personal == "task", text
    for text in ("can you suggest which source the paper uses for the 2017 figures?",
                 "what message did the minister send to ASEAN?"):
        assert analyse(text).personal != "task", text


def test_a_request_for_a_summary_that_closes_the_message_sets_its_type_and_a_numbered_part_is_no_chat():
    q = analyse("bagian 3.5 di paper isinya apa aja? ringkas ya kak")
    assert q.kind == "question" and q.answer_type == "summary"
    assert analyse("what does section 3.2 cover? summarize it pls").answer_type == "summary"
    assert analyse("what is this paper about?").kind == "about"
