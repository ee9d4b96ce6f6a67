"""Reader rules of the thirty-ninth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_an_average_per_month_is_the_total_over_the_months_it_covers(assistant):
    answer = assistant.ask("On average, how many people a month did the Satgas TPPO rescue after it was formed?")
    first = _first_line(answer.text)
    assert "2,778" in first and "694.5" in first, answer.text[:400]


def test_an_average_per_year_is_the_total_over_the_years_it_covers(assistant):
    answer = assistant.ask("rata-rata berapa kasus online scam per tahun yang ditangani Indonesia menurut Menlu Retno?")
    first = _first_line(answer.text)
    assert "2,700" in first and "900" in first, answer.text[:400]


def test_how_big_a_part_asks_a_share(assistant):
    answer = assistant.ask("di negara berpendapatan rendah, brp bagian korban yg anak2 menurut UNODC?")
    assert "half" in _first_line(answer.text), answer.text[:400]


def test_who_poses_as_someone_is_read_in_either_language(assistant):
    answer = assistant.ask("sindikat dari negara mana yg nyamar jd agen tenaga kerja di kamboja?")
    assert "China" in _first_line(answer.text), answer.text[:400]
