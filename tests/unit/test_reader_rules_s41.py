"""Reader rules of the fortieth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.compose import direct_answer
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(*sentences: str, kind: str = "paper", source: str = "src", cid: str = "c1") -> list[Evidence]:
    chunk = Chunk(id=cid, text=" ".join(sentences), source_id=source, kind=kind, title="Harbour paper", section="1")
    return [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)))
            for i, t in enumerate(sentences)]


def test_the_ends_of_a_range_the_question_names_are_no_operands():
    # ("18-60 thn" is the age group the figure is of, not two counts to divide)
    q = analyse("prevalensi kecelakaan nelayan usia 18-60 thn turun dr brp ke brp?")
    assert q.arithmetic != "percent"
    q = analyse("300 of the 1,200 ferry crews were rescued. what % is that?")
    assert q.arithmetic == "percent"


def test_a_decade_is_a_date_as_written():
    q = analyse("Since when have scholars studied harbour safety?")
    ev = _evidence("Harbour safety became a field of its own only from the 1990s onwards.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text))) == "1990s"
    ev = _evidence("Keselamatan pelabuhan baru dikaji serius sejak 1980-an.")[0]
    assert direct_answer(analyse("sejak kapan keselamatan pelabuhan dikaji?"), ev, set()) == "1980-an"


def test_a_name_asked_in_another_language_is_a_definition_of_the_name():
    for text, term in (("What's the Harbour Board in English?", "Harbour Board"),
                       ("Dewan Pelabuhan itu bahasa Inggrisnya apa?", "Dewan Pelabuhan"),
                       ("What is the English name of the Dewan Pelabuhan?", "Dewan Pelabuhan"),
                       ("Dewan Pelabuhan in English?", "Dewan Pelabuhan")):
        q = analyse(text)
        assert q.answer_type == "definition" and q.defined == term, text
        assert "English" not in q.constraints.names and "Inggrisnya" not in q.constraints.names, text


def test_a_judgement_of_a_figures_reliability_asks_for_its_source():
    for text in ("Is the ferry statistic in the introduction trustworthy?", "how reliable is the 300 crews figure?",
                 "angka 300 awak kapal itu kredibel gak?"):
        assert analyse(text).answer_type == "source", text


def test_a_warning_against_adding_figures_is_found_in_the_passages_of_the_evidence():
    from tipbot.answering.extractive import not_additive

    pool = _evidence("The harbour rescued 300 crews in 2020 and 120 ferries were inspected.")
    notes = _evidence("The harbour gives 300 rescued crews and 120 inspected ferries.",
                      "These counts measure different things and cannot be added up.", kind="digest", source="src",
                      cid="c2")
    chunks = [pool[0].chunk, notes[0].chunk]
    warning = not_additive(pool, chunks, ["300", "120"])
    assert warning is not None and warning.text.startswith("These counts")
    # (a passage that holds only one of the figures warns of other ones)
    assert not_additive(pool, chunks, ["300", "45"]) is None
    # (nor does a source the evidence does not come from)
    assert not_additive(pool, [pool[0].chunk, _evidence(*[e.text for e in notes], source="other",
                                                       cid="c3")[0].chunk], ["300", "120"]) is None


def test_a_word_with_its_enclitic_the_lists_lack_is_read_without_it():
    from tipbot.query import translate_terms

    assert translate_terms("targetnya") == ["target"]
    assert translate_terms("judulnya") == ["title"]
    assert "demoted" in translate_terms("diturunkan")


def test_a_rank_is_a_quantity_written_with_its_unit():
    from tipbot.answering.answerability import kind_spans, quantity_kind

    for text in ("what tier was the harbour given in the 2019 safety review?", "pelabuhan itu masuk tier brp?"):
        q = analyse(text)
        assert q.answer_type == "quantity" and quantity_kind(q) == "rank", text
    sentence = "**Tier 2.** The harbour stayed on Tier 2 after 300 inspections."
    assert [sentence[s:e] for s, e in kind_spans(sentence, "rank")] == ["Tier 2", "Tier 2"]
    q = analyse("what tier was the harbour given in the 2019 safety review?")
    ev = _evidence(sentence)[0]
    assert direct_answer(q, ev, set(tokenize(q.text))) == "Tier 2"


def test_the_fields_of_a_cited_works_record_a_question_asks():
    from tipbot.answering.analysis import record_fields_asked

    assert record_fields_asked(analyse("Artikel Harbor dkk. (2020) terbit di jurnal apa, halaman berapa?")) == [
        "Reference entry", "Venue"]
    assert record_fields_asked(analyse("what's the DOI of Harbor (2019)?")) == ["Reference entry", "DOI"]
    # (no work named by author and year, no field asked, a title or authors asked, or a venue asserted)
    assert record_fields_asked(analyse("novel yg dianalisis Harbor dkk 2021 itu judulnya apa?")) == []
    assert record_fields_asked(analyse("which journal does the harbour paper appear in?")) == []
    assert record_fields_asked(analyse("Harbor (2019) was published in the Ferry Journal, right?")) == []
    assert record_fields_asked(analyse("what does Harbor (2019) argue about ferries?")) == []


def test_asking_where_to_begin_or_what_the_assistant_draws_on_is_conversation():
    for text in ("hey there! I'm new to this topic, where should I start?",
                 "ok sip, btw km jawab pake sumber apa aja sih?", "halo kak, aku baru, mulai dari mana ya?"):
        assert analyse(text).kind == "capabilities", text
    # (what sources the paper uses is a question about the paper)
    assert analyse("what sources does the paper use?").kind != "capabilities"


def test_a_sections_number_is_no_figure():
    q = analyse("berapa tahun jaraknya dari UU pelabuhan?")
    ev = _evidence("Section 3.1 correctly states that the harbour law follows Law 13/2006.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text))) is None
    q = analyse("how many ferries did the harbour inspect?")
    ev = _evidence("As section 3.1 notes, the harbour inspected 120 ferries.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text))) == "120 ferries"


def test_a_number_before_a_noun_for_figures_counts_nothing():
    from tipbot.answering.answerability import counted_figures

    assert counted_figures("where does the 300 figure come from?") == []
    assert counted_figures("angka 300 itu dari mana?", "id") == []
    assert counted_figures("the harbour rescued 300 crews, right?") == [("300", "crew")]


def test_a_part_after_its_total_with_the_partitive_after_it():
    from tipbot.answering.selection import part_of_total

    q = analyse("what percentage of the crews were rescued at the ferry pier?")
    found = part_of_total("The harbour counted 300 crews, 120 of them rescued at the ferry pier.", q, {})
    assert found is not None and found[:2] == ("120", "300")
