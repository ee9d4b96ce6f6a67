"""Reader rules of the thirtieth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, summarises_paper
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _sentence(text: str, cid: str = "p1", kind: str = "paper", title: str = "The paper", position: int = 0,
              score: float = 0.5, section: str = "Results") -> Evidence:
    chunk = Chunk(id=cid, text=text, source_id=cid, kind=kind, title=title, section=section)
    return Evidence(text=text, passage=Passage(chunk=chunk, score=score), position=position,
                    tokens=set(tokenize(text)), score=score)


def test_a_percentage_of_two_counts_the_question_gives_fits_the_sentence_that_gives_both():
    from tipbot.answering.selection import type_fit

    q = analyse("dari 3.120 laporan pelabuhan cuma 48 yg beneran kasus. itu brp persen ya?")
    assert q.arithmetic == "percent" and q.percent
    giver = _sentence("The harbour hotline logged **3,120 reports**, of which 48 were confirmed cases and 900 were "
                      "closed.", "d1", "digest")
    assert type_fit(giver, q, q_tokens=set(), idf={}) > 0
    # (a sentence that gives only one of them does not)
    assert type_fit(_sentence("The harbour hotline logged 3,120 reports."), q, q_tokens=set(), idf={}) == 0


def test_a_percentage_asked_of_a_part_of_a_total_the_question_gives_is_no_count_of_a_share():
    q = analyse("dr 1.300 korban di pelabuhan itu brp persen yg perempuan dewasa?")
    assert q.percent and q.arithmetic != "share"
    # (a count asked of such a part still is one)
    assert analyse("out of the 1,300 harbour victims, roughly how many were men?").arithmetic == "share"


def test_a_bracket_naming_a_survey_and_its_year_dates_the_figure_before_it():
    from tipbot.answering.compose import operands

    q = analyse("prevalensi kekerasan di pelabuhan turun brp poin persen dr 2016 ke 2021?")
    assert q.change
    enumeration = _sentence("The targets are 1) in 2024 the harbour index is 0.41 %, and 2) the prevalence of "
                            "violence in the last 12 months (2024) continues to decline from 9.4% (HARBOURSURVEY, "
                            "2016) to 8.7% (HARBOURSURVEY, 2021) (Okoro, 2023).")
    found = [raw for raw, _ in operands(q, [enumeration], set(tokenize(q.text)) | {"prevalence", "violence"})]
    assert found == ["9.4%", "8.7%"]


def test_a_sum_adds_the_figures_the_question_names_not_one_that_only_shares_a_word_of_them():
    from tipbot.answering.compose import operands

    q = analyse("what share of harbour victims were trafficked for either sexual exploitation or forced labour, "
                "taken together?")
    assert q.arithmetic == "sum"
    assert analyse("berapa persen gabungan korban eksploitasi seksual dan kerja paksa?").arithmetic == "sum"
    shares = _sentence("**Forms:** 50% of detected victims were trafficked for sexual exploitation, 38% for forced "
                       "labour, 6% for forced criminal activity and just over 1% for begging.", "d1", "digest")
    found = [raw for raw, _ in operands(q, [shares], set(tokenize(q.text)))]
    assert found == ["50%", "38%"]


def test_a_noun_of_the_contents_keeps_a_request_one_for_the_whole_paper():
    assert summarises_paper("kak rangkumin isi paper ini dong singkat aja, buat bahan presentasi besok")
    assert summarises_paper("summarise the contents of the paper")
    # (a part named after it still asks for that part)
    assert not summarises_paper("ringkas isi bagian 3.5 paper ini")


def test_a_figure_given_for_a_span_of_years_is_not_the_figure_of_one_year_of_it():
    from tipbot.answering.answerability import _year_of_period

    q = analyse("HarbourWatch nyatet 267 kasus itu cuma selama tahun 2023 doang ya?")
    assert q.premise
    listing = _sentence("Data found: 1) 52 workers were repatriated (KBRI, 2022), 2) in the 2020-2023 period there "
                        "are 267 reported cases (HarbourWatch, 2023), 3) in the May 2023 report there are 1,138 "
                        "victims (Okoro, 2023).")
    assert _year_of_period(q, [listing]) is listing
    # (a span the statement names, or a sentence giving the figure for the year itself, is no correction)
    assert _year_of_period(analyse("HarbourWatch nyatet 267 kasus selama 2020-2023 ya?"), [listing]) is None
    # (nor is a source's year in the statement: "HarbourWatch (2023)")
    assert _year_of_period(analyse("Paper mengutip HarbourWatch (2023) untuk angka 267 kasus ya?"), [listing]) is None
    dated = _sentence("In 2023 HarbourWatch counted 267 cases.", "p2")
    assert _year_of_period(q, [listing, dated]) is None


def test_a_sentence_that_says_what_a_text_leaves_out_is_no_denial_of_the_claim():
    from tipbot.answering.answerability import _negated_in_source, states_omission

    omission = _sentence("The paper gives no dates and does not say that Indonesia ratified the harbour convention "
                         "by Law No. 12 of 2017.", "d1", "digest")
    assert states_omission(omission.text)
    q = analyse("Indonesia ratified the harbour convention through Law 12/2017, right?")
    assert q.premise and not q.wants_paper
    assert _negated_in_source(q, [omission], set(tokenize(q.text)), {}) is None


def test_an_act_counted_with_its_agent_in_a_perfect_tense_is_the_act_counted():
    from tipbot.answering.analysis import counted_act

    assert counted_act(analyse("How many people had the harbour task force rescued by the end of 2024?")) == "rescued"
    assert counted_act(analyse("how many people were rescued by the harbour task force?")) == "rescued"
    assert counted_act(analyse("how many reports has the harbour task force recorded?")) == ""


def test_a_majority_claimed_for_one_group_is_corrected_by_a_sentence_giving_the_other_more():
    from tipbot.answering.answerability import majority_otherwise

    shares = _sentence("Around 50.97% were children, 46.14% were women, and 2.89% were men.")
    found = majority_otherwise(analyse("knp ya di data harbour mayoritas korban itu laki2?"), [shares])
    assert found is not None and found[1] is shares
    assert majority_otherwise(analyse("why were most of the harbour victims men?"), [shares]) is not None
    # (the larger group of its pair, or a question naming both groups, or no majority, is no correction)
    assert majority_otherwise(analyse("why were most of the harbour victims women?"), [shares]) is None
    assert majority_otherwise(analyse("were most harbour victims men or women?"), [shares]) is None
    assert majority_otherwise(analyse("how many harbour victims were men?"), [shares]) is None


def test_an_act_credited_to_one_law_where_a_sentence_on_it_credits_another_is_corrected():
    from tipbot.answering.answerability import other_instrument

    credited = _sentence("**Indonesia:** ratified the Harbour Convention (HARCON) by **Law No. 12 of 2017**.", "d1",
                         "digest")
    q = analyse("Indonesia ngeratifikasi HARCON lewat UU 21/2007 kan?")
    assert other_instrument(q, [credited]) is credited
    assert other_instrument(analyse("Indonesia ratified HARCON through Law 21/2007, right?"), [credited]) is credited
    # (the law the sentence credits, or a sentence on the names that gives the statement's law, is no correction)
    assert other_instrument(analyse("Indonesia ratified HARCON through Law 12/2017, right?"), [credited]) is None
    both = _sentence("HARCON was ratified by Law 21/2007 in a first reading.", "p2")
    assert other_instrument(q, [credited, both]) is None
    # (nor is a question that asserts nothing)
    assert other_instrument(analyse("which law did Indonesia ratify HARCON with?"), [credited]) is None


def test_a_sentence_opening_with_its_aim_gives_the_purpose_of_the_one_before_it():
    from tipbot.answering.selection import gives_consequence

    assert gives_consequence("The aim is so that, if a similar storm comes, both harbours know what to do.")
    assert gives_consequence("Tujuannya agar kedua pelabuhan tahu langkah yang harus diambil.")
    # (a sentence about an aim that is its subject opens no purpose of another)
    assert not gives_consequence("The aim of the harbour board was never stated.")


def test_a_long_section_keeps_a_share_of_its_sentences_in_its_summary():
    from tipbot.answering.extractive import SECTION_SHARE, section_summary

    words_ = ["harbour", "ferry", "dock", "crane", "pier", "tide", "berth", "quay", "buoy", "cargo", "pilot", "mooring",
              "lighthouse", "anchor", "channel", "jetty", "wharf", "tugboat", "customs", "manifest"]
    section = [_sentence(f"The {w} report describes {w} inspections at the {w} station in detail.", "p1",
                         position=i) for i, w in enumerate(words_)]
    assert len(section_summary(section, 9)) == round(SECTION_SHARE * 20)
    # (a short section is summarised in ``k`` at most)
    assert len(section_summary(section[:12], 9)) == 9


def test_a_glossary_entry_that_credits_its_term_to_another_law_corrects_the_statement():
    from tipbot.answering.answerability import other_instrument

    entry = _sentence("Created by Law No. 13/2006 (amended by Law No. 31/2014); operational since 2008.", "g1",
                      "glossary")
    entry.chunk.text = "HPA: Harbour Protection Agency. " + entry.text
    assert other_instrument(analyse("HPA itu dibentuk lewat UU 21/2007 ya?"), [entry]) is entry
    assert other_instrument(analyse("HPA itu dibentuk lewat UU 13/2006 ya?"), [entry]) is None


def test_a_difference_asked_between_two_years_is_the_change_between_them():
    assert analyse("how many more nationals did the harbour ministry repatriate in 2016 than in 2015?").change
    assert analyse("brp lebih banyak WNI yg dipulangkan di 2016 dibanding 2015?").change
    assert analyse("by how much is the 2024 harbour index target above the 2020 figure?").change
    # (nor are the two ends of a period: "data korban 2015-2019")
    assert not analyse("data korban pelabuhan 2015-2019 kan. kalo dikurangin yg dewasa, sisanya brp org?").change
    # (a document's year is no time of a figure: "UU No. 21 Tahun 2007")
    assert not analyse("by how much did the fine in UU No. 21 Tahun 2007 exceed 100 juta?").change


def test_a_change_from_a_range_is_computed_at_both_ends_from_the_pair_the_question_names():
    from tipbot.answering.compose import operands, range_end

    q = analyse("target harbour index 2024 naik brp poin dibanding angka 2020?")
    item = _sentence("2) The target for the harbour index in 2024 ranges from 91.24 to 91.54%, an increase from "
                     "90.06% in 2020, and 3) the share of workers aged 15-64 years in the last 12 months (2024) fell "
                     "from 9.4% (HARBOURSURVEY, 2016) to 8.7% (HARBOURSURVEY, 2021).")
    found = [raw for raw, _ in operands(q, [item], set(tokenize(q.text)) | {"target", "harbour", "index"})]
    assert found == ["91.24%", "90.06%"]
    assert range_end("91.24%", item.text) == "91.54%"
    assert range_end("90.06%", item.text) is None


def test_no_change_is_computed_from_a_pair_no_word_of_the_question_stands_beside():
    from tipbot.answering.compose import operands

    q = analyse("by how much is the harbour index above its target?")
    assert q.arithmetic == "difference" and not q.change
    ages = _sentence("Workers aged 15 and over were counted in the last 12 months: 40%, 30% and 20% of them.")
    assert operands(q, [ages], set(tokenize(q.text))) == []


def test_an_edition_is_judged_by_the_rare_words_of_its_spelled_out_name():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import unknown_editions

    chunks = [Chunk(id="g1", text="HMTC: Harbour Ministerial Meeting on Transport Crime. The 17th HMTC met in 2023.",
                    source_id="glossary", kind="glossary", title="Glossary", section="HMTC"),
              Chunk(id="p1", text="The 18th Harbour Summit met in 2011; the 17th HMTC met in 2023.", source_id="p",
                    kind="paper", title="The paper", section="Results")]
    idf = {"harbour": 1.0, "hmtc": 3.0, "ministerial": 3.0, "meeting": 2.5, "transport": 3.0, "crime": 2.5,
           "summit": 3.0, "2024": 2.5, "agre": 3.0}
    context = AnswerContext(chunks=chunks, citation_index=None, idf=idf)
    # (the 18th edition the store numbers is the Harbour Summit's: "Harbour", common, names no other 18th)
    assert unknown_editions(analyse("what did the 18th HMTC in 2024 agree?"), context)
    assert not unknown_editions(analyse("what did the 17th HMTC agree?"), context)


def test_a_figure_counts_the_noun_that_stands_right_after_it():
    from tipbot.answering.selection import counts_head

    q = analyse("roughly how many participants were at the 9th harbour meeting?")
    assert counts_head("Ten ministers attended, with observers, about 275 participants in all.", q)
    assert not counts_head("The chief signed six bilateral police MoUs there on 21 Aug 2023.", q)


def test_two_word_names_of_a_text():
    from tipbot.answering.extractive import word_pairs

    assert ("tip", "report") in word_pairs("the U.S. State Department's 2023 TIP Report, released in June 2023")
    assert ("tip", "report") not in word_pairs("victims of TIP in Cambodia; in the May 2023 report there are 1,138")


def test_who_after_a_noun_of_people_opens_a_relative_clause_not_a_question():
    from tipbot.answering.analysis import answer_type

    assert answer_type("what penalties does the harbour act set for people who traffic workers?", "en") != "actor"
    assert answer_type("who opened the harbour meeting?", "en") == "actor"
    assert answer_type("do you know who opened the harbour meeting?", "en") == "actor"


def test_a_noun_of_the_kind_on_a_stop_list_is_still_the_thing_a_country_qualifies():
    from tipbot.answering.analysis import _qualified

    assert _qualified("What penalties does Malaysia's anti-trafficking act set?", "en") == [("Malaysia", "act")]
    assert _qualified("the police of Indonesia and Cambodia", "en") == []


def test_a_year_stated_in_a_clause_before_the_question_is_asserted():
    from tipbot.answering.answerability import states_clause

    text = "For my essay: Okoro's harbour article was published in 2009 - what is its main argument?"
    assert states_clause(text, "2009")
    assert not states_clause("what did the 2030 harbour report say?", "2030")


def test_a_cited_authors_possessive_before_a_word_for_a_document_names_that_work():
    from tipbot.answering.analysis import cites_other_work

    q = analyse("Okoro's literature-review article was published in 2009 - what is its main argument?")
    assert cites_other_work(q, "pratiwi-sukandar-2024", frozenset({"okoro-2019"}))
    assert not cites_other_work(q, "pratiwi-sukandar-2024", frozenset({"adeyemi-2019"}))


def test_a_studys_argument_is_asked_as_its_findings():
    from tipbot.answering.extractive import asks_findings

    assert asks_findings(analyse("what is the paper's main argument?"))


def test_where_after_a_noun_of_a_part_of_a_text_opens_a_relative_clause():
    from tipbot.answering.analysis import answer_type

    assert answer_type("could you pull together everything about the harbour MoU, across all the sections where "
                       "it comes up?", "en") != "place"
    assert answer_type("where was the harbour MoU signed?", "en") == "place"


def test_a_closing_request_to_sum_up_turns_what_the_text_says_of_causes_into_a_summary():
    assert analyse("paper ini bilang apa aja sih soal penyebab korban pelabuhan? rangkum dr semua bagian ya"
                   ).answer_type == "summary"
    # (not a why-question with a request to explain it briefly)
    assert analyse("kenapa banyak pekerja pelabuhan jadi korban? jelasin singkat dong").answer_type == "reason"


def test_an_acronym_takes_no_synonyms_of_the_english_word_it_spells():
    from tipbot.answering.extractive import question_tokens
    from tipbot.query import plan_query

    q = analyse("RAN PP-TPPO pelabuhan itu cakupannya apa aja?")
    tokens = question_tokens(q, plan_query(q.text, language="id"))
    assert "fled" not in tokens and "run" not in tokens
