"""Reader rules of the thirty-sixth session, on the real knowledge base: a claim the sources do not hold is set
beside the sentence that states the same thing with another filler in the place of the claim's wrong part (another
body of the same kind, another holder of the same office, a figure counting the same noun). Frozen before the code
they test was changed."""


def test_another_body_of_the_same_kind_corrects_the_body_a_question_credits(assistant):
    answer = assistant.ask("Why did Cambodia's Ministry of Defence sign the police MoU with Indonesia?")
    assert answer.refused, answer.text[:300]
    assert "Ministry of Interior" in answer.text, answer.text[:600]


def test_another_holder_of_the_office_corrects_the_holder_a_question_credits(assistant):
    answer = assistant.ask("kenapa Wapres yang buka AMMTC ke-17?")
    assert answer.refused, answer.text[:300]
    assert "Joko Widodo" in answer.text, answer.text[:600]


def test_a_figure_counting_the_same_noun_is_the_closest_passage_to_a_figure_the_sources_lack(assistant):
    answer = assistant.ask("Did Law 21/2007 have 12 chapters when it was passed?")
    assert "nine chapters" in answer.text, answer.text[:600]


def test_a_year_asserted_before_an_indonesian_tag_and_a_comma_is_checked_against_the_year_given(assistant):
    answer = assistant.ask("LPSK itu udah jalan dari 2006 kan, bareng UU-nya?")
    assert answer.refused, answer.text[:300]
    assert "2008" in answer.text, answer.text[:600]


def test_a_year_asserted_with_dari_is_corrected_by_the_year_the_source_gives(assistant):
    answer = assistant.ask("IOM udah bantu korban TPPO di Indonesia dari 2010 kan, sebelum kasus Kamboja?")
    assert "2005" in answer.text, answer.text[:600]


def test_a_colloquial_verb_of_depositing_a_ratification_finds_the_deposit_dates(assistant):
    answer = assistant.ask("Myanmar kapan nyetor instrumen ratifikasi ACTIP?")
    assert not answer.refused, answer.text[:300]
    first = answer.text.splitlines()[0]
    assert "16 January 2017" in first or "16 Januari 2017" in first, answer.text[:600]


def test_a_technique_attributed_to_the_study_is_set_beside_the_approach_and_technique_it_used(assistant):
    for question in ("paper ini nyebarin survei ke pekerja migran kan?",
                     "did the authors run a survey of migrant workers for this paper?"):
        answer = assistant.ask(question)
        assert answer.refused, answer.text[:300]
        assert "literature review" in answer.text and "qualitative" in answer.text, answer.text[:800]
