"""Reader rules of the fiftieth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def test_a_work_named_by_a_noun_its_author_and_its_year_in_brackets_is_no_paper():
    # (APA's narrative citation, "Arbar (2022)", after a noun for a document names a cited work, as "Arbar 2022"
    # and "(Arbar, 2022)" do: "artikel" there is that work, not the paper)
    for message in ("kapan artikel Arbar (2022) terbit?", "When was the article by Arbar (2022) published?",
                    "skripsi Alifia (2023) yg dikutip paper itu dari kampus mana?"):
        assert not analyse(message).names_paper, message
    for message in ("what does the article say about Cambodia?", "artikel ini terbit tahun berapa?"):
        assert analyse(message).names_paper, message


def test_an_identifier_or_volume_is_a_kind_of_quantity():
    # (word list quantity_kinds "identifier": the figure asked is the one its label names)
    from tipbot.answering.answerability import quantity_kind
    for message in ("artikel Anderson itu ID PubMed-nya brp?", "what is its DOI?", "volume berapa artikelnya?",
                    "which issue of the journal was it in?"):
        assert quantity_kind(analyse(message)) == "identifier", message
    assert quantity_kind(analyse("how many victims were there?")) is None


def test_a_name_before_its_interrogative_asks_who_that_person_is():
    # (Indonesian puts the topic first: "X itu siapa?" asks what the sources say of X, as "siapa X?" does, not for
    # another person's name)
    for message in ("Le Luong Minh itu siapa?", "Chuon Narin tuh siapa sih?", "Por Pheak siapa ya?",
                    "Le Luong Minh itu siapa? hubungannya sama ACTIP apa?"):
        assert analyse(message).answer_type == "definition", message
    assert analyse("yang menandatangani MoU itu siapa?").answer_type == "actor"


def test_a_passive_verb_with_its_agent_in_either_language():
    from tipbot.answering.answerability import passive_agent
    match, relation = passive_agent(analyse("the first meeting was opened by the kapolri, right?"))
    assert match.group(1) == "opened" and relation.search("hosted by X and opened by Kabareskrim")
    match, relation = passive_agent(analyse("rapat perdananya dibuka oleh kapolri kan?"))
    assert relation.search("opened by Kabareskrim") and relation.search("dibuka oleh Kabareskrim")
    assert passive_agent(analyse("who opened the first meeting?")) == (None, None)


def test_a_framing_word_between_two_names_keeps_them_apart():
    # ("bilang" is framing, "paper bilang …"; between a speaker and what they speak of it keeps two names apart)
    names = analyse("Menlu Retno bilang Indonesia udah nanganin brp kasus TPPO?").constraints.names
    assert "Menlu Retno" in names and not any("Retno Indonesia" in n for n in names), names
    assert "bilang" not in analyse("paper bilang ACTIP itu apa?").text


def test_the_noun_a_list_question_asks_the_items_of_after_a_copula_or_before_its_interrogative():
    from tipbot.answering.analysis import list_noun
    assert list_noun("What are the areas of ASEAN's first cross-sectoral work plan?", "en") == "areas"
    assert list_noun("rencana kerja itu area kerjanya apa aja?", "id") == "area kerja"
    assert list_noun("tujuannya apa aja?", "id") == "tujuan"
    # (a function word or a passive verb before the interrogative names no noun)
    assert list_noun("yang dibahas apa aja?", "id") == ""
    assert list_noun("what roles does Cambodia play?", "en") == "roles"


def test_a_coverage_question_about_a_clause():
    # ("does the paper mention that …": the clause is the topic; "report" asks it as "mention" does)
    assert analyse("does the paper mention that IOM assisted more than 9,000 victims?").coverage == \
        "IOM assisted more than 9,000 victims"
    assert analyse("does the paper report the IOM figures?").coverage == "the IOM figures"


def test_praise_of_the_answer_and_sign_offs_are_thanks():
    for message in ("wkwk makasih kak, jawabanmu ngebantu bgt", "Thanks, that's all for today - have a good night!",
                    "oke itu aja kak makasih", "thanks, your answers were helpful", "ok"):
        assert analyse(message).kind == "thanks", message
    for message in ("that is all the paper says?", "itu aja strateginya?", "ok so what about the MoU?"):
        assert analyse(message).kind == "question", message


def test_the_head_of_an_event_named_by_a_title():
    # (a preposition inside a capitalised title is part of its name, and a title's word is no gerund; a place after
    # the preposition ends the phrase)
    from tipbot.answering.extractive import head_word
    assert head_word("the 2023 Trafficking in Persons Report was released", "en") == "released"
    assert head_word("the Kapolri signed the six MoUs in Labuan Bajo", "en") == "MoUs"
    assert head_word("the first meeting of the WG on GTCM", "en") == "meeting"
