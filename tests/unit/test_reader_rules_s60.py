"""Reader rules of the fifty-ninth session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import confirms


def test_an_english_tag_may_stand_before_a_comma_inside_the_question():
    # ("… in 2006 right, same year as the law?": the tag closes the claim, an aside follows)
    assert confirms("the agency started work in 2006 right, same year as the law?", "en")
    assert confirms("ACTIP was signed in 2015, correct, at the summit in KL?", "en")
    # (not a noun "right" before a comma, nor a tag before an interrogative's clause)
    assert not confirms("which right, of the ones listed, does the law protect?", "en")
    assert not confirms("it was signed in 2015 right, so when did it enter into force?", "en")


def test_a_span_in_units_asked_as_a_difference_of_two_events_is_an_interval():
    from tipbot.answering.analysis import analyse

    # ("selisih brp hari": the difference of two dates, whichever relation word the message uses)
    assert analyse("Perpres 19/2023 sama Perpres 49/2023 diteken selisih brp hari?").interval
    assert analyse("what's the difference in days between the two regulations' signing, how many days?").interval
    # (a difference of two prison terms in years is no interval of dates)
    assert not analyse("hukuman penjara minimal sama maksimal selisih berapa tahun?").interval


def test_two_surnames_of_the_store_s_people_typed_together_are_names():
    from tipbot.answering.analysis import recaser

    names = {"hanny surya pratiwi": "Hanny Surya Pratiwi", "rudi sukandar²": "Rudi Sukandar²",
             "child protection": "Child Protection"}
    # ("pratiwi" is also an ordinary word here, typed alone it stays a word; the paper cites a Pratiwi)
    recase = recaser(names, frozenset({"pratiwi", "protection"}), {"pratiwi": "Pratiwi"})
    assert recase("di paper pratiwi sukandar itu brp strategi?") == "di paper Pratiwi Sukandar itu brp strategi?"
    assert recase("in pratiwi and sukandar's paper, how many?") == "in Pratiwi and Sukandar's paper, how many?"
    assert recase("menurut pratiwi & sukandar?") == "menurut Pratiwi & Sukandar?"
    assert recase("pratiwi itu artinya apa?") == "pratiwi itu artinya apa?"
    # (an organisation's last word is an ordinary one: no surname)
    assert recase("protection and pratiwi") == "protection and pratiwi"


def test_an_indonesian_apa_between_two_choices_offers_them():
    from tipbot.answering.analysis import offered_alternatives

    # (colloquial "A apa B?" is "A atau B?")
    assert offered_alternatives("metode penelitiannya apa, kualitatif apa kuantitatif?") == ["kualitatif",
                                                                                           "kuantitatif"]
    assert offered_alternatives("yg mimpin siapa, kapolri ato kabareskrim?") == ["kapolri", "kabareskrim"]
    # (not "apa" asking after a conjunction, nor the question's own "apa")
    assert offered_alternatives("ACTIP itu apa, dan apa isinya?") == []
    assert offered_alternatives("metode penelitian paper ini apa?") == []


def test_a_yes_no_opening_before_a_choice_of_two_asks_which_not_whether():
    assert not confirms("is the paper's method qualitative or quantitative?", "en")
    assert not confirms("apakah pendekatannya kualitatif atau kuantitatif?", "id")
    # ("… or not?" still asks whether)
    assert confirms("did Indonesia ratify ACTIP or not?", "en")
    assert confirms("was ACTIP signed in Kuala Lumpur?", "en")


def test_a_rate_asked_per_a_unit_with_the_enclitic_nya_is_a_rate():
    from tipbot.answering.analysis import rate_unit

    assert rate_unit("rata-rata berapa orang diselamatkan per bulannya?", "id") == rate_unit(
        "rata-rata berapa orang diselamatkan per bulan?", "id") != ""


def test_a_footnote_mark_on_a_stored_name_is_not_typed_into_the_question():
    from tipbot.answering.analysis import recaser

    recase = recaser({"rudi sukandar²": "Rudi Sukandar²"}, frozenset())
    assert recase("who is rudi sukandar?") == "who is Rudi Sukandar?"


def test_the_midpoint_of_a_range_is_an_arithmetic_of_its_own():
    from tipbot.answering.analysis import analyse

    assert analyse("what is the midpoint of the target range?").arithmetic == "midpoint"
    assert analyse("titik tengah rentang target itu brp?").arithmetic == "midpoint"


def test_a_pronoun_subject_of_a_later_part_stands_for_the_earlier_part_s_topic():
    from tipbot.answering.analysis import analyse

    previous = analyse("What is ACTIP?")
    assert "ACTIP" in analyse("when did it actually come into force?", previous=previous).text
    # (a later part with a subject of its own stands alone)
    previous = analyse("berapa korban kasus ginjal?")
    assert analyse("terus tersangka ginjal berapa?", previous=previous).text.startswith("tersangka ginjal")
