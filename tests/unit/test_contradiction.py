"""Premises that the evidence contradicts: a wrong place for an event, a numbered label given another number. The
evidence is built by hand (no store, no model), so each test shows the rule on a few sentences of an invented
source."""

from __future__ import annotations

from tests.helpers import evidence_of
from tipbot.answering.analysis import analyse
from tipbot.answering.answerability import (
    asserted_places,
    claim_of,
    contradiction,
    labelled_numbers,
    unknown_places,
)
from tipbot.answering.extractive import store_places
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage

TEXT = [
    "The two police forces met several times in Port Lumen and in Osterra City to plan their work.",
    "The agreement between the two police forces was signed in Port Lumen on 14 March 2019.",
    "It lets an inspector of one state board a vessel flagged by another.",
    "In the 2023 report Veloria was ranked Grade 2 for its efforts against forced labour.",
    "The report ranks each state as Grade 1, Grade 2 or Grade 3.",
    "The Harbour Authority formed the joint boarding team on June 2 2021.",
    "Known cases: 1) 57 crew members in debt bondage (Fisheries Watch, 2022), 2) 126 fishers rescued from vessels "
    "(Harbour Authority, 2023).",
]


def _pool() -> list[Evidence]:
    chunk = Chunk(id="c1", text=" ".join(TEXT), source_id="mini", kind="paper", title="Mini paper")
    passage = Passage(chunk=chunk, score=1.0)
    return [Evidence(text=t, passage=passage, position=i, tokens=set(tokenize(t)), score=1.0 - i / 10)
            for i, t in enumerate(TEXT)]


IDF = {t: 2.0 for s in TEXT for t in tokenize(s)}
PLACES = store_places([Chunk(id="c1", text=" ".join(TEXT), source_id="mini", kind="paper", title="Mini paper")])


def _tokens(question: str) -> set[str]:
    return set(tokenize(analyse(question).text)) - {"why", "did", "was"}


def _check(question: str, pool: list[Evidence] | None = None):
    """The contradiction the invented source (or ``pool``) gives for a question (None when there is none)."""
    q = analyse(question)
    pool = _pool() if pool is None else pool
    idf = {**IDF, **{t: 2.0 for e in pool for t in e.tokens}}
    return contradiction(q, pool, _tokens(q.text), idf, PLACES)


def test_the_store_names_its_places_but_not_months_or_common_words():
    assert {"Port Lumen", "Osterra City"} <= PLACES
    assert not any(p.startswith(("March", "The")) for p in PLACES)


def test_a_wrong_place_for_an_event_is_contradicted_by_the_sentence_that_places_it():
    q = analyse("why did the two police forces sign the agreement in Osterra City?")
    assert asserted_places(q, PLACES) == ["Osterra City"]
    found = contradiction(q, _pool(), _tokens(q.text), IDF, PLACES)
    assert found is not None
    value, evidence = found
    assert value == "Osterra City" and "signed in Port Lumen" in evidence.text


def test_the_right_place_is_not_contradicted():
    assert _check("why did the two police forces sign the agreement in Port Lumen?") is None


def test_a_numbered_label_given_another_number_is_contradicted():
    q = analyse("why was Veloria ranked Grade 3 in the 2023 report?")
    assert (set(tokenize("Grade")), "3") in labelled_numbers(q.text, q.language)
    found = contradiction(q, _pool(), _tokens(q.text), IDF, PLACES)
    assert found is not None and found[0] == "3" and "Grade 2" in found[1].text


def test_a_sentence_that_sets_out_the_whole_scale_assigns_no_number():
    assert _check("why was Veloria ranked Grade 2 in the 2023 report?") is None


def test_years_and_counts_are_not_labels():
    assert labelled_numbers("how many victims in 2023, about 40 people?", "en") == []


def test_a_wrong_actor_for_an_event_is_contradicted():
    found = _check("why did the Coast Guard form the joint boarding team in 2021?")
    assert found is not None and found[0] == "Coast Guard" and "Harbour Authority formed" in found[1].text


