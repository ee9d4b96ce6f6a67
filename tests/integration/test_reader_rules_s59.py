"""Reader rules of the fifty-eighth session, on the real knowledge base. Frozen before the code they test was
changed (reworded from the read training set and a newcomer's trial)."""

from .test_reader_rules_s37 import _first_line


def test_an_attribute_of_a_city_no_passage_on_that_city_gives_is_refused(assistant):
    # (the passages on Sihanoukville and Phnom Penh speak of scam compounds and the embassy, never of a population)
    for question in ("whats the population of sihanoukville roughly?", "what is the population of Phnom Penh?"):
        answer = assistant.ask(question)
        assert answer.refused and "population" in _first_line(answer.text), answer.text[:400]


def test_a_breakdown_in_brackets_leaves_the_act_after_it_to_the_total(assistant):
    # ("62 WNI (52 men, 10 women) were taken out of …": the 62 were taken out, not the 10 women)
    first = _first_line(assistant.ask("how many WNI were taken out of the scam company in Sihanoukville?").text)
    assert "62" in first and "women" not in first, first


def test_an_owner_asserted_for_a_data_system_is_corrected_when_the_message_goes_on(assistant):
    # (the sources never tie SIMFONI PPA to the police; the user's purpose after the tag is no part of the claim)
    answer = assistant.ask("SIMFONI PPA itu sistem datanya Polri ya? mau kutip di skripsi")
    assert answer.text.startswith("Sumber-sumber tidak menyebutkan"), answer.text[:400]
    assert "Women's Empowerment" in answer.text, answer.text[:800]


def test_a_label_before_the_question_that_names_nothing_of_the_store_is_framing(assistant):
    first = _first_line(assistant.ask("quick math: when did the LPSK begin operating, and how many years later did "
                                      "it report 59 trafficking cases in six months?").text)
    assert "10" in first and "computed" in first, first


def test_a_law_that_ratified_another_instrument_is_no_answer(assistant):
    # ("ratified ACTIP by Law No. 12 of 2017" was the direct answer for the Palermo Protocol and for UNTOC)
    for question in ("which law did Indonesia use to ratify the Palermo Protocol?",
                     "Which law ratified the UN Convention against Transnational Organized Crime?"):
        first = _first_line(assistant.ask(question).text)
        assert "12 of 2017" not in first and "12/2017" not in first, first
    first = _first_line(assistant.ask("which law did Indonesia use to ratify ACTIP?").text)
    assert "12/2017" in first or "12 of 2017" in first, first


def test_a_law_sharing_no_term_of_the_question_is_no_answer(assistant):
    # (the Perpres of the national action plan stands beside "the 2017 Protection of Indonesian Migrant Workers law")
    first = _first_line(assistant.ask("which law governs the protection of migrant workers, per the glossary?").text)
    assert not (first.startswith("In short") and "19/2023" in first), first


def test_a_figure_placed_in_another_region_does_not_answer_for_the_region_asked(assistant):
    # ("11 million victims in the Asia Pacific region" is no figure for Europe)
    first = _first_line(assistant.ask("ILO: 21 juta korban kerja paksa di dunia, yg di eropa ada brp?").text)
    assert not (first.startswith("Singkatnya") and "11 million" in first), first


def test_a_figure_the_question_says_the_paper_gives_must_be_the_paper_s(assistant):
    # (49.6 million is the ILO's 2022 estimate in a digest and the glossary; the paper gives 21 and 11 million)
    answer = assistant.ask("why did the authors use the ILO figure of 49.6 million in the paper?")
    assert answer.text.startswith("The paper does not give"), answer.text[:400]


def test_a_ratio_per_a_named_noun_divides_by_that_noun(assistant):
    # (victims and suspects are both people: "per" still names which divides; the kidney case gives 12 suspects and
    # 122 victims, not the SBMI and KBRI counts of other events)
    first = _first_line(assistant.ask("in the bekasi-cambodia kidney case, how many victims were there per suspect?")
                        .text)
    assert "122 ÷ 12" in first, first
    # (the divisor the question names stays the divisor, even when it is the larger figure)
    first = _first_line(assistant.ask("satgas tppo: berapa laporan polisi per tersangka?").text)
    assert "861 ÷ 1,037" in first, first


def test_the_paper_s_title_asked_is_its_title_line(assistant):
    for question in ("what is the title of this paper?", "judul paper ini apa sih?"):
        first = _first_line(assistant.ask(question).text)
        assert "Indonesia's strategy in ASEAN in handling the issues of human Trafficking in Cambodia" in first, first


