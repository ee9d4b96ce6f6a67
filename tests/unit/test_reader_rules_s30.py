"""Reader rules of the twenty-ninth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _sentence(text: str, cid: str = "p1", kind: str = "paper", title: str = "The paper", position: int = 0,
              score: float = 0.5, section: str = "Results") -> Evidence:
    chunk = Chunk(id=cid, text=text, source_id=cid, kind=kind, title=title, section=section)
    return Evidence(text=text, passage=Passage(chunk=chunk, score=score), position=position,
                    tokens=set(tokenize(text)), score=score)


def test_a_summary_of_a_cited_article_is_no_summary_of_the_paper_as_a_whole(mini_assistant):
    state = mini_assistant._step_check("ringkasin dong artikel Okoro 2021 yg dikutip di paper itu, isinya apa?")
    q = state["analysis"]
    assert q.answer_type == "summary"
    assert not q.whole_paper and not q.wants_paper


def test_a_digest_item_labelled_findings_answers_a_conclusion_asked_with_the_clitic():
    from tipbot.answering.extractive import names_item

    lead = _sentence("**Findings:** the harbour board acted through three channels.", "d1", "digest")
    assert names_item(lead, set(), "isinya apa & kesimpulannya bagaimana")
    assert not names_item(lead, set(), "isinya apa")


def test_a_closing_request_for_a_summary_turns_a_general_question_into_one():
    assert analyse("kak, gmn sih paper ini ngebahas soal MoU pelabuhan dari awal sampe akhir? rangkumin ya"
                   ).answer_type == "summary"
    assert analyse("what's section 3.4 actually about? tl;dr pls").answer_type == "summary"
    # (not a comparison: "emang beda ya? jelasin singkat dong" still asks how two things differ)
    assert analyse("bedanya satgas pelabuhan sama gugus tugas pelabuhan apa? jelasin singkat dong"
                   ).answer_type == "comparison"


def test_a_count_of_a_share_the_question_gives_is_that_share_of_the_total_the_text_gives():
    from tipbot.answering.compose import computed_value, operands

    q = analyse("sejak 2005 harbour board udah bantu brp korban? kalo 69%-nya perempuan, berarti brp org perempuan?")
    assert q.arithmetic == "share" and not q.part_of
    glossary = _sentence("Since 2005 the harbour board has assisted more than 9,000 victims (69% female).", "g1",
                         "glossary")
    found = operands(q, [glossary], set(tokenize(q.text)))
    assert [raw for raw, _ in found] == ["69%", "9,000"]
    assert "6,210" in computed_value(q, [raw for raw, _ in found], "id")


def test_a_share_and_a_total_the_question_gives_ask_no_part_the_sources_must_break_down():
    q = analyse("if about 50.97% of the 2,605 harbour cases were children, roughly how many cases is that?")
    assert q.arithmetic == "share" and not q.part_of
    # (a total alone, "out of 2,605 cases, how many were men?", still asks for the part the text gives)
    assert analyse("out of the 2,605 harbour cases, how many were men?").part_of == "2,605"


def test_a_date_question_names_its_edition_year_in_its_own_question_not_in_a_statement_or_a_period():
    from tipbot.answering.extractive import edition_years

    assert edition_years(analyse("On what date was the 2023 Harbour Report released?")) == ["2023"]
    assert edition_years(analyse("The 2023 harbour declaration works through the convention. When was the "
                                 "convention signed?")) == []
    assert edition_years(analyse("the plan for 2020-2024: when was it signed?")) == []


def test_a_change_asked_of_one_enumerated_item_is_computed_from_that_item_and_a_range_shares_its_unit():
    from tipbot.answering.compose import operands

    q = analyse("IPG minimal naik brp poin dr 2020?")
    assert q.arithmetic == "difference"
    enumeration = _sentence("The targets are 1) in 2024 the harbour index is 0.41 %, an increase from 0.34% in 2019, "
                            "2) the target for the Gender Development Index (IPG) in 2024 ranges from 91.24 to "
                            "91.54%, an increase from 90.06% in 2020, and 3) violence continues to decline from "
                            "9.4% (survey, 2016) to 8.7% (survey, 2021).")
    found = [raw for raw, _ in operands(q, [enumeration], set(tokenize(q.text)) | {"ipg"})]
    assert "9.4%" not in found and "8.7%" not in found and "0.41%" not in found
    assert "90.06%" in found


def test_a_count_written_in_words_is_a_count_of_the_thing_it_names():
    from tipbot.answering.answerability import counted_thing_seen

    q = analyse("the harbour work plan was endorsed by how many sectoral bodies?")
    assert q.head
    spelled = _sentence("Nine sectoral bodies across all three pillars endorsed it.", "d1", "digest")
    assert counted_thing_seen(q, [spelled])
    assert not counted_thing_seen(q, [_sentence("Sectoral bodies across the pillars endorsed it.", "d1", "digest")])


def test_a_restated_claim_leaves_no_bracket_its_year_stood_in():
    from tipbot.answering.extractive import without_figures

    plain, _ = without_figures("Okoro (2021) is a book published by the harbour board", set())
    assert plain == "Okoro is a book published by the harbour board"


def test_what_are_all_asks_for_a_list():
    assert analyse("what are all the data points the intro uses to justify the case?").answer_type == "list"
    assert analyse("what were some of the harbour measures?").answer_type == "list"


def test_list_interrogatives_are_each_head_with_each_copula_and_determiner():
    from tipbot.answering.analysis import list_interrogatives

    built = set(list_interrogatives("en"))
    assert {"what are the", "which were all", "what are some", "which were some"} <= built
    assert analyse("which were all the harbour measures?").answer_type == "list"


def test_a_topic_summary_draws_on_several_passages_not_only_the_best_one():
    from tipbot.answering.extractive import summary_sentences

    best = [_sentence(f"The harbour MoU point {i} was agreed.", "p1", position=i, score=0.9 - i * 0.01)
            for i in range(9)]
    others = [_sentence(f"The harbour MoU was discussed in section {i}.", f"p{i}", score=0.7) for i in range(2, 7)]
    out = summary_sentences(best + others, 9)
    assert len([e for e in out if e.chunk.id == "p1"]) == 6
    assert len({e.chunk.id for e in out}) == 4  # (the best passage and three runners-up fill the other three)


def test_a_figure_written_in_words_is_given_in_digits_in_the_direct_answer():
    from tipbot.answering.compose import direct_answer

    q = analyse("selama brp tahun terakhir pelabuhan itu jadi jalur transit?")
    best = _sentence("The port has been a main transit route for the last five years.")
    assert direct_answer(q, best, set(tokenize(q.text)) | {"year", "last"}) == "5 years"
