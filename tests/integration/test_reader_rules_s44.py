"""Reader rules of the forty-third session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_ratio_divides_by_the_count_after_one_and_takes_both_from_one_passage(assistant):
    # ("1 laporan polisi itu brp tersangka": suspects over police reports, both of the glossary's Satgas entry;
    # not the paper's 267 reported cases of suspected trafficking)
    first = _first_line(assistant.ask("kalo dibagi rata, 1 laporan polisi itu brp tersangka?").text)
    assert "1,037" in first and "861" in first and "267" not in first, first


def test_a_ratio_is_not_computed_from_two_sources_counts(assistant):
    # (nor answered by a count of one of its two nouns when it cannot be computed)
    first = _first_line(assistant.ask("how many suspects per police report?").text)
    assert "÷" not in first and not first.startswith("In short"), first


def test_a_refusal_names_the_nationality_asked_about(assistant):
    answer = assistant.ask("How many Malaysian nationals were freed from Cambodian scam compounds last year?")
    assert answer.refused and "Malaysia" in answer.text, answer.text[:400]


def test_a_start_asked_is_the_year_a_word_of_starting_opens(assistant):
    # ("(Gen. Listyo Sigit Prabowo from 2021)": not the year he chaired the AMMTC)
    answer = assistant.ask("Listyo Sigit menjabat Kapolri dari tahun berapa?")
    assert "2021" in _first_line(answer.text), answer.text[:400]


def test_a_paper_named_before_a_request_for_its_gist_gets_the_abstract(assistant):
    first = _first_line(assistant.ask("paper ini intinya ngomongin apa sih? jelasin singkat aja dong").text)
    assert "license" not in first.lower() and "research" in first.lower(), first


def test_of_two_sources_named_the_one_credited_answers(assistant):
    # ("menurut skripsi alifia": Alifia's thesis, not the Interpol source the question asks about)
    answer = assistant.ask("menurut skripsi alifia, NCB interpol ngebantu apa aja?")
    assert "could mean" not in _first_line(answer.text), answer.text[:400]


def test_a_refusal_word_of_a_binding_instrument_is_rendered(assistant):
    # ("mengikat": binding; "which is legally binding" is asked of two instruments the sources describe)
    answer = assistant.ask("ACTIP sama deklarasi ASEAN 2023 mana yg mengikat secara hukum?")
    assert not answer.refused, answer.text[:400]


def test_shares_of_one_whole_rank_what_they_share(assistant):
    # ("50% … sexual exploitation, 38% … forced labour, 6% …": a superlative asked is read off the shares)
    answer = assistant.ask("Which form of exploitation was the most common in the UNODC 2020 report?")
    assert not answer.refused and "sexual exploitation" in answer.text, answer.text[:400]


def test_a_sum_of_money_asked_is_the_figure_its_currency_belongs_to(assistant):
    # ("3–15 years' prison and Rp120–600 million fine": the rupiah are the fine's, not the prison term's)
    first = _first_line(assistant.ask("denda maksimal di UU TPPO brp sih?").text)
    assert "600" in first and "years" not in first, first


def test_a_thing_asserted_of_another_country_is_corrected_by_its_own_country(assistant):
    answer = assistant.ask("Erin's Law is a Cambodian anti-trafficking law, isn't it?")
    assert "United States" in answer.text or "Illinois" in answer.text, answer.text[:600]


def test_a_place_the_paper_never_names_is_said_to_be_absent_from_it(assistant):
    answer = assistant.ask("What does the paper say about Laos's efforts against trafficking?")
    first = _first_line(answer.text)
    assert "does not mention" in first and "Laos" in answer.text, answer.text[:400]


def test_a_start_in_brackets_is_no_citation(assistant):
    # ("(Gen. Listyo Sigit Prabowo from 2021)" is the glossary's start of his term, not a reference)
    answer = assistant.ask("Since when has Listyo Sigit Prabowo been the Kapolri?")
    assert "2021" in _first_line(answer.text), answer.text[:400]


def test_a_question_of_where_funds_come_from_asks_no_sum(assistant):
    answer = assistant.ask("dana RAN PP-TPPO dari mana aja?")
    assert not answer.refused and "APBN" in answer.text, answer.text[:400]


def test_the_authors_institution_is_in_the_front_matter(assistant):
    answer = assistant.ask("Which institution and study programme are the authors from?")
    assert not answer.refused and "LSPR" in answer.text, answer.text[:400]


def test_a_body_asserted_to_be_under_another_is_corrected_by_whom_it_is_under(assistant):
    answer = assistant.ask("Why was the Satgas TPPO placed under the leadership of the Women's Empowerment Minister?")
    assert answer.refused and "Bareskrim" in answer.text, answer.text[:600]


def test_the_papers_keywords_asked_in_indonesian_are_its_keywords_line(assistant):
    # ("kata kunci": keywords, not "say" and "key")
    answer = assistant.ask("kata kunci paper ini apa aja?")
    assert "Keywords:" in answer.text, answer.text[:600]
