"""Reader rules on a few hand-built sentences of an invented source (no store, no model)."""

from __future__ import annotations

import dataclasses

from tests.helpers import evidence_of
from tipbot.answering.extractive import ExtractiveAnswerer
from tipbot.answering.selection import gives_consequence
from tipbot.keyword import tokenize


def test_a_sentence_opening_with_a_connective_of_result_gives_a_consequence():
    assert gives_consequence("So, the records obtained can be more complete.")
    assert gives_consequence("Sehingga data yang diperoleh lebih akurat.")
    assert gives_consequence("Thus the harbour stays open.")
    assert not gives_consequence("So far no vessel has been boarded.")
    assert not gives_consequence("Social media spread the offers.")


def test_a_why_answer_brings_the_sentence_that_gives_the_purpose_of_its_best_sentence():
    pool = evidence_of("Later studies can interview the crews of the boarded vessels.",
                 "So, the records obtained can be more complete.",
                 "The harbour authority publishes a yearly report.")
    out = ExtractiveAnswerer._reasons(pool[:1] + pool[2:], pool, set(tokenize("interview crews")), None, [])
    assert [e.text for e in out[:2]] == [pool[0].text, pool[1].text]


def _context(*texts: str):
    from tipbot.answer import AnswerContext
    from tipbot.schema import Chunk

    chunks = [Chunk(id=f"c{i}", text=t, source_id="mini", kind="paper", title="Mini paper")
              for i, t in enumerate(texts)]
    return chunks, AnswerContext(chunks=chunks, citation_index=None, idf={t: 2.0 for c in texts for t in tokenize(c)})


def test_the_holder_of_an_office_of_a_named_body_is_named_beside_that_body():
    from tipbot.answering.analysis import analyse, asked_office
    from tipbot.answering.answerability import holder_named

    chunks, context = _context(
        "The Harbour Police arrested 12 suspects. Chief Arlen Voss of the Coast Guard met the press in Port Lumen.")
    q = analyse("What is the name of the Chief of the Harbour Police?")
    office = asked_office(q)
    assert office and not holder_named(q, office, chunks, context)  # the chief named is another body's
    q = analyse("What is the name of the Chief of the Coast Guard?")
    assert holder_named(q, asked_office(q), chunks, context)
    q = analyse("Who was the chief around 2021?")  # words that are no name qualify no office
    assert holder_named(q, asked_office(q), chunks, context)


def test_an_official_of_a_named_body_is_the_holder_of_any_of_its_offices():
    from tipbot.answering.analysis import analyse, asked_office
    from tipbot.answering.answerability import holder_named

    chunks, context = _context("The drill was opened by Arlen Voss, the Coast Guard's Deputy for Training.")
    q = analyse("Siapa pejabat Coast Guard yang membuka latihan itu?")
    assert holder_named(q, asked_office(q), chunks, context)
    q = analyse("What is the name of the official who opened the drill?")  # no body named: an "official" only
    assert not holder_named(q, asked_office(q), chunks, context)


def test_a_day_a_month_or_a_placed_name_is_not_who_did_it():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import actor_names

    q = analyse("Who opened the drill?")
    text = "The drill was held on **Monday 6 May 2024** at the Harbour Hall in **Port Lumen, West Coast**."
    assert [m.group(0) for m in actor_names(text, q)] == []
    assert [m.group(0) for m in actor_names("On Monday, it was opened by Arlen Voss.", q)] == ["Arlen Voss"]


def test_the_name_of_a_thing_the_sources_never_mention_is_not_in_them():
    from tipbot.answering.analysis import analyse, asked_name_of
    from tipbot.answering.answerability import known_word

    q = analyse("What is the name of the surgeon who treated the crews?")
    assert asked_name_of(q) == "surgeon"
    assert not known_word("surgeon", "en", {"crew": 1.0})
    assert known_word("korban", "id", {"victim": 1.0})  # an Indonesian word is known by its rendering
    assert asked_name_of(analyse("What is the name of the minister who signed it?")) is None  # an office
    assert asked_name_of(analyse("Siapa nama dokter yang merawat korban?")) == "dokter"


def test_an_author_is_named_by_the_reference_record_of_the_work():
    from tipbot.answer import AnswerContext
    from tipbot.answering.analysis import analyse, asked_office
    from tipbot.answering.answerability import holder_named
    from tipbot.schema import Chunk

    record = Chunk(id="r1", text="Reference entry: Voss, A. (2021). Crews at sea. Harbour Gazette.", source_id="voss",
                   kind="reference", title="Voss 2021")
    context = AnswerContext(chunks=[record], citation_index=None, idf={})
    q = analyse("Who is the author of the Harbour Gazette article?")
    assert holder_named(q, asked_office(q), [record], context)
    q = analyse("Who is the author of the Coast Bulletin article?")
    assert not holder_named(q, asked_office(q), [record], context)


