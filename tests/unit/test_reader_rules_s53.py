"""Reader rules of the fifty-second session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_an_indonesian_count_asked_after_its_topic_counts_the_topic():
    # (topic and comment: the noun before the interrogative is what is counted when no noun follows it, or only a
    # relative clause's verb does: "… itu berapa yang berhasil dikembalikan?")
    for message, head in (("paspor WNI yg disita itu udah brp yg berhasil dikembaliin?", "paspor"),
                          ("korban yg dipulangkan dari kamboja ada brp?", "korban"),
                          ("jadi total korbannya brp kak?", "korban"),
                          ("laporan yg masuk ke KBRI itu brp yg terindikasi TPPO?", "laporan")):
        assert analyse(message).head == head, message
    # (a noun after the interrogative, or after its relative word, is still the head)
    assert analyse("WNI yang diselamatkan Satgas itu berapa orang?").head == "orang"
    assert analyse("berapa yang perempuan?").head == "perempuan"


def test_a_question_to_the_assistant_about_what_it_is_for_asks_what_it_does():
    # (words for asking and for what the assistant is built or used for, addressed to it, are its workings: list
    # ``conversation`` "workings"; a preface about starting is too)
    for message in ("Hi! First things first: who are you and what kinds of things are you made to answer?",
                    "what sort of questions are you built for?",
                    "halo min, aku relawan di LSM, biasanya bot ini dipake buat nanya apa aja?",
                    "kamu biasanya dipakai buat pertanyaan apa?"):
        assert analyse(message).kind == "capabilities", message
    # (not addressed to the assistant: a question about the paper)
    assert analyse("what sort of questions does the paper ask?").kind == "question"


def test_a_farewell_closes_a_chat_as_thanks_do():
    # (list ``conversation`` "thanks": the well-wishes and farewells that close a chat)
    for message in ("great, thanks - logging off now", "oke makasih ya kak, aku pamit dulu",
                    "ok that's everything, signing off"):
        assert analyse(message).kind == "thanks", message
