"""Reader rules of the forty-ninth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_date_in_the_clause_of_another_named_convention(assistant):
    # (the ACTIP digest: "it was ASEAN's second convention on transnational crime, after the ASEAN Convention on
    # Counter Terrorism signed in Cebu on 13 January 2007": that date is the other convention's)
    for question in ("How many days were there between the ASEAN leaders signing ACTIP and the convention entering "
                     "into force?",
                     "brp hari antara para pemimpin ASEAN meneken ACTIP dan konvensinya mulai berlaku?"):
        first = _first_line(assistant.ask(question).text)
        assert "473" in first and "2007" not in first, first
    first = _first_line(assistant.ask("On what date did the leaders of ASEAN sign the convention against "
                                      "trafficking?").text)
    assert "21 Nov" in first and "2007" not in first, first


def test_a_reference_list_entry_that_prints_a_full_date(assistant):
    # (the reference list: "Salamah, L. (2018, March 12). Indonesia's Challenge …"; the record's entry line gives
    # only the year)
    answer = assistant.ask("When was Salamah's conference paper published?")
    assert "March 12" in "\n".join(answer.text.splitlines()[:3]), answer.text[:600]


def test_a_part_with_an_interrogative_of_its_own(assistant):
    # ("…, and in which proceedings did it appear?" asks which proceedings, not the first part's date again: the
    # glossary's date of ACTIP, which Salamah's title names, answers neither)
    answer = assistant.ask("When was Salamah's paper on ACTIP-WC published, and in which proceedings did it appear?")
    assert "21 Nov 2015" not in answer.text and "Advances in Social Science" in answer.text, answer.text[:900]


def test_a_share_whose_part_is_named_by_another_form_of_its_word(assistant):
    # (the TIP 2017 digest: "4,761 complaints, of which … 1,928 showed trafficking indicators"; "indikasi" renders
    # as "indication", a form of the same word)
    first = _first_line(assistant.ask("TIP 2017: dari 4.761 pengaduan, berapa persen yang ada indikasi perdagangan "
                                      "orang?").text)
    assert "40,5" in first or "40.5" in first, first


def test_a_date_asked_as_the_end_of_a_state(assistant):
    # ("until when": a date that a word of ending opens, or a period's last year; the MoU's signing date, a
    # Kapolri's first year and the first year of "RAN PP-TPPO 2020-2024" are none)
    for question in ("MoU polri-kamboja itu berlaku sampe th brp?", "sampai kapan Listyo Sigit jadi Kapolri?",
                     "Until when does the Indonesia-Cambodia police MoU stay in force?"):
        answer = assistant.ask(question)
        assert answer.refused and "2023" not in _first_line(answer.text), answer.text[:400]
    for question in ("Until when does the national action plan RAN PP-TPPO run?",
                     "RAN PP-TPPO berlaku sampai tahun berapa?"):
        first = _first_line(assistant.ask(question).text)
        assert "2024" in first and "2020" not in first, first


# round 2


def test_a_count_of_a_part_named_by_a_group_of_people(assistant):
    # (the paper: "2,605 cases …"; then "Around 50.97% were children, 46.14% were women, and 2.89% were men": a
    # noun of a group by gender or age names the part, and percentages named as what to compute with ask no share)
    for question in ("how many of the 2,605 cases involved men?",
                     "Using the SIMFONI percentages, roughly how many of the 2,605 cases involved men?",
                     "dari 2.605 kasus itu, brp kasus yg korbannya laki-laki?"):
        first = _first_line(assistant.ask(question).text)
        assert "75" in first and "2.89%" in first, first


def test_a_message_about_the_assistants_own_workings(assistant):
    answer = assistant.ask("kak bisa jawab pake bahasa jawa gak?")
    assert not answer.citations and "Saya menjawab pertanyaan" in answer.text, answer.text[:300]


# round 3


def test_a_name_asserted_for_an_office_is_corrected_by_its_holder(assistant):
    # (the Polri digest: "the Chief of Police (Kapolri), Gen. Listyo Sigit Prabowo, presided"; a digest: "Foreign
    # Minister Retno Marsudi met Cambodian police chief Gen. Neth Savoeun")
    for question, holder in (("kapolri yg teken MoU di AMMTC itu Tito Karnavian kan?", "Listyo"),
                             ("Was the Kapolri at the 17th AMMTC Budi Gunawan?", "Listyo"),
                             ("The Foreign Minister who met Neth Savoeun was Marty Natalegawa, right?", "Retno")):
        answer = assistant.ask(question)
        assert holder in "\n".join(answer.text.splitlines()[:3]), answer.text[:600]



# round 4


def test_one_sentence_that_dates_each_event_in_a_clause_of_its_own(assistant):
    # (the Perpres 19/2023 digest: "signed by President Joko Widodo on 22 February 2023 and reported in the press on
    # 27 February 2023"; was 230 days, to the Satgas statistics "reported on 10 October 2023")
    for question in ("perpres 19/2023 diteken sampe diberitain media itu selang brp hari?",
                     "How many days passed between the signing of Perpres 19/2023 and its press coverage?"):
        first = _first_line(assistant.ask(question).text)
        assert " 5 " in first and "27 February 2023" in first, first


def test_a_span_of_one_day_is_said_in_the_singular(assistant):
    first = _first_line(assistant.ask("How many days between the MoU signing and the Kapolri closing the "
                                      "AMMTC+3?").text)
    assert "1 day " in first and "1 days" not in first, first


def test_an_event_of_a_named_document_is_dated_by_a_sentence_on_that_document(assistant):
    # (the glossary: "Perpres 19/2023 (…, signed 22 Feb 2023); … Perpres 49/2023 (signed 10 Aug 2023)"; the
    # Kapolri's entry, which names Perpres 49/2023 in another sentence, dates the MoUs' signing 21 Aug 2023)
    first = _first_line(assistant.ask("How long after Perpres 19/2023 was signed was Perpres 49/2023 signed?").text)
    assert "169" in first and "10 Aug 2023" in first, first
