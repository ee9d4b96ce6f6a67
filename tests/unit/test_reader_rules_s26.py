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
