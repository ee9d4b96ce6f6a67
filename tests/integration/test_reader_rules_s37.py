"""Reader rules of the thirty-sixth session, on the real knowledge base: a claim the sources do not hold is set
beside the sentence that states the same thing with another filler in the place of the claim's wrong part (another
body of the same kind, another holder of the same office, a figure counting the same noun). Frozen before the code
they test was changed."""


def test_another_body_of_the_same_kind_corrects_the_body_a_question_credits(assistant):
    answer = assistant.ask("Why did Cambodia's Ministry of Defence sign the police MoU with Indonesia?")
    assert answer.refused, answer.text[:300]
    assert "Ministry of Interior" in answer.text, answer.text[:600]


def test_another_holder_of_the_office_corrects_the_holder_a_question_credits(assistant):
    answer = assistant.ask("kenapa Wapres yang buka AMMTC ke-17?")
    assert answer.refused, answer.text[:300]
    assert "Joko Widodo" in answer.text, answer.text[:600]


def test_a_figure_counting_the_same_noun_is_the_closest_passage_to_a_figure_the_sources_lack(assistant):
    answer = assistant.ask("Did Law 21/2007 have 12 chapters when it was passed?")
    assert "nine chapters" in answer.text, answer.text[:600]


def test_a_year_asserted_before_an_indonesian_tag_and_a_comma_is_checked_against_the_year_given(assistant):
    answer = assistant.ask("LPSK itu udah jalan dari 2006 kan, bareng UU-nya?")
    assert answer.refused, answer.text[:300]
    assert "2008" in answer.text, answer.text[:600]


def test_a_year_asserted_with_dari_is_corrected_by_the_year_the_source_gives(assistant):
    answer = assistant.ask("IOM udah bantu korban TPPO di Indonesia dari 2010 kan, sebelum kasus Kamboja?")
    assert "2005" in answer.text, answer.text[:600]


def test_a_colloquial_verb_of_depositing_a_ratification_finds_the_deposit_dates(assistant):
    answer = assistant.ask("Myanmar kapan nyetor instrumen ratifikasi ACTIP?")
    assert not answer.refused, answer.text[:300]
    first = answer.text.splitlines()[0]
    assert "16 January 2017" in first or "16 Januari 2017" in first, answer.text[:600]


def test_a_technique_attributed_to_the_study_is_set_beside_the_approach_and_technique_it_used(assistant):
    for question in ("paper ini nyebarin survei ke pekerja migran kan?",
                     "did the authors run a survey of migrant workers for this paper?"):
        answer = assistant.ask(question)
        assert answer.refused, answer.text[:300]
        assert "literature review" in answer.text and "qualitative" in answer.text, answer.text[:800]


def test_a_question_about_what_the_study_did_is_not_refused_for_a_recommendation_sharing_its_words(assistant):
    for question in ("From what kinds of places did the researchers gather their data?",
                     "penelitian ini ngambil datanya dari mana aja?"):
        answer = assistant.ask(question)
        assert not answer.refused, answer.text[:300]
        assert "government websites" in answer.text, answer.text[:600]


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if not line.startswith("(")]
    return lines[0] if lines else ""


def test_in_an_enumeration_of_shares_each_share_is_read_with_the_words_after_it(assistant):
    answer = assistant.ask("According to UNODC, what percent of victims were trafficked for sexual exploitation?")
    assert "50%" in _first_line(answer.text), answer.text[:400]


def test_a_share_asked_of_a_named_data_source_is_that_sources_share(assistant):
    answer = assistant.ask("brp persen korban perempuan menurut SIMFONI PPA?")
    first = _first_line(answer.text)
    assert "46.14%" in first or "46,14%" in first, answer.text[:400]


def test_the_law_that_answers_is_the_one_whose_own_words_and_year_fit_the_question(assistant):
    assert "12" in _first_line(assistant.ask("Indonesia ratifikasi ACTIP pakai UU nomor berapa?").text)
    assert "31/2014" in _first_line(assistant.ask("Law 13/2006 was amended in 2014 by which law?").text)


def test_a_figure_counting_the_noun_asked_answers_over_a_sentence_naming_the_law_with_other_figures(assistant):
    for question in ("UU 21/2007 ada berapa pasal?", "how many articles did Law 21/2007 have?"):
        assert "67" in _first_line(assistant.ask(question).text)


def test_the_subject_of_a_passive_without_an_agent_is_credited_with_no_act(assistant):
    answer = assistant.ask("Satgas TPPO dibentuk tanggal 5 Juli 2023 kan?")
    assert "bahwa Satgas TPPO dibentuk" not in answer.text, answer.text[:400]
    assert "5 June 2023" in answer.text, answer.text[:800]


def test_a_function_word_of_the_topic_is_no_term_the_speaker_must_be_told_with(assistant):
    answer = assistant.ask("What did UNODC 2020 say about the share of women and girls among victims?")
    assert not answer.refused, answer.text[:300]
    assert "adult women" in answer.text, answer.text[:900]


def test_the_last_shares_of_an_enumeration_keep_their_own_words(assistant):
    answer = assistant.ask("brp persen korban yg dieksploitasi buat kegiatan kriminal paksa menurut laporan UNODC?")
    assert "6%" in _first_line(answer.text), answer.text[:300]


def test_authored_asks_about_the_paper_itself(assistant):
    answer = assistant.ask("Who authored the paper and where are they from?")
    assert "Pratiwi" in answer.text and "LSPR" in answer.text, answer.text[:400]
    assert "Interpol" not in _first_line(answer.text), answer.text[:300]