def test_a_question_with_its_own_interrogative_before_another_is_no_assertion():
    from tipbot.answering.analysis import analyse

    assert not analyse("Pertemuan itu dihadiri berapa peserta ya? terus berapa dokumen yang dihasilkan?").premise
    assert analyse("Pertemuan itu diadakan di Bali ya? terus berapa dokumen yang dihasilkan?").premise


def test_a_count_of_a_word_the_word_lists_cannot_translate_is_not_refused_for_it():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import counted_thing_seen

    pool = evidence_of("The harbour office estimates that 57 crews were held in debt bondage.")
    q = analyse("berapa estimasi awak kapal yang terjerat utang?")
    assert q.head and counted_thing_seen(q, pool)


def test_the_indonesian_form_of_a_glossary_entry_is_an_alias_of_its_term_and_expansion():
    from tipbot.answering.selection import glossary_aliases
    from tipbot.schema import Chunk

    entry = Chunk(id="g1", text="PSMA: Port State Measures Agreement. In Indonesian: Perjanjian Tindakan Negara "
                  "Pelabuhan. A treaty on landing catches.", source_id="glossary", kind="glossary",
                  title="Glossary", section="PSMA")
    aliases = glossary_aliases(["Perjanjian Tindakan Negara Pelabuhan", "PSMA"], [entry])
    assert aliases["Perjanjian Tindakan Negara Pelabuhan"] == ["PSMA", "Port State Measures Agreement"]
    assert aliases["PSMA"] == ["Port State Measures Agreement"]


def test_the_day_of_a_date_is_not_a_count_of_items():
    from tipbot.answering.analysis import analyse, count_of

    assert count_of("the harbour office was set up on 5 June 2023") is None
    assert count_of("pada 5 Juli 2023") is None
    assert count_of("the 5 strategies") == 5 and count_of("2 decisions") == 2
    assert analyse("The harbour office was set up on 5 June 2023, right?").answer_type != "list"


def test_a_confirmation_tag_is_not_a_term_of_the_claim():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import premise_terms

    q = analyse("The harbour office was set up on 5 June 2023, correct?")
    terms = premise_terms(q, set(tokenize(q.text)), {})
    assert "correct" not in terms and "harbour" in terms


def test_an_identity_statement_that_points_back_names_what_the_sentence_before_speaks_of():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import IDENTIFIES, ReaderConfig, candidates
    from tipbot.schema import Chunk, Passage

    assert IDENTIFIES.match("This unit is the Vessel Boarding Team of the harbour office.")
    assert IDENTIFIES.match("Tim ini adalah Satuan Tugas Pelabuhan.")
    assert not IDENTIFIES.match("This effort is carried out every year.")  # a passive, not an identity
    assert not IDENTIFIES.match("Indonesia is an archipelago.")  # points back to nothing
    chunk = Chunk(id="c1", text="The harbour police on 5 June 2021 formed a special unit. This unit is the Vessel "
                  "Boarding Team of the harbour office.", source_id="mini", kind="paper", title="Mini paper")
    q = analyse("When was the Vessel Boarding Team formed?")
    idf = {t: 2.0 for t in tokenize(chunk.text)}
    pool = candidates(q, set(tokenize(q.text)), [], [Passage(chunk=chunk, score=1.0)], idf, {}, ReaderConfig())
    formed = next(e for e in pool if e.text.startswith("The harbour police"))
    assert formed.parts["terms"] > 0.5  # "vessel boarding team" counts for it


def test_a_date_the_other_kind_of_source_gives_otherwise_is_stated_and_cited():
    from tipbot.answer import Draft
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.schema import Chunk, Passage

    paper, gloss = evidence_of("The harbour police formed the team on July 5 2021."), evidence_of(
        "Boarding team: set up by the harbour police on 5 June 2021.")
    gloss[0].passage = Passage(chunk=Chunk(id="g1", text=gloss[0].text, source_id="glossary", kind="glossary",
                                           title="Glossary", section="Boarding team"), score=1.0)
    for e in (*paper, *gloss):
        e.parts["type"], e.parts["local"] = 1.0, 0.5
    draft = Draft(statements=[], citations=[])
    ExtractiveAnswerer._other_date(draft, paper[0], [paper[0], gloss[0]], "en")
    assert [s.text for s in draft.statements] == ["The glossary gives another date: 5 June 2021."]
    gloss[0].parts["local"] = 0.0  # the words around its date are not the question's: another event
    draft = Draft(statements=[], citations=[])
    ExtractiveAnswerer._other_date(draft, paper[0], [paper[0], gloss[0]], "en")
    assert draft.statements == []
    draft = Draft(statements=[], citations=[])
    ExtractiveAnswerer._other_date(draft, paper[0], [paper[0], paper[0]], "en")
    assert draft.statements == []


