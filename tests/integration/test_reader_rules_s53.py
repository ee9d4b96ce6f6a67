"""Reader rules of the fifty-second session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_count_of_a_topic_no_figure_counts_is_refused(assistant):
    # (the sources give no count of passports returned or phones seized; the figures they give count workers and
    # victims, "172 Indonesian migrant workers")
    for question in ("kak, paspor korban yg ditahan di kompleks scam itu udah brp yg dibalikin?",
                     "paspor WNI yang disita perusahaan di Kamboja itu berapa yang sudah dikembalikan?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith("Basis pengetahuan tidak memuat"), first


def test_a_figure_for_a_period_only_a_record_note_gives_is_answered_from_the_note(assistant):
    # (the paper's figures are for 2017–2022 and 2020–2023; the note on the SIMFONI PPA record gives KemenPPPA's
    # "2019–Oct 2022, 1,545 cases and 1,732 victims", framed as the knowledge base's note, not the paper)
    for question, figure in (("How many trafficking cases did KemenPPPA record from 2019 to October 2022?", "1,545"),
                             ("brp korban TPPO yg dicatat KemenPPPA dari 2019 sampai Oktober 2022?", "1,732")):
        first = _first_line(assistant.ask(question).text)
        assert figure in first, first


def test_a_date_of_an_act_only_a_record_note_tells_is_answered_from_the_note(assistant):
    # (the glossary dates the SPHPN's rounds by year only; the note on its record gives the public release,
    # "public releases (27 Dec 2021) give lifetime prevalence 26.1%")
    for question in ("SPHPN 2021 itu dirilis tanggal berapa?", "kapan hasil SPHPN 2021 dirilis ke publik?"):
        first = _first_line(assistant.ask(question).text)
        assert "27 Dec" in first or "27 Des" in first, first


def test_the_size_of_a_change_asked_by_its_noun_is_a_difference(assistant):
    # (list ``arithmetic`` "difference": "berapa penurunan", "how big was the drop" ask how far a count fell; the
    # 2017 TIP digest: foreign governments deported 27,855 Indonesians in 2016, 85,490 in 2015)
    for question in ("Berapa besar penurunan deportasi WNI oleh pemerintah asing dari 2015 ke 2016 menurut laporan "
                     "TIP 2017?",
                     "According to the 2017 TIP report, how big was the drop in Indonesians deported by foreign "
                     "governments from 2015 to 2016?"):
        first = _first_line(assistant.ask(question).text)
        assert "57,635" in first, first


def test_an_attribute_of_a_named_work_is_the_item_its_digest_labels_with_it(assistant):
    # (a digest's "**Legal basis:** Article 15(2) of Perpres 22/2021 …", "**Funding:** the state budget (APBN) …",
    # "**Method:** … multiple streams framework": what a question asks of that work by the label's words)
    for question, expected in (("Apa dasar hukum penerbitan Perpres 19/2023?", "22/2021"),
                               ("What was the legal basis for issuing Presidential Regulation 19/2023?", "22/2021"),
                               ("what's the funding source for the action plan in Perpres 19/2023?", "APBN"),
                               ("What method does Anderson 2021 use?", "multiple streams")):
        text = assistant.ask(question).text
        assert expected in "\n".join(text.splitlines()[:2]), text[:300]

