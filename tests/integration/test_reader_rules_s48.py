"""Reader rules of the forty-seventh session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_work_known_only_by_its_record_questioned_as_support(assistant):
    # (references.json keeps the problems of works it holds no digest of: "Source concerns the Strait of Malacca";
    # "The cited chapter ('Sampling: …') is about sampling")
    answer = assistant.ask("Why is Pratiwi & Yunda (2020) a shaky basis for the paper's claim about Indonesia?")
    assert "Malacca" in answer.text and not answer.refused, answer.text[:400]
    answer = assistant.ask("kenapa Miles dkk 2014 dianggap bermasalah sebagai rujukan?")
    assert "sampling" in answer.text and not answer.refused and not answer.corrected, answer.text[:400]


def test_a_share_given_as_a_fraction_word_is_a_figure(assistant):
    # (the UNODC digest: "in low-income countries about half of detected victims are children")
    answer = assistant.ask("In the UNODC 2020 report, what share of detected victims are children in low-income "
                           "countries?")
    assert not answer.refused and "half" in _first_line(answer.text), answer.text[:400]


def test_a_figure_asked_of_crimes_is_the_criminal_activitys(assistant):
    # ("50% … sexual exploitation, 38% for forced labour, 6% for forced criminal activity")
    first = _first_line(assistant.ask("UNODC 2020: what percent of victims were forced to commit crimes?").text)
    assert "6%" in first and "38%" not in first, first


def test_a_date_whose_clause_names_the_questions_subject(assistant):
    # (the ACTIP digest: "Viet Nam deposited on 5 January 2017 and Myanmar on 16 January 2017"; in force 8 March 2017)
    first = _first_line(assistant.ask("How long after Myanmar deposited its ACTIP ratification did the "
                                      "convention enter into force, in days?").text)
    assert "51" in first and "16 January 2017" in first, first


def test_a_source_named_before_a_colon_is_credited(assistant):
    # (the 2017 TIP report's digest: "In 2016 the ministry repatriated 13,714 nationals and foreign governments
    # deported 27,855"; not the paper's 1,138, which is Wardah's)
    first = _first_line(assistant.ask("TIP 2017: taun 2016 kemlu mulangin brp WNI, dan brp yg dideportasi "
                                      "negara lain?").text)
    assert "13,714" in first and "27,855" in first, first
    first = _first_line(assistant.ask("UNODC 2020: what percent of victims were forced to commit crimes?").text)
    assert "6%" in first and "38%" not in first, first


def test_a_date_asked_of_an_act_the_dated_sentences_do_not_tell(assistant):
    # (the ACTIP digest dates Viet Nam's and Myanmar's deposits; of Indonesia it says only "ratified ACTIP by Law
    # No. 12 of 2017")
    answer = assistant.ask("On what date did Indonesia deposit its instrument of ratification of ACTIP?")
    assert answer.refused, answer.text[:400]
    first = _first_line(assistant.ask("When did Indonesia ratify ACTIP?").text)
    assert "2017" in first and "2015" not in first, first


def test_a_place_asked_of_an_act_no_placed_sentence_tells(assistant):
    # (no source says where LPSK or SBMI was founded; "Phnom Penh" is where the embassy repatriated workers)
    for question in ("kak, SBMI itu didirikan di kota mana sih?", "LPSK didirikan di kota mana?"):
        answer = assistant.ask(question)
        assert answer.refused and "Phnom Penh" not in _first_line(answer.text), (question, answer.text[:300])


def test_things_compared_by_their_glossary_entries_first(assistant):
    # ("Divhubinter Polri": the entry "Divhubinter" with the body it belongs to after it)
    lines = assistant.ask("Divhubinter Polri sama Bareskrim itu bedanya apa sih?").text.splitlines()
    assert any("Divhubinter:" in x for x in lines[:2]) and any("Bareskrim:" in x for x in lines[:2]), lines[:3]


def test_a_work_known_only_by_its_record_asked_of_by_its_authors(assistant):
    # (references.json: "… (Chab Dai research programme)"; "In the 2014 (3rd) edition the first component is called
    # 'data condensation'"; the title "… approaches fifth edition")
    for question, held in (("which research programme is the Cordisco Tsai et al. study part of?", "Chab Dai"),
                           ("Miles dkk edisi 2014: komponen pertama analisis datanya disebut apa?", "condensation"),
                           ("what edition of Creswell & Creswell does the paper cite?", "fifth edition")):
        answer = assistant.ask(question)
        assert held in "\n".join(answer.text.splitlines()[:3]), (question, answer.text[:400])


def test_a_source_named_by_the_head_of_its_title_with_its_year(assistant):
    # ("the 2023 ASEAN declaration": the "ASEAN Leaders' Declaration on Combating …" of 2023, whose digest notes
    # "It leaves out the commitments on joint investigations, …"; not the Khairi digest's omission)
    first = _first_line(assistant.ask("What does the paper leave out of the 2023 ASEAN declaration's "
                                      "commitments?").text)
    assert "joint investigations" in first, first


def test_a_premise_set_in_an_appositive_is_answered_by_what_the_thing_is(assistant):
    # (the glossary: "SBMI: Indonesian Migrant Workers Union … Civil-society migrant workers' union founded in 2003")
    answer = assistant.ask("Why does SBMI, as a government agency under the Ministry of Manpower, count trafficking "
                           "cases?")
    assert answer.corrected and ("Union" in answer.text or "civil-society" in answer.text), answer.text[:400]


def test_an_event_dated_by_the_year_of_the_law_that_did_it(assistant):
    # (the glossary: UNTOC "(UNGA res. 55/25, 2000). Indonesia ratified it by Law No. 5/2009")
    first = _first_line(assistant.ask("How many years passed between UNTOC's adoption and Indonesia's "
                                      "ratification of it?").text)
    assert "2009" in first and "9" in first.replace("2009", ""), first


def test_the_papers_own_author_names_no_other_work(assistant):
    # ("Pratiwi" is the paper's first author and the first author of Pratiwi & Yunda (2020), known by its record)
    answer = assistant.ask("What strategies did Pratiwi and Sukandar find Indonesia using in Cambodia?")
    assert "reference record" not in _first_line(answer.text), answer.text[:300]
    answer = assistant.ask("what did the Pratiwi & Yunda study actually look at?")
    assert "Malacca" in answer.text or "Malaka" in answer.text, answer.text[:300]


def test_a_date_asked_of_a_work_known_only_by_its_record(assistant):
    # (references.json: "Year: volume 37(1) corresponds to the 2022 print issue; 2021 is presumably …")
    answer = assistant.ask("when was the Cordisco Tsai et al. article actually published?")
    assert "2022" in "\n".join(answer.text.splitlines()[:3]), answer.text[:400]


def test_a_tag_between_the_passive_verb_and_the_paper_asks_coverage():
    from tipbot.answering.analysis import analyse

    assert analyse("LPSK disebut gak sih di paper?").coverage == "LPSK"


def test_a_figure_restated_in_brackets_for_the_year_asked(assistant):
    # (the 2017 TIP report's digest: "In 2016 the ministry repatriated 13,714 nationals and foreign governments
    # deported 27,855 (in 2015: 9,039 and 85,490)")
    first = _first_line(assistant.ask("per the 2017 TIP report, how many nationals did the ministry repatriate in "
                                      "2015?").text)
    assert "9,039" in first, first
    first = _first_line(assistant.ask("TIP 2017: th 2015 brp WNI yg dideportasi pemerintah asing?").text)
    assert "85,490" in first, first
