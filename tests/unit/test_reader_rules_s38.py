"""Reader rules of the thirty-seventh session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations


def test_a_figure_inside_brackets_has_only_the_words_inside_them():
    from tipbot.answering.compose import _figure_spans, _nearest_spans
    from tipbot.keyword import tokenize

    text = "Young workers made up a third of the crews (cadets 19%, deckhands 15%) and senior officers 20%."
    spans = _figure_spans(text)

    def best(question: str) -> list[str]:
        return _nearest_spans(text, spans, set(tokenize(question)), "", 1)

    assert best("what share of the crews were senior officers") == ["20%"]
    assert best("what share were deckhands") == ["15%"]
    assert best("what share were cadets") == ["19%"]


def test_a_list_count_names_the_noun_it_counts():
    from tipbot.answering.analysis import count_noun, count_of

    assert count_of("what are the four areas of the harbour plan?") == 4
    assert count_noun("what are the four areas of the harbour plan?", "en") == "areas"
    assert count_noun("what are the five harbour zones Indonesia drew?", "en") == "zones"
    assert count_noun("sebutkan 3 tujuan konvensi pelabuhan", "id") == "tujuan"
    assert count_noun("what happened on 5 June 2023?", "en") == ""


def test_a_weak_connective_without_a_comma_opens_a_question_of_another_interrogative():
    from tipbot.answering.compound import split_questions

    assert split_questions("When was the harbour act passed and how many articles did it have?", "en") == [
        "When was the harbour act passed", "how many articles did it have?"]
    assert split_questions("kapan UU pelabuhan disahkan dan berapa pasalnya?", "id") == [
        "kapan UU pelabuhan disahkan", "berapa pasalnya?"]
    # (parallel parts of one interrogative share one predicate; a conjunction of nouns opens nothing)
    assert len(split_questions("how many men and how many women worked at the harbour?", "en")) == 1
    assert len(split_questions("what did the harbour master and the mayor sign?", "en")) == 1


def test_an_ordinal_word_in_what_a_question_asks_to_be_named_is_no_label_it_asserts():
    from tipbot.answering.answerability import labelled_numbers

    assert labelled_numbers("What was the first harbour convention before the treaty?", "en") == []
    assert labelled_numbers("Why was the first harbour convention signed in Cebu?", "en") != []


def test_alternative_dates_ask_which_date():
    from tipbot.answering.analysis import analyse

    assert analyse("konvensi pelabuhan itu diadopsi tgl 10 atau 11 Mei sih?").answer_type == "date"
    # (a date given alone asks for none)
    assert analyse("siapa yang ditemui tanggal 4 september 2023 di pelabuhan?").answer_type != "date"


def test_a_list_question_names_the_noun_it_asks_the_items_of():
    from tipbot.answering.analysis import list_noun

    assert list_noun("What roles does the harbour play in smuggling?", "en") == "roles"
    assert list_noun("which kinds of cargo did the harbour report record?", "en") == "cargo"
    assert list_noun("apa saja tujuan konvensi pelabuhan?", "id") == "tujuan"
    assert list_noun("What are the three harbour zones?", "en") == "zones"  # (the noun its count counts)
    # (a verb or a function word after the interrogative names no noun)
    assert list_noun("What are the harbour's duties?", "en") == ""
    assert list_noun("apa saja yang dilakukan pelabuhan?", "id") == ""


def test_days_given_as_alternatives_are_no_figures():
    from tipbot.answering.analysis import analyse

    assert analyse("was the harbour act signed on 10 or 11 May?").constraints.numbers == []
    assert analyse("did the harbour hold 10 or 11 ships?").constraints.numbers == ["10", "11"]


def test_a_quoted_wording_asked_about_with_really_checks_the_source():
    from tipbot.answering.analysis import analyse

    assert analyse("Is the harbour really a 'main transit hub' according to the 2019 port report?").checks_source
    assert not analyse("Is the harbour a main transit hub according to the 2019 port report?").checks_source
    assert not analyse("Is the harbour's main transit hub in the north?").checks_source


def test_a_figure_placed_where_the_question_asks_leads_over_the_whole_one():
    from tipbot.answering.compose import _figure_spans, _nearest_spans
    from tipbot.keyword import tokenize

    text = ("The survey counts at least 49.6 million dock workers worldwide, including 29.3 million in Asia, 7 "
            "million in Africa and 6.4 million in Europe.")
    question = "how many dock workers were there in Asia according to the survey"
    assert _nearest_spans(text, _figure_spans(text), set(tokenize(question)), "", 1) == ["29.3 million"]


def test_an_interrogative_opening_a_relative_clause_in_a_statement_to_confirm_asks_nothing():
    from tipbot.answering.analysis import analyse

    assert analyse("The harbour act is named after Ann Lee, who was a pilot, right?").answer_type != "actor"
    assert analyse("The harbour act is named after Ann Lee. Who was she?").answer_type == "actor"


def test_a_place_question_names_the_act_it_asks_where_of():
    from tipbot.answering.analysis import analyse, placed_act

    assert placed_act(analyse("where was the harbour meeting held?")) == "held"
    assert placed_act(analyse("rapat pelabuhan itu diadakan di mana?")) == "diadakan"
    assert placed_act(analyse("di mana rapat pelabuhan diadakan?")) == "diadakan"
    assert placed_act(analyse("when was the harbour meeting held?")) == ""  # (no place asked)
