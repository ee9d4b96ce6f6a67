"""A message that asks two or three questions: split at question marks and connectives, each later question
answered too, one citation numbering."""

from __future__ import annotations

import pytest

from tipbot.answering.compound import split_questions


@pytest.mark.parametrize("text, lang, pieces", [
    # a question mark, then another question
    ("When was the Compact signed? trus desk-nya buka kapan?", "id",
     ["When was the Compact signed?", "trus desk-nya buka kapan?"]),
    # a comma and a strong connective, an interrogative later in the clause
    ("kak, desk itu buka di kota mana sih, trus korbannya dapet apa aja?", "id",
     ["kak, desk itu buka di kota mana sih", "korbannya dapet apa aja?"]),
    # a comma and a weak connective right before an interrogative, or before a preposition and one
    ("which teams boarded the vessels, and what did they find in 2023?", "en",
     ["which teams boarded the vessels", "what did they find in 2023?"]),
    ("siapa yang membuka desk itu, dan di kota mana desk itu dibuka?", "id",
     ["siapa yang membuka desk itu", "di kota mana desk itu dibuka?"]),
    ("Who opened the referral desk, and in which port did it open?", "en",
     ["Who opened the referral desk", "in which port did it open?"]),
])
def test_a_message_of_several_questions_is_split(text, lang, pieces):
    assert split_questions(text, lang) == pieces


@pytest.mark.parametrize("text, lang", [
    # what follows a question mark elaborates it
    ("quick q — can u give me the gist of the method? like the data, the analysis and what they found", "en"),
    ("ringkas bagian hasil dong? ringkasin ya", "id"),
    # a list joined by "and" is one question; so is an interrogative that only closes the clause
    ("What did the teams, the desk and the list achieve?", "en"),
    ("When was the Compact signed, and where?", "en"),
    # an interrogative inside a clause after a weak connective does not open a question
    ("Which states signed the Compact, and the list of banned vessels holds what?", "en"),
])
def test_one_question_stays_whole(text, lang):
    assert split_questions(text, lang) == [text]


def test_more_than_three_questions_are_answered_as_three():
    text = "Who signed it? When? Where was it signed? Why was it signed? What did it change?"
    pieces = split_questions(text, "en")
    assert pieces == ["Who signed it? When?", "Where was it signed?", "Why was it signed? What did it change?"]


def test_a_later_question_gets_its_own_answer_with_one_citation_numbering(mini_assistant):
    whole = mini_assistant.ask("When was the Compact signed?")
    both = mini_assistant.ask("When was the Compact signed? trus the referral desk opened on which date?")
    assert "March 14 2019" in both.text and "2 September 2022" in both.text
    assert both.text.startswith(whole.text.split("\n")[0])
    assert "On the next part of your question:" in both.text
    numbers = [c.n for c in both.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len({(c.chunk_id, c.quote or c.text) for c in both.citations}) == len(numbers)


def test_a_later_question_that_refers_back_is_searched_with_the_one_before():
    from tipbot.answering.analysis import refers_back

    assert refers_back("di kota mana rapat itu diadakan?")
    assert refers_back("apakah judul artikel sumbernya memuat angka yang sama?")
    assert refers_back("what tier did Indonesia get in that report?")
    assert not refers_back("in which port did the referral desk open?")
    assert not refers_back("kapan desk dibuka?")
