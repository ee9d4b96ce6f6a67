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


def test_a_manner_adverb_before_the_act_asked_is_no_act():
    # ("who formally opened …": the act is "opened"; "siapa yang secara resmi membuka …": "membuka")
    from tipbot.answering.analysis import asked_act
    for message, act in (("Who formally opened the first WG on GTCM meeting?", "opened"),
                         ("who first proposed the new working group?", "proposed"),
                         ("siapa yang secara resmi membuka rapat pertama WG on GTCM?", "membuka")):
        assert asked_act(analyse(message)) == act, message


def test_the_paper_named_with_a_modifier_is_still_the_paper_a_coverage_question_asks_of():
    # ("the paper's own text", "the paper text", "the paper itself", "paper ini sendiri": the paper, whose own
    # passages answer whether it speaks of the topic)
    for message in ("Is Sihanoukville mentioned anywhere in the paper's own text?",
                    "Is Sihanoukville mentioned in the paper text?",
                    "does the paper itself mention Sihanoukville?",
                    "paper ini sendiri nyebut Sihanoukville gak?"):
        assert analyse(message).coverage == "Sihanoukville", message


def test_an_indonesian_stative_passive_names_no_doer():
    # ("terbentuk", typed "kebentuk": the subject was formed; a word that only begins so is none, nor a spoken
    # "ke-" verb whose subject acts, "ketemu")
    from tipbot.query import stative_verb
    assert all(stative_verb(w) for w in ("terbentuk", "kebentuk", "tercatat", "ketangkep"))
    assert not any(stative_verb(w) for w in ("kedua", "keluar", "teras", "kemarin", "ketemunya"))
