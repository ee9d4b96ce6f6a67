"""Reader rules of the fifty-fifth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line

_CORRECTED = ("The sources do not", "Sumber-sumber tidak")


def test_an_interaction_placed_at_a_numbered_meeting_it_was_not_signed_at_is_corrected(assistant):
    # (the police MoUs were signed at the 17th AMMTC in Labuan Bajo; no sentence tells an MoU of the 42nd or 43rd
    # Summit. In Indonesian "MoU" is the interaction's own name, as "MoUs" is no longer one in English)
    for question in ("Kenapa Indonesia meneken MoU kepolisian di KTT ASEAN ke-42 di Labuan Bajo?",
                     "Mengapa Indonesia meneken enam MoU kepolisian pada KTT ASEAN ke-43?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(_CORRECTED), first
    # (the meeting it was signed at is no false premise)
    first = _first_line(assistant.ask("Kenapa Indonesia menandatangani MoU polisi dengan Kamboja di AMMTC "
                                      "ke-17?").text)
    assert not first.startswith(_CORRECTED), first


def test_an_assertion_dating_two_acts_is_checked_act_by_act(assistant):
    # (ACTIP: signed 21 Nov 2015, in force 8 March 2017; a claim that swaps the two years holds each year somewhere
    # in the same entry, but each beside the other act)
    for question in ("Is it true ACTIP was signed in 2017 and entered into force in 2015?",
                     "ACTIP ditandatangani pada 2017 lalu berlaku pada 2015 ya?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(_CORRECTED), first
    first = _first_line(assistant.ask("ACTIP was signed in 2015 and entered into force in 2017, right?").text)
    assert not first.startswith(_CORRECTED), first


def test_a_town_of_the_gazetteer_typed_in_lower_case_is_a_place_the_answer_must_hold(assistant):
    # (the glossary names Poipet only as a place of scam compounds; no figure of rescues there in 2023)
    first = _first_line(assistant.ask("how many WNI were freed from the scam compounds in poipet in 2023?").text)
    assert first.startswith("The knowledge base does not"), first


def test_the_bound_the_asking_sentence_names_decides_over_a_statement_beside_it(assistant):
    # (Law 21/2007: 3 to 15 years' prison; "minimalnya" carries the enclitic, and the sentence after it names the
    # maximum only as what the paper states)
    first = _first_line(assistant.ask("hukuman penjara minimalnya di UU 21/2007 brp tahun? di paper cuma ada "
                                      "maksimal").text)
    assert "3" in first, first
    assert "up to 15" not in first, first


def test_a_term_a_single_letter_opens_is_a_term_the_sources_never_use(assistant):
    # ("h-index": the store speaks of indexes, the gender development index and the social functioning index,
    # never of an h-index)
    for question in ("what's the h-index of rudi sukandar?", "h-index nya hanny pratiwi berapa?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(("The knowledge base does not", "Basis pengetahuan tidak")), first
        assert "h-index" in first, first


def test_a_noun_of_a_measure_is_no_term_of_the_event_a_question_asks_about(assistant):
    # (the UNODC digest: of every 10 victims, about five adult women and two girls; it never uses "share" near
    # "female", which is no reason to deny that the report speaks of it)
    text = assistant.ask("what does the UNODC global report 2020 actually say about the proportion of female "
                         "victims?").text
    assert not text.startswith("The sources do not"), text[:400]
    assert "two were girls" in text or "two girls" in text, text[:1200]


def test_a_place_that_qualifies_a_total_is_the_total_s_not_the_part_s(assistant):
    # (SIMFONI PPA: 2,605 cases documented in Indonesia, 2.89% of them men: "in Indonesia" says where the total was
    # counted, and the sentence of the total names it; the part's own figure need not)
    first = _first_line(assistant.ask("about how many of the 2,605 TPPO cases documented in Indonesia were men?").text)
    assert "75" in first, first


def test_a_total_asked_of_two_groups_the_question_joins_is_their_sum(assistant):
    # (IOM 2017, in the paper: 970 girls and 5,907 other women; no passage gives their total, 6,877)
    for question in ("how many female victims in total, girls and women, did IOM record in 2017?",
                     "berapa total korban perempuan (anak perempuan dan perempuan dewasa) menurut data IOM 2017?"):
        first = _first_line(assistant.ask(question).text)
        assert "6,877" in first or "6.877" in first, first


def test_a_superlative_measured_by_a_noun_for_figures_still_asks_a_ranking(assistant):
    # (no passage ranks provinces by the victims they send; "the highest number of" measures what is ranked, unlike
    # "which of these figures is the largest")
    for question in ("which provinces send the highest numbers of victims to cambodia?",
                     "Which Indonesian provinces sent the largest numbers of trafficking victims to Cambodia in 2023?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith("The knowledge base does not"), first


def test_an_affiliation_asserted_of_the_paper_s_authors_in_lower_case_is_checked_against_the_front_matter(assistant):
    # (the authors are at the LSPR Institute of Communication & Business; "the paper's authors" asks about the
    # document as "the authors of the paper" does, and a body typed in lower case is still a body)
    for question in ("the paper's authors are from universitas indonesia, correct?",
                     "penulis paper ini dari universitas airlangga kan?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(_CORRECTED), first
    text = assistant.ask("the paper's authors are from lspr right?").text
    assert not text.startswith(_CORRECTED), text[:300]
    assert "LSPR Institute" in text, text[:300]


def test_an_official_of_a_body_named_before_the_word_is_the_holder_of_any_of_its_offices(assistant):
    # (the Polri digest: "Polri's public-relations bureau chief (Karo Penmas), Brig. Gen. Ahmad Ramadhan, said the
    # MoUs strengthen bilateral police ties"; English names the body before "official", as "pejabat Polri" after)
    for question in ("which Polri official explained what the six MoUs are for?",
                     "Which Polri officer said the MoUs strengthen bilateral police ties?"):
        first = _first_line(assistant.ask(question).text)
        assert "Ahmad Ramadhan" in first, first


def test_a_name_built_with_the_thing_s_word_before_it_names_that_thing(assistant):
    # (the Polri digest: "at the Hotel Meruorah, the Kapolri signed …": a hotel is named, its word first)
    text = assistant.ask("what's the name of the hotel where the Kapolri signed the MoUs in Labuan Bajo?").text
    assert not text.startswith("The knowledge base does not"), text[:300]
    assert "Hotel Meruorah" in text, text[:1500]


def test_a_span_from_a_date_the_question_gives_is_not_computed_between_two_other_dates(assistant):
    # (no passage gives 1 January 2020; a span from October 2019, or between the Perpres's signing and its press
    # report, measures something else)
    for question in ("Suppose the action plan began on 1 January 2020: how long had it been in force when Perpres "
                     "19/2023 was signed?",
                     "If the plan period started on 1 January 2020, how long had it been running when Perpres 19/2023 "
                     "was signed?"):
        text = assistant.ask(question).text
        assert "computed" not in text, text[:400]


def test_a_country_asserted_to_hold_the_chair_of_an_event_is_checked_against_the_sentence_naming_its_chair(assistant):
    # (the paper: "one of the deliverables of the Indonesian Chairmanship issued the ASEAN Leaders' Declaration …";
    # ACTIP was signed at the 27th Summit under Malaysia's chairmanship)
    for question in ("why was the declaration on trafficking caused by the abuse of technology adopted under "
                     "cambodia's chairmanship?",
                     "kenapa ACTIP ditandatangani di bawah keketuaan Indonesia?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(_CORRECTED), first
    first = _first_line(assistant.ask("why was the declaration on technology-driven trafficking adopted under "
                                      "Indonesia's chairmanship?").text)
    assert not first.startswith(_CORRECTED), first


def test_a_group_no_passage_names_before_a_noun_of_people_is_not_counted(assistant):
    # (no passage speaks of Rohingya; typed in lower case it is no name, but still a group the sources never count)
    first = _first_line(assistant.ask("how many rohingya victims in cambodia does the paper count").text)
    assert first.startswith("The knowledge base does not"), first
    assert "rohingya" in first, first


def test_a_store_acronym_typed_in_lower_case_names_its_data(assistant):
    # (SIMFONI PPA: 46.14% women, 2.89% men; "simfoni" in lower case is also a dictionary word)
    first = _first_line(assistant.ask("di data simfoni, selisih persentase korban perempuan dan laki-laki berapa "
                                      "poin?").text)
    assert "43.25" in first or "43,25" in first, first


def test_another_account_s_date_is_of_the_same_event_only_when_it_names_the_same_bodies(assistant):
    # (the Kemenko PMK's RAN evaluation meeting was on 6 November 2023; the paper's "On September 4 2023, the
    # Indonesian Embassy … met with the Head of the Phnom Penh Regional Police" is another meeting)
    text = assistant.ask("where and when was the kemenko pmk meeting that wahyu 2023 reports held?").text
    assert "6 Nov" in _first_line(text), text[:300]
    assert "another date" not in text, text[:600]


def test_a_confirmation_opener_asserts_nothing_itself(assistant):
    # (the paper: the 2017 TIP report states that Indonesia plays a role as "a source, destination and main transit
    # route"; "is it true", with "that" or without it, is no term of the claim)
    for question in ("is it true the paper says the 2017 tip report calls indonesia a main transit route?",
                     "is it correct the paper says the 2017 TIP report calls Indonesia a main transit route?"):
        first = _first_line(assistant.ask(question).text)
        assert not first.startswith(_CORRECTED), first


def test_an_interaction_between_countries_no_sentence_tells_with_its_word_is_not_reported(assistant):
    # (the sources tell police MoUs of Cambodia, Malaysia, Singapore, Laos, Thailand and Viet Nam; none of the
    # Philippines, whom they name only at the 43rd Summit)
    for question in ("what does the paper say about the philippines-indonesia mou on trafficking?",
                     "apa isi MoU antara Indonesia dan Filipina soal TPPO?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(("The knowledge base does not", "Basis pengetahuan tidak")), first
    first = _first_line(assistant.ask("what did the Indonesia-Cambodia MoU cover?").text)
    assert not first.startswith("The knowledge base does not"), first
