"""Reader rules of the thirty-ninth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations


def test_an_average_per_unit_of_time_asks_a_rate():
    from tipbot.answering.analysis import analyse

    q = analyse("rata2 sebulan brp nelayan yg diselamatkan di pelabuhan itu dlm 4 bulan?")
    assert (q.arithmetic, q.per_time, q.answer_type) == ("rate", "month", "quantity")
    q = analyse("On average, how many ferry crews did the harbour rescue each year?")
    assert (q.arithmetic, q.per_time) == ("rate", "year")
    q = analyse("the harbour rescued 300 crews in 3 years - how many is that a year?")
    assert (q.arithmetic, q.per_time) == ("rate", "year")
    # (a count per a unit of time, with neither an average nor a span of those units, is a rate the text may state;
    # a date question with "a year" in it asks no rate)
    assert analyse("how many ferry crews per year did the harbour record?").arithmetic == ""
    assert analyse("when did the harbour open, a year after the ferry law?").arithmetic == ""


def test_the_span_a_figure_covers_is_read_in_digits_or_words():
    from tipbot.answering.compose import rate_duration

    assert rate_duration("In the four months since it opened, the harbour rescued 300 crews.", "month") == "4"
    assert rate_duration("Pelabuhan itu menangani 120 kasus dalam 3 tahun.", "year") == "3"
    assert rate_duration("In 2023 the harbour rescued 300 crews.", "year") is None
    assert rate_duration("In the four months since it opened, the harbour rescued 300 crews.", "year") is None


def test_a_rate_is_the_total_over_the_units_it_covers():
    from tipbot.answering.analysis import Question
    from tipbot.answering.compose import computed_value

    q = Question(original="", text="", language="en", arithmetic="rate", per_time="month")
    assert computed_value(q, ["2,778", "4"], "en").startswith("2,778 ÷ 4 months ≈ 694.5 a month (computed")
    q = Question(original="", text="", language="id", arithmetic="rate", per_time="year")
    assert computed_value(q, ["2,700", "3"], "id").startswith("2,700 ÷ 3 tahun ≈ 900 per tahun (dihitung")


def test_a_country_name_after_a_word_for_continent_names_no_country():
    from tipbot.answering.analysis import analyse

    assert analyse("berapa korban di benua amerika menurut laporan pelabuhan itu?").constraints.places == []
    assert analyse("berapa korban di amerika menurut laporan pelabuhan itu?").constraints.places == ["United States"]


def test_how_big_a_part_asks_a_share():
    from tipbot.answering.analysis import analyse

    assert analyse("brp bagian nelayan di pelabuhan itu yg perempuan?").percent
