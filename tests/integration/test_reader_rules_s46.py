"""Reader rules of the forty-fifth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_group_asked_by_its_own_word_is_answered_by_that_word(assistant):
    # ("boys" is a part of the male side and of children: "(girls 19%, boys 15%)" in the UNODC digest answers, not
    # the paper's SIMFONI "2.89% were men")
    first = _first_line(assistant.ask("what share of the victims in the UNODC 2020 report were boys?").text)
    assert "15%" in first and "2.89" not in first, first


def test_a_claim_one_sentence_states_with_its_figure_and_body_is_no_false_premise(assistant):
    # (the glossary's IOM entry gives "more than 9,000 trafficking victims (69% female)": the claim holds, and the
    # share of the total is computed)
    answer = assistant.ask("IOM katanya sudah membantu lebih dari 9.000 korban TPPO di Indonesia sejak 2005, 69% "
                           "perempuan. kira-kira berapa korban perempuannya?")
    assert not answer.corrected and "6,210" in _first_line(answer.text), answer.text[:400]


def test_an_indonesian_act_without_its_prefix_or_before_the_interrogative(assistant):
    # ("buka" for "membuka"; the doer's clause before "siapa"): "President Joko Widodo opened the meeting"
    for question in ("siapa yg buka AMMTC ke-17 di Labuan Bajo?", "yg buka rapat AMMTC ke-17 siapa sih?"):
        first = _first_line(assistant.ask(question).text)
        assert "Joko Widodo" in first, (question, first)


def test_an_indonesian_kind_of_exploitation_the_figures_do_not_count(assistant):
    # ("kawin paksa" is forced marriage; the ILO figures count forced labour or modern slavery as a whole)
    answer = assistant.ask("menurut ILO, berapa juta orang yang jadi korban kawin paksa?")
    first = _first_line(answer.text)
    assert "21 million" not in first and "20.9" not in first, first


def test_a_date_asked_of_an_act_is_not_the_date_of_another_act(assistant):
    # (ACTIP was signed on 21 Nov 2015 and entered into force on 8 March 2017; no passage dates Cambodia's
    # ratification)
    first = _first_line(assistant.ask("On what date did Cambodia ratify ACTIP?").text)
    assert "21 Nov" not in first, first
    first = _first_line(assistant.ask("When was ACTIP signed?").text)
    assert "21 Nov 2015" in first, first


def test_an_exact_date_asked_prefers_a_sentence_giving_the_day(assistant):
    # ("released in June 2023" in one digest; "released by Secretary of State Antony Blinken on 15 June 2023" in
    # another)
    first = _first_line(assistant.ask("On exactly which day was the 2023 TIP Report released?").text)
    assert "15 June 2023" in first, first


def test_a_part_asked_in_a_place_needs_the_place_beside_its_figure(assistant):
    # ("2,778 people rescued, 861 police reports": no figure of the 2,778 is put in Cambodia)
    answer = assistant.ask("Of the 2,778 people rescued by the Satgas TPPO, how many were rescued in Cambodia?")
    assert answer.refused, answer.text[:400]
    answer = assistant.ask("of the 2,605 cases, how many were women?")  # (a part with no place: computed)
    assert not answer.refused and "1,202" in _first_line(answer.text), answer.text[:400]


def test_a_form_of_answer_ruled_out_right_after_the_form_asked(assistant):
    # ("as a number not a percent": the share of the total is computed, not the percentage quoted)
    first = _first_line(assistant.ask("roughly how many of the 2,605 SIMFONI cases were women, as a number not a "
                                      "percent?").text)
    assert "1,202" in first, first


def test_a_report_named_by_its_body_and_year_that_the_sources_do_not_hold(assistant):
    # (no passage dates an IOM report to 2023; the paper's 2023 figures are other bodies')
    answer = assistant.ask("What does IOM's 2023 country report on Indonesia say about the number of trafficking "
                           "victims?")
    assert answer.refused, answer.text[:400]
    answer = assistant.ask("What does UNODC's 2020 global report say about child victims?")
    assert not answer.refused, answer.text[:400]


def test_a_difference_of_the_two_ends_of_a_range(assistant):
    # ("3–15 years' prison": the width of the range asked, not 120 − 3 of the prison term and the fine)
    first = _first_line(assistant.ask("selisih hukuman penjara minimal dan maksimal di UU 21/2007 brp tahun?").text)
    assert "12" in first and "117" not in first, first
    first = _first_line(assistant.ask("What is the difference between the lower and upper end of the 2024 IPG "
                                      "target?").text)
    assert "0.30" in first, first


def test_a_date_asked_of_an_act_no_passage_tells(assistant):
    # (the sources date the task force's forming, 5 June 2023, and tell of no dissolving)
    for question in ("kapan Satgas TPPO dibubarkan?", "when was the Satgas TPPO dissolved?"):
        answer = assistant.ask(question)
        assert answer.refused and "5 June" not in _first_line(answer.text), answer.text[:400]
    assert "5 June 2023" in _first_line(assistant.ask("kapan Satgas TPPO dibentuk?").text)


def test_an_act_told_of_another_edition_names_no_doer(assistant):
    # ("The 22nd SOMTC was hosted by Cambodia … by video conference": not the 17th AMMTC's host)
    first = _first_line(assistant.ask("who hosted the 17th AMMTC?").text)
    assert not first.startswith(("In short: SOMTC", "In short: Cambodia")), first


def test_a_word_that_rounds_or_bounds_a_figure_stays_with_it(assistant):
    # ("since 2005 it has assisted more than 9,000 trafficking victims"; "about 275 participants in all")
    first = _first_line(assistant.ask("brp korban yg udah dibantu IOM sejak 2005?").text)
    assert "more than 9,000" in first, first
    first = _first_line(assistant.ask("how many participants attended the 17th AMMTC?").text)
    assert "about 275" in first, first


def test_a_figure_the_question_gives_brings_the_passage_that_gives_it(assistant):
    # ("… involving 2,648 victims, of whom 2,047 were adult women": the digest of Perpres 19/2023, which the
    # question's other words do not rank)
    first = _first_line(assistant.ask("of the 2,648 victims, how many were not adult women?").text)
    assert "601" in first, first


def test_a_message_called_off_the_topic_with_words_the_sources_never_use(assistant):
    # (the place it names, Cambodia, is no topic of the sources' for a recipe or the weather)
    for question in ("off topic: what's the weather in Phnom Penh today?",
                     "totally unrelated but whats a good recipe for Cambodian fish amok?"):
        answer = assistant.ask(question)
        assert answer.refused, answer.text[:400]
    # (unrelated to the question before it, a question about the sources is answered)
    answer = assistant.ask("unrelated question: when was the police MoU with Cambodia signed?")
    assert not answer.refused and "2023" in _first_line(answer.text), answer.text[:400]
