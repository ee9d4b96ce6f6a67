"""Rules of the eighth session: events taken as given, totals broken down, tags and denials, word families."""

from __future__ import annotations

from tests.helpers import evidence_of
from tipbot.keyword import tokenize

VOCAB = {t: 2.0 for t in tokenize(
    "inspectors boarded vessels the harbour authority signed a compact agreement cooperation crews freed "
    "recruiters fees court desk shelter fishers home victims women men children cases reports")}


def _q(text: str):
    from tipbot.answering.analysis import analyse

    q = analyse(text)
    return q, set(tokenize(q.text))


def test_a_clause_of_time_or_cause_takes_its_event_as_given():
    from tipbot.answering.answerability import presupposed

    q, toks = _q("After the harbour authority banned foreign trawlers, how many crews were freed?")
    assert presupposed(q, toks, VOCAB) == "the harbour authority banned foreign trawlers"
    q, toks = _q("how did the recruiters respond when the inspectors boarded the vessels?")
    assert presupposed(q, toks, VOCAB) == "the inspectors boarded the vessels"
    q, toks = _q("Setelah otoritas pelabuhan melarang kapal asing, berapa awak yang dibebaskan?")
    assert presupposed(q, toks, VOCAB).startswith("otoritas pelabuhan melarang kapal asing")
    # the clause ends at the inverted auxiliary of the question it opens
    q, toks = _q("What happened after the compact was signed did the crews go home?")
    assert presupposed(q, toks, VOCAB) == "the compact was signed"


def test_no_event_is_taken_as_given_by_an_interrogative_a_date_or_an_interval():
    from tipbot.answering.answerability import presupposed

    for text in ("When did the inspectors board the vessels?", "How many crews were freed after 2020?",
                 "How long after the compact was signed did the desk open?", "After all, who signed the compact?"):
        q, toks = _q(text)
        assert presupposed(q, toks, VOCAB) == "", text


def test_an_event_taken_as_given_is_checked_like_an_asserted_one():
    from tipbot.answer import AnswerContext
    from tipbot.answering.answerability import event_apart, premise_terms, presupposed
    from tipbot.schema import Chunk

    texts = ["The two police forces reached an agreement in Port Lumen. It covers joint patrols.",
             "Their cooperation began in 2021. Inspectors boarded vessels.", "Recruiters charge fees.",
             "The desk gives shelter. It sends fishers home. A court heard one case."]
    chunks = [Chunk(id=f"c{i}", text=t, source_id="mini", kind="paper", title="Mini") for i, t in enumerate(texts)]
    idf = {t: 1.0 for c in texts for t in tokenize(c)} | {"agreement": 3.0, "cooperation": 3.0, "court": 3.0,
                                                         "recruiter": 3.0}
    context = AnswerContext(chunks=chunks, citation_index=None, idf=idf)
    # the user's own words for what the sources tell: "agreed to cooperate" is their "agreement" and "cooperation"
    q, toks = _q("After the two police forces agreed to cooperate, what did the desk do?")
    event = presupposed(q, toks, idf)
    assert event and event_apart(q, toks, idf, context, event) == []
    # an event the sources never report: its words are never used, or never together
    q, toks = _q("Since the recruiters were banned, what did the desk do?")
    event = presupposed(q, toks, idf)
    assert "bann" in {t for t in premise_terms(q, toks, idf, event) if t not in idf}
    q, toks = _q("After the court fined the recruiters, what did the desk do?")
    assert sorted(event_apart(q, toks, idf, context, presupposed(q, toks, idf))) == ["court", "recruiter"]


def test_a_total_asked_broken_down_names_its_dimension():
    from tipbot.answering.analysis import analyse, breakdown_asked

    q = analyse("How were the 1,138 victims distributed by province of origin?")
    assert (q.part_of, q.breakdown) == ("1,138", "place")
    q = analyse("whats the gender split for the 267 cases? like how many men vs women")
    assert (q.part_of, q.breakdown) == ("267", "gender")
    q = analyse("Bagaimana sebaran kelompok usia 172 pekerja migran itu?")
    assert (q.part_of, q.breakdown) == ("172", "age")
    q = analyse("dari 2.605 kasus itu, provinsi mana yang paling banyak?")
    assert q.part_of == "2.605" and q.head == "provinsi"
    # a label's number, a bound with its unit, a document's key or a date's day is no total
    assert breakdown_asked("grafik 1 itu angkanya berapa per tahun?", "quantity", set()) is None
    assert breakdown_asked("berapa prevalensi per kelompok usia 15-64 tahun?", "quantity", set()) is None
    assert breakdown_asked("menurut UU 21/2007 per provinsi?", "quantity", {"2007"}) is None
    assert breakdown_asked("berapa korban per bulan sejak 5 Juni?", "quantity", set()) is None
    # without a request for parts, a dimension's word asks for no breakdown
    assert breakdown_asked("berapa usia 172 pekerja itu?", "quantity", set()) is None