def test_the_right_actor_is_not_contradicted():
    assert _check("why did the Harbour Authority form the joint boarding team in 2021?") is None


def test_a_figure_credited_to_the_wrong_source_is_contradicted_by_its_own_clause():
    # the sentence names Fisheries Watch, but beside another figure: 126 fishers are the Harbour Authority's
    found = _check("Fisheries Watch reported that 126 fishers were rescued from vessels, right?")
    assert found is not None and found[0] == "Fisheries Watch"
    assert _check("Harbour Authority reported that 126 fishers were rescued from vessels, right?") is None


def test_a_place_the_sources_never_name_is_missing():
    vocab = {t: 1.0 for t in tokenize("the embassy in Phnom Penh received reports; introduction")}
    q = analyse("why did the embassy in bangkok get the reports, as the intro says?")
    assert unknown_places(q, vocab) == ["bangkok"]  # "intro" clips "introduction": not a place
    assert unknown_places(analyse("why did the embassy in Phnom Penh get the reports?"), vocab) == []


def test_an_unknown_word_inside_a_longer_name_is_missing():
    from tipbot.answering.answerability import missing_from_store

    vocab = {t: 1.0 for t in tokenize("the cambodian prime minister said the police signed the mou")}
    q = analyse("What did Cambodian Prime Minister Hun Manet say about the MoU?")
    assert {"Hun", "Manet"} <= set(missing_from_store(q, vocab, frozenset()))


def test_a_name_glossed_in_parentheses_by_a_known_one_is_not_missing():
    from tipbot.answering.answerability import missing_from_store

    vocab = {t: 1.0 for t in tokenize("the police of both countries signed the mou")}
    q = analyse("Siapa yang membahas rencana Nota Kesepahaman (MoU) antara kedua polisi?")
    assert missing_from_store(q, vocab, frozenset()) == []
    q = analyse("Who discussed the Harbour Understanding (MoU) between the two police forces?")
    assert missing_from_store(q, vocab, frozenset()) == []
    q = analyse("Who discussed the Harbour Understanding between the two police forces?")
    assert "Harbour Understanding" in missing_from_store(q, vocab, frozenset())  # (no gloss: still unknown)


def test_a_title_whose_words_the_store_uses_apart_is_missing():
    from tipbot.answering.answerability import missing_from_store

    text = "The Global Report counts victims of modern slavery; the Harbour Index ranks ports."
    vocab = {t: 1.0 for t in tokenize(text)}
    toks = tokenize(text)
    bigrams = frozenset(zip(toks, toks[1:], strict=False))
    q = analyse("What does the Global Slavery Index say about the ports?")
    assert "Global Slavery Index" in missing_from_store(q, vocab, frozenset(), bigrams)
    known = analyse("What does the Harbour Index say about the Global Report?")
    assert missing_from_store(known, vocab, frozenset(), bigrams) == []


def test_a_period_given_to_a_law_is_checked_against_the_sentence_naming_that_law():
    pool = evidence_of("Presidential Regulation Number 19 of 2023 sets the National Action Plan for 2020-2024.")
    found = _check("Why does Regulation No. 19 of 2023 set the plan for 2015–2019?", pool)
    assert found is not None and found[0] == "2015–2019"
    assert _check("Why does Regulation No. 19 of 2023 set the plan for 2020-2024?", pool) is None


def test_a_quantity_of_another_kind_does_not_answer():
    from tipbot.answering.answerability import figure_of_kind, quantity_kind

    assert quantity_kind(analyse("How much did the government spend to bring them home?")) == "money"
    assert quantity_kind(analyse("how old were the victims on average?")) == "age"
    assert quantity_kind(analyse("berapa lama mereka terjebak di sana?")) == "duration"
    assert quantity_kind(analyse("How many people were saved?")) is None
    assert figure_of_kind("a fine of hundreds of millions of rupiah", "money")
    assert figure_of_kind("In the four months since it was formed", "duration")
    assert not figure_of_kind("1,138 citizens were repatriated", "money")
    assert not figure_of_kind("62 Indonesian citizens were victims", "age")