def test_a_summary_of_a_source_starts_with_its_digest_opening_and_names_the_digest_once():
    from tipbot.answer import Draft
    from tipbot.answering.compose import quote
    from tipbot.answering.extractive import source_opening
    from tipbot.schema import Chunk, Passage

    def digest(order: int, *texts: str):
        chunk = Chunk(id=f"d{order}", text=" ".join(texts), source_id="voss-2021", kind="digest",
                      title="Crews at sea", order=order)
        out = evidence_of(*texts)
        for e in out:
            e.passage = Passage(chunk=chunk, score=1.0)
        return out

    later = digest(1, "Key fact: 57 crews were held in 2020.")
    opening = digest(0, "A report by the harbour office on crews.", "It was published in 2021.", "Its author is Voss.")
    assert [e.text for e in source_opening([*later, *opening])] == [opening[0].text, opening[1].text]
    draft = Draft(statements=[], citations=[])
    quote(draft, opening[0], "en")
    quote(draft, later[0], "en")
    assert draft.statements[0].text.startswith("A digest of Crews at sea")
    assert draft.statements[1].text == "The same digest also says: “Key fact: 57 crews were held in 2020.”"


def test_a_source_is_named_by_all_the_words_of_its_id_but_one_and_its_year():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import named_sources
    from tipbot.schema import Chunk

    chunks = [Chunk(id="d1", text="Veloria stays on Grade 3.", source_id="hbo-fleet-2023-veloria", kind="digest",
                    title="Fleet report 2023: Veloria")]
    idf = {"hbo": 3.0, "fleet": 1.0}
    assert named_sources(analyse("What does the 2023 fleet report say about Veloria?"), chunks, idf) == [
        "hbo-fleet-2023-veloria"]
    assert named_sources(analyse("What does the fleet report say about Veloria?"), chunks, idf) == []  # no year
    assert named_sources(analyse("What happened in Veloria in 2023?"), chunks, idf) == []


def test_a_comparison_of_the_paper_with_a_named_digest_takes_each_side_from_its_own_text():
    from tipbot.answer import AnswerContext
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import ExtractiveAnswerer
    from tipbot.schema import Chunk, Passage

    paper = evidence_of("The paper says five of every ten crews were held.", "Ports were inspected yearly.")
    digest_chunk = Chunk(id="d1", text="The report found five crews plus two boats in every ten.",
                         source_id="voss-2021", kind="digest", title="Crews at sea")
    digest = evidence_of(digest_chunk.text)
    digest[0].passage = Passage(chunk=digest_chunk, score=1.0)
    digest[0].score = 0.2  # (less relevant than both paper sentences)
    context = AnswerContext(chunks=[digest_chunk], citation_index=None, idf={"voss": 5.0})
    q = analyse("How does the paper's account of the crews differ from what the Voss digest reports?")
    chosen, _ = ExtractiveAnswerer().select(q, [*paper, *digest], set(tokenize("crews held")), context)
    assert chosen[0] is paper[0] and digest[0] in chosen


def test_a_source_identified_by_the_paper_citing_it_is_the_source_wanted():
    from tipbot.answering.analysis import analyse

    assert not analyse("ringkasin dong isi skripsi Voss yg dikutip paper").wants_paper
    assert not analyse("Summarize the Voss thesis cited in the paper").wants_paper
    assert analyse("What does the paper say about the Voss thesis?").wants_paper


def test_an_indonesian_question_names_a_source_by_the_english_words_of_its_id():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import named_sources
    from tipbot.schema import Chunk

    chunks = [Chunk(id="d1", text="Cambodia stays on Tier 3.", source_id="usdos-tip-2023-cambodia", kind="digest",
                    title="2023 TIP Report: Cambodia")]
    assert named_sources(analyse("apa kata laporan TIP 2023 soal Kamboja?"), chunks, {}) == ["usdos-tip-2023-cambodia"]


def test_of_several_laws_the_direct_answer_is_the_one_whose_title_holds_the_question():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    ev = evidence_of("Crew protection is regulated by Law Number 7 of 2010 concerning the Protection of Crews, "
                     "unless other provisions are regulated in Law Number 9 of 2012 concerning Harbours.")[0]
    q = analyse("What is the law number on the protection of crews?")
    assert direct_answer(q, ev, set(tokenize("law number protection crews"))) == "Law Number 7 of 2010"


def test_a_share_is_never_answered_with_a_count():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    q = analyse("What share of the crews were women?")
    assert q.percent
    counted = evidence_of("The harbour office recorded 2,605 crews from 2017 to 2022.")[0]
    assert direct_answer(q, counted, set(tokenize("share crews women"))) is None
    shares = evidence_of("Around 50.97% were men and 46.14% were women.")[0]
    assert direct_answer(q, shares, set(tokenize("share crews women"))) == "46.14%"


def test_an_indonesian_spelling_of_an_english_name_is_a_word_of_the_sources():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import loanword_forms, missing_from_store

    assert "pacific" in loanword_forms("Pasifik") and "organisation" in loanword_forms("organisasi")
    vocab = {t: 2.0 for t in tokenize("forced labour victims in the Asia Pacific region")}
    assert missing_from_store(analyse("berapa korban kerja paksa di Asia Pasifik?"), vocab, frozenset()) == []
    assert missing_from_store(analyse("berapa korban kerja paksa di Asia Karibia?"), vocab, frozenset()) == ["Karibia"]


