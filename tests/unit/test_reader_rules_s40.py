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


def test_a_capitalised_chat_abbreviation_is_its_capitalised_word():
    from tipbot.answering.analysis import normalise

    assert normalise("when did the State Dept release the harbour report?", "en") == \
        "when did the State Department release the harbour report?"
    assert normalise("what did the Indonesian Govt do about ferry crews?", "en") == \
        "what did the Indonesian Government do about ferry crews?"
    assert normalise("how many ppl were on the ferry?", "en") == "how many people were on the ferry?"


def test_numbers_of_sections_named_together_are_no_figures():
    from tipbot.answering.analysis import analyse

    assert analyse("How do the headings of the harbour section (3.1 to 3.5) compare?").constraints.numbers == []
    assert analyse("apa isi subbab 3.2 dan 3.3 soal pelabuhan?").constraints.numbers == []
    # (a figure after a section's number is still one)
    assert analyse("section 3.2 says 52 ferry crews came home - and 1,138?").constraints.numbers == ["52", "1,138"]


def test_the_things_a_summary_is_asked_to_cover_hold_no_interrogative():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import facets

    wanted = facets(analyse("rangkumin dong laporan pelabuhan: tier brp, kemajuannya apa, kelemahannya apa?"))
    assert {"tier"} in wanted, wanted
    assert any("progress" in f for f in wanted), wanted
    assert not any("many" in f or "number" in f for f in wanted), wanted


def test_two_dates_the_message_gives_then_a_span_in_units_ask_the_time_between():
    from tipbot.answering.analysis import analyse

    q = analyse("pelabuhan dibuka 5 juni, feri pertama datang 10 oktober, itu brp bulan?")
    assert q.interval and q.parts == ["pelabuhan dibuka 5 juni", "feri pertama datang 10 oktober"]
    # (one date and a count of months asks no span between two dates)
    assert not analyse("pelabuhan dibuka 5 juni, brp bulan kemudian feri datang?").parts


def test_what_the_paper_cites_a_work_for_is_asked_of_the_citation():
    from tipbot.answering.analysis import analyse

    assert analyse("Daniel dkk 2017 dikutip buat klaim apa di paper?").cited_for
    assert analyse("what does the paper cite Snyder (2019) for?").cited_for
    assert analyse("Snyder (2019) is cited to support what claim?").cited_for
    # (a work named without the question asking what it is cited for)
    assert not analyse("who wrote Snyder (2019)?").cited_for
    assert not analyse("what does the paper cite for the harbour figures?").cited_for


def test_a_work_the_message_says_is_cited_before_another_question_is_not_asked_about():
    from tipbot.answering.analysis import analyse

    assert not analyse("The paper cites Harbour (2020) for the ferry figures. According to the digest, how many "
                       "ferries sank?").cited_for
    assert not analyse("Why does the paper cite Harbour (2020) for the ferry figures?").cited_for
    # (a clause that says what the work is cited for asks nothing of it)
    assert not analyse("Harbour 2020 yg dikutip buat data feri itu artikel soal pelabuhan kan?").cited_for
    assert not analyse("hey, the paper cites Harbour (2020) about ferries. what tier did the port get, and what was "
                       "it credited for?").cited_for
    assert analyse("What does the paper cite Harbour et al. (2020) for?").cited_for


def test_the_thing_an_actor_question_asks_about_is_its_object():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import asked_kind_words

    assert asked_kind_words(analyse("Who won the harbour's 2024 ferry regatta?")) == ["regatta"]
    # (a name ends it, or a copula asks who someone is: no thing asked about)
    assert asked_kind_words(analyse("Who signed the ferry agreement with Cambodia?")) == []
    assert asked_kind_words(analyse("Who is the harbour master?")) == []


def test_a_comparison_side_that_leaves_out_its_noun_takes_the_other_side_s():
    from tipbot.answering.analysis import analyse

    q = analyse("In the 2023 harbour report, how did Jakarta's ferry count compare with Surabaya's?")
    assert q.parts[1] == "Surabaya's ferry count", q.parts


def test_a_full_year_from_the_start_is_a_period_asked():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import asked_period

    assert asked_period(analyse("the harbour rescued 300 crews in its first full year - is that a lot?"))
    assert asked_period(analyse("pelabuhan itu menyelamatkan 300 awak dalam setahun penuh ya?"))
