"""Reader rules of the fifty-sixth session, on the real knowledge base. Frozen before the code they test was
changed."""

import re

from .test_reader_rules_s37 import _first_line

_CORRECTED = ("The sources do not", "Sumber-sumber tidak")


def test_a_short_form_in_an_indonesian_part_leaves_the_part_indonesian(assistant):
    # (Polda Metro Jaya: 12 suspects, 122 victims in the Bekasi kidney case; "menurut KB" names no missing term)
    answer = assistant.ask("kasus ginjal bekasi tuh korbannya brp, trus tersangkanya brp sih menurut KB?")
    assert not answer.refused, answer.text[:400]
    assert "122" in answer.text and re.search(r"\b12\b", answer.text), answer.text[:600]


def test_the_knowledge_base_as_a_possessor_names_no_report(assistant):
    first = _first_line(assistant.ask("in the knowledge base's 2017 TIP report digest, how many complaints did the "
                                      "overseas-worker complaint system log?").text)
    assert "4,761" in first, first


def test_a_computation_s_operands_come_from_the_part_that_asks_it(assistant):
    # (4,761 complaints, 56 confirmed, 1,928 with indicators: the share asked is of those with indicators; the
    # confirmed cases are the other part's)
    first = _first_line(assistant.ask("in the 2017 TIP report digest, the complaint system logged 4,761 complaints. "
                                      "what percentage showed trafficking indicators, and how many were confirmed "
                                      "cases?").text)
    assert "1,928" in first and "40.5%" in first, first


def test_a_reason_asked_in_an_indirect_question_is_no_request_for_advice(assistant):
    answer = assistant.ask("for a class report: a rundown of what the KB says about the VOA article the paper cites "
                           "as Wardah 2023? what its headline says and why i should be careful with it")
    assert not answer.refused, answer.text[:400]
    assert "1,138" in answer.text, answer.text[:600]


def test_a_target_asked_for_is_answered_though_another_clause_holds_an_outcome_word(assistant):
    first = _first_line(assistant.ask("what IPG target does the paper set for 2024, and is that actually a "
                                      "percentage?").text)
    assert "91.24" in first or "91,24" in first, first


def test_an_assertion_about_a_work_named_by_author_and_year_is_checked_against_that_work(assistant):
    # (Wahyu 2023: a Kemenko PMK article by its title; Anderson 2021: Erin's law, the United States)
    answer = assistant.ask("artikel Wahyu 2023 yg dikutip paper itu dari Kemlu kan?")
    assert _first_line(answer.text).startswith(_CORRECTED), answer.text[:400]
    assert "Kemenko PMK" in answer.text, answer.text[:800]
    answer = assistant.ask("Anderson (2021) is a study of trafficking in Indonesia, right?")
    assert _first_line(answer.text).startswith(_CORRECTED), answer.text[:400]
    assert re.search(r"United States|Erin", answer.text), answer.text[:800]


def test_a_date_asked_of_a_named_work_is_not_taken_from_another_item_of_an_enumeration(assistant):
    # (the paper's item "62 … (Arbar, 2022)" has no date; "May 2023" is another item's, Wardah's)
    first = _first_line(assistant.ask("artikel Arbar di CNBC yang dikutip paper terbit tanggal berapa?").text)
    assert "May 2023" not in first and "Mei 2023" not in first, first
    assert re.search(r"12 (August|Agustus) 2022", first), first


def test_a_public_figure_s_short_name_in_lower_case_asserted_present_is_not_denied(assistant):
    # ("President Joko Widodo opened the meeting": the 17th AMMTC, in the Polri digest)
    # (a presence asserted, "was … at", is not denied by others named at the event: the Kapolri presided)
    answer = assistant.ask("was jokowi at the AMMTC in Labuan Bajo?")
    assert not _first_line(answer.text).startswith(_CORRECTED) and not answer.refused, answer.text[:400]


def test_a_work_named_in_lower_case_by_its_cited_author_and_year_is_that_work(assistant):
    # (the knowledge base's notes question Anderson (2021) as the source of the IOM figures: no false "the sources do
    # not say")
    answer = assistant.ask("knp sumber anderson 2021 dipermasalahkan utk data IOM?")
    assert not _first_line(answer.text).startswith(_CORRECTED), answer.text[:400]
    assert re.search(r"2014|Erin|unsourced|no valid source|United States", answer.text), answer.text[:800]


def test_the_country_asked_to_hold_a_chair_is_the_one_a_chair_phrase_names(assistant):
    # (ACTIP: signed in Kuala Lumpur on 21 Nov 2015 under Malaysia's chairmanship; Indonesia only ratified it)
    for question in ("Under which country's chairmanship was ACTIP signed?",
                     "ACTIP diteken di bawah keketuaan negara mana?"):
        first = _first_line(assistant.ask(question).text)
        assert "Malaysia" in first and "Indonesia" not in first, first


def test_a_group_counted_of_a_named_source_that_gives_only_shares_is_that_share_of_its_total(assistant):
    # (SIMFONI PPA: 2,605 cases, around 50.97% children, 46.14% women, 2.89% men; no count of any group. Before, the
    # total was given as the children's count, and IOM's 5,907 as SIMFONI's women)
    for question, share in (("how many child victims did SIMFONI record?", "50.97%"),
                            ("how many male victims does the SIMFONI PPA data show?", "2.89%")):
        first = _first_line(assistant.ask(question).text)
        assert share in first and "2,605" in first and ("computed" in first or "dihitung" in first), first
    # (a source that counts the group gives the count: IOM's 970 girls)
    first = _first_line(assistant.ask("how many girls did IOM record in 2017?").text)
    assert "970" in first and "computed" not in first, first


def test_a_history_date_asked_of_the_paper_is_its_history_line(assistant):
    # (Received Feb 22, 2024; Revised Mar 18, 2024; Accepted May 03, 2024: "diterima (accepted)" is glossed)
    first = _first_line(assistant.ask("artikel Pratiwi & Sukandar diterima (accepted) tanggal berapa?").text)
    assert "May 03, 2024" in first, first
    # (its front matter tells the act of a date asked of the document itself)
    first = _first_line(assistant.ask("when was this paper revised?").text)
    assert "Mar 18, 2024" in first, first


def test_the_time_between_two_history_dates_of_the_paper_is_its_history_line_s(assistant):
    # (Received Feb 22, 2024 … Accepted May 03, 2024: 71 days; before, "received" was the embassy's reports since
    # April 21 2021, 1,108 days)
    for question in ("how many days between received and accepted for this paper?",
                     "berapa hari dari received ke accepted paper ini?"):
        first = _first_line(assistant.ask(question).text)
        assert re.search(r"\b71\b", first) and "1108" not in first, first