def test_a_stem_rendered_as_a_function_word_is_the_stemmers_mistake():
    from tipbot.query import translate_terms

    assert translate_terms("penyertaan") == ["penyertaan"]  # the stemmer's "serta" would be "and"
    assert translate_terms("serta") == ["and"]  # (the word itself, in the word list, keeps its rendering)


def test_when_the_paper_was_received_is_answered_by_its_article_history(mini_assistant):
    answer = mini_assistant.ask("When was the paper received and when was it accepted?")
    assert "Jan 10, 2025" in answer.text and "Mar 02, 2025" in answer.text
    assert "Harbour inspections and forced labour" not in answer.text  # (not the title block)


def test_who_is_a_named_person_asks_what_the_sources_say_of_them():
    from tipbot.answering.analysis import analyse

    assert analyse("Who is Arlen Voss?").answer_type == "definition"
    assert analyse("siapa itu Arlen Voss?").answer_type == "definition"
    assert analyse("Who signed the compact?").answer_type == "actor"
    assert analyse("who is the head of the harbour office?").answer_type == "actor"


def test_a_sum_of_named_sources_figures_adds_only_theirs():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import operands

    ev = evidence_of("Known cases: 1) 57 crews held (Fisheries Watch, 2022), 2) 126 fishers rescued (Harbour "
                     "Authority, 2023), 3) 40 boats seized (Coast Guard, 2023).")
    other = evidence_of("In 2021 the port office counted 300 crews held (Voss, 2021).")
    q = analyse("Fisheries Watch and Coast Guard figures added up, how many crews and boats in total?")
    assert q.arithmetic == "sum"
    assert [raw for raw, _ in operands(q, [*ev, *other], set(tokenize("crews boats held seized")))] == ["57", "40"]


def test_by_how_much_takes_the_best_sentences_two_figures_of_one_kind():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import operands

    ev = evidence_of("In 2024 the target for the harbour index is 0.41 %, an increase from 0.34% in 2019.")
    q = analyse("By how much did the harbour index target for 2024 rise compared with 2019?")
    assert [raw for raw, _ in operands(q, ev, set(tokenize("harbour index target rise")))] == ["0.41%", "0.34%"]


def test_a_figure_placed_where_the_question_does_not_ask_is_not_the_answer():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    ev = evidence_of("Fisheries Watch data reveals that of a total of 21 million crews held in forced labour "
                     "throughout the world, there are 11 million victims in the Coral Strait region.")[0]
    q = analyse("How many victims of forced labour did Fisheries Watch count worldwide?")
    assert direct_answer(q, ev, set(tokenize("victims forced labour fisheries watch worldwide world"))).startswith("21")
    q = analyse("How many victims of forced labour did Fisheries Watch count in the Coral Strait region?")
    assert direct_answer(q, ev, set(tokenize("victims forced labour coral strait region"))).startswith("11")


def test_the_users_own_purpose_is_framing_in_any_words():
    from tipbot.answering.analysis import strip_framing

    assert strip_framing("for my comparative law essay: what is PSMA?", "en") == "what is PSMA?"
    assert strip_framing("what is PSMA? for my seminar", "en") == "what is PSMA?"
    assert strip_framing("For a workshop: who signed the compact?", "en") == "who signed the compact?"
    assert strip_framing("What help is there for a victim of debt bondage?", "en") == \
        "What help is there for a victim of debt bondage?"


def test_a_verb_of_citing_with_the_papers_word_identifies_a_source():
    from tipbot.answering.analysis import citing_clause

    for text in ("the Voss thesis referenced in this study", "artikel Voss yang dirujuk dalam artikel ini",
                 "the report which the paper relies on"):
        assert citing_clause().search(text), text
    assert not citing_clause().search("what does the paper say about Voss?")


def test_a_sentence_that_adds_a_further_point_carries_the_one_before_on():
    from tipbot.answering.selection import _continues

    assert _continues("At the same time, men forced to work account for 82% of these cases.")
    assert _continues("Sementara itu, nelayan laki-laki mencapai 82%.")
    assert not _continues("Men forced to work account for 82% of these cases.")


def test_a_dated_title_is_held_only_where_its_head_noun_stands_near_that_year():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import unknown_dated_titles

    chunks, _ = _context("The 2020-2024 National Action Plan on Fisheries Forced Labour sets targets.",
                         "The 2023 Fisheries Forced Labour Report counts 126 rescued fishers.")
    q = analyse("What does the 2024 Fisheries Forced Labour Report say about Veloria?")
    assert unknown_dated_titles(q, chunks) == ["Fisheries Forced Labour Report 2024"]
    assert not unknown_dated_titles(analyse("What does the 2023 Fisheries Forced Labour Report say?"), chunks)


