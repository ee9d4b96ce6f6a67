"""Reader rules of the fourteenth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, answer_type, resolve_followup
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage

from .test_reader_rules_s14 import _sentences


def test_which_with_modifiers_before_a_body_asks_for_an_actor():
    assert answer_type("Which Ruritanian body signed the harbour pact?", "en") == "actor"
    assert answer_type("which government agency ran the raid?", "en") == "actor"
    assert answer_type("Which body signed it?", "en") == "actor"
    # (a "which" of a thing that is no doer stays what it was)
    assert answer_type("Which harbour pact was signed in 2023?", "en") != "actor"


def test_a_later_part_with_its_own_interrogative_and_a_pronoun_is_about_the_earlier_subject():
    previous = analyse("On what date was the Ruritania–Freedonia Harbour Pact signed?")
    merged = resolve_followup("which Ruritanian body signed it?", "en", previous)
    assert "Harbour Pact" in merged and "signed it" not in merged and merged.lower().startswith("which ruritanian")


def test_the_agent_noun_of_signing_is_in_its_synonym_group():
    from tipbot.answering.extractive import act_tokens

    assert {"signatory", "signer"} <= act_tokens(analyse("Who signed the harbour pact?"))


def test_a_period_the_question_gives_a_figure_is_corrected_by_the_sentence_giving_that_figure():
    from tipbot.answering.answerability import contradiction

    pool = _sentences("c1", ["The harbour registry shows that from 2017 to 2022, 2,605 cases were documented.",
                             "The registry is kept by the harbour office."], [1.0, 0.5])
    idf = {t: 2.0 for e in pool for t in e.tokens}
    q = analyse("So the harbour registry count of 2,605 cases covers 2015 to 2020, right?")
    q_tokens = set(tokenize(q.text))
    found = contradiction(q, pool, q_tokens, idf, frozenset())
    assert found is not None and found[0] == "2015–2020" and found[1] is pool[0]
    # (the period the sentence gives is no contradiction, in any of the ways a period is written)
    for asked in ("from 2017 to 2022", "2017–2022", "between 2017 and 2022"):
        q = analyse(f"So the harbour registry count of 2,605 cases covers {asked}, right?")
        assert contradiction(q, pool, set(tokenize(q.text)), idf, frozenset()) is None


def _identity_context():
    from tipbot.answer import AnswerContext
    from tipbot.citations import CitationIndex

    refs = [{"key": "vale-2022", "authors": "Vale, T.", "year": 2022, "title": "Dockworkers freed",
             "venue": "Harbour Daily", "citation_forms": ["(Vale, 2022)"]}]
    chunks = [Chunk(id="p1", text="There were 62 dockworkers freed (Vale, 2022).", source_id="mini", kind="paper",
                    title="Mini paper", order=0),
              Chunk(id="d1", text="A news item on the coordination meeting held in Port Vale on 6 May 2023.",
                    source_id="vale-2022", kind="digest", title="Dockworkers freed", section="What the source is",
                    order=1),
              Chunk(id="d2", text="The meeting was opened by Mayor Ann Lee.", source_id="vale-2022", kind="digest",
                    title="Dockworkers freed", section="Content", order=2)]
    return AnswerContext(chunks=chunks, citation_index=CitationIndex(refs), idf={}), chunks


def test_a_sentence_is_read_with_what_its_source_is():
    from tipbot.answering.answerability import passage_of
    from tipbot.answering.extractive import identity_of

    context, chunks = _identity_context()
    cited, opened = (Evidence(text=c.text, passage=Passage(chunk=c, score=0.0), position=0,
                              tokens=set(tokenize(c.text))) for c in (chunks[0], chunks[2]))
    # a sentence of the paper that cites the source: the source's record (its venue), not what else it reports
    assert "Harbour Daily" in identity_of(cited, context) and "Port Vale" not in identity_of(cited, context)
    # a passage of a digest: what its opening says the source is (the meeting in Port Vale)
    opened.identity = identity_of(opened, context)
    assert "Port Vale" in passage_of(opened) and "Harbour Daily" in passage_of(opened)


def test_the_time_between_two_events_joins_no_parties_in_one_event():
    from tipbot.answering.answerability import joint_parties

    q = analyse("Berapa lama jarak antara pertemuan SOMTC dan pembentukan Satgas TPPO oleh Polri?")
    assert q.interval and joint_parties(q) == []
    assert joint_parties(analyse("Apa isi MoU antara SBMI dan Kementerian Luar Negeri?")) != []


def test_the_doers_clause_may_come_before_the_indonesian_interrogative():
    from tipbot.answering.analysis import asked_act

    assert asked_act(analyse("kak, yg buka rapat koordinasi di Port Vale itu siapa ya?")) == "buka"


def test_an_indonesian_word_for_a_share_may_carry_its_enclitic():
    assert analyse("persentasenya berapa sih korban perempuan di Port Vale?").percent


def test_a_technique_the_method_section_never_names_is_no_technique_of_the_study():
    from tipbot.answering.extractive import unnamed_method

    chunks = [Chunk(id="m1", text="This research uses a qualitative approach that is descriptive. The research "
                    "technique used is literature review.", source_id="mini", kind="paper", title="Mini paper",
                    section="2. Research Method")]
    found = unnamed_method(analyse("Why did this study survey 300 dockworkers?"), chunks)
    assert found is not None and found[0] == "survey" and found[1].text.startswith("This research uses")
    assert unnamed_method(analyse("penelitian ini kan pakai kuesioner ya?"), chunks)[0] == "kuesioner"
    assert unnamed_method(analyse("Why did this study use a literature review?"), chunks) is None
    # (what the paper recommends to future researchers, or a technique of someone else's study, is not asserted)
    assert unnamed_method(analyse("Why does the paper suggest that future researchers interview victims?"),
                          chunks) is None
    assert unnamed_method(analyse("Did the UNODC survey victims?"), chunks) is None


def test_a_comparison_of_figures_wants_a_figure_on_each_side():
    from tipbot.answering.selection import type_fit

    q = analyse("How do the harbour figures in the paper compare with the 2022 figures in the thesis?")
    with_figure, without = _sentences("c1", ["It quotes the 2022 estimate: at least 49.6 million dockworkers.",
                                             "The thesis describes them as victims of the harbour trade."],
                                      [0.5, 0.7])
    assert type_fit(with_figure, q) == 1.0 and type_fit(without, q) == 0.0
    # (a comparison of anything else has no figure to want)
    assert type_fit(with_figure, analyse("How does the paper's view compare with the thesis's view?")) == 0.0


def test_how_two_things_differ_is_a_comparison_in_indonesian_too():
    assert answer_type("data ILO di paper vs data ILO di skripsi, bedanya bagaimana?", "id") == "comparison"
    assert answer_type("perbedaan bagaimana antara kedua angka itu?", "id") == "comparison"


def test_the_start_of_a_period_is_dated_by_its_first_year():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer

    q = analyse("The harbour plan covers 2020-2024. When was it signed, and how long after the plan period began?")
    draft = Draft(statements=[], citations=[])
    draft.statements.append(Statement("Glossary: “Harbour Plan 2020–2024, signed 22 Feb 2023; amended 10 Aug 2023.”",
                                      [1]))
    ExtractiveAnswerer._date_difference(draft, "en", q)
    # (not the 169 days between the two dates of the one sentence)
    assert draft.statements[0].text.startswith("22 Feb 2023 is about 3 years after the period 2020–2024 began")


def test_the_month_a_question_dates_its_figure_by():
    from tipbot.answering.extractive import asked_months, names_month

    assert asked_months(analyse("How many suspects had the task force arrested as of October 2023?")) == {10}
    assert asked_months(analyse("brp tersangka yg ditangkep satgas sampe oktober 2023?")) == {10}
    assert asked_months(analyse("How many suspects did the task force arrest in 2023?")) == set()
    assert names_month("… 1,037 suspects as of 10 Oct 2023.", {10})
    assert not names_month("On July 23 2023 the unit arrested 12 suspects.", {10})


def test_indonesian_nouns_of_signing_are_rendered():
    from tipbot.query import translate_terms

    assert "signing" in translate_terms("penandatanganan") and "signatory" in translate_terms("penandatangan")


def test_an_acronym_in_capitals_stays_in_the_title_it_dates():
    from tipbot.answering.answerability import unknown_dated_titles

    chunks = [Chunk(id="d1", text="The 2023 TIP Report ranks Ruritania on Tier 2.", source_id="mini", kind="digest",
                    title="Mini digest")]
    # ("tip" is an English word a stop-word list holds; "TIP" names the report)
    assert unknown_dated_titles(analyse("What did the 2025 TIP report say about Ruritania?"), chunks) == [
        "TIP report 2025"]
    assert unknown_dated_titles(analyse("What did the 2023 TIP report say about Ruritania?"), chunks) == []


def test_a_refusal_says_whether_no_passage_or_no_passage_on_the_subject_lacks_the_term():
    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer

    def refusal(topical: bool) -> str:
        draft = Draft(statements=[], citations=[])
        ExtractiveAnswerer._refuse(draft, ["2019"], [], "en", topical=topical)
        return draft.statements[0].text

    # (a year another passage names, but none on the question's subject, is not one "no passage mentions")
    assert "no passage mentions the year or number asked about" in refusal(False)
    assert "the passages on what it asks about do not mention the year or number asked about" in refusal(True)
