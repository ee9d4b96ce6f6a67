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
