"""Reader rules of the twelfth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str) -> Evidence:
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini paper")
    return Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))


def test_a_figure_of_an_enumeration_is_read_with_its_own_item_only():
    from tipbot.answering.compose import direct_answer

    text = ("Some data: 1) the embassy sent home 40 workers who were victims in Lisbon (A, 2022), 2) there were 70 "
            "citizens who were victims (B, 2022), 3) in the May report 900 citizens were victims of online scams.")
    q = analyse("How many citizens were victims of online scams in Lisbon?")
    # (the place of item 1 says nothing about the figure of item 2; item 3 holds the scams asked about)
    assert direct_answer(q, _evidence(text), set(tokenize(q.text))) == "900 citizens"


def test_a_list_reported_from_another_work_is_that_works_list():
    from tipbot.answering.selection import cited_elsewhere

    cited = "Earlier work finds three steps, namely 1) laws, 2) patrols and 3) shelters (Vann & Sok, 2020)."
    own = "This study finds four steps, namely 1) talks, 2) teams, 3) rules and 4) checks."
    q = analyse("what steps did the government take?")
    assert cited_elsewhere(cited, q) and not cited_elsewhere(own, q)
    # a question about earlier work, or one that names the cited author, asks for that work's list
    assert not cited_elsewhere(cited, analyse("what steps did previous research find?"))
    assert not cited_elsewhere(cited, analyse("langkah apa saja menurut Vann & Sok?"))


def test_where_the_user_says_they_are_is_no_unknown_place():
    from tipbot.answering.answerability import unknown_places

    vocab = {t: 1.0 for t in tokenize("the task force was formed in july in jakarta by the police")}
    for question in ("I'm a student in Bandung writing about trafficking. Who leads the task force?",
                     "halo kak, aku staf dinas di Kupang. siapa yang memimpin satgas polri?"):
        assert unknown_places(analyse(question), vocab) == []
    assert unknown_places(analyse("Who led the task force in Bandung?"), vocab) == ["Bandung"]


def test_a_name_does_not_run_on_into_a_date():
    from tipbot.answering.selection import actor_names

    q = analyse("Who formed the special team?")
    text = "The Harbour Police of Ruritania on July 5 2023 formed a special team."
    assert [m.group(0) for m in actor_names(text, q)] == ["Harbour Police of Ruritania"]


def test_an_office_after_a_possessive_is_the_office_asked_about():
    from tipbot.answering.analysis import asked_name_of, asked_office

    for question in ("What's the name of Ruritania's ambassador in Lisbon?", "who is Ruritania's ambassador?"):
        q = analyse(question)
        assert asked_office(q) == "ambassador" and asked_name_of(q) is None


def test_an_attribute_the_sources_never_speak_of_is_an_unheard_kind():
    from tipbot.answering.answerability import asked_kind_words

    assert asked_kind_words(analyse("What is the capital of Ruritania?")) == ["capital"]
    assert asked_kind_words(analyse("The glossary names Ruritania. What's the capital of Ruritania?")) == ["capital"]
    # (a summary asks for no attribute)
    assert asked_kind_words(analyse("What is the gist of the paper?")) == []


def test_a_word_is_known_when_the_store_writes_its_derivation():
    from tipbot.answering.answerability import known_word

    vocab = {t: 1.0 for t in tokenize("the system logged 4,761 complaints; 56 were confirmed cases")}
    assert known_word("pengaduan", "id", vocab)  # rendered "complain"; the store writes "complaints"
    assert known_word("confirmation", "en", vocab)
    assert not known_word("capital", "en", vocab)


def test_a_chart_is_named_by_any_word_for_a_graphic():
    from tipbot.answering.extractive import names_caption

    assert names_caption("grafik 1 di paper itu, tahun brp paling banyak?", "Chart 1")
    assert names_caption("the 2022 count from the paper's chart, what is it?", "Chart 1")
    assert not names_caption("the 2022 count from the paper's chart, what is it?", "Chart 1", captions=2)
    assert not names_caption("what figure does the paper give for 2022?", "Chart 1")
    assert not names_caption("what does table 2 show?", "Chart 1")
    # (a table of the user's own is no chart of the paper)
    assert not names_caption("quick q for a legal-framework table: which laws?", "Chart 1")


def test_each_name_of_a_coordination_is_checked_on_its_own():
    from tipbot.answering.answerability import _unknown_title

    bigrams = frozenset({tuple(tokenize("Harbour Police"))})
    assert not _unknown_title("Vann and Sok", bigrams)  # two authors, never written side by side
    assert _unknown_title("Vann and Global Slavery Index", bigrams)
    assert not _unknown_title("Vann and Harbour Police", bigrams)


def test_a_synonym_group_is_one_term_of_the_question():
    from tipbot.answering.analysis import synonyms_of
    from tipbot.answering.selection import idf_coverage

    q_tokens = set(tokenize("when was the harbour team formed"))
    q_tokens |= synonyms_of(q_tokens)
    assert len(q_tokens) > 3  # ("formed" brings its synonyms: "established", "set up" …)
    idf = {t: 1.0 for t in q_tokens}
    # the sentence with the predicate holds two of the question's three terms, whatever the group's size
    formed = set(tokenize("On 5 July the harbour police formed a special team."))
    assert idf_coverage(formed, q_tokens, idf) == 1.0
    other = set(tokenize("On 23 July the harbour team uncovered a syndicate."))
    assert abs(idf_coverage(other, q_tokens, idf) - 2 / 3) < 1e-9


def _noted(lead_text: str, lead_kind: str, note: str, question: str) -> list[str]:
    """What ``noted_date`` adds to an answer led by ``lead_text`` when a digest's note reads ``note``."""
    from tipbot.answer import AnswerContext, Draft
    from tipbot.answering.extractive import noted_date

    lead_chunk = Chunk(id="l1", text=lead_text, source_id=lead_kind, kind=lead_kind, title="Mini")
    digest = Chunk(id="d1", text=note, source_id="harbour-2023", kind="digest", title="Harbour release",
                   section="Points to note")
    lead = Evidence(text=lead_text, passage=Passage(chunk=lead_chunk, score=1.0), position=0,
                    tokens=set(tokenize(lead_text)))
    draft = Draft(statements=[], citations=[])
    context = AnswerContext(chunks=[lead_chunk, digest], citation_index=None, idf={})
    noted_date(draft, lead, set(tokenize(question)), context, "en")
    return [s.text for s in draft.statements]


