"""Reader rules of the thirty-fifth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize

from .test_reader_rules_s31 import _sentence


def test_a_figure_counts_the_noun_of_its_own_phrase_not_one_in_a_clause_after_it():
    from tipbot.answering.selection import counts_head

    q = analyse("how many victims did the harbour office find?")
    # (a participle opens a clause of its own: the figure counts reports)
    assert not counts_head("The harbour office received 40 reports indicating there were victims.", q)
    # (a relative word with a copula keeps the noun: the figure counts citizens who are victims)
    assert counts_head("It found 310 harbour citizens who are victims of forced labour.", q)
    assert counts_head("It found 310 victims in the harbour.", q)
    # (an -ing word before the noun modifies it)
    assert counts_head("The harbour log records 53 distinct smuggling flows.", analyse("how many flows are there?"))
    # (the noun itself may end in -ing)
    assert counts_head("The harbour office held two meetings.", analyse("how many meetings did it hold?"))


def test_the_kinds_a_sentences_figures_count_and_the_kind_a_question_counts():
    from tipbot.answering.answerability import asked_kind, figure_kinds

    assert set(figure_kinds("The harbour office received 40 reports indicating there were victims.")) == {"records"}
    assert set(figure_kinds("It found 310 harbour citizens and 12 cases.")) == {"people", "records"}
    assert figure_kinds("The harbour opened in 1990.") == {}
    assert figure_kinds("The 2020 Harbour Report says half were women.") == {}  # (a year counts nothing)
    assert asked_kind(analyse("How many harbour workers were victims?"))[1] == "people"
    assert asked_kind(analyse("berapa laporan yang diterima kantor pelabuhan?"))[1] == "records"


def test_a_figure_that_names_the_noun_counted_answers_before_one_whose_surroundings_share_words():
    from tipbot.answering.compose import _figure_spans, _nearest_spans

    text = "The harbour office task force reported 300 victims rescued, 90 harbour reports and 40 suspects."
    q_tokens = set(tokenize("how many reports did the harbour office task force get"))
    assert _nearest_spans(text, _figure_spans(text), q_tokens, "reports", 1) == ["90 harbour reports"]


def test_a_follow_up_that_counts_a_noun_of_its_own_leaves_the_previous_noun_and_act_behind():
    from tipbot.answering.analysis import resolve_followup

    previous = analyse("how many workers were deported from the harbour in 2022?")
    read = resolve_followup("and how many reports?", "en", previous)
    assert "reports" in read and "harbour" in read and "2022" in read
    assert "workers" not in read.split() and "deported" not in read.split()
    # (a follow-up counting the same noun keeps the previous question's topic whole)
    assert "deported" in resolve_followup("and how many workers?", "en", previous)



def test_a_laws_number_word_before_its_number_names_the_law_it_asks_for_none():
    from tipbot.answering.analysis import answer_type

    assert answer_type("What does Harbour Law Number 7 of 1999 regulate?", "en") != "law"
    assert answer_type("What is the law number of the harbour act?", "en") == "law"


def test_a_whole_message_read_as_a_date_without_a_direct_answer_lacks_one():
    from tipbot.answering.compound import lacks_direct
    from tipbot.schema import Answer

    def answer(text: str) -> Answer:
        return Answer(question="q", text=text, citations=[], retrieved=[], language="en")

    direct = "In short: {answer}"
    assert lacks_direct(answer("The digest says: “The harbour plan omits its start.” [1]"), "date", direct)
    assert not lacks_direct(answer("In short: 3 May 2020 [1]\nThe digest says: “…” [1]"), "date", direct)
    # (a summary has no direct answer to lack)
    assert not lacks_direct(answer("The digest says: “…” [1]"), "summary", direct)


def test_a_frequency_the_question_asserts_is_contradicted_by_another_the_source_gives():
    from tipbot.answering.answerability import _other_direction

    content = [_sentence("The Harbour Board publishes its pilotage review every two years (biennial).", "d1", "digest")]
    idf = {t: 2.0 for t in tokenize("harbour board publishes pilotage review")}
    for asked in ("Why does the Harbour Board publish its pilotage review every year?",
                  "review pilotage Harbour Board itu terbit tiap tahun kan?"):
        q = analyse(asked)
        found = _other_direction(q, content, set(tokenize(q.text)), idf)
        assert found is not None and found[1] is content[0], asked
    # (the frequency the source gives is no contradiction)
    q = analyse("Why does the Harbour Board publish its pilotage review every two years?")
    assert _other_direction(q, content, set(tokenize(q.text)), idf) is None


def test_a_place_asserted_of_a_numbered_event_is_read_in_the_clause_naming_that_event():
    from tipbot.answering.answerability import _best_clause, labelled_numbers

    text = "In May 2019, at the 12th Harbour Summit in Lumo, the board adopted its first pilotage plan."
    q_text = "Why did the board adopt its first pilotage plan at the 12th Harbour Summit in Vesk?"
    anchor = set(tokenize(q_text)) - {"vesk"}
    labels = [(toks, n) for toks, n in labelled_numbers(q_text, "en") if n == "12"]
    assert "Lumo" in _best_clause(text, anchor, labels)
    assert "Lumo" not in _best_clause(text, anchor)  # (without the label: the clause with most of the event's words)


def test_a_modal_question_of_its_own_does_not_undo_the_computation_asked_beside_it():
    assert analyse("40 pilots and 1,210 crew. what's the total, and can I trust the source?").arithmetic == "sum"
    # (a modal question about the computation itself asks whether to compute, not for the value)
    assert analyse("40 pilots and 1,210 crew, can I just add them up?").arithmetic == ""
    assert analyse("bisa gak 40 sama 1.210 dijumlahin?").arithmetic == ""


def test_a_comma_inside_a_serial_list_of_capitalised_words_stays_inside_the_name():
    from tipbot.answering.selection import _NAME

    text = "Under the 2021 rules the harbour board is chaired by the Minister for Ports, Fisheries and Maritime Affairs"
    assert "Minister for Ports, Fisheries and Maritime Affairs" in [m.group(0) for m in _NAME.finditer(text)]
    # (a comma before a lower-case word still ends a name)
    assert "Jakarta" in [m.group(0) for m in _NAME.finditer("It met in Jakarta, and the board agreed.")]


def test_a_numbered_label_the_question_asserts_is_corrected_by_the_sentence_giving_it_another_number():
    from tipbot.answering.answerability import _relabelled, labelled_numbers

    content = [_sentence("At the 14th Harbour Forum in mid-July, the pilots' union asked for a new working group.")]
    q = analyse("the working group came from the pilots' union request at Harbour Forum ke-12, right?")
    idf = {t: 2.0 for t in tokenize("working group pilots union request harbour forum")}
    found = _relabelled(q, content, set(tokenize(q.text)), idf, labelled_numbers(q.text, q.language))
    assert found is not None and found[0] == "12" and found[1] is content[0]
    q = analyse("the working group came from the pilots' union request at the 14th Harbour Forum, right?")
    assert _relabelled(q, content, set(tokenize(q.text)), idf, labelled_numbers(q.text, q.language)) is None


def test_a_difference_of_two_counted_nouns_is_computed_only_from_a_figure_of_each():
    from tipbot.answering.answerability import compared_nouns
    from tipbot.answering.compose import operands

    q = analyse("how many more victims than cases did the harbour hotline log?")
    assert q.arithmetic == "difference" and len(compared_nouns(q)) == 2
    both = _sentence("The harbour hotline logged 1,210 cases and 1,404 victims in 2019–2022.")
    assert [raw for raw, _ in operands(q, [both], set(tokenize(q.text)))] == ["1,210", "1,404"]
    # (a count of citizens and an index value are no victims and cases: nothing is computed)
    other = [_sentence("The harbour index for victims rose to 0.41, up from 0.34."),
             _sentence("There were 62 harbour citizens who are victims.", "p2")]
    assert operands(q, other, set(tokenize(q.text))) == []
    assert len(compared_nouns(analyse("selisih korban sama kasus di pelabuhan brp?"))) == 2
    # (nouns of one kind, a noun of a document's title, or shares compare no two kinds)
    assert compared_nouns(analyse("selisih jumlah WNI korban di pelabuhan brp?")) == []
    assert compared_nouns(analyse("in the 2019 Harbour report, how many more victims than in 2018?")) == []
    assert compared_nouns(analyse("by how many percentage points did the victims' share of cases drop?")) == []


def test_months_joined_as_a_range_date_a_fact_and_name_nothing():
    q = analyse("brp laporan yg diterima kantor pelabuhan di Jan-Juni 2018?")
    assert not any("Jan" in n for n in q.constraints.names)
    assert analyse("how many harbour reports came in Mar–Sept 2018?").constraints.names == []


def test_a_person_asserted_to_hold_a_qualified_office_is_checked_against_the_sentence_naming_its_holder():
    from tipbot.answering.answerability import _other_holder

    evidence = [_sentence("Corresponding Author: Mara Lindqvist Holt, Harbour Studies, Port Institute.", "front"),
                _sentence("Mara Lindqvist Holt, Tomas Brecht Vale", "front")]
    q = analyse("the corresponding author of the harbour paper is Tomas Brecht Vale, right?")
    found = _other_holder(q, evidence, frozenset(), frozenset())
    assert found is not None and found[0] == "Tomas Brecht Vale" and found[1] is evidence[0]
    q = analyse("the corresponding author of the harbour paper is Mara Lindqvist Holt, right?")
    assert _other_holder(q, evidence, frozenset(), frozenset()) is None
    # (an office without a qualifier may have several holders)
    assert _other_holder(analyse("an author of the harbour paper is Tomas Brecht Vale, right?"), evidence, frozenset(),
                         frozenset()) is None


def test_a_closing_tag_question_marks_an_assertion_and_names_nothing():
    for asked in ("I found that 40% of harbour pilots are women, is that right?",
                  "40% of harbour pilots are women, right?", "40% of harbour pilots are women, am I right?"):
        q = analyse(asked)
        assert q.premise, asked
        assert "right" not in q.text.lower() and "found" not in q.text.lower(), q.text
    # (a verdict asked of the thing itself stays: "right" is its term)
    assert "right" in analyse("is the harbour strategy right?").text


def test_whom_a_summary_is_for_is_no_constraint_on_it():
    assert analyse("Can you give me an NGO briefing on harbour trafficking?").constraints.names == []
    assert "LSM" not in analyse("buatin ringkasan buat LSM soal perdagangan orang di pelabuhan dong").constraints.names
    # (a name the summary is about stays)
    assert analyse("give me a briefing on the Harbour Charter").constraints.names == ["Harbour Charter"]


def test_the_rest_of_a_total_is_computed_from_the_whole_and_its_part_in_one_sentence():
    from tipbot.answering.compose import operands

    q = analyse("how many harbour workers were outside the north coast?")
    assert q.arithmetic == "difference" and q.remainder
    # ("abroad" written with a word of the rest is a place)
    assert analyse("berapa WNI di luar negeri yang jadi korban?").arithmetic == ""
    assert analyse("how many harbour workers outside the country were victims?").arithmetic == ""
    whole = _sentence("The harbour survey counted 29.5 million workers, 14.1 million of them on the north coast.", "g1",
                      "glossary")
    other = _sentence("Of a total of 30 million harbour workers, there are 14 million workers on the north coast.")
    # (one sentence's whole and part, never one sentence's total less another's)
    assert [raw for raw, _ in operands(q, [other, whole], set(tokenize(q.text)))] == ["30 million", "14 million"]
    q = analyse("according to the glossary, how many harbour workers were outside the north coast?")
    assert [raw for raw, _ in operands(q, [other, whole], set(tokenize(q.text)))] == ["29.5 million", "14.1 million"]


def test_a_year_listed_beside_the_questions_own_year_does_not_date_it():
    from tipbot.answering.compose import direct_answer

    q = analyse("When were the 2021 harbour survey results released?")
    rounds = _sentence("The harbour survey has had rounds in 2016, 2021 and 2024, run by the port office.")
    assert direct_answer(q, rounds, set(tokenize(q.text))) is None
    dated = _sentence("The 2021 harbour survey was released in 2022.")
    assert direct_answer(q, dated, set(tokenize(q.text))) == "2022"


def test_a_digest_section_whose_heading_names_what_is_asked_joins_the_evidence():
    from types import SimpleNamespace

    from tipbot.answering.extractive import heading_siblings
    from tipbot.schema import Chunk, Passage

    def chunk(cid: str, section: str, source: str = "harbour-charter") -> Chunk:
        return Chunk(id=cid, text=f"{section} text.", source_id=source, kind="digest", title="Harbour Charter Review",
                     section=section)

    found = Passage(chunk=chunk("c1", "What the source is"), score=0.8)
    context = SimpleNamespace(chunks=[found.chunk, chunk("c2", "Main commitments"), chunk("c3", "Follow-up"),
                                      chunk("c4", "Main commitments", "other-source")])
    q = analyse("according to the Harbour Charter, what commitments does it make for pilots?")
    assert [p.chunk.id for p in heading_siblings(q, [found], context)] == ["c2"]
    assert heading_siblings(analyse("when was the Harbour Charter signed?"), [found], context) == []
    # (a heading's words that name the source, or the question's own names and years, name no section)
    context.chunks.append(chunk("c5", "Pilots in the 2020 review"))
    q = analyse("what does the harbour charter review of 2020 say?")
    assert "c5" not in [p.chunk.id for p in heading_siblings(q, [found], context)]


def test_a_question_for_a_year_is_answered_exactly_by_a_year():
    from tipbot.answering.selection import type_fit

    sentence = _sentence("The harbour board, which chairs the 2023 Harbour Summit, met twice.")
    for asked in ("the harbour board chaired the summit in what year?", "dewan pelabuhan jadi ketua tahun brp?"):
        q = analyse(asked)
        assert type_fit(sentence, q, q_tokens=set(tokenize(q.text)), idf={}) >= 0.5, asked
    q = analyse("when did the harbour board chair the summit?")
    assert type_fit(sentence, q, q_tokens=set(tokenize(q.text)), idf={}) < 0.5
    # ("ketua" is rendered as "chair" and its kin)
    from tipbot.query import translate_terms

    assert "chairman" in translate_terms("ketua")
