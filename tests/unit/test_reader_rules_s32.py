"""Reader rules of the thirty-first session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.keyword import tokenize

from .test_reader_rules_s31 import _sentence


def test_the_act_a_premise_credits_its_body_with_is_read_in_either_voice():
    from tipbot.answering.answerability import asserted_actor, claimed_act

    q = analyse("Satgas Pelabuhan itu dipimpin langsung sama Kapolda ya?")
    assert asserted_actor(q) == "Kapolda"  # (an adverb between the passive verb and its agent)
    assert claimed_act(q, "Kapolda") == "dipimpin"
    q = analyse("the Harbour Task Force is led by the Kapolda, right?")
    assert claimed_act(q, asserted_actor(q)) == "led"
    q = analyse("why did Anika Putri release the 2023 Harbour Report in June?")
    assert claimed_act(q, asserted_actor(q)) == "release"
    # (the subject of a passive whose auxiliary went with the question's opening credits no act of its own)
    assert asserted_actor(analyse("was the Harbour Task Force set up by the Kapolda?")) == "Kapolda"


def test_a_sentence_that_tells_the_act_settles_who_did_it_whatever_its_neighbours_say():
    from tipbot.answering.answerability import telling_act

    q = analyse("the Harbour Task Force is led by the Kapolda, right?")
    entry = _sentence("Harbour Task Force: Police task force set up by the Kapolda on 5 June 2023. The central force "
                      "is led by the Vice Head of Reskrim (Wakareskrim).", "g1", "glossary",
                      section="Harbour Task Force")
    idf = {t: 1.0 for t in tokenize(entry.text + " " + q.text)}
    anchor = set(tokenize(q.text)) - {"kapolda"}
    told = telling_act(q, "Kapolda", [entry], anchor, idf)
    assert told is not None and told[0].startswith("The central force is led")
    # (a sentence that names the doer as the agent comes before one that only tells the act)
    q = analyse("why did Anika Putri release the 2023 Harbour Report in June?")
    plain = _sentence("This is a chapter of the 2023 Harbour Report, released in June 2023.", "d1", "digest")
    agent = _sentence("The 2023 Harbour Report was released by Secretary Dana Whitfield on 15 June 2023.", "d2",
                      "digest")
    idf = {t: 1.0 for t in tokenize(plain.text + agent.text + q.text)}
    told = telling_act(q, "Anika Putri", [plain, agent], set(tokenize(q.text)) - {"anika", "putri"}, idf)
    assert told is not None and told[1] is agent
    # (a verb with which sources report any figure is no act: a figure's clause says whose it is)
    q = analyse("why did Anika Putri report 1,138 harbour victims?")
    assert telling_act(q, "Anika Putri", [agent], set(tokenize(q.text)), idf) is None


def test_the_total_of_two_counts_the_question_gives_is_their_sum():
    assert analyse("data 2017: 970 anak perempuan & 5.907 perempuan di pelabuhan. totalnya jadi brp?").arithmetic \
        == "sum"
    assert analyse("the harbour logged 412 girls and 3,100 women - what's the total?").arithmetic == "sum"
    # (a total the question gives the part of, or a total asked with one count, is no sum)
    assert analyse("of the 4,761 harbour complaints 56 were trafficking, what's the total?").arithmetic != "sum"
    assert analyse("what's the total number of harbour victims?").arithmetic != "sum"


def test_a_part_of_a_given_total_named_by_its_clause_needs_a_figure_beside_those_words():
    from tipbot.answering.answerability import part_counted

    q = analyse("dari 2.605 kasus di pelabuhan, brp yg korbannya dikirim ke Kamboja?")
    assert q.part_of == "2.605" and q.head == ""
    total = _sentence("The harbour registry shows that from 2017 to 2022, 2,605 cases were documented.", position=0)
    victims = _sentence("Around 1,328 of the victims were children.", position=1)
    assert not part_counted(q, [total, victims])  # ("victims" says no part: any figure may count them)
    sent = _sentence("Of these, 212 victims had been sent to Cambodia.", position=1)
    assert part_counted(q, [total, sent])


def test_a_rank_asserted_of_a_country_that_the_sentence_naming_it_gives_otherwise_is_corrected():
    from tipbot.answering.answerability import ranked_otherwise

    q = analyse("Why was Viet Nam the sixth state to deposit its Harbour Convention ratification in 2017?")
    rule = _sentence("The convention takes effect after the sixth member state deposits its instrument.")
    named = _sentence("Viet Nam deposited on 5 January 2017 and Myanmar on 16 January 2017, the fourth and fifth "
                      "states to do so.", position=1)
    assert ranked_otherwise(q, [rule, named]) is named
    # (a sentence naming the country with the rank asked is no correction; nor is a rank of no country)
    right = analyse("Why was Viet Nam the fourth state to deposit its Harbour Convention ratification in 2017?")
    assert ranked_otherwise(right, [rule, named]) is None
    assert ranked_otherwise(q, [rule]) is None


def test_an_office_before_a_persons_name_is_not_part_of_the_name_the_store_must_write():
    from tipbot.answering.answerability import _unknown_title

    bigrams = frozenset({("anika", "rahmawati"), ("rahmawati", "putri")})
    assert not _unknown_title("Deputy Anika Rahmawati", bigrams)
    assert _unknown_title("Deputy Dana Whitfield", bigrams)
    # (a title of the same shape that is not an office is still judged whole)
    assert _unknown_title("Harbour Slavery Index", bigrams)


def test_indonesian_verbs_of_drafting_are_rendered():
    from tipbot.query import translate_terms

    assert "draft" in translate_terms("menyusun")
    assert "draft" in translate_terms("nyusun")


def test_a_unit_acronym_with_an_office_prefix_is_that_units_own_head():
    from tipbot.answering.answerability import heads_unit

    assert heads_unit("Kapolda", "Polda") and heads_unit("Wakareskrim", "Reskrim")
    assert not heads_unit("Wakareskrim", "Kapolda") and not heads_unit("Polda", "Polda")


def test_a_body_typed_in_lower_case_as_a_passives_agent_is_asserted():
    from tipbot.answering.answerability import asserted_actor

    q = analyse("so the harbour task force was set up by the marine ministry right?")
    assert asserted_actor(q, frozenset({"marine ministry", "harbour task force"})) == "marine ministry"
    # (only a body the store writes capitalised)
    assert asserted_actor(q, frozenset()) is None


def test_a_share_written_as_a_fraction_answers_a_share_asked():
    from tipbot.answering.compose import direct_answer
    from tipbot.answering.selection import type_fit

    q = analyse("what share of detected harbour victims in low-income countries are children?")
    assert q.percent
    half = _sentence("**Vulnerability:** in low-income countries about half of detected harbour victims are children.",
                     "d1", "digest")
    assert type_fit(half, q, q_tokens=set(tokenize(q.text)), idf={}) > 0
    assert direct_answer(q, half, set(tokenize(q.text))) == "about half"
    # ("porsi" asks for a share too)
    assert analyse("di negara berpenghasilan rendah porsi korban anak di pelabuhan brp?").percent


def test_a_number_before_a_noun_of_the_answers_form_counts_no_items():
    assert analyse("can u boil the harbour report down to like 5 bullet points?").count is None
    assert analyse("what are the harbour measures? 4 bullet points pls").count is None
    assert analyse("ringkas laporan pelabuhan jadi 3 kalimat aja").count is None
    assert analyse("what are the five harbour strategies?").count == 5


def test_a_request_to_boil_the_paper_down_asks_for_its_summary():
    q = analyse("for my essay: can u boil the whole paper down to like 5 bullet points?")
    assert q.answer_type == "summary" and q.whole_paper


def test_indonesian_words_of_income_and_law_making_are_rendered():
    from tipbot.query import translate_terms

    assert "low-income" in translate_terms("negara berpenghasilan rendah")
    assert "consider" in translate_terms("mempertimbangkan")
    assert "state gazette" in translate_terms("lembaran negara")


def test_a_part_a_sentence_gives_as_included_in_its_total_is_a_part_of_that_total():
    from tipbot.answering.selection import part_of_total

    q = analyse("roughly what share of the harbour estimate is in Asia?")
    text = "It quotes a harbour estimate of at least 49.6 million people worldwide, including 29.3 million in Asia."
    found = part_of_total(text, q, {"asia": 5.0, "harbour": 1.0})
    assert found is not None and found[:2] == ("29.3 million", "49.6 million")


def test_a_body_a_claim_says_something_was_moved_to_is_asserted():
    from tipbot.answering.answerability import asserted_actor

    assert asserted_actor(analyse("sekretariat satgas pelabuhan skrg dipindah ke Kemlu ya kak?")) == "Kemlu"
    assert asserted_actor(analyse("the harbour secretariat was moved to the Marine Ministry, right?")) == \
        "Marine Ministry"
    # (a country it was moved to is no body: the place check reads it)
    assert asserted_actor(analyse("the harbour secretariat was moved to Cambodia, right?")) is None


def test_a_source_named_by_its_noun_author_and_year_is_that_source_not_the_paper():
    q = analyse("artikel Okoro 2019 yg jadi pegangan metode paper ini isinya apa sih?")
    assert not q.wants_paper and q.answer_type == "summary"
    assert analyse("artikel Okoro 2019 isinya apa?").answer_type == "summary"
    assert not analyse("ringkasin dong artikel Okoro 2019 yg dikutip di paper itu").whole_paper
    # (the paper asked about stays the paper; a bare noun of a source may ask for a citation)
    assert analyse("apa kata paper ini tentang Okoro 2019?").wants_paper
    assert analyse("sumbernya tentang apa?").answer_type != "summary"


def test_a_summary_of_what_the_paper_and_its_sources_say_draws_on_both():
    assert analyse("rangkum dong semua yg dibahas paper & sumbernya soal rapat pelabuhan").with_sources
    assert analyse("summarise what the paper and its sources say about the harbour meeting").with_sources
    assert not analyse("summarise what the paper says about the harbour meeting").with_sources


def test_a_bracket_restating_figures_for_another_year_pairs_them_by_place():
    from tipbot.answering.compose import operands

    q = analyse("how many fewer harbour workers did foreign governments deport in 2016 than in 2015?")
    assert q.arithmetic == "difference"
    both = _sentence("In 2016 the harbour ministry repatriated 13,714 nationals and foreign governments deported "
                     "27,855 (in 2015: 9,039 and 85,490).", "d1", "digest")
    found = sorted(raw for raw, _ in operands(q, [both], set(tokenize(q.text))))
    assert found == ["27,855", "85,490"]


def test_an_ordinal_before_a_participle_is_an_adverb_not_a_rank():
    assert analyse("how many years passed between harbour leaders first asking their ministers to consider a "
                   "convention and it entering into force?").rank == 0
    assert analyse("why was Viet Nam the first harbour state to ratify it?").rank == 1


def test_the_day_of_a_date_is_no_figure_the_question_gives():
    q = analyse("satgas pelabuhan per 10 Okt 2023 nyelametin 2.778 korban & netapin 1.037 tersangka. rata2 brp "
                "korban per tersangka?")
    assert q.arithmetic == "ratio"


def test_two_units_of_one_date_joined_ask_for_one_date():
    q = analyse("what month and year did Okoro's harbour methods article come out?")
    assert q.parts == [] and q.answer_type == "date"


def test_a_digest_item_whose_label_the_question_names_whole_answers_it():
    from tipbot.answering.extractive import labels_item

    item = _sentence("**Funding:** the state budget (APBN), regional budgets (APBD) and other lawful sources.", "d1",
                     "digest")
    item.passage.chunk.text = "## Key provisions\n- " + item.text
    from tipbot.query import translate_terms

    q = analyse("rencana pelabuhan itu sumber dananya dari mana aja?")
    assert labels_item(item, set(tokenize(" ".join(translate_terms(q.text)))))
    assert not labels_item(item, set(tokenize("where does the harbour plan come from?")))


def test_indonesian_verbs_of_publishing_are_rendered():
    from tipbot.query import translate_terms

    assert "published" in translate_terms("terbit")


def test_a_one_word_adverb_of_result_in_the_first_clause_gives_a_consequence():
    from tipbot.answering.selection import gives_consequence

    assert gives_consequence("Their quality and trustworthiness are therefore open to doubt.")
    assert gives_consequence("Many harbour reviews are thus weak.")
    assert not gives_consequence("So far the harbour police have arrested 12.")
    assert not gives_consequence("The harbour police arrested 12 suspects, and the court later freed them.")


def test_a_question_of_where_a_law_named_by_its_number_was_published_is_not_about_the_paper():
    assert not analyse("which State Gazette number was Law 13/2006 published in?").about_document
    assert analyse("when was this paper published?").about_document


def test_the_word_joining_a_ranges_ends_is_no_counted_noun():
    assert analyse("halaman berapa sampai berapa?").head == ""
    assert analyse("halaman brp sampe brp?").head == ""
    assert analyse("berapa korban di pelabuhan?").head == "korban"
