"""A question in several parts may take each part's year from its own passage (the fixture store)."""

from __future__ import annotations


def test_each_part_of_a_question_may_hold_its_year_in_its_own_passage(mini_assistant):
    a = mini_assistant.ask("How many vessels did inspectors board in 2022, and how many fishers did the joint "
                           "boarding teams rescue in 2023?")
    assert not a.refused
    assert "412" in a.text and "126" in a.text


def test_a_year_no_passage_holds_still_refuses_a_question_in_several_parts(mini_assistant):
    a = mini_assistant.ask("How many vessels did inspectors board in 2016, and how many fishers did the joint "
                           "boarding teams rescue in 2015?")
    assert a.refused or a.corrected


def test_a_small_number_written_as_a_word_holds_the_figure():
    from tipbot.answering.selection import has_constraint

    assert has_constraint("For every ten fishers rescued, five were boys.", "10")
    assert has_constraint("Untuk tiap sepuluh nelayan, lima adalah anak.", "5")
    assert not has_constraint("For every ten fishers rescued, five were boys.", "7")
    assert not has_constraint("Ten vessels were banned.", "10%")  # (a share is not a count)


def test_an_indonesian_function_word_after_berapa_is_no_counted_head():
    from tipbot.answering.analysis import analyse

    assert analyse("dari tiap 10 korban, berapa yang perempuan?").head != "yang"
    assert analyse("berapa orang korban yang diselamatkan?").head == "orang"


def test_paying_asks_for_a_sum_of_money():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import quantity_kind

    assert quantity_kind(analyse("korban biasanya bayar brp ke calo?")) == "money"
    assert quantity_kind(analyse("how much is the recruitment fee?")) == "money"
    assert quantity_kind(analyse("how many fishers did the teams rescue?")) is None


def test_a_quantity_asked_as_a_bound_is_not_answered_by_the_other_bound():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import other_bound

    assert analyse("What is the minimum prison term for forced labour?").bound == "min"
    assert analyse("Berapa ancaman pidana penjara maksimal?").bound == "max"
    assert analyse("How many fishers were rescued?").bound == ""
    low = "the law sets up to 15 years in prison; the code sets 3–15 years and at least 2 years of probation."
    at = {n: (low.index(n), low.index(n) + len(n)) for n in ("15 years in", "3–15", "2 years")}
    assert other_bound(low, at["15 years in"], "min")  # "up to 15" is an upper bound
    assert not other_bound(low, at["15 years in"], "max")
    assert not other_bound(low, (at["3–15"][0], at["3–15"][0] + 1), "min")  # a range gives both
    assert other_bound(low, at["2 years"], "max")  # "at least 2" is a lower bound


def test_a_range_is_a_figure_by_either_end():
    from tipbot.answering.compose import _figure_spans

    text = "Core penalty: 3–15 years' prison and a fine."
    assert [text[s:e] for s, e in _figure_spans(text)] == ["3–15 years"]


def test_a_number_joined_to_a_name_is_no_figure():
    from tipbot.answering.compose import _figure_spans

    text = "Cases rose after the COVID-19 pandemic, when 2,778 people were saved."
    assert [text[s:e] for s, e in _figure_spans(text)] == ["2,778 people"]


def test_a_range_written_out_is_one_figure():
    from tipbot.answering.compose import _figure_spans

    text = "around 43% to 50% of citizens abroad; the target ranges from 91.24 to 91.54%, up from 90.06% in 2020"
    assert [text[s:e] for s, e in _figure_spans(text)] == ["43% to 50%", "91.24 to 91.54%", "90.06%"]
