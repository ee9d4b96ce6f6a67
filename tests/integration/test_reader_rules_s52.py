"""Reader rules of the fifty-first session, on the real knowledge base. Frozen before the code they test was
changed."""

from .test_reader_rules_s37 import _first_line


def test_a_span_from_a_sentence_that_dates_several_events_keeps_the_clause_naming_the_event(assistant):
    # (the glossary's Satgas TPPO entry: "Police task force set up by the Kapolri on 5 June 2023 … as of 10 Oct
    # 2023": trimmed around both dates it lost the clause naming the formation, and no span was computed; the
    # declaration was adopted on 10 May 2023)
    for question in ("How many days separate the adoption of the ASEAN Leaders' Declaration on Combating "
                     "Trafficking in Persons Caused by the Abuse of Technology from the Kapolri's formation of the "
                     "Satgas TPPO?",
                     "Berapa hari jarak antara diadopsinya Deklarasi Para Pemimpin ASEAN tentang Pemberantasan "
                     "Perdagangan Orang Akibat Penyalahgunaan Teknologi dan pembentukan Satgas TPPO oleh Kapolri?"):
        first = _first_line(assistant.ask(question).text)
        assert "26" in first and "10 May 2023" in first and "5 June 2023" in first, first


def test_an_event_the_question_dates_itself_is_dated_by_a_sentence_giving_that_date(assistant):
    # ("KTT ke-42 (10 mei 2023)": the glossary's KTT entry names the summit in the question's words but dates it
    # "May 2023"; the paper's "adopted at the 42nd ASEAN Summit on 10 May 2023" gives the day)
    for question, days in (("dari rapat perdana WG on GTCM (20 maret 2023) ke KTT ke-42 (10 mei 2023) itu berapa "
                            "hari?", "51"),
                           ("brp hari dari KTT ke-42 (10 mei 2023) sampai Kapolri teken 6 MoU (21 agustus 2023)?",
                            "103")):
        first = _first_line(assistant.ask(question).text)
        assert days in first, first


def test_a_hyphenated_compound_of_a_coverage_topic_is_named_only_by_all_its_words(assistant):
    # (the paper's "… Working Group on General Transnational Crime Matters" holds "ASEAN" and "General", not the
    # Secretary-General; only a digest names ASEAN's Secretary-General, Le Luong Minh)
    for question in ("Does the paper mention the ASEAN Secretary-General?",
                     "Does the paper name the ASEAN Secretary-General anywhere?"):
        first = _first_line(assistant.ask(question).text)
        assert not first.startswith("Yes"), first


def test_an_average_of_a_count_the_question_gives(assistant):
    # (the paper: "In the four months since it was formed, it succeeded in saving 2,778 people from 861 reports":
    # the question's own count is the total averaged)
    for question in ("Satgas TPPO dapat 861 laporan dalam empat bulan, jadi rata-rata sebulan berapa laporan?",
                     "The task force got 861 reports in four months, so how many reports a month on average?"):
        first = _first_line(assistant.ask(question).text)
        assert first.startswith("861 ÷ 4") and "2,778" not in first, first


def test_a_greeting_and_a_plain_request_to_explain_the_paper(assistant):
    # (a greeting and who the answer is for are no terms: the paper's abstract, not "no passage mentions …")
    for question in ("assalamualaikum kak, tolong jelasin paper ini buat orang awam ya, aku anak hukum",
                     "Good morning! Could you explain this paper for a beginner?"):
        text = assistant.ask(question).text
        assert "ABSTRACT" in text and "tidak memuat" not in text and "does not contain" not in text, text


def test_thanks_for_an_explanation_is_thanks(assistant):
    for question in ("oke siap kak, makasih penjelasannya, mantap 👍", "thanks for the explanation!"):
        first = _first_line(assistant.ask(question).text)
        assert "tidak memuat" not in first and "does not contain" not in first, first


def test_a_figure_credited_to_another_law_than_the_one_the_statement_names(assistant):
    # (the paper: "Law No. 21 of 2007 has formulated criminal sanctions of up to 15 years in prison …"; Law 13/2006
    # is the witness and victim protection law, which no sentence gives that figure)
    for question in ("The 15-year maximum prison term comes from Law 13/2006, right?",
                     "Ancaman penjara maksimal 15 tahun itu diatur UU 13/2006 kan?"):
        head = "\n".join(assistant.ask(question).text.splitlines()[:3])
        assert ("do not" in head or "tidak menyebutkan" in head) and "21 of 2007" in head, head
    # (the law that does give it is confirmed, as before)
    head = "\n".join(assistant.ask("Law 21/2007 sets a maximum of 15 years, right?").text.splitlines()[:3])
    assert "do not" not in head, head


def test_a_claim_told_with_an_irregular_verb_form_is_no_unreported_event(assistant):
    # (the 2023 Cambodia TIP digest: "no official was held criminally responsible despite credible reports of
    # collusion"; "holding" and "held" are one act)
    first = _first_line(assistant.ask("What did the 2023 TIP report say about holding officials in Cambodia "
                                      "criminally responsible?").text)
    assert "do not say" not in first, first


def test_a_list_asked_of_what_a_digests_labelled_item_names(assistant):
    # (the 2023 declaration digest: "**Victims:** stronger regional efforts to identify victims and potential
    # victims, and work towards a regional minimum standard of protection …")
    first = _first_line(assistant.ask("deklarasi ASEAN 2023 soal penyalahgunaan teknologi itu janjiin apa aja buat "
                                      "korban TPPO? sebutin ya").text)
    assert "minimum standard" in first, first


def test_two_named_instruments_compared_by_their_definitions(assistant):
    # (the glossary defines both: "Palermo Protocol: … Supplements the UN Convention against Transnational
    # Organized Crime (UNTOC)" and "ACTIP: ASEAN Convention …")
    head = "\n".join(assistant.ask("Apa beda ACTIP dan Protokol Palermo?").text.splitlines()[:2])
    assert "Palermo Protocol:" in head and "ACTIP:" in head, head
