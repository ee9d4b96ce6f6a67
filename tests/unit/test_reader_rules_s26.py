"""Reader rules of the twenty-fifth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import answer_type


def test_an_interrogative_determiner_with_a_head_noun_asks_for_the_noun_s_type():
    # (none of these pairs is written out in a word list: each is a determiner × a head noun of a type)
    assert answer_type("which Indonesian ministries took part?", "en") == "list"  # a plural count noun
    assert answer_type("which ASEAN body drafted it?", "en") == "actor"  # a modifier between "which" and its noun
    assert answer_type("what are the laws on forced labour?", "en") == "law"
    assert answer_type("in which province did it happen?", "en") == "place"
    assert answer_type("which country signed first?", "en") == "actor"  # (without a preposition: who)
    # Indonesian: the determiner after the noun, with "-nya" and a particle
    assert answer_type("kabupaten mana yang paling banyak korbannya?", "id") == "place"
    assert answer_type("instansinya apa sih?", "id") == "actor"
    assert answer_type("sejak tahun berapakah aturan itu berlaku?", "id") == "date"
    # a plural marker after an interrogative of a place makes it a list, as after one of an actor
    assert answer_type("kota mana saja yang disebut?", "id") == "list"
    # a research noun asks for a source only with "siapa" ("penelitian siapa"), not with "apa"
    assert answer_type("penelitian ini pakai pendekatan dan teknik penelitian apa?", "id") != "source"


def test_the_whole_paper_asked_about_with_framing_and_a_length_is_what_the_paper_is_about():
    from tipbot.answering.analysis import _conversation_kind, strip_framing

    whole = "for my essay: what's the whole paper about, in 2 sentences max?"
    assert _conversation_kind(whole, "en") == ("about", "en")
    # a length with a bound after it, with its preposition or without, is an instruction, not a figure
    assert "2" not in strip_framing("what is the conclusion, in 2 sentences max?", "en")
    assert "3" not in strip_framing("jelasin kesimpulannya, 3 kalimat aja", "id")
    assert "3" in strip_framing("what are the 3 points of the declaration?", "en")


def test_money_asked_by_the_payment_or_its_currency_wants_a_monetary_figure():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import quantity_kind

    assert quantity_kind(analyse("how much were the kidney victims paid per kidney? need the rupiah amount")) == "money"


def test_a_percentage_of_a_part_given_as_two_counts_is_computed_when_the_question_names_the_part():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import part_of_total

    ilo = ("ILO data also reveals that of a total of 21 million individuals experiencing forced labour throughout "
           "the world, there are 11 million victims in the Asia Pacific region.")
    digest = "It received 554 reports, involving **2,648 victims**, of whom **2,047 were adult women**."
    idf = {"pacific": 4.0, "asia": 2.0, "region": 1.5, "adult": 4.0, "women": 2.0}  # (the rarer, the higher)
    asked = analyse("what percentage of the world's forced labour victims are in the Asia Pacific region?")
    assert part_of_total(ilo, asked, idf)[:2] == ("11 million", "21 million")
    assert part_of_total(digest, analyse("berapa persen korban yang perempuan dewasa?"), idf)[:2] == ("2,047", "2,648")
    # the question must name the part by its rarest word: "the Southeast Asia region" is another region; and no
    # count is a part of a larger one
    assert part_of_total(ilo, analyse("what % of victims in the Southeast Asia region are women?"), idf) is None
    assert part_of_total("It rescued 2,778 people from 861 reports.", asked, idf) is None


def test_a_month_given_without_a_preposition_dates_the_event():
    from tipbot.answering.answerability import _IN_MONTH

    assert _IN_MONTH.search("MoU Polri sama polisi Kamboja itu diteken Oktober 2023 kan?").group(1) == "Oktober"


def test_a_penalty_asked_of_a_named_law_is_what_the_law_provides():
    from tipbot.answering.answerability import _penalty_of_law

    assert _penalty_of_law("What prison sentence does Law 21/2007 set for traffickers?")
    assert _penalty_of_law("what jail term do traffickers face under the law?")
    assert not _penalty_of_law("how long were the suspects sentenced under Law 21/2007?")  # a court's decision
    assert not _penalty_of_law("what prison sentence did the kidney suspects get?")


def test_a_number_with_its_year_names_a_document_not_a_label():
    from tipbot.answering.answerability import labelled_numbers

    assert labelled_numbers("Who signed Perpres 19/2023 and when?", "en") == []
    assert [n for _, n in labelled_numbers("Was Cambodia on Tier 3 in 2023?", "en")] == ["3"]


def test_a_cleft_asserts_the_doer_named_after_its_copula():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import asserted_actor

    assert asserted_actor(analyse("yg ketemu Kapolda Phnom Penh tgl 4 Sept 2023 itu Menlu Retno ya?")) == "Menlu Retno"
    assert asserted_actor(analyse("the one who met the police chief was Retno, right?")) == "Retno"


def test_the_user_s_own_plan_with_a_question_of_its_safety_is_advice():
    from tipbot.answering.analysis import asks_advice

    assert asks_advice("kak aku mau kerja di kamboja lewat agen, aman ga ya?")
    assert asks_advice("I want to work in Cambodia through an agency, is it safe?")
    assert not asks_advice("is it safe to cite the Anderson source?")
    assert not asks_advice("I want to know what the paper says about agencies")


def test_indonesian_police_acronyms_are_rendered():
    from tipbot.query import translate_terms

    assert "regional police" in " ".join(translate_terms("kapolda phnom penh")).lower()


def _section(sentences: list[str], section: str, order: int):
    """Evidence for each sentence of one paper section (its first sentence opening with the heading)."""
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    chunk = Chunk(id=f"s{order}", text=" ".join(sentences), source_id="paper", kind="paper", title="Paper",
                  section=section, order=order)
    return [Evidence(text=t, passage=Passage(chunk=chunk, score=0.0), position=i, tokens=set(tokenize(t)),
                     score=1.0) for i, t in enumerate(sentences)]


def test_a_section_with_sub_sections_is_summarised_by_its_own_text_and_their_headings():
    from tipbot.answering.extractive import section_outline

    whole = (_section(["3. Results The harbour board used three measures to curb the trade in persons."],
                      "3. Results", 1)
             + _section(["3.1 Issuing a port decree The decree came into force in 2019.", "It covers ferries."],
                        "3.1 Issuing a port decree", 2)
             + _section(["3.2 Training the coast guard Officers took a two-week course.", "Most passed it."],
                        "3.2 Training the coast guard", 3))
    assert [e.text for e in section_outline(whole)] == [
        "3. Results The harbour board used three measures to curb the trade in persons.",
        "3.1 Issuing a port decree", "3.2 Training the coast guard"]
    assert section_outline(whole[1:]) == []  # (two sibling sub-sections, no section above them)


def test_a_person_named_with_an_office_or_a_country_is_found_by_the_name_alone():
    from tipbot.answering.selection import has_constraint

    text = "Foreign Minister Retno Marsudi met Cambodian police chief Gen. Neth Savoeun on 2 August 2022."
    assert has_constraint(text, "Kapolri Kamboja Neth Savoeun")
    assert has_constraint(text, "Menlu Retno")
    assert not has_constraint("The embassy met Maj. Gen. Chuon Narin.", "Kapolri Kamboja Neth Savoeun")


def test_the_glossary_entry_of_a_word_the_question_uses_does_not_contradict_its_actor():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import _other_actor
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    q = analyse("why did Jokowi put trafficking on the KTT agenda?")
    text = "KTT: Summit. In Indonesian: Konferensi Tingkat Tinggi. Trafficking was put on the agenda in Labuan Bajo."
    entry = Chunk(id="g1", text=text, source_id="glossary", kind="glossary", title="Glossary", section="KTT")
    ev = Evidence(text=text, passage=Passage(chunk=entry, score=1.0), position=0, tokens=set(tokenize(text)),
                  score=1.0)
    q_tokens = set(tokenize(q.text))
    assert _other_actor(q, "Jokowi", [ev], [ev], q_tokens, {t: 1.0 for t in q_tokens}) is None


def test_a_difference_takes_its_figures_only_from_the_sentences_holding_the_question_s_names_and_years():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import operands
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    q = analyse("by how much is the 2024 QRI target above the 2020 figure?")
    item = "2) The QRI target in 2024 ranges from 71.24 to 71.54%, an increase from 70.06% in 2020"
    whole = ("The plan's targets are namely 1) in 2024, the ferry safety index is 0.41 %, an increase from the "
             f"previous figure of 0.34% in 2019. {item}")
    chunk = Chunk(id="p1", text=whole, source_id="paper", kind="paper", title="Paper", section="3.1")
    evidence = [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(t)))
                for t in (item, whole)]
    # (the other index's 0.41% and 0.34% are no operands: the item of the QRI is the sentence that holds it)
    assert "0.41%" not in [raw for raw, _ in operands(q, evidence, set(tokenize(q.text)))]


def test_chat_typed_with_lengthened_letters_or_what_thanks_are_for_is_conversation():
    from tipbot.answering.analysis import _conversation_kind

    assert _conversation_kind("makasihhh kakk", "id")[0] == "thanks"
    assert _conversation_kind("okee makasih ya kak, membantu bgt", "id")[0] == "thanks"
    assert _conversation_kind("Hi! thanks for the help earlier :)", "en")[0] == "thanks"
    assert _conversation_kind("makasih atas bantuannya tadi kak", "id")[0] == "thanks"
    assert _conversation_kind("what can you help me with?", "en")[0] == "capabilities"
    assert _conversation_kind("thanks! what is ACTIP?", "en") is None  # (a question after the thanks)


def test_a_count_asked_of_a_part_of_a_total_the_question_gives_is_the_text_s_share_of_it():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import computed_value, operands
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    total = "The port registry recorded 1,200 cases from 2018 to 2022."
    shares = "Around 60.5% were sailors, 35% were cooks, and 4.5% were pilots."
    chunk = Chunk(id="p1", text=f"{total} {shares}", source_id="paper", kind="paper", title="Paper", section="1")
    evidence = [Evidence(text=t, passage=Passage(chunk=chunk, score=1.0), position=i, tokens=set(tokenize(t)))
                for i, t in enumerate([total, shares])]
    q = analyse("Out of 1,200 cases, roughly how many were pilots?")
    assert q.arithmetic == "share"
    found = operands(q, evidence, set(tokenize(q.text)))
    assert [raw for raw, _ in found] == ["4.5%", "1,200"]
    assert computed_value(q, [raw for raw, _ in found], "en").startswith("4.5% × 1,200 ≈ 54")
    # (a part the text gives no share of is not computed)
    q = analyse("Out of 1,200 cases, roughly how many were captains?")
    assert operands(q, evidence, set(tokenize(q.text))) == []


def test_the_total_a_share_is_asked_of_is_not_put_in_the_place_of_the_part():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import _figure_elsewhere
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    text = ("ILO data also reveals that of a total of 21 million individuals experiencing forced labour throughout the "
            "world, there are 11 million victims in the Asia Pacific region.")
    chunk = Chunk(id="p1", text=text, source_id="paper", kind="paper", title="Paper", section="1")
    ev = Evidence(text=text, passage=Passage(chunk=chunk, score=1.0), position=0, tokens=set(tokenize(text)))
    places = frozenset({"Asia Pacific"})
    share = analyse("what share of the ILO's 21 million forced labour victims are in Asia Pacific, in percent?")
    q_tokens = set(tokenize(share.text))
    assert _figure_elsewhere(share, [ev], q_tokens, {t: 1.0 for t in q_tokens}, places) is None
    # (a figure asserted of the place is still checked: the 21 million are the world's)
    claim = analyse("why are 21 million of the forced labour victims in Asia Pacific?")
    q_tokens = set(tokenize(claim.text))
    assert _figure_elsewhere(claim, [ev], q_tokens, {t: 1.0 for t in q_tokens}, places) is not None
