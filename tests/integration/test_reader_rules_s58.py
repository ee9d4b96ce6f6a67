"""Reader rules of the fifty-seventh session, on the real knowledge base. Frozen before the code they test was
changed (reworded from a newcomer's trial)."""

import re

from .test_reader_rules_s37 import _first_line


def test_the_difference_of_a_range_s_ends_is_of_the_range_the_question_names(assistant):
    # (Law 21/2007: "3–15 years' prison and Rp120–600 million fine": the fine's range, not the prison term's)
    first = _first_line(assistant.ask("selisih denda paling besar dan paling kecil di UU 21/2007 brp juta?").text)
    assert "480" in first, first


def test_a_computed_value_s_inputs_are_quoted_under_its_citation(assistant):
    answer = assistant.ask("KBRI nyebut 52 PMIB sama 172 korban TIP, selisihnya brp?")
    first = _first_line(answer.text)
    assert "120" in first, first
    mark = re.search(r"\[(\d+)\]\s*$", first).group(1)
    quoted = [line for line in answer.text.splitlines()[1:] if f"[{mark}]" in line and "“" in line]
    assert any("52" in line and "172" in line for line in quoted), answer.text[:1200]


def test_two_figures_the_question_gives_with_a_noun_of_difference(assistant):
    answer = assistant.ask("the embassy reported 52 problematic migrant workers and 172 victims. what is the "
                           "difference?")
    assert not answer.text.startswith("The sources do not"), answer.text[:400]
    assert "120" in _first_line(answer.text), answer.text[:400]


def test_a_subordinate_when_after_a_list_leaves_the_actor_question(assistant):
    # (Meutia Hatta, the women's empowerment minister, in the digest of Law 21/2007; not the date it was passed)
    first = _first_line(assistant.ask("which minister called for cooperation between government, NGOs and the "
                                      "community when law 21/2007 was passed?").text)
    assert "Meutia Hatta" in first, first


def test_a_cited_work_s_year_is_no_year_of_the_claim(assistant):
    # ("snyder 2019": the work the paper cites for its method; the year is right, so it is not what is corrected)
    answer = assistant.ask("snyder 2019 is cited for the claim that trafficking in cambodia rose after covid, right?")
    assert "year your question gives" not in answer.text and "tahun yang" not in answer.text, answer.text[:400]


def test_a_share_asked_of_a_total_the_question_gives(assistant):
    # (Alifia's digest: ILO 2022, 49.6 million worldwide, 29.3 million in Asia: ≈ 59.1%; the glossary's 56% is of
    # the 2012 estimate's 20.9 million, and "in Asia" is no place the question moves the total to)
    for question in ("what percentage of the 49.6 million people in modern slavery are in Asia?",
                     "using the ILO numbers in alifia's thesis, what percent of the 49.6 million are in asia?"):
        first = _first_line(assistant.ask(question).text)
        assert "59.1%" in first, (question, first)


def test_a_clipped_word_of_the_sources_is_no_unreported_event(assistant):
    # ("tech" of "technology": the declaration on trafficking caused by the abuse of technology was adopted)
    answer = assistant.ask("quick summary of what happened after the asean tech-trafficking declaration was adopted")
    assert not answer.text.startswith(("The sources do not", "Sumber-sumber tidak")), answer.text[:400]


def test_the_first_months_of_a_year_are_the_months_from_january(assistant):
    # (LPSK: 59 reports "between January and June 2018" are the first six months of 2018, no other span)
    answer = assistant.ask("lpsk nerima 59 laporan tppo di 6 bulan pertama 2018, kalo dirata2 per bulan jadi brp?")
    assert not answer.text.startswith(("The sources do not", "Sumber-sumber tidak")), answer.text[:400]
