"""Reader rules of the fifty-third session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_what_an_official_said_should_be_done_is_answered(assistant):
    # (the ASEAN declaration's digest: the foreign ministry spokesperson said handling should run from detection
    # and prevention through protection and repatriation to the root causes)
    for question in ("kata jubir Kemlu sebelum KTT ASEAN ke-42, penanganan TPPO harus bagaimana?",
                     "What did the foreign ministry spokesperson say should be done about trafficking before the "
                     "42nd ASEAN Summit?"):
        text = assistant.ask(question).text
        assert not text.startswith(("tipbot tidak dapat", "tipbot cannot")), text[:200]
        assert "detection" in text[:600].lower() or "prevention" in text[:600].lower(), text[:600]


def test_an_indonesian_average_per_unit_is_computed(assistant):
    # (Polri's Satgas TPPO statistics: 2,778 people rescued, 861 police reports; 2,778 ÷ 861 ≈ 3.2)
    for question in ("rata-rata tiap laporan, berapa orang yang diselamatkan Satgas TPPO?",
                     "setiap laporan polisi rata-rata menyelamatkan berapa orang?"):
        first = _first_line(assistant.ask(question).text)
        assert "3.2" in first or "3,2" in first, first


def test_a_law_asked_by_its_number_and_year_is_answered(assistant):
    # (Law 13/2006 on the protection of witnesses and victims)
    for question in ("UU perlindungan saksi dan korban nomor berapa tahun berapa?",
                     "What is the number of the law on the protection of witnesses and victims?"):
        first = _first_line(assistant.ask(question).text)
        assert "13" in first and "2006" in first, first


def test_the_law_of_a_period_is_the_one_named_with_the_period(assistant):
    # (the glossary: "The 2020–2024 plan was set by Perpres 19/2023. The previous plan (2015–2019) was a Permenko PMK
    # regulation (No. 2/2016)")
    for question in ("RAN PP-TPPO periode 2015-2019 ditetapkan lewat peraturan apa?",
                     "Which regulation set the 2015-2019 national action plan?"):
        first = _first_line(assistant.ask(question).text)
        assert "2/2016" in first and "19/2023" not in first, first
        assert first.count("(") == first.count(")"), first


def test_a_figure_credited_to_a_source_the_sentence_cites_for_another_is_corrected(assistant):
    # (the paper's list of figures: 52 and 172 (KBRI, 2022), 62 (Arbar, 2022), 267 (SBMI, 2023), 1,138 (Wardah,
    # 2023))
    for question, cited in (("the 62 WNI figure in the paper is from SBMI, right?", "Arbar"),
                            ("angka 267 kasus di paper itu dari KBRI kan?", "SBMI")):
        text = assistant.ask(question).text
        assert text.startswith(("The sources do not say", "Sumber-sumber tidak")), text[:200]
        assert cited in text, text[:600]
    # (the source the sentence does cite for it is no false premise)
    text = assistant.ask("the 267 reported cases in the paper are from SBMI, right?").text
    assert not text.startswith("The sources do not say"), text[:200]


def test_a_law_of_the_kind_the_question_names(assistant):
    # ("Perpres … nomor berapa" asks a presidential regulation: the glossary's "Law No. 21/2007" of the TPPO entry
    # is a statute, no answer; the RAN PP-TPPO was set by Perpres 19/2023)
    for question in ("Perpres yang mengatur RAN PP-TPPO itu nomor berapa tahun berapa?",
                     "perpres yg ngatur rencana aksi nasional TPPO itu nomor brp taun brp?"):
        first = _first_line(assistant.ask(question).text)
        assert ("19/2023" in first or "19 of 2023" in first) and "21/2007" not in first, first


def test_the_item_asked_by_its_place_in_the_list_comes_first(assistant):
    # (the paper's five strategies, in its order: 1) cooperation …, 2) the formation of special work teams …, 3)
    # strict implementation of government regulations, 4) strict implementation of the MoU …, 5) consistent
    # communication)
    for question, item in (("strategi keempat dari lima strategi Indonesia itu apa?", "MoU"),
                           ("What is the second of the five strategies Indonesia used?", "special work teams")):
        text = assistant.ask(question).text
        assert item in _first_line(text), text[:300]
        assert "consistent communication" in text, text[:600]  # (the whole list follows)


def test_what_a_body_or_term_replaced_is_the_name_after_the_word_of_succession(assistant):
    # (the glossary: BP2MI, "successor of BNP2TKI"; PMI, "it replaced the older TKI (Tenaga Kerja Indonesia)"; the
    # task force, "The Kapolri is daily chair (ketua harian), replacing the Minister of Women's Empowerment")
    for question, name in (("BP2MI itu penerus badan apa?", "BNP2TKI"),
                           ("What agency did BP2MI replace?", "BNP2TKI"),
                           ("istilah PMI menggantikan istilah apa?", "TKI"),
                           ("Who did the Kapolri replace as daily chair of the task force?", "Women's Empowerment")):
        first = _first_line(assistant.ask(question).text)
        assert name in first, first


def test_a_rank_label_given_for_a_year_the_sources_label_otherwise_is_corrected(assistant):
    # (the glossary: "Indonesia: Tier 2 (2017), Tier 2 Watch List (2022), Tier 2 again (2023)")
    for question, start in (("Why did Indonesia remain on the Tier 2 Watch List in the 2023 TIP report?",
                             "The sources do not"),
                            ("kenapa Indonesia masih di Tier 2 Watch List pada TIP Report 2023?",
                             "Sumber-sumber tidak")):
        text = assistant.ask(question).text
        assert text.startswith(start), text[:300]
    # (the year the sources give that label is no false premise)
    text = assistant.ask("Why was Indonesia put on the Tier 2 Watch List in the 2022 TIP report?").text
    assert not text.startswith("The sources do not"), text[:300]



def test_a_provision_a_question_asks_about_asserts_no_number(assistant):
    # (the Perpres 19/2023 digest: "**Article 7:** ministries and agencies may involve the public"; a sentence naming
    # its Article 4 does not say Article 7 is another)
    for question in ("What does Article 7 of Perpres 19/2023 say?", "What does Article 7 of Perpres 19/2023 allow?"):
        text = assistant.ask(question).text
        assert not text.startswith("The sources do not"), text[:300]
        assert "involve the public" in text, text[:600]