def test_a_wrong_date_a_reversed_direction_and_a_wrong_count_are_contradicted():
    pool = evidence_of("The compact was signed in the harbour on 14 March 2019 by three states.",
                    "The index rose to 91%, and the share of crews in debt bondage continues to decline from 9% to 7%.",
                    "The inspectors arrested 12 suspects in the fishing fleet case.")
    idf = {t: 2.0 for e in pool for t in e.tokens}
    cases = [("Why was the compact signed in the harbour on 14 April 2019?", "14 April 2019"),
             ("Why did the share of crews in debt bondage rise?", "rise"),
             ("Why did the inspectors arrest only six suspects in the fishing fleet case?", "6")]
    for question, value in cases:
        q = analyse(question)
        found = contradiction(q, pool, _tokens(q.text), idf, PLACES)
        assert found is not None and found[0] == value, question
    for question in ("Why was the compact signed in the harbour on 14 March 2019?",
                     "Why did the share of crews in debt bondage decline?",
                     "Why did the inspectors arrest 12 suspects in the fishing fleet case?"):
        q = analyse(question)
        assert contradiction(q, pool, _tokens(q.text), idf, PLACES) is None, question


def test_a_wrong_year_for_an_event_is_contradicted_even_unmarked():
    pool = evidence_of("Veloria chaired the strait council in 2023 and put forced labour on the council agenda.")
    found = _check("Veloria chaired the strait council in 2022 — what did it put on the council agenda?", pool)
    assert found is not None and found[0] == "2022"
    assert _check("Veloria chaired the strait council in 2023 — what did it put on the council agenda?", pool) is None


def test_the_restated_claim_is_the_assertion_itself():

    claim = claim_of(analyse("Why did the paper say that Indonesia withdrew from ACTIP?"))
    assert claim == "Indonesia withdrew from ACTIP"
    assert claim_of(analyse("The task force saved 3,000 people, right? how?")) == "The task force saved 3,000 people"


def test_never_in_indonesian_reverses_the_verb_after_it():
    from tipbot.answering.answerability import reversed_premise

    pool = evidence_of("Veloria ratified the strait convention by Law No. 12/2017.")
    q = analyse("Mengapa artikel menyebutkan bahwa Veloria tidak pernah meratifikasi strait convention?")
    assert reversed_premise(q, pool)
    assert claim_of(q) == "Veloria tidak pernah meratifikasi strait convention"
    assert not reversed_premise(analyse("Kapan Veloria meratifikasi strait convention?"), pool)


def test_with_a_numbered_label_only_the_clause_about_that_one_places_it():
    pool = evidence_of("The charter was adopted at the 42nd Strait Summit (Port Lumen, May 2023); the 43rd Strait "
                       "Summit met in Osterra City.",
                       "The 42nd Strait Summit was held in Port Lumen.")
    idf = {t: 2.0 for e in pool for t in e.tokens}
    q = analyse("Why was the charter adopted at the 42nd Strait Summit in Osterra City?")
    found = contradiction(q, pool, _tokens(q.text), idf, PLACES)
    assert found is not None and found[0] == "Osterra City"


def test_an_opposite_verdict_is_contradicted():
    pool = evidence_of("It was concluded that the government developed the right strategy for the strait.")
    found = _check("Why did the paper conclude that the government's strategy for the strait failed?", pool)
    assert found is not None and found[0] == "failed"
    assert _check("Why was the government's strategy for the strait the right one?", pool) is None
    claim = claim_of(analyse("Why did the paper conclude that the strategy failed?"))
    assert claim == "the strategy failed"


def test_a_word_known_only_through_a_phrase_the_store_does_not_use_stays_unknown():
    from tipbot.answering.answerability import premise_terms

    vocab = {t: 2.0 for t in tokenize("law gives a penalty sanction punishment to the perpetrator")}
    q = analyse("kenapa UU 21/2007 memberi hukuman mati untuk pelaku TPPO?")
    terms = premise_terms(q, set(), vocab)
    assert {"dead", "death"} & terms  # "mati": the sources never speak of death


