"""Reader rules of the forty-first session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_complex_preposition_names_no_place(assistant):
    # ("in connection with" is a preposition of three words, not a place called "connection")
    answer = assistant.ask("What did CamboJA report in connection with the scam compounds in Cambodia?")
    assert "connection" not in _first_line(answer.text) and not answer.refused, answer.text[:400]


def test_a_word_whose_derived_form_the_sources_use_is_known(assistant):
    # ("kewarganegaraan" is rendered "citizenship", "nationality": the paper writes "national identity")
    answer = assistant.ask("Kenapa anak tanpa kewarganegaraan bisa bertambah menurut paper?")
    assert not answer.refused and "national identity" in answer.text, answer.text[:600]


def test_an_english_word_the_sources_write_as_an_indonesian_loanword_is_known(assistant):
    # ("university": the digest names "Universitas Muhammadiyah Malang")
    answer = assistant.ask("Which university is Naufal Fikhri Khairi from?")
    assert not answer.refused and "Muhammadiyah Malang" in answer.text, answer.text[:600]


def test_a_kind_of_place_asked_is_known_when_the_sources_name_places_of_that_kind(assistant):
    answer = assistant.ask("Which Indonesian city is named as one end of the kidney trade with Cambodia?")
    assert not answer.refused and "Bekasi" in answer.text, answer.text[:600]


def test_a_body_spelled_out_with_its_country_is_also_named_by_the_countrys_adjective(assistant):
    # (KBRI is the "Embassy of the Republic of Indonesia"; the paper writes "the Indonesian Embassy")
    answer = assistant.ask("brp laporan yg diterima KBRI Phnom Penh sejak 21 April 2021?")
    assert not answer.refused and "75" in _first_line(answer.text), answer.text[:600]


def test_a_past_tense_verb_ends_the_noun_counted(assistant):
    answer = assistant.ask("About how many participants attended the 17th AMMTC in Labuan Bajo?")
    assert "275" in _first_line(answer.text), answer.text[:400]


def test_asking_what_kinds_of_questions_it_takes_is_conversation(assistant):
    answer = assistant.ask("Hi there! What kinds of questions can you help me with?")
    assert "I answer questions about one paper" in answer.text, answer.text[:400]


def test_a_law_the_question_names_by_number_and_year_is_dated_by_that_year_in_a_span(assistant):
    answer = assistant.ask("How many years passed between the LPSK starting its work and Law 31/2014?")
    first = _first_line(answer.text)
    assert "6 years" in first and "2008" in first and "2014" in first, answer.text[:400]


def test_a_total_stated_first_and_pointed_back_to_is_the_whole_of_the_part_asked(assistant):
    # (the sources give 1,138 only as a total: no figure of another group answers for its men)
    answer = assistant.ask("1.138 WNI korban online scam itu brp yg laki-laki?")
    assert answer.refused and "62" not in _first_line(answer.text), answer.text[:400]
    assert "1,138" in answer.text, answer.text[:600]


def test_a_refusals_closest_passage_keeps_the_clause_with_the_questions_figure(assistant):
    answer = assistant.ask("out of the 1,138 Indonesians VOA says were brought home, how many were children?")
    assert answer.refused and "1,138" in answer.text, answer.text[:600]


def test_where_a_report_places_or_ranks_a_country_asks_its_rank(assistant):
    answer = assistant.ask("Where did the 2023 TIP report rank Cambodia?")
    assert "Tier 3" in _first_line(answer.text), answer.text[:400]
    # (no place is given as the rank: where retrieval finds no sentence with the rank, the answer says so)
    for question, place in (("Where was Indonesia placed in the 2022 TIP report?", "Phnom Penh"),
                            ("Indonesia ditempatkan di mana dalam laporan TIP 2017?", "Cambodia")):
        answer = assistant.ask(question)
        assert place not in _first_line(answer.text), answer.text[:400]


def test_a_result_that_points_back_brings_the_sentence_it_follows_from_as_the_reason(assistant):
    # ("The impact of this situation is …": the situation, told in the sentence before, is why)
    answer = assistant.ask("Kenapa anak tanpa kewarganegaraan bisa bertambah menurut paper?")
    assert "illegal networks" in answer.text.split("national identity")[0], answer.text[:600]


def test_whether_the_paper_mentions_something_a_digest_says_it_omits_is_answered_no(assistant):
    answer = assistant.ask("Does the paper mention Indonesia's tier in the 2023 TIP report?")
    first = _first_line(answer.text)
    assert first.startswith("No") and "does not mention Indonesia's tier" in answer.text, answer.text[:600]
    answer = assistant.ask("paper ini bahas tanggal rapat pertama WG on GTCM gak?")
    assert _first_line(answer.text).startswith("Tidak") and "does not give the date" in answer.text, answer.text[:600]


def test_whether_the_paper_mentions_something_it_speaks_of_is_answered_yes(assistant):
    answer = assistant.ask("Does the paper discuss the kidney trade between Bekasi and Cambodia?")
    assert _first_line(answer.text).startswith("Yes") and "kidney" in answer.text, answer.text[:600]
    answer = assistant.ask("emang paper nyebut Preah Ket Mealea Hospital?")
    assert _first_line(answer.text).startswith("Ya") and "Preah Ket Mealea" in answer.text, answer.text[:600]


def test_whether_the_paper_mentions_something_only_other_passages_name_is_answered_no(assistant):
    answer = assistant.ask("emang paper ini nyebut Timor Leste?")
    assert _first_line(answer.text).startswith("Tidak") and "Timor-Leste" in answer.text, answer.text[:600]
    answer = assistant.ask("Does the paper mention Timor-Leste?")
    assert _first_line(answer.text).startswith("No") and "Timor-Leste" in answer.text, answer.text[:600]


def test_what_a_cited_work_without_a_digest_is_about_comes_from_its_reference_record(assistant):
    answer = assistant.ask("Which Indonesian province does Daniel et al. (2017) study?")
    assert "reference record" in _first_line(answer.text) and "Nusa Tenggara Timur" in answer.text, answer.text[:600]
    answer = assistant.ask("Sa'diyah dkk 2021 itu neliti novel apa?")
    assert "Jatisaba" in answer.text and not answer.refused, answer.text[:600]
    # (a work with a digest is answered from the digest, as before)
    answer = assistant.ask("What does Snyder (2019) argue about literature reviews?")
    assert "reference record" not in _first_line(answer.text), answer.text[:600]


def test_each_part_coordinated_after_a_partitive_is_a_part_of_its_total(assistant):
    # ("4,761 complaints, of which 56 were confirmed … and 1,928 showed trafficking indicators")
    answer = assistant.ask("What percentage of the 4,761 complaints logged in the 2017 TIP report digest showed "
                           "trafficking indicators?")
    assert "40.5%" in _first_line(answer.text), answer.text[:600]


def test_a_correction_of_a_place_keeps_the_place_each_quoted_sentence_gives(assistant):
    # (the glossary entry was cut before "First meeting: Jakarta, 20 March 2023")
    answer = assistant.ask("Kenapa rapat perdana WG on GTCM digelar di Phnom Penh?")
    assert answer.refused and "Jakarta" in answer.text, answer.text[:900]


def test_a_count_of_a_noun_is_not_answered_by_a_measure_of_another_kind(assistant):
    # (the sentence gives a prison term and a fine, "3–15 years' prison and Rp120–600 million fine": no count, so
    # no direct answer is stated, only the quotes)
    answer = assistant.ask("How many DPR members voted for Law 21/2007?")
    first = _first_line(answer.text)
    assert not first.startswith("In short"), answer.text[:400]
    answer = assistant.ask("How many years in prison can a trafficker get at most under Law 21/2007?")
    assert "15" in _first_line(answer.text) and not answer.refused, answer.text[:400]


def test_a_sentence_that_repeats_the_subject_of_the_one_before_carries_it_on(assistant):
    # ("Thus, future researchers can still refine …. Future researchers can collect data through direct interviews …")
    answer = assistant.ask("What does the paper recommend that future researchers do?")
    assert "direct interviews" in answer.text, answer.text[:600]


def test_a_country_name_that_is_a_continents_listed_with_continents_is_the_continent(assistant):
    answer = assistant.ask("skripsi Alifia ngutip ILO 2022: brp juta korban di Afrika sama di Amerika?")
    assert not answer.refused and "5.1 million" in answer.text, answer.text[:600]
