"""Reader rules of the forty-eighth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import actor_act, analyse


def test_a_bound_prefix_is_read_with_the_word_it_is_written_onto():
    # (Indonesian writes "anti", "antar", "pasca", "pra", "non" onto the word they qualify: "antiperdagangan",
    # "antarlembaga", "pascapandemi")
    from tipbot.query import translate_terms

    assert {"anti", "trafficking"} <= set(translate_terms("antiperdagangan"))
    assert "anti" in translate_terms("antikorupsi") and "corruption" in translate_terms("antikorupsi")
    assert "post" in translate_terms("pascapandemi")
    # (a word the lists give whole is not split: "antarnegara" is "between countries")
    assert translate_terms("antarnegara") == ["between countries", "inter-state"]


def test_words_of_the_domain_lexicon():
    from tipbot.query import translate_terms

    assert "produce" in translate_terms("dihasilkan")
    assert "produce" in translate_terms("menghasilkan")


def test_a_passive_verb_before_the_interrogative_asks_its_doer_when_asked():
    # (colloquial Indonesian puts "siapa" right after the passive verb: "didanai siapa" is "funded by whom"; read
    # only where asked for, of an act done to the study)
    assert actor_act(analyse("penelitian ini didanai siapa sih?"), colloquial=True) == "didanai"
    assert actor_act(analyse("penelitian ini didanai siapa sih?")) == ""
    assert actor_act(analyse("ini diskusi siapa?"), colloquial=True) == ""


def test_a_span_of_calendar_years_is_what_an_average_per_year_divides_by():
    from tipbot.answering.compose import rate_duration

    assert rate_duration("From 2017 to 2022, 2,605 cases were documented.", "year") == "6"
    assert rate_duration("In 2017-2022 there were 2,605 cases.", "year") == "6"
    assert rate_duration("Between 2020 and 2022 it received 75 reports.", "year") == "3"
    # (a span of months is no number of years; a single year is no span)
    assert rate_duration("In 2022 it received 75 reports.", "year") is None


def test_a_number_that_labels_is_no_count():
    assert analyse("whats the hotline number of KBRI phnom penh?").answer_type != "quantity"
    assert analyse("What is the phone number of the Indonesian Embassy?").answer_type != "quantity"
    assert analyse("What is the total number of cases SIMFONI PPA documented?").answer_type == "quantity"
    assert analyse("What is the number of victims in 2022?").answer_type == "quantity"


def test_a_question_about_where_tipbot_answers_from_is_conversation():
    # (what tipbot answers from is what it covers: its capabilities reply, not a passage of the paper)
    for message in ("hai bot, kamu ngambil jawaban dari mana aja sih?", "where do you get your answers from?",
                    "what sources do you use?", "kamu ambil jawaban dari mana sih?"):
        assert analyse(message).kind == "capabilities", message
    # (a source asked of a fact is a question)
    assert analyse("sumber data 2,605 kasus itu dari mana?").kind == "question"


def test_how_many_times_one_figure_is_another_is_a_ratio():
    for question in ("1.138 di VOA itu brp kali lipat dr 62 yg di CNBC?",
                     "1,138 is how many times larger than 62?"):
        assert analyse(question).arithmetic == "ratio", question
    # (how many times something happened is a count)
    assert analyse("how many times has the paper been cited?").arithmetic != "ratio"