def test_a_question_for_an_office_holder_needs_a_passage_naming_one():
    from tipbot.answering.analysis import asked_office
    from tipbot.answering.answerability import names_holder

    assert asked_office(analyse("Who was the Indonesian ambassador who met the harbour police?")) == "ambassador"
    assert asked_office(analyse("Siapa nama Menteri Dalam Negeri Veloria yang menandatangani MoU?")).lower() \
        == "menteri dalam negeri"
    assert asked_office(analyse("siapa jubir kementerian yg menolak laporan itu?")) == "jubir"
    assert asked_office(analyse("Who signed the boarding agreement?")) is None
    lower = frozenset("the head of the harbour police met the ambassador of the regional office".split())
    named = "The Interior Ministry spokesperson Arlen Voss rejected the findings."
    unnamed = "The ambassador of Veloria met the Head of the Port Lumen Regional Police."
    assert names_holder(named, "jubir", lower, PLACES)  # an Indonesian form of the same office
    assert not names_holder(unnamed, "ambassador", lower, PLACES)  # a place is not a person
    assert not names_holder(named, "ambassador", lower, PLACES)  # someone else's office


def test_a_year_given_to_an_event_is_checked_but_a_year_labelling_a_thing_is_not():
    pool = evidence_of("Veloria chaired the harbour council in 2023 and proposed the boarding compact.",
                    "The 2019 fisheries report on Veloria describes forced labour on vessels.")
    found = _check("Since Veloria chaired the harbour council in 2021, which compact did it propose?", pool)
    assert found is not None and found[0] == "2021" and "2023" in found[1].text
    assert _check("What did the 2021 harbour council report say about Veloria?", pool) is None


def test_a_dotted_abbreviation_is_the_same_name_undotted():
    from tipbot.answering.answerability import _unknown_title
    from tipbot.answering.selection import has_constraint

    assert has_constraint("the U.S. State Department's 2017 TIP Report", "US TIP")
    assert not _unknown_title("US TIP", frozenset())  # acronyms combine freely: not a title


def test_a_year_no_evidence_holds_is_corrected_when_the_sources_date_the_event_otherwise():
    from tipbot.answering.answerability import _refused_or_redated

    pool = evidence_of("Veloria chaired the harbour council in 2023 and proposed the boarding compact.")
    q = analyse("Veloria chaired the harbour council in 2021 — which compact did it propose that year?")
    verdict = _refused_or_redated(q, pool, ["2021"], _tokens(q.text), {t: 2.0 for e in pool for t in e.tokens})
    assert verdict.decision == "premise" and verdict.evidence is not None and "2023" in verdict.evidence.text
    other = analyse("How many boats did Veloria inspect in 2021?")
    assert _refused_or_redated(other, pool, ["2021"], _tokens(other.text), {}).decision == "refuse"


def test_an_indonesian_count_is_read_by_the_noun_right_after_it_in_english():
    from tipbot.answering.answerability import counted_figures

    assert counted_figures("Sebutkan empat tahap analisis data", "id") == [("4", tokenize("stage")[0])]
    assert counted_figures("kenapa cuma enam tersangka yang ditangkap?", "id") == [("6", "suspect")]
    assert counted_figures("only six new suspects were arrested") == [("6", "suspect")]


def test_a_figure_given_for_another_span_than_the_one_asked_is_not_an_answer():
    from tipbot.answering.answerability import _other_period, asked_period

    pool = evidence_of("In the four months since it was formed, the boarding team rescued 126 fishers from vessels.",
                    "Since 2 June 2021 the desk has received 57 reports of debt bondage.")
    q = analyse("so the boarding team rescued 126 fishers in its first year, right?")
    assert asked_period(q) == "first year"
    found = _other_period(q, "first year", [], pool)
    assert found is not None and "four months" in found.text
    q = analyse("berapa laporan yang diterima desk pada tahun pertama sejak 2 Juni 2021?")
    assert asked_period(q) == "tahun pertama"
    typed = pool[1]
    typed.parts["type"] = 1.0
    assert _other_period(q, "tahun pertama", [typed], pool) is typed  # the day of the date is not a count
    assert asked_period(analyse("How many fishers did the team rescue?")) is None


