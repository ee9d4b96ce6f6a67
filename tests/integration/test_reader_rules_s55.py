"""Reader rules of the fifty-fourth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_an_office_of_a_body_typed_in_lower_case_needs_a_holder_of_that_body(assistant):
    # (the body a lower-case question names, "labuan bajo", "indonesian migrant workers union", "preah ket mealea",
    # is written capitalised in the store: a holder named for another body, the glossary's director of the
    # Directorate for the Protection of Indonesian Citizens, is no answer)
    for question in ("who was the director of labuan bajo hospital?",
                     "who is the chairman of the indonesian migrant workers union?",
                     "siapa direktur rumah sakit preah ket mealea?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(("The knowledge base does not", "Basis pengetahuan tidak")), first
        assert "Judha" not in first, first
    # (a holder the store names for that body, typed in lower case, is still the answer)
    first = _first_line(assistant.ask("who was the director of the directorate for the protection of indonesian "
                                      "citizens?").text)
    assert "Judha Nugraha" in first, first


def test_a_count_asked_with_a_characterising_verb_or_a_conjunction_is_answered(assistant):
    # (the paper: "Each of the 34 provinces in Indonesia is also involved as a source and destination"; the RPJMN
    # target of the social functioning index, 0.41 in 2024 from 0.34 in 2019)
    first = _first_line(assistant.ask("How many Indonesian provinces are described as source and destination "
                                      "areas?").text)
    assert "34" in first, first
    first = _first_line(assistant.ask("indeks keberfungsian sosial korban 2019 berapa, terus target 2024 brp?").text)
    assert "0.41" in first or "0,41" in first, first


def test_a_date_a_yes_no_question_checks_is_answered_with_the_other_date_a_digest_gives(assistant):
    # (the paper dates the police MoU with Cambodia 22 August 2023; the Polri digest says it was signed on 21
    # August, 22 August being the release date: a user checking the paper's date should learn the other one, as
    # the "when" question does)
    for question in ("Is it right that the Indonesian and Cambodian police signed their MoU on 22 August 2023?",
                     "bener gak MoU polisi Indonesia dan Kamboja diteken tanggal 22 Agustus 2023?"):
        text = assistant.ask(question).text
        assert "21 August" in text[:900] or "21 Agustus" in text[:900], text[:900]
        assert "another date" in text or "tanggal lain" in text, text[:900]


def test_an_act_no_passage_tells_of_the_study_is_refused_when_asked_by_which_and_its_noun(assistant):
    # (the sources say nothing of who paid for the study; its authors' affiliation is no funder)
    for question in ("What institution sponsored this study?",
                     "lembaga apa yang mendanai penelitian Pratiwi & Sukandar?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(("The knowledge base does not", "Basis pengetahuan tidak")), first


def test_a_law_asked_of_more_than_the_thing_a_question_names_is_the_law_of_that_subject(assistant):
    # (the paper: protection of witnesses and victims in trafficking cases falls under Law Number 13 of 2006
    # "concerning the Protection of Witnesses and Victims"; the TPPO glossary entry's own law is Law No. 21/2007)
    for question in ("UU perlindungan saksi korban TPPO nomor berapa?",
                     "which law on the protection of witnesses and victims applies in TPPO cases?"):
        first = _first_line(assistant.ask(question).text)
        assert "13" in first and "2006" in first, first
    # (the thing named alone is still answered by its own entry: KUHAP is Law No. 8/1981)
    first = _first_line(assistant.ask("KUHAP itu UU nomor brp?").text)
    assert "8/1981" in first, first


def test_a_figure_identified_by_the_paper_quoting_it_is_answered_from_the_paper(assistant):
    # (the paper: ILO data, 21 million in forced labour worldwide; a digest quotes the ILO's 49.6 million of 2022)
    first = _first_line(assistant.ask("for my essay: how many people are in forced labour worldwide according to "
                                      "the ILO figures the paper quotes?").text)
    assert "21 million" in first, first


def test_an_indonesian_body_named_with_a_pen_an_noun_is_found_in_english(assistant):
    # ("Menteri Pemberdayaan Perempuan": "pemberdayaan" is "empowerment", not the root's "power"; the uu-21-2007
    # digest names "Women's Empowerment Minister Meutia Hatta")
    first = _first_line(assistant.ask("siapa Menteri Pemberdayaan Perempuan yang berkomentar soal UU TPPO tahun "
                                      "2007?").text)
    assert "Meutia Hatta" in first, first


def test_where_the_authors_work_is_answered_with_their_affiliation(assistant):
    # (the paper's front matter: International Relations, Faculty of Communication, LSPR Institute …)
    for question in ("where do the authors work?", "penulisnya kerja di mana sih?"):
        text = assistant.ask(question).text
        assert "LSPR" in text[:700], text[:700]


def test_a_sentence_told_within_the_account_of_an_edition_the_question_names_answers(assistant):
    # (the Polri digest of the 17th AMMTC: "The Cambodian signatory was the Ministry of Interior"; the Kapolri's
    # glossary entry names the 17th AMMTC but is Indonesia's signatory)
    for question in ("Who was Cambodia's signatory to the police MoU at the 17th AMMTC?",
                     "di AMMTC ke-17, pihak Kamboja yang meneken MoU dengan Polri itu siapa?"):
        first = _first_line(assistant.ask(question).text)
        assert "Interior" in first, first


def test_a_name_typed_in_lower_case_is_read_as_the_name(assistant):
    # (the paper: "Since April 21 2021, the Indonesian Embassy in Phnom Penh received 75 reports …"; typed in lower
    # case, "kbri phnom penh" had read as "KBRI" alone, which the 52-migrant-workers sentence's citation holds)
    first = _first_line(assistant.ask("dari april 2021 kbri phnom penh udah nerima brp laporan korban?").text)
    assert "75" in first, first


def test_a_misspelt_or_colloquial_indonesian_word_is_no_unknown_term(assistant):
    # ("kapolisian" one letter off "kepolisian"; "dikoordinir", the colloquial form of "dikoordinasi": the
    # paper's NCB Interpol secretary and the Cambodian police planned an MoU; the Satgas TPPO is coordinated by
    # Bareskrim)
    for question in ("sekretaris NCB interpol dan kapolisian kamboja merencanakan apa?",
                     "satgas tppo itu dikoordinir oleh lembaga apa?"):
        first = _first_line(assistant.ask(question).text)
        assert not first.startswith("Basis pengetahuan tidak"), first


def test_a_named_doer_of_an_event_taken_as_given_is_checked_against_the_sentence_telling_the_act(assistant):
    # (the MoUs at the 17th AMMTC were signed by the Kapolri, not the foreign minister; "after X signed …, what
    # happened?" takes X's signing as given)
    first = _first_line(assistant.ask("after Retno Marsudi signed the police MoU with Cambodia in Labuan Bajo, what "
                                      "happened next?").text)
    assert first.startswith("The sources do not say"), first
    # (a doer the sentence credits is no false premise: "President Joko Widodo opened the meeting")
    first = _first_line(assistant.ask("since President Joko Widodo opened the 17th AMMTC, what did he say?").text)
    assert not first.startswith("The sources do not say"), first
