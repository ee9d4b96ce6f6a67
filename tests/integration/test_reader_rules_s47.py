"""Reader rules of the forty-sixth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_the_size_of_a_change_stated_from_one_figure_to_another(assistant):
    # (the glossary's Gugus Tugas entry: "Membership grew from 19 to 24 ministries and agencies"; the Kapolri's entry
    # beside it gives "six bilateral police MoUs")
    first = _first_line(assistant.ask("How much did the task force's membership grow under Perpres 49/2023?").text)
    assert "24 − 19 = 5" in first, first
    answer = assistant.ask("Perpres 49/2023 bikin anggota gugus tugas dari brp jadi brp? nambah brp?")
    assert "24" in answer.text and "5" in _first_line(answer.text), answer.text[:400]


def test_the_name_asked_after_siapa(assistant):
    first = _first_line(assistant.ask("sekretaris NCB Interpol Indonesia tahun 2022 itu siapa namanya?").text)
    assert "Amur Chandra" in first, first


def test_the_papers_own_history_asked_in_indonesian(assistant):
    first = _first_line(assistant.ask("paper ini direvisi kapan ya?").text)
    assert "Mar 18, 2024" in first, first


def test_a_figure_credited_to_a_source_whose_digest_gives_none(assistant):
    # (the 2023 TIP report's digest gives no national count of victims; the paper's 1,138 is Wardah's, "in the May
    # 2023 report")
    for question in ("How many victims in total did Indonesia identify, per the 2023 TIP report?",
                     "What total number of trafficking victims does the 2023 TIP report give for Indonesia?"):
        answer = assistant.ask(question)
        assert answer.refused and "1,138" not in _first_line(answer.text), (question, answer.text[:400])
    # (a figure the digest gives is still answered from it)
    first = _first_line(assistant.ask("according to the 2017 TIP report, how many complaints did the migrant "
                                      "worker system log?").text)
    assert "4,761" in first, first


def test_a_provision_asked_by_its_number(assistant):
    # (the Law 13/2006 digest: "under Article 10, witnesses, victims and reporters cannot be prosecuted …")
    first = _first_line(assistant.ask("Law 13/2006: which article says witnesses and victims cannot be prosecuted "
                                      "for their testimony?").text)
    assert "10" in first, first


def test_a_statement_to_confirm_whose_names_the_sources_never_tie(assistant):
    # (SIMFONI PPA is KemenPPPA's system; no passage names it with Polri)
    answer = assistant.ask("SIMFONI PPA itu sistem punya Polri ya kan?")
    assert answer.corrected and ("KemenPPPA" in answer.text or "Women" in answer.text), answer.text[:400]
    answer = assistant.ask("SIMFONI PPA is run by KemenPPPA, right?")  # (told together: confirmed, not corrected)
    assert not answer.corrected and not answer.refused, answer.text[:400]


def test_an_office_capitalised_in_the_run_of_its_holders_name(assistant):
    # ("Women's Empowerment Minister Meutia Hatta called for cooperation …": the holder is the name after the office)
    question = "siapa menteri pemberdayaan perempuan yang berkomentar soal UU TPPO tahun 2007?"
    first = _first_line(assistant.ask(question).text)
    assert "Meutia Hatta" in first, first


def test_a_figure_of_one_digit_and_a_magnitude_in_an_enumeration_by_place(assistant):
    # (the Alifia digest: "at least 49.6 million people worldwide, including 29.3 million in Asia, 7 million in
    # Africa …")
    first = _first_line(assistant.ask("Per the ILO estimate quoted in Alifia's thesis, how many people in Africa "
                                      "live in modern slavery?").text)
    assert "7 million" in first and "49.6" not in first, first


def test_an_office_asked_with_which_that_no_passage_names_a_holder_of(assistant):
    # (the Polri digest names the Cambodian signatory as the Ministry of Interior, no person; "MoUs" is no official)
    answer = assistant.ask("Which Cambodian official put his signature on the police MoU with Indonesia in August "
                           "2023?")
    assert answer.refused and "official" in _first_line(answer.text), answer.text[:400]


def test_the_law_number_of_a_thing_named_comes_from_its_own_entry(assistant):
    # (the glossary's KUHAP entry: "Law No. 8/1981"; the paper's sentence naming the Criminal Procedure Code leads
    # with Law Number 21 of 2007)
    first = _first_line(assistant.ask("KUHAP itu UU nomor brp sih kak?").text)
    assert "8/1981" in first, first


def test_a_country_asked_is_the_one_of_the_clause_that_holds_the_question(assistant):
    # ("Cambodia ranks high as a country of origin …, while Thailand is the leading destination country …")
    first = _first_line(assistant.ask("Which country does the paper name as the leading destination country in "
                                      "Southeast Asia?").text)
    assert "Thailand" in first and "Cambodia" not in first, first


def test_a_date_interrogative_in_the_plural_gets_every_year(assistant):
    # (the glossary's SPHPN entry: "2016 with rounds in 2021 and 2024")
    first = _first_line(assistant.ask("SPHPN udah dilakuin tahun brp aja sih?").text)
    assert all(y in first for y in ("2016", "2021", "2024")), first


def test_the_doer_of_an_act_told_beside_the_lead_and_named_after_an_office(assistant):
    # ("The meeting was opened by Woro … ("Lisa") …. She was accompanied by Assistant Deputy **Veronica Enda
    # Wulandari**.")
    first = _first_line(assistant.ask("Who accompanied Kemenko PMK's deputy Woro at the RAN PP-TPPO evaluation "
                                      "meeting?").text)
    assert "Veronica Enda Wulandari" in first, first


def test_the_front_matter_line_holding_what_is_asked_leads(assistant):
    # (the corresponding author's lines run on past "No.Kav." to the email; its sentence leads the title block)
    first = _first_line(assistant.ask("What email address is given for the corresponding author?").text)
    assert "hwarahhma@gmail.com" in first, first
