"""Reader rules of the thirty-ninth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_an_average_per_month_is_the_total_over_the_months_it_covers(assistant):
    answer = assistant.ask("On average, how many people a month did the Satgas TPPO rescue after it was formed?")
    first = _first_line(answer.text)
    assert "2,778" in first and "694.5" in first, answer.text[:400]


def test_an_average_per_year_is_the_total_over_the_years_it_covers(assistant):
    answer = assistant.ask("rata-rata berapa kasus online scam per tahun yang ditangani Indonesia menurut Menlu Retno?")
    first = _first_line(answer.text)
    assert "2,700" in first and "900" in first, answer.text[:400]


def test_how_big_a_part_asks_a_share(assistant):
    answer = assistant.ask("di negara berpendapatan rendah, brp bagian korban yg anak2 menurut UNODC?")
    assert "half" in _first_line(answer.text), answer.text[:400]


def test_who_poses_as_someone_is_read_in_either_language(assistant):
    answer = assistant.ask("sindikat dari negara mana yg nyamar jd agen tenaga kerja di kamboja?")
    assert "China" in _first_line(answer.text), answer.text[:400]


def test_a_body_named_by_a_capitalised_abbreviation_is_found(assistant):
    answer = assistant.ask("quick q: when did the State Dept release the 2023 TIP report?")
    assert not answer.refused and "June" in _first_line(answer.text), answer.text[:400]


def test_a_comparison_of_two_events_asserts_no_event_of_theirs_together(assistant):
    answer = assistant.ask("Apa bedanya KTT ASEAN ke-42 dan AMMTC ke-17 yang sama-sama diadakan di Labuan Bajo, dari "
                           "segi waktu, tingkat pertemuan, dan hasil soal perdagangan orang?")
    assert not answer.refused, answer.text[:400]


def test_an_attribute_no_passage_on_its_subject_speaks_of_is_refused(assistant):
    # ("population" is a word of the store, but of no passage on Cambodia)
    answer = assistant.ask("What's the population of Cambodia?")
    assert answer.refused and "population" in _first_line(answer.text), answer.text[:400]
    # (an attribute the passages on the subject do give is answered)
    answer = assistant.ask("What is the headquarters of the Satgas TPPO?")
    assert not answer.refused or "headquarters" in _first_line(answer.text), answer.text[:400]


def test_the_time_between_two_days_the_message_gives_takes_the_dates_that_match_them(assistant):
    # (the digest's 5 June 2023, not the paper's July 5 2023 for the same event)
    answer = assistant.ask("satgas TPPO dibentuk 5 juni, angka 2.778 diumumin 10 oktober, itu brp bulan?")
    first = _first_line(answer.text)
    assert "127" in first and "5 June 2023" in first, answer.text[:400]


def test_a_negation_the_sources_state_too_is_no_reversed_premise(assistant):
    answer = assistant.ask("Why does the SBMI digest say the 267 figure might not be trafficking cases at all?")
    assert not answer.refused, answer.text[:400]
    assert "not legally confirmed" in answer.text, answer.text[:900]


def test_what_the_paper_cites_a_work_for_is_the_sentence_that_cites_it(assistant):
    answer = assistant.ask("Salamah 2018 dikutip paper buat bilang apa?")
    assert "still high (Salamah, 2018)" in answer.text.split("\n")[1] + _first_line(answer.text), answer.text[:600]
    answer = assistant.ask("What does the paper cite Bakker et al. (2020) for?")
    assert "collaborating with the United States" in answer.text[:600], answer.text[:600]


def test_a_refusal_for_a_figure_of_another_kind_names_what_was_asked(assistant):
    answer = assistant.ask("What was the Satgas TPPO's operating budget in 2023?")
    assert answer.refused and "budget" in _first_line(answer.text), answer.text[:400]
    answer = assistant.ask("berapa anggaran Satgas TPPO tahun 2023?")
    assert answer.refused and "anggaran" in _first_line(answer.text), answer.text[:400]


def test_an_actor_asked_of_a_thing_no_passage_speaks_of_is_refused(assistant):
    answer = assistant.ask("Who won Indonesia's 2024 presidential election?")
    assert answer.refused and "election" in _first_line(answer.text), answer.text[:400]


def test_a_name_after_the_office_the_question_names_is_who_it_asks_for(assistant):
    # (a name ending in capitals, "Mahfud MD", is a name; the part asking "where" asks for no other doer)
    answer = assistant.ask("Who was Indonesia's Coordinating Minister who urged ASEAN sectoral bodies to implement the "
                           "declaration, and where?")
    assert _first_line(answer.text).startswith("In short: Coordinating Minister Mahfud MD"), answer.text[:400]


def test_a_figure_asserted_of_a_full_year_is_corrected_with_the_span_the_sources_give(assistant):
    answer = assistant.ask("The paper says the Satgas TPPO rescued 2,778 people in its first full year - is that a "
                           "lot for a year?")
    assert "four months" in answer.text[:600] and "do not say" in _first_line(answer.text), answer.text[:600]
