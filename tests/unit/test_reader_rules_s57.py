"""Reader rules of the fifty-sixth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, asks_advice

from .test_reader_rules_s31 import _sentence


def test_a_short_form_is_written_out_in_the_question_s_own_language():
    # (a part of an Indonesian message read alone stays Indonesian: "menurut KB" is not English words)
    assert analyse("tersangkanya brp sih menurut KB?").language == "id"
    assert "knowledge base" not in analyse("tersangkanya brp sih menurut KB?").text
    assert "KB" not in analyse("what does the KB say about the kidney case?").text


def test_the_knowledge_base_named_as_a_possessor_names_no_report_s_body():
    from tipbot.answering.answerability import unknown_dated_titles
    from tipbot.schema import Chunk

    chunks = [Chunk(id="c", text="The 2017 TIP report logged 4,761 harbour complaints.", source_id="d", kind="digest",
                    title="TIP report")]
    assert unknown_dated_titles(analyse("in the knowledge base's 2017 TIP report digest, how many complaints were "
                                        "logged?"), chunks) == []
    assert unknown_dated_titles(analyse("in the paper's 2017 TIP report, how many complaints?"), chunks) == []
    # (another body's possessive names the report of that body, which the store never dates so)
    assert unknown_dated_titles(analyse("what does IOM's 2017 TIP report say about complaints?"), chunks)


def test_a_prescriptive_modal_in_an_indirect_question_of_reason_asks_no_advice():
    # ("tell me … why I should be careful with it": the reason the sources give, not advice on a case)
    assert not asks_advice("what the headline says and why i should be careful with it")
    assert not asks_advice("jelasin kenapa aku harus hati-hati pakai angka itu")
    # (a direct request for what to do is still advice)
    assert asks_advice("should i report my cousin's agent to the police?")
    assert asks_advice("aku harus lapor ke mana kalau sepupuku ditahan di kamboja?")


def test_a_question_that_asks_the_target_itself_is_no_outcome_question():
    from tipbot.answering.answerability import only_targets

    target = _sentence("The target for the Harbour Index in 2024 ranges from 91.2 to 91.5%.")
    assert not only_targets(analyse("what harbour index target does the paper give for 2024, and is it actually "
                                     "a percentage?"), [target])
    assert not only_targets(analyse("target indeks pelabuhan 2024 brp, dan itu sebenarnya persen bukan?"), [target])
    # (an outcome asked of the target is still refused)
    assert only_targets(analyse("did the harbour reach its 2024 index target? what was the actual value?"), [target])
    assert only_targets(analyse("target indeks pelabuhan 2024 itu tercapai gak?"), [target])


def test_a_country_asked_to_hold_a_chair():
    from tipbot.answering.analysis import asks_chair

    assert asks_chair("Under which country's chairmanship was the harbour pact signed?")
    assert asks_chair("pakta pelabuhan diteken di bawah keketuaan negara mana?")
    assert not asks_chair("which country signed the harbour pact?")  # (no chair: any country that signed)
    assert not asks_chair("who chaired the harbour meeting?")  # (a person may chair it)


def test_a_cited_author_typed_in_lower_case_before_a_year_is_recased():
    from tipbot.answering.analysis import recaser

    recase = recaser({}, frozenset(), {"wahyu": "Wahyu", "anderson": "Anderson"})
    # (since the fifty-seventh session a surname's bare year is written as a citation: s58)
    assert recase("sumber wahyu 2023 itu apa?") == "sumber Wahyu (2023) itu apa?"
    assert recase("what does anderson (2021) say?") == "what does Anderson (2021) say?"
    assert recase("wahyu itu artinya apa?") == "wahyu itu artinya apa?"  # (no year: an ordinary word)


def test_a_public_figure_s_short_name_in_lower_case_is_a_name():
    assert "Jokowi" in analyse("was jokowi at the harbour meeting?").constraints.names
    assert "Jokowi" in analyse("jokowi hadir gak di rapat pelabuhan?").text


def test_the_items_of_an_enumeration_that_name_nothing_asked_are_blanked():
    from tipbot.answering.selection import other_items_blanked

    text = ("Data: 1) 52 workers (KBRI, 2022), 2) 62 victims (Arbar, 2022), 3) in the May 2023 report 1,138 "
            "(Wardah, 2023).")
    kept = other_items_blanked(text, analyse("kapan artikel Arbar terbit?"))
    assert len(kept) == len(text) and "62 victims" in kept and "May 2023" not in kept and "52" not in kept
    assert other_items_blanked(text, analyse("kapan laporan itu terbit?")) == text  # (no name asked)


def test_a_count_of_one_group_of_a_named_source_may_be_a_share_of_its_total():
    from tipbot.answering.analysis import group_share_asked

    assert group_share_asked(analyse("how many child victims did HARBOURDATA record?"))
    assert group_share_asked(analyse("berapa korban laki-laki di data HARBOURDATA?"))
    assert not group_share_asked(analyse("how many child victims were there?"))  # (no source named)
    assert not group_share_asked(analyse("what share of HARBOURDATA's victims were children?"))  # (a share asked)
    assert not group_share_asked(analyse("of HARBOURDATA's 2,605 cases, how many were children?"))  # (a total given)


def test_an_indonesian_word_glossed_in_brackets_is_read_as_the_gloss():
    assert "accepted" in analyse("kapan paper ini diterima (accepted)?").text
    assert "diterima" not in analyse("kapan paper ini diterima (accepted)?").text
    assert "TPPO" in analyse("berapa korban (TPPO) di kamboja?").text  # (a name in capitals is no gloss)
