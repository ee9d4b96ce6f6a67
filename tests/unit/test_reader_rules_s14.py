"""Reader rules of the thirteenth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _sentences(chunk_id: str, texts: list[str], scores: list[float], section: str = "") -> list[Evidence]:
    chunk = Chunk(id=chunk_id, text=" ".join(texts), source_id="mini", kind="paper", title="Mini paper",
                  section=section)
    return [Evidence(text=t, passage=Passage(chunk=chunk, score=0.0), position=i, tokens=set(tokenize(t)), score=s)
            for i, (t, s) in enumerate(zip(texts, scores, strict=True))]


def test_the_piece_that_asks_for_a_span_names_no_event():
    q = analyse("How many days passed between the formation of the harbour unit and its raid on the depot?")
    assert q.interval and q.parts == ["the formation of the harbour unit", "its raid on the depot"]


def test_each_event_gets_the_date_that_names_it_not_the_sentence_naming_both():
    from tipbot.answering.extractive import event_dates

    pool = _sentences("c1", [
        "On June 2 2023 the city formed a special team for harbour crime.",
        "This team is the Harbour Crime Unit under the city police.",
        "On June 20 2023 the Harbour Crime Unit succeeded in a raid on a smuggling depot.",
        "On August 1 2023 the two cities signed a pact."], [0.8, 0.7, 1.1, 0.6])
    dated = [pool[0], pool[2], pool[3]]
    idf = {t: 2.0 for e in pool for t in e.tokens}
    q = analyse("How many days passed between the formation of the Harbour Crime Unit and its raid on the depot?")
    chosen = event_dates(dated, pool, q.parts, q.language, idf)
    # (greedily, the first event took the raid's sentence, which names the unit, and the second the pact's)
    assert [e.text[:15] for e in chosen] == ["On June 2 2023 ", "On June 20 2023"]


def test_an_event_of_a_series_is_known_only_with_its_year():
    from tipbot.answering.answerability import unknown_dated_events

    chunks = [Chunk(id="p1", text="Ruritania chaired the 2023 Harbour Summit in Port Vale.", source_id="mini",
                    kind="paper", title="Mini paper"),
              Chunk(id="p2", text="In 2024 the chair passed to Lisbon.", source_id="mini", kind="paper",
                    title="Mini paper")]
    assert unknown_dated_events(analyse("What did the leaders decide at their 2024 summit?"), chunks) == ["summit 2024"]
    assert unknown_dated_events(analyse("apa hasil KTT 2024?"), chunks) == ["ktt 2024"]
    assert unknown_dated_events(analyse("What did Ruritania push for at the 2023 summit?"), chunks) == []
    # (a series the sources never speak of is another check's: an unknown word)
    assert unknown_dated_events(analyse("What did the 2024 congress decide?"), chunks) == []


def test_the_act_an_actor_question_asks_the_doer_of():
    from tipbot.answering.analysis import asked_act

    acts = {"Who opened the harbour meeting?": "opened", "siapa yang membuka rapat itu?": "membuka",
            "rapat itu dibuka oleh siapa?": "dibuka", "yg tanda tangan MoU siapa sih": "tanda",
            "siapa yg tanda tangan MoU?": "tanda", "who is the harbour master?": "",
            "siapa ketua satgas?": ""}
    assert {question: asked_act(analyse(question)) for question in acts} == acts


def test_the_name_of_the_act_asked_about_leads_an_actor_answer():
    from tipbot.answering.extractive import act_tokens

    assert {"open"} <= act_tokens(analyse("siapa yang membuka rapat koordinasi?"))
    assert {"sign", "conclud"} <= act_tokens(analyse("Who signed the harbour pact?"))
    # (a synonym that is a function word elsewhere is no mark of the act: "first" of "open")
    assert "first" not in act_tokens(analyse("Who opened the harbour meeting?"))


def test_the_doer_of_the_act_asked_about_is_the_direct_answer():
    from tipbot.answering.compose import direct_answer

    text = "First meeting: Lisbon, 2 May 2023, hosted by Harbour Bureau Ruritania and opened by Commissioner Vann Sok."
    chunk = Chunk(id="g1", text=text, source_id="glossary:WG", kind="glossary", title="Glossary")
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))
    for question in ("Who opened the first meeting?", "siapa yang membuka pertemuan pertama itu?"):
        q = analyse(question)
        assert direct_answer(q, ev, set(tokenize(q.text))) == "Commissioner Vann Sok"


def test_a_figure_written_as_a_word_is_not_restated_in_a_correction():
    from tipbot.answering.extractive import without_figures
    from tipbot.verify import figures

    plain, kept = without_figures("the harbour law caps prison terms at just five years", set())
    assert plain == "the harbour law caps prison terms" and not figures(plain) and kept == []
    # (a figure the sentence quoted against the claim gives stays, digits as before)
    assert without_figures("the bureau reported 1,138 victims in 2023", {"1138"})[0] == \
        "the bureau reported 1,138 victims"


def test_an_interval_may_run_from_one_event_until_another():
    q = analyse("kak brp hari dari satgas dibentuk sampe bongkar sindikat?")
    assert q.interval and len(q.parts) == 2
    assert analyse("how many days from the formation of the unit until the raid?").interval


def test_the_request_that_opens_a_message_is_no_name():
    assert analyse("Compare Law 13 of 2006 and Law 21 of 2007.").constraints.names == ["Law"]
    assert "Harbour Bureau" in analyse("Summarize Harbour Bureau reports.").constraints.names
