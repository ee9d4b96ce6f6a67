"""Reader rules of the fifty-seventh session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, asks_range_ends, recaser


def test_a_comma_inside_a_list_opens_no_clause_before_a_joining_interrogative():
    # ("when" and "where" after a noun join a clause to it: the question asks the first interrogative's type)
    assert analyse("which minister called for government, NGO and community cooperation when the 2007 "
                   "anti-trafficking law was passed?").answer_type == "actor"
    assert analyse("why did the police chief say cross-border cooperation matters, at the meeting where he signed "
                   "the MoUs?").answer_type == "reason"
    # (a comma or conjunction right before it still opens a question of its own)
    assert analyse("who chaired the meeting, and where was it held?").answer_type == "place"


def test_an_office_held_by_a_person_heads_an_actor_question():
    assert analyse("menteri mana yang menandatangani?").answer_type == "actor"
    assert analyse("which ambassador met the police chief?").answer_type == "actor"


def test_superlatives_of_size_name_the_ends_of_a_range():
    assert asks_range_ends("denda paling gede vs paling kecil di UU 21/2007, selisihnya brp?", "id")
    assert asks_range_ends("the gap between the largest and the smallest fine", "en")
    assert not asks_range_ends("the largest fine", "en")


def test_two_figures_given_with_a_noun_of_difference_ask_the_difference():
    q = analyse("the embassy reported 52 problematic migrant workers and 172 victims. what is the difference?")
    assert q.arithmetic == "difference"
    # (of two things without figures, a comparison; "bedanya … apa" of two figures asks what each counts)
    assert analyse("what is the difference between ACTIP and the Bali Process?").arithmetic == ""
    assert analyse("wardah 2023 sama arbar 2022 nyebut 1.138 vs 62, bedanya yg diitung apa?").arithmetic == ""


def test_a_cited_surname_before_a_bare_year_is_written_as_a_citation():
    recased = recaser({}, frozenset(), {"snyder": "Snyder", "kbri": "KBRI"})
    assert recased("snyder 2019 is cited for what?") == "Snyder (2019) is cited for what?"
    assert recased("Snyder 2019 is cited for what?") == "Snyder (2019) is cited for what?"
    assert recased("Snyder, 2019") == "Snyder, 2019"
    # (an institution's acronym may date its data: kept as a year)
    assert recased("data kbri 2022 brp?") == "data KBRI 2022 brp?"
    assert analyse(recased("snyder 2019 is cited for covid, right?")).constraints.years == []


def test_a_cited_author_s_possessive_before_a_document_noun_is_a_name():
    recased = recaser({}, frozenset(), {"alifia": "Alifia"})
    assert recased("in alifia's thesis, what share is in asia?") == "in Alifia's thesis, what share is in asia?"
    assert recased("alifia's view") == "alifia's view"  # (no document noun: typed as it is)


def test_a_noun_before_a_noun_of_dates_modifies_it():
    assert analyse("cambodia was tier 3 two years running - which report years exactly?").answer_type == "date"
    assert analyse("which summit year was it?").answer_type == "date"
    assert analyse("which report says that?").answer_type == "source"


def test_a_clitic_whose_possessor_is_named_before_it_points_nowhere_back():
    from tipbot.answering.analysis import refers_back

    assert not refers_back("trus Timor Leste statusnya apa?")
    assert refers_back("dan statusnya apa?") and refers_back("trus korbannya brp?")


def test_a_magnitude_run_on_to_a_figure_leaves_the_figure():
    q = analyse("ilo 2022: 49.6m total, 29.3m in asia - how many million elsewhere?")
    assert "49.6" in q.constraints.numbers and "29.3" in q.constraints.numbers
    assert "49" not in q.constraints.numbers


def test_a_name_typed_one_letter_off_is_the_store_s_name():
    from tipbot.answering.analysis import one_edit_apart

    recased = recaser({"kemenpppa": "KemenPPPA", "interpol": "INTERPOL"}, frozenset(), {})
    assert recased("data kemenppa 2022 brp?") == "data KemenPPPA 2022 brp?"
    assert recased("apa kata interpool?") == "apa kata INTERPOL?"
    assert recased("the report says") == "the report says"  # (ordinary words stay)
    assert one_edit_apart("bareskrm", "bareskrim") and one_edit_apart("ammtc", "amtmc")
    assert not one_edit_apart("somtc", "ammtc")