def test_a_breakdown_is_given_only_by_figures_with_a_part_right_beside_them():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import part_counted

    q = analyse("what is the gender split of the 412 cases?")
    assert part_counted(q, evidence_of("Inspectors recorded 412 cases, of which 61% were women and 39% men."))
    # parts of another figure, in the parentheses that follow it, do not break the total down
    assert not part_counted(q, evidence_of("Inspectors recorded 412 cases. 62 fishers (52 men, 10 women) went home."))
    # nor does a figure whose part word is in another clause, or the day of a date
    q = analyse("can you break down the 2778 people rescued by month?")
    assert not part_counted(q, evidence_of("It rescued 2,778 people (not 23 July); the 12 suspects were held.",
                                           "Polri reported it on 10 October 2023."))
    assert part_counted(q, evidence_of("It rescued 2,778 people: 900 in July and 1,878 in August."))


def test_a_tag_after_an_interrogative_asks_for_something_not_for_confirmation():
    from tipbot.answering.analysis import confirms

    assert not confirms("penulisnya menyarankan peneliti mengumpulkan data pakai cara apa ya?", "id")
    assert not confirms("berapa ya?", "id")
    assert confirms("MoU diteken di Bali ya?", "id") and confirms("The MoU was signed in Bali, right?", "en")


def test_a_question_that_denies_an_act_asserts_no_act_only_recommended():
    from tipbot.answering.answerability import _denies

    assert _denies("datanya cuma dari dokumen? tidak ada wawancara langsung?")
    assert not _denies("penelitian ini pakai wawancara sama korban tidak sih?")  # (a tag asks yes or no)
    assert not _denies("di paper ini disebutkan tidak nama korbannya?")  # (after the verb: "is it mentioned?")


def test_abbreviated_months_date_a_fact_in_either_language():
    from datetime import date

    from tipbot.answer import find_dates
    from tipbot.answering.analysis import analyse

    assert [d for d, _ in find_dates("met on 4 Sept 2023 and signed 22 Feb. 2023; Okt 17 2023")] == [
        date(2023, 9, 4), date(2023, 2, 22), date(2023, 10, 17)]
    assert "Sept" not in analyse("pas Menlu ketemu Kapolda tgl 4 Sept 2023 itu bahas apa?").constraints.names


def test_an_indonesian_noun_is_tied_to_the_country_after_its_modifiers():
    from tipbot.answering.analysis import _qualified

    assert _qualified("ancaman pidana menurut undang-undang anti-perdagangan orang kamboja?", "id") == [
        ("Cambodia", "undang-undang")]
    assert _qualified("apa isi hukum kamboja?", "id") == [("Cambodia", "hukum")]
    assert _qualified("uu tentang kerja sama dengan kamboja", "id") == []  # (a preposition between)
    # English puts the country before its noun: words between a noun and a country after it tie nothing
    assert _qualified("why did the report downgrade indonesia to tier 3?", "en") == []


def test_the_gist_of_the_paper_is_asked_as_what_it_is_about():
    from tipbot.answering.analysis import analyse

    assert analyse("intinya paper ini ngebahas apa?").kind == "about"
    assert analyse("paper ini membahas apa soal MoU?").kind == "question"


def test_an_indonesian_word_is_known_by_what_its_family_means():
    from tipbot.answering.answerability import premise_terms
    from tipbot.query import family_renderings

    assert {"scammed", "scam"} <= set(family_renderings("tertipu"))
    assert family_renderings("12") == () and family_renderings("ditipu") == ()  # (listed itself: no need of it)
    q, toks = _q("kok bisa sih korban tertipu sampai ke pelabuhan?")
    idf = VOCAB | {t: 2.0 for t in tokenize("scam scammed port")}
    assert not any(t in ("dupe",) for t in premise_terms(q, toks, idf))


def test_a_total_among_which_a_part_is_counted_in_indonesian():
    from tipbot.answering.analysis import analyse

    q = analyse("Berapa jumlah laki-laki di antara 1.138 WNI korban itu?")
    assert q.part_of == "1.138" and q.head == "laki-laki"


