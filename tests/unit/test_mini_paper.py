"""The same code on another paper: the fixture's invented paper, ingested and queried through its own profile."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tipbot.cli import main
from tipbot.verify import check_claim


def test_profile_and_structure_of_another_paper(mini_settings, mini_assistant):
    assert mini_settings.profile.paper_id == "santoso-okafor-2025"
    paper = [c for c in mini_assistant.store.chunks if c.kind == "paper"]
    assert paper and {c.source_id for c in paper} == {"santoso-okafor-2025"}
    sections = {c.section for c in paper}
    assert {"1. Introduction", "3.2 The referral desk", "4. Conclusion"} <= sections
    chart = next(c for c in paper if c.text.startswith("Chart 1."))
    assert "Source: Harbour Authority of Veloria (2023)" in chart.text  # the caption keeps its source line
    kinds = {c.kind for c in mini_assistant.store.chunks}
    assert kinds == {"paper", "digest", "reference", "glossary"}
    assert not any("Cambodia" in c.text for c in mini_assistant.store.chunks)


def test_answers_are_cited_from_the_fixture_paper(mini_assistant):
    a = mini_assistant.ask("When was the Coral Strait Fisheries Compact signed?")
    assert not a.refused and "March 14 2019" in a.text
    by_n = {c.n: c for c in a.citations}
    assert any(c.source_id == "santoso-okafor-2025" and c.section == "1. Introduction" for c in a.citations)
    claims = [line for line in a.text.splitlines() if "[" in line]
    assert claims and all(check_claim(line, by_n) is None for line in claims)


def test_question_outside_the_fixture_is_refused(mini_assistant):
    a = mini_assistant.ask("What does the paper say about trafficking in Cambodia?")
    assert a.refused and "does not contain" in a.text


def test_every_starter_question_of_the_profile_is_answered(mini_settings, mini_assistant):
    questions = [q for lang in ("en", "id") for q in mini_settings.profile.examples_for(lang) if q.endswith("?")]
    assert len(questions) >= 4
    for q in questions:
        a = mini_assistant.ask(q)
        assert not a.refused and a.citations, (q, a.text)


def test_cli_on_the_fixture_store(mini_env):
    out = CliRunner().invoke(main, ["ask", "--json", "How many vessels were on the banned list by the end of 2023?"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert "38" in data["answer"] and data["citations"][0]["source_id"] == "santoso-okafor-2025"
    out = CliRunner().invoke(main, ["search", "--json", "-k", "2", "--kind", "glossary", "What is PSMA?"])
    assert out.exit_code == 0, out.output
    passages = json.loads(out.output)["passages"]
    assert len(passages) == 2 and all(p["kind"] == "glossary" for p in passages)
    assert passages[0]["section"] == "PSMA"


def test_teaching_outputs_on_the_fixture_paper(mini_assistant):
    from tipbot.briefing import build_briefing
    from tipbot.timeline import build_timeline

    timeline = build_timeline(mini_assistant.store.chunks)
    differ = next(s for s in timeline.sections if s.heading == "Where the sources differ")
    assert any("June 2 2021" in s.text and "1 June 2021" in s.text for s in differ.statements)
    brief = build_briefing(mini_assistant, "joint boarding teams")
    by_n = {c.n: c for c in brief.citations}
    assert all(check_claim(line, by_n) is None for line in brief.lines())
    actors = next(s for s in brief.sections if s.heading == "Actors")
    # the fixture profile's actor pattern (Inspectorate, Coast Guard, Authority), not the real paper's
    assert any("Maritime Labour Inspectorate of Veloria" in s.text for s in actors.statements)


def test_a_summary_of_a_named_section_quotes_that_whole_section(mini_assistant):
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import named_paper_sections

    chunks, idf = mini_assistant.store.chunks, mini_assistant.context.idf
    sections = {c.section for c in named_paper_sections(analyse("Summarise section 3.1, please"), chunks, idf)}
    assert sections == {"3.1 Joint boarding teams"}
    assert {c.section for c in named_paper_sections(analyse("tolong ringkas kesimpulannya"), chunks, idf)} == {
        "4. Conclusion"}
    assert named_paper_sections(analyse("When did the referral desk open?"), chunks, idf) == []
    # a request for a summary that opens the question sets its type, whatever it asks after it
    q = analyse("Summarize section 3.1: who works in the teams, and how many fishers were rescued?")
    assert q.answer_type == "summary"
    a = mini_assistant.ask("Summarize section 3.1: who works in the teams, and how many fishers were rescued?")
    assert not a.refused
    assert {c.section for c in a.citations} == {"3.1 Joint boarding teams"}
    assert "126 fishers" in a.text and "interpreter" in a.text


def test_a_chart_is_noted_only_when_the_question_names_it(mini_assistant):
    note = "not given in the text"
    assert note not in mini_assistant.ask("Summarize section 3.1, please").text  # the section holds Chart 1
    assert note in mini_assistant.ask("What does Chart 1 show?").text


def test_a_law_is_named_by_its_number_and_year():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import named_sources
    from tipbot.schema import Chunk

    chunks = [Chunk(id="d1", text="The act sets penalties.", source_id="uu-12-2019", kind="digest", title="Act"),
              Chunk(id="d2", text="The report counts crews.", source_id="harbour-2021", kind="digest", title="R")]
    idf = {"harbour": 3.0}
    assert named_sources(analyse("According to the digest of Law No. 12 of 2019, what penalties apply?"), chunks,
                         idf) == ["uu-12-2019"]
    assert named_sources(analyse("menurut digest UU Nomor 12 Tahun 2019, apa sanksinya?"), chunks, idf) == [
        "uu-12-2019"]
    assert named_sources(analyse("What does Law No. 8 of 2010 say?"), chunks, idf) == []


def test_sections_are_named_by_number_first_then_by_a_part_s_usual_name(mini_assistant):
    from tipbot.answering.extractive import sections_named

    chunks = mini_assistant.store.chunks
    assert sections_named("the discussion after section 3.2 and the conclusion", chunks) == ["3.2 The referral desk"]
    assert sections_named("the introduction and the conclusion", chunks) == ["1. Introduction", "4. Conclusion"]
    a = mini_assistant.ask("Summarise the abstract, please")
    assert not a.refused and all(c.section == "Abstract" for c in a.citations)  # not the title block


def test_a_premise_correction_is_marked_as_such_in_json(mini_assistant):
    corrected = mini_assistant.ask("Why was the Compact signed in Osterra City on 14 March 2019?").to_dict()
    refused = mini_assistant.ask("What does the Compact say about trafficking in Cambodia?").to_dict()
    answered = mini_assistant.ask("When was the Coral Strait Fisheries Compact signed?").to_dict()
    assert corrected["refused"] and corrected["corrected"]
    assert refused["refused"] and not refused["corrected"]
    assert not answered["refused"] and not answered["corrected"]


def test_a_chronology_lists_the_dated_sentences_in_date_order(mini_assistant):
    from tipbot.answering.analysis import analyse

    assert analyse("kronologi peristiwa yang disebut paper dong").chronology
    assert not analyse("When was the Compact signed?").chronology
    a = mini_assistant.ask("Give me a timeline of the events the paper dates.")
    text = a.text
    dates = ["March 14 2019", "June 2 2021", "2 September 2022"]
    assert all(d in text for d in dates), text
    assert text.index(dates[0]) < text.index(dates[1]) < text.index(dates[2])


def test_which_countries_the_paper_mentions_each_with_its_sentence(mini_assistant):
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import asks_countries

    assert asks_countries(analyse("Which countries does the paper mention?"))
    assert asks_countries(analyse("selain Veloria, negara lain apa aja sih yg disebut di paper?"))
    assert not asks_countries(analyse("motif di berbagai negara yg disebut di pendahuluan apa aja?"))
    from tipbot.answering.extractive import countries_mentioned
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    texts = ["Crews from Thailand and Myanmar work on the vessels.", "Indonesia signed the compact.",
             "Recruiters in Malaysia charge fees."]
    chunk = Chunk(id="c", text=" ".join(texts), source_id="p", kind="paper", title="P")
    pool = [Evidence(text=t, passage=Passage(chunk, 1.0), position=i, tokens=set(tokenize(t)), score=1.0)
            for i, t in enumerate(texts)]
    named = countries_mentioned(analyse("selain Indonesia, negara lain apa aja yg disebut di paper?"), pool)
    assert [e.position for e in named] == [0, 2]  # Thailand and Myanmar, Malaysia; not Indonesia


def test_a_request_for_tipbots_view_is_refused_as_one_and_shows_the_authors_conclusion(mini_assistant):
    """A request for a view phrased as a yes/no claim ("udah efektif belum?") is still a request for a view; the
    closest passage is the authors' own judgement when their conclusion speaks of the topic."""
    from tipbot.answering.compose import ph

    a = mini_assistant.ask("menurut kamu pribadi, joint boarding udah efektif belum sih? jujur aja ya kak")
    assert a.text.startswith(ph("id")["no_opinion"])
    a = mini_assistant.ask("In your opinion, does joint boarding work?")
    assert a.text.startswith(ph("en")["no_opinion"]) and "work best together" in a.text


