"""Questions that ask whether the paper's account of a cited source matches that source."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_a_quoted_claim_is_one_unit_not_parts_or_a_count():
    q = analyse("Does the paper's 'five out of ten victims were women and girls' match what the UNODC report says?")
    assert q.parts == [] and q.count is None and q.answer_type != "list"
    # (a short quoted term is not a claim: its count stays the question's)
    assert analyse("What are the 'five strategies' of the abstract?").count == 5


def test_the_base_of_a_rate_is_not_a_list_count():
    assert analyse("paper bilang dari tiap 10 korban, 5 itu perempuan. bener gitu ga?").count is None
    assert analyse("What were the 3 groups of victims?").count == 3


def test_a_check_of_the_paper_against_its_source_is_recognised_in_both_languages():
    for text in ("Does the paper's date for the MoU match what the Polri release says?",
                 "The paper calls Indonesia a main transit route. Does the 2017 TIP report really say that?",
                 "paper bilang 5 dari 10 korban perempuan, kalo dibandingin sm laporan UNODC aslinya bener gak?"):
        q = analyse(text)
        assert q.checks_source, text
        assert not q.premise, text  # what it asserts is the paper's account, which it asks to have checked
    assert not analyse("What does the paper say about the referral desk?").checks_source
    assert not analyse("Does the UNODC report really say that five of ten victims were women?").checks_source


def test_a_check_is_answered_from_the_digest_notes_on_how_the_paper_uses_the_source(mini_assistant):
    for text in ("Is the paper's figure of 412 vessels accurate, compared with what Fisheries Watch actually reports?",
                 "paper bilang 412 kapal diperiksa th 2022, sesuai gak sama laporan Fisheries Watch aslinya?"):
        a = mini_assistant.ask(text)
        assert not a.refused and "do not say" not in a.text, a.text  # a check, not a false premise to correct
        digest = {c.section for c in a.citations if c.source_id == "fisheries-watch-2022"}
        assert digest & {"Points to note for readers", "How the paper uses this source"}, a.text
        assert any(c.source_id == "santoso-okafor-2025" for c in a.citations)  # the paper's own sentence beside it


def test_a_which_source_answer_says_where_the_source_was_published(mini_assistant):
    a = mini_assistant.ask("Which source does the paper cite for the 412 vessels, and what kind of publication is it?")
    assert "Reference entry: Fisheries Watch (2022)" in a.text and "Venue: Fisheries Watch." in a.text, a.text


def test_two_terms_the_glossary_defines_are_compared_by_their_definitions(mini_assistant):
    for text, terms in (("How does the referral desk differ from debt bondage?", {"Referral desk", "Debt bondage"}),
                        ("ABK sama debt bondage bedanya apa?", {"ABK", "Debt bondage"})):
        a = mini_assistant.ask(text)
        glossary = {c.section for c in a.citations if c.source_kind == "glossary"}
        assert terms <= glossary, a.text
