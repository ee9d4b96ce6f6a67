"""Reader rules of the fifty-eighth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, confirms, strip_framing, without_unknown_label

_STORE = {"actip", "cambodia", "signed", "declaration"}


def _known(word: str) -> bool:
    return word in _STORE


def test_a_label_of_no_store_word_before_a_question_is_framing():
    assert without_unknown_label("quick math: how many days between the two meetings?", _known) == (
        "how many days between the two meetings?")
    assert without_unknown_label("soal hitungan: berapa hari antara dua rapat itu?", _known) == (
        "berapa hari antara dua rapat itu?")


def test_a_label_of_the_store_s_own_words_is_a_topic_and_stays():
    assert without_unknown_label("ACTIP: when was it signed?", _known) == "ACTIP: when was it signed?"
    # (nor does a label go before a statement, or a longer lead-in)
    assert without_unknown_label("quick math: the two meetings", _known) == "quick math: the two meetings"
    assert without_unknown_label("my teacher wants this now: when was it signed?", _known).startswith("my")


def test_a_confirmation_tag_may_close_a_sentence_the_message_goes_on_after():
    assert confirms("SIMFONI PPA itu sistem punyanya Polri ya? mau kutip di makalah", "id")
    assert confirms("ACTIP was signed in Bali, right? it is for my thesis", "en")
    assert not confirms("SIMFONI PPA itu sistem punya siapa ya? mau kutip", "id")


def test_where_the_user_will_cite_what_they_read_is_their_own_work():
    q = analyse("SIMFONI PPA itu punyanya Polri ya? mau masukin ke skripsi")
    assert "skripsi" not in q.text
    q = analyse("angka IOM di paper itu buat apa? mau kutip di makalah")
    assert q.wants_paper  # (the paper is still named before the purpose)
    # (what the paper itself cites, passive, is no purpose)
    assert "penelitian" in strip_framing("apa saja yang dikutip di penelitian ini?", "id")


def test_a_confirmation_tag_followed_by_more_to_ask_is_no_confirmation():
    assert not confirms("dua penelitian itu beda ya? kok disebut barengan", "id")


def test_a_label_that_asks_for_a_kind_of_answer_is_the_request():
    assert without_unknown_label("quick rundown pls: what does the digest say?", _known).startswith("quick")


def test_a_counted_noun_per_another_compares_the_two_whatever_their_kind():
    from tipbot.answering.answerability import compared_nouns, divisor_noun

    q = analyse("rata2 brp korban per tersangka di kasus itu?")
    nouns = compared_nouns(q)
    assert len(nouns) == 2 and "korban" in nouns[0] and "tersangka" in nouns[1]
    assert divisor_noun(q, nouns) == 1


def test_a_decade_typed_without_its_hyphen_and_a_chat_abbreviation_are_normalised():
    from tipbot.answering.analysis import normalise

    assert "1880-an" in normalise("dari thn 1880an sampe 2000", "id")
    assert "kurang lebih" in normalise("jaraknya kurleb brp thn?", "id")
    assert analyse("what is the title of this paper?").about_document
    assert not analyse("what is the title of the SBMI article?").about_document


def test_the_last_word_of_a_name_typed_alone_is_a_name():
    from tipbot.answering.analysis import recaser

    recased = recaser({"listyo sigit prabowo": "Listyo Sigit Prabowo", "labuan bajo": "Labuan Bajo"}, frozenset())
    assert recased("perpres itu diteken prabowo kan?") == "perpres itu diteken Prabowo kan?"
    # (an ordinary word that ends a name stays as typed: "bajo" is no dictionary word, "report" is)
    recased = recaser({"global slavery report": "Global Slavery Report"}, frozenset({"report"}))
    assert recased("which report?") == "which report?"


def test_located_places_leave_out_months():
    from tipbot.answering.selection import located_places

    assert located_places("at the 42nd Summit in May and in Labuan Bajo") == ["Labuan Bajo"]


def test_spoken_nasal_forms_and_everyday_words_are_translated():
    from tipbot.query import translate_terms

    assert "criticize" in translate_terms("ngritik")  # (the root's "k" before "r": mengkritik)
    assert "airport" in translate_terms("bandara")
    assert "founded" in translate_terms("berdiri")
    assert "regulation" in translate_terms("aturannya")
    assert "monitor" in translate_terms("mantau")