def test_a_dated_title_the_sources_never_date_so_is_unknown():
    from tipbot.answering.answerability import unknown_dated_titles

    chunks = [Chunk(id="c9", text="The Harbour Report 2021 of the U.S. Coast Office counts 57 crews.", source_id="m",
                    kind="paper", title="Mini paper")]
    assert unknown_dated_titles(analyse("What does the Harbour Report 2023 say about crews?"), chunks) == [
        "Harbour Report 2023"]
    assert unknown_dated_titles(analyse("What does the 2021 Harbour Report say about crews?"), chunks) == []
    assert unknown_dated_titles(analyse("What did the 2021 US Coast Office report say?"), chunks) == []
    # typed in lower case, a title is known by its head noun
    assert unknown_dated_titles(analyse("quick q what does the harbour report 2024 say about crews"), chunks) == [
        "harbour report 2024"]
    assert unknown_dated_titles(analyse("what does the harbour report 2021 say about crews"), chunks) == []


def test_a_figure_asserted_of_the_opposite_group_is_contradicted():
    pool = evidence_of("Most crews in the strait are men (as many as 71%) who work in debt bondage.",
                    "At the same time, women account for 29% of the crews in the harbour.")
    found = _check("so 71% of the women crews were in debt bondage, right?", pool)
    assert found is not None and found[0] == "women" and "71%" in found[1].text
    assert _check("kak, 29% awak kapal itu perempuan ya?", pool) is None  # it says so: women, 29%
    assert _check("What share of the crews were men?", pool) is None  # asserts nothing
    # a figure given with its group is asserted of it without a marker; an age bounds a group and is no figure
    found = _check("what does the paper say about the 71% of women crews?", pool)
    assert found is not None and found[0] == "women"
    aged = evidence_of("Boys make up 15% of the crews.", "Violence against women aged 15-64 fell to 8.7%.")
    assert _check("what happened to violence against women aged 15-64?", aged) is None


def test_a_direction_given_in_the_clause_after_the_figure_contradicts_the_opposite():
    pool = evidence_of("In 2024, the target for the harbour safety index is 0.41%, an increase from 0.34% in 2019.")
    found = _check("why did the harbour safety index target fall from 0.41 in 2019 to 0.34 in 2024?", pool)
    assert found is not None and found[0] == "fall"
    assert _check("why did the harbour safety index target increase to 0.41 in 2024?", pool) is None


def test_what_the_sources_only_recommend_was_not_done():
    pool = evidence_of("The study used documents from the harbour registry and news reports.",
                    "Future researchers can collect data through direct interviews with fishers and inspectors.")
    found = _check("the authors interviewed the fishers directly, right?", pool)
    assert found is not None and "Future researchers" in found[1].text
    assert _check("What does the paper suggest future researchers do?", pool) is None  # asks for it, asserts nothing
    q = analyse("penulisnya kan wawancara langsung sama nelayan ya? hasilnya gimana?")
    assert q.premise  # a statement asked to be confirmed before another question asserts it


def test_a_body_typed_in_lower_case_is_the_asserted_actor_when_the_store_names_it():
    from tipbot.answering.answerability import asserted_actor

    names = frozenset({"harbour authority", "fisheries watch"})
    q = analyse("why did the harbour authority count the 57 crew members in debt bondage?")
    assert asserted_actor(q, names) == "harbour authority"
    assert asserted_actor(analyse("why did the inspectors count the crews?"), names) is None


def test_a_plural_right_after_the_number_is_the_counted_noun():
    from tipbot.answering.answerability import counted_figures

    # English adjectives take no plural -s: "strategies" is counted, not the verb after it
    assert counted_figures("there are five strategies carried out by the team") == [("5", "strategy")]
    assert counted_figures("the four big strategies") == [("4", "strategy")]


def test_another_count_is_no_contradiction_when_a_sentence_as_close_gives_the_asked_count():
    pool = evidence_of("An earlier study says the harbour authority uses four strategies against debt bondage.",
                    "This study finds five strategies of the harbour authority against debt bondage.")
    assert _check("Name the five strategies of the harbour authority against debt bondage.", pool) is None
    found = _check("Name the six strategies of the harbour authority against debt bondage.", pool)
    assert found is not None and found[0] == "6"