def test_a_part_of_a_total_is_answered_only_by_a_figure_for_that_part():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import part_counted

    pool = evidence_of("The 2023 report counts 1,138 crews held on boarded vessels.",
                       "The harbour authority rescued 640 people in all.")
    q = analyse("Of the 1,138 crews in the report, how many of them were women?")
    assert not part_counted(q, pool)
    pool = evidence_of("The 2023 report counts 1,138 crews held on boarded vessels.",
                       "Of them, 412 were women and 726 men.")
    assert part_counted(q, pool)


def test_a_personal_question_is_refused_with_the_closest_passage():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import judge

    chunks, context = _context("The harbour authority rescued 640 crews in 2023.")
    q = analyse("What should we do to help my cousin on the vessel?")
    pool = evidence_of("The harbour authority rescued 640 crews in 2023.")
    verdict = judge(q, pool, pool, set(tokenize(q.text)), context, [])
    assert (verdict.decision, verdict.reply) == ("refuse", "advice")


def test_the_asker_of_a_question_is_not_what_it_asks_about():
    from tipbot.answering.answerability import foreign_words
    from tipbot.keyword import tokenize

    vocab = {t: 1.0 for t in tokenize("the thesis was submitted to a university")}
    assert foreign_words("dospem nanya skripsinya dari kampus mana?", vocab) == []
    assert foreign_words("skripsinya dikutip dospem?", vocab) == ["dospem"]


def test_a_city_question_is_not_answered_by_a_country():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import judge
    from tipbot.answering.selection import type_fit

    q = analyse("Harbour Hospital - which city?")
    assert q.answer_type == "place" and q.below_country
    pool = evidence_of("The crews were treated at Harbour Hospital after the raid in Cambodia.")
    assert type_fit(pool[0], q) == 0.0  # a country is no city
    assert type_fit(evidence_of("The drill was held in Port Lumen.")[0], q) == 1.0
    assert type_fit(evidence_of("The crews were freed in Cambodia.")[0], analyse("Where were the crews freed?")) > 0
    pool[0].parts["type"] = 0.0
    chunks, context = _context(pool[0].text)
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).decision == "refuse"


def test_each_part_of_a_question_gets_a_sentence_that_answers_it():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.extractive import each_part

    q = analyse("Which factors does the report give, and how did the offers reach the crews?")
    assert len(q.parts) == 2
    pool = evidence_of("The report gives poverty and debt as factors behind the crews' recruitment.",
                       "The offers reached the crews through relatives and social media.",
                       "The harbour authority publishes a yearly report.")
    idf = {t: 2.0 for e in pool for t in e.tokens}
    chosen = each_part(q, pool[:1], pool, idf)
    assert [e.text for e in chosen] == [pool[0].text, pool[1].text]
    assert each_part(analyse("Which factors does the report give?"), pool[:1], pool, idf) == pool[:1]


def test_a_rank_claimed_for_an_act_must_be_stated_by_the_evidence():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import judge, states_rank

    assert analyse("Why was Port Lumen the first harbour to ban the trawlers?").rank == 1
    assert analyse("pelabuhan ke-6 yg melarang kapal itu apa?").rank == 6
    assert analyse("When was the first meeting held?").rank == 0  # a thing named by its place in a series
    assert states_rank("Port Lumen was the sixth harbour to ban them.", 6) and not states_rank("6 harbours", 6)
    text = "Port Lumen banned the trawlers in 2019; Vessa and Korr were the fourth and fifth harbours to do so."
    chunks, context = _context(text)
    pool = evidence_of(text)
    q = analyse("Why was Port Lumen the first harbour to ban the trawlers?")
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).decision == "premise"


def test_a_name_asked_of_a_thing_the_sources_speak_of_but_never_name_is_not_in_them():
    from tipbot.answering.analysis import analyse, asked_name_of
    from tipbot.answering.answerability import instance_named

    chunks, context = _context("Crews were held by fake fishing companies on the coast.",
                               "They were treated at Port Lumen Hospital.")
    q = analyse("nama2 perusahaan yg menahan awak kapal itu apa aja?")
    assert asked_name_of(q) == "perusahaan"
    assert not instance_named("perusahaan", "id", chunks, context)  # companies spoken of, none named
    assert instance_named("hospital", "en", chunks, context)  # a name built on the word


def test_a_claim_is_restated_without_who_holds_it_or_the_question_about_it():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import claim_of

    q = analyse("My essay argues that the harbour ban failed. Which part of the report says that?")
    assert claim_of(q) == "the harbour ban failed"
    assert claim_of(analyse("katanya pelabuhan itu ditutup tahun 2019 ya?")).startswith("pelabuhan itu ditutup")