def test_a_figure_given_another_year_is_corrected_by_the_passage_that_holds_the_figure(mini_assistant):
    """"57 crew members held in 2023?": 57 and 2023 each occur in some passage, never together; the correction
    names the year as the false part and quotes the 57 sentence with its own year."""
    from tipbot.answering.compose import ph

    a = mini_assistant.ask("Did inspectors in the Coral Strait find 57 crew members held in debt bondage in 2023?")
    assert a.text.startswith(ph("en")["premise_year"])
    quoted = a.text.split("\n")[2]
    assert "57" in quoted and "2022" in quoted


def test_a_claim_about_what_the_study_found_is_set_against_the_authors_conclusion(mini_assistant):
    conclusion = ("Harbour inspections found forced labour", "work best together", "Short port calls remain")
    a = mini_assistant.ask("The authors concluded that joint boarding failed because crews speak other languages, "
                           "right?")
    assert a.corrected and any(sentence in a.text for sentence in conclusion)


def test_who_wrote_this_paper_is_answered_in_either_language(mini_assistant):
    for question in ("siapa penulis paper ini?", "Who wrote this paper?"):
        a = mini_assistant.ask(question)
        assert not a.refused and "Okafor" in a.text, a.text


def test_a_figure_moved_to_another_source_is_kept_in_the_correction(mini_assistant):
    """The claim restated in a correction keeps a figure the contradicting sentence itself gives: without it, "the
    sources do not say that Fisheries Watch reported fishers rescued" would deny what they do say."""
    a = mini_assistant.ask("Fisheries Watch reported 126 fishers rescued in 2023, right?")
    first = a.text.splitlines()
    assert a.corrected and "126 fishers" in first[0] and "126" in first[2]
