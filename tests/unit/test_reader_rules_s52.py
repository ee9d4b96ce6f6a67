"""Reader rules of the fifty-first session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_a_greeting_that_opens_a_message_is_no_term():
    # (any greeting of the conversation lists, with the words addressing the assistant after it, up to its comma)
    for message, kept in (("assalamualaikum kak, kapan ACTIP diteken?", "kapan ACTIP diteken?"),
                          ("selamat siang min! siapa Kapolri?", "siapa Kapolri?"),
                          ("good evening tipbot, when was ACTIP signed?", "when was ACTIP signed?")):
        assert analyse(message).text == kept, message
    # (a word after it that addresses no one makes it no greeting: "Malam itu" is that night)
    assert analyse("Malam itu, apa yang dibahas?").text.startswith("Malam itu")


def test_who_the_answer_is_for_is_an_instruction_not_a_term():
    # (list audiences: "buat orang awam", "for a beginner" say how to write the answer)
    for message in ("jelasin isi ACTIP buat orang awam dong", "explain ACTIP for a beginner please"):
        text = analyse(message).text.lower()
        assert "awam" not in text and "beginner" not in text and "actip" in text, text


def test_a_summary_of_the_paper_with_no_topic_left_is_what_the_paper_is_about():
    # (framing around the request, and words of the user's own, leave no topic: the abstract answers)
    for message in ("assalamualaikum, kak boleh jelasin paper ini buat pemula gak? aku bukan anak HI",
                    "good morning! can you explain this paper for a layperson? I'm not from IR"):
        assert analyse(message).kind == "about", message
    assert analyse("jelasin soal ACTIP di paper ini dong").kind == "question"


def test_thanks_for_what_was_given_is_thanks():
    # (courtesy: what thanks are for, "penjelasannya", "infonya", "for the explanation")
    for message in ("oke siap kak, makasih penjelasannya, mantap", "sip makasih infonya ya kak",
                    "thanks for the explanation!"):
        assert analyse(message).kind == "thanks", message


def test_a_root_h_dropped_after_its_nasal_prefix():
    # (spoken Indonesian: "ngitung" for "menghitung", "ngapus" for "menghapus", "ngadepin" for "menghadapi")
    from tipbot.query import translate_terms
    for word, meaning in (("ngitung", "count"), ("ngapus", "delete"), ("ngadepin", "face"),
                          ("ngasilin", "produce")):
        assert meaning in translate_terms(word), word


def test_the_past_of_an_irregular_verb_is_the_same_act():
    from tipbot.answering.answerability import _irregular_forms
    from tipbot.keyword import tokenize
    for base, past in (("hold", "held"), ("lead", "led"), ("bring", "brought"), ("withdraw", "withdrew")):
        assert set(tokenize(past)) <= _irregular_forms()[tokenize(base)[0]], base


def test_a_labelled_item_lists_what_its_label_names():
    # (a digest's "**Victims:** …" item answers "what does it promise victims, list them")
    from tipbot.answering.selection import labelled_by
    from tipbot.keyword import tokenize
    assert labelled_by("**Victims:** stronger regional efforts to identify victims", set(tokenize("victims")))
    assert not labelled_by("**Existing instruments:** effective implementation of ACTIP",
                            set(tokenize("victims")))
    assert not labelled_by("Victims: stronger regional efforts", set(tokenize("victims")))


def test_an_acronym_and_a_name_joined_by_a_conjunction_are_two_names():
    # (an acronym is a whole name: "ACTIP dan Protokol Palermo" compares two; a name with "and" inside stays one)
    assert analyse("bedanya ACTIP dan Protokol Palermo apa?").constraints.names == ["ACTIP", "Protokol Palermo"]
    assert analyse("What is the Ministry of Women Empowerment and Child Protection?").constraints.names == [
        "Ministry of Women Empowerment and Child Protection"]


def test_an_indonesian_name_with_its_head_noun_first_names_the_english_term():
    from tipbot.answering.extractive import names_term
    assert names_term("Protokol Palermo", "Palermo Protocol")
    assert names_term("Palermo Protocol", "Palermo Protocol")
    assert not names_term("Protokol Palermo", "ACTIP")


def test_a_question_asked_after_leave_to_ask_is_the_question():
    # (a greeting and "boleh nanya" with no question stay a greeting; one asked after the leave is answered)
    for message, kept in (("pagi kak, boleh tanya ya. paper ini nyebut Thailand gak?", "Thailand"),
                          ("halo kak, mau nanya: siapa yang membuka rapat perdana WG on GTCM?", "WG on GTCM")):
        q = analyse(message)
        assert q.kind == "question" and kept in q.text, message
    assert analyse("halo kak, aku mhs HI lagi nyusun makalah, boleh nanya2 soal paper ini ya").kind == "greeting"


def test_a_sentence_of_thanks_before_a_question_is_no_part_of_it():
    # (thanks for an earlier time, "makasih yg kemarin", "thanks for yesterday", is courtesy)
    for message, kept in (("pagi kak, makasih yg kemarin. mau tanya: siapa yang membuka rapat perdana WG on GTCM?",
                           "siapa yang membuka rapat perdana WG on GTCM?"),
                          ("Thanks for yesterday! When was ACTIP signed?", "When was ACTIP signed?")):
        assert analyse(message).text == kept, message
