"""Rules of the tenth session: chat laughter and interjections are filler; chat shortenings of common words."""

from __future__ import annotations


def test_laughter_of_any_length_is_shortened_to_the_word_lists_form():
    from tipbot.answering.analysis import normalise

    assert normalise("aku males baca full hehehe", "id").endswith(" hehe")
    assert normalise("wkwkwk gimana sih", "id").startswith("wkwk ")
    assert normalise("Hahaha which law?", "en").startswith("haha ")
    # a word that only begins like laughter stays as written
    assert "hawaii" in normalise("the hawaii office?", "en")


def test_laughter_and_interjections_are_filler_never_a_missing_term():
    from tipbot.answering.analysis import analyse, stopwords

    for word in ("hehe", "wkwk", "haha"):
        assert word in stopwords("id"), word
    for word in ("haha", "lmao", "hmm"):
        assert word in stopwords("en"), word
    q = analyse("ringkasin dong section 3.4 yg soal working group di ASEAN, aku males baca full hehehe")
    assert q.answer_type == "summary"


def test_chat_shortenings_of_social_media_and_indonesia_read_as_their_words():
    from tipbot.answering.analysis import normalise

    assert "media sosial" in normalise("lewat sosmed apa aja", "id")
    assert "media sosial" in normalise("direkrut lewat medsos ya?", "id")
    assert "indonesia" in normalise("pemerintah indo ngapain aja", "id").split()


def test_a_request_for_a_breakdown_is_no_foreign_thing_the_sources_must_name():
    from tipbot.answering.answerability import foreign_words

    vocab = {"victim": 1.0, "percent": 1.0, "child": 1.0}
    assert foreign_words("data itu breakdown korbannya berapa persen anak?", vocab) == []
    assert foreign_words("korban direkrut lewat tiktok ya?", vocab) == ["tiktok"]


def test_berapaan_asks_how_many():
    from tipbot.answering.analysis import analyse

    assert analyse("pesertanya berapaan orang?").answer_type == analyse("pesertanya berapa orang?").answer_type

