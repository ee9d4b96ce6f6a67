"""Reader rules of the twenty-sixth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(*sentences: str, kind: str = "paper", title: str = "Paper") -> list[Evidence]:
    chunk = Chunk(id="c1", text=" ".join(sentences), source_id="src", kind=kind, title=title, section="1")
    return [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)))
            for i, t in enumerate(sentences)]


def test_how_much_a_quantity_changed_asks_for_the_difference_of_its_two_ends():
    # a quantity interrogative with a verb of change after it (English) or before it (Indonesian)
    for text in ("by how many did the number of rescued sailors rise from 2015 to 2016?",
                 "how much did the share of cooks fall between 2004 and 2018?",
                 "porsi koki turun brp poin persen dr 2004 ke 2018?",
                 "indeks keselamatan kapal naiknya berapa dari 2019 ke 2024?"):
        q = analyse(text)
        assert q.change and q.arithmetic == "difference", text
    # the same verbs in an idiom, or no change asked
    for text in ("how many sailors fell victim to the scheme?", "how many sailors were rescued in 2016?",
                 "berapa kapal yang naik ke pelabuhan?"):
        assert not analyse(text).change, text


def test_the_ends_of_a_change_are_the_figures_its_sentence_dates_to_the_two_years_asked():
    from tipbot.answering.compose import computed_value, operands

    # (a year right after a figure dates it; else the last year before it; "in 2015:" labels what follows)
    evidence = _evidence("In 2016 the agency rescued 13,714 sailors and the navy escorted 27,855 "
                         "(in 2015: 9,039 and 85,490).")
    q = analyse("by how many did the number of sailors rescued by the agency rise from 2015 to 2016?")
    found = [raw for raw, _ in operands(q, evidence, set(tokenize(q.text)))]
    assert sorted(found) == ["13,714", "9,039"]
    assert computed_value(q, found, "en").startswith("13,714 − 9,039 = 4,675")
    # two percentages differ by percentage points, not by a percentage
    evidence = _evidence("The share of cooks fell from about 74% in 2004 to 46% in 2018.")
    q = analyse("how much did the share of cooks fall from 2004 to 2018?")
    found = [raw for raw, _ in operands(q, evidence, set(tokenize(q.text)))]
    assert computed_value(q, found, "en").startswith("74% − 46% = 28 percentage points")
    # without years, the two ends of one sentence that states a change; a range ("43% to 50%") is no change
    q = analyse("how much did the share of cooks fall?")
    assert [raw for raw, _ in operands(q, evidence, set(tokenize(q.text)))] == ["74%", "46%"]
    q = analyse("by how much did the share of cooks abroad drop?")
    ranged = _evidence("Around 43% to 50% of cooks abroad are victims.")
    assert operands(q, ranged, set(tokenize(q.text))) == []


def test_a_unit_of_change_is_no_thing_the_sources_must_count():
    from tipbot.answering.analysis import words

    assert {"poin", "points"} <= set(words()["generic_counted"])



def test_a_direct_answer_needs_a_passage_that_shares_a_term_beyond_the_generic_counted_things():
    from tipbot.answering.extractive import holds_topic

    idf = {"kidney": 4.0, "syndicat": 3.5, "victim": 1.0, "survivor": 5.0, "forced": 2.0, "labour": 2.0}
    q_tokens = {"kidney", "syndicat", "victim", "survivor"}
    other = _evidence("Of a total of 21 million people in forced labour, 11 million are victims in Asia.")[0]
    case = _evidence("The kidney syndicate had 122 victims since 2019.")[0]
    # ("survivor" goes with "victim": generic too)
    assert not holds_topic(other, q_tokens, idf)
    assert holds_topic(case, q_tokens, idf)
    # a question of nothing but generic things is about any passage
    assert holds_topic(other, {"victim"}, idf)


def test_a_numbered_label_the_question_names_is_named_by_the_sentence_that_answers():
    from tipbot.answering.answerability import labelled_numbers
    from tipbot.answering.extractive import names_label

    for text, lang in (("since what year has Freedonia been on Tier 3?", "en"),
                       ("freedonia masuk tier 3 sejak thn brp?", "id")):
        labels = labelled_numbers(analyse(text).text, lang)
        downgraded = _evidence("Freedonia had been downgraded to **Tier 3** in the 2022 report.")[0]
        other = _evidence("Since 2021 the embassy in Freedonia received 75 reports.")[0]
        watch = _evidence("Freedonia was on Tier 2 in 2019.")[0]
        assert names_label(downgraded, labels), text
        assert not names_label(other, labels) and not names_label(watch, labels), text


def test_a_date_that_one_sentence_on_the_event_states_is_no_false_premise_though_another_dates_it_otherwise():
    from tipbot.answering.answerability import _other_date

    glossary = _evidence("Harbour task force: set up by the harbour police on 5 June 2023.", kind="glossary",
                         title="Harbour task force")[0]
    paper = _evidence("The harbour police formed the harbour task force on July 5 2023.")[0]
    content = [paper, glossary]  # (on a tie the later sentence is read first: here the glossary)
    idf = {t: 2.0 for e in content for t in e.tokens}
    q = analyse("kapan harbour task force dibentuk? 5 juli 2023 kan?")
    assert _other_date(q, content, set(tokenize(q.text)), idf) is None  # (the paper states it)
    q = analyse("the harbour task force was formed on 9 July 2023, right?")
    assert _other_date(q, content, set(tokenize(q.text)), idf) is not None  # (no sentence states that date)


def test_short_indonesian_chat_with_a_tag_particle_or_an_indonesian_month_is_indonesian():
    from tipbot.lang import detect_language

    assert detect_language("satgas tppo dibentuk 5 juli 2023 kan?") == "id"
    assert detect_language("mou diteken 22 agustus 2023 kan?") == "id"
    assert detect_language("was the task force formed on 5 July 2023?") == "en"
