"""Reader rules of the thirty-fourth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize

from .test_reader_rules_s31 import _sentence


def test_an_apostrophe_between_letters_belongs_to_a_name():
    from tipbot.answering.answerability import foreign_words
    from tipbot.query import translate_terms

    assert "sa'diyah" in translate_terms("Sa'diyah dkk 2021 itu sumbernya apa?")
    assert "o'brien" in translate_terms("kata O’Brien apa?")
    # (no part of the name is a word of its own that no passage uses)
    assert "diyah" not in foreign_words("Sa'diyah dkk 2021 itu sumbernya apa?", {"sa'diyah": 1.0})


def test_a_number_word_joined_to_its_noun_is_a_count():
    from tipbot.answering.compose import _figure_spans, in_digits
    from tipbot.answering.selection import counts_head

    text = "Among them were four harbour charters, including the eight-point Harbour Charter on pilot duties."
    spans = [text[s:e] for s, e in _figure_spans(text)]
    assert "eight-point" in spans
    assert in_digits("eight-point") == "8-point"
    # (a fraction's denominator makes a share, not a count)
    assert in_digits("two-thirds of") == "two-thirds of"
    q = analyse("Harbour Charter itu isinya brp poin sih?")
    assert counts_head(text, q)
    assert not counts_head("The harbour council met in Bajo in August.", q)
    # ("how many points" asks for a count, not a difference; "how many points higher" does)
    assert analyse("how many points does the Harbour Charter have?").arithmetic == ""
    assert analyse("how many points higher is the 2024 index than 2020?").arithmetic == "difference"


def test_an_average_of_one_count_the_question_gives_over_one_the_text_gives_is_a_ratio():
    q = analyse("data pelabuhan kan ada 640 laporan thn 2015-2019. rata2 satu laporan itu brp korban sih?")
    assert q.arithmetic == "ratio"
    assert analyse("the harbour log has 640 reports. on average how many victims is one report?").arithmetic == "ratio"
    # (a count asked with no average is no ratio)
    assert analyse("the harbour log has 640 reports. how many victims were there?").arithmetic == ""


def test_items_of_a_list_bring_the_sentence_that_announces_them():
    from tipbot.answering.extractive import with_list_leads

    lead = _sentence("The paper lists this harbour article three times in its references:", position=0)
    first = _sentence('as "Pilot et al. 2021a" and "Pilot et al. 2021b", read from title words;', position=1)
    second = _sentence('and once, correctly, as "Harbour, N. (2021)".', position=2)
    pool = [lead, first, second]
    assert [e.text for e in with_list_leads([second], pool)] == [lead.text, second.text]
    # (a sentence that opens in upper case brings nothing)
    other = _sentence("The harbour board met twice.", position=3)
    assert with_list_leads([other], [*pool, other]) == [other]


def test_a_question_for_a_works_volume_and_pages_asks_for_its_source_record():
    assert analyse("artikel Pelabuhan dkk 2021 itu volume brp, halaman brp? buat dapus").answer_type == "source"
    assert analyse("which volume and pages is the Harbour et al. (2021) article?").answer_type == "source"


def test_a_later_question_that_only_points_back_asks_what_the_answer_so_far_says():
    from tipbot.answering.compound import answered_already

    assert answered_already("dia bilang apa?", [object()])
    assert answered_already("what did she say?", [object()])
    # (a question with a subject of its own, or of another kind, is its own)
    assert not answered_already("what did the harbour board say?", [object()])
    assert not answered_already("tgl brp?", [object()])


def test_a_request_for_the_papers_account_is_part_of_the_question_before_it():
    from tipbot.answering.compound import split_questions

    message = "knp korban kasus pelabuhan mau jual ginjalnya? kata paper gimana?"
    assert split_questions(message, "id") == [message]
    assert analyse(message).answer_type == "reason"
    # (a second question with its own subject is still its own)
    assert len(split_questions("siapa yg membuka rapat pelabuhan? tgl brp rapatnya?", "id")) == 2


def test_words_of_weakness_and_assessment_are_read_in_both_languages():
    from tipbot.answering.analysis import synonyms_of
    from tipbot.query import translate_terms

    assert set(tokenize("shortcomings")) <= synonyms_of(set(tokenize("weaknesses")))
    assert "weakness" in translate_terms("kelemahan")
    assert "assessment" in translate_terms("penilaian")
    assert "amendment" in translate_terms("amandemennya")
    assert "framework" in translate_terms("kerangka teorinya")
    assert "later" in translate_terms("belakangan")



def test_a_change_asked_as_a_percent_is_the_difference_over_the_earlier_figure():
    from tipbot.answering.compose import computed_value

    q = analyse("by what percent did the number of harbour victims helped by the port authority rise?")
    assert q.percent_change and q.arithmetic == "difference" and not q.percent
    text = computed_value(q, ["478", "413"], "en")
    assert "65" in text and "15.7%" in text
    # (a fall is a share of the larger, earlier figure)
    fall = analyse("jumlah korban pelabuhan turun brp persen?")
    assert fall.percent_change and "13.6%" in computed_value(fall, ["478", "413"], "id")
    # (percentage points are a difference of two shares, and a share asked of a group is no change)
    assert not analyse("turun berapa poin persentase?").percent_change
    assert not analyse("what percent of harbour victims were women?").percent_change


def test_a_span_asked_between_dates_the_question_gives_is_counted_from_them():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer

    q = analyse("pelabuhan dibentuk 5 Juni 2023 & statistiknya dilaporin 10 Okt 2023. itu selang brp hari?")
    assert q.interval
    draft = Draft([Statement("The harbour force was formed on 5 June 2023; it reported figures as of 10 Oct 2023.",
                             [1])], [])
    ExtractiveAnswerer._date_difference(draft, "id", q)
    assert "127" in draft.statements[0].text
    # (one date the question gives, which a quoted sentence gives too, is one end: not another date of its sentence)
    q = analyse("the harbour pact: Myanmar deposited on 16 Jan 2017. how many days from then until it entered into "
                "force?")
    draft = Draft([Statement("Viet Nam deposited on 5 January 2017 and Myanmar on 16 January 2017.", [1]),
                   Statement("The harbour pact entered into force on 8 March 2017.", [2])], [])
    ExtractiveAnswerer._date_difference(draft, "en", q)
    assert "51" in draft.statements[0].text


def test_an_age_asked_in_indonesian_needs_a_figure_of_age():
    from tipbot.answering.answerability import quantity_kind

    assert quantity_kind(analyse("rata2 umur korban kasus pelabuhan brp thn?")) == "age"
    assert quantity_kind(analyse("brp korban kasus pelabuhan?")) is None


def test_a_rank_asked_of_a_place_that_no_ranking_sentence_names_is_not_in_the_sources():
    from tipbot.answering.answerability import unranked_places

    ranked = _sentence("**Tier:** Indonesia moved up to Tier 2.", "d1", "digest")
    named = _sentence("Thailand is the leading destination country for harbour workers.", position=3)
    pool = [ranked, named]
    assert unranked_places(analyse("what tier did Thailand get in the 2023 TIP report?"), pool) == ["Thailand"]
    assert unranked_places(analyse("what tier did Indonesia get in the 2023 TIP report?"), pool) == []
    # (a question that asks no rank is not checked)
    assert unranked_places(analyse("what does the report say about Thailand?"), pool) == []


def test_a_closing_request_for_a_list_asks_for_one_even_when_framing_strips_it():
    assert analyse("what harbour measures does the charter call for? list pls").answer_type == "list"
    assert analyse("what does the charter call for?").answer_type != "list"


def test_a_lead_cause_whose_subject_points_back_brings_the_sentence_before_it():
    from tipbot.answering.extractive import ExtractiveAnswerer

    before = _sentence("The charter notes that harbour technology became indispensable during COVID-19.", "d1",
                       "digest", position=0, score=0.3)
    lead = _sentence("It calls for a joined-up harbour response.", "d1", "digest", position=1, score=0.9)
    chosen = ExtractiveAnswerer._reasons([lead], [before, lead], set(), None, [])
    assert [e.text for e in chosen[:2]] == [before.text, lead.text]


def test_a_note_on_a_record_without_a_year_names_no_empty_year():
    from tipbot.answer import Draft
    from tipbot.answering.compose import quote

    note = _sentence("Anomaly: Context (not a cited source): the harbour office handled 119 cases in 2021.", "r1",
                     "reference", title="Harbour Office (None). Uncited harbour information")
    draft = Draft([], [])
    quote(draft, note, "en", whole=True)
    assert "(None)" not in draft.statements[0].text and "Harbour Office" in draft.statements[0].text


def test_a_sentence_announcing_a_list_brings_the_sentences_that_carry_it():
    from tipbot.answering.extractive import with_announced

    lead = _sentence("Several differences from the harbour release stand out:", "d1", "digest", position=0)
    first = _sentence("**Date.** The paper dates the harbour pact to 22 August.", "d1", "digest", position=1)
    second = _sentence("It was signed on 21 August.", "d1", "digest", position=2)
    other = _sentence("The harbour board met twice.", "p1", position=0)
    pool = [lead, first, second, other]
    assert [e.text for e in with_announced([other, lead], pool, 8)] == [other.text, lead.text, first.text,
                                                                        second.text]
    assert with_announced([other], pool, 8) == [other]
