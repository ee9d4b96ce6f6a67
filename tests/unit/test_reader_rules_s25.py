"""Reader rules of the twenty-fourth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def _paper(sentences: list[str], section: str, order: int = 1):
    """Evidence for each sentence of one paper section."""
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    chunk = Chunk(id=f"p{order}", text=" ".join(sentences), source_id="paper", kind="paper", title="Paper",
                  section=section, order=order)
    return [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)),
                     score=1.0) for i, t in enumerate(sentences)]


def test_one_shared_word_of_a_long_heading_does_not_name_its_section():
    from tipbot.answering.extractive import named_section

    long_heading = _paper(["The police formed a team."],
                          "3.5 The Republic of Indonesia Police on July 5 2023 formed a special team", 1)
    regulation = _paper(["The plan runs to 2024."], "3.1 Issuance of Presidential Regulation Number 19 of 2023", 2)
    conclusion = _paper(["The strategy was right."], "4. Conclusion", 3)
    pool = long_heading + regulation + conclusion
    # ("Satgas TPPO Polri": the heading's "Police" alone)
    assert named_section(long_heading, {"polic", "achiev"}, {}) == []
    # two of its words, or a number that is not a year, do name it; so does the word of a short heading
    assert named_section(long_heading, {"polic", "team"}, {}) == long_heading
    assert named_section(regulation, {"19", "perpres"}, {}) == regulation
    assert named_section(regulation, {"2024", "glotip"}, {}) == []
    assert named_section(pool, {"conclusion"}, {}) == conclusion


def test_the_alternative_a_question_rules_out_does_not_name_the_paper():
    q = analyse("what did Khairi 2021 actually conclude about ASEAN's efforts? like the findings part, not what the "
                "paper says about it")
    assert not q.wants_paper
    assert analyse("what does the paper say about Khairi 2021?").wants_paper


def test_whose_date_it_is_is_no_event_of_an_interval():
    q = analyse("how many days passed between the adoption of the ASEAN declaration in Labuan Bajo and the police "
                "MoU date the paper gives?")
    assert q.interval and len(q.parts) == 2
    assert not any("gives" in p for p in q.parts) and "MoU" in q.parts[1]
    q = analyse("brp hari antara deklarasi labuan bajo sama tanggal MoU polisi yang disebut paper?")
    assert not any("disebut" in p for p in q.parts)


def test_an_office_that_opens_a_question_asking_siapa_last_is_the_office_asked():
    from tipbot.answering.analysis import asked_office

    q = analyse("Karo Penmas Polri yg komentar soal 6 MoU di AMMTC itu namanya siapa?")
    assert q.answer_type == "actor" and asked_office(q).lower() == "karo penmas"
    # (an act asked of a body is no office: "Polri yang teken MoU siapa?" has none to open with)
    assert asked_office(analyse("yang teken MoU di Labuan Bajo itu siapa?")) is None


def test_an_outcome_verb_matches_the_sources_words_for_success():
    from tipbot.answering.analysis import synonyms_of
    from tipbot.keyword import tokenize

    # ("apa yang dicapai Satgas" → achieve: "it succeeded in saving 2,778 people")
    assert set(tokenize("succeeded")) <= synonyms_of(set(tokenize("achieved")))


def test_a_message_of_several_kinds_of_conversation_is_conversation():
    q = analyse("halo, ini bot apa ya?")
    assert q.kind == "capabilities" and q.language == "id"
    q = analyse("makasih ya botnya membantu bgt")
    assert q.kind == "thanks" and q.language == "id"
    q = analyse("selamat pagi!")
    assert q.kind == "greeting" and q.language == "id"
    assert analyse("what kind of bot are you?").kind == "capabilities"
    assert analyse("thanks, bye").kind == "thanks"
    # content beside it is a question
    assert analyse("what do you know about the MoU?").kind == "question"
    assert analyse("halo, apa itu ACTIP?").kind == "question"


def test_a_summary_of_the_paper_as_a_whole_asks_what_it_is_about():
    for text in ("summarize the paper", "can u give me a short summary of the whole paper for my essay intro?",
                 "ringkasin paper ini dong secara keseluruhan", "quick q — can you sum up the whole paper?"):
        assert analyse(text).kind == "about", text
    # a part of it, or what it says on a topic, is a summary of that
    for text in ("Tolong ringkas kesimpulan paper ini.", "what does the paper say about the US and its part?",
                 "ringkas bagian metode paper ini"):
        assert analyse(text).kind == "question", text


def test_what_the_paper_is_about_quotes_its_abstracts_aim_approach_and_results():
    from tipbot.answer import Draft
    from tipbot.answering.compose import quote_abstract
    from tipbot.schema import Chunk

    text = ("This research aims to find the strategy. It uses a qualitative approach. The procedure has three steps. "
            "The data analysis consists of reduction and conclusion. The results of the study found that the "
            "strategy is cooperation. The results of this research have implications for policy.")
    draft = Draft(statements=[], citations=[])
    quote_abstract(draft, Chunk(id="a", text=text, source_id="paper", kind="paper", title="P", section="Abstract",
                                order=0), "en")
    said = " ".join(s.text for s in draft.statements)
    assert "aims to find" in said and "qualitative" in said and "found that" in said and "implications" in said
    # (a step of the method that says "conclusion" or "findings" reports no result)
    assert "three steps" not in said and "reduction" not in said


def test_a_passive_with_its_agent_asserts_the_agent():
    from tipbot.answering.answerability import asserted_actor

    q = analyse("menurut paper Satgas TPPO dibentuk sama Kemenlu kan? di bawah koordinasi siapa tuh")
    assert q.language == "id" and asserted_actor(q) == "Kemenlu"
    assert asserted_actor(analyse("apakah benar Satgas TPPO itu dibentuk oleh Kemenlu pada tahun itu?")) == "Kemenlu"
    # (an active clause asserts its subject)
    assert asserted_actor(analyse("why did Kemenlu form the Satgas TPPO?")) == "Kemenlu"


def test_a_statement_before_the_question_it_leads_to_is_the_claim():
    from tipbot.answering.answerability import claim_of

    claim = claim_of(analyse("ILO says 21 million in forced labour worldwide and 11 million in Asia Pacific; how many "
                             "million outside Asia Pacific?"))
    assert claim.endswith("11 million in Asia Pacific") and "outside" not in claim
    # (an abbreviation's full stop ends no sentence)
    claim = claim_of(analyse("According to the earlier studies by Fikhri et al. and Khairi, why did ASEAN issue "
                             "declarations against human trafficking?"))
    assert claim.startswith("ASEAN issue declarations")


def test_each_figure_is_put_in_the_place_of_its_own_clause():
    from tipbot.answering.answerability import _figure_elsewhere
    from tipbot.keyword import tokenize

    content = _paper(["ILO data reveals that of a total of 21 million individuals experiencing forced labour "
                      "throughout the world, there are 11 million victims in the Asia Pacific region."], "1. Intro")
    places = frozenset({"Asia Pacific", "Africa", "Asia"})

    def check(text: str):
        q = analyse(text)
        toks = set(tokenize(q.text))
        return _figure_elsewhere(q, content, toks, {t: 1.0 for t in toks}, places)

    assert check("ILO says 21 million in forced labour worldwide and 11 million in Asia Pacific; how many "
                 "million outside Asia Pacific?") is None
    found = check("ILO says 21 million in forced labour worldwide and 11 million in Africa; how many outside Africa?")
    assert found is not None and found[0] == "Africa"


def test_the_rest_a_ratio_and_a_share_of_figures_the_question_gives_are_computed():
    from tipbot.answering.compose import computed_value

    q = analyse("ILO kan bilang 21 juta org kerja paksa di dunia, 11 juta di Asia Pasifik. berarti yg di luar Asia "
                "Pasifik brp juta?")
    assert q.arithmetic == "difference"
    assert computed_value(q, ["21 million", "11 million"], "en").startswith("21 million − 11 million = 10 million")
    assert computed_value(q, ["21 million", "970"], "en") is None  # (not of one magnitude)
    q = analyse("Satgas TPPO nyelametin 2.778 org dr 861 laporan kan, rata2 jadi brp org per laporan?")
    assert q.arithmetic == "ratio" and "≈ 3.2" in computed_value(q, ["2,778", "861"], "id")
    q = analyse("SIMFONI PPA recorded 2,605 cases and about 50.97% were children — roughly how many child cases is "
                "that?")
    assert q.arithmetic == "share" and "≈ 1,328" in computed_value(q, ["50.97%", "2,605"], "en")
    # (the rest of a total asked without the figures, "berapa persen WNI di luar negeri …", computes nothing)
    assert analyse("berapa persen WNI di luar negeri yang jadi korban menurut IOM?").arithmetic == ""


def test_whom_to_contact_with_ones_own_case_is_advice():
    from tipbot.answering.analysis import asks_advice

    assert asks_advice("aku mau lapor kasus TPPO, hubungi siapa ya?")
    # (whom a body contacted is asked of the text)
    assert not asks_advice("KBRI menghubungi siapa di Phnom Penh?")


def test_an_average_per_unit_is_the_ratio_of_two_different_figures_of_the_text():
    from tipbot.answering.compose import operands
    from tipbot.keyword import tokenize

    q = analyse("on average how many people rescued per report by the task force?")
    assert q.arithmetic == "ratio"
    evidence = _paper(["The task force statistics (2,778 people rescued, 861 police reports) were reported in "
                       "October.", "It succeeded in saving 2,778 people from 861 reports."], "3.4 Task force")
    found = operands(q, evidence, set(tokenize(q.text)))
    # (a figure two sentences both give is one operand)
    assert sorted(raw for raw, _ in found) == ["2,778", "861"]
    assert analyse("on average, how long were the sentences?").arithmetic == ""


def test_english_chat_words_for_children_read_as_children():
    from tipbot.answering.analysis import normalise

    assert "children" in normalise("what percent of the victims were kids?", "en")


def test_the_initials_of_a_glossary_expansion_name_its_entry():
    from tipbot.answering.answerability import missing_from_store
    from tipbot.answering.selection import glossary_aliases
    from tipbot.schema import Chunk

    entry = Chunk(id="g", text="IPG: Gender Development Index. In Indonesian: Indeks Pembangunan Gender. An index.",
                  source_id="glossary", kind="glossary", title="Glossary", section="IPG", order=0)
    aliases = glossary_aliases(["GDI", "RA"], [entry])
    assert aliases == {"GDI": ["IPG", "Gender Development Index"]}
    q = analyse("what is the GDI target for 2024?")
    vocab = {t: 1.0 for t in ("ipg", "gender", "development", "index", "target", "2024")}
    assert "GDI" in missing_from_store(q, vocab, frozenset({"2024"}))
    assert "GDI" not in missing_from_store(q, vocab, frozenset({"2024"}), aliases=aliases)


def test_the_thing_asked_for_is_the_noun_compound_before_whose_it_is():
    from tipbot.answering.answerability import asked_kind_words

    assert asked_kind_words(analyse("whats the hotline number for KBRI Phnom Penh if someone wants to report a "
                                    "case?")) == ["hotline"]
    assert asked_kind_words(analyse("what's the hotline number for KBRI Phnom Penh?")) == ["hotline"]
    # (a name after the preposition is whose it is, not the thing asked: nothing of "Phnom Penh" is asked)
    assert "Phnom" not in asked_kind_words(analyse("what's the email address for the KBRI in Phnom Penh?"))


def test_a_countrys_plan_is_that_countrys():
    q = analyse("quick q, what does the paper say about Thailand's own national action plan against trafficking?")
    assert ("Thailand", "plan") in q.constraints.qualified
    assert ("Cambodia", "rencana") in analyse("rencana aksi Kamboja isinya apa?").constraints.qualified
