"""Reader rules of the thirty-third session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from dataclasses import replace

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize

from .test_reader_rules_s31 import _sentence


def _idf(*texts: str) -> dict[str, float]:
    return {t: 2.0 for text in texts for t in tokenize(text)}


def test_an_intervals_date_that_a_passage_gives_is_one_of_its_events_not_a_false_premise():
    from tipbot.answering.answerability import _other_date

    q = analyse("how many days after the harbour board's 22 Aug 2023 release was the harbour board's meeting?")
    assert q.interval
    release = _sentence("A text dated 22 August 2023 cannot name several later things.", "d1", "digest")
    meeting = _sentence("On 4 September 2023 the harbour board held its meeting with the port police.")
    idf = _idf(release.text, meeting.text, q.text)
    assert _other_date(q, [meeting, release], set(tokenize(q.text)), idf) is None
    # (a date no passage gives is still corrected by the sentence on the event)
    q = analyse("how many days after the harbour board's 21 Aug 2023 release was the harbour board's meeting?")
    assert _other_date(q, [meeting], set(tokenize(q.text)), idf) is not None


def test_a_span_is_dated_by_one_source_only_from_sentences_that_fit_its_events():
    from tipbot.answering.extractive import event_dates

    council = _sentence("At the 22nd harbour council session in mid-July 2022, the pilots asked for cooperation.")
    met = _sentence("On September 4 2023, the embassy met with the head of the city police.", position=1)
    group = _sentence("Harbour working group: working group of the harbour council. First meeting: Jakarta, 20 March "
                      "2023.", "g1", "glossary")
    pool = [council, met, group]
    idf = _idf(*(e.text for e in pool))
    parts = ["the 22nd harbour council session", "the first meeting of the harbour working group"]
    chosen = event_dates(pool, pool, parts, "en", idf)
    assert [e.text for e in chosen] == [council.text, group.text]


def test_a_body_credited_with_a_count_must_be_named_by_the_figures_sentence():
    from tipbot.answering.answerability import uncredited

    q = analyse("how many harbour workers did the IOM bring home in 2022?")
    para = ("In 2017, data from IOM recorded 970 harbour victims. The embassy repatriated 52 harbour workers in "
            "2022.")
    other = _sentence("The embassy repatriated 52 harbour workers in 2022.", position=1)
    other.passage = replace(other.passage, chunk=replace(other.chunk, text=para))
    assert uncredited(q, other, [other]) == ["IOM"]
    own = _sentence("The IOM brought home 52 harbour workers in 2022.")
    assert uncredited(q, own, [own]) == []
    # (a digest speaks of its source throughout: the source's record names the body)
    digest = _sentence("It brought home 52 harbour workers in 2022.", "d1", "digest")
    record = replace(digest.chunk, id="r1", kind="reference", text="IOM (2023). Harbour returns report.")
    assert uncredited(q, digest, [digest], [digest.chunk, record]) == []
    # (an acronym the glossary spells out as a common noun is a topic, not a body)
    q = analyse("how many TPPO harbour victims were there in 2022?")
    assert uncredited(q, other, [other], aliases={"TPPO": ["Crime of trafficking in persons"]}) == []


def test_a_sentence_whose_pronoun_stands_for_the_act_before_it_gives_that_acts_aim():
    from tipbot.answering.analysis import holds_phrase
    from tipbot.answering.selection import ANAPHORIC_SUBJECT, ReaderConfig, candidates
    from tipbot.schema import Passage

    text = ("The 2014 harbour amendment extended protection to pilots. It did so to help uncover organised "
            "smuggling.")
    assert holds_phrase("causal", "it did so to help uncover organised smuggling.")
    assert ANAPHORIC_SUBJECT.match("It did so to help uncover organised smuggling.")
    q = analyse("why did the 2014 harbour amendment extend protection to pilots?")
    chunk = _sentence(text, "d1", "digest").chunk
    chunk = replace(chunk, text=text)
    q_tokens = set(tokenize("2014 harbour amendment extend protection pilots"))
    out = candidates(q, q_tokens, [], [Passage(chunk=chunk, score=0.5)], _idf(text), {}, ReaderConfig())
    aim = next(e for e in out if e.text.startswith("It did so"))
    assert aim.parts["terms"] > 0.5 and aim.parts["type"] == 1.0


def test_a_digests_sentences_hold_the_document_the_digest_is_of():
    from tipbot.answering.selection import ReaderConfig, candidates
    from tipbot.schema import Passage

    text = "**Definition:** harbour smuggling means recruiting, moving or hiding a person."
    digest = replace(_sentence(text, "d1", "digest").chunk, title="Harbour Law Number 21 of 2007 on Smuggling",
                     text=text)
    q = analyse("under Law 21/2007's definition, which acts count as harbour smuggling?")
    out = candidates(q, set(tokenize(q.text)), [], [Passage(chunk=digest, score=0.5)], _idf(text), {},
                     ReaderConfig())
    assert out[0].parts["constraints"] == 1.0


def test_a_statement_that_a_document_was_changed_by_another_is_checked_against_what_changed_it():
    from tipbot.answering.answerability import _instrument_document, other_instrument

    q = analyse("Perpres 69/2008 soal gugus tugas pelabuhan itu diubah lewat Perpres 19/2023 kan?")
    assert _instrument_document(q, list(q.constraints.documents)) == "19/2023"
    entry = _sentence("Perpres: Presidential Regulation. Examples: Perpres 19/2023 (harbour plan); Perpres 69/2008 "
                      "(harbour task force), amended by Perpres 22/2021 and Perpres 49/2023.", "g1", "glossary")
    assert other_instrument(q, [entry]) is entry
    q = analyse("Perpres 69/2008 soal gugus tugas pelabuhan itu diubah lewat Perpres 22/2021 kan?")
    assert other_instrument(q, [entry]) is None


def test_indonesian_chat_make_is_pakai_and_a_kompleks_is_a_compound():
    from tipbot.answering.analysis import normalise
    from tipbot.query import translate_terms

    assert "pakai" in normalise("trus paper make UU itu buat apa?", "id")
    assert "compound" in translate_terms("kompleks")
    assert "research" in translate_terms("riset")


def test_a_body_is_named_by_its_acronym_or_its_whole_name_not_by_most_of_its_words():
    from tipbot.answering.answerability import uncredited

    q = analyse("how many harbour workers did HWPA place in 2022?")
    ev = _sentence("The embassy repatriated 172 Harbour Workers in 2022 for the Protection office.")
    aliases = {"HWPA": ["Harbour Workers Protection Agency"]}
    assert uncredited(q, ev, [ev], aliases=aliases) == ["HWPA"]
    whole = _sentence("The Harbour Workers Protection Agency placed 172 workers in 2022.")
    assert uncredited(q, whole, [whole], aliases=aliases) == []


def test_a_city_of_a_country_qualifies_a_thing_named_with_the_country():
    from tipbot.answering.answerability import _speaks_of

    ev = _sentence("On 4 September 2023 the embassy met the head of the Phnom Penh Regional Police.")
    assert _speaks_of(ev, [ev], "Cambodia", set(tokenize("police")))
    assert not _speaks_of(ev, [ev], "Thailand", set(tokenize("police")))


def test_kb_is_the_knowledge_base_in_each_language_s_words():
    from tipbot.answering.analysis import normalise

    assert "knowledge base" in normalise("quick summary of what the KB knows about the harbour", "en")
    assert "basis pengetahuan" in normalise("plus catatan KB soal angka pelabuhan", "id")  # (in its own language)
    assert "kb" in normalise("berapa kb ukurannya", "id")


def test_a_summary_or_a_list_computes_nothing():
    assert analyse("ringkas data pelabuhan, plus catatan soal angkanya").arithmetic == ""
    assert analyse("what's 62 plus 1,138 harbour victims?").arithmetic == "sum"


def test_what_the_knowledge_base_says_is_no_ones_reported_statement():
    from tipbot.answering.answerability import speech_parts

    assert speech_parts("what does the knowledge base say about the harbour embassy?") is None
    assert speech_parts("apa kata basis pengetahuan soal kedutaan pelabuhan?") is None
    assert speech_parts("what did the harbour minister say about the embassy?") is not None


def test_a_summary_that_names_a_thing_with_a_country_draws_on_a_sentence_that_speaks_of_it():
    from tipbot.answering.extractive import with_each_qualified

    q = analyse("summarise what the sources say about the harbour embassy: its reports and meetings with Cambodian "
                "police")
    assert ("Cambodia", "police") in q.constraints.qualified
    reports = _sentence("The harbour embassy received 75 reports.", score=0.9)
    met = _sentence("On 4 September 2023 the harbour embassy met the head of the Phnom Penh Regional Police.",
                    "p2", score=0.4)
    assert with_each_qualified(q, [reports], [reports, met]) == [reports, met]


def test_an_ordinal_written_as_a_word_numbers_a_label():
    from tipbot.answering.answerability import labelled_numbers

    assert (set(tokenize("edition")), "5") in labelled_numbers("The fifth edition of the harbour report.", "en")
    assert any(n == "1" for _, n in labelled_numbers("laporan pelabuhan 2020 itu edisi pertama ya?", "id"))


def test_a_summary_covers_each_thing_its_message_lists():
    from tipbot.answering.extractive import facets, with_each_facet

    q = analyse("tl;dr of the harbour method section? approach, steps, how they checked validity")
    assert len(facets(q)) >= 3
    approach = _sentence("The harbour study uses a qualitative approach.", section="2. Method")
    steps = _sentence("Its procedure has three steps.", position=1, section="2. Method")
    validity = _sentence("Triangulation is used to check the validity of the data.", position=2, section="2. Method")
    elsewhere = _sentence("Validity of harbour permits is checked yearly.", "p1", position=3, section="3. Results")
    idf = _idf(*(e.text for e in (approach, steps, validity, elsewhere)))
    out = with_each_facet(q, [approach, steps], [approach, steps, validity, elsewhere], idf)
    assert out == [approach, steps, validity]


def test_a_month_the_question_already_gives_is_no_date_to_answer_with():
    from tipbot.answering.selection import type_fit

    q = analyse("when exactly was the 22nd harbour meeting held? the paper just says mid-July 2022")
    echo = _sentence("The 22nd harbour meeting took place in mid-July 2022.")
    exact = _sentence("The 22nd harbour meeting was held by video conference on 19–21 July 2022.", "g1", "glossary")
    assert type_fit(exact, q, q_tokens=set(), idf={}) > type_fit(echo, q, q_tokens=set(), idf={})


def test_a_count_of_people_does_not_answer_how_many_cases():
    from tipbot.answering.answerability import counts_other_kind

    q = analyse("besides the ferry case, how many other smuggling cases did the harbour police handle in 2023?")
    people = _sentence("The harbour police arrested 12 suspects in the ferry case (Police, 2023).")
    assert counts_other_kind(q, [people]) == ("cases", "suspects")
    cases = _sentence("The harbour police handled 40 smuggling cases in 2023.")
    assert counts_other_kind(q, [people, cases]) is None
    assert counts_other_kind(analyse("how many suspects did the harbour police arrest?"), [people]) is None
    # (a count of cases answers a question that counts victims: users call the cases victims)
    assert counts_other_kind(analyse("how many victims did the harbour police record?"), [cases]) is None


def test_an_inline_list_whose_items_hold_an_and_of_their_own_is_split_at_its_commas():
    from tipbot.answering.selection import split_enumeration

    text = ("The harbour plan has four areas: inspection, crew protection, licensing and prosecution, and regional "
            "and national coordination.")
    assert split_enumeration(text) == ["inspection", "crew protection", "licensing and prosecution",
                                       "regional and national coordination"]


def test_a_list_of_as_many_items_as_the_question_counts_answers_it_among_the_best_sentences():
    from tipbot.answering.selection import ReaderConfig, structured_list

    q = analyse("what are the 4 areas of the harbour plan?")
    assert q.count == 4
    pool = [_sentence("The harbour plan was adopted in 2017.", score=0.9),
            _sentence("It was signed in Manila.", position=1, score=0.85),
            _sentence("Nine bodies endorsed it.", position=2, score=0.8),
            _sentence("It has four areas: inspection, crew protection, licensing and prosecution, and regional "
                      "coordination.", position=3, score=0.6)]
    found = structured_list(q, pool, [], ReaderConfig())
    assert found is not None and len(found.items) == 4


def test_an_interrogative_determiner_before_a_plural_noun_asks_for_a_list():
    assert analyse("Which areas does the harbour plan cover?").answer_type == "list"
    assert analyse("what kinds of smuggling does the harbour report name?").answer_type == "list"
    assert analyse("what status does the harbour law have?").answer_type != "list"
    assert analyse("what happens next at the harbour?").answer_type != "list"


def test_what_a_source_means_for_the_paper_does_not_ask_for_the_paper():
    q = analyse("summarise the harbour report's Cambodia chapter and why it matters for the paper")
    assert not q.wants_paper
    assert analyse("according to the paper, what does the harbour report say?").wants_paper


def test_a_span_of_days_is_answered_whole():
    from tipbot.answering.compose import direct_answer

    q = analyse("when was the 22nd harbour meeting held?")
    ev = _sentence("The 22nd harbour meeting was held by video conference, 19–21 July 2022.")
    assert direct_answer(q, ev, set(tokenize(q.text))) == "19–21 July 2022"
