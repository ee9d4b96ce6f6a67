"""Reader rules of the forty-second session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.query import translate_terms


def test_colloquial_spellings_of_a_word_are_read_as_its_standard_form():
    # the final syllable's "e" for "a" (catet, tangkep, dateng), "-e" for "-ai" (pake), a dropped "h" (itung,
    # ilang, liat), "ke-" for "ter-" (kejebak, ketipu) and "ny-" for a root's "c" (nyatet)
    assert "record" in translate_terms("nyatet")
    assert "arrest" in translate_terms("nangkep")
    assert "trapped" in translate_terms("kejebak")
    assert "come" in translate_terms("dateng")
    assert "count" in translate_terms("itung")
    assert any(w in translate_terms("dipake") for w in ("use", "used", "employ"))
    assert any(w in translate_terms("liat") for w in ("see", "look", "behold", "browse"))
    assert any(w in translate_terms("nyelametin") for w in ("rescue", "save", "saved"))
    assert any(w in translate_terms("ilang") for w in ("lose", "lost", "disappear"))
    # a word listed as it is keeps its own meaning
    assert "come" in translate_terms("datang") and "arrest" in translate_terms("menangkap")


def test_common_words_the_general_list_leaves_out_are_rendered():
    assert "participants" in translate_terms("peserta")
    assert "instrument" in translate_terms("instrumen")
    assert "details" in translate_terms("rincian")
    assert "adoption" in translate_terms("adopsi")
    assert "session" in translate_terms("sesi")


def test_a_tie_of_function_words_is_broken_by_the_words_only_one_language_holds():
    from tipbot.answering.analysis import question_language

    assert question_language("bedanya satgas sama WG on ferry apa?")[0] == "id"
    assert question_language("my lecturer wont check, just summarize")[0] == "en"


def test_the_act_whose_doer_is_asked_is_a_regular_past_or_an_affixed_verb():
    from tipbot.answering.analysis import actor_act, analyse

    assert actor_act(analyse("Who funded the harbour survey?")) == "funded"
    assert actor_act(analyse("siapa yang membuka pelabuhan ferry itu?")) == "membuka"
    assert actor_act(analyse("Who led the harbour board?")) == ""  # (an irregular form shares no stem)


def test_a_list_of_those_that_did_not_is_marked():
    from tipbot.answering.analysis import analyse, negated_list

    assert negated_list(analyse("Which harbours did not sign the ferry agreement?"))
    assert negated_list(analyse("pelabuhan mana aja yg gak ikut perjanjian ferry?"))
    assert not negated_list(analyse("Which harbours signed the ferry agreement?"))


def test_things_offered_to_choose_from_are_read_off_a_which_question():
    from tipbot.answering.analysis import offered_alternatives

    assert offered_alternatives("Which is older, the ferry law or the harbour decree?") == ["the ferry law",
                                                                                          "the harbour decree"]
    assert offered_alternatives("pelabuhan mana yang paling ramai: Tanjung, Benoa, atau Bitung?") == [
        "Tanjung", "Benoa", "Bitung"]
    assert offered_alternatives("What did the harbour board say about ferries and crews?") == []


def test_two_days_offered_as_alternatives_ask_a_date_and_assert_none():
    from tipbot.answering.analysis import analyse

    q = analyse("Was the ferry law passed on 3 March or 4 March 2019?")
    assert q.answer_type == "date" and not q.premise


def test_how_long_an_event_took_after_another_asks_an_interval():
    from tipbot.answering.analysis import analyse

    assert analyse("How long did the ferry law take to come into force after it was signed?").interval
    assert analyse("berapa lama waktu yang dibutuhkan UU ferry sampai berlaku setelah disahkan?").interval


def test_asking_whether_the_paper_gives_a_source_asks_for_a_citation():
    from tipbot.answering.analysis import analyse

    q = analyse("Does the paper give any source for the 40 ferries it counts?")
    assert q.answer_type == "source" and not q.coverage
    assert analyse("Does the paper mention the ferry crews?").coverage == "the ferry crews"


def test_a_reference_record_without_a_year_says_no_date():
    from tipbot.documents import reference_text

    text = reference_text({"key": "harbour-office", "authors": "Harbour Office", "year": None,
                           "title": "Uncited harbour information"}, None)
    assert "(n.d.)" in text and "(None)" not in text


def test_a_country_asked_for_is_marked_and_an_ordinal_right_before_to_ranks_an_act():
    from tipbot.answering.analysis import analyse, asks_country, ranked_act

    assert asks_country(analyse("Which country chaired the harbour forum in 2024?"))
    assert asks_country(analyse("forum pelabuhan 2024 ketuanya negara mana?"))
    assert not asks_country(analyse("Who chaired the harbour forum in 2024?"))
    assert ranked_act("Which port was the third to sign the ferry charter?") == 3


def test_a_question_about_a_named_works_own_content_wants_that_source():
    from tipbot.answering.analysis import analyse

    assert analyse("What framework does Karsten's 2019 article use?").wants_source
    assert analyse("artikel Karsten 2019 itu pakai konsep apa?").wants_source
    assert not analyse("What does the paper cite Karsten 2019 for?").wants_source
