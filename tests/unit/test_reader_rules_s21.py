"""Reader rules of the twentieth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answer import Draft, Statement
from tipbot.answering.analysis import analyse


def _difference(question: str, sentences: list[str]) -> str:
    from tipbot.answering.extractive import ExtractiveAnswerer

    draft = Draft(statements=[Statement(s, [i]) for i, s in enumerate(sentences, start=1)], citations=[])
    ExtractiveAnswerer._date_difference(draft, "en", analyse(question))
    return draft.statements[0].text


def test_an_events_head_is_its_noun_not_a_modifier_a_rank_or_a_noun_of_time():
    from tipbot.answering.extractive import head_word

    assert head_word("the ASEAN summit at which leaders asked for a convention", "en") == "summit"
    assert head_word("the first meeting of the new working group", "en") == "meeting"
    assert head_word("the 22nd SOMTC where Interpol made its request", "en") == "SOMTC"
    assert head_word("its entry into force", "en") == "entry"
    assert head_word("the signing of the convention", "en") == "signing"
    assert head_word("tanggal pembentukan Satgas TPPO", "id") == "pembentukan"
    assert head_word("KTT ke-42", "id") == "KTT"


def test_a_year_named_alone_dates_an_event_but_a_citation_or_a_number_does_not():
    from tipbot.answering.extractive import find_years

    assert [raw for _, raw in find_years("at the 18th ASEAN Summit (Indonesia, 2011), leaders asked")] == ["2011"]
    assert [raw for _, raw in find_years("ratified it by Law No. 12 of 2017")] == ["2017"]
    # (a law's number with its year dates the act done by that law, written either way: the forty-seventh session)
    assert [raw for _, raw in find_years("Indonesia ratified it by Law No. 12/2017.")] == ["2017"]
    for text in ("as Anderson (2021) shows", "(Puspitasari & Iqbal, 2023)", "Law No. 12/2017 regulates it",
                 "created by Law No. 13/2006", "(as amended by Law No. 31/2014)",
                 "the plan for 2020–2024", "signed on 21 Nov 2015", "in May 2023"):
        assert not find_years(text), text


def test_a_span_to_an_event_dated_only_by_its_year_is_counted_in_calendar_years():
    lead = _difference("How many years between the summit at which leaders asked for a convention and the "
                       "signing of the convention?",
                       ["The convention was signed in Kuala Lumpur on 21 Nov 2015.",
                        "At the 18th Summit (Indonesia, 2011), leaders asked ministers to consider a convention."])
    assert "about 4 years" in lead and "2011" in lead and "(computed" in lead


def test_an_event_no_dated_clause_names_is_said_to_be_undated_not_given_another_events_date():
    lead = _difference("How many days between the summit and the publication of the union's article?",
                       ["The summit met in Jakarta on 10 May 2023.",
                        "The two police forces agreed to cooperate on 22 August 2023."])
    assert "publication" in lead and "cannot be computed" in lead and "days" not in lead


def test_after_a_b_is_the_later_of_the_dates_that_name_b():
    lead = _difference("how many days after the MoU did the embassy meet the police chief?",
                       ["On 2 August 2022 the minister met the police chief.",
                        "The MoU was signed on 22 August 2023.",
                        "On 4 September 2023 the embassy met the police chief."])
    assert "13 days" in lead


def test_the_second_event_of_an_interval_starts_after_an_inverted_auxiliary_or_a_passive_verb():
    assert analyse("how many days after the MoU did the embassy meet the police chief?").parts == [
        "the MoU", "the embassy meet the police chief"]
    assert analyse("How long after the declaration was adopted did the minister urge the bodies?").parts == [
        "the declaration was adopted", "the minister urge the bodies"]
    assert analyse("berapa hari setelah Satgas dibentuk sindikat penjualan ginjal dibongkar?").parts == [
        "Satgas dibentuk", "sindikat penjualan ginjal dibongkar"]


def test_a_verb_in_ify_and_its_noun_in_ification_are_one_family():
    from tipbot.keyword import tokenize, word_family

    ratified, = tokenize("ratified")
    assert ratified in word_family("ratification") and "ratification" in word_family(ratified)


def test_a_short_form_in_brackets_and_a_ministers_ministry_name_the_same_thing():
    from tipbot.answering.selection import bracketed_aliases, institution_form

    assert bracketed_aliases("Siapa Kepala Biro Penerangan Masyarakat (Karo Penmas) pada 2023?",
                             ["Kepala Biro Penerangan Masyarakat"]) == {
        "Kepala Biro Penerangan Masyarakat": ["Karo Penmas"]}
    assert "kemenko polhukam" in institution_form("menko polhukam")
    assert "kemenpppa" in institution_form("menteri pppa")
    assert institution_form("satgas tppo") == []


def test_an_office_asked_with_a_year_before_a_final_siapa_is_an_office_asked():
    from tipbot.answering.analysis import asked_office

    assert asked_office(analyse("yg jadi Menko Polhukam thn 2023 siapa ya?")) == "Menko"


def test_a_name_with_its_initials_holds_the_office_beside_it():
    from tipbot.answering.answerability import holder_spans

    text = "Its minister (Mahfud MD in 2023) is Chair I of the Gugus Tugas."
    held = [text[s:e] for s, e in holder_spans(text, "minister", frozenset({"its", "in", "is", "of", "the"}),
                                               frozenset())]
    assert held[0] == "Mahfud MD"


def _reference_evidence(text: str):
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    chunk = Chunk(id="ref-1", text=text, source_id="union-2023", kind="reference",
                  title="Union (2023). Eleven nationals stranded", section="References", order=1)
    return Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))


def test_a_reference_records_context_note_is_content_and_is_quoted_as_a_note_on_the_record():
    from tipbot.answering.compose import quote
    from tipbot.answering.selection import is_content

    note = _reference_evidence("Anomaly: Context from public reporting (not this source): by 8 Aug the embassy "
                               "counted 232 cases.")
    assert is_content(note)
    assert not is_content(_reference_evidence("Reference entry: Union (2023). Eleven nationals stranded."))
    draft = Draft(statements=[], citations=[])
    quote(draft, note, "en", whole=True)
    text = draft.statements[0].text
    assert text.startswith("Note on the reference record of") and "Anomaly" not in text and "232" in text


def test_a_note_that_gives_the_year_asked_only_in_a_date_does_not_count_that_year():
    from tipbot.answering.extractive import note_dated_apart

    dated = _reference_evidence("Anomaly: Context (not this source): a statement (12 Feb 2025) counted 214 "
                                "victims from complaints received 2020–early Jan 2025.")
    assert note_dated_apart(dated, ["2025"])
    counted = _reference_evidence("Anomaly: Context (not this source): the embassy handled 119 cases in 2021.")
    assert not note_dated_apart(counted, ["2021"])


def test_a_statement_of_a_named_speaker_about_a_topic_needs_the_two_named_together():
    from types import SimpleNamespace

    from tipbot.answering.answerability import speaker_apart, speech_parts

    assert speech_parts("Apa pernyataan Direktur Rina Wulan tentang pemulangan korban?")[:2] == (
        "Direktur Rina Wulan", "pemulangan korban")
    q = analyse("What did Rina Wulan say about the kidney case?")
    idf = {"rina": 5.0, "wulan": 5.0, "kidney": 4.0, "case": 1.0}
    apart = SimpleNamespace(sentence_windows=[{"rina", "wulan"}, {"kidney", "case"}])
    together = SimpleNamespace(sentence_windows=[{"rina", "wulan", "kidney"}])
    text = "What did Rina Wulan say about the kidney case?"
    assert set(speaker_apart(q, set(), idf, apart, text)) == {"kidney", "rina"}
    assert speaker_apart(q, set(), idf, together, text) == []


def test_when_before_a_gerund_opens_a_clause_of_time_and_asks_nothing():
    from tipbot.answering.analysis import answer_type

    assert answer_type("can ministries involve the public when carrying out the plan?", "en") != "date"
    assert answer_type("when was the plan carried out?", "en") == "date"


def test_a_why_answered_by_a_sentence_of_result_brings_what_it_follows_from():
    from types import SimpleNamespace

    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    texts = ["New findings appear very fast and are scattered across fields.",
             "This makes it difficult to keep up with the state of the art.",
             "That is why, the author argues, the review matters more than ever."]
    chunk = Chunk(id="d1", text=" ".join(texts), source_id="review", kind="digest", title="Review",
                  section="Summary", order=1)
    pool = []
    for i, text in enumerate(texts):
        ev = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=i, tokens=set(tokenize(text)))
        ev.score, ev.similarity, ev.parts = (0.9 if i == 2 else 0.3), 0.5, {"type": 0.0}
        pool.append(ev)
    chosen = ExtractiveAnswerer._reasons(pool, pool, set(tokenize("why does the review matter more than ever")),
                                         SimpleNamespace(), [])
    assert [e.position for e in chosen][:3] == [0, 1, 2]


def test_a_sentence_labelled_as_a_purpose_can_state_a_reason():
    from tipbot.answering.analysis import holds_phrase

    assert holds_phrase("causal", "purpose: witnesses who testify free of fear help uncover crimes.")
    assert holds_phrase("causal", "alasan: korban tidak memahami prosedur.")


def _paper_evidence(text: str):
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    chunk = Chunk(id="p1", text=text, source_id="mini", kind="glossary", title="Glossary", section="ACTIP", order=1)
    return Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))


def test_a_date_answer_is_the_date_whose_clause_names_what_is_asked():
    from tipbot.answering.compose import direct_answer
    from tipbot.keyword import tokenize

    ev = _paper_evidence("Signed in Kuala Lumpur on 21 Nov 2015; entered into force on 8 March 2017.")
    q = analyse("When did the convention enter into force?")
    assert direct_answer(q, ev, set(tokenize("convention enter force"))) == "8 March 2017"
    q = analyse("When was the convention signed?")
    assert direct_answer(q, ev, set(tokenize("convention signed"))) == "21 Nov 2015"


def test_which_body_did_an_act_asks_its_doer_and_a_sentence_without_one_gives_no_name():
    from tipbot.answering.analysis import asked_act
    from tipbot.answering.compose import direct_answer
    from tipbot.answering.selection import actor_names
    from tipbot.keyword import tokenize

    q = analyse("Which body adopted the declaration on trafficking?")
    assert asked_act(q) == "adopted"
    ev = _paper_evidence("The paper describes it in outline: adopted on 10 May 2023 in Labuan Bajo, linked to ACTIP.")
    assert direct_answer(q, ev, set(tokenize("body adopted declaration trafficking"))) is None
    assert direct_answer(q, _paper_evidence("The declaration was adopted by the ASEAN Leaders in May 2023."),
                         set(tokenize("body adopted declaration trafficking"))) == "ASEAN Leaders"
    names = [m.group(0) for m in actor_names("Technology became indispensable during COVID-19 for the Ministry.", q)]
    assert "COVID-" not in names


def test_a_clause_of_time_after_an_office_is_no_part_of_its_name():
    from tipbot.answering.answerability import _office_phrase

    assert _office_phrase("Siapa menlu Indonesia waktu kasus WNI di Kamboja 2022?", "menlu") == "menlu Indonesia"
    assert _office_phrase("who was the foreign minister during the 2022 rescue?", "foreign minister") == \
        "foreign minister"


def test_a_date_asked_of_a_numbered_edition_is_the_one_its_clause_names():
    from tipbot.answering.analysis import editions_asked
    from tipbot.answering.compose import direct_answer
    from tipbot.keyword import tokenize

    q = analyse("kapan KTT ke-43 diadakan?")
    assert editions_asked(q) == {43}
    ev = _paper_evidence("'KTT ke-42' = 42nd Summit (Labuan Bajo, May 2023); 43rd Summit in Jakarta, Sept 2023.")
    assert direct_answer(q, ev, set(tokenize("ktt 43 held"))) == "Sept 2023"
    assert direct_answer(analyse("when was the 42nd Summit?"), ev, set(tokenize("42nd summit"))) == "May 2023"


def test_a_quantitys_lead_is_the_sentence_of_its_passage_that_names_what_is_asked():
    from types import SimpleNamespace

    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    texts = ["1) in 2024, the target for the harbour safety index is 0.41 %.",
             "2) The target for the Port Wellbeing Index (PWI) in 2024 is 91.24%."]
    chunk = Chunk(id="p9", text=" ".join(texts), source_id="mini", kind="paper", title="Mini", section="3. Results",
                  order=1)
    chosen = []
    for i, text in enumerate(texts):
        ev = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=i, tokens=set(tokenize(text)))
        ev.score, ev.similarity, ev.parts = 1.0 - i / 10, 0.5, {"type": 1.0, "terms": 1.0, "constraints": 0.5}
        chosen.append(ev)
    q = analyse("how much is the 2024 target for the PWI?")
    draft = Draft(statements=[], citations=[])
    context = SimpleNamespace(store_places=frozenset(), lower_words=frozenset(), chunks=[], citation_index=None,
                              idf={}, date_differences=[])
    ExtractiveAnswerer()._compose(draft, q, chosen, None, chosen, set(tokenize(q.text)), "en", context)
    assert "91.24%" in draft.statements[0].text and "0.41" not in draft.statements[0].text
