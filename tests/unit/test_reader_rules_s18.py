"""Reader rules of the seventeenth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, answer_type
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Citation, Passage


def _evidence(text: str, score: float = 1.0, kind: str = "paper", order: int = 1, position: int = 0,
              cause: bool = False) -> Evidence:
    chunk = Chunk(id=f"c{order}", text=text, source_id="mini", kind=kind, title="Mini", section="3. Results",
                  order=order)
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=position, tokens=set(tokenize(text)))
    ev.score, ev.similarity = score, 0.9
    ev.parts = {"type": 1.0 if cause else 0.0}
    return ev


def test_an_interrogative_with_any_verb_of_causing_asks_for_a_reason():
    for question, lang in [("What had made the harbour workers vulnerable?", "en"),
                           ("what drove the ministry to act?", "en"),
                           ("What prompted the two police forces to plan an MoU?", "en"),
                           ("Apa yang mendorong kedua kepolisian merencanakan MoU?", "id"),
                           ("apa yg bikin korban mau berangkat?", "id")]:
        assert answer_type(question, lang) == "reason", question
    # (what something made, with the verb apart from the interrogative, is no reason)
    assert answer_type("What did the ministry make public in 2023?", "en") != "reason"


def test_a_request_verb_with_a_word_of_brevity_asks_for_a_summary():
    assert analyse("jelasin singkat dong metode penelitian paper ini, pake pendekatan apa aja").answer_type \
        == "summary"
    assert analyse("explain briefly the harbour plan, which steps does it take?").answer_type == "summary"
    # an interrogative clause as its object still says what is asked, with or without the brevity word
    assert analyse("briefly explain when the task force was formed").answer_type == "date"
    assert analyse("explain when the task force was formed").answer_type == "date"


def test_a_month_named_without_a_day_dates_an_event_to_that_month():
    from tipbot.answer import find_months

    found = find_months("42nd Summit (Labuan Bajo, May 2023); 43rd Summit in Jakarta, Sept 2023; on 10 May 2023")
    assert [raw for _, raw in found] == ["May 2023", "Sept 2023"]  # (not the month of a full date)


def test_a_span_to_an_event_dated_only_by_its_month_is_counted_in_months():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer

    draft = Draft(statements=[Statement("The first summit met on 10 May 2023.", [1]),
                              Statement("The second summit met in Jakarta, Sept 2023.", [2])], citations=[])
    ExtractiveAnswerer._date_difference(draft, "en", analyse("How many months between the two summits?"))
    lead = draft.statements[0].text
    assert "about 4 months" in lead and "10 May 2023" in lead and "Sept 2023" in lead and "(computed" in lead
    # (a month adds nothing to a day of the same month: no span of 0 months between "May 2023" and "10 May 2023")
    draft = Draft(statements=[Statement("The summit met in May 2023; the next one in Sept 2023.", [1]),
                              Statement("It met on 10 May 2023.", [2])], citations=[])
    ExtractiveAnswerer._date_difference(draft, "en", analyse("How many months between the two summits?"))
    assert "about 4 months" in draft.statements[0].text


def test_a_span_computed_from_digests_dates_says_they_are_a_digests():
    from tipbot.answer import Draft, Statement
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.verify import verify

    a = _evidence("The meeting was held on 21 July 2022.", kind="digest", order=1)
    b = _evidence("The declaration was adopted on 10 May 2023.", kind="digest", order=2)
    citations = [Citation.from_chunk(1, a.chunk, a.text), Citation.from_chunk(2, b.chunk, b.text)]
    draft = Draft(statements=[Statement("A digest says: “" + a.text + "”", [1]),
                              Statement("A digest says: “" + b.text + "”", [2])], citations=citations)
    ExtractiveAnswerer._date_difference(draft, "en", analyse("How long between the meeting and the declaration?"))
    lead = draft.statements[0]
    assert "(computed" in lead.text and "digest" in lead.text
    assert not verify(lead.render(), citations).removed


def test_an_edition_whose_noun_is_left_out_before_its_pair_is_not_contradicted():
    from tipbot.answering.answerability import contradiction

    first = _evidence("The declaration was adopted at the 42nd ASEAN Summit on 10 May 2023 in Labuan Bajo.")
    q = analyse("How many months passed between the 42nd and the 43rd summits?")
    idf = {t: 2.0 for t in first.tokens | set(tokenize(q.text))}
    assert contradiction(q, [first], set(tokenize(q.text)), idf, frozenset(), {}, frozenset()) is None


def test_a_sentence_that_announces_the_causes_and_is_nearly_as_on_topic_leads_a_why_answer():
    from tipbot.answering.extractive import ExtractiveAnswerer

    data = _evidence("Some of the data found is that 52 harbour workers were repatriated.", score=0.96, order=1)
    because = _evidence("The study chose the harbour because many workers were affected.", score=1.13, order=1,
                        position=1, cause=True)
    factors = _evidence("The trafficking of harbour workers appears to be caused by several factors, including "
                        "limited jobs.", score=1.24, order=2, cause=True)
    pool = [data, because, factors]
    out = ExtractiveAnswerer._reasons(pool, pool, set(tokenize("harbour workers trafficking factors")), None, [])
    assert out[0] is factors
    # (a sentence that opens with a result states what follows from the one before it, not the causes)
    result = _evidence("Therefore, the harbour workers are expected to be protected, because they are at risk.",
                       score=1.24, order=2, cause=True)
    pool = [data, because, result]
    out = ExtractiveAnswerer._reasons(pool, pool, set(tokenize("harbour workers trafficking")), None, [])
    assert out[0] is data


def test_a_place_of_the_gazetteer_typed_in_lower_case_is_where_the_question_puts_its_subject():
    from tipbot.answering.selection import asked_places

    gazetteer = frozenset({"Labuan Bajo", "Jakarta"})
    assert asked_places("who opened the meeting in labuan bajo in 2023?", gazetteer) == ["Labuan Bajo"]
    assert asked_places("who opened the meeting in Jakarta?", gazetteer) == ["Jakarta"]
    assert asked_places("who opened the meeting?", gazetteer) == []



def test_an_interval_word_before_any_relation_of_time_asks_for_the_time_between_two_events():
    for question in ["How long after the harbour plan was signed did the offices meet?",
                     "How much time between the two harbour meetings?",
                     "berapa lama sebelum rapat pelabuhan itu MoU ditandatangani?",
                     "berapa lama sejak MoU pelabuhan ditandatangani sampai rapat berikutnya?"]:
        q = analyse(question)
        assert q.answer_type == "date" and q.interval, question
    # (a duration of one thing is no interval)
    assert not analyse("how long did the harbour task force operate?").interval


def test_what_with_any_noun_of_quantity_asks_for_a_figure():
    for question in ["What was the total of harbour workers repatriated?", "what's the share of women among them?",
                     "What was the figure for 2017?", "which percentage of the victims were children?"]:
        assert answer_type(question, "en") == "quantity", question


def test_whom_or_where_to_turn_to_with_a_case_is_advice_by_its_grammar():
    for question in ["where can we report my cousin's case?", "who should I contact about my brother?",
                     "lapor ke mana kalau ada kasus?", "ngadu ke mana kalau ada WNI disekap?",
                     "keluarga kami harus hubungi ke siapa?", "harus melapor ke polisi atau KBRI?"]:
        assert analyse(question).personal == "advice", question
    for question in ["where did the embassy report the case?", "where should the government report its data?",
                     "korban melapor ke mana menurut paper?"]:
        assert analyse(question).personal != "advice", question


def test_a_source_is_named_by_most_of_its_titles_words_in_either_language():
    from tipbot.answering.extractive import named_sources

    title = "ASEAN Leaders' Declaration on Combating Trafficking in Persons Caused by the Abuse of Technology"
    declaration = Chunk(id="d1", text="The declaration was adopted in Labuan Bajo.",
                        source_id="harbour-declaration-2023", kind="digest", title=title, section="Digest", order=1)
    other = Chunk(id="d2", text="A report on harbours.", source_id="port-2020", kind="digest",
                  title="Port Report", section="Digest", order=1)
    q = analyse("Jelaskan secara singkat peran Deklarasi Pemimpin ASEAN tentang Pemberantasan Perdagangan Orang "
                "Akibat Penyalahgunaan Teknologi.")
    assert named_sources(q, [declaration, other], {}) == ["harbour-declaration-2023"]
    q = analyse("What does the ASEAN declaration say about technology?")  # (a few of its words name no source)
    assert named_sources(q, [declaration, other], {}) == []


def test_the_abbreviated_upper_bound_asks_what_a_law_provides():
    from tipbot.answering.analysis import asked_bound

    assert asked_bound("what's the max prison sentence under the harbour law?", "en") == "max"
    assert asked_bound("hukuman penjara maks di UU pelabuhan brp tahun?", "id") == "max"
    assert asked_bound("kak min, hukumannya berapa tahun?", "id") == ""
