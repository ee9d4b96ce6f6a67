"""Reader rules of the sixteenth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str, section: str = "3. Results", kind: str = "paper", score: float = 1.0) -> Evidence:
    chunk = Chunk(id=f"c{abs(hash(text)) % 10_000}", text=text, source_id="mini", kind=kind, title="Mini",
                  section=section, order=1)
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))
    ev.score, ev.similarity = score, 0.9
    return ev


def test_the_studys_own_findings_or_method_presuppose_nothing_its_recommendations_deny():
    from tipbot.answering.answerability import _only_recommended

    hoped = _evidence("It is hoped that the results of this research help in finding appropriate harbour strategies.",
                      section="4. Conclusion")
    idf = {t: 2.0 for t in hoped.tokens}
    q = analyse("What harbour strategies did the paper find?")
    assert _only_recommended(q, [hoped], set(tokenize(q.text)), idf) is None
    # (a technique it attributes to the study is still set against what the study only recommends)
    advised = _evidence("Future researchers can interview harbour officials directly.", section="4. Conclusion")
    q = analyse("How many harbour officials did the authors interview?")
    idf = {t: 2.0 for t in advised.tokens}
    assert _only_recommended(q, [advised], set(tokenize(q.text)), idf) is not None


def test_the_studys_way_of_working_is_what_it_did_not_what_it_recommends():
    from tipbot.answer import AnswerContext
    from tipbot.answering.extractive import ExtractiveAnswerer

    advised = _evidence("Future researchers can collect data through interviews with harbour officials.",
                        section="4. Conclusion", score=1.0)
    done = _evidence("Data was taken from harbour office websites and news reports.", section="2. Research Method",
                     score=0.6)
    q = analyse("where did the authors get their data from?")
    context = AnswerContext(chunks=[advised.chunk, done.chunk], citation_index=None, idf={})
    chosen, _ = ExtractiveAnswerer().select(q, [advised, done], set(tokenize(q.text)), context)
    assert [e.text for e in chosen] == [done.text]


def test_the_noun_after_a_figure_stops_at_a_participle_and_runs_on_through_a_name():
    from tipbot.answering.compose import _figure_spans

    text = "The embassy received 75 reports indicating there were victims."
    assert [text[s:e] for s, e in _figure_spans(text)] == ["75 reports"]
    text = "It repatriated 52 Problematic Indonesian Migrant Workers and 172 others."
    assert "52 Problematic Indonesian Migrant Workers" in [text[s:e] for s, e in _figure_spans(text)]


def test_a_count_the_evidence_gives_otherwise_is_corrected_not_refused():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import judge

    ev = _evidence("In response, the harbour police arrested 12 suspects in the sale of fishing boats.")
    context = AnswerContext(chunks=[ev.chunk], citation_index=None, idf={t: 2.0 for t in ev.tokens})
    q = analyse("bener gak polisi pelabuhan nangkep 20 tersangka kasus jual kapal?")
    q_tokens = set(tokenize("harbour police arrest 20 suspects sale boats"))  # (its terms as the search renders them)
    verdict = judge(q, [ev], [ev], q_tokens, context, [])
    assert verdict.decision == "premise" and verdict.missing == ["20"] and verdict.evidence is ev


def test_what_a_text_says_about_a_topic_asks_for_a_summary():
    from tipbot.answering.analysis import answer_type

    assert analyse("What does the paper say about the role of the harbour police?").answer_type == "summary"
    assert analyse("for my essay: what's the deal with the harbour office in this paper?").answer_type == "summary"
    assert answer_type("paper ini ngomong apa aja sih soal pelabuhan?", "id") == "summary"
    # (a verb of discussing is a topic word: "who discussed the plan" asks for a person)
    assert analyse("Siapa yang membahas rencana MoU itu?").answer_type == "actor"


def test_a_loss_or_sum_of_money_asks_for_a_figure_with_a_currency():
    from tipbot.answering.answerability import figure_of_kind, quantity_kind

    assert quantity_kind(analyse("berapa total kerugian uang para korban?")) == "money"
    assert not figure_of_kind("of a total of 21 million individuals", "money")  # (a magnitude is no currency)
    assert figure_of_kind("a fine of 120 million rupiah", "money")


def test_a_question_for_who_or_where_ranks_first_needs_evidence_that_ranks():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import judge

    plain = _evidence("Victims came from several provinces, including Port Vale and Northam.")
    ranked = _evidence("Port Vale is the leading province of origin, while Northam is a transit province.")
    q = analyse("Which province sent the most victims?")
    for ev, kind in ((plain, "refuse"), (ranked, "answer")):
        # (the store's vocabulary holds the question's words too: this tests the ranking, not words no passage uses)
        context = AnswerContext(chunks=[ev.chunk], citation_index=None,
                                idf={t: 2.0 for t in ev.tokens | set(tokenize(q.text))})
        assert judge(q, [ev], [ev], set(tokenize(q.text)), context, []).decision == kind


def test_a_nationality_before_the_thing_whose_name_is_asked_is_not_that_thing():
    from tipbot.answering.analysis import asked_name_of

    assert asked_name_of(analyse("whats the name of the cambodian company that ran the compound?")) == "company"


def test_a_name_a_locative_places_something_in_is_no_person():
    from tipbot.answering.answerability import holder_spans

    text = "There are 11 million victims in the Asia Pacific region."
    assert holder_spans(text, ["victims"], frozenset(), frozenset()) == []
    assert holder_spans("The victim, Erin Merryn, spoke.", ["victim"], frozenset(), frozenset()) != []


def test_a_span_of_a_year_or_more_is_said_in_years_and_calendar_years():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer

    draft = Draft(statements=[Statement("It was signed on 21 Nov 2015.", [1]),
                              Statement("It was adopted on 10 May 2023.", [2])], citations=[])
    ExtractiveAnswerer._date_difference(draft, "en", analyse("How many years passed between the two?"))
    lead = draft.statements[0].text
    assert "about 7.5 years" in lead and "8 years by calendar year" in lead and "(computed" in lead


def test_a_country_called_the_source_of_a_flow_is_its_origin():
    from tipbot.answering.answerability import roles_of

    found = roles_of("so Cambodia is mostly a destination country and Thailand the source?", ["Cambodia", "Thailand"])
    assert found == {"Cambodia": "destination", "Thailand": "origin"}


def test_the_indonesian_enclitic_on_a_name_is_no_part_of_it():
    assert analyse("apa aja yg dibahas paper soal KTT-nya?").constraints.names == ["KTT"]


def test_a_sentence_that_says_a_figure_cannot_be_confirmed_does_not_lead_the_answer():
    from tipbot.answer import AnswerContext
    from tipbot.answering.extractive import ExtractiveAnswerer

    stated = _evidence("In the four months since it was formed, it succeeded in saving 2,778 people from 861 reports.",
                       score=1.0)
    hedged = _evidence("It cannot be confirmed whether it presents the 62 people as one group rescued on one date.",
                       kind="digest", score=0.95)
    for e in (stated, hedged):
        e.parts = {"type": 1.0}
    q = analyse("How many people did the task force rescue in its first four months?")
    idf = {t: 4.0 for e in (stated, hedged) for t in e.tokens}  # (each term rare: "rescue" must be held)
    context = AnswerContext(chunks=[stated.chunk, hedged.chunk], citation_index=None, idf=idf)
    chosen, _ = ExtractiveAnswerer().select(q, [stated, hedged], set(tokenize(q.text)), context)
    assert chosen[0] is stated


def test_where_money_comes_from_asks_no_sum_of_money():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import judge

    ev = _evidence("The harbour plan is funded from the state budget and regional budgets.")
    context = AnswerContext(chunks=[ev.chunk], citation_index=None, idf={t: 2.0 for t in ev.tokens})
    for question, decision in (("where does the money for the harbour plan come from?", "answer"),
                               ("how much money does the harbour plan get?", "refuse")):
        q = analyse(question)
        assert judge(q, [ev], [ev], set(tokenize(q.text)), context, []).decision == decision


def test_a_part_of_a_total_asked_by_a_clause_is_refused_when_no_passage_breaks_the_total_down():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import asked_predicate, judge

    q = analyse("Of the 2,778 people the harbour task force rescued, how many had been trafficked to Northam?")
    assert asked_predicate(q) == "had been trafficked to Northam"
    ev = _evidence("In Northam, the harbour task force rescued 2,778 people over four long months of raids, "
                   "from 861 reports.")
    context = AnswerContext(chunks=[ev.chunk], citation_index=None, idf={t: 2.0 for t in ev.tokens},
                            store_figures=frozenset({"2778", "861"}))
    verdict = judge(q, [ev], [ev], set(tokenize(q.text)), context, [])
    assert verdict.decision == "refuse" and verdict.total == "2,778"


def test_a_place_the_question_gives_an_event_is_corrected_when_the_evidence_places_it_elsewhere():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import judge

    held = _evidence("The 42nd harbour summit was held in Port Vale in May 2023.")
    other = _evidence("Northam hosts a fishing fair every year.", score=0.3)
    idf = {t: 4.0 for e in (held, other) for t in e.tokens}  # (rare: a name the evidence must hold)
    context = AnswerContext(chunks=[held.chunk, other.chunk], citation_index=None, idf=idf,
                            store_places=frozenset({"Port Vale", "Northam"}), store_figures=frozenset({"42", "2023"}))
    q = analyse("What did the 42nd harbour summit in Northam discuss?")
    verdict = judge(q, [held, other], [held], set(tokenize(q.text)), context, [])
    assert verdict.decision == "premise" and verdict.missing == ["Northam"] and verdict.evidence is held


def test_places_joined_by_a_conjunction_are_not_who_did_it():
    from tipbot.answering.compose import direct_answer

    lower = frozenset({"data", "website", "shows"})  # (words the store writes in lower case: no one's name)
    ev = _evidence("Data from the ministry website shows that on August 22 2023, the Indonesian and Cambodian "
                   "police agreed to work together.")
    q = analyse("Who agreed to work together?")
    assert direct_answer(q, ev, set(tokenize(q.text)), lower_words=lower) is None
    ev = _evidence("On 22 August the Harbour Guild and the Fishers Union agreed to work together.")
    assert "Fishers Union" in (direct_answer(q, ev, set(tokenize(q.text)), lower_words=lower) or "")


def test_a_figure_placed_where_the_question_asks_is_the_answer_over_the_whole():
    from tipbot.answering.compose import direct_answer

    ev = _evidence("International Labor Organization (ILO) data also reveals that of a total of 21 million individuals "
                   "experiencing forced labour throughout the world, there are 11 million victims in the Asia Pacific "
                   "region.")
    q = analyse("data ILO soal kerja paksa di asia pasifik brp?")
    assert direct_answer(q, ev, set(tokenize("ilo data forced labour asia pacific"))) == "11 million victims"
