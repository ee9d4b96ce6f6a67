"""Reader rules of the fourteenth session, each for a class of question (see the docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse, answer_type, resolve_followup
from tipbot.keyword import tokenize

from .test_reader_rules_s14 import _sentences


def test_which_with_modifiers_before_a_body_asks_for_an_actor():
    assert answer_type("Which Ruritanian body signed the harbour pact?", "en") == "actor"
    assert answer_type("which government agency ran the raid?", "en") == "actor"
    assert answer_type("Which body signed it?", "en") == "actor"
    # (a "which" of a thing that is no doer stays what it was)
    assert answer_type("Which harbour pact was signed in 2023?", "en") != "actor"


def test_a_later_part_with_its_own_interrogative_and_a_pronoun_is_about_the_earlier_subject():
    previous = analyse("On what date was the Ruritania–Freedonia Harbour Pact signed?")
    merged = resolve_followup("which Ruritanian body signed it?", "en", previous)
    assert "Harbour Pact" in merged and "signed it" not in merged and merged.lower().startswith("which ruritanian")


def test_the_agent_noun_of_signing_is_in_its_synonym_group():
    from tipbot.answering.extractive import act_tokens

    assert {"signatory", "signer"} <= act_tokens(analyse("Who signed the harbour pact?"))


def test_a_period_the_question_gives_a_figure_is_corrected_by_the_sentence_giving_that_figure():
    from tipbot.answering.answerability import contradiction

    pool = _sentences("c1", ["The harbour registry shows that from 2017 to 2022, 2,605 cases were documented.",
                             "The registry is kept by the harbour office."], [1.0, 0.5])
    idf = {t: 2.0 for e in pool for t in e.tokens}
    q = analyse("So the harbour registry count of 2,605 cases covers 2015 to 2020, right?")
    q_tokens = set(tokenize(q.text))
    found = contradiction(q, pool, q_tokens, idf, frozenset())
    assert found is not None and found[0] == "2015–2020" and found[1] is pool[0]
    # (the period the sentence gives is no contradiction, in any of the ways a period is written)
    for asked in ("from 2017 to 2022", "2017–2022", "between 2017 and 2022"):
        q = analyse(f"So the harbour registry count of 2,605 cases covers {asked}, right?")
        assert contradiction(q, pool, set(tokenize(q.text)), idf, frozenset()) is None
