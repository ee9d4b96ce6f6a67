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



def test_the_doer_of_an_act_asked_with_a_manner_adverb(assistant):
    # (the glossary: "First meeting: Jakarta, 20 March 2023, hosted by Divhubinter Polri and opened by Kabareskrim
    # Komjen Agus Andrianto")
    for question in ("Who formally opened the first meeting of the WG on GTCM?",
                     "siapa yg secara resmi membuka rapat perdana WG on GTCM?"):
        first = _first_line(assistant.ask(question).text)
        assert "Agus Andrianto" in first and "Divhubinter" not in first, first


def test_the_law_of_a_thing_is_the_law_tied_to_it(assistant):
    # (the paper lists "Law Number 21 of 2007 concerning …, the Criminal Procedure Code and its derivative
    # regulations": no number of the code; the glossary's KUHAP entry gives "Law No. 8/1981", then names Law
    # 21/2007 beside it)
    for question in ("KUHAP itu UU nomor berapa?", "KUHAP yg disebut di paper itu UU nomor brp thn brp sih?"):
        first = _first_line(assistant.ask(question).text)
        assert "8/1981" in first and "21" not in first, first
    # (where only the paper's list is chosen, no law of it is given as the code's)
    first = _first_line(assistant.ask("What is the law number of the Criminal Procedure Code?").text)
    assert "In short" not in first or "8/1981" in first, first


def test_a_field_of_the_papers_front_matter_is_answered_from_it(assistant):
    # (list ``document``: the corresponding author's email is the paper's front matter, "… Email:
    # hwarahhma@gmail.com")
    for question, expected in (("alamat email penulis korespondensinya apa kak?", "hwarahhma@gmail.com"),
                               ("What email address does the paper give for its corresponding author?",
                                "hwarahhma@gmail.com")):
        text = assistant.ask(question).text
        assert expected in "\n".join(text.splitlines()[:2]), text[:300]


def test_the_subject_of_a_stative_passive_is_not_asserted_as_its_doer(assistant):
    # (the paper: "The Republic of Indonesia Police on July 5 2023 formed a special team": "satgas kebentuk tgl 5
    # juli" says when it was formed, not that it formed something; it is not denied for naming another doer)
    for question in ("satgas tppo kebentuk tgl 5 juli 2023 kan kak? bener gak",
                     "satgas tppo itu terbentuk 5 juli 2023 kan?"):
        first = _first_line(assistant.ask(question).text)
        assert "tidak menyebutkan bahwa" not in first and "July 5 2023" in first, first


def test_the_number_of_a_provision_asked_is_the_provision_not_a_count(assistant):
    # (the glossary: "Inter-ministerial coordinating body required by Article 58 of Law 21/2007 … Membership grew
    # from 19 to 24 ministries": "pasal berapa" asks for the article)
    for question in ("pasal brp di UU 21/2007 yg wajibin pemerintah bikin gugus tugas?",
                     "gugus tugas TPPO itu diwajibkan pasal berapa di UU 21/2007?"):
        first = _first_line(assistant.ask(question).text)
        assert "Article 58" in first and "ministries" not in first, first


def test_an_irregular_past_the_sources_use_in_another_form_is_no_unreported_event(assistant):
    # ("when she wrote the literature-review article": the store says "written", not "wrote"; the clause takes as
    # given what the Snyder digest reports, "A methods article by Hannah Snyder of BI Norwegian Business School")
    first = _first_line(assistant.ask("Which business school was Hannah Snyder at when she wrote the "
                                      "literature-review article?").text)
    assert not first.startswith("The sources do not say") and "BI Norwegian Business School" in first, first



def test_the_item_a_digest_labels_with_what_is_asked_gives_the_direct_answer(assistant):
    # ("**Legal basis:** Article 15(2) of Perpres 22/2021, which amended Perpres 69/2008 …": the law in short is
    # the labelled item's, not one of the glossary's examples of presidential regulations)
    for question in ("Which provision is the legal basis of Presidential Regulation 19/2023?",
                     "perpres 19/2023 itu dasar hukumnya apa sih?"):
        first = _first_line(assistant.ask(question).text)
        assert "22/2021" in first and "49/2023" not in first, first


def test_the_manner_a_figure_is_asked_in_is_no_place(assistant):
    # ("in absolute and percentage terms" was read as an event placed "in absolute", and the question was denied;
    # the 2017 TIP digest: the Foreign Ministry assisted 478 Indonesian victims abroad, up from 413)
    first = _first_line(assistant.ask("By how much did the number of Indonesian victims abroad that the Foreign "
                                      "Ministry assisted go up in the 2017 TIP report, in absolute terms?").text)
    assert not first.startswith("The sources do not say"), first
