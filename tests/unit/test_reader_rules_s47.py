"""Reader rules of the forty-sixth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, asked_office
from tipbot.query import translate_terms
from tipbot.verify import content_figures


def test_a_section_number_after_its_word_is_no_figure():
    assert content_figures("In section 3.3 the paper cites this report for 2.89% of cases.") == ["2.89"]
    assert content_figures("Subbab 3.1-3.5 memuat lima strategi dan 1.5 million.") == ["1.5"]


def test_the_name_asked_after_the_interrogative_names_an_office():
    assert asked_office(analyse("sekretaris NCB Interpol Indonesia itu siapa namanya?")) == "sekretaris"


def test_a_word_joining_a_changes_two_ends_is_no_head_noun():
    q = analyse("Perpres itu nambah anggota dari brp jadi brp, trus nambah brp lembaga?")
    assert q.head != "jadi" and q.change and q.arithmetic == "difference"
    assert analyse("Perpres 49/2023 menambah berapa kementerian?").change


def test_revision_in_the_word_lists_and_the_documents_own_history():
    assert "revise" in translate_terms("direvisi")
    assert analyse("paper ini direvisi kapan?").about_document
    assert analyse("What dates was the paper received and accepted?").answer_type == "date"


def test_a_greeting_that_asks_leave_to_ask_is_greeted():
    assert analyse("halo kak, aku mahasiswa lagi nulis skripsi, boleh nanya2 soal paper ini ya").kind == "greeting"
    assert analyse("hi there! can I ask you a few questions about this paper").kind == "greeting"
    # (a question asked with it is a question)
    assert analyse("halo, boleh nanya kapan MoU itu ditandatangani?").kind == "question"


def test_an_order_to_write_a_cv_is_a_task():
    from tipbot.answering.analysis import requested_personal

    assert requested_personal("makasih! btw bisa bikinin CV buat lamar kerja?") == "task"
    assert requested_personal("can you write me a resume for a job abroad?") == "task"
    assert requested_personal("btw, how many victims were there?") == ""


def test_a_single_digit_with_a_word_of_magnitude_is_a_figure():
    assert content_figures("including 29.3 million in Asia, 7 million in Africa") == ["29.3", "7"]
    assert content_figures("it has 3 parts") == []


def test_a_count_of_things_with_a_closing_request_to_list_them_is_a_list():
    assert analyse("how many pillars does the plan have? list them").answer_type == "list"
    assert analyse("langkahnya ada brp sih? sebutin dong").answer_type == "list"
    assert analyse("how many pillars does the plan have?").answer_type == "quantity"


def test_an_office_asked_with_which():
    assert asked_office(analyse("Which Cambodian official signed the MoU with the Kapolri?")) == "official"


def test_a_documents_number_with_its_year_is_no_figure():
    assert content_figures("amended by Perpres 22/2021 and UU 21/2007; 2,778 victims") == ["2,778"]


def test_years_asked_in_the_plural():
    assert analyse("In which years was the survey run?").answer_type == "date"


def test_an_abbreviation_glued_to_another_ends_no_sentence():
    from tipbot.chunking import split_sentences

    text = "Jl. K.H. Mas Mansyur No.Kav. 35, Jakarta. Email: x@y.z"
    assert [text[a:b] for a, b in split_sentences(text)] == ["Jl. K.H. Mas Mansyur No.Kav. 35, Jakarta.",
                                                               "Email: x@y.z"]