def test_a_date_answer_gives_the_date_a_digest_sets_against_it():
    note = "- the kidney case, which the harbour police announced on 20 July 2023, not 23 July."
    assert _noted("On July 23 2023, the harbour task force uncovered a kidney syndicate.", "paper", note,
                  "when was the kidney syndicate uncovered") == [
        "A digest of one of the paper's sources gives another date: 20 July 2023."]
    # (a note on another day of the month is about another event)
    assert _noted("On July 5 2023, the harbour police formed a kidney team.", "paper", note,
                  "when was the kidney team formed") == []


def test_what_a_question_rules_out_is_named_and_not_searched():
    from tipbot.answering.analysis import excluded_of

    assert excluded_of("kasus itu korbannya ada brp orang sih? bukan tersangkanya ya") == "tersangka"
    assert excluded_of("how many victims, not suspects, were there?") == "suspects"
    assert excluded_of("why did Indonesia not ratify the protocol?") == ""
    q = analyse("how many victims, not suspects, were there?")
    assert "suspects" not in q.text


def test_a_figure_of_the_thing_ruled_out_is_not_the_answer():
    from tipbot.answering.compose import direct_answer

    q = analyse("how many people were involved in the harbour case? not the suspects")
    text = "The harbour police arrested 12 suspects; the case had 122 victims since 2019."
    assert direct_answer(q, _evidence(text), set(tokenize(q.text))) == "122 victims"


def test_two_words_joined_by_a_hyphen_are_rendered_each_on_its_own():
    from tipbot.query import translate_terms

    assert translate_terms("Bekasi-Kamboja") == ["bekasi", "Cambodia"]
    # (not an acronym's or an abbreviation's parts, and a reduplication is one word)
    assert translate_terms("pp-tppo") == ["pp-tppo"] and translate_terms("min-max") == ["min-max"]
    assert "children" in translate_terms("anak-anak")


def test_a_month_the_sources_give_the_event_otherwise_is_corrected():
    from tipbot.answering.answerability import _other_event_month

    q = analyse("Why did the harbour embassy meet General Dara Vann in July 2023?")
    met = _evidence("On September 4 2023, the harbour embassy met General Dara Vann.")
    other = _evidence("The harbour police announced the case on 20 July 2023.")
    q_tokens = set(tokenize(q.text))
    idf = {t: 1.0 for t in q_tokens | met.tokens | other.tokens}
    found = _other_event_month(q, [met, other], q_tokens, idf)
    assert found is not None and found[0] == "July 2023" and found[1] is met
    # (the month the sources give is no contradiction)
    assert _other_event_month(analyse("Why did the harbour embassy meet General Dara Vann in September 2023?"),
                              [met, other], q_tokens, idf) is None


def test_the_names_only_the_title_block_holds_name_the_paper():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import without_paper_identity

    chunks = [Chunk(id="p0", text="Dara Vann, Sok Lim. Harbour strategies", source_id="paper", kind="paper",
                    title="Mini", section="Title", order=0),
              Chunk(id="p1", text="The harbour police of Lisbon formed a team (Vann & Kim, 2020).",
                    source_id="paper", kind="paper", title="Mini", section="1. Introduction", order=1)]
    context = AnswerContext(chunks=chunks, citation_index=None, idf={})
    q = analyse("What strategies did Vann and Lim find for the harbour?")
    assert without_paper_identity(q, ["Vann and Lim", "Lisbon"], context) == ["Lisbon"]
    # (who they are is asked of the names themselves)
    assert without_paper_identity(analyse("Who are Vann and Lim?"), ["Vann and Lim"], context) == ["Vann and Lim"]


