"""Reader rules of the twenty-second session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from types import SimpleNamespace

from tipbot.answering.analysis import analyse


def test_a_length_asked_of_the_answer_is_no_figure_of_the_question():
    from tipbot.answering.analysis import strip_framing

    for text, lang in (("summarize the paper's conclusion in like 3 sentences pls", "en"),
                       ("ringkas kesimpulan paper dalam 2 kalimat aja", "id"),
                       ("give me a 3-sentence summary of the conclusion", "en"),
                       ("jelasin max 5 poin ya", "id")):
        assert not any(ch.isdigit() for ch in strip_framing(text, lang)), text
        assert analyse(text).constraints.numbers == [], text
    # a number of things the question asks about stays ("the 5 points of the declaration" has no preposition)
    assert "5" in strip_framing("what are the 5 points of the declaration?", "en")


def test_a_country_named_only_inside_a_bodys_name_is_no_claim_of_that_country():
    from tipbot.answering.answerability import only_in_names

    names = frozenset({"interpol indonesia", "foreign ministry"})
    assert only_in_names("why did interpol indonesia ask for more cooperation?", "Indonesia", names)
    assert not only_in_names("why did Indonesia ask for more cooperation?", "Indonesia", names)
    assert not only_in_names("why did interpol indonesia ask Indonesia's neighbours?", "Indonesia", names)


def test_the_indonesian_abbreviation_ri_names_indonesia():
    c = analyse("ada berapa strategi pemerintah RI buat TPPO di kamboja?").constraints
    assert ("Indonesia", "pemerintah") in c.qualified and "RI" not in c.names


def test_a_ranking_by_a_judgement_is_asked_in_either_language_and_made_only_by_a_superlative():
    from tipbot.answering.analysis import asked_judgement, ranks_by

    assert asked_judgement("dari 5 strategi itu, mana yg paling efektif?") == ("effective", "paling efektif")
    assert asked_judgement("what is the best strategy according to the paper?") == ("good", "best")
    assert asked_judgement("strategi terbaik menurut paper apa?") == ("good", "terbaik")
    # salience asks for a summary and a superlative of quantity for a figure: neither is a judgement
    assert asked_judgement("what are the most important points of the paper?") is None
    assert asked_judgement("tahun berapa korbannya paling banyak?") is None
    assert ranks_by("the most effective approach was cooperation", "effective")
    assert not ranks_by("exchange of best practice and information", "good")
    assert not ranks_by("the approach was effective", "effective")


def test_a_source_named_by_its_outlet_is_the_source_its_reference_record_publishes_there():
    from tipbot.answering.extractive import outlet_sources

    references = {"wardah-2023": {"venue": "VOA Indonesia (www.voaindonesia.com)"},
                  "arbar-2022": {"venue": "CNBC Indonesia"}}
    from tipbot.answer import AnswerContext

    context = AnswerContext(chunks=[], citation_index=SimpleNamespace(references=references),
                            idf={"voa": 5.0, "cnbc": 5.0, "indonesia": 0.3})
    assert outlet_sources(analyse("menurut VOA brp WNI korban di kamboja?"), context) == ("wardah",)
    assert outlet_sources(analyse("kata CNBC Indonesia ada brp WNI korban?"), context) == ("arbar",)
    # a word every passage uses names no outlet
    assert outlet_sources(analyse("brp WNI korban dari Indonesia?"), context) == ()


def test_a_span_takes_both_ends_from_one_source_when_one_source_dates_both_events():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.schema import Citation

    texts = ["The paper states: “On July 5 2023 the police formed a task force.”",
             "Glossary: “Task force: formed on 5 June 2023; it reported 2,778 people rescued on 10 Oct 2023.”"]
    citations = [Citation(n=i, chunk_id=f"c{i}", source_id=sid, source_kind=kind, title="T", section="", page=None,
                          text=t, cites=[], url=None)
                 for i, (kind, sid, t) in enumerate(zip(("paper", "glossary"), ("paper", "glossary:Task force"),
                                                        texts, strict=True), start=1)]
    draft = Draft(statements=[Statement(t, [i]) for i, t in enumerate(texts, start=1)], citations=citations)
    ExtractiveAnswerer._date_difference(draft, "en", analyse(
        "how many days between the police forming the task force and the 10 Oct 2023 report of people rescued?"))
    assert "127 days" in draft.statements[0].text


def test_a_figure_noun_names_no_topic_a_speaker_must_be_reported_with():
    from tipbot.answering.answerability import speaker_apart

    q = analyse("what did Retno Marsudi say about the number of online scam cases Indonesia handled?")
    idf = {"retno": 6.0, "marsudi": 6.0, "number": 5.5, "online": 3.0, "scam": 3.5, "cases": 1.0, "handled": 2.0}
    windows = [frozenset({"retno", "marsudi", "said", "handled", "2,700", "cases", "online", "scam"})]
    context = SimpleNamespace(sentence_windows=windows)
    assert speaker_apart(q, set(idf), idf, context, q.text) == []


def test_naik_and_turun_render_the_moves_of_a_ranking():
    from tipbot.query import translate_terms

    assert "upgrade" in " ".join(translate_terms("naik"))
    assert "downgrade" in " ".join(translate_terms("turun"))


def test_an_age_range_in_years_bounds_a_group_and_is_no_figure_of_it():
    from tipbot.answering.answerability import _other_group

    from .test_reader_rules_s21 import _paper_evidence

    other = _paper_evidence("Children made up about a third of the total (girls 19%, boys 15%) and adult men 20%.")
    q = analyse("angka prevalensi kekerasan thd perempuan 15-64 thn di paper itu turun dari brp ke brp ya?")
    assert _other_group(q, [other]) is None
    # a figure the question does assert of a group is still checked
    assert _other_group(analyse("why were 15% of the victims women?"), [other]) is not None


def test_a_number_is_no_term_a_claim_must_share_with_the_sources():
    from tipbot.answering.answerability import unused_terms

    assert unused_terms({"22nd", "withdrew"}, {}) == ["withdrew"]


def test_a_sentence_that_gives_a_figure_speaks_of_the_figures_a_question_qualifies_by_country():
    from tipbot.answering.answerability import _speaks_of
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    counted = _paper_evidence("There were 62 Indonesian citizens who were victims in Cambodia.")
    uncounted = _paper_evidence("Indonesian citizens were victims in Cambodia.")
    want = set(tokenize("figures"))
    assert _speaks_of(counted, [counted], "Cambodia", want)
    assert not _speaks_of(uncounted, [uncounted], "Cambodia", want)
    assert not _speaks_of(counted, [counted], "Cambodia", set(tokenize("law")))


def test_a_refusals_closest_passage_is_trimmed_to_the_clause_of_the_month_and_year_asked():
    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    text = ("Some of the data found is 1) the embassy repatriated 52 workers and 172 workers were victims in the "
            "country (KBRI, 2022), 2) there were 62 citizens who are victims of trafficking (Arbar, 2022), 3) in the "
            "2020-2023 period there are 267 reported cases of suspected trafficking (SBMI, 2023), 4) in the May 2023 "
            "report there are 1,138 citizens who are victims of trafficking employed in fake companies (Wardah, 2023).")
    ev = _paper_evidence(text)
    question = "The paper says 1,318 citizens were trafficking victims in the May 2023 report, where is that from?"
    draft = ExtractiveAnswerer._refuse(Draft(statements=[], citations=[]), ["1,318"], [ev], "en", [ev],
                                       question=question, q_tokens=set(tokenize(question)))
    assert "1,138" in draft.statements[-1].text and "62 citizens" not in draft.statements[-1].text


def test_a_section_summary_prefers_the_sentences_that_hold_its_facts():
    from tipbot.answering.extractive import section_summary

    from .test_reader_rules_s21 import _paper_evidence

    plain = [_paper_evidence(t) for t in ("Cooperation across the region is regarded as essential by observers.",
                                          "Communication between governments supports the handling of cases.",
                                          "Regulations are implemented strictly according to the national plan.",
                                          "Stakeholders are involved in preventing the crime in every way.")]
    fact = _paper_evidence("Since April 2021 the embassy received 75 reports of victims in several companies.")
    for rank, e in enumerate([*plain, fact]):
        e.passage.score, e.position = 1.0 - 0.05 * rank, rank
        e.passage.chunk = e.passage.chunk.__class__(**{**e.passage.chunk.__dict__, "order": rank})
    assert fact in section_summary([*plain, fact], 2)


def test_who_did_an_act_is_the_name_right_before_its_verb():
    from tipbot.answering.compose import direct_answer
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    ev = _paper_evidence("Cambodia's Interior Ministry spokesperson Khieu Sopheak rejected the findings, and NCCT "
                         "vice-chair Chou Bun Eng said the government was working hard.")
    q = analyse("who rejected the findings of the report?")
    assert direct_answer(q, ev, set(tokenize(q.text))) == "Khieu Sopheak"


def test_a_digest_outline_keeps_the_opening_sentence_that_dates_what_the_source_reports():
    from dataclasses import replace

    from tipbot.answering.extractive import source_outline

    from .test_reader_rules_s21 import _paper_evidence

    opening = ["A news item from the coordinating ministry.", "It reports a coordination meeting on the plan.",
               "The meeting was held on Monday 6 November 2023 in Bekasi.", "Officials from many agencies came."]
    digest = []
    for i, text in enumerate(opening):
        e = _paper_evidence(text)
        e.position = i
        digest.append(e)
    item = _paper_evidence("- The plan sets out activities to prevent trafficking.")
    item.passage.chunk = replace(item.passage.chunk, id="p2", order=2, section="Content")
    digest.append(item)
    texts = [e.text for e in source_outline(digest, 9, set())]
    assert "The meeting was held on Monday 6 November 2023 in Bekasi." in texts
    assert "Officials from many agencies came." not in texts


def test_menolak_renders_reject():
    from tipbot.query import translate_terms

    assert "reject" in translate_terms("menolak") and "reject" in translate_terms("nolak")


def test_a_follow_up_year_replaces_the_previous_questions_whole_date():
    from tipbot.answering.analysis import resolve_followup

    previous = analyse("how many reports did the Indonesian embassy receive since April 21 2021?")
    assert resolve_followup("and in 2022?", "en", previous) == "how many reports did the Indonesian embassy " \
                                                              "receive in 2022?"
    # a year alone is replaced by the new year
    previous = analyse("how many victims were recorded in 2021?")
    assert "2022" in resolve_followup("and 2022?", "en", previous)


def test_an_ordinal_is_no_figure_a_sentence_reports():
    from tipbot.verify import content_figures

    assert content_figures("The 17th AMMTC was held in Labuan Bajo with 12 suspects arrested.") == ["12"]


def test_a_thing_asked_for_that_no_passage_speaks_of_is_found_at_the_end_of_what_s_the():
    from tipbot.answering.answerability import asked_kind_words

    assert asked_kind_words(analyse("what's the KBRI phnom penh hotline number??")) == ["hotline"]
    assert "hotline" in asked_kind_words(analyse("can u give me the KBRI Phnom Penh emergency hotline number?"))


def test_a_question_that_asks_only_what_the_study_found_asks_for_its_findings():
    from tipbot.answering.analysis import asks_findings

    for text in ("what did the paper find?", "what are the main findings of the study?", "apa temuan utama paper ini?",
                 "apa hasil penelitian ini?"):
        assert asks_findings(analyse(text)), text
    # a finding about a topic of its own is a question about that topic
    assert not asks_findings(analyse("what did the paper find about the kidney trafficking case?"))
    assert not asks_findings(analyse("when was the paper published?"))


def test_a_refusal_of_a_share_shows_the_closest_passage_that_gives_a_share():
    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer

    from .test_reader_rules_s21 import _paper_evidence

    plain = _paper_evidence("The agency supports victim identification and return in Indonesia.")
    share = _paper_evidence("Around 43% to 50% of Indonesian citizens living abroad became victims.")
    plain.parts, share.parts = {"meaning": 0.9, "terms": 0.5}, {"meaning": 0.8, "terms": 0.4}
    draft = ExtractiveAnswerer._refuse(Draft(statements=[], citations=[]), ["40%"], [plain, share], "en", [plain],
                                       question="the agency says 34-40% of Indonesians abroad became victims?")
    assert "43%" in draft.statements[-1].text


def test_two_dates_asked_then_the_span_between_them_is_an_interval_question():
    q = analyse("ACTIP itu ditandatangani kapan & baru berlaku kapan? jaraknya brp lama?")
    assert q.interval and q.parts == ["ACTIP itu ditandatangani kapan", "baru berlaku kapan"]
    assert not analyse("kapan ACTIP ditandatangani dan kapan mulai berlaku?").interval  # (no span asked)


def test_a_refusal_of_a_year_keeps_its_closest_passage():
    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer

    from .test_reader_rules_s21 import _paper_evidence

    caption = _paper_evidence("Chart 1. Number of reports of trafficking affecting citizens from 2020 to 2022.")
    counted = _paper_evidence("From 2017 to 2022, 2,605 cases were documented.")
    caption.parts, counted.parts = {"meaning": 0.9}, {"meaning": 0.8}
    draft = ExtractiveAnswerer._refuse(Draft(statements=[], citations=[]), ["2021"], [caption, counted], "en",
                                       [caption], question="According to Chart 1, how many reports in 2021?")
    assert "Chart 1" in draft.statements[-1].text
