"""Reader rules of the forty-second session, on the real knowledge base. Frozen before the code they test was
changed."""

import re

from .test_reader_rules_s37 import _first_line


def test_a_colloquial_spelling_of_a_verb_is_read_as_its_standard_form(assistant):
    # ("nyatet" is "mencatat", recorded; the glossary's Satgas entry gives what Polri recorded)
    answer = assistant.ask("satgas tppo polri nyatet brp korban yg diselametin?")
    assert not answer.refused and "2,778" in _first_line(answer.text), answer.text[:400]


def test_a_common_word_the_general_list_lacks_is_rendered(assistant):
    # ("peserta": participants)
    answer = assistant.ask("Kira-kira berapa peserta yang hadir di AMMTC ke-17?")
    assert "275" in _first_line(answer.text), answer.text[:400]


def test_the_noun_counted_of_a_change_follows_the_second_interrogative(assistant):
    # ("dari brp jadi brp kementerian": "jadi" is no noun the sources must hold)
    answer = assistant.ask("gugus tugas TPPO itu anggotanya nambah dari brp jadi brp kementerian dan lembaga?")
    assert not answer.refused and "19" in _first_line(answer.text) and "24" in _first_line(answer.text), \
        answer.text[:400]


def test_a_provisions_number_is_no_count(assistant):
    # ("Article 58 of Law 21/2007" names a provision; it counts no ministries)
    answer = assistant.ask("From how many to how many ministries and agencies did the Gugus Tugas grow?")
    first = _first_line(answer.text)
    assert "24" in first and "58" not in first, answer.text[:400]


def test_a_sum_of_money_asked_is_not_answered_by_another_kind_of_figure(assistant):
    # (restitution is money: "75 reports" or "Articles 43–55" answer nothing)
    answer = assistant.ask("How much restitution was paid to the victims of the kidney trade?")
    first = _first_line(answer.text)
    assert "75" not in first and "43" not in first, answer.text[:400]


def test_a_digest_of_one_countrys_chapter_speaks_of_that_country(assistant):
    answer = assistant.ask("According to the 2017 TIP report, how many victims did Indonesia's women's ministry "
                           "compile from media reports?")
    assert not answer.refused and "943" in _first_line(answer.text), answer.text[:400]


def test_two_dates_offered_as_alternatives_ask_which_one(assistant):
    answer = assistant.ask("Was the ASEAN leaders' declaration on tech-enabled trafficking adopted on 10 May or "
                           "11 May 2023?")
    assert "10 May" in _first_line(answer.text) and not answer.refused, answer.text[:400]


def test_an_answer_to_a_which_question_is_one_of_the_things_it_offers(assistant):
    answer = assistant.ask("Which ranks higher under Indonesian law, Law 21/2007 or Perpres 19/2023?")
    assert "69/2008" not in _first_line(answer.text) and "49/2023" not in _first_line(answer.text), answer.text[:400]


def test_a_negative_verdict_the_sources_never_give_is_a_premise_to_correct(assistant):
    for question in ("Why did the authors conclude that working through ASEAN was pointless for Indonesia?",
                     "kok paper ini bilang MoU Indonesia sama Kamboja itu sia-sia sih?"):
        answer = assistant.ask(question)
        first = _first_line(answer.text)
        assert first.startswith(("The sources do not say", "Sumber-sumber tidak menyebutkan")), answer.text[:400]


def test_the_source_of_a_figure_is_the_record_that_traced_it_not_the_next_citation(assistant):
    # (the 83% sentence cites nothing; the paragraph's closing "(UNODC, 2020)" covers the sentence after it, and
    # the reference records list the figure as unsourced)
    answer = assistant.ask("What source does the paper give for the 83% of victims being women?")
    assert "83%" in answer.text.split("\n")[0] and "unsourced" in answer.text and "UNODC, 2020 for" not in \
        answer.text, answer.text[:600]


def test_a_group_counted_by_what_it_is_not_is_the_rest_of_its_total(assistant):
    answer = assistant.ask("In the police figures cited by Perpres 19/2023, how many of the 2,648 victims were "
                           "not adult women?")
    first = _first_line(answer.text)
    assert "601" in first and not first.startswith("In short: 2,047"), answer.text[:400]


def test_how_long_an_event_took_after_another_is_the_time_between_them(assistant):
    answer = assistant.ask("How long did ACTIP take to enter into force after its signing?")
    assert "473" in _first_line(answer.text), answer.text[:400]


def test_a_term_asked_of_one_instrument_is_not_answered_by_anothers(assistant):
    # (ACTIP's digest and glossary entry give no penalty; Law 21/2007's 3–15 years is Indonesia's)
    answer = assistant.ask("What minimum prison sentence must ACTIP parties impose on traffickers?")
    assert "3–15" not in _first_line(answer.text) and "3 to 15" not in _first_line(answer.text), answer.text[:400]


