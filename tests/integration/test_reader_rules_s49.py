"""Reader rules of the forty-eighth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_date_in_brackets_belongs_to_the_document_before_them(assistant):
    # (the glossary: "Perpres 69/2008 (…), amended by Perpres 22/2021 and Perpres 49/2023 (signed 10 Aug 2023)")
    for question in ("When was Perpres 22/2021 signed?", "trus Perpres 22/2021 diteken tgl brp?"):
        answer = assistant.ask(question)
        assert answer.refused and "10 Aug 2023" not in _first_line(answer.text), answer.text[:400]
    first = _first_line(assistant.ask("When was Perpres 49/2023 signed?").text)
    assert "10 Aug 2023" in first, first


def test_an_average_per_year_over_a_span_of_years(assistant):
    # (the paper: "from 2017 to 2022, 2,605 cases … were documented": six calendar years)
    for question in ("On average, how many trafficking cases per year did SIMFONI PPA record from 2017 to 2022?",
                     "data SIMFONI 2017-2022 itu rata2 brp kasus per tahun?"):
        first = _first_line(assistant.ask(question).text)
        assert "434" in first and "6" in first, first


def test_a_region_named_with_a_compass_word_is_a_constraint(assistant):
    # ("East Java" is in the store only as a university's place; no figure counts victims from it)
    answer = assistant.ask("How many of the Indonesian trafficking victims in Cambodia came from East Java?")
    assert answer.refused, answer.text[:400]


def test_a_sum_asked_in_a_currency_no_passage_uses(assistant):
    # (the sources give the fines in rupiah only)
    for question in ("How much is the Rp600 million maximum fine under Law 21/2007 in US dollars?",
                     "denda maksimal UU 21/2007 kalau dirupiahin ke dolar AS jadi brp?"):
        answer = assistant.ask(question)
        assert answer.refused, answer.text[:400]
        assert "120 million" not in _first_line(answer.text), answer.text[:400]


def test_a_word_with_a_bound_prefix(assistant):
    # (the glossary: "Perpres 69/2008 (anti-trafficking task force), amended by Perpres 22/2021 and …")
    answer = assistant.ask("Perpres 69/2008 tentang gugus tugas antiperdagangan orang diubah lewat Perpres apa aja?")
    assert not answer.refused and "22/2021" in answer.text, answer.text[:400]


def test_a_produced_thing_counted(assistant):
    # (the Polri digest: "According to the Kapolri, the meeting produced 16 documents.")
    answer = assistant.ask("berapa dokumen yang dihasilkan AMMTC ke-17 menurut Kapolri?")
    assert not answer.refused and "16" in _first_line(answer.text), answer.text[:400]


def test_who_did_an_act_no_sentence_tells(assistant):
    # (no passage says who funded the study; "a political and Government study" names no funder)
    for question in ("who funded this research?", "penelitian ini didanai siapa sih?"):
        answer = assistant.ask(question)
        assert answer.refused, answer.text[:400]


# round 2


def test_figures_asked_for_several_places_are_not_the_worlds(assistant):
    # (the Alifia digest: "at least 49.6 million people worldwide, including 29.3 million in Asia, 7 million in
    # Africa, 6.4 million in Europe and 5.1 million in the Americas")
    first = _first_line(assistant.ask("According to the ILO figures quoted in the Alifia thesis, how many people are "
                                      "in modern slavery in Europe and in the Americas?").text)
    assert "6.4 million" in first and "5.1 million" in first and "49.6" not in first, first


def test_a_span_of_years_the_sources_give_otherwise_is_corrected(assistant):
    # (the paper: SIMFONI PPA "shows that from 2017 to 2022, 2,605 cases …")
    for question in ("The paper's SIMFONI PPA figures cover 2015 to 2020, don't they?",
                     "data SIMFONI PPA yg dikutip paper itu periode 2016-2021 kan?"):
        answer = assistant.ask(question)
        assert answer.corrected and "2017" in answer.text, answer.text[:400]
    # (the span it gives is confirmed, not corrected)
    answer = assistant.ask("The paper's SIMFONI PPA figures cover 2017 to 2022, right?")
    assert not answer.corrected and not answer.refused, answer.text[:400]


def test_a_number_that_labels_is_no_count(assistant):
    # ("the hotline number of …", "the phone number of …": an identifier the sources never give, not a count)
    for question in ("quick q: whats the hotline number of KBRI phnom penh?",
                     "What is the phone number of the Indonesian Embassy in Phnom Penh?"):
        answer = assistant.ask(question)
        assert answer.refused, answer.text[:400]
    first = _first_line(assistant.ask("What is the total number of trafficking cases SIMFONI PPA documented from 2017 "
                                      "to 2022?").text)
    assert "2,605" in first, first


# round 3


def test_how_many_times_one_figure_is_another(assistant):
    # (the paper: "62 Indonesian citizens are victims …", "1,138 Indonesian citizens who are victims …": 1,138 ÷ 62)
    first = _first_line(assistant.ask("The paper's 1,138 victims (Wardah 2023) is how many times larger than the 62 "
                                      "(Arbar 2022)?").text)
    assert "18.4" in first and "1,138" in first and "62" in first, first
    # (where the two are not quoted together, no third figure stands for their ratio: the KBRI digest's 52)
    first = _first_line(assistant.ask("1.138 di VOA itu brp kali lipat dr 62 yg di CNBC?").text)
    assert not first.startswith("Singkatnya: 52"), first


def test_a_sales_number_labels(assistant):
    # (the UNODC digest: "United Nations publication, Sales No. E.20.IV.3"; the glossary's 148 countries are no
    # such number)
    first = _first_line(assistant.ask("What is the UN sales number of the UNODC 2020 report?").text)
    assert "148" not in first, first


def test_a_span_between_documents_is_not_dated_by_another_documents_date(assistant):
    # (the glossary: "Perpres 69/2008 (…), amended by Perpres 22/2021 and Perpres 49/2023 (signed 10 Aug 2023)":
    # 2008 to 2021 is 13 years; the 10 Aug 2023 is Perpres 49/2023's)
    first = _first_line(assistant.ask("Berapa tahun selang antara Perpres 69/2008 tentang gugus tugas antiperdagangan "
                                      "orang dan perubahan pertamanya, Perpres 22/2021?").text)
    assert "13" in first and "2023" not in first, first
    first = _first_line(assistant.ask("How many years passed between Perpres 69/2008 and its amendment by Perpres "
                                      "22/2021?").text)
    assert "13" in first and "2023" not in first, first
