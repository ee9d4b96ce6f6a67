"""Reader rules of the fifty-fourth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, normalise


def test_english_contractions_typed_without_their_apostrophe():
    # ("whats", "whos", "dont": chat English drops the apostrophe; the words are the contractions)
    assert normalise("whats the name of the harbour chief? i dont know it", "en") == \
        "what's the name of the harbour chief? i don't know it"
    assert normalise("Whos the minister and wheres the office?", "en") == "Who's the minister and where's the office?"
    # (the interrogative then reads as written with it: a name asked, not the place of a relative clause)
    for message in ("whats the name of the director of the port where the boats were seized?",
                    "quick q: whats the name of the head of the shelter where the children stayed?"):
        assert analyse(message).answer_type == analyse(message.replace("whats", "what's")).answer_type, message
        assert analyse(message).answer_type != "place", message
    # (a word that is already English stays: "its", "lets", "wont" are words of their own)
    assert normalise("its budget lets the agency act", "en") == "its budget lets the agency act"


def test_a_conjunction_after_an_indonesian_count_is_no_noun_counted():
    # ("… berapa lalu …", "… berapa terus …": a conjunction joining the message's two questions, no head)
    for message in ("indeks kemiskinan 2019 berapa trus targetnya 2024 brp?",
                    "jumlah kasus tahun 2020 berapa, kemudian tahun 2021 berapa?",
                    "angka 2018 berapa tapi angka 2019 berapa?"):
        assert analyse(message).head not in ("lalu", "kemudian", "tapi"), message
    assert analyse("berapa korban tahun 2019, lalu tahun 2020 berapa?").head == "korban"


def test_a_verb_that_characterises_what_is_counted_names_no_act():
    from tipbot.answering.analysis import counted_act

    # ("described as", "considered", "digambarkan sebagai": how a text speaks of what it counts, as "mentioned")
    for message in ("How many provinces are described as both source and destination?",
                    "How many countries were considered high-risk in the report?",
                    "berapa provinsi yang digambarkan sebagai daerah asal korban?"):
        assert counted_act(analyse(message)) == "", message
    # (an act stays one: "deported")
    assert counted_act(analyse("How many Indonesians were deported from Cambodia?")) == "deported"


def test_whats_a_part_of_the_text_say_asks_for_its_summary():
    # ("what's the conclusion say": chat English for "what does … say", a request for that part's summary)
    for message in ("whats the methods section say? short pls", "what's the results section say?",
                    "what's chapter 3 say about the MoU"):
        assert analyse(message).answer_type == "summary", message


def test_a_question_of_its_own_after_a_span_names_no_event_of_it():
    # ("how many days after A did B? and what's his name": the name asked after the span's question is no end of it)
    q = analyse("how many days after the summit did the ministers meet the harbour chief? and whats his name")
    assert q.interval and len(q.parts) == 2, q.parts
    assert not any("name" in p for p in q.parts), q.parts


def test_the_act_of_an_actor_asked_by_which_and_its_noun():
    from tipbot.answering.analysis import actor_act

    # ("which organisation funded …", "what agency sponsored …": the doer asked by its kind, the act after it; read
    # of an act done to the study, as a colloquial passive is)
    for message, act in (("Which organisation funded this study?", "funded"),
                         ("what agency sponsored the research by the two authors?", "sponsored"),
                         ("lembaga apa yang mendanai penelitian ini?", "mendanai")):
        assert actor_act(analyse(message), colloquial=True) == act, message
    assert actor_act(analyse("Which organisation funded the harbour survey?"), colloquial=True) == ""
    # (not otherwise: a synonym may tell the act, "which country pushed for …" is told as "called for")
    assert actor_act(analyse("Which country pushed for the declaration?")) == ""
    # (an auxiliary is no noun of the doer)
    assert actor_act(analyse("Which was approved by the ministers?"), colloquial=True) == ""


def test_a_figure_identified_by_the_paper_quoting_it_is_the_papers_figure():
    # ("the ILO data the paper quotes": the paper's own figure is asked for; "the ILO report the paper cites" is
    # the source)
    for message in ("how many people are in forced labour according to the ILO figures the paper quotes?",
                    "berapa orang yang kerja paksa menurut data ILO yang dikutip paper?"):
        assert analyse(message).wants_paper, message
    assert not analyse("what does the ILO report the paper cites say about forced labour?").wants_paper


def test_where_someone_works_now_asks_the_present():
    # ("skrg kerja di mana", "where does … work now": today's employer, which dated sources cannot give, as
    # today's holder of an office)
    for message in ("penulis kedua paper itu skrg kerja di mana ya?", "where does the first author work now?",
                    "Rudi Sukandar sekarang bekerja di mana?"):
        assert analyse(message).present, message
    # (without a word for now, the affiliation the paper prints answers)
    assert not analyse("where do the authors work?").present
    assert not analyse("where is the agency now based, per the 2023 regulation?").present


def test_where_the_authors_work_asks_about_the_document():
    # ("where do the authors work", "penulisnya kerja di mana": their affiliation, which the front matter gives)
    for message in ("where do the authors work?", "penulisnya kerja di mana sih?", "Where are the authors based?"):
        assert analyse(message).about_document, message


def test_names_typed_in_lower_case_are_written_as_the_store_writes_them():
    from tipbot.answering.analysis import recaser

    names = {"phnom penh": "Phnom Penh", "kbri": "KBRI", "satgas tppo": "Satgas TPPO", "tppo": "TPPO",
             "they did not pay": "They Did Not Pay", "migrant workers union": "Migrant Workers Union", "us": "US"}
    recase = recaser(names, frozenset({"they", "did", "not", "pay", "migrant", "workers", "union"}))
    assert recase("sejak april 2021 kbri phnom penh terima brp laporan?") == \
        "sejak april 2021 KBRI Phnom Penh terima brp laporan?"
    assert recase("siapa ketua satgas tppo?") == "siapa ketua Satgas TPPO?"
    # (a run of ordinary words, an acronym that is a word, and text typed with capitals stay as typed)
    for text in ("they did not pay the migrant workers union", "tell us more", "KBRI Phnom penh"):
        assert recase(text) == text, text


def test_the_act_of_a_who_question_is_the_interrogatives_not_a_relative_clauses():
    from tipbot.answering.analysis import actor_act

    # ("who made the offers to the workers who ended up …": "ended" is the relative clause's verb; "made" is
    # irregular and read by no act rule)
    assert actor_act(analyse("who made the job offers to the workers who ended up in the harbour?")) == ""
    assert actor_act(analyse("who funded the shelters that opened in 2019?")) == "funded"