def test_the_renderings_of_one_indonesian_word_count_as_one_term():
    from tipbot.answering.answerability import rendering_groups
    from tipbot.answering.extractive import function_renderings

    groups = rendering_groups("sebutkan empat tahap analisis data", "id")
    assert frozenset(tokenize("stage step")) in groups
    assert rendering_groups("name the four stages", "en") == ()
    # a preposition or a request imperative is rendered ("dalam" → "deep"), but its rendering is no term …
    dropped = function_renderings("sebutkan tahap yang digunakan dalam penelitian ini")
    assert set(tokenize("deep name")) <= dropped and not dropped & set(tokenize("stage research"))
    # … unless a content word of the question gives the same rendering ("kedalaman" → "depth" is not dropped)
    assert "research" not in function_renderings("penelitian dalam penelitian")


def test_a_question_presupposing_what_the_sources_only_recommend_is_corrected_even_unmarked():
    pool = evidence_of("Future researchers can interview the crews of the boarded vessels in Port Lumen.",
                       "The harbour authority publishes a yearly report.")
    found = _check("Summarize what the crews of the boarded vessels told the interviewers in Port Lumen.", pool)
    assert found is not None and "Future researchers" in found[1].text
    assert _check("What do future researchers need to do with the crews of the boarded vessels?", pool) is None


def test_a_documents_number_counts_nothing():
    from tipbot.answering.answerability import counted_figures

    assert counted_figures("Perpres 19 tahun 2023 isinya apa saja?", "id") == []
    assert counted_figures("Law No. 21 of 2007 sets 15 years") == [("15", "year")]


def test_an_unmarked_question_presupposes_only_what_it_shares_more_than_one_term_with():
    pool = evidence_of("Future researchers can interview the crews of the boarded vessels.",
                       "The harbour authority publishes a yearly report.")
    assert _check("How are crews recruited?", pool) is None  # one shared term: not the same event


def test_a_count_the_question_itself_also_gives_is_no_contradiction():
    pool = evidence_of("An earlier study of the harbour authority found four strategies against debt bondage.",
                       "The harbour authority publishes a yearly report.")
    assert _check("How do the four strategies of the earlier study compare with the five strategies of the "
                  "harbour authority against debt bondage?", pool) is None


def test_a_span_counted_in_units_is_named_by_a_sentence_giving_that_many_units():
    from tipbot.answering.answerability import _other_period, asked_period

    pool = evidence_of("In the four months since it was formed, the boarding team rescued 126 fishers from vessels.",
                       "Another 4 boats were seized by the harbour office in May 2023.")
    q = analyse("kak, tim itu 4 bulan pertama abis dibentuk udah nyelametin brp nelayan?")
    typed = pool[0]
    typed.parts["type"] = 1.0  # (the sentence chosen for its figure)
    assert asked_period(q) == "bulan pertama" and _other_period(q, "bulan pertama", [typed], pool) is None


def test_a_body_credited_by_an_agent_or_source_marker_is_the_asserted_actor():
    from tipbot.answering.answerability import asserted_actor

    names = frozenset({"harbour authority", "fisheries watch"})
    assert asserted_actor(analyse("the 126 fishers were counted by Fisheries Watch, right?"), names) == \
        "Fisheries Watch"
    assert asserted_actor(analyse("126 nelayan itu kan dicatat Fisheries Watch ya?"), names) == "Fisheries Watch"
    assert asserted_actor(analyse("angka 126 nelayan itu datanya dr Fisheries Watch kan?"), names) == \
        "Fisheries Watch"
    assert asserted_actor(analyse("katanya data Fisheries Watch nyatet 126 nelayan, itu kapan?"), names) == \
        "Fisheries Watch"  # a source noun before the name credits it
    # a word that only begins like a passive verb credits nobody
    assert asserted_actor(analyse("ringkasin digest Fisheries Watch dong, katanya ada masalah"), names) is None


