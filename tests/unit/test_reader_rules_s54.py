"""Reader rules of the fifty-third session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse
from tipbot.answering.answerability import quantity_kind


def test_what_someone_said_should_be_done_is_no_advice():
    # (a prescriptive phrase a verb of speech reports, with no first-person subject after it, is what its speaker
    # said should be done: the content of a statement the sources may give)
    for message in ("kata jubir Kemlu, penanganan TPPO harus bagaimana?",
                    "juru bicara Kemlu bilang penanganan perdagangan orang harus gimana?",
                    "What did the spokesperson say about how we should handle trafficking cases?"):
        assert analyse(message).personal == "", message
    # (the user's own case stays advice, also after a verb of speech)
    for message in ("apa yang harus saya lakukan kalau sepupu saya ditahan di Kamboja?",
                    "temanku bilang aku harus gimana kalau agennya kabur?",
                    "My cousin is stuck in a scam compound, what should we do?"):
        assert analyse(message).personal == "advice", message


def test_an_average_per_unit_asked_with_an_indonesian_or_english_unit_word():
    # ("tiap", "setiap", "satu", "each", "every" before the unit, on either side of the word for an average)
    for message in ("rata-rata tiap laporan, berapa orang yang diselamatkan Satgas TPPO?",
                    "satu laporan rata2 brp korban yg diselamatkan?",
                    "setiap laporan polisi rata-rata menyelamatkan berapa orang?",
                    "On average, how many people were rescued with each police report?"):
        assert analyse(message).arithmetic == "ratio", message
    # (a unit of time stays a rate; "one of" is no unit)
    assert analyse("rata-rata tiap bulan berapa korban yang diselamatkan?").arithmetic == "rate"
    assert analyse("on average, one of how many victims is a child?").arithmetic != "ratio"


def test_a_law_asked_by_its_number_and_year_asks_no_quantity():
    # ("nomor berapa tahun berapa": the two parts of a law's reference, no duration)
    for message in ("UU perlindungan saksi dan korban nomor berapa tahun berapa?",
                    "What is the number of the law on protecting migrant workers?",
                    "undang-undang pekerja migran itu nomor berapa tahun berapa?"):
        q = analyse(message)
        assert q.answer_type == "law", message
        assert quantity_kind(q) is None, message


def test_the_place_of_an_item_in_a_list_the_question_asks_for():
    # (an ordinal with the list's size given, or an item's number: which item of the source's own list is asked)
    for message, item in (("strategi keempat dari lima strategi Indonesia itu apa?", 4),
                          ("What is the second of the five strategies Indonesia used?", 2),
                          ("strategi nomor 3 yang dipakai Indonesia apa?", 3),
                          ("the third strategy in the paper's list of five, what is it?", 3)):
        q = analyse(message)
        assert q.item == item, message
        assert q.answer_type == "list", message
    # (not a thing named by its place in a series, an act's rank, nor a law's number)
    for message in ("Who opened the first meeting of the WG on GTCM?",
                    "which was the first ASEAN state to ratify ACTIP?",
                    "UU nomor 5 tahun 2009 itu tentang apa?",
                    "KTT ASEAN ke-42 diadakan di mana?"):
        assert analyse(message).item == 0, message


def test_a_conditional_opener_is_no_part_of_the_claim():
    # ("given that", "considering that", "mengingat": the clause after it is the claim, whatever its subject; "since"
    # and "karena" only before the paper, as before: "since when …" asks a date)
    from tipbot.answering.answerability import claim_of

    for message in ("Given that Indonesia stayed on the Tier 2 Watch List in the 2023 TIP Report, what weaknesses "
                    "did the report point to?",
                    "Considering that SBMI recorded 1,138 cases, why did the paper cite it?",
                    "Mengingat Kamboja naik ke Tier 2, apa alasannya?"):
        claim = claim_of(analyse(message))
        assert not claim.lower().startswith(("given", "considering", "mengingat")), claim
