"""Reader rules of the thirty-fourth session that act on the whole answer, on the real knowledge base (the rules'
docstrings are in src/tipbot/answering/extractive.py)."""


def test_a_count_written_as_a_word_joined_to_its_noun_answers_how_many(assistant):
    answer = assistant.ask("Labuan Bajo Declaration: how many points does it have?")
    assert answer.text.startswith("In short: 8"), answer.text[:200]


def test_a_person_named_with_an_office_is_found_in_a_note_on_a_reference_record(assistant):
    answer = assistant.ask("brp selisih angka korban versi Menteri Bintang Puspayoga sama 2.605 kasus di paper?")
    assert not answer.refused, answer.text[:300]
    assert "249" in answer.text and "2,356" in answer.text


def test_a_source_question_on_one_named_work_quotes_no_other_works_record(assistant):
    answer = assistant.ask("for my bibliography: which volume and pages is the Cordisco Tsai et al. (2021) article?")
    assert "151" in answer.text and "168" in answer.text
    assert "84–93" not in answer.text  # (another article's pages)


def test_who_wrote_a_work_the_question_names_is_not_the_papers_authors(assistant):
    answer = assistant.ask("Who wrote the assessment of ACTIP that appeared in the Asian Journal of International Law?")
    assert "Yusran" in answer.text
    assert "Pratiwi" not in answer.text


def test_a_digest_item_named_by_its_label_and_section_answers_a_list(assistant):
    answer = assistant.ask("according to the 2023 ASEAN declaration on TIP caused by the abuse of technology, what "
                           "commitments does it make for victims?")
    assert "identify victims" in answer.text


def test_an_assertion_about_the_papers_authors_is_checked_against_its_front_matter(assistant):
    answer = assistant.ask("the authors of this paper work at Universitas Indonesia, right?")
    assert "do not say" in answer.text and "LSPR" in answer.text
    assert "Khairi" not in answer.text  # (another work's author and university)


def test_a_change_asked_as_a_percent_is_computed_from_the_two_counts(assistant):
    answer = assistant.ask("by what percent did the number of Indonesian victims abroad helped by the Foreign "
                           "Ministry rise, according to the 2017 TIP report digest?")
    assert "15.7%" in answer.text and "413" in answer.text


def test_a_question_on_the_knowledge_bases_notes_is_answered_from_them(assistant):
    answer = assistant.ask("menurut catatan KB, brp kasus online scam WNI yg ditangani Kemlu/KBRI thn 2021?")
    assert answer.text.startswith("Singkatnya: 119"), answer.text[:200]