def test_a_direct_actor_answer_is_no_expansion_of_the_question_and_no_common_noun():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    q = analyse("Who chaired the PLSC meeting?")
    ev = evidence_of("The Port Lumen Safety Council meeting was held under the Harbour Authority's chairmanship.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text)), lower_words=frozenset({"data"})) == "Harbour Authority"
    ev = evidence_of("This is a Government study of the Harbour Authority.")[0]
    assert direct_answer(q, ev, set(tokenize(q.text)), lower_words=frozenset({"government"})) == "Harbour Authority"


def test_a_count_the_sources_state_is_no_false_premise_beside_another_studys_count():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import _other_count

    content = evidence_of("Earlier studies show that harbour authorities use four strategies against trawlers.",
                          "The analysis shows that there are five strategies carried out by the Lumen government.")
    idf = {t: 2.0 for e in content for t in e.tokens}
    q = analyse("What are the five strategies harbour authorities use?")
    assert _other_count(q, content, set(tokenize(q.text)), idf) is None
    q = analyse("What are the seven strategies harbour authorities use?")
    assert _other_count(q, content, set(tokenize(q.text)), idf) is not None


def test_a_heading_run_into_the_sentence_is_no_direct_answer():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer
    from tipbot.answering.selection import Evidence
    from tipbot.schema import Chunk, Passage

    section = "3.2 Cooperation between Port Lumen and Vessa"
    text = f"{section} In 2022 the Harbour Authority freed the crews."
    chunk = Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini", section=section)
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))
    q = analyse("Who freed the crews?")
    assert direct_answer(q, ev, set(tokenize(q.text)), lower_words=frozenset({"data"})) == "Harbour Authority"


def test_a_courts_decision_is_answered_only_by_a_passage_that_reports_one():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import judge

    law = "The Harbour Act sets prison terms of up to 10 years for forced labour at sea."
    chunks, context = _context(law, "Police arrested three captains in 2021.")
    for question in ("How many years were the three captains sentenced to?", "vonis buat 3 kapten itu brp thn?"):
        q = analyse(question)
        pool = evidence_of(law, "Police arrested three captains in 2021.")
        verdict = judge(q, pool, pool, set(tokenize(q.text)), context, [])
        assert (verdict.decision, verdict.reply) == ("refuse", "outcome")
    reported = "In 2022 a court sentenced the three captains to 6 years in prison."
    chunks, context = _context(law, reported)
    q = analyse("How many years were the three captains sentenced to?")
    pool = evidence_of(reported, law)
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).reply == ""
    q = analyse("How many years in prison does the Harbour Act provide?")  # what the law provides: no decision asked
    pool = evidence_of(law)
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).reply == ""


def test_a_sum_takes_its_figures_from_the_sentences_that_hold_the_questions_names_and_years():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import operands

    named = evidence_of("In 2019, data from Harbour Watch also recorded that 40 girls and 60 other women were held.")
    other = evidence_of("Fisheries data reveals that of a total of 21 million crews, 11 million are in the strait.")
    q = analyse("kalo data Harbour Watch 2019 dijumlahin (girls + women held), totalnya brp?")
    assert q.arithmetic == "sum"
    tokens = set(tokenize("total girls women held"))
    assert [raw for raw, _ in operands(q, [*named, *other], tokens)] == ["40", "60"]
    # a figure written with a word of magnitude ("21 million") is never added as the number its digits write
    q = analyse("What is the total of the crews and the strait figures combined?")
    assert "21" not in [raw for raw, _ in operands(q, other, set(tokenize("total crews strait")))]


def test_the_number_of_a_law_counts_nothing():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer
    from tipbot.answering.selection import type_fit

    q = analyse("brp korban?")
    law = evidence_of("Victims are protected under Law Number 13 of 2006 concerning the Harbour Code.")[0]
    assert direct_answer(q, law, set(tokenize("korban victims"))) is None
    assert type_fit(law, q) == 0.0
    counted = evidence_of("Under Law Number 13 of 2006, 126 victims were given shelter.")[0]
    assert direct_answer(q, counted, set(tokenize("korban victims"))).startswith("126")


def test_a_digests_report_of_the_paper_comes_with_the_digests_comment_on_it():
    from dataclasses import replace

    from tipbot.answering.extractive import with_digest_comment

    pool = evidence_of("The Compact was signed in Port Lumen.",
                       "**Date.** The paper dates the Compact to 14 March 2019.",
                       "It was signed on **13 March**; 14 March is the date of the press release.",
                       "The harbour office keeps the signed copy.")
    digest = replace(pool[0].chunk, kind="digest")
    for e in pool:
        e.passage = replace(e.passage, chunk=digest)
    assert [e.text for e in with_digest_comment([pool[1]], pool)] == [pool[1].text, pool[2].text]
    assert with_digest_comment([pool[0]], pool) == [pool[0]]  # not a report of the paper


def test_a_question_for_a_sum_of_money_is_not_answered_by_another_kind_of_figure():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    law = evidence_of("The Harbour Act sets prison terms of up to 10 years and a fine of 50 million rupiah.")[0]
    for question in ("berapa denda maksimal di Harbour Act dalam rupiah?", "How much is the fine in the Harbour Act?"):
        assert direct_answer(analyse(question), law, set(tokenize("fine harbour act"))).startswith("50 million")
    words_only = evidence_of("The Harbour Act sets prison terms of up to 10 years and a fine of millions of rupiah.")
    assert direct_answer(analyse("How much is the fine in the Harbour Act?"), words_only[0], set()) is None


