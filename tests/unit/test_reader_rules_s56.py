"""Reader rules of the fifty-fifth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, asked_bound
from tipbot.answering.answerability import known_word


def test_the_bound_asked_is_the_asking_sentence_s_and_takes_an_enclitic():
    # ("minimalnya": an Indonesian bound word with "-nya"; a bound named in a statement beside the question is the
    # user's remark, not what is asked)
    assert asked_bound("ancaman penjaranya minimalnya berapa tahun?", "id") == "min"
    assert asked_bound("hukuman minimalnya brp thn? soalnya paper cuma nyebut maksimal", "id") == "min"
    assert asked_bound("the paper gives the minimum. what is the maximum term?", "en") == "max"
    assert asked_bound("berapa tahun penjaranya?", "id") == ""


def test_a_total_of_two_groups_the_question_joins_is_a_sum():
    # (no figure given: the text gives each group's, and the total asked is their sum)
    for message in ("how many female victims in total, girls and women, did IOM record in 2017?",
                    "berapa total korban anak perempuan dan perempuan dewasa menurut IOM?",
                    "how many boys + men in total in the 2018 UNODC data?"):
        assert analyse(message).arithmetic == "sum", message
    # (a total of one group, or a total the text gives, is no sum)
    for message in ("how many victims in total did IOM record in 2017?", "berapa total korban perempuan?"):
        assert analyse(message).arithmetic != "sum", message


def test_a_term_a_single_letter_opens_is_known_only_as_a_whole():
    vocab = {"index": 1.0, "visa": 1.0, "hindex": 1.0}
    assert not known_word("e-visa", "en", vocab)  # (the store's "visa" is not an e-visa)
    assert known_word("h-index", "en", vocab)  # (written whole in the store)
    assert known_word("index", "en", vocab)


def test_a_figure_s_noun_after_a_copula_is_what_it_counts():
    from tipbot.answering.compose import _figure_spans

    text = "Of every 10 victims detected, about five were adult women and two were girls."
    spans = {text[s:e] for s, e in _figure_spans(text)}
    assert "five were adult women" in spans and "two were girls" in spans, spans
    # (a number word with its noun right after it is unchanged; a function word after it ends the span)
    text = "The paper names five strategies and three of them are new."
    spans = {text[s:e] for s, e in _figure_spans(text)}
    assert "five strategies" in spans and "three" in spans, spans


def test_the_countries_a_text_names_as_holding_a_chair():
    from tipbot.answering.answerability import chairs_named

    assert chairs_named("It was a deliverable of the Indonesian Chairmanship in 2023.") == {"Indonesia"}
    assert chairs_named("signed at the 27th Summit under Malaysia's chairmanship") == {"Malaysia"}
    assert chairs_named("the meeting was chaired by Cambodia") == {"Cambodia"}
    assert chairs_named("diadopsi di bawah keketuaan ASEAN Indonesia") == {"Indonesia"}
    # (a country named near a chair held by a person is no chair of that country's)
    assert chairs_named("Indonesia proposed the text; the Kapolri chaired the meeting") == set()


def test_an_acronym_the_store_writes_only_in_capitals_is_recased_though_a_dictionary_holds_it():
    from tipbot.answering.analysis import recaser

    # ("simfoni" is a dictionary word, a symphony; the store writes it only as SIMFONI, the data system)
    recase = recaser({"simfoni": "SIMFONI", "data": "DATA"}, frozenset({"data"}))
    assert recase("selisih persen di data simfoni itu brp?") == "selisih persen di data SIMFONI itu brp?"
    # (a short one, or one the store also writes in lower case, stays as typed)
    assert recaser({"data": "DATA"}, frozenset({"data"}))("data itu apa") == "data itu apa"


def test_another_account_s_date_must_name_the_bodies_the_question_names():
    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.schema import Chunk, Passage

    from .test_reader_rules import evidence_of

    gloss, paper = evidence_of("Harbour Board: held its review meeting on 6 Nov 2021."), evidence_of(
        "On September 4 2021, the embassy met with the regional police.")
    gloss[0].passage = Passage(chunk=Chunk(id="g1", text=gloss[0].text, source_id="glossary", kind="glossary",
                                           title="Glossary", section="Harbour Board"), score=1.0)
    for e in (*paper, *gloss):
        e.parts["type"], e.parts["local"] = 1.0, 0.5
    draft = Draft(statements=[], citations=[])
    # (the paper's meeting names no Harbour Board: another event, no other date of this one)
    assert not ExtractiveAnswerer._other_date(draft, gloss[0], [gloss[0], paper[0]], "en", ["Harbour Board"])
    assert ExtractiveAnswerer._other_date(draft, gloss[0], [gloss[0], paper[0]], "en")


def test_an_indonesian_noun_of_a_body_or_person_takes_its_body_s_name_before_its_determiner():
    # ("pejabat Polri mana", "negara ASEAN mana": an actor asked, as "which Polri official" is)
    for message in ("pejabat Polri mana yang menjelaskan tujuan MoU itu?",
                    "negara ASEAN mana yang pertama meratifikasi ACTIP?"):
        assert analyse(message).answer_type == "actor", message
    # (not a list or a comparison whose noun is followed by another word: "5 strategi temuan paper ini apa")
    assert analyse("bedanya 4 strategi di penelitian sebelumnya sama 5 strategi temuan paper ini apa?"
                   ).answer_type == "comparison"
