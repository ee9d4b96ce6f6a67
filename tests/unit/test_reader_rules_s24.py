"""Reader rules of the twenty-third session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def _digest(lines: list[str], section: str = "Content", order: int = 2):
    """Evidence for each sentence of a digest section written as a bulleted list (``lines``: sentences, each
    opening an item when it starts with "- ")."""
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    body = " ".join(lines).replace(" - ", "\n- ")
    chunk = Chunk(id=f"d{order}", text=body, source_id="mini", kind="digest", title="Mini", section=section,
                  order=order)
    out = []
    for i, line in enumerate(lines):
        text = line[2:] if line.startswith("- ") else line
        out.append(Evidence(text=text, passage=Passage(chunk=chunk, score=0.0), position=i,
                            tokens=set(tokenize(text)), score=1.0))
    return out


def test_a_question_of_what_a_named_part_of_the_text_says_asks_for_its_summary():
    for text in ("apa isi bagian 3.3?", "what does section 3.3 say?", "what is the conclusion about?",
                 "bab kesimpulan isinya apa", "bagian 3.3 membahas apa sih?",
                 "gimana sih isi bagian 3.3 yg soal komunikasi? jelasin singkat aja"):
        assert analyse(text).answer_type == "summary", text
    # a part asked for, not its content: which section speaks of something is no summary
    assert analyse("bagian mana yang membahas Satgas?").answer_type != "summary"


def test_pokok_as_a_modifier_is_no_request_for_a_summary():
    q = analyse("ancaman pidana pokok di UU 21/2007 brp taun penjara & dendanya brp?")
    assert q.answer_type == "quantity"
    assert analyse("apa pokok-pokok isi paper ini?").answer_type == "summary"


def test_a_digest_outline_gives_an_items_fact_that_restates_its_label_and_no_sentence_twice():
    from tipbot.answering.extractive import source_outline

    opening = _digest(["A regional treaty against trafficking.", "Leaders signed it in 2015."],
                      section="What the source is", order=1)
    items = _digest(["- Entry into force: it takes effect on the 30th day after the sixth ratification.",
                     "Two states ratified on 5 January 2017.", "It entered into force on 8 March 2017.",
                     "- The paper lists it three times:", "- as a 2021a entry;", "- and as a 2021b entry."])
    texts = [e.text for e in source_outline(opening + items, 9, set())]
    # an ordinal is no fact of the item's lead: its sentence that restates the label ("force") gives the date
    assert "It entered into force on 8 March 2017." in texts
    assert "Two states ratified on 5 January 2017." not in texts
    # a lead ending in a colon brings the next sentence, but a nested item that is a lead of its own comes once
    assert len(texts) == len(set(texts))


def test_whose_account_it_is_is_no_part_of_a_why_questions_claim():
    from tipbot.answering.answerability import claim_of

    claim = claim_of(analyse("According to the earlier studies by Fikhri et al. and Khairi, why did ASEAN issue "
                             "declarations against human trafficking?"))
    assert "earlier" not in claim.lower() and "declarations" in claim
    claim = claim_of(analyse("Mengapa sebagian besar korban meninggalkan shelter pemerintah, menurut laporan TIP "
                             "2023 tentang Indonesia?"))
    assert "menurut" not in claim.lower() and "shelter" in claim


def test_a_clause_of_result_joined_by_so_gives_a_reason():
    from tipbot.answering.selection import _RESULT_CLAUSE

    assert _RESULT_CLAUSE.search("shelters kept passports and restricted movement, so most victims left")
    for text in ("they acted so that victims are safe", "so far, 75 reports came in", "the so-called scam hubs"):
        assert not _RESULT_CLAUSE.search(text), text


def test_verbs_of_regard_and_of_leaving_render_their_sense():
    from tipbot.query import translate_terms

    assert "consider" in translate_terms("menganggap") and "feel" not in translate_terms("dianggap")
    assert "run away" in translate_terms("kabur") and "ambiguous" not in translate_terms("kabur")
    assert "leave" in translate_terms("meninggalkan") and "dead" not in translate_terms("meninggalkan")
