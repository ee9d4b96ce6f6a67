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