def test_a_rank_written_before_a_name_is_no_part_of_the_name():
    from tipbot.answering.answerability import names_holder

    text = "The embassy met the Head of the Port Lumen Police, Major General Arlen Voss, on 4 May."
    assert names_holder(text, "head", frozenset({"major", "general", "police"}), frozenset())
    assert not names_holder("The embassy met the Head of the Port Lumen Police, Major General.", "head",
                            frozenset({"major", "general", "police"}), frozenset())


def test_figures_given_each_others_nouns_are_a_false_premise():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import _swapped_figures

    pool = evidence_of("In its first year the desk helped 126 people from 19 reports.")
    for question in ("The desk helped 19 people from 126 reports, right?",
                     "desk itu bantu 19 orang dari 126 laporan kan?"):
        q = analyse(question)
        found = _swapped_figures(q, pool, set(), {})
        assert found is not None and found[1] is pool[0], question
    q = analyse("The desk helped 126 people from 19 reports, right?")  # as the sentence says
    assert _swapped_figures(q, pool, set(), {}) is None


def test_a_claim_that_one_thing_alone_does_something_needs_a_source_that_says_so():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import claim_of, judge

    text = "Other research shows that the Harbour Forum has an inappropriate strategy for boarding vessels."
    chunks, context = _context(text)
    pool = evidence_of(text)
    q = analyse("Since the paper says the Harbour Forum was the only body with an effective boarding strategy, "
                "which of its measures made it work?")
    assert q.unique and claim_of(q) == "the Harbour Forum was the only body with an effective boarding strategy"
    # (the store's vocabulary holds the question's words too: this tests the claim of uniqueness, not words no
    # passage uses)
    context = dataclasses.replace(context, idf={**context.idf, **{t: 2.0 for t in tokenize(q.text)}})
    verdict = judge(q, pool, pool, set(tokenize(q.text)), context, [])
    assert verdict.decision == "premise" and verdict.missing == ["only"]
    said = evidence_of("The Harbour Forum was the only body with an effective boarding strategy.")
    assert judge(q, said, said, set(tokenize(q.text)), context, []).missing != ["only"]
    assert not analyse("Is the only strategy to sign an MoU?").unique or judge(
        analyse("Is the only strategy to sign an MoU?"), pool, pool, set(), context, []).missing != ["only"]


def test_a_question_past_the_latest_year_its_subject_is_dated_is_refused():
    from tipbot.answering import store_figures
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import judge, later_than

    assert later_than(analyse("was the harbour agreement renewed after 2024?")) == ("after 2024", "2024")
    assert later_than(analyse("apa yg terjadi pasca 2022 soal agreement itu?")) == ("pasca 2022", "2022")
    assert later_than(analyse("how many crews were rescued in 2023?")) is None
    text = ("The harbour agreement was signed in Port Lumen in 2023. "
            "The harbour authority rescued 640 crews under the agreement in 2024.")
    chunks, context = _context(text)
    context.store_figures = store_figures(chunks)
    pool = evidence_of(*text.split(". "))
    q = analyse("what did the harbour authority do under the agreement after 2024?")
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).decision == "refuse"
    q = analyse("what happened to the harbour agreement after 2023?")  # the sources speak of 2024
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).decision == "answer"


def test_a_corrected_claim_leaves_out_the_users_figures_with_their_units():
    from tipbot.answer import Draft
    from tipbot.answering.analysis import analyse

    text = "Offers of work abroad spread through social media and promised high wages."
    chunks, context = _context(text)
    pool = evidence_of(text)
    q = analyse("katanya kerja admin gaji 15jt lewat IG aman ya?")
    draft = ExtractiveAnswerer()._correct(Draft(statements=[], citations=[]), "kerja admin gaji 15jt lewat IG aman",
                                          pool, q, set(tokenize(q.text)), "id", context, chosen=pool)
    said = " ".join(s.text for s in draft.statements)
    assert "15" not in said and "gaji" in said  # the figure goes with its unit; the rest of the claim stays


def test_a_question_about_the_present_is_refused_for_dated_sources():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import judge

    chunks, context = _context("The harbour authority rescued 640 crews in 2023.")
    pool = evidence_of("The harbour authority rescued 640 crews in 2023.")
    for text in ("how many crews are held on vessels right now?", "berapa kru yg ditahan saat ini?",
                 "setelah paper ini terbit, ada kru yang diselamatkan lagi?"):
        q = analyse(text)
        verdict = judge(q, pool, pool, set(tokenize(q.text)), context, [])
        assert (verdict.decision, verdict.reply) == ("refuse", "present"), text
    q = analyse("how many crews did the harbour authority rescue in 2023?")
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).reply == ""


