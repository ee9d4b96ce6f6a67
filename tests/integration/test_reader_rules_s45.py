"""Reader rules of the forty-fourth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_an_indonesian_interrogative_is_no_term_a_count_must_hold(assistant):
    # ("ada berapa": "berapa" renders as "number", which is no term of the kidney case's victims; 172 counts the
    # KBRI's repatriated workers)
    first = _first_line(assistant.ask("ada berapa korban di kasus ginjal kamboja?").text)
    assert "122" in first and "172" not in first, first


def test_a_sum_of_money_written_as_a_range_keeps_both_ends(assistant):
    # ("Rp120–600 million": the currency glued to the first end is no reason to drop it)
    first = _first_line(assistant.ask("whats the fine range under UU 21/2007?").text)
    assert "120" in first and "600" in first, first


def test_of_labelled_dates_the_labels_asked_are_answered(assistant):
    # ("Received Feb 22, 2024 Revised Mar 18, 2024 Accepted May 03, 2024")
    first = _first_line(assistant.ask("When was the paper received and accepted?").text)
    assert "Feb 22, 2024" in first and "May 03, 2024" in first and "Mar 18" not in first, first


def test_an_edition_asked_selects_the_place_of_its_own_clause(assistant):
    # ("42nd ASEAN Summit (Labuan Bajo, May 2023); 43rd Summit in Jakarta, Sept 2023")
    first = _first_line(assistant.ask("KTT ASEAN ke-42 diadakan di mana dan kapan?").text)
    assert "Labuan Bajo" in first and "Jakarta" not in first, first


def test_a_common_word_opening_a_message_is_no_part_of_a_name(assistant):
    # ("Berita CNBC …": the news of CNBC; "Berita CNBC" is no name a passage must hold)
    answer = assistant.ask("Berita CNBC (Arbar 2022) bilang berapa WNI yg jadi korban?")
    assert not answer.refused and "62" in _first_line(answer.text), answer.text[:400]


def test_a_law_a_state_issues_speaks_of_that_state(assistant):
    # (the digest of Law 21/2007, whose author is the Republic of Indonesia, gives its penalty in Indonesia)
    answer = assistant.ask("apa hukuman maksimal buat pelaku TPPO di indonesia?")
    assert not answer.refused and "15" in _first_line(answer.text), answer.text[:400]


def test_the_two_ends_of_a_change_come_from_one_sentence_and_measure_one_thing(assistant):
    # (9.4% → 8.7% past-12-month prevalence; not the 2021 lifetime prevalence, 26.1%, against the 2016 past-year one)
    for question in (
            "selisih prevalensi kekerasan thd perempuan 12 bulan terakhir antara survei 2016 dan 2021 brp poin?",
            "By how many points did past-year violence against women fall from the 2016 to the 2021 survey?"):
        first = _first_line(assistant.ask(question).text)
        assert "0.7" in first and "26.1" not in first, first


def test_a_share_asked_in_indonesian_has_no_head_of_its_own(assistant):
    # ("berapa persentase anak, perempuan …": the shares of the groups named, given in the sentence after the total)
    answer = assistant.ask("Menurut paper, berapa persentase anak, perempuan, dan laki-laki di antara 2.605 kasus TPPO "
                           "yang tercatat di SIMFONI PPA?")
    assert not answer.refused and "50.97" in answer.text, answer.text[:400]


def test_a_country_chapter_speaks_of_that_countrys_government(assistant):
    answer = assistant.ask("Apa saja langkah pemerintah Kamboja yang diakui TIP Report 2023?")
    assert not answer.refused, answer.text[:400]


def test_the_corresponding_author_is_asked_in_indonesian_too(assistant):
    # (the interrogative last, as Indonesian often puts it: "penulis korespondensi" asks about the document too)
    answer = assistant.ask("penulis korespondensi paper ini siapa ya? dari kampus mana?")
    assert not answer.refused and "Hanny" in answer.text, answer.text[:400]


def test_the_papers_authors_named_together_point_at_the_paper(assistant):
    # ("according to Pratiwi & Sukandar": not the four strategies of Pratiwi & Yunda (2020), which the paper cites)
    question = "for my essay: what are the five strategies Indonesia used according to Pratiwi & Sukandar?"
    text = assistant.ask(question).text
    assert "Palermo" not in text and "consistent communication" in text, text[:400]


def test_how_many_years_asks_a_duration(assistant):
    # (a date, "August 22 2023", is no number of years)
    answer = assistant.ask("MoU polisi Indonesia-Kamboja itu berlaku berapa tahun sih?")
    assert answer.refused and "tahun" in _first_line(answer.text), answer.text[:400]


def test_a_signing_asked_in_indonesian_is_not_mistaken_for_a_handing_over(assistant):
    # ("tanda tangan" is a signature, not "hand": the MoU signed there is no premise contradicted by ACTIP's signing
    # in Kuala Lumpur, where the Prime Minister "handed the signed text")
    answer = assistant.ask("siapa yg tanda tangan MoU sama kamboja di labuan bajo?")
    assert "Kuala Lumpur" not in answer.text, answer.text[:400]


def test_a_year_asserted_of_one_event_is_checked_against_that_events_clause(assistant):
    # ("Signed … on 21 Nov 2015 (27th ASEAN Summit); entered into force on 8 March 2017": 2015 dates the signing)
    answer = assistant.ask("Why did ACTIP enter into force in 2015?")
    assert answer.corrected and "2017" in answer.text, answer.text[:400]
    assert not assistant.ask("Why was ACTIP signed in 2015?").corrected


def test_a_sentence_setting_out_a_scale_of_ranks_assigns_none(assistant):
    # ("Each country chapter ends in a tier placement (Tier 1, Tier 2, Tier 2 Watch List, Tier 3)": no tier of
    # Indonesia's)
    text = assistant.ask("What tier was Indonesia in the US 2023 Trafficking in Persons report?").text
    assert "In short: Tier 1" not in text, text[:400]


def test_a_sum_takes_its_figures_from_one_sentence_when_one_gives_several(assistant):
    # (46.14% women + 2.89% men of the paper's SIMFONI data; not with UNODC's "girls 19% … adult men 20%")
    first = _first_line(assistant.ask("kalau persentase perempuan dan laki2 di data SIMFONI dijumlah jadi brp?").text)
    assert "49.03" in first and "19%" not in first, first


def test_a_share_of_a_given_total_reads_the_sentence_after_the_total(assistant):
    # (the 2,605 cases, then "Around 50.97% were children …", which the reader had not chosen to quote; it is quoted)
    answer = assistant.ask("dari 2.605 kasus itu, kira2 brp anak yg jadi korban?")
    assert "1,328" in _first_line(answer.text) and "50.97% were children" in answer.text, answer.text[:400]


def test_a_span_from_one_sources_dates_leads_a_span_mixing_two(assistant):
    # (the paper's 5 July to its 23 July is 18 days; the POLRI digest's 5 June, which it gives in place of 5 July, to
    # the paper's 23 July is neither source's span)
    question = "How long after the Satgas TPPO was formed did it uncover the kidney syndicate?"
    first = _first_line(assistant.ask(question).text)
    assert "18 days" in first and "48" not in first, first


def test_a_gap_in_points_asks_a_difference_of_two_figures_of_one_sentence(assistant):
    # (UNODC's "50% … sexual exploitation, 38% for forced labour": not the paper's 83% of women in Southeast Asia)
    first = _first_line(assistant.ask(
        "how big is the gap between the shares of sexual exploitation and forced labour in UNODC 2020?").text)
    assert "12" in first and "83" not in first, first
