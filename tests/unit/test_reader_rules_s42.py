"""Reader rules of the forty-first session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.answerability import known_word, unknown_places
from tipbot.answering.compose import direct_answer
from tipbot.keyword import tokenize, word_family

from .test_reader_rules_s41 import _evidence


def test_a_complex_preposition_names_no_place():
    vocab = {t: 1.0 for t in tokenize("the ferry crews were rescued in the harbour of Tanjung")}
    q = analyse("what did the harbour board say in connection with the ferry crews?")
    assert unknown_places(q, vocab) == []
    q = analyse("what did the harbour board do in accordance with the ferry rules?")
    assert unknown_places(q, vocab) == []
    assert unknown_places(analyse("what did the harbour board do in bangkok?"), vocab) == ["bangkok"]


def test_english_derivational_endings_of_quality_state_and_adjective_make_one_family():
    assert "national" in word_family("nationality")
    assert "citizen" in word_family("citizenship")
    assert "concept" in word_family("conceptual")
    assert "nationality" in word_family("national")


def test_an_english_word_the_sources_write_as_an_indonesian_loanword_is_known():
    vocab = {t: 1.0 for t in tokenize("a ferry captain of Universitas Pelabuhan and of the Komisi Maritim")}
    assert known_word("university", "en", vocab)
    assert known_word("commission", "en", vocab)
    assert not known_word("surgeon", "en", vocab)


def test_a_past_tense_verb_after_the_noun_counted_ends_it():
    assert analyse("How many passengers boarded the ferry in 2020?").head == "passengers"
    assert analyse("About how many crews attended the harbour drill?").head == "crews"
    assert analyse("How many rescued fishers were there?").head == "fishers"


def test_asking_what_kinds_of_questions_it_takes_is_conversation():
    for message in ("Hi there! What kinds of questions can you help me with?",
                    "what kind of questions can I ask you?",
                    "halo, pertanyaan apa aja yg bisa kamu jawab?",
                    "Good morning. What kind of questions can you answer, and what can't you?"):
        assert analyse(message).kind == "capabilities", message
    assert analyse("what kinds of ferries sank in 2020?").kind == "question"


def test_a_total_stated_first_and_pointed_back_to_is_the_whole_of_the_part_asked():
    q = analyse("1.200 penumpang feri itu brp yg perempuan?")
    assert q.part_of == "1.200"
    assert analyse("2.500 nelayan itu tinggal di mana?").part_of == ""


def test_where_a_report_places_or_ranks_a_country_asks_its_rank():
    q = analyse("Where was the harbour placed in the 2020 safety report?")
    assert q.answer_type == "quantity"
    assert analyse("Where were the rescued crews placed?").answer_type == "place"


def test_a_result_that_points_back_gives_the_consequence_of_the_sentence_before():
    from tipbot.answering.selection import gives_consequence

    assert gives_consequence("The impact of this situation is a rise in unregistered ferries.")
    assert gives_consequence("Dampak dari hal ini adalah bertambahnya kapal tanpa izin.")
    assert not gives_consequence("The impact of the storm was felt in every harbour.")


def test_whether_the_paper_mentions_a_topic_is_asked_of_that_topic():
    assert analyse("Does the paper mention the ferry strike of 2020?").coverage == "the ferry strike of 2020"
    assert analyse("paper bahas mogok feri gak?").coverage == "mogok feri"
    assert analyse("is the harbour levy discussed in the paper?").coverage == "the harbour levy"
    assert analyse("apakah pungutan pelabuhan disebut di paper?").coverage == "pungutan pelabuhan"
    for text in ("What does the paper mention about ferries?", "Does the paper say the strike ended in 2020?",
                 "Berapa denda pelabuhan yang dibahas di paper ini?", "brp kapal yg disebut di paper?"):
        assert analyse(text).coverage == "", text


def test_a_word_both_languages_write_is_no_sign_of_either_and_emang_is_indonesian():
    from tipbot.lang import detect_language

    assert detect_language("emang paper nyebut Pelabuhan Tanjung Harbour?") == "id"
    assert detect_language("paper ini bahas feri gak?") == "id"
    assert detect_language("does the paper cover ferries?") == "en"


def test_what_a_work_named_by_author_and_year_is_about_is_asked_of_the_work():
    assert analyse("What does Harbour et al. (2019) study?").work_subject
    assert analyse("Harbour dkk 2019 itu neliti apa?").work_subject
    assert analyse("Which port does Tanjung (2018) examine?").work_subject
    for text in ("What does the paper cite Harbour (2019) for?", "Harbour (2019) was published in 2018, right?",
                 "How many ferries sank in 2019?"):
        assert not analyse(text).work_subject, text


def test_each_part_coordinated_after_a_partitive_is_a_part_of_its_total():
    from tipbot.answering.selection import part_of_total

    text = ("The harbour desk logged 2,000 reports, of which 50 were confirmed smuggling cases and 400 showed signs "
            "of overloading.")
    q = analyse("What share of the 2,000 reports showed signs of overloading?")
    idf = {t: 1.0 for t in tokenize(text)} | {"overloading": 5.0, "overload": 5.0}
    found = part_of_total(text, q, idf)
    assert found is not None and found[:2] == ("400", "2,000")


def test_a_measure_with_its_unit_is_no_count_of_the_noun_asked():
    q = analyse("How many harbour board members voted for the ferry law?")
    ev = _evidence("The ferry law sets 2–8 years' prison and fines of Rp10–50 million.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text))) is None
    ev = _evidence("About 120 board members voted for the ferry law.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text))) == "About 120 board members"  # (its rounding word kept)


def test_a_sentence_that_repeats_the_subject_of_the_one_before_continues_it():
    from tipbot.answering.selection import same_subject

    assert same_subject("Thus, harbour pilots can still use these charts.", "Harbour pilots can also ask the port.")
    assert not same_subject("Thus, harbour pilots can still use these charts.", "The port closed in 2020.")
    assert not same_subject("The port closed in 2020.", "The port reopened in 2021.")  # (an article is no subject)


def test_a_country_name_that_is_a_continents_listed_with_continents_is_the_continent():
    from tipbot.answering.analysis import countries_in

    assert countries_in("brp juta penumpang feri di Afrika sama di Amerika?") == []
    assert countries_in("How many ferries sank in Europe, Asia and America?") == []
    assert "United States" in countries_in("kedubes Amerika di Jakarta bilang apa?")
