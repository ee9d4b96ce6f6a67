"""Reader rules of the twelfth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import SUMMARY_FACT, Evidence, type_fit
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str) -> Evidence:
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini paper")
    return Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))


def test_a_summary_prefers_the_sentences_that_report_a_figure_or_a_date():
    for question in ("Summarise section 3.3 for me", "tolong ringkasin bagian 3.3 dong"):
        q = analyse(question)
        assert q.answer_type == "summary"
        assert type_fit(_evidence("Each of the 34 provinces is a source and a destination."), q) == SUMMARY_FACT
        assert type_fit(_evidence("The meeting was held on 8 March 2017 in Manila."), q) == SUMMARY_FACT
        assert type_fit(_evidence("So, this strategy can support the Government."), q) == 0.0
        # (the year of a citation is no fact of the text, nor an ordinal, which names an event)
        assert type_fit(_evidence("Cooperation is needed (Khairi, 2021)."), q) == 0.0
        assert type_fit(_evidence("It was signed at the 27th Summit under Malaysia's chair."), q) == 0.0


def test_an_ordinary_indonesian_word_in_a_capitalised_name_is_no_unknown_name():
    from tipbot.answering.answerability import common_indonesian

    # ("Konvensi ASEAN Menentang Perdagangan Orang": the sources write the title in English)
    assert common_indonesian("Menentang", "id") and common_indonesian("Perdagangan", "id")
    # a person's name is no Indonesian word; an English question's words are not read this way
    assert not common_indonesian("Manet", "id") and not common_indonesian("Prabowo", "id")
    assert not common_indonesian("Menentang", "en")


def test_an_indonesian_title_is_not_refused_for_its_ordinary_words():
    from tipbot.answering.answerability import missing_from_store

    text = "the police of both countries signed the mou; a convention against trafficking"
    vocab = {t: 1.0 for t in tokenize(text)}
    for question in ("Siapa yang membahas rencana Nota Kesepahaman antara kedua polisi?",
                     "Apa tujuan Konvensi Menentang Perdagangan Orang?"):
        assert missing_from_store(analyse(question), vocab, frozenset()) == []
    # (a person's name that no passage uses still is)
    assert missing_from_store(analyse("Apa kata Perdana Menteri Hun Manet?"), vocab, frozenset())


def test_a_count_before_the_thing_whose_names_are_asked_for_is_skipped():
    from tipbot.answering.analysis import asked_name_of

    assert asked_name_of(analyse("List the names of the 12 suspects arrested in the harbour case.")) == "suspects"
    assert asked_name_of(analyse("siapa nama-nama para tersangka kasus itu?")) == "tersangka"


def test_a_name_holds_an_office_only_in_apposition_and_in_the_same_sentence():
    from tipbot.answering.answerability import names_holder

    lower, places = frozenset({"the", "head", "of", "police"}), frozenset()
    assert names_holder("Khieu Sopheak, the spokesperson, denied it.", ["spokesperson"], lower, places)
    assert names_holder("They met the Head of the Harbour Police, Major Dara Vann.", ["head"], lower, places)
    # a body that did something to the people asked about is none of them
    assert not names_holder("Harbour Metro Police succeeded in arresting 12 suspects.", ["suspects"], lower, places)
    # a name in the next sentence holds no office of this one
    assert not names_holder("It reported 1,037 suspects. Distinct from the Gugus Tugas.", ["suspects"], lower, places)
    # (the period of a rank ends no sentence)
    assert names_holder("Its secretary in 2022-2024 was Brig. Gen. Dara Vann.", ["secretary"], lower, places)


def test_the_direct_answer_to_who_holds_an_office_is_the_person_named_beside_it():
    q = analyse("Who was the secretary of the Harbour Bureau in 2022?")
    text = "The Harbour Bureau links the Navy and the Customs Office. Its secretary in 2022 was Brig. Gen. Dara Vann."
    from tipbot.answering.compose import direct_answer

    answer = direct_answer(q, _evidence(text), set(tokenize(q.text)), lower_words=frozenset({"its", "the"}))
    assert answer == "Dara Vann"


def test_a_sentence_naming_someone_beside_the_office_asked_about_fits_best():
    q = analyse("Who is the spokesperson of the Harbour Police?")
    holder = _evidence("The Interior Ministry spokesperson Dara Vann rejected the findings.")
    others = _evidence("The Secretary of the Bureau and the Chief of the Harbour Police discussed a Memorandum.")
    assert type_fit(holder, q) == 1.0 > type_fit(others, q)
