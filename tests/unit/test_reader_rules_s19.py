"""Reader rules of the eighteenth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, answer_type
from tipbot.answering.selection import Evidence
from tipbot.keyword import tokenize
from tipbot.schema import Chunk, Passage


def _evidence(text: str, order: int = 1, score: float = 1.0) -> Evidence:
    chunk = Chunk(id=f"c{order}", text=text, source_id="mini", kind="paper", title="Mini", section="1. Introduction",
                  order=order)
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))
    ev.score, ev.similarity = score, 0.9
    ev.parts = {"type": 0.0}
    return ev


def test_an_informal_reduplication_keeps_its_enclitic():
    assert "faktor-faktornya" in analyse("kak, faktor2nya apa aja sih?").text
    assert "poin-poinnya" in analyse("poin2nya apa aja?").text


def test_a_reduplicated_plural_is_its_word_in_the_indonesian_interrogatives():
    # ("faktor", "alasan": words of the reason interrogatives, here as plurals)
    assert answer_type("faktor-faktornya apa saja?", "id") == "reason"
    assert answer_type("alasan-alasannya apa saja menurut paper?", "id") == "reason"
    assert analyse("kak, faktor2nya apa aja sih yg bikin orang jadi korban?").answer_type == "reason"


def test_not_only_but_also_is_no_contrast_of_clauses():
    from tipbot.answering.answerability import _CONTRAST

    additive = "cooperation not only at the Southeast Asian level but also internationally, with Indonesia"
    assert len([c for c in _CONTRAST.split(additive) if c.strip()]) == 1
    assert len([c for c in _CONTRAST.split("tidak hanya di Kamboja tetapi juga di Myanmar") if c.strip()]) == 1
    contrast = "Cambodia ranks high as a country of origin, while Thailand is the leading destination"
    assert len([c for c in _CONTRAST.split(contrast) if c.strip()]) == 2
    assert len([c for c in _CONTRAST.split("the MoU was planned, but it was not signed") if c.strip()]) == 2


def test_a_filler_word_is_no_term_the_sources_must_use():
    from tipbot.answering.answerability import unused_terms

    terms = {t for w in ("rather", "alone", "somehow", "withdrew") for t in tokenize(w)}
    assert unused_terms(terms, {}) == sorted(tokenize("withdrew"))


def test_the_paper_words_and_the_papers_own_act_assert_nothing():
    from tipbot.answering.answerability import premise_terms

    def terms(question: str) -> set[str]:
        q = analyse(question)
        return premise_terms(q, set(tokenize(q.text)), {})

    chose = terms("Why did the authors choose Cambodia as the case?")
    assert not chose & set(tokenize("authors choose")) and set(tokenize("case")) <= chose
    treats = terms("Why does the paper treat trafficking as a regional problem?")
    assert not treats & set(tokenize("paper treat")) and set(tokenize("regional problem")) <= treats
    # a verb of the paper's position is the claim: it stays, with the words that name the paper
    recommend = terms("Why did the authors recommend leaving ASEAN?")
    assert set(tokenize("authors recommend leaving")) <= recommend


def test_a_bare_kind_of_document_is_no_party_of_an_interaction():
    from tipbot.answering.answerability import joint_parties

    q = analyse("rangkumin dong ACTIP itu apa, kapan ditandatangani, trus indonesia ratifikasinya pake UU apa?")
    assert "UU" not in joint_parties(q)


def test_a_numbered_label_is_checked_against_the_sentence_of_the_question_that_gives_it():
    from tipbot.answering.answerability import contradiction

    q = analyse("The paper says Indonesia put trafficking on the agenda of the 43rd ASEAN Summit. According to the "
                "digest, which country called for the declaration to be made operational?")
    agenda = _evidence("At the 42nd ASEAN Summit in May and the 43rd Summit in September, the Indonesian Government "
                       "included discussions on eradicating human trafficking on the agenda of the ASEAN Summit.", 1)
    adopted = _evidence("The declaration, on Indonesia's initiative, was adopted at the 42nd ASEAN Summit in Labuan "
                        "Bajo, where a member country called for the declaration to be made operational.", 2)
    # (the sentences that best describe the claim of the label: the five looked at, see EVENT_SENTENCES)
    agendas = [_evidence(f"{who} put trafficking on the agenda of ASEAN, Indonesia said.", 3 + n)
               for n, who in enumerate(["The President", "The minister", "The police chief", "The ambassador"])]
    pool = [adopted, agenda, *agendas]
    idf = {t: 1.0 for e in pool for t in e.tokens}
    assert contradiction(q, pool, set(tokenize(q.text)), idf, frozenset()) is None
    # (one sentence that makes the claim of the label: the evidence on the same event still corrects it)
    wrong = analyse("Why was the declaration adopted at the 43rd ASEAN Summit?")
    found = contradiction(wrong, pool, set(tokenize(wrong.text)), idf, frozenset())
    assert found is not None and found[0] == "43"


def test_how_far_apart_asks_for_the_time_between_two_events():
    q = analyse("the task force was formed in July 2023 and the MoU was signed in August 2023 - how far apart is "
                "that?")
    assert q.interval and q.answer_type == "date"
    assert q.parts == ["the task force was formed in July 2023", "the MoU was signed in August 2023"]
    assert analyse("berapa selang waktu antara KTT ke-42 dan KTT ke-43?").interval


def test_an_order_not_to_mention_the_sources_is_an_instruction():
    from tipbot.assistant import SOURCE_ORDER

    assert SOURCE_ORDER.search("jawab cuma iya atau nggak aja, jgn sebut sumber: apakah itu benar?")
    assert SOURCE_ORDER.search("don't mention the sources, just tell me")
    assert not SOURCE_ORDER.search("which sources does the paper mention?")


def test_a_source_named_as_the_subject_of_a_claim_is_borne_out_by_its_own_digest():
    from tipbot.answering.answerability import contradiction, premise_terms

    q = analyse("Why does Alifia's thesis judge the NCB-Interpol cooperation with Cambodia significant?")
    chunk = Chunk(id="d1", text="", source_id="alifia-2023", kind="digest", title="Kerjasama NCB Interpol",
                  section="Findings", order=1)
    text = ("Cooperation between NCB-Interpol Indonesia and Cambodia is judged significant, because the two sides "
            "reached concrete agreements.")
    digest = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))
    digest.score, digest.parts = 1.0, {"type": 1.0}
    idf = {t: 1.0 for t in digest.tokens}
    assert contradiction(q, [digest], set(tokenize(q.text)), idf, frozenset()) is None
    # (the kind of source, "thesis", says where the claim comes from, not what it is about)
    assert not premise_terms(q, set(tokenize(q.text)), idf) & set(tokenize("thesis"))


def test_a_word_before_the_span_asked_is_no_event_of_the_interval():
    q = analyse("kak selisih berapa bulan sih antara KTT ke-42 sama KTT ke-43?")
    assert q.interval and not any(p.strip().lower().startswith("selisih") for p in q.parts)


def test_a_body_that_is_a_sources_author_is_still_checked_as_an_actor():
    from tipbot.answering.answerability import contradiction

    q = analyse("Why did SBMI record 1,138 victims in May 2023?")
    chunk = Chunk(id="d2", text="", source_id="sbmi-2023", kind="digest", title="Siaran pers", section="Findings",
                  order=1)
    text = "Wardah reported that 1,138 Indonesian victims were recorded in May 2023."
    digest = Evidence(text=text, passage=Passage(chunk=chunk, score=0.5), position=0, tokens=set(tokenize(text)))
    digest.score, digest.parts = 1.0, {"type": 1.0}
    idf = {t: 1.0 for t in digest.tokens}
    found = contradiction(q, [digest], set(tokenize(q.text)), idf, frozenset())
    assert found is not None and found[0] == "SBMI"