def test_a_source_cited_as_users_type_it_is_no_year_of_a_fact():
    from tipbot.answering.analysis import analyse, cited_sources

    assert cited_sources("rapat yang jadi sumber Wahyu 2023 itu di mana?") == [("Wahyu", "2023")]
    assert cited_sources("menurut berita yang dikutip (Arbar 2022), ada berapa WNI?") == [("Arbar", "2022")]
    assert cited_sources("laporan TIP 2023 bilang apa?") == []  # (an acronym's year is a report's, no citation)
    assert analyse("rapat yang jadi sumber Wahyu 2023 itu diadakan di mana?").constraints.years == []


def test_an_address_names_the_larger_places_after_the_first():
    from tipbot.answering.extractive import store_places
    from tipbot.schema import Chunk

    text = "The pact was signed in Port Lumen, Coral Province, Oceania, by both ministers. It began in May."
    places = store_places([Chunk(id="c1", text=text, source_id="mini", kind="paper", title="Mini")])
    assert {"Port Lumen", "Coral Province", "Oceania"} <= places and "May" not in places


def test_a_place_asked_is_given_by_the_larger_place_of_an_address():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import type_fit

    signed, met = evidence_of("The pact was signed in Port Lumen, Coral Province, Oceania, by both ministers.",
                              "The ministers met again in Port Lumen.")
    q = analyse("In which province is Port Lumen, where the pact was signed?")
    assert type_fit(signed, q) == 1.0 and type_fit(met, q) < 1.0


def test_a_manner_asked_with_cara_apa_is_a_method():
    from tipbot.answering.analysis import answer_type

    assert answer_type("penulis menyarankan mengumpulkan data pakai cara apa?", "id") == "method"
    assert answer_type("lewat teknik apa datanya dikumpulkan?", "id") == "method"


def test_the_body_a_sentence_takes_its_data_from_is_not_who_acted():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    q = analyse("Who signed the pact for the Coral side?")
    [said] = evidence_of("Data from the Harbour Authority website shows that the Coral Fisheries Council signed it.")
    answer = direct_answer(q, said, set(tokenize(q.text))) or ""
    assert "Coral Fisheries Council" in answer and "Harbour Authority" not in answer


def test_a_count_of_a_generic_unit_counts_the_thing_the_claim_names():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.answerability import _other_count

    content = evidence_of("In response, the harbour police arrested 12 recruiters in the fee case.",
                          "The desk gives shelter to fishers.")
    idf = {t: 2.0 for e in content for t in e.tokens}
    q = analyse("the recruiters arrested by the harbour police were 122 people, right?")
    found = _other_count(q, content, set(tokenize(q.text)), idf)
    assert found is not None and found[0] == "122" and "12 recruiters" in found[1].text
    q = analyse("the recruiters arrested by the harbour police were 12 people, right?")
    assert _other_count(q, content, set(tokenize(q.text)), idf) is None


def test_the_body_data_come_from_answers_a_question_that_asks_whose_data_it_is():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    q = analyse("which ministry is the data on the targets from?")
    [said] = evidence_of("Data from the Coral Fisheries Ministry website shows that the targets were raised.")
    assert q.answer_type == "actor" and "Coral Fisheries Ministry" in (direct_answer(q, said, set(tokenize(q.text)))
                                                                       or "")


def test_a_phrase_of_the_word_lists_is_found_with_a_particle_on_its_last_word():
    from tipbot.query import translate_terms

    assert "human trafficking" in translate_terms("perdagangan orangnya")
    assert "job offer" in translate_terms("tawaran kerjanya dari mana")


def test_items_named_after_an_announcing_word_and_joined_by_or_make_a_list():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.selection import type_fit

    listed, plain = evidence_of("Offers came from relatives or friends, or through apps such as Chatly and Snapgram.",
                                "Offers came through one app.")
    q = analyse("list the places the offers came from")
    assert q.answer_type == "list" and type_fit(listed, q) > 0 and type_fit(plain, q) == 0


def test_the_places_of_a_direct_answer_come_in_the_texts_order():
    from tipbot.answering.analysis import analyse
    from tipbot.answering.compose import direct_answer

    q = analyse("Where was the pact signed?")
    [said] = evidence_of("The pact was signed in Port Lumen, Coral Province, by both ministers.")
    for places in (frozenset({"Coral Province", "Port Lumen"}), frozenset({"Port Lumen", "Coral Province"})):
        assert direct_answer(q, said, set(tokenize(q.text)), places) == "Port Lumen; Coral Province"
