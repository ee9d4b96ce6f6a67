"""Reader rules of the forty-seventh session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_a_work_questioned_as_support_is_a_critique_of_it():
    for question in ("Why is Pratiwi & Yunda (2020) a shaky basis for the paper's claim about Indonesia?",
                     "kenapa Miles dkk 2014 dianggap bermasalah sebagai rujukan?",
                     "is Syamsuddin (2020) a reliable source for that historical claim?"):
        assert analyse(question).work_critique, question
    # (what the paper cites it for, or what it says, is no critique of it)
    for question in ("Why does the paper cite Miles et al. (2014)?", "What does Daniel et al. (2017) study?"):
        assert not analyse(question).work_critique, question


def test_a_work_subject_word_may_carry_the_enclitic():
    assert analyse("Daniel dkk 2017 nelitinya di daerah mana sih?").work_subject
    assert analyse("Iskandar & Nursiti 2021 itu ngebahasnya apa?").work_subject


def test_crime_and_criminal_are_one_group():
    from tipbot.answering.analysis import synonyms_of
    from tipbot.keyword import tokenize

    crime, criminal = set(tokenize("crime")), set(tokenize("criminal"))
    assert criminal <= synonyms_of(crime) and crime <= synonyms_of(criminal)


def test_words_of_the_domain_lexicon():
    from tipbot.query import translate_terms

    assert "general assembly" in translate_terms("majelis umum")
    assert {"affect", "influence"} & set(translate_terms("berpengaruh"))
    assert "berpengaruh" in analyse("resesi bakal ngaruh apa ke TPPO?").text


def test_what_the_paper_claims_a_work_showed_asks_what_it_is_cited_for():
    assert analyse("What does the paper claim Bakker et al. (2020) showed about ASEAN?").cited_for
    assert analyse("paper bilang Khairi (2021) nunjukin apa soal ASEAN?").cited_for


def test_a_plural_interrogative_after_an_opening_that_credits_a_source_asks_a_list():
    for question in ("According to the knowledge base, which operational fields does the declaration cover?",
                     "According to UNODC, which regions does the report cover?"):
        assert analyse(question).answer_type == "list", question
    # (a relative clause after a comma asks nothing: "…, which includes …")
    assert analyse("The paper cites the 2023 report, which records what numbers?").answer_type != "list"


def test_the_act_a_named_subject_did_is_the_act_dated():
    from tipbot.answering.analysis import dated_act

    assert dated_act(analyse("When did Indonesia ratify ACTIP?")) == "ratify"
    assert dated_act(analyse("On what date did Myanmar deposit its ratification?")) == "deposit"
    assert dated_act(analyse("kapan Indonesia meratifikasi ACTIP?")) == "meratifikasi"
    assert analyse("On what exact date did the MoU take effect?").answer_type == "date"
    assert dated_act(analyse("When did the task force start?")) == ""  # (no named subject: no verb found)


def test_the_year_of_an_act_done_by_a_law():
    from tipbot.answering.compose import law_dated

    text = "Signed in Kuala Lumpur on 21 Nov 2015; entered into force on 8 March 2017. Indonesia ratified it by " \
           "Law No. 12/2017. Implemented alongside the APA."
    assert law_dated(analyse("When did Indonesia ratify ACTIP?"), text) == "2017 (Law No. 12/2017)"
    assert law_dated(analyse("When did ACTIP enter into force?"), text) is None


def test_the_act_placed_with_a_noun_of_place_before_mana():
    from tipbot.answering.analysis import placed_act

    assert placed_act(analyse("SBMI itu didirikan di kota mana sih?")) == "didirikan"
    assert placed_act(analyse("MoU itu ditandatangani di negara mana?")) == "ditandatangani"


def test_a_bracket_restating_a_sentences_figures_for_another_year():
    from tipbot.answering.compose import restatement

    text = ("In 2016 the ministry repatriated 13,714 nationals and governments deported 27,855 (in 2015: 9,039 and "
            "85,490).")
    before, inside = restatement(text, ["2015"])
    assert [text[s:e].split()[0] for s, e in before] == ["13,714", "27,855"]
    assert [text[s:e].split()[0] for s, e in inside] == ["9,039", "85,490"]
    assert restatement(text, ["2016"]) is None  # (the sentence's own year)
