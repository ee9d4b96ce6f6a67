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