def test_a_country_naming_whose_body_it_is_is_no_place_where_something_happened(assistant):
    # ("the U.S. State Department's 2023 TIP Report" names whose report it is)
    answer = assistant.ask("Apart from the scam compounds, where were people exploited in Cambodia according to "
                           "the Cambodia chapter of the 2023 TIP report?")
    assert "United States" not in _first_line(answer.text), answer.text[:400]


def test_a_date_whose_passage_names_another_thing_is_no_direct_answer(assistant):
    # ("Since April 21 2021, the Indonesian Embassy …" dates no survey release)
    answer = assistant.ask("hasil survei SPHPN 2021 itu dirilis tanggal berapa ya?")
    first = _first_line(answer.text)
    assert not first.startswith("Singkatnya") or "27 Dec" in first, answer.text[:400]


def test_a_count_asserted_is_checked_against_the_sentence_after_the_one_on_the_event(assistant):
    # ("The DPR passed it on 20 March 2007 … At the time it had nine chapters and 67 articles.")
    answer = assistant.ask("Why was Law 21/2007 passed by the DPR with only three chapters?")
    assert "nine chapters" in answer.text and _first_line(answer.text).startswith("The sources do not"), \
        answer.text[:400]


def test_whether_the_paper_gives_a_source_for_a_statement_asks_for_its_citation(assistant):
    # ("does the paper give any source for X?" is not "does the paper mention X?": a yes to that is no answer)
    answer = assistant.ask("Does the paper provide any source for the 75 reports received by the embassy in "
                           "Phnom Penh?")
    assert not _first_line(answer.text).startswith("Yes") and "Uncited" in answer.text, answer.text[:600]


def test_the_doer_asked_is_named_by_a_sentence_that_tells_the_act(assistant):
    # ("who funded …": no sentence tells who funded anything; "opened": the digest's "President Joko Widodo opened
    # the meeting", not the glossary's chair of the meeting)
    answer = assistant.ask("Who provided the funding for this research? Who funded it?")
    assert not _first_line(answer.text).startswith("In short"), answer.text[:400]
    answer = assistant.ask("AMMTC ke-17 di Labuan Bajo itu dibuka oleh siapa?")
    assert "Kapolri" not in _first_line(answer.text) and "Agus" not in _first_line(answer.text), answer.text[:400]


def test_a_list_of_provision_numbers_is_no_figure(assistant):
    answer = assistant.ask("What is the State Gazette number of Law 13/2006?")
    first = _first_line(answer.text)
    assert not re.search(r"\b(?:5|6|7|9|10)\b", first) or "64" in first, answer.text[:400]


def test_a_part_of_a_total_of_people_is_not_a_count_of_records(assistant):
    answer = assistant.ask("Of the 2,778 people the Satgas TPPO rescued, how many were rescued in Cambodia?")
    first = _first_line(answer.text)
    assert not (first.startswith("In short") and "861" in first), answer.text[:400]


def test_a_list_asked_of_those_that_did_not_is_not_answered_by_those_that_did(assistant):
    answer = assistant.ask("negara mana aja yg gak teken MoU sama polri pas AMMTC 2023 di Labuan Bajo?")
    first = _first_line(answer.text)
    assert first.startswith("Sumber tidak mendaftar") or answer.refused, answer.text[:400]


def test_the_law_asked_for_an_act_on_an_instrument_is_one_whose_clause_tells_that_act(assistant):
    # ("which law ratified the Palermo Protocol": not Law 21/2007, whose definition follows it, nor Law 5/2009,
    # which ratified UNTOC; "amended by": the digest's "Law No. 31 of 2014", whole with its year)
    # (the direct answer; with none, the glossary's quote on the Protocol comes first and names Law 21/2007 as the
    # law its definition underlies, which is no answer given)
    first = _first_line(assistant.ask("With which law did Indonesia ratify the Palermo Protocol?").text)
    assert not (first.startswith("In short") and ("21/2007" in first or "No. 5" in first)), first
    first = _first_line(assistant.ask("Which law amended Law 13/2006?").text)
    assert "31 of 2014" in first or "31/2014" in first, first


def test_a_country_asked_for_is_answered_by_a_country_of_the_years_asked(assistant):
    # ("… (China, Japan, South Korea) on 22 Aug 2023. Laos took over the chair for 2024.")
    first = _first_line(assistant.ask("Which country held the AMMTC chair in 2024?").text)
    assert "Laos" in first, first
    # (ranks given in the order of the countries: "Viet Nam … and Myanmar …, the fourth and fifth states to do so")
    first = _first_line(assistant.ask("Which country was the fifth state to deposit ACTIP ratification?").text)
    assert "Myanmar" in first and "Viet Nam" not in first, first


def test_a_question_about_a_cited_works_own_content_is_answered_from_its_digest(assistant):
    # ("Khairi's 2021 article": the digest of that article, not the paper's sentence citing it)
    first = _first_line(assistant.ask("Which concepts frame Khairi's 2021 article?").text)
    assert not first.startswith("The paper states"), first
