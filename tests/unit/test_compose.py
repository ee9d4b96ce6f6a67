"""The direct answer: the span of the best sentence that holds the kind of thing asked for."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.compose import direct_answer
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str) -> Evidence:
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini paper")
    return Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))


def test_the_day_of_a_date_is_not_a_count():
    q = analyse("how many people attended the session?")
    for text in ("The session with the partners was held on 22 Aug 2023.",
                 "The session with the partners was held on August 22, 2023."):
        answer = direct_answer(q, _evidence(text), set(tokenize(q.text))) or ""
        assert "22" not in answer


def test_a_count_beside_a_date_is_found():
    q = analyse("how many participants attended the meeting?")
    ev = _evidence("The meeting on 22 Aug 2023 was attended by about 275 participants from ten states.")
    assert direct_answer(q, ev, set(tokenize(q.text))) == "about 275 participants"  # (its rounding word kept)


def test_a_rate_is_answered_by_the_percentages_beside_the_years_asked():
    q = analyse("berapa angka prevalensi kekerasan terhadap perempuan dari 2016 ke 2021?")
    ev = _evidence("The index rose to 91.54%, an increase from 90.06% in 2020, and the prevalence of violence in the "
                   "last 12 months continues to decline from 9.4% (SHPN, 2016) to 8.7% (SHPN, 2021).")
    assert q.percent
    answer = direct_answer(q, ev, set(tokenize("prevalence violence women 2016 2021"))) or ""
    assert answer and set(answer.split("; ")) <= {"9.4%", "8.7%"}  # not the index's 91.54% or 90.06%


def test_a_figure_is_told_by_the_words_of_its_enumerated_item_and_both_ends_of_a_change_are_given():
    q = analyse("what happened to the prevalence of violence against crews aged 18-60, like from what % to what %?")
    ev = _evidence("2) The target for the harbour safety index in 2024 ranges from 91.24 to 91.54%, an increase from "
                   "90.06% in 2020, and 3) the prevalence of violence against crews aged 18-60 years in the last 12 "
                   "months (2024) continues to decline from 9.4% (Registry, 2016) to 8.7% (Registry, 2021).")
    assert direct_answer(q, ev, set(tokenize(q.text))) == "9.4%; 8.7%"


def test_a_list_counted_otherwise_by_the_question_is_corrected_without_repeating_its_figure():
    from tipbot.answer import Draft
    from tipbot.answering.compose import list_lines
    from tipbot.answering.selection import ReaderConfig, structured_list

    q = analyse("What are the seven measures the paper names?")
    ev = _evidence("The measures are 1) joint boarding, 2) a referral desk, and 3) a list of banned vessels.")
    ev.score = 1.0
    listed = structured_list(q, [ev], [], ReaderConfig())
    assert listed is not None and len(listed.items) == 3 and listed.asked == 7
    draft = Draft(statements=[], citations=[])
    list_lines(draft, listed, "en")
    assert draft.refused and "7" not in draft.statements[0].text and "seven" not in draft.statements[0].text


def test_a_part_that_counts_its_items_is_answered_by_a_sentence_enumerating_that_many():
    from tipbot.answering.selection import cover

    earlier = _evidence("Earlier research names four measures: 1) boarding, 2) a desk, 3) a list and 4) audits.")
    plain = _evidence("It is hoped that the strategies this study finds will help.")
    listed = _evidence("The strategy is 1) boarding, 2) a desk, 3) a list, 4) audits and 5) talks.")
    earlier.score, plain.score, listed.score = 0.70, 0.40, 0.37
    parts = [set(tokenize("earlier research four measures")), set(tokenize("strategies finds"))]
    idf = {t: 1.0 for e in (earlier, plain, listed) for t in e.tokens}
    chosen = cover([earlier, plain, listed], set(), idf, 2, parts=parts, part_counts=[4, 5])
    assert chosen == [earlier, listed]


def test_a_summary_keeps_the_sentence_that_carries_a_kept_one_on():
    from tipbot.answering.extractive import summary_sentences

    texts = ["On 22 August 2023 the two police forces agreed to work together against transnational crime.",
             "This agreement was realized by signing an MoU at the ministerial meeting in Port Lumen.",
             "Crews still speak neither of the two official languages on most vessels."]
    chunk = Chunk(id="c9", text=" ".join(texts), source_id="mini", kind="paper", title="Mini paper")
    pool = [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)), score=s)
            for i, (t, s) in enumerate(zip(texts, (1.0, 0.3, 0.9), strict=True))]
    chosen = summary_sentences(pool, 3)
    assert pool[1] in chosen


def test_a_name_inside_a_citation_is_not_the_actor():
    q = analyse("Who arrested the suspects?")
    ev = _evidence("In response, officers of Polda Metro Jaya arrested 12 suspects in the case (POLRI, 2023).")
    answer = direct_answer(q, ev, set(tokenize(q.text))) or ""
    assert "POLRI" not in answer and "Polda Metro Jaya" in answer


def test_a_figure_from_the_source_the_question_names():
    text = ("Known cases: 1) 57 crew members in debt bondage (Fisheries Watch, 2022), 2) 126 fishers rescued from "
            "vessels (Harbour Authority, 2023).")
    for question, figure in (("How many fishers were counted according to the Harbour Authority?", "126"),
                             ("menurut Fisheries Watch, berapa awak kapal yang dihitung?", "57")):
        q = analyse(question)
        assert (direct_answer(q, _evidence(text), set(tokenize(q.text))) or "").startswith(figure), question


def test_a_figure_is_read_by_its_own_words_not_those_of_the_figure_before_it():
    q = analyse("How many Problematic Veloria Migrant Workers did the Embassy repatriate in 2022?")
    ev = _evidence("The Embassy in Port Lumen and the Directorate for the Protection of Citizens at the Ministry of "
                   "Foreign Affairs again repatriated 52 Problematic Veloria Migrant Workers and 172 Veloria migrant "
                   "workers were victims of TIP in Osterra (Embassy, 2022).")
    assert (direct_answer(q, ev, set(tokenize(q.text))) or "").startswith("52")


def test_a_direct_answer_is_never_what_the_question_itself_names():
    law = analyse("Which earlier law set the same penalties as Law No. 12 of 2019?")
    ev = _evidence("Law No. 12 of 2019 sets penalties of up to 10 years in prison, as Law No. 8 of 2010 did.")
    assert direct_answer(law, ev, set(tokenize(law.text))) == "Law No. 8 of 2010"  # not the question's own law
    place = analyse("Where was the Veloria-Osterra boarding compact signed?")
    ev = _evidence("The Veloria and Osterra ministers signed the compact in Port Lumen, with Norway observing.")
    places = frozenset({"Port Lumen", "Osterra"})
    assert direct_answer(place, ev, set(tokenize(place.text)), places) == "Port Lumen"
    actor = analyse("Who runs the referral desk?")
    ev = _evidence("In Port Lumen the desk is run by the Harbour Authority.")
    assert "Port Lumen" not in (direct_answer(actor, ev, set(tokenize(actor.text)), places) or "")


def test_the_figure_asked_for_may_follow_the_sentence_that_names_the_subject():
    from tipbot.answering.extractive import figure_after

    texts = ["Data recorded in the Harbour Registry shows the crews of every boarded vessel.",
             "Around 51% were children and 46% were women."]
    chunk = Chunk(id="c2", text=" ".join(texts), source_id="mini", kind="paper", title="Mini paper")
    pool = [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)),
                     parts={"type": 0.0 if i == 0 else 0.4}) for i, t in enumerate(texts)]
    assert [e.position for e in figure_after([pool[0]], pool, 3)] == [1, 0]
    pool[0].parts["type"] = 0.5  # the best sentence has a figure of its own: it stays alone
    assert figure_after([pool[0]], pool, 3) == [pool[0]]


def test_a_quote_leaves_out_the_section_heading_run_into_its_first_sentence():
    from tipbot.answering.compose import without_heading

    section = "3.4 Establishment of a joint boarding team in the strait"
    text = "3.4 Establishment of a joint boarding team in the strait At the 22nd meeting the states agreed on it."
    assert without_heading(text, section) == "At the 22nd meeting the states agreed on it."
    assert without_heading("ABSTRACT This research asks how the states inspect vessels.", "Abstract") == \
        "This research asks how the states inspect vessels."
    assert without_heading("ASEAN created a strategy to resolve the problem.", "ASEAN") == \
        "ASEAN created a strategy to resolve the problem."  # a heading word that opens the sentence itself


def test_a_sum_or_difference_asked_for_is_computed_from_the_figures_whose_words_it_uses():
    from tipbot.answering.compose import computed_value, operands

    q = analyse("What combined share of the crews were children and women?")
    assert q.arithmetic == "sum" and q.answer_type == "quantity"
    ev = _evidence("Around 50.97% were children, 46.14% were women, and 2.89% were men.")
    found = operands(q, [ev], set(tokenize(q.text)))
    assert [raw for raw, _ in found] == ["50.97%", "46.14%"]
    assert computed_value(q, ["50.97%", "46.14%"], "en").startswith("50.97% + 46.14% = 97.11% (computed")
    q = analyse("berapa selisih nelayan yang diselamatkan dan kapal yang diperiksa?")
    assert q.arithmetic == "difference"
    assert computed_value(q, ["126", "2,778"], "id").startswith("2,778 − 126 = 2,652 (dihitung")
    assert not analyse("can I just add up the figures from the introduction?").arithmetic  # whether to, not the sum


def test_an_inline_list_after_a_colon_that_counts_its_items_is_an_enumeration():
    from tipbot.answering.selection import split_enumeration

    text = "The analysis consists of three stages: data reduction, data presentation, and conclusion (Miles, 2014)."
    assert split_enumeration(text) == ["data reduction", "data presentation", "conclusion"]
    assert split_enumeration("Note: the paper, the digest, and the glossary.") == []  # no count, no list
    assert split_enumeration("It has two steps, namely (1) preparation, and (2) writing.") == ["preparation", "writing"]


def test_a_number_closing_a_parenthesis_is_no_enumeration_marker():
    from tipbot.answering.selection import enumerates, type_fit

    q = analyse("What protections does the Harbour Act give?")
    assert not enumerates("The Harbour Act (Gazette 2006 No. 64) protects crews.")
    assert type_fit(_evidence("The Harbour Act (Gazette 2006 No. 64) protects crews."), q) == 0.0
    assert enumerates("It protects 1) crews and 2) their families.")
    assert enumerates("Two kinds: (a) crews, (b) families.")


def test_the_items_after_a_sentence_and_its_short_label_end_at_the_next_labelled_bullet():
    from tipbot.answering.selection import bullet_items

    text = ("- **Three pacts signed.** On 3 May the Coast Guard signed three pacts. The partners were:\n"
            "- the **Harbour** Watch (new);\n- the **Fisher** Union (extended);\n- **Port Lumen** council.\n"
            "- **Purpose.** The pacts speed up rescues.")
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="digest", title="Mini digest")
    lead = "On 3 May the Coast Guard signed three pacts."
    ev = Evidence(text=lead, passage=Passage(chunk=chunk, score=1.0), position=1, tokens=set(tokenize(lead)))
    assert bullet_items(ev) == ["the **Harbour** Watch (new);", "the **Fisher** Union (extended);",
                                "**Port Lumen** council."]
    other = "The pacts speed up rescues."
    assert bullet_items(Evidence(text=other, passage=Passage(chunk=chunk, score=1.0), position=4,
                                 tokens=set(tokenize(other)))) == []  # no label, no list after it


def test_each_item_of_a_digests_list_says_it_comes_from_a_digest():
    from tipbot.answer import Draft
    from tipbot.answering.compose import list_lines
    from tipbot.answering.selection import ListAnswer

    digest = Chunk(id="d1", text="- the Harbour Watch;\n- the Fisher Union.", source_id="d", kind="digest", title="D")
    paper = Chunk(id="p1", text="(1) crews, (2) owners.", source_id="mini", kind="paper", title="Mini paper")
    draft = Draft(statements=[], citations=[])
    list_lines(draft, ListAnswer([("the Harbour Watch;", digest), ("the Fisher Union.", digest)], "colon"), "en")
    assert [s.text for s in draft.statements[1:]] == ["the Harbour Watch (digest).", "the Fisher Union (digest)."]
    draft = Draft(statements=[], citations=[])
    list_lines(draft, ListAnswer([("crews", paper), ("owners", paper)], "enumeration"), "en")
    assert [s.text for s in draft.statements[1:]] == ["crews.", "owners."]
