"""Reader rules of the thirty-eighth session, on the real knowledge base: the wrong first lines a newcomer's trial
found (a clause of time read as the interrogative, a later question about
what the sources do not hold answered with another thing's date). Frozen before the code they test was changed."""

from .test_reader_rules_s37 import _first_line


def test_a_clause_of_time_after_the_question_asks_no_date(assistant):
    answer = assistant.ask("What rank and position did Chuon Narin hold when the embassy met him?")
    first = _first_line(answer.text)
    assert "Major General" in first or "Head of the Phnom Penh" in first, answer.text[:400]


def test_a_later_question_about_what_the_sources_lack_is_not_answered_with_another_date(assistant):
    answer = assistant.ask("What is Malaysia's national action plan against trafficking and when was it adopted?")
    assert answer.refused, answer.text[:600]
    assert "10 May 2023" not in answer.text, answer.text[:900]


def test_a_date_of_the_paper_s_history_is_the_one_its_label_names(assistant):
    # (the direct answer, not the history line that holds all three dates)
    answer = assistant.ask("when was the paper accepted?")
    assert _first_line(answer.text).startswith("In short: May 03, 2024"), answer.text[:400]
    answer = assistant.ask("when was the paper revised?")
    assert _first_line(answer.text).startswith("In short: Mar 18, 2024"), answer.text[:400]


def test_who_the_user_is_before_a_dash_is_no_term_the_sources_must_hold(assistant):
    answer = assistant.ask("I'm an NGO worker - what does the paper say about why the kidney-trade victims got "
                           "involved?")
    assert not answer.refused, answer.text[:400]
    assert "pandemic" in answer.text, answer.text[:900]


def test_a_count_per_another_count_is_their_computed_ratio(assistant):
    answer = assistant.ask("roughly how many suspects per police report in the Satgas TPPO tally?")
    first = _first_line(answer.text)
    assert "1,037" in first and "861" in first and "1.2" in first, answer.text[:400]


def test_the_years_that_separate_two_dated_events_are_computed(assistant):
    answer = assistant.ask("How many years separate the UN's adoption of the Palermo Protocol and the DPR passing "
                           "Indonesia's anti-trafficking law (Law 21/2007)?")
    first = _first_line(answer.text)
    assert "6.3 years" in first and "15 Nov 2000" in first and "20 March 2007" in first, answer.text[:400]


def test_the_period_a_figure_covers_is_its_span_of_years(assistant):
    answer = assistant.ask("SIMFONI PPA datanya periode kapan?")
    assert "2017 to 2022" in _first_line(answer.text), answer.text[:400]
    answer = assistant.ask("angka 267 kasus SBMI itu periode kapan?")
    assert "2020-2023" in _first_line(answer.text), answer.text[:400]


def test_a_sum_of_named_parts_leaves_out_the_total_beside_them(assistant):
    answer = assistant.ask("According to the ILO figures quoted in the Alifia digest, how many modern slavery "
                           "victims are there in Europe and the Americas combined?")
    first = _first_line(answer.text)
    assert "11.5 million" in first and "49.6" not in first, answer.text[:400]


def test_the_rest_of_a_whole_the_question_gives_is_computed(assistant):
    answer = assistant.ask("ILO: dari 21 jt korban kerja paksa, yg di luar asia pasifik brp juta?")
    assert "10 million" in _first_line(answer.text), answer.text[:400]


def test_a_difference_asked_of_one_year_takes_that_year_s_figures(assistant):
    answer = assistant.ask("According to the 2017 TIP digest, how many more Indonesians were deported by foreign "
                           "governments than repatriated by the ministry in 2016?")
    first = _first_line(answer.text)
    assert "14,141" in first and "85,490" not in first, answer.text[:400]


def test_the_year_of_a_regulation_s_number_dates_no_share_asked(assistant):
    answer = assistant.ask("What share of the 2,648 victims in the Perpres 19/2023 police data were adult women?")
    assert not answer.refused, answer.text[:400]
    assert "77.3%" in _first_line(answer.text), answer.text[:400]


def test_a_group_of_a_whole_the_sources_do_not_break_down_is_refused(assistant):
    answer = assistant.ask("quick q: how many of the kidney-trafficking victims in the Bekasi case were women?")
    assert answer.refused, answer.text[:400]
    answer = assistant.ask("how many of the SIMFONI PPA cases were children?")
    assert not answer.refused, answer.text[:400]


def test_the_abstract_named_as_a_part_is_not_answered_with_the_title_block(assistant):
    answer = assistant.ask("the abstract lists seven strategies Indonesia used in Cambodia - which one matters most?")
    assert "Hanny Warahhma" not in answer.text, answer.text[:400]
    assert "United States embassy" in answer.text, answer.text[:600]


def test_of_a_question_in_parts_one_asking_a_date_gets_one_date(assistant):
    answer = assistant.ask("satgas TPPO dibentuk tgl brp dan di bawah koordinasi siapa?")
    first = _first_line(answer.text)
    assert "5 June 2023" in first and "10 Oct" not in first, answer.text[:400]
    answer = assistant.ask("when was ACTIP signed and when did it enter into force?")
    first = _first_line(answer.text)
    assert "21 Nov 2015" in first and "8 March 2017" in first, answer.text[:400]
