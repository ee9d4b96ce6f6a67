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
    # a list joined by "and" is one question
    ("What did the teams, the desk and the list achieve?", "en"),
    # an interrogative inside a clause after a weak connective does not open a question
    ("Which states signed the Compact, and the list of banned vessels holds what?", "en"),
])
def test_one_question_stays_whole(text, lang):
    assert split_questions(text, lang) == [text]


def test_more_than_three_questions_are_answered_as_three():
    text = "Who signed it? When? Where was it signed? Why was it signed? What did it change?"
    pieces = split_questions(text, "en")
    assert pieces == ["Who signed it?", "When? Where was it signed?", "Why was it signed? What did it change?"]


def test_a_short_question_with_its_own_interrogative_is_its_own():
    # ("tgl brp?" after "siapa …?" asks a date of the same subject, answered as a follow-up of it; a short piece
    # without an interrogative belongs to the question before it)
    assert split_questions("Who opened the desk? When?", "en") == ["Who opened the desk?", "When?"]
    assert split_questions("siapa yg buka desk itu? tgl brp?", "id") == ["siapa yg buka desk itu?", "tgl brp?"]
    assert split_questions("When was the Compact signed, and where?", "en") == ["When was the Compact signed",
                                                                                 "where?"]
    whole = "ringkas bagian hasil dong? ringkasin ya"
    assert split_questions(whole, "id") == [whole]


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


def test_a_first_question_of_another_kind_than_the_whole_message_is_answered_too(mini_assistant):
    # ("Who …? When?" is read as a date question as a whole: who did it is the first question's own answer)
    # (no sentence tells who *formed* the teams, so the first part has no direct answer of its own, only the
    # sentence that names whose teams they are: analysis.actor_act)
    both = mini_assistant.ask("Who formed the joint boarding teams? When?")
    direct = [line for line in both.text.split("\n") if line.startswith("In short:")]
    assert len(direct) == 1 and "June 2 2021" in direct[0]
    first_part = both.text.split("On the first part of your question:")[1]  # (the first question, not a next one)
    assert "Osterra" in first_part or "Veloria" in first_part
    numbers = [c.n for c in both.citations]
    assert numbers == list(range(1, len(numbers) + 1))


def test_a_later_count_the_first_answer_already_gives_is_not_searched_again():
    # ("…, and from how many reports?": the passage quoted gives "2,778 people from 861 reports"; a search of its
    # own would find another count of reports, of another event)
    from tipbot.answering.compound import answered_already
    from tipbot.schema import Answer, Chunk, Citation

    chunk = Chunk(id="c", text="In four months it saved 2,778 people from 861 reports.", source_id="mini",
                  kind="paper", title="Mini")
    first = Answer(question="q", text="t", citations=[Citation.from_chunk(1, chunk, chunk.text)], retrieved=[],
                   language="en")
    assert answered_already("and from how many reports?", [first])
    assert not answered_already("and how many suspects were arrested?", [first])
    assert not answered_already("and when was it formed?", [first])
