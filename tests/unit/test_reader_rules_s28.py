"""Reader rules of the twenty-seventh session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, summarises_paper
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _chunk(cid: str, sentences: list[str], section: str, order: int, lines: list[str] | None = None) -> list[Evidence]:
    chunk = Chunk(id=cid, text="\n".join(lines or sentences), source_id="harbour-2020", kind="digest",
                  title="Harbour report", section=section, order=order)
    return [Evidence(text=t, passage=Passage(chunk=chunk, score=0.0), position=i, tokens=set(tokenize(t)),
                     score=0.5)
            for i, t in enumerate(sentences)]


def test_a_summary_of_the_paper_as_a_whole_is_told_from_one_of_a_part_or_a_topic():
    # the paper (or "the whole thing") as the object of the request, in either language, with names before it
    for text in ("give me a short summary of the whole paper, what it did and what it found",
                 "can u give me a quick overview of the Smith & Jones paper before class?",
                 "could you summarize the whole thing for me",
                 "intinya paper ini apa sih? metodenya apa & hasilnya apa aja"):
        assert summarises_paper(text), text
    # a part of it, what it says on a topic, a clause after the request, or a request that names a part
    for text in ("summarise the paper's method", "ringkasin bagian 2 paper ini dong",
                 "explain what the paper says about the harbour", "summarise how the study was carried out",
                 "tolong ringkas kesimpulan paper ini", "what's the deal with the navy in this paper?"):
        assert not summarises_paper(text), text
    q = analyse("my prof wants an overview of the Smith & Jones paper before class, so a short summary of it pls")
    assert q.whole_paper and q.answer_type == "summary"


def test_a_digest_outline_gives_whole_the_items_the_question_names_and_the_sentences_it_asks_for():
    from tipbot.answering.extractive import source_outline

    opening = _chunk("d0", ["A report by the harbour board.", "It was published in 2020."], "What the source is", 0)
    items = ["**Aim:** to describe the harbour.", "**Method:** a survey of 40 ships.",
             "**Findings:** the board acted through three channels.", "These channels have not yet worked.",
             "They show some concern for sailors.", "**Keywords:** harbour, ships."]
    content = _chunk("d1", items, "Content", 1, lines=[f"- {items[0]}", f"- {items[1]}",
                                                         f"- {items[2]} {items[3]} {items[4]}", f"- {items[5]}"])
    notes = _chunk("d2", ["The paper cites it once.", "The meeting was opened by Governor Lane of the port."],
                   "How the paper uses this source", 2)
    digest = [*opening, *content, *notes]
    q = "what does the harbour report conclude, and who opened the meeting?"
    q_tokens = set(tokenize(q))
    for e in digest:  # (the share of the question's terms each holds, as ``candidates`` sets it)
        e.parts["terms"] = 0.5 if "opened" in e.text else 0.05
    texts = [e.text for e in source_outline(digest, 7, q_tokens, q)]
    # the "Findings:" item whole, asked by a word of findings; the sentence that holds most of the terms
    assert "These channels have not yet worked." in texts and "They show some concern for sailors." in texts
    assert "The meeting was opened by Governor Lane of the port." in texts
    assert texts[:2] == ["A report by the harbour board.", "It was published in 2020."]
    assert len(texts) <= 7
    # without such an ask, the outline is the opening and the items' leads
    for e in digest:
        e.parts["terms"] = 0.05
    plain = [e.text for e in source_outline(digest, 7, set(tokenize("summarise the harbour report")),
                                            "summarise the harbour report")]
    assert "These channels have not yet worked." not in plain


def test_the_parts_of_a_summary_of_one_digest_are_answered_from_that_digest():
    from tipbot.answering.extractive import each_part

    q = analyse("what's the harbour report about, going by its digest? and what did it conclude about the navy?")
    q.answer_type, q.parts = "summary", ["what's the harbour report about", "what did it conclude about the navy"]
    chosen = _chunk("d1", ["A report by the harbour board.", "It counts 40 ships."], "What the source is", 0)
    other = Chunk(id="o1", text="The navy concluded its patrols.", source_id="navy-2021", kind="digest",
                  title="Navy report", section="Content", order=0)
    elsewhere = Evidence(text=other.text, passage=Passage(chunk=other, score=0.5), position=0,
                         tokens=set(tokenize(other.text)), score=0.6)
    idf = {t: 2.0 for t in ("navy", "conclud", "harbour", "report")}
    assert each_part(q, chosen, [*chosen, elsewhere], idf) == chosen
    # (a summary drawn from several sources may still take a part's sentence from another)
    mixed = [chosen[0], Evidence(text="Ships dock daily.", passage=Passage(chunk=other, score=0.5), position=1,
                                 tokens={"ship", "dock"}, score=0.5)]
    assert elsewhere in each_part(q, mixed, [*mixed, elsewhere], idf)


def test_a_summary_names_what_it_covers_not_the_parties_of_one_event():
    from tipbot.answering.answerability import parties_apart

    q = analyse("ringkas bagian 2: apa yang dibahas tentang Dewan Pelabuhan dan Angkatan Laut?")
    assert q.answer_type == "summary"
    assert parties_apart(q, None) == []  # (decided before the sources are looked at)


def test_a_share_asked_of_two_counts_the_question_gives_is_computed():
    from tipbot.answering.compose import computed_value

    q = analyse("the report says 340 of the 500 sailors were cooks. what % is that?")
    assert q.arithmetic == "percent" and not q.part_of
    assert computed_value(q, ["340", "500"], "en").startswith("340 ÷ 500 ≈ 68.0%")
    assert analyse("340 dari 500 pelaut itu koki, berapa persen?").arithmetic == "percent"
    # a count per unit of another is their ratio ("per cent" is a share, not a unit)
    q = analyse("the board inspected 1,200 ships in 300 visits. roughly how many ships is that per visit?")
    assert q.arithmetic == "ratio"
    assert computed_value(q, ["1,200", "300"], "en").startswith("1,200 ÷ 300 ≈ 4.0")


def test_another_works_count_yields_to_the_texts_own_account():
    from tipbot.answering.extractive import reports_prior_work

    assert reports_prior_work("Previous research shows that the board used four plans (Lee, 2019).")
    assert reports_prior_work("Penelitian sebelumnya menemukan empat rencana.")
    assert not reports_prior_work("The analysis shows that there are five plans carried out by the board, "
                                  "unlike previous research.")


def test_a_sentence_announcing_the_sub_sections_after_it_lists_their_headings():
    from tipbot.answering.selection import ReaderConfig, structured_list

    lead = "The board used several plans to keep the harbour safe, which include;"
    parent = Chunk(id="p3", text=f"The data were read closely. {lead}", source_id="paper", kind="paper",
                   title="Paper", section="3. Results", order=3)
    subs = [Chunk(id=f"p3{i}", text=f"{h}. More text.", source_id="paper", kind="paper", title="Paper",
                  section=f"3.{i} {h}", order=3 + i)
            for i, h in enumerate(("Patrols at night", "A register of ships", "Training for pilots"), start=1)]
    ev = Evidence(text=lead, passage=Passage(chunk=parent, score=1.0), position=1, tokens=set(tokenize(lead)),
                  score=1.0, parts={"terms": 0.6})
    q = analyse("what plans did the board use to keep the harbour safe?")
    found = structured_list(q, [ev], [parent, *subs], ReaderConfig())
    assert found is not None and found.how == "headings"
    assert [i for i, _ in found.items] == ["3.1 Patrols at night", "3.2 A register of ships", "3.3 Training for pilots"]
    # (a count the headings do not match is no list of them)
    q = analyse("what are the four plans the board used to keep the harbour safe?")
    found = structured_list(q, [ev], [parent, *subs], ReaderConfig())
    assert found is None or found.how != "headings"


def test_a_question_whether_to_do_something_asks_for_no_figure():
    from tipbot.answering.analysis import asks_whether_to

    for text in ("Can I add up 62 + 267 + 1,138 to get the total number of sailors?",
                 "is it ok to compare the two counts?", "boleh gak aku jumlahin angka2 itu?"):
        assert asks_whether_to(text), text
    for text in ("how many sailors can the board rescue?", "can the board add ships?", "berapa total pelaut?"):
        assert not asks_whether_to(text), text


def test_when_the_paper_came_out_is_asked_of_the_document_itself():
    for text in ("paper ini terbit tahun 2022 kan?", "artikel ini terbit di jurnal apa?", "tahun terbit paper ini?"):
        assert analyse(text).about_document, text
    assert not analyse("kapan Perpres 19/2023 diteken?").about_document


def test_a_sum_asked_of_parts_of_a_total_the_question_gives_leaves_the_total_out():
    from tests.unit.test_reader_rules_s27 import _evidence
    from tipbot.answering.compose import computed_value, operands

    evidence = _evidence("The harbour logged 4,761 complaints, of which 56 were confirmed cases and 1,928 showed "
                         "signs of abuse.", "The navy received 75 reports in 2021.")
    for text in ("out of the 4,761 complaints, how many were confirmed and signs-of-abuse cases combined?",
                 "dari 4.761 pengaduan, yg terkonfirmasi ditambah yg ada tanda kekerasan totalnya brp?"):
        q = analyse(text)
        found = [raw for raw, _ in operands(q, evidence, set(tokenize(q.text)))]
        assert found == ["56", "1,928"], text
        assert computed_value(q, found, q.language).startswith("56 + 1,928 = 1,984")
