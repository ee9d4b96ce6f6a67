"""Reader rules of the twenty-third session, each for a class of question (docstrings in src/tipbot/answering)."""

from __future__ import annotations

from tipbot.answering.analysis import analyse


def _digest(lines: list[str], section: str = "Content", order: int = 2):
    """Evidence for each sentence of a digest section written as a bulleted list (``lines``: sentences, each
    opening an item when it starts with "- ")."""
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    body = " ".join(lines).replace(" - ", "\n- ")
    chunk = Chunk(id=f"d{order}", text=body, source_id="mini", kind="digest", title="Mini", section=section,
                  order=order)
    out = []
    for i, line in enumerate(lines):
        text = line[2:] if line.startswith("- ") else line
        out.append(Evidence(text=text, passage=Passage(chunk=chunk, score=0.0), position=i,
                            tokens=set(tokenize(text)), score=1.0))
    return out


def test_a_question_of_what_a_named_part_of_the_text_says_asks_for_its_summary():
    for text in ("apa isi bagian 3.3?", "what does section 3.3 say?", "what is the conclusion about?",
                 "bab kesimpulan isinya apa", "bagian 3.3 membahas apa sih?",
                 "gimana sih isi bagian 3.3 yg soal komunikasi? jelasin singkat aja"):
        assert analyse(text).answer_type == "summary", text
    # a part asked for, not its content: which section speaks of something is no summary
    assert analyse("bagian mana yang membahas Satgas?").answer_type != "summary"


def test_pokok_as_a_modifier_is_no_request_for_a_summary():
    q = analyse("ancaman pidana pokok di UU 21/2007 brp taun penjara & dendanya brp?")
    assert q.answer_type == "quantity"
    assert analyse("apa pokok-pokok isi paper ini?").answer_type == "summary"


def test_a_digest_outline_gives_an_items_fact_that_restates_its_label_and_no_sentence_twice():
    from tipbot.answering.extractive import source_outline

    opening = _digest(["A regional treaty against trafficking.", "Leaders signed it in 2015."],
                      section="What the source is", order=1)
    items = _digest(["- Entry into force: it takes effect on the 30th day after the sixth ratification.",
                     "Two states ratified on 5 January 2017.", "It entered into force on 8 March 2017.",
                     "- The paper lists it three times:", "- as a 2021a entry;", "- and as a 2021b entry."])
    texts = [e.text for e in source_outline(opening + items, 9, set())]
    # an ordinal is no fact of the item's lead: its sentence that restates the label ("force") gives the date
    assert "It entered into force on 8 March 2017." in texts
    assert "Two states ratified on 5 January 2017." not in texts
    # a lead ending in a colon brings the next sentence, but a nested item that is a lead of its own comes once
    assert len(texts) == len(set(texts))


def test_whose_account_it_is_is_no_part_of_a_why_questions_claim():
    from tipbot.answering.answerability import claim_of

    claim = claim_of(analyse("According to the earlier studies by Fikhri et al. and Khairi, why did ASEAN issue "
                             "declarations against human trafficking?"))
    assert "earlier" not in claim.lower() and "declarations" in claim
    claim = claim_of(analyse("Mengapa sebagian besar korban meninggalkan shelter pemerintah, menurut laporan TIP "
                             "2023 tentang Indonesia?"))
    assert "menurut" not in claim.lower() and "shelter" in claim


def test_a_clause_of_result_joined_by_so_gives_a_reason():
    from tipbot.answering.selection import _RESULT_CLAUSE

    assert _RESULT_CLAUSE.search("shelters kept passports and restricted movement, so most victims left")
    for text in ("they acted so that victims are safe", "so far, 75 reports came in", "the so-called scam hubs"):
        assert not _RESULT_CLAUSE.search(text), text


def test_verbs_of_regard_and_of_leaving_render_their_sense():
    from tipbot.query import translate_terms

    assert "consider" in translate_terms("menganggap") and "feel" not in translate_terms("dianggap")
    assert "run away" in translate_terms("kabur") and "ambiguous" not in translate_terms("kabur")
    assert "leave" in translate_terms("meninggalkan") and "dead" not in translate_terms("meninggalkan")


def test_a_count_written_with_a_thousands_separator_is_no_year():
    from tipbot.answering.answerability import counted_figures

    assert counted_figures("SIMFONI PPA logged 2,065 trafficking cases in 2017-2022") == [("2065", "case")]
    assert counted_figures("the 2023 cases") == []  # (a year before a noun labels it)


def test_a_compound_noun_that_holds_a_type_word_asks_for_no_such_type():
    q = analyse("artikel yg di daftar pustaka ditulis 'Fikhri et al. 2021' itu sebenernya ditulis siapa sih?")
    assert q.answer_type == "actor"
    assert analyse("daftar negara yang ikut AMMTC apa saja?").answer_type == "list"


def test_a_date_noun_before_a_date_gives_the_date_and_asks_for_none():
    assert analyse("siapa yang ditemui KBRI phnom penh tanggal 4 september 2023?").answer_type == "actor"
    assert analyse("tanggal berapa MoU diteken?").answer_type == "date"
    assert analyse("MoU diteken tanggal?").answer_type == "date"


