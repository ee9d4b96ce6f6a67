"""Reader rules of the twenty-first session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_a_count_of_one_countrys_citizens_is_told_from_a_count_of_anothers():
    from tipbot.answering.answerability import nationals_asked, nationals_counted

    assert nationals_asked(analyse("How many Cambodian trafficking victims were identified in 2022?")) == "Cambodia"
    assert nationals_asked(analyse("berapa korban asal Kamboja yang tercatat?")) == "Cambodia"
    assert nationals_asked(analyse("berapa WNI yang jadi korban?")) == "Indonesia"
    assert nationals_asked(analyse("how many Thais were rescued?")) == "Thailand"
    # a place is not a nationality: "victims in Cambodia" may be of any country
    assert nationals_asked(analyse("how many victims were there in Cambodia?")) is None
    assert nationals_counted("there were 62 Indonesian citizens who were victims") == {"Indonesia"}
    assert nationals_counted("sebanyak 1.138 WNI menjadi korban") == {"Indonesia"}
    assert nationals_counted("2,605 victims were recorded in Indonesia") == set()


def test_a_figure_counting_another_countrys_citizens_is_no_answer():
    from tipbot.answering.answerability import counts_other_nationals

    from .test_reader_rules_s21 import _paper_evidence

    other = _paper_evidence("In 2022 there were 62 Indonesian citizens who were victims of trafficking in Cambodia.")
    plain = _paper_evidence("In 2022 the committee identified 500 victims.")
    cambodian = analyse("How many Cambodian victims were there in 2022?")
    assert counts_other_nationals(cambodian, [other])
    assert not counts_other_nationals(cambodian, [plain, other])  # (the first figure names no nationality)
    assert not counts_other_nationals(analyse("How many Indonesian victims were there in 2022?"), [other])
    assert not counts_other_nationals(analyse("How many victims were there in 2022?"), [other])


def test_a_quantity_interrogative_after_a_noun_of_rank_asks_which_rank():
    from tipbot.answering.answerability import quantity_kind

    # (since the fortieth session a rank is a quantity of its own kind, answered by the rank with its unit: "Tier 3")
    q = analyse("Cambodia tier berapa di laporan TIP 2023?")
    assert q.answer_type == "quantity" and quantity_kind(q) == "rank"
    assert analyse("indonesia peringkat ke berapa?").answer_type == "fact"
    assert analyse("ada berapa tier di laporan TIP?").answer_type == "quantity"


def test_a_name_a_sentence_marks_as_former_holder_is_not_who_holds_it():
    from tipbot.answering.compose import former_holders

    text = ("The secretariat, formerly coordinated by the Ministry of Women (KemenPPPA), is now the responsibility "
            "of the National Police (Polri).")
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Ministry of Women", "KemenPPPA", "National Police")]
    assert former_holders(text, spans, "who runs the secretariat now?") == spans[:2]
    assert former_holders(text, spans, "who ran the secretariat formerly?") == []  # (the former one is asked)
    # a sentence telling no change keeps every name
    plain = "The former secretariat of the Ministry of Women met the National Police."
    assert former_holders(plain, [(plain.index("Ministry"), plain.index("Ministry") + 17)], "who met?") == []


def test_an_indonesian_question_naming_an_english_titled_report_of_a_year_names_that_edition():
    from types import SimpleNamespace

    from tipbot.answering.answerability import unknown_dated_titles

    chunks = [SimpleNamespace(text="The 2023 Trafficking in Persons (TIP) Report placed Indonesia on Tier 2; the "
                                   "2022 TIP Report on the Tier 2 Watch List.")]
    for question in ("di TIP Report 2024, indonesia ditaruh di tier brp?",
                     "Indonesia ada di tier apa di TIP report tahun 2024?",
                     "Indonesia di peringkat berapa dalam Laporan Trafficking in Persons tahun 2024?"):
        assert unknown_dated_titles(analyse(question), chunks), question
    assert not unknown_dated_titles(analyse("di TIP Report 2023, indonesia tier brp?"), chunks)


def test_an_interrogative_after_the_ordinal_prefix_ke_asks_for_an_ordinal():
    assert analyse("GLOTIP 2020 itu edisi ke brp sih?").answer_type == "fact"
    assert analyse("konvensi itu berlaku hari ke berapa setelah ratifikasi?").answer_type == "fact"


def test_the_act_a_quantity_question_counts_is_its_participle_not_a_verb_of_reporting_or_a_group():
    from tipbot.answering.analysis import counted_act

    assert counted_act(analyse("How many Indonesians were deported from Cambodia in 2023?")) == "deported"
    assert counted_act(analyse("berapa WNI yang dipulangkan dari Kamboja?")) == "dipulangkan"
    assert counted_act(analyse("how many victims were identified in 2022?")) == ""  # (reporting any count)
    assert counted_act(analyse("berapa korban yang tercatat?")) == ""
    assert counted_act(analyse("how many of the victims were women?")) == ""  # (a group counted, not an act)
    # (a relative clause far from the counted noun is about something else: "… the plan discussed in the paper")
    assert counted_act(analyse("berapa target indeks itu pada tahun 2024 menurut rencana aksi yang dibahas?")) == ""


def test_a_figure_that_answers_a_counted_act_is_the_one_whose_words_tell_that_act():
    from tipbot.answering.compose import direct_answer
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    ev = _paper_evidence("The embassy again repatriated 52 people, and 172 migrant workers were victims.")
    q = analyse("berapa pekerja migran yang dipulangkan?")
    assert direct_answer(q, ev, set(tokenize("migrant workers"))).startswith("52")


def test_a_count_of_an_act_no_passage_with_a_figure_tells_is_refused(mini_assistant):
    refused = mini_assistant.ask("How many crew members were deported in 2022?")
    assert refused.refused and "57" not in refused.text.split("\n")[0]
    answered = mini_assistant.ask("How many fishers were rescued in 2023?")
    assert not answered.refused and "126" in answered.text


def test_a_conjunction_inside_a_laws_title_joins_no_events_and_a_piece_that_asks_is_no_event():
    q = analyse("Berapa tahun jarak antara UU Nomor 13 Tahun 2006 tentang Perlindungan Saksi dan Korban dan "
                "perubahannya, dan pada tanggal berapa masing-masing disahkan?")
    assert q.interval and len(q.parts) == 2
    assert q.parts[0].endswith("Saksi dan Korban") and q.parts[1] == "perubahannya"


def test_a_word_of_a_direction_of_change_is_used_when_the_sources_state_that_direction():
    from tipbot.answering.answerability import unused_terms

    assert unused_terms({"upgrad"}, {"moved": 2.0, "tier": 1.0}) == []  # ("moved up")
    assert unused_terms({"upgrad"}, {"tier": 1.0}) == ["upgrad"]


def test_a_change_of_another_country_does_not_decide_the_direction_asserted_of_this_one():
    from tipbot.answering.answerability import _other_direction
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    cambodia = _paper_evidence("Cambodia had been downgraded to Tier 3 in 2022 and stayed at Tier 3 in 2023.")
    indonesia = _paper_evidence("Indonesia moved up to Tier 2.")
    q = analyse("Why did Indonesia fall to Tier 3 in 2023?")
    idf = {t: 1.0 for t in tokenize(cambodia.text + " " + indonesia.text + " fall")}
    found = _other_direction(q, [cambodia, indonesia], set(tokenize("indonesia fall tier 3 2023")), idf)
    assert found is not None and found[1] is indonesia


def test_a_why_answer_brings_the_next_sentence_that_points_back_and_states_a_purpose():
    from types import SimpleNamespace

    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    texts = ["The agency also collects data on how traffickers monitor their victims to find patterns.",
             "These patterns will be used by the government to take steps against the perpetrators."]
    chunk = Chunk(id="p7", text=" ".join(texts), source_id="mini", kind="paper", title="Mini", section="3. Results",
                  order=1)
    pool = [Evidence(text=t, passage=Passage(chunk=chunk, score=0.5), position=i, tokens=set(tokenize(t)),
                     score=0.9 - 0.5 * i) for i, t in enumerate(texts)]
    chosen = ExtractiveAnswerer._reasons(pool[:1], pool, set(tokenize("agency collect data monitor")),
                                         SimpleNamespace(idf={}, chunks=[chunk]), [])
    assert [e.position for e in chosen] == [0, 1]


def test_a_period_beside_a_thing_counted_dates_the_data_not_the_document():
    from tipbot.answering.answerability import YEAR_PERIOD, dates_counted

    for text, counted in (("di digest perpres 19/2023 ada data korban TPPO 2015-2019", True),
                          ("how many of the 2015-2019 victims", True),
                          ("why did Perpres 19/2023 set the plan for 2015-2019", False)):
        assert dates_counted(text, YEAR_PERIOD.search(text)) is counted, text


def test_a_difference_asked_with_minus_uses_the_figures_of_the_things_named_not_of_the_years():
    from tipbot.answering.compose import computed_value, operands
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    q = analyse("data korban 2015-2019 kalo dikurangin yg perempuan dewasa, sisanya brp?")
    assert q.arithmetic == "difference"
    ev = _paper_evidence("The police received 554 reports in 2015–2019, involving 2,648 victims, of whom 2,047 were "
                         "adult women.")
    found = operands(q, [ev], set(tokenize("2015 2019 victim adult women")))
    assert [raw for raw, _ in found] == ["2,648", "2,047"]
    assert "601" in computed_value(q, ["2,648", "2,047"], "id")


def test_a_share_asked_of_one_group_is_the_figure_whose_clause_names_that_group():
    from tipbot.answering.answerability import asked_group, group_figures
    from tipbot.answering.compose import direct_answer
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    q = analyse("brp persen korban laki2 di data itu?")
    group = asked_group(q)
    assert group is not None and asked_group(analyse("berapa persen korban laki-laki dan perempuan?")) is None
    text = "Around 50.97% were children, 46.14% were women, and 2.89% were men."
    assert group_figures(text, group) == ["289"]
    assert not group_figures("Most victims in the region are women (as many as 83%).", group)
    assert direct_answer(q, _paper_evidence(text), set(tokenize("persen korban"))) == "2.89%"


def test_a_later_piece_of_an_interval_question_names_its_event_before_a_span_asked_at_its_end():
    assert analyse("jarak antara deklarasi ASEAN di labuan bajo sama MoU polisi indonesia-kamboja brp bulan?").parts \
        == ["deklarasi ASEAN di labuan bajo", "MoU polisi indonesia-kamboja"]
    # (the first piece's words before the span ask are no event)
    assert analyse("selisih berapa bulan antara KTT ke-42 dan MoU polisi?").parts == ["KTT ke-42", "MoU polisi"]


def test_a_span_to_a_date_a_source_corrects_also_gives_the_span_from_the_corrected_date():
    from datetime import date

    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer, corrected_date
    from tipbot.schema import Citation

    texts = ["A digest says: “the task force itself, which was formed on 5 June 2023, not 5 July.”",
             "The paper states: “On July 23 2023, the task force uncovered a syndicate.”"]
    citations = [Citation(n=i, chunk_id=f"c{i}", source_id="s", source_kind=kind, title="T", section="", page=None,
                          text=t, cites=[], url=None) for i, (kind, t) in enumerate(zip(("digest", "paper"), texts,
                                                                                          strict=True), start=1)]
    draft = Draft(statements=[Statement(t, [i]) for i, t in enumerate(texts, start=1)], citations=citations)
    assert corrected_date(draft, "5 June 2023", 1, date(2023, 6, 5)) == (date(2023, 7, 5), "5 July 2023")
    ExtractiveAnswerer._date_difference(draft, "en", analyse("How long after the task force was formed did it "
                                                             "uncover the syndicate?"))
    lines = [s.text for s in draft.statements]
    # (the span from one source's dates first, since the forty-fourth session: the mixed one is neither source's)
    assert "18 days" in lines[0] and "5 July 2023" in lines[0] and "48 days" in lines[1]
