"""Reader rules of the nineteenth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from datetime import date

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize
from tipbot.schema import Chunk


def _chunk(text: str, kind: str = "paper", source_id: str = "mini", title: str = "Mini", order: int = 1) -> Chunk:
    return Chunk(id=f"{source_id}-{order}", text=text, source_id=source_id, kind=kind, title=title,
                 section="1. Introduction", order=order)


def test_an_interval_asked_from_one_event_to_another_has_two_parts():
    for question, ends in [
        ("berapa lama sih dari KTT ke-42 sampai ke-43?", ["KTT ke-42", "ke-43"]),
        ("berapa bulan dari rapat pertama ke rapat kedua?", ["rapat pertama", "rapat kedua"]),
        ("how long from the first meeting to the second one?", ["the first meeting", "the second one"]),
        # (the sentence that asks, not a remark after it; framing that names the paper is an event's words here)
        ("how many days from the paper being received to its revision? the history bit", None),
    ]:
        q = analyse(question)
        assert q.interval and q.answer_type == "date", question
        assert len(q.parts) == 2, question
        if ends:
            assert q.parts == ends
    assert not analyse("how many years of prison does the law give?").interval


def test_from_one_numbered_edition_to_the_next_asserts_no_move_in_an_interval():
    from tipbot.answering.answerability import _SIDE_BY_SIDE, _SPAN_ENDS

    assert _SPAN_ENDS.search(" to the ") and _SPAN_ENDS.search(" sampai ") and _SPAN_ENDS.search(" and ")
    assert not _SIDE_BY_SIDE.search(" to the ")  # (outside an interval, "from Tier 1 to Tier 3" is a move)


def test_colloquial_verbs_with_an_enclitic_are_rendered():
    from tipbot.query import indonesian_word, translate_terms

    # nge- + root + -in + -nya, and a bare root + -in: the root's active verb with -kan ("menjalankan")
    assert translate_terms("ngejalaninnya") == translate_terms("menjalankan")
    assert translate_terms("jalanin") == translate_terms("menjalankan")
    assert indonesian_word("ngejalaninnya")
    assert translate_terms("kemarin") != translate_terms("kemar")  # (a listed word keeps its own rendering)


def test_a_sentence_that_opens_with_a_share_speaks_of_what_the_one_before_names():
    from tipbot.answering.selection import opens_with_share

    assert opens_with_share("Around 40% were children, 30% were women.")
    assert opens_with_share("Sekitar 40 persen di antaranya anak-anak.")
    assert opens_with_share("Of these, 12 were minors.")
    assert not opens_with_share("In 2020, 40% of cases were reported.")
    assert not opens_with_share("The 2,605 cases were documented.")


def test_a_name_the_question_credits_stops_speaking_where_another_source_is_reported():
    from tipbot.answering.selection import _scoped_context, credited_names

    q = analyse("What share of victims were women according to SIMFONI?")
    assert credited_names(q) == ["SIMFONI"]
    assert credited_names(analyse("Berapa persen korban perempuan dari data SIMFONI?")) == ["SIMFONI"]
    assert credited_names(analyse("How did SIMFONI change over time?")) == []
    sentences = ["Data recorded in SIMFONI show 120 cases.", "Around 40% were children.",
                 "The ILO data also show 11 million victims.", "Most of them, 83%, are women."]
    kept = _scoped_context(sentences, ["SIMFONI"], {"SIMFONI"}, {})
    assert kept["SIMFONI"] == (0, 1)


def test_a_words_outside_the_names_stays_a_term_though_a_names_expansion_holds_it():
    from tipbot.answering.selection import _words_outside_names

    q = analyse("What share of victims were women according to SIMFONI?")
    assert set(tokenize("women")) <= _words_outside_names(q)
    assert not set(tokenize("simfoni")) & _words_outside_names(q)


def test_a_date_is_read_by_its_own_clause():
    from tipbot.answering.extractive import date_clauses, event_date, naming_dates

    text = "ACTIP: a convention. Signed in Kuala Lumpur on 21 Nov 2015 (a summit); entered into force on 8 March 2017."
    found = [(date(2015, 11, 21), "21 Nov 2015"), (date(2017, 3, 8), "8 March 2017")]
    clauses = date_clauses(text, found)
    assert "Signed" in clauses[0] and "force" in clauses[1] and "Signed" not in clauses[1]
    force = set(tokenize("start in force actip"))
    assert event_date(text, found, [force]) == [found[1]]
    assert event_date(text, found, [set(tokenize("adoption"))]) == [found[0]]  # (no clause names it: the first)
    # a date whose clause names neither event dates none of them (not "entered into force" for a ratification)
    assert naming_dates(text, found, [set(tokenize("signing signed sign")), set(tokenize("ratification"))]) == \
        [found[0]]
    assert date_clauses("On 4 September 2023, the minister urged the bodies to act.",
                        [(date(2023, 9, 4), "4 September 2023")])[0].strip().startswith(", the minister urged")


def test_a_source_named_by_its_title_before_a_subtitle_or_note():
    from tipbot.answering.extractive import credits_source, named_sources

    chunks = [_chunk("Some text.", kind="digest", source_id="usdos-tip-2017",
                     title="Trafficking in Persons Report 2017 — Indonesia (cited in the paper as 'a ministry')"),
              _chunk("Some text.", kind="digest", source_id="tip-2023-cambodia", title="2023 Trafficking in "
                     "Persons Report — Cambodia chapter", order=2),
              _chunk("Some text.", kind="digest", source_id="tip-2023-indonesia", title="2023 Trafficking in "
                     "Persons Report — Indonesia chapter (cited as 'US Embassy')", order=3)]
    q = analyse("According to the Trafficking in Persons Report 2017, how many complaints were logged?")
    assert named_sources(q, chunks, {}) == ["usdos-tip-2017"] and credits_source(q)
    q = analyse("Why was identification weak in Indonesia, according to the 2023 Trafficking in Persons Report?")
    assert named_sources(q, chunks, {}) == ["tip-2023-indonesia"]
    assert credits_source(analyse("Sebutkan kemajuan yang dicatat dalam laporan Trafficking in Persons 2017."))
    assert credits_source(analyse("Menurut laporan TIP 2023, mengapa identifikasi korban terhambat?"))
    assert not credits_source(analyse("How many victims were rescued?"))
    assert not credits_source(analyse("Itu pertemuan ke berapa, dan menurut glosarium siapa tuan rumahnya?"))
    assert not credits_source(analyse("How many cases did SIMFONI record from 2017 to 2022?"))


def test_a_word_the_sources_use_in_another_form_of_its_family_is_used():
    from tipbot.answering.answerability import unused_terms

    idf = {t: 3.0 for t in tokenize("labour migration")}
    assert unused_terms(set(tokenize("migrating")), idf) == []
    assert unused_terms(set(tokenize("teleported")), idf) == sorted(tokenize("teleported"))


def test_where_the_one_who_told_the_user_is_is_no_place_asked_about():
    from tipbot.answering.answerability import unknown_places

    idf = {t: 3.0 for t in tokenize("law chapters articles indonesia")}
    assert unknown_places(analyse("someone in class said the law had 9 chapters, is that right?"), idf) == []
    assert unknown_places(analyse("how many victims were found in Surabaya?"), idf) == ["Surabaya"]


def test_a_bare_now_asks_for_todays_holder_of_an_office():
    from tipbot.answering.analysis import asked_office

    for question in ("Siapa menteri luar negeri Indonesia sekarang?", "menlu RI sekarang siapa sih kak?",
                     "who is the current foreign minister of Indonesia?"):
        q = analyse(question)
        assert asked_office(q) and q.present, question
    assert not analyse("Who was Indonesia's foreign minister in 2023?").present
    # (elsewhere a bare "now" is too common to mark the present: a dated regulation answers this)
    assert not analyse("Instansi mana yang kini bertanggung jawab atas sekretariat gugus tugas?").present


def test_the_closest_passage_after_a_declined_instruction_is_a_quote():
    from tipbot.answer import Statement
    from tipbot.assistant import first_quoted

    said = [Statement("Note", framing=True), Statement("In short: 46%", [1]),
            Statement("The paper states: “Around 46% were women.”", [1]), Statement("The paper states: “Other.”", [2])]
    assert [s.text for s in first_quoted(said)] == [said[1].text, said[2].text]
    assert first_quoted(said[2:]) == [said[2]]


def test_an_acronym_in_the_evidence_stands_for_its_glossary_expansion():
    from tipbot.answering.answerability import _speaks_of

    glossary = _chunk("Kapolri: Chief of the Indonesian National Police. In Indonesian: Kepala Kepolisian Negara.",
                      kind="glossary", source_id="glossary")
    glossary.section = "Kapolri"
    text = "On Monday the Kapolri signed six memoranda of understanding."
    ev = _evidence(text)
    assert _speaks_of(ev, [ev], "Indonesia", set(tokenize("police")), None, [glossary])
    assert not _speaks_of(ev, [ev], "Indonesia", set(tokenize("police")), None, [])


def test_the_assistants_own_name_is_how_a_user_addresses_it():
    q = analyse("halo tipbot, kamu bisa bantu apa aja?")
    assert q.conversational and q.kind == "capabilities"
    assert not analyse("tipbot, berapa korban yang diselamatkan?").conversational


def test_what_someone_said_about_a_topic_takes_the_statement_as_given():
    from tipbot.answering.answerability import reported_speech

    assert reported_speech("What did the minister say about the kidney case?") == \
        "the minister commented on the kidney case"
    assert reported_speech("Apa komentar Sekjen ASEAN mengenai kasus ginjal?") == \
        "Sekjen ASEAN berkomentar tentang kasus ginjal"
    assert reported_speech("menlu bilang apa soal korban online scam?") == \
        "menlu berkomentar tentang korban online scam"
    assert reported_speech("What did the paper find about recruitment?") == ""


def test_falling_into_trafficking_is_no_decline():
    from tipbot.answering.answerability import _other_direction

    idf = {t: 2.0 for t in tokenize("number trafficking victims indonesians cambodia factors caused")}
    rise = _evidence("The number of trafficking victims continues to rise.")
    q = analyse("What factors caused Indonesians to fall into trafficking in Cambodia?")
    causes = _evidence("Several factors caused the trafficking of Indonesians in Cambodia to rise.")
    assert _other_direction(q, [causes], set(tokenize(q.text)), idf) is None
    q = analyse("Why did the number of trafficking victims fall?")  # (a decline asserted where the sources see a rise)
    assert _other_direction(q, [rise], set(tokenize(q.text)), idf) is not None


def _evidence(text: str):
    from tipbot.answering.selection import Evidence
    from tipbot.schema import Passage

    ev = Evidence(text=text, passage=Passage(chunk=_chunk(text), score=0.5), position=0, tokens=set(tokenize(text)))
    ev.parts = {"type": 0.0}
    ev.similarity = 0.9
    return ev