def test_a_digest_passage_holds_its_sources_author_and_year():
    from tipbot.answering.answerability import has_constraint, passage_of

    chunk = Chunk(id="d1", text="The meeting was held on 6 November 2023 in Bekasi.", source_id="wahyu-2023",
                  kind="digest", title="Strategi Pemerintah", section="What the source is")
    ev = Evidence(text=chunk.text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set())
    assert has_constraint(passage_of(ev), "Wahyu")



def test_a_digests_report_of_the_papers_account_does_not_lead_a_direct_answer():
    from tipbot.answer import AnswerContext
    from tipbot.answering.extractive import ExtractiveAnswerer

    paper = Chunk(id="p1", text="On August 22 2023, the harbour police signed a memorandum.", source_id="paper",
                  kind="paper", title="Mini paper", order=1, section="3.1 Harbour")
    digest = Chunk(id="d1", text="**Date.** The paper dates the harbour memorandum to 22 August 2023. It was signed "
                   "on 21 August; 22 August is the release date.", source_id="harbour-2023", kind="digest",
                   title="Harbour release", section="Points to note")
    q = analyse("When was the harbour memorandum signed?")
    reports = Evidence(text="**Date.** The paper dates the harbour memorandum to 22 August 2023.",
                       passage=Passage(chunk=digest, score=1.0), position=0, tokens=set(tokenize("harbour memorandum")))
    reports.parts = {"terms": 1.0, "type": 1.0, "constraints": 1.0}
    own = Evidence(text=paper.text, passage=Passage(chunk=paper, score=0.9), position=0,
                   tokens=set(tokenize(paper.text)))
    own.parts = {"terms": 0.8, "type": 1.0, "constraints": 1.0}
    from tipbot.answer import Draft

    draft = Draft(statements=[], citations=[])
    context = AnswerContext(chunks=[paper, digest], citation_index=None, idf={})
    ExtractiveAnswerer()._compose(draft, q, [reports, own], None, [reports, own], set(tokenize(q.text)), "en",
                                  context)
    assert draft.statements[0].text.startswith("In short: August 22 2023")


def test_a_rank_cut_off_by_its_period_is_no_name_of_its_own():
    from tipbot.answering.compose import direct_answer

    q = analyse("Who signed for Ruritania?")
    text = "It matches what Minister Dara Vann agreed with the Ruritanian police chief Gen. Sok Lim in 2022."
    answer = direct_answer(q, _evidence(text), set(tokenize(q.text)), lower_words=frozenset({"it", "the"}))
    assert "Gen" not in (answer or "").split("; ") and "Sok Lim" in (answer or "")


def test_the_first_quote_after_a_direct_answer_names_its_digest_in_full():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.compose import quote
    from tipbot.schema import cite

    digest = Chunk(id="d1", text="It was signed on 21 August 2023.", source_id="harbour-2023", kind="digest",
                   title="Harbour release")
    ev = Evidence(text=digest.text, passage=Passage(chunk=digest, score=1.0), position=1, tokens=set())
    draft = Draft(statements=[], citations=[])
    n = cite(draft.citations, digest, digest.text)
    draft.statements.append(Statement("In short: 21 August 2023 (from a digest)", [n]))
    quote(draft, ev, "en", whole=True)
    assert not draft.statements[-1].text.startswith("The same digest")
    quote(draft, ev, "en", whole=True)
    assert draft.statements[-1].text.startswith("The same digest")


def test_a_digests_note_is_not_read_against_a_date_other_than_the_papers():
    note = "- the harbour task force itself, which was formed on 5 June 2023, not 5 July."
    assert _noted("Harbour Task Force: set up on 5 June 2023.", "glossary", note,
                  "when was the harbour task force formed") == []  # (5 July is the date the note rejects)


def test_a_range_answers_a_bound_with_both_its_ends():
    from tipbot.answering.compose import direct_answer

    text = "Core penalty: anyone involved faces 3 to 15 years' imprisonment and a fine."
    for question in ("brp tahun penjara minimal buat pelaku?", "what is the minimum prison term?"):
        q = analyse(question)
        assert direct_answer(q, _evidence(text), set(tokenize(q.text))).startswith("3 to 15 years")


def test_a_denominator_is_no_count_asked_for():
    from tipbot.answering.compose import direct_answer

    text = "The report stated that for every ten victims identified, five were women and girls."
    q = analyse("how many victims were women and girls?")
    assert not direct_answer(q, _evidence(text), set(tokenize(q.text))).startswith("ten")