def test_a_figure_credited_to_another_body_is_corrected_and_its_own_body_is_not():
    found = _check("the 126 fishers rescued from vessels were recorded by Fisheries Watch, right?")
    assert found is not None and found[0] == "Fisheries Watch" and "126 fishers" in found[1].text
    assert _check("the 126 fishers rescued from vessels were recorded by the Harbour Authority, right?") is None
    # a figure's clause opens after a citation or an item's number, not after any bracket
    pool = evidence_of("Records of the Harbour Registry (*HREG*) show that the Harbour Authority inspected 310 "
                       "crews in 2022.")
    assert _check("the 310 crews inspected in 2022 were recorded by HREG, right?", pool) is None


def test_a_figure_put_in_another_place_than_the_sentence_giving_it_is_contradicted():
    pool = evidence_of("Of 40 boarded vessels in the region, 12 vessels were held in Port Lumen.")
    places = frozenset({"Port Lumen", "Osterra City"})
    q = analyse("what does the report say about the 12 vessels held in Osterra City?")
    found = contradiction(q, pool, _tokens(q.text), {**IDF, **{t: 2.0 for t in pool[0].tokens}}, places)
    assert found is not None and found[0] == "Osterra City"
    q = analyse("what does the report say about the 12 vessels held in Port Lumen?")
    assert contradiction(q, pool, _tokens(q.text), {**IDF, **{t: 2.0 for t in pool[0].tokens}}, places) is None


def test_the_claim_leaves_out_a_clause_that_goes_on_to_ask_and_colloquial_particles():
    assert claim_of(analyse("ILO kan nyebut 11 juta korban ada di afrika, trus yg di asia berapa?")) == \
        "ILO menyebut 11 juta korban ada di afrika"


def test_a_claim_the_sentence_states_in_the_negative_is_contradicted():
    pool = evidence_of("Other research shows that the Harbour Forum has an inappropriate strategy for boarding ships.",
                       "The study finds that the Harbour Authority developed the right strategy for boarding vessels.")
    found = _check("why did the study say the Harbour Forum had the right strategy for boarding vessels?", pool)
    assert found is not None and found[0] == "inappropriate"
    assert _check("why did the study say the Harbour Authority had the right strategy for boarding vessels?",
                  pool[1:]) is None
    pool = evidence_of("The Harbour Forum's declarations have not yet produced significant results for the crews.")
    found = _check("the Harbour Forum's declarations produced significant results for the crews, right?", pool)
    assert found is not None and found[0] == "not"


def test_a_label_is_checked_for_the_countries_of_the_sentence_that_gives_it():
    text = ["In the 2023 report Cambodia was ranked Grade 3, as in 2022.",
            "Indonesia and Cambodia signed a police pact in 2023."]
    chunk = Chunk(id="c2", text=" ".join(text), source_id="mini", kind="paper", title="Mini paper")
    pool = [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)),
                     score=1.0 - i / 10) for i, t in enumerate(text)]
    # (Indonesia, named only in the user's aside after the question, is not the subject of the ranking)
    found = _check("why did cambodia get upgraded to grade 1 in the 2023 report? my group thinks it was the pact "
                   "with indonesia", pool)
    assert found is not None and found[0] == "1" and "Grade 3" in found[1].text


def test_two_numbers_of_one_label_set_side_by_side_are_no_assertion():
    text = ["In the 2023 report Veloria was ranked Grade 2 for its efforts against forced labour."]
    chunk = Chunk(id="c3", text=text[0], source_id="mini", kind="paper", title="Mini paper")
    pool = [Evidence(text=text[0], passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text[0])),
                     score=1.0)]
    assert _check("what is the difference between Grade 1 and Grade 3 in the 2023 report?", pool) is None
    assert _check("why was Veloria ranked Grade 3 in the 2023 report?", pool) is not None
    assert _check("was Veloria ranked Grade 1 or Grade 3 in the 2023 report?", pool) is not None  # (a choice)
    assert _check("why was Veloria moved from Grade 1 to Grade 3 in the 2023 report?", pool) is not None
