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
