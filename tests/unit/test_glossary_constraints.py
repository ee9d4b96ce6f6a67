"""A glossary term typed in lower case is a constraint of the question, as its capitalised form would be."""

from __future__ import annotations


def test_a_glossary_term_in_lower_case_names_the_same_thing(mini_assistant):
    def analysed(question: str):
        return mini_assistant._step_retrieve(mini_assistant._step_check({"question": question}))["analysis"]

    assert "PSMA" in analysed("psma berlaku kapan sih?").constraints.names
    names = analysed("When did the PSMA enter into force?").constraints.names
    assert [n for n in names if n.lower() == "psma"] == ["PSMA"]  # not twice


def test_a_short_acronym_that_is_also_a_word_keeps_its_case():
    from tipbot.query import _glossary_hits

    glossary = [{"term": "APA"}, {"term": "PSMA"}]
    assert [h["term"] for h in _glossary_hits("psma itu apa?", glossary)] == ["PSMA"]
