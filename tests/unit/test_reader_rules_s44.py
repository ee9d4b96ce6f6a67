"""Reader rules of the forty-third session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.query import translate_terms


def test_words_of_obligation_and_binding_force_are_rendered():
    assert "obligation" in translate_terms("kewajiban")
    assert "binding" in translate_terms("mengikat")
    assert "soft" in translate_terms("lunak")
    assert "mix" in translate_terms("memadukan")
    assert "first" in translate_terms("duluan")


def test_a_start_of_a_state_is_asked_apart_from_an_interval():
    from tipbot.answering.analysis import analyse

    assert analyse("Sejak tahun berapa kapten itu memimpin pelabuhan?").start
    assert analyse("since when has the harbour master held the post?").start
    assert not analyse("when did the harbour open?").start


def test_the_paper_named_before_a_request_for_its_gist_asks_the_whole():
    from tipbot.answering.analysis import summarises_paper

    assert summarises_paper("paper ini intinya apa?")
    assert summarises_paper("this paper in a nutshell?")
    assert not summarises_paper("paper ini intinya ngomongin soal ferry ya?")


def test_a_missing_noun_keeps_the_country_word_that_qualifies_it():
    from tipbot.answering.answerability import with_nationality

    assert with_nationality("How many Malaysian nationals were rescued?", "nationals") == "Malaysian nationals"
    assert with_nationality("berapa warga Malaysia yang pulang?", "warga") == "warga Malaysia"
    assert with_nationality("How many ferry nationals?", "nationals") == "nationals"


def test_a_verb_and_its_preposition_is_no_actor():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import actor_names

    q = analyse("Who opened the ferry?")
    text = "FERRY: Harbour Ferry Convention. Signed in Harbour Town on 2 May 2015 (27th Ferry Summit)."
    names = [m.group(0) for m in actor_names(text, q)]
    assert "Harbour Ferry Convention" in names and not any(n.startswith("Signed") for n in names), names


def test_a_stated_value_is_a_cited_line_that_quotes_nothing():
    from tipbot.answering.compound import stated_line

    assert stated_line("In short: 5 June 2023 [1]")
    assert stated_line("1,037 ÷ 861 ≈ 1.2 (computed: the ratio of the figures quoted). [1]")
    assert not stated_line("The paper states: “The ferry left on 5 June.” [1]")
    assert not stated_line("The knowledge base does not contain the answer to this question.")


def test_then_joins_the_two_events_of_an_interval():
    from tipbot.answering.analysis import analyse

    q = analyse("when did the harbour open, then how many days later did the first ferry come?")
    assert q.interval and q.parts == ["when did the harbour open", "how many days later did the first ferry come"]


def test_a_side_of_a_comparison_ends_before_a_clause_after_a_dash():
    from tipbot.answering.analysis import analyse

    q = analyse("ferry vs harbour bus - are they the same thing??")
    assert q.parts == ["ferry", "harbour bus"], q.parts