def test_the_date_of_an_interval_questions_first_event_is_checked_against_that_event():
    from tipbot.answering.answerability import _other_date
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    # (the sentence on the MoU holds more of the whole question's terms than the one on the declaration)
    content = [_paper_evidence("On August 22 2023, the police of Indonesia and Cambodia signed an MoU."),
               _paper_evidence("The declaration was adopted on 10 May 2023.")]
    idf = {t: 2.0 for e in content for t in e.tokens}
    q = analyse("how many days between the labuan bajo declaration on 10 May 2023 and the police MoU with cambodia?")
    assert q.interval
    assert _other_date(q, content, set(tokenize(q.text)), idf) is None
    q = analyse("how many days between the labuan bajo declaration on 10 June 2023 and the police MoU with cambodia?")
    assert _other_date(q, content, set(tokenize(q.text)), idf) is not None


def test_a_country_qualifies_the_office_asked_about_not_only_its_sentence():
    from tipbot.answering.analysis import asked_office
    from tipbot.answering.answerability import holder_named

    from .test_reader_rules import _context

    chunks, context = _context("Foreign Minister Retno Marsudi met Cambodian police chief Gen. Neth Savoeun in 2022.")
    q = analyse("siapa menteri luar negeri kamboja?")
    assert not holder_named(q, asked_office(q), chunks, context)
    q = analyse("siapa kepala polisi kamboja yang ketemu menlu retno?")
    assert holder_named(q, asked_office(q), chunks, context)
    # (and after it: "the Foreign Minister of Cambodia", in the text's capitals)
    chunks, context = _context("The Foreign Minister of Cambodia, Prak Sokhonn, met the delegation in 2023.")
    q = analyse("siapa menteri luar negeri kamboja?")
    assert holder_named(q, asked_office(q), chunks, context)


def test_the_figures_a_question_gives_are_the_operands_of_its_sum():
    from tipbot.answering.compose import operands
    from tipbot.keyword import tokenize

    from .test_reader_rules_s21 import _paper_evidence

    ev = _paper_evidence("The embassy repatriated 52 workers and 172 workers were victims, 62 citizens were victims "
                         "and 1,138 citizens were victims of online scams.")
    q = analyse("total korban kalau dijumlahin 62 + 1138 berapa?")
    assert q.arithmetic == "sum"
    assert [raw for raw, _ in operands(q, [ev], set(tokenize("victims citizens")))] == ["62", "1,138"]
    # (each once, though two sentences give one of them; and "plus", "ditambah" ask for a sum)
    assert [raw for raw, _ in operands(q, [ev, ev], set(tokenize("victims citizens")))] == ["62", "1,138"]
    assert analyse("what's 62 plus 1,138 victims in total?").arithmetic == "sum"
    assert analyse("62 ditambah 1138 jadi brp?").arithmetic == "sum"


def test_the_users_own_purpose_in_indonesian_is_framing():
    from tipbot.answering.analysis import strip_framing

    assert strip_framing("aku cuma butuh poin2 utamanya buat slide presentasi besok", "id") == \
        "aku cuma butuh poin2 utamanya"
    assert strip_framing("kak ringkasin bagian 3.1 buat tugas kuliah aku dong", "id") == "ringkasin bagian 3.1"
    # to make a report is an act, not the user's purpose
    assert "laporan" in strip_framing("buat laporan ke polisi gimana caranya?", "id")


def test_the_register_asked_of_the_answer_is_framing():
    from tipbot.answering.analysis import strip_framing

    text = strip_framing("the paper's main findings in plain words - what strategies did they find?", "en")
    assert "plain" not in text and "findings" in text


def test_two_countries_joined_by_a_hyphen_are_no_name():
    c = analyse("di bagian 3.2, tim teknis polisi Indonesia-Kamboja disepakati bakal bahas apa aja?").constraints
    assert not any("-" in n for n in c.names)
    assert "Bekasi-Cambodia" not in analyse("what happened in the Bekasi-Cambodia case?").constraints.places



def test_what_one_of_the_users_own_people_should_do_is_advice():
    for text in ("my cousin got a job offer in cambodia through a facebook ad, which recruitment agency should she "
                 "use so it's safe?", "sepupu aku ditawarin kerja di kamboja lewat facebook, harus ngapain?"):
        assert analyse(text).personal == "advice", text
    # what a government should do is a question about the text, whoever asks it
    assert not analyse("skripsi saya bahas TPPO, pemerintah harus melakukan apa menurut paper?").personal
    assert not analyse("my friend asked: what should Indonesia do according to the paper?").personal


def test_the_users_own_paper_is_not_the_paper():
    q = analyse("aku lagi bikin makalah ttg peran ASEAN ngatasin TPPO. sumber Khairi 2021 itu isinya apa sih?")
    assert not q.names_paper and not q.wants_paper
    assert analyse("menurut makalah ini, apa strategi Indonesia?").names_paper
