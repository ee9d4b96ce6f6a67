"""Reader rules of the fiftieth session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_the_date_of_a_work_named_by_its_author_and_year_in_brackets(assistant):
    # (the Arbar digest: "The URL's date segment (20220812) points to 12 August 2022"; the paper's sentence that
    # cites "(Arbar, 2022)" gives "the May 2023 report" in another item's clause)
    for question in ("kapan artikel Arbar (2022) terbit?", "On what day was the article by Arbar (2022) published?"):
        first = _first_line(assistant.ask(question).text)
        assert "12 August 2022" in first and "May 2023" not in first, first


def test_an_identifier_asked_of_a_cited_work(assistant):
    # (the Anderson digest: "It is indexed in PubMed (ID 24802215)" and "… volume 29, issue 3 (April 2014)"; an
    # identifier or a volume is a figure labelled by its kind, not any figure of the digest: "two claims")
    for question in ("artikel Anderson (2021) itu ID PubMed-nya brp?", "what is the PubMed ID of Anderson (2021)?"):
        first = _first_line(assistant.ask(question).text)
        assert "24802215" in first and "29" not in first, first


def test_a_name_before_its_interrogative_is_not_answered_with_another_name(assistant):
    # (the ACTIP digest: "Malaysian Prime Minister Najib Razak … handed the signed text to ASEAN Secretary-General
    # Le Luong Minh": Najib Razak is not who Le Luong Minh is)
    for question, other in (("Le Luong Minh tuh siapa ya?", "Najib"), ("Najib Razak itu siapa?", "Le Luong")):
        first = _first_line(assistant.ask(question).text)
        assert other not in first.split("“")[0], first


def test_an_agent_asserted_in_the_passive_is_corrected_by_the_sentence_naming_the_agent(assistant):
    # (the glossary's WG on GTCM entry: "First meeting: Jakarta, 20 March 2023, hosted by Divhubinter Polri and
    # opened by Kabareskrim Komjen Agus Andrianto"; any verb with its agent, not only a word of leadership)
    for question in ("Was the first meeting of the WG on GTCM opened by Listyo Sigit Prabowo?",
                     "the WG on GTCM's first meeting in Jakarta was opened by the foreign minister, right?"):
        head = "\n".join(assistant.ask(question).text.splitlines()[:3])
        assert "Agus Andrianto" in head, head


def test_a_term_said_to_be_a_law_its_glossary_entry_numbers_otherwise(assistant):
    # (the glossary: "KUHAP: Criminal Procedure Code … Law No. 8/1981. Named in the paper, together with Law
    # 21/2007, …": the entry's first numbered law is the term's own)
    for question in ("KUHAP itu sama dengan UU 21 tahun 2007 ya kak?", "Is the KUHAP just Law No. 21/2007?"):
        head = "\n".join(assistant.ask(question).text.splitlines()[:3])
        assert "8/1981" in head and ("do not say" in head or "tidak menyebutkan" in head), head


def test_a_figure_credited_to_a_person_comes_from_what_that_person_said(assistant):
    # (the 2023 declaration digest: "Foreign Minister Retno Marsudi said Indonesia had handled more than 2,700
    # trafficking cases involving online scams in three years"; the paper's "1,138 Indonesian citizens … online
    # scams" is Wardah's figure, in a passage that names the minister elsewhere)
    first = _first_line(assistant.ask("Menlu Retno bilang Indonesia udah nanganin brp kasus TPPO terkait online "
                                      "scam selama 3 tahun?").text)
    assert "2,700" in first and "1,138" not in first, first


def test_a_list_in_the_sentence_after_the_one_naming_its_subject(assistant):
    # (the ACTIP digest: "… ASEAN adopted its first cross-sectoral work plan on trafficking. Nine sectoral bodies …
    # endorsed it, and it has four areas: prevention, victim protection, law enforcement and prosecution, and
    # regional and international coordination.")
    text = assistant.ask("What are the areas of ASEAN's first cross-sectoral work plan on trafficking?").text
    head = "\n".join(text.splitlines()[:6])
    assert "victim protection" in head and "regional and international coordination" in head, head


def test_a_fact_with_a_figure_the_paper_does_not_give(assistant):
    # (the glossary's IOM entry: "since 2005 it has assisted more than 9,000 trafficking victims"; the paper's IOM
    # sentence gives "970 girls and 5,907 other women", not that figure)
    head = "\n".join(assistant.ask("does the paper mention that IOM assisted more than 9,000 victims?")
                     .text.splitlines()[:2])
    assert head.startswith("No") and "9,000" in head, head
    head = assistant.ask("does the paper mention that IOM recorded 970 girls as victims?").text
    assert head.startswith("Yes"), head[:300]


def test_an_event_of_the_paper_itself_in_a_span(assistant):
    # (the paper's article history, "Received Feb 22, 2024 …", dates "the journal received this paper"; the Satgas
    # TPPO's "as of 10 Oct 2023" statistics date no event asked)
    first = _first_line(assistant.ask("How long had the Satgas TPPO existed when the journal received this paper?")
                        .text)
    assert "Feb 22, 2024" in first and "10 Oct" not in first, first


def test_figures_given_of_two_groups_each_beside_its_own_words(assistant):
    # (the UNODC 2020 digest: "(girls 19%, boys 15%) and adult men 20%": the question's 15% is the boys', not a
    # figure it asserts of girls that the sources give adults)
    for question in ("UNODC 2020 counts girls at 19% and boys at 15% of detected victims - what is the girl-to-boy "
                     "ratio?",
                     "In UNODC 2020, girls were 19% and boys 15% of detected victims, so more girls than boys were "
                     "detected?"):
        first = _first_line(assistant.ask(question).text)
        assert "do not say" not in first, first
    first = _first_line(assistant.ask("the paper says 83% of male victims were exploited sexually, right?").text)
    assert "do not say" in first, first


def test_a_question_most_of_whose_words_no_passage_uses_is_refused(assistant):
    # (a recipe, a football cup: the sources speak of none of it, whatever sentence is closest)
    for question in ("kak resep rendang padang dong", "what's a good recipe for rendang?",
                     "siapa juara piala dunia 2022?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith(("The knowledge base does not contain", "Basis pengetahuan tidak memuat")), first
    # (one unknown word among known ones is left to the other checks)
    first = _first_line(assistant.ask("What did the 17th AMMTC agree on?").text)
    assert not first.startswith("The knowledge base does not contain"), first


def test_a_span_from_an_event_named_by_a_title(assistant):
    # (the 2023 TIP report's release, June 2023, to the MoUs signed on 21 Aug 2023; not the paper's "on July 5 2023
    # formed a special team to handle human trafficking cases", whose "trafficking" is no release of a report)
    first = _first_line(assistant.ask("How many days after the 2023 Trafficking in Persons Report was released did "
                                      "the Kapolri sign the six bilateral police MoUs in Labuan Bajo?").text)
    assert "July 5" not in first and "21 Aug" in first, first


def test_the_author_of_a_cited_work_is_a_name_given_after_by(assistant):
    # (the paper's sentence citing "(Wardah, 2023)" names the Embassy and "Problematic Indonesian Migrant Workers":
    # bodies, not the article's author; the Wardah digest gives "A 2023 news article by F. Wardah")
    first = _first_line(assistant.ask("siapa nama penulis artikel VOA soal 1.138 WNI yang dipulangkan?").text)
    assert "Embassy" not in first.split("“")[0] and "Workers" not in first.split("“")[0], first