def test_the_direct_answer_comes_from_a_sentence_about_the_question_not_a_figure_about_something_else():
    from tipbot.answer import Draft
    from tipbot.answering.analysis import analyse

    text = ("The harbour office recorded 2,605 cases from 2017 to 2022. "
            "The coast guard arrested 12 suspects in the fish smuggling case.")
    chunks, context = _context(text)
    pool = evidence_of(*text.split(". "))
    counted, arrested = pool
    counted.parts.update(type=0.7, terms=0.05)  # the right kind of figure, about something else
    arrested.parts.update(type=0.45, terms=0.5)
    q = analyse("kasus penyelundupan ikan itu siapa yg nangkep, brp orang?")
    draft = Draft(statements=[], citations=[])
    ExtractiveAnswerer()._compose(draft, q, [counted, arrested], None, pool, set(tokenize(q.text)), "id", context)
    assert "12 suspects" in draft.statements[0].text and "2,605" not in draft.statements[0].text


def test_colloquial_abbreviations_and_a_clause_that_goes_on_to_ask():
    from tipbot.answering.analysis import analyse, normalise

    assert "rumah sakit" in normalise("operasinya di rs mana?", "id")
    q = analyse("siapa yang menangkap tersangkanya, lalu transplantasinya di rumah sakit mana?")
    assert len(q.parts) == 2


def test_a_price_or_a_payment_asks_for_a_sum_of_money_and_attention_paid_does_not():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import quantity_kind

    q = analyse("What price per kidney was paid to the crews?")
    assert q.answer_type == "quantity" and quantity_kind(q) == "money"
    assert quantity_kind(analyse("berapa harga ginjal yang dijual?")) == "money"
    assert quantity_kind(analyse("What four things has the government paid attention to?")) is None


def test_a_kind_of_thing_the_sources_never_speak_of_is_refused():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import asked_kind_words, judge

    text = "The harbour agreement covers joint patrols and the exchange of crew records."
    chunks, context = _context(text)
    pool = evidence_of(text)
    q = analyse("What extradition provisions did the harbour agreement contain?")
    assert asked_kind_words(q) == ["extradition", "provisions"]
    verdict = judge(q, pool, pool, set(tokenize(q.text)), context, [])
    assert (verdict.decision, verdict.missing) == ("refuse", ["extradition", "provisions"])
    q = analyse("What joint patrols did the harbour agreement cover?")
    assert judge(q, pool, pool, set(tokenize(q.text)), context, []).missing == []


def test_parties_of_an_interaction_the_sources_never_name_together_took_part_in_no_such_event():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import joint_parties, parties_apart

    _, context = _context(
        "The Harbour Watch counted 212 crews held (Fisher Union, 2023). The crews were freed in Port Lumen.",
        "In May the Coast Guard met the Fisher Union in Port Lumen. They agreed to share patrol data.",
        "Later, the Marine Ministry opened a shelter. It was run by volunteers. Food came from donors. "
        "Nobody else was involved.")
    q = analyse("What did the joint statement of the Harbour Watch and the Fisher Union say about the crews?")
    assert joint_parties(q) == ["Harbour Watch", "Fisher Union"]
    assert parties_apart(q, context) == ["Harbour Watch", "Fisher Union"]  # (a citation names no party)
    q = analyse("What did the Coast Guard agree with the Fisher Union in Port Lumen?")
    assert joint_parties(q) == ["Coast Guard", "Fisher Union"] and parties_apart(q, context) == []
    q = analyse("Apa isi kesepakatan antara Marine Ministry dan Coast Guard?")
    assert parties_apart(q, context) == ["Marine Ministry", "Coast Guard"]
    # no interaction asked about, or a party the sources never name: left to the other checks
    assert parties_apart(analyse("How many crews did the Harbour Watch and the Fisher Union count?"), context) == []
    assert parties_apart(analyse("What did the Coast Guard sign with the Ocean Fund?"), context) == []
    assert joint_parties(analyse("What did KBRI and BRI agree in the pact?")) == ["KBRI", "BRI"]  # (whole words)


def test_two_countries_given_each_others_roles_in_a_flow_are_corrected():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import _swapped_roles, roles_of

    said = "Cambodia ranks high as a country of origin, while Thailand is the leading destination in the region."
    assert roles_of(said, ["Cambodia", "Thailand"]) == {"Cambodia": "origin", "Thailand": "destination"}
    pool = evidence_of(said)
    q = analyse("Why is Thailand the main country of origin and Cambodia the main destination?")
    found = _swapped_roles(q, pool, set(), {})
    assert found is not None and found[1] is pool[0]
    q = analyse("Kenapa Kamboja jadi negara asal dan Thailand negara tujuan?")  # the roles the sentence gives
    assert _swapped_roles(q, pool, set(), {}) is None
    # roles written before the names are not read as the next name's
    assert roles_of("from the origin country Cambodia to the destination country Thailand", ["Cambodia", "Thailand"]) \
        == {}