def test_an_indonesian_premise_keeps_each_word_s_own_rendering(assistant):
    # ("ginjal kamboja": "ginjal" stands for kidney, not for its neighbour's "cambodia"; no passage has Malaysia
    # sign a kidney MoU)
    answer = assistant.ask("thailand yg neken mou soal ginjal sama kamboja thn 2023 kan?")
    assert answer.text.startswith("Sumber-sumber tidak menyebutkan"), answer.text[:400]


def test_an_indonesian_noun_asked_by_mana_that_no_passage_speaks_of_is_refused(assistant):
    # ("bandara": airport; no passage names one, so none is the way the victims came home)
    answer = assistant.ask("korban WNI dari kamboja dipulangkan lewat bandara mana sih?")
    assert answer.refused and "bandara" in _first_line(answer.text), answer.text[:400]


def test_a_month_after_a_locative_is_no_place(assistant):
    # ("At the 42nd ASEAN Summit in May and the 43rd Summit in September …" gives no place; it had been chosen)
    first = _first_line(assistant.ask("where did the 42nd ASEAN summit take place?").text)
    assert "Labuan Bajo" in first, first


def test_a_date_in_brackets_after_another_document_does_not_date_the_one_asked(assistant):
    # (the glossary's "Perpres 19/2023 (…, signed 22 Feb 2023); … Perpres 49/2023 (signed 10 Aug 2023)")
    first = _first_line(assistant.ask("perpres 49/2023 ditandatangani tanggal berapa, dan apa isinya?").text)
    assert "22 Feb" not in first and "10 Aug 2023" in first, first


def test_a_word_of_founding_in_indonesian_asks_the_year_a_body_was_founded(assistant):
    # ("berdiri" of a body: founded; the paper's "2020-2023 period … (SBMI, 2023)" dates no founding)
    first = _first_line(assistant.ask("SBMI itu berdiri tahun berapa?").text)
    assert "2003" in first, first


def test_a_spoken_verb_of_criticising_is_no_unknown_word(assistant):
    # ("ngritik" had been refused: "no passage mentions ngritik"; the 2018 TIP Report's criticism is in a digest)
    answer = assistant.ask("laporan TIP 2018 ngritik UU 21/2007 soal apa sih?")
    assert not answer.refused and "force, fraud or coercion" in answer.text, answer.text[:600]


def test_two_numbers_of_one_label_set_apart_by_a_word_of_comparison_assert_neither(assistant):
    # ("what separates a Tier 2 country from a Tier 3 one?" had been corrected: "the sources do not state the figure
    # your question gives")
    answer = assistant.ask("what separates a Tier 2 country from a Tier 3 one in the TIP report?")
    assert not answer.text.startswith("The sources do not"), answer.text[:400]


def test_an_interval_asked_with_the_paper_s_dates_ruled_out_takes_the_other_sources_dates(assistant):
    # ("not the paper's": the paper dates the kidney case 23 July; the digests and the glossary give 20 July and
    # the signing 21 Aug)
    first = _first_line(assistant.ask("how many days between polda metro jaya announcing the bekasi-cambodia kidney "
                                      "case and the kapolri signing the 6 MoUs? use the KB's dates not the paper's")
                        .text)
    assert first.startswith("There are 32 days between 20 July 2023 and 21 Aug"), first


def test_the_knowledge_base_s_own_name_is_no_term_of_a_premise(assistant):
    # ("kata KB …": where the claim was read, as "the paper says"; its words had been unknown terms of the claim)
    answer = assistant.ask("knp sih kata KB angka korban dari KBRI, CNBC sama SBMI itu gak boleh dijumlahin?")
    assert not answer.text.startswith("Sumber-sumber tidak menyebutkan"), answer.text[:400]
    # (nor is a word whose only rendering is itself without its enclitic: "maknanya" → "makna")
    answer = assistant.ask("knp sih kata KB angka IOM 43-50% di paper itu gak tepat maknanya?")
    assert not answer.text.startswith("Sumber-sumber tidak menyebutkan"), answer.text[:400]


def test_a_law_asked_of_a_period_of_years_is_one_a_sentence_gives_for_that_period(assistant):
    # ("RAN TPPO 2015-2019": the glossary's TPPO line names Law 21/2007 and no period; it had been the direct answer)
    first = _first_line(assistant.ask("RAN TPPO periode 2015-2019 itu diatur pakai aturan apa?").text)
    assert "21/2007" not in first, first
