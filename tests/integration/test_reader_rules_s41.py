"""Reader rules of the fortieth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_sum_of_figures_the_sources_say_cannot_be_added_comes_after_that_warning(assistant):
    # (the sum asked for is still given, labelled as computed, but only after the passage that warns against it)
    for question in ("kalo dijumlahin 52 + 172 + 62 + 267 + 1138 jadi total brp korban WNI di kamboja?",
                     "If I add up the 52, 172, 62, 267 and 1,138 figures, what's the total number of victims?"):
        answer = assistant.ask(question)
        first = _first_line(answer.text)
        assert "cannot be added up" in first and "1,691" not in first, answer.text[:600]


def test_a_range_the_question_names_gives_no_operands(assistant):
    answer = assistant.ask("prevalensi kekerasan thd perempuan 15-64 thn turun dr brp ke brp?")
    first = _first_line(answer.text)
    assert "9.4%" in first and "8.7%" in first and "80.0%" not in answer.text, answer.text[:400]


def test_whether_a_figure_is_trustworthy_asks_for_its_source(assistant):
    answer = assistant.ask("Is the IOM statistic in the introduction trustworthy?")
    assert "say that Is" not in answer.text and not answer.refused, answer.text[:400]
    assert "Anderson" in answer.text, answer.text[:900]


def test_a_decade_is_a_date(assistant):
    answer = assistant.ask("Since when have IR scholars treated human trafficking seriously, according to the Alifia "
                           "thesis?")
    assert "1990s" in _first_line(answer.text), answer.text[:400]


def test_a_name_asked_in_another_language_asks_the_glossary_entry(assistant):
    answer = assistant.ask("What's Satgas TPPO in English?")
    assert "Task Force" in _first_line(answer.text) and not answer.refused, answer.text[:400]
    answer = assistant.ask("Satgas TPPO itu bahasa Inggrisnya apa?")
    assert "Task Force" in _first_line(answer.text) and not answer.refused, answer.text[:400]


def test_a_share_asked_with_an_indonesian_participle_is_computed(assistant):
    answer = assistant.ask("Menurut digest TIP Report 2017, dari seluruh pengaduan yang masuk ke sistem pengaduan "
                           "pekerja migran, berapa persen yang terkonfirmasi sebagai kasus TPPO?")
    assert "1.2%" in _first_line(answer.text), answer.text[:400]


def test_a_rank_asked_is_answered_by_a_tier(assistant):
    answer = assistant.ask("Kamboja di TIP report 2023 masuk tier brp?")
    assert "Tier 3" in _first_line(answer.text), answer.text[:400]
    answer = assistant.ask("What tier was Indonesia in the 2017 TIP report?")
    assert "Tier 2" in _first_line(answer.text) and "Watch" not in _first_line(answer.text), answer.text[:400]


def test_a_field_of_a_cited_works_record_is_quoted_first(assistant):
    answer = assistant.ask("Artikel Bakker dkk. (2020) yang dikutip di pendahuluan terbit di jurnal apa, volume dan "
                           "nomor berapa, serta halaman berapa?")
    assert "Journal of Law and Border Protection, 2(1), 47–58" in answer.text.split("\n")[0] + answer.text.split(
        "\n")[1], answer.text[:600]
    answer = assistant.ask("what's the DOI of Snyder (2019)?")
    assert "10.1016/J.JBUSRES.2019.07.039" in answer.text.split("\n")[0] + answer.text.split("\n")[1], \
        answer.text[:400]


def test_a_figure_named_as_the_subject_asserts_no_count(assistant):
    answer = assistant.ask("where does the 2,605 figure come from?")
    assert not _first_line(answer.text).startswith("The sources do not"), answer.text[:400]


def test_a_figure_the_sources_credit_elsewhere_is_not_said_to_be_absent(assistant):
    answer = assistant.ask("SBMI nyatat 1.138 kasus dugaan TPPO ya?")
    first = _first_line(answer.text)
    # (the figure is no absent one: the reply says the sources do not give it for this, or, since the fifty-third
    # session, that they do not credit it to SBMI, showing the sentence that cites Wardah (2023) for it)
    assert first.endswith("untuk hal ini.") or (first.startswith("Sumber-sumber tidak menyebutkan bahwa SBMI")
                                                 and "(Wardah, 2023)" in answer.text), answer.text[:400]


def test_asking_where_to_begin_or_what_tipbot_draws_on_is_conversation(assistant):
    for question in ("hey there! I'm new to this topic, where should I start?",
                     "ok sip, btw km jawab pake sumber apa aja sih?"):
        answer = assistant.ask(question)
        assert "Pratiwi & Sukandar (2024)" in _first_line(answer.text), answer.text[:400]


def test_a_sections_number_is_no_figure(assistant):
    answer = assistant.ask("UU 13/2006 diubah thn brp, jaraknya brp tahun dr UU aslinya?")
    assert not _first_line(answer.text).startswith("Singkatnya: 3.1"), answer.text[:400]


def test_a_part_given_with_its_partitive_after_the_total_is_a_share(assistant):
    answer = assistant.ask("Of the 336 victims an international organisation helped identify in the 2017 TIP report, "
                           "what percentage were in fishing?")
    assert "47.3%" in _first_line(answer.text), answer.text[:400]
