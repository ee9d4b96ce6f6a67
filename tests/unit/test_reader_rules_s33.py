"""Reader rules of the thirty-second session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize
from tipbot.schema import Chunk

from .test_reader_rules_s31 import _sentence


def test_the_stores_topic_words_name_no_long_heading():
    from tipbot.answering.extractive import named_section

    heading = "3.4 Establishment of a harbour working group to handle human trafficking issues"
    pool = [_sentence("The working group meets each month.", "p1", section=heading),
            _sentence("Human trafficking cases rose at the harbour.", "p2", section="1. Introduction")]
    # ("human" and "trafficking" are in most chunks of the store; "working group" in few)
    idf = {t: 0.4 for t in tokenize("human trafficking harbour")} | {t: 3.0 for t in tokenize("working group")}
    topic = set(tokenize("give me a rundown of human trafficking"))
    assert named_section(pool, topic, idf) == []
    distinctive = set(tokenize("summarise the part on the working group"))
    assert [e.text for e in named_section(pool, distinctive, idf)] == ["The working group meets each month."]


def test_a_summary_of_a_section_named_by_number_holds_all_its_passages():
    from tipbot.answering.extractive import structural_passages

    section = "3.1 Harbour plans"
    chunks = [Chunk(id=f"p{i}", text=f"Harbour plan sentence {i}.", source_id="paper", kind="paper",
                    title="The paper", section=section, order=i) for i in range(3)]
    chunks += [Chunk(id="r1", text="Anderson, A. (2021). Harbour policy review. Harbour Journal.",
                     source_id="anderson-2021", kind="reference", title="References", section="References"),
               Chunk(id="d1", text="A review of harbour policy by Anderson.", source_id="anderson-2021",
                     kind="digest", title="Harbour policy review", section="What the source is")]
    q = analyse("summarise section 3.1 and what Anderson (2021) says about it")
    idf = {"anderson": 3.0}  # (a rare name: it names the source)
    ids = {p.chunk.id for p in structural_passages(q, chunks, idf)}
    assert {"p0", "p1", "p2"} <= ids
    # (a question that only points at the section gets its first passages)
    q = analyse("which plans does section 3.1 list, citing Anderson (2021)?")
    assert q.answer_type != "summary"
    assert {p.chunk.id for p in structural_passages(q, chunks, idf) if p.chunk.kind == "paper"} == {"p0", "p1"}


def test_a_summary_of_several_named_things_takes_each_from_a_passage_that_holds_it():
    from tipbot.answering.extractive import with_each_item

    hpa = _sentence("HPA: Harbour Patrol Agency, set up in 2015.", "g1", "glossary", section="HPA")
    hwu = _sentence("HWU: Harbour Workers Union, founded in 2003.", "g2", "glossary", section="HWU")
    other = _sentence("The harbour saw many arrivals.", "p1")
    chosen = with_each_item([hpa], [hpa, hwu, other], ["HPA", "HWU"])
    assert chosen == [hpa, hwu]
    assert with_each_item([hpa, hwu], [hpa, hwu, other], ["HPA", "HWU"]) == [hpa, hwu]


def test_a_research_technique_is_the_studys_only_in_a_sentence_that_names_the_study():
    from tipbot.answering.extractive import unnamed_method

    chunks = [Chunk(id="m1", text="2. Research Method\nThis research uses a qualitative method. The research "
                                  "technique used is a literature review.", source_id="paper", kind="paper",
                    title="The paper", section="2. Research Method")]
    assert unnamed_method(analyse("why did this study survey harbour workers?"), chunks) is not None
    q = analyse("In which years has the national harbour survey (NHS) been run? The paper only cites two rounds of "
                "it.")
    assert unnamed_method(q, chunks) is None


def test_a_count_divided_evenly_among_another_asks_for_their_ratio():
    assert analyse("kasus pelabuhan: kalo dibagi rata, 1 tersangka kebagian brp korban?").arithmetic == "ratio"
    assert analyse("in the harbour case, if the victims were divided evenly among the suspects, how many is that "
                   "each?").arithmetic == "ratio"
    assert analyse("412 korban dan 40 tersangka di pelabuhan, kalo dibagi rata brp?").arithmetic == "ratio"


def test_a_provision_written_as_another_documents_is_not_one_of_the_regulation_asked_about():
    from tipbot.answering.answerability import numbers_provision

    entry = "Harbour Board: body required by Article 58 of Law 21/2007 and chaired under Perpres 49/2023 by a minister."
    assert not numbers_provision(entry, "pasal|article", ["49/2023"], entry)
    assert numbers_provision(entry, "pasal|article", ["21/2007"], entry)
    assert numbers_provision(entry, "pasal|article", [], entry)
    # (a provision written alone is that of its passage's document)
    digest = "Law 21/2007 on harbour crime. Institutions: Article 58 requires a harbour board."
    assert numbers_provision("Institutions: Article 58 requires a harbour board.", "pasal|article", ["21/2007"], digest)
    assert not numbers_provision("Institutions: Article 58 requires a harbour board.", "pasal|article", ["49/2023"],
                                 digest)


def test_what_a_court_ordered_is_a_courts_decision():
    from tipbot.answering.analysis import either_language, words

    outcomes = either_language(words()["case_outcomes"])
    assert outcomes.search("how much restitution did the courts order the harbour syndicate to pay?")
    assert outcomes.search("brp restitusi yg diperintahkan pengadilan buat korban kasus pelabuhan?")
    assert not outcomes.search("what restitution does the harbour law provide?")


def test_an_adverb_and_a_noun_of_quality_are_of_their_adjectives_family():
    from tipbot.keyword import tokenize, word_family

    assert set(tokenize("proactive")) & word_family(tokenize("proactively")[0])
    assert "weak" in word_family("weakness") and "weakness" in word_family("weak")


def test_a_word_after_a_locative_that_the_store_uses_in_another_form_is_no_unknown_place():
    from tipbot.answering.answerability import unknown_places

    vocab = {t: 3.0 for t in tokenize("proactive identification of harbour victims")}
    q = analyse("why was the harbour still weak at proactively identifying victims?")
    assert unknown_places(q, vocab) == []
    assert unknown_places(analyse("how many harbour victims were found in Bangkok?"), vocab) == ["Bangkok"]


def test_an_event_put_on_the_other_end_of_its_span_of_days_is_corrected():
    from tipbot.answering.answerability import _other_direction

    q = analyse("why was the Harbour Declaration only adopted on the last day of the 5th Harbour Summit?")
    said = _sentence("A declaration of the harbour states, adopted at the 5th Harbour Summit in Port Mira, on 10 May "
                     "2023, the summit's first day.", "d1", "digest")
    idf = {t: 1.0 for t in tokenize(said.text + " " + q.text)}
    found = _other_direction(q, [said], set(tokenize(q.text)), idf)
    assert found is not None and found[0] == "last day"
    same = _sentence("A declaration of the harbour states, adopted at the 5th Harbour Summit in Port Mira, on 11 May "
                     "2023, the summit's last day.", "d2", "digest")
    assert _other_direction(q, [same], set(tokenize(q.text)), idf) is None


def test_what_the_glossary_or_the_paper_says_is_no_statement_someone_made():
    from tipbot.answering.answerability import reported_speech

    assert reported_speech("rangkumin dong apa kata glosarium soal Satgas Pelabuhan") == ""
    assert reported_speech("what does the paper say about the harbour task force?") == ""
    assert reported_speech("what did the harbour minister say about the kidney case?") != ""


def test_a_summary_of_what_the_glossary_says_quotes_the_entries_that_name_its_subject(mini_assistant):
    answer = mini_assistant.ask("can you summarise what the glossary says about PSMA and IUU fishing?")
    assert "Port State Measures Agreement" in answer.text
    assert "Illegal, unreported and unregulated fishing" in answer.text
    # (the entries are the summary, not an addition after the paper's sentences)
    assert answer.text.lstrip("- ").startswith("Glossary") and "The paper states" not in answer.text


def test_a_question_naming_things_a_digest_does_not_hold_asks_beyond_that_digest():
    from tipbot.answering.extractive import names_beyond

    digest = _sentence("The Harbour Convention (HCV) binds the five harbour states.", "d1", "digest")
    q = analyse("what does the glossary say about the treaties: the Port Protocol, HCV and the Dock Accord?")
    assert names_beyond(q, [digest])
    assert not names_beyond(analyse("what does the glossary say about the HCV?"), [digest])


def test_a_closing_request_to_list_what_a_yes_or_no_question_asks_about_asks_for_a_list():
    assert analyse("ada langkah pelabuhan yg diakui gak? sebutin dong").answer_type == "list"
    assert analyse("ada langkah pelabuhan yg diakui gak?").answer_type != "list"


def test_a_bold_lead_sentence_of_a_digest_item_is_its_label():
    from dataclasses import replace

    from tipbot.answering.extractive import labels_item

    text = ("## Key findings\n- **Some steps were acknowledged.** Harbour investigations rose.\n"
            "- **Corruption and complicity.** Officials took part.")
    lead = _sentence("**Some steps were acknowledged.**", "d1", "digest")
    other = _sentence("**Corruption and complicity.**", "d1", "digest", position=2)
    for e in (lead, other):
        e.passage = replace(e.passage, chunk=replace(e.chunk, text=text))
    q_tokens = set(tokenize("were any harbour steps acknowledged"))
    assert labels_item(lead, q_tokens)
    assert not labels_item(other, q_tokens)
    # (a one-word label of its own names a field, not an item the question asks for)
    field = _sentence("**Date.**", "d2", "digest")
    dated = "- **Date.** The harbour pact is dated 2023."
    field.passage = replace(field.passage, chunk=replace(field.chunk, text=dated))
    assert not labels_item(field, set(tokenize("what date was the harbour pact")))


def test_indonesian_words_of_acknowledging_and_remaining_are_rendered():
    from tipbot.query import translate_terms

    assert "acknowledged" in translate_terms("diakui")
    assert "still" in translate_terms("tetep") and "still" in translate_terms("tetap")
