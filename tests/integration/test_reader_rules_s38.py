"""Reader rules of the thirty-seventh session, on the real knowledge base: the wrong first lines a newcomer's trial
found (a figure or date of a nearby sentence as the direct answer, a year range refused, a list of another subject),
and a figure inside brackets. Frozen before the code they test was changed."""

from .test_reader_rules_s37 import _first_line


def test_a_figure_inside_brackets_is_not_credited_with_the_words_after_them(assistant):
    answer = assistant.ask("According to UNODC 2020, what share of detected victims were boys?")
    assert "15%" in _first_line(answer.text), answer.text[:400]
    answer = assistant.ask("According to UNODC 2020, what share of detected victims were girls?")
    assert "19%" in _first_line(answer.text), answer.text[:400]
    answer = assistant.ask("According to UNODC 2020, what share of detected victims were adult men?")
    assert "20%" in _first_line(answer.text), answer.text[:400]


def test_the_date_of_the_act_asked_leads_over_another_date_of_the_same_digest(assistant):
    answer = assistant.ask("menurut digest polri, MoU indonesia-kamboja sebenernya ditandatangani tanggal brp?")
    first = _first_line(answer.text)
    assert "21 August" in first or "21 Agustus" in first, answer.text[:400]


def test_a_year_range_the_source_gives_is_no_false_premise(assistant):
    answer = assistant.ask("According to the Perpres 19/2023 digest, how many trafficking reports did police "
                           "receive in 2015-2019?")
    assert not answer.refused, answer.text[:400]
    assert "554" in _first_line(answer.text), answer.text[:400]


def test_a_question_without_a_figure_is_not_told_its_figure_is_missing(assistant):
    answer = assistant.ask("What was the first ASEAN convention on transnational crime, before ACTIP?")
    assert "figure your question gives" not in answer.text, answer.text[:400]


def test_the_two_parts_of_a_date_and_count_question_each_get_their_answer(assistant):
    answer = assistant.ask("When did the DPR pass Law 21/2007 and how many articles did it have?")
    assert "67 articles" in _first_line(answer.text), answer.text[:400]
    assert "In short: 20 March 2007" in answer.text, answer.text[:1200]


def test_a_counted_list_is_the_enumeration_that_names_the_noun_counted(assistant):
    answer = assistant.ask("What are the four areas of ASEAN's cross-sectoral work plan on trafficking?")
    assert "victim protection" in answer.text.split("\n\n")[0], answer.text[:600]
    assert "Palermo" not in answer.text.split("\n\n")[0], answer.text[:600]


def test_days_given_as_alternatives_get_the_date_and_where_the_other_comes_from(assistant):
    answer = assistant.ask("was the ASEAN declaration on trafficking caused by the abuse of technology adopted on "
                           "10 or 11 May?")
    assert "10 May 2023" in _first_line(answer.text), answer.text[:400]
    assert "11 May" in answer.text, answer.text[:800]


def test_a_quoted_wording_asked_to_be_checked_gets_the_digest_note_on_it(assistant):
    answer = assistant.ask("Is Indonesia really a 'main transit route' for trafficking according to the 2017 TIP "
                           "report?")
    assert "overstates" in answer.text, answer.text[:800]


def test_an_outcome_asked_in_the_framing_of_a_target_is_refused(assistant):
    answer = assistant.ask("what GDI (IPG) value did Indonesia actually reach in 2023? the paper only has targets")
    assert answer.refused, answer.text[:400]
    assert "target" in answer.text.splitlines()[0], answer.text[:400]


def test_a_figure_placed_where_the_question_asks_answers_over_the_whole_worlds(assistant):
    answer = assistant.ask("menurut skripsi alifia, brp juta orang korban perbudakan modern di asia?")
    assert "29.3 million" in _first_line(answer.text), answer.text[:400]


def test_a_relative_clause_in_a_statement_to_confirm_asks_for_no_name(assistant):
    answer = assistant.ask("Erin's Law is named after Erin Merryn, who was a lawyer, right?")
    assert "KUHAP" not in answer.text, answer.text[:400]
    assert "social worker" in answer.text, answer.text[:600]


def test_a_place_question_is_answered_by_the_sentence_that_places_the_act_asked(assistant):
    answer = assistant.ask("Where was the coordination meeting in Wahyu 2023 held?")
    assert "Bekasi" in _first_line(answer.text), answer.text[:400]
