"""Reader rules of the forty-fifth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import actor_act, analyse
from tipbot.query import translate_terms


def test_kinds_of_exploitation_in_the_word_lists():
    assert "forced marriage" in translate_terms("korban kawin paksa")
    assert "forced marriage" in translate_terms("pernikahan paksa")


def test_an_indonesian_act_as_users_type_it():
    # (a root whose meN- form the word lists hold is a verb; a noun after "siapa yg" is none)
    assert actor_act(analyse("siapa yg buka rapat itu?")) == "buka"
    assert actor_act(analyse("yang membuka rapat itu siapa?")) == "membuka"
    assert actor_act(analyse("siapa yg ketua rapat itu?")) == ""
    assert actor_act(analyse("yg jadi ketua rapat itu siapa?")) == ""  # (a copula is no act)


def test_a_negated_alternative_right_after_a_word_for_the_form_of_the_answer():
    assert analyse("how many were women, as a number not a percent?").excluded == "percent"
    assert not analyse("how many were women, as a number not a percent?").percent
    assert analyse("brp korban perempuan, angkanya bukan persen").excluded == "persen"
    assert analyse("who did not sign the MoU?").excluded == ""  # (a negated verb is no alternative)


def test_an_indonesian_word_under_an_enclitic_is_the_word_the_sources_use():
    from tipbot.answering.answerability import foreign_words

    assert foreign_words("siapa nama kapolrinya?", {"kapolri": 3.0}) == []
    assert foreign_words("siapa nama tiktoknya?", {"kapolri": 3.0}) == ["tiktoknya"]


def test_both_ends_of_a_range_asked_ask_its_width():
    q = analyse("what's the difference between the minimum and maximum prison term under the law?")
    assert q.arithmetic == "difference" and q.answer_type == "quantity"
    assert analyse("selisih batas atas sama batas bawah target itu brp?").arithmetic == "difference"
    assert analyse("what is the maximum prison term under the law?").arithmetic == ""


def test_the_act_a_date_question_asks_the_date_of():
    from tipbot.answering.analysis import dated_act

    assert dated_act(analyse("when was the task force dissolved?")) == "dissolved"
    assert dated_act(analyse("kapan satgas itu dibubarkan?")) == "dibubarkan"
    assert dated_act(analyse("kapan diskusi itu?")) == ""  # (a word that only begins with "di")
    assert dated_act(analyse("how many days after the MoU was the meeting held?")) == ""  # (a span)


def test_a_message_that_says_it_is_off_the_topic():
    assert analyse("off topic: what's the weather in Phnom Penh today?").unrelated
    assert analyse("oot kak, resep amok gimana?").unrelated
    assert not analyse("when was the police MoU signed?").unrelated
