"""Reader rules of the thirty-eighth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations


def test_a_correlative_pair_is_one_part():
    from tipbot.answering.analysis import split_parts

    assert split_parts("how many harbour districts are both a port of call and a port of export", "question") == []
    assert split_parts("baik nelayan dan pedagang di pelabuhan itu ada brp orang", "question") == []
    # (not the adjective "baik" after a word of degree, nor a comma-separated second question)
    assert split_parts("when was the harbour plan signed, and who signed it", "question") == [
        "when was the harbour plan signed", "who signed it"]


def test_two_nouns_one_interrogative_asks_together_are_one_question():
    from tipbot.answering.analysis import split_parts

    assert split_parts("What rank and position did the harbour master hold when the ferry sank", "question") == []
    assert split_parts("what harbour and which ferry line", "question") != []


def test_when_after_an_opening_interrogative_without_a_type_asks_nothing():
    from tipbot.answering.analysis import answer_type

    assert answer_type("What rank did the harbour master hold when the ferry sank?", "en") != "date"
    assert answer_type("Which office did she lead when the harbour plan was signed?", "en") != "date"
    assert answer_type("When did the ferry sink?", "en") == "date"
    assert answer_type("What was signed, and when was it signed?", "en") == "date"


def test_a_statement_about_the_user_set_off_by_a_dash_is_an_aside():
    from tipbot.answering.analysis import without_asides

    assert without_asides("I run a harbour shelter - what does the paper say about ferry crews?", "en") == \
        "what does the paper say about ferry crews?"
    assert without_asides("saya nelayan — kapan pelabuhan itu dibuka?", "id") == "kapan pelabuhan itu dibuka?"
    # (a hyphen inside a word, and a dash in a question that is not about the user, stay)
    assert without_asides("what did the ferry-crew survey find - and when?", "en") == \
        "what did the ferry-crew survey find - and when?"


def test_a_count_per_another_count_asks_their_ratio():
    from tipbot.answering.analysis import analyse

    assert analyse("roughly how many ferry crews per harbour report?").arithmetic == "ratio"
    assert analyse("brp korban per laporan di pelabuhan itu?").arithmetic == "ratio"
    # ("per" with a determiner is "according to"; "per" a unit of time asks a rate the text may state)
    assert analyse("per the harbour digest, how many ferry crews were there?").arithmetic == ""
    assert analyse("how many ferry crews per year did the harbour record?").arithmetic == ""


def test_how_many_years_separate_two_events_asks_the_time_between_them():
    from tipbot.answering.analysis import analyse

    assert analyse("How many years separate the harbour's opening and the ferry law?").interval
    assert analyse("how many months separated the two ferry inspections?").interval


def test_a_question_of_the_period_covered_asks_a_span_of_years():
    from tipbot.answering.analysis import analyse

    for question in ("what period do the harbour figures cover?", "data pelabuhan itu periode kapan?",
                     "angka 40 kapal itu periode berapa?"):
        q = analyse(question)
        assert q.period and q.answer_type == "date", question
    assert not analyse("when did the harbour open?").period


def test_the_parts_of_a_sum_are_the_names_it_joins():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import joined_names

    assert set(joined_names(analyse("how many ferries in Surabaya and Makassar combined?"))) == {
        "Surabaya", "Makassar"}
    assert joined_names(analyse("how many ferries in Surabaya?")) == []


def test_the_rest_of_a_whole_the_question_gives_is_a_difference():
    from tipbot.answering.analysis import analyse

    q = analyse("dari 40 kapal di pelabuhan itu, yg di luar dermaga utara brp?")
    assert (q.arithmetic, q.remainder) == ("difference", True)
    q = analyse("of the 40 ferries, how many are outside the north dock?")
    assert (q.arithmetic, q.remainder) == ("difference", True)


def test_how_many_of_a_whole_were_a_group_asks_a_subset():
    from tipbot.answering.analysis import analyse

    assert analyse("how many of the ferry passengers in the harbour case were women?").subset == "women"
    assert analyse("berapa dari penumpang kapal itu yang perempuan?").subset == "perempuan"
    # (a total the question gives is its own rule, part_of; a plain count asks no subset)
    assert analyse("of the 40 ferry passengers, how many were women?").subset == ""
    assert analyse("how many ferry passengers were there?").subset == ""
