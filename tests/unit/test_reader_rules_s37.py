"""Reader rules of the thirty-sixth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse

from .test_reader_rules_s31 import _sentence


def _substitute(question: str, missing: list[str], *texts: str):
    from tipbot.answering.extractive import substitute

    found = substitute(analyse(question), missing, [_sentence(t, f"d{i}", "digest") for i, t in enumerate(texts)], {})
    return (found[0].text, found[1]) if found else None


def test_a_figure_the_sources_lack_is_filled_by_another_figure_counting_the_same_noun():
    found = _substitute("The harbour act had 12 chapters when it was passed, right?", ["12"],
                        "The harbour act was passed in 1999 with 4 amendments.",
                        "At the time it had nine chapters and 40 articles.")
    assert found == ("At the time it had nine chapters and 40 articles.", "nine chapters")
    # (an Indonesian noun by its English rendering: "bab" is a chapter)
    assert _substitute("UU pelabuhan itu awalnya 12 bab kan?", ["12"],
                       "At the time it had nine chapters and 40 articles.")[1] == "nine chapters"
    # (a year is no such figure, nor is a figure of another noun)
    assert _substitute("The harbour act had 12 chapters, right?", ["12"], "It was passed in 1999 with 4 amendments.") \
        is None


def test_a_share_the_sources_lack_is_filled_by_another_share_of_the_same_thing():
    found = _substitute("why did the harbour report find 60% of workers were held for forced labour?", ["60%"],
                        "The harbour report covers 12 ports.",
                        "Of the workers, 50% were held for debt bondage, 38% for forced labour and 2% for begging.")
    assert found[1] == "38%"
    # (a share of other things alone does not fill it)
    assert _substitute("why did the harbour report find 60% of workers were held for forced labour?", ["60%"],
                       "Of the workers, 50% were held for debt bondage.") is None


def test_a_holder_the_sources_lack_is_filled_by_another_holder_of_an_office_of_the_same_head():
    found = _substitute("Why did Vice President Tan open the harbour summit?", ["Tan"],
                        "The vice president attended the summit.",
                        "President Lee opened the harbour summit.")
    assert found == ("President Lee opened the harbour summit.", "President Lee")
    # (an office of another head is no such filler)
    assert _substitute("Why did Vice President Tan open the harbour summit?", ["Tan"],
                       "Harbour Minister Lee opened the summit.") is None


def test_a_body_the_sources_lack_is_filled_by_another_of_its_kind_qualified_by_the_same_country():
    found = _substitute("Why did Cambodia's Ministry of Justice sign the harbour MoU?", ["Justice"],
                        "Data from the Ministry of Foreign Affairs shows the harbour MoU was signed.",
                        "The harbour MoU was signed by Cambodia's Ministry of Interior.")
    assert found == ("The harbour MoU was signed by Cambodia's Ministry of Interior.",
                     "Cambodia's Ministry of Interior")


def test_a_country_the_sources_lack_is_filled_by_another_country():
    found = _substitute("Why did Thailand propose the harbour declaration?", ["Thailand"],
                        "Thailand hosted the harbour meeting.", "Indonesia proposed the harbour declaration.")
    assert found == ("Indonesia proposed the harbour declaration.", "Indonesia")


def test_an_indonesian_tag_before_a_comma_asks_to_confirm_the_statement_before_it():
    from tipbot.answering.analysis import confirms

    assert confirms("kantor pelabuhan itu udah jalan dari 2006 kan, bareng UU-nya?", "id")
    assert confirms("kantor pelabuhan itu udah jalan dari 2006 ya, bareng UU-nya?", "id")
    # (a question that asks for something keeps asking: the tag after an interrogative)
    assert not confirms("kantor pelabuhan itu jalan dari kapan ya?", "id")


def test_a_year_in_a_laws_number_dates_no_event_the_question_asserts():
    from tipbot.answering.answerability import _other_event_year

    q = analyse("the harbour agency has been operational since 2006, right?")
    tokens = {"harbour", "agency", "operational"}
    glossed = _sentence("Harbour agency: created by Law No. 13/2006; operational since 2008.", "g1", "glossary")
    idf = {"harbour": 1.0, "agency": 1.0, "operational": 2.0}
    found = _other_event_year(q, [glossed], tokens, idf)
    assert found is not None and found[0] == "2006"
    # (a sentence that dates the event to the year asserted is no correction)
    dated = _sentence("Harbour agency: created by Law No. 13/2006; operational since 2006.", "g1", "glossary")
    assert _other_event_year(q, [dated], tokens, idf) is None
    # (a sentence dated only by a law's number keeps that year)
    numbered = _sentence("Harbour agency: operational under Law No. 13/2006.", "g1", "glossary")
    assert _other_event_year(q, [numbered], tokens, idf) is None


def test_a_count_a_question_only_asks_to_confirm_is_no_list_asked_for():
    assert analyse("UU pelabuhan itu dulu cuma 5 bab kan?").answer_type != "list"
    assert analyse("The harbour law had 5 chapters, right?").answer_type != "list"
    # (with an interrogative it asks for the items)
    assert analyse("prosedurnya kan ada 3 langkah, apa aja tuh?").answer_type == "list"
    assert analyse("explain the three stages of the harbour plan").answer_type == "list"


def test_of_a_sentences_dates_the_one_whose_clause_names_the_questions_subject_answers_when():
    from tipbot.answering.compose import direct_answer
    from tipbot.keyword import tokenize

    text = "Viet Nam deposited on 5 January 2017 and Thailand on 16 January 2017."
    q = analyse("kapan Thailand nyetor ratifikasi konvensi pelabuhan?")
    tokens = set(tokenize("Thailand deposit ratification harbour convention"))
    assert direct_answer(q, _sentence(text, "d1", "digest"), tokens) == "16 January 2017"
    q = analyse("When did Viet Nam deposit its ratification of the harbour convention?")
    tokens = set(tokenize("Viet Nam deposit ratification harbour convention"))
    assert direct_answer(q, _sentence(text, "d1", "digest"), tokens) == "5 January 2017"


def test_a_technique_that_qualifies_figures_is_not_claimed_of_the_study():
    from tipbot.answering.extractive import unnamed_method
    from tipbot.schema import Chunk

    method = Chunk(id="m1", text="This harbour study uses a qualitative approach. The research technique used is "
                   "literature review.", source_id="paper", kind="paper", title="The paper", section="Research Method")
    claimed = unnamed_method(analyse("did the authors run a survey of harbour workers for this paper?"), [method])
    assert claimed is not None and claimed[0] == "survey"
    # (the figures of another's survey that the paper cites are no technique of its own)
    assert unnamed_method(analyse("How does the paper compare its 2016 and 2021 survey figures?"), [method]) is None


def test_a_law_fits_a_question_by_the_words_before_it_and_by_its_own_year():
    from tipbot.answering.compose import laws_fit
    from tipbot.keyword import tokenize

    q = analyse("The harbour act of 2006 was amended in 2014 by which law?")
    text = "It follows Law 21/2007 on ports, and the 2014 amendment (Law 31/2014) changed it."
    assert laws_fit(text, q, set(tokenize(q.text)))[0][1].group(0) == "Law 31/2014"
    q = analyse("The harbour convention was ratified by which law?")
    text = "The legal basis includes Law Number 21 of 2007. Indonesia ratified it by Law No. 12/2017."
    assert laws_fit(text, q, set(tokenize(q.text)))[0][1].group(0) == "Law No. 12"


def test_the_subject_of_a_passive_without_an_agent_is_no_asserted_actor():
    from tipbot.answering.answerability import asserted_actor

    assert asserted_actor(analyse("Satgas Pelabuhan dibentuk tanggal 5 Juli 2023 kan?")) is None
    assert asserted_actor(analyse("the Harbour Task Force was formed on 5 July 2023, right?")) is None
    # (a subject that acts, or a passive's agent, still is one)
    assert asserted_actor(analyse("why did Kemenlu form the Harbour Task Force?")) == "Kemenlu"
    assert asserted_actor(analyse("Satgas Pelabuhan dibentuk oleh Kemenlu kan?")) == "Kemenlu"


def test_in_an_enumeration_of_figures_each_figure_has_the_words_up_to_the_next_join():
    from tipbot.answering.compose import _figure_spans, _nearest_spans
    from tipbot.keyword import tokenize

    text = ("Forms of work: 50% of harbour workers were held for debt bondage, 38% for forced fishing, 6% for forced "
            "criminal activity and just over 1% for begging.")
    spans = _figure_spans(text)

    def best(question: str) -> list[str]:
        return _nearest_spans(text, spans, set(tokenize(question)), "", 1)

    assert best("what share of harbour workers were held for debt bondage") == ["50%"]
    assert best("what share were held for forced fishing") == ["38%"]
    assert best("what share were held for forced criminal activity") == ["6%"]
    assert best("what share went to begging") == ["1%"]
