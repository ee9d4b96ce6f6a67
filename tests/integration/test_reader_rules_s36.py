"""Reader rules of the thirty-fifth session, on the real knowledge base: short answers a newcomer's trial found
wrong (a figure of another noun, of another actor; a follow-up that lost what it counts; a law
that the question itself names as its subject). Frozen before the code they test was changed."""


def _first_line(text: str) -> str:
    """The answer's first line after a follow-up's "(Read as …)" note."""
    lines = [line for line in text.splitlines() if not line.startswith("(")]
    return lines[0] if lines else ""


def test_a_count_of_reports_does_not_answer_how_many_people(assistant):
    answer = assistant.ask("How many Indonesians were victims of trafficking in Cambodia?")
    assert "75 reports" not in _first_line(answer.text), answer.text[:300]


def test_a_figure_of_another_countrys_police_does_not_answer_for_the_cambodian_government(assistant):
    answer = assistant.ask("How many victims did the Cambodian government rescue in 2023?")
    assert "2,778" not in _first_line(answer.text), answer.text[:300]
    assert answer.refused, answer.text[:300]


def test_a_follow_up_naming_its_own_counted_noun_counts_that_noun(assistant):
    answer = assistant.ask("and how many reports?", previous="how many people did the task force save?")
    assert "861" in _first_line(answer.text), answer.text[:300]


def test_a_law_the_question_names_as_its_subject_is_not_the_answer(assistant):
    answer = assistant.ask("What does Law Number 13 of 2006 regulate?")
    assert not _first_line(answer.text).startswith("In short: Law Number 21"), answer.text[:300]
    assert "witnesses and victims" in answer.text.lower()
