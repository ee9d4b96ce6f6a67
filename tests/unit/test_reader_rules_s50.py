"""Reader rules of the forty-ninth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_chat_abbreviations_of_time_words():
    # ("th" for tahun, "stlh" for setelah, "sblm" for sebelum, "sampe" for sampai, as typed in chat)
    question = analyse("MoU polri-kamboja itu berlaku sampe th brp?")
    assert question.answer_type == "date"
    assert "tahun berapa" in question.text and "sampai" in question.text
    assert "setelah" in analyse("brp hari stlh itu?").text
    assert "sebelum" in analyse("brp hari sblm AMMTC?").text


def test_percentages_named_as_what_to_compute_with_ask_no_share():
    question = analyse("Using the SIMFONI percentages, roughly how many of the 2,605 cases involved men?")
    assert not question.percent and question.arithmetic == "share"
    assert analyse("What percentage of the 2,605 cases involved men?").percent


def test_a_message_about_the_assistants_own_workings_asks_what_it_does():
    # (word list conversation "workings": its replies and their language, who checks them, what it keeps)
    for message in ("are your answers checked by a human before I see them?", "kak bisa jawab pake bahasa jawa gak?",
                    "makasih kak, btw data obrolan aku disimpen gak?", "do you speak english?"):
        assert analyse(message).kind == "capabilities", message
    # (not a question about the sources that uses such a word)
    for message in ("what language is the paper written in?", "apakah data SIMFONI disimpan?",
                    "can you answer in Indonesian: when was ACTIP signed?"):
        assert analyse(message).kind == "question", message


def test_well_wishes_that_close_a_chat_are_thanks():
    for message in ("makasih banyak kak, sukses terus yaa 🙏", "thanks, have a nice day!",
                    "thank you so much, good luck!", "oke makasih, semangat ya kak", "semoga sukses kak"):
        assert analyse(message).kind == "thanks", message
