"""Question analysis in both languages: framing and filler out, answer type, constraints, conversation and
follow-ups. No store and no model: these are the reader's first step."""

import pytest

from tipbot.answering.analysis import analyse, strip_framing


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many victims were rescued in 2021?", "quantity"),
        ("berapa jumlah korban yg diselamatkan?", "quantity"),
        ("When was the task force formed?", "date"),
        ("kapan satgas itu dibentuk sih?", "date"),
        # "berapa" after a noun of time asks for a date or period, as "what period" does
        ("perpres itu berlaku untuk periode berapa?", "date"),
        ("Who signed the agreement?", "actor"),
        ("siapa aja pihak yang terlibat?", "list"),
        ("What are the main steps of the method?", "list"),
        ("sebutin langkah-langkahnya dong", "list"),
        ("Why are migrant workers vulnerable?", "reason"),
        ("kenapa banyak pekerja jadi korban?", "reason"),
        ("Can you summarize the conclusion for me?", "summary"),
        ("tolong ringkasin kesimpulannya", "summary"),
        ("What is the difference between the two laws?", "comparison"),
        ("bedanya apa antara dua aturan itu?", "comparison"),
        ("What does ASEAN stand for?", "definition"),
        ("apa itu konvensi?", "definition"),
        ("Where were the victims held?", "place"),
        # a gap in an interrogative stands for modifiers, not a clause
        ("Which presidential regulation sets out the plan?", "law"),
        # (not a law question; a plural noun after the determiner asks for several groups: a list)
        ("Which groups did Law No. 31 of 2014 add to the protection?", "list"),
        # a quoted sentence is what is asked about, not the question's grammar
        ("yg dikutip buat kalimat 'the victims were lured by job offers from relatives abroad' itu siapa?", "source"),
    ],
)
def test_answer_type_from_the_interrogative(question, expected):
    assert analyse(question).answer_type == expected


@pytest.mark.parametrize(
    ("question", "language"),
    [("hey, quick question for my essay: how many people were saved?", "en"),
     ("kak mau tanya dong, berapa orang yg diselamatkan?", "id")],
)
def test_framing_and_filler_are_removed(question, language):
    q = analyse(question)
    assert q.language == language
    assert q.answer_type == "quantity"
    low = q.text.lower()
    for filler in ("essay", "quick question", "hey", "kak", "dong", "mau tanya"):
        assert filler not in low, (filler, q.text)
    assert "diselamatkan" in low or "saved" in low


def test_a_lead_in_before_a_colon_goes_whole():
    assert strip_framing("For my thesis: when was the law passed?", "en").lower().startswith("when was the law")


def test_constraints_years_numbers_places_documents_names():
    q = analyse("How many Cambodian victims did the Working Group report under Law No. 21 of 2007 in 2019, "
                "and was it 1,138?")
    c = q.constraints
    assert "2019" in c.years
    assert "21/2007" in c.documents
    assert "Cambodia" in c.places
    assert "1,138" in c.numbers
    assert any("Working Group" in n for n in c.names)
    assert "21" not in c.numbers  # a document's number is not a figure asked about


def test_indonesian_place_names_and_colloquial_spelling():
    q = analyse("brp org WNI yg jadi korban di Kamboja thn 2022?")
    assert q.language == "id"
    assert q.answer_type == "quantity"
    assert q.constraints.places == ["Cambodia"] or "Cambodia" in q.constraints.places
    assert q.constraints.years == ["2022"]
    assert "berapa" in q.text.lower() and "tahun" in q.text.lower()


@pytest.mark.parametrize(
    ("message", "kind"),
    [("hi", "greeting"), ("Halo kak!", "greeting"), ("thanks a lot", "thanks"), ("makasih ya", "thanks"),
     ("what can you do?", "capabilities"), ("kamu bisa apa?", "capabilities"),
     ("What is this paper about?", "about"), ("paper ini tentang apa sih?", "about")],
)
def test_conversation_is_recognised(message, kind):
    assert analyse(message).kind == kind


def test_a_question_is_not_conversation():
    assert analyse("hi, when was the regulation signed?").kind == "question"


def test_follow_up_year_replaces_the_previous_year():
    prev = analyse("How many victims were reported in 2021?")
    q = analyse("and in 2022?", previous=prev)
    assert q.reading and "2022" in q.text and "2021" not in q.text
    assert q.answer_type == "quantity"


def test_follow_up_with_its_own_interrogative_keeps_the_topic():
    prev = analyse("Apa itu Satgas TPPO?")
    q = analyse("siapa yang memimpinnya?", previous=prev)
    assert q.answer_type == "actor"
    assert "Satgas" in q.text and q.reading


def test_a_follow_up_pronoun_stands_for_what_the_previous_question_named():
    q = analyse("siapa yang memimpinnya?", previous=analyse("Kapan Satgas TPPO dibentuk?"))
    assert q.text.startswith("siapa yang memimpin Satgas TPPO")
    q = analyse("when was it held?", previous=analyse("Who organised the first Harbour Summit?"))
    assert q.text.startswith("when was the first Harbour Summit held")


def test_a_follow_up_naming_a_new_subject_replaces_the_previous_one():
    prev = analyse("When was the Veloria harbour Compact signed?")
    q = analyse("what about the Compact with Osterra?", previous=prev)
    assert q.text.startswith("When was the Compact with Osterra signed")
    q = analyse("kalau menurut Wardah?", previous=analyse("Berapa korban TPPO di Kamboja menurut SBMI?"))
    assert q.text.startswith("Berapa korban TPPO di Kamboja menurut Wardah")


def test_a_standalone_question_is_not_read_as_a_follow_up():
    prev = analyse("How many victims were reported in 2021?")
    q = analyse("What does the Palermo Protocol define as trafficking in persons?", previous=prev)
    assert not q.reading


def test_premise_markers():
    assert analyse("Why did the government abolish the agency?").premise
    assert analyse("apakah benar pemerintah membubarkan lembaga itu?").premise
    assert not analyse("How many reports were received?").premise
    # what a text is said to state is asserted
    assert analyse("Where does the harbour report say that 500 fishers were rescued? It states that, right").premise
    assert analyse("Di bagian mana paper ini menyatakan bahwa kapal itu dilarang?").premise


def test_list_count_from_the_question():
    assert analyse("What are the five strategies?").count == 5
    assert analyse("apa saja tiga langkah penelitian?").count == 3


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does Cambodian law say about trafficking?", [("Cambodia", "law")]),
        ("hukum Kamboja soal TPPO gimana?", [("Cambodia", "hukum")]),
        # one modifier between the country and the thing
        ("What sentences does Cambodia's own anti-trafficking law prescribe?", [("Cambodia", "law")]),
        # a country's named act: the name's last word is the thing qualified
        ("What is the maximum sentence under Malaysia's Anti-Trafficking in Persons and Anti-Smuggling of Migrants "
         "Act?", [("Malaysia", "act")]),
        # two countries together qualify a shared thing ("the police of both countries"), not one country's
        ("tim teknis polisi indonesia sama kamboja mau bahas apa?", []),
        ("How did the Indonesian and Cambodian police cooperate?", []),
        # up to two modifiers; or the thing placed in the country by a locative, a few words after it
        ("What does the paper say about Cambodia's own domestic anti-trafficking law?", [("Cambodia", "law")]),
        ("UU anti perdagangan org di kamboja isinya apa aja?", [("Cambodia", "uu")]),
        ("what did the police in Cambodia do?", [("Cambodia", "police")]),
        ("how many victims were found in Cambodia?", []),
    ],
)
def test_things_a_question_ties_to_a_country(question, expected):
    assert analyse(question).constraints.qualified == expected


def test_a_year_added_after_the_question_is_kept_but_an_aside_is_not():
    q = analyse("angka prevalensi kekerasan di paper itu brp ya? yg dari 2016 ke 2021")
    assert q.constraints.years == ["2016", "2021"]
    q = analyse("what % of the men are forced to work? i found the 83% for women but cant find the men one")
    assert q.constraints.numbers == []  # the user's own figure in an aside is not a constraint


def test_a_statement_about_the_user_before_the_question_sets_no_constraint():
    from tipbot.answering.analysis import without_asides

    q = analyse("Aku lagi nyusun laporan buat LSM tentang kerja sama polisi. Siapa yang meneken MoU di Labuan Bajo?")
    assert "LSM" not in q.constraints.names and "Labuan Bajo" in q.constraints.names
    q = analyse("I run a shelter in Thailand for returnees. How many Indonesians were repatriated from Cambodia?")
    assert "Thailand" not in q.constraints.places and "Cambodia" in q.constraints.places
    # a type word in the user's own activity ("menyiapkan briefing") does not make that sentence the question
    text = "Saya analis dan sedang menyiapkan briefing soal PPKn. Dengan negara mana Kapolri meneken MoU?"
    assert "PPKn" not in without_asides(text, "id")
    # the user's statement is kept when nothing else asks, and a statement about the topic is kept
    assert without_asides("Saya perlu ringkasan bab 3.4.", "id") == "Saya perlu ringkasan bab 3.4."
    assert "Interpol" in analyse("The paper mentions Interpol. Who chaired the SOMTC meeting?").text
    # a statement that reports a claim is no aside: its names are the claim's
    q = analyse("My lecturer said the paper names the Cambodian police. Where does it say that?")
    assert "Cambodia" in q.constraints.places or ("Cambodia", "police") in q.constraints.qualified


def test_asking_past_the_paper_wants_the_source():
    q = analyse("who signed the MoU on the indonesian side? the paper just says 'the police'")
    assert q.wants_source and not q.wants_paper
    q = analyse("pertemuan pertama itu tgl brp & dimana? paper cuma bilang di indonesia doang")
    assert q.wants_source and q.constraints.places == []  # what the paper says is not a constraint
    assert analyse("according to the paper, when was the task force formed?").wants_paper


def test_a_citation_year_names_a_source_not_a_time():
    assert analyse("Menurut digest Snyder (2019), apa kekurangan paper ini?").constraints.years == []
    assert analyse("What did Fikhri et al. (2021) find?").constraints.numbers == []
    assert analyse("Menurut Global Report on Human Trafficking 2020, berapa?").constraints.years == ["2020"]
    assert analyse("What happened in May 2023?").constraints.years == ["2023"]
    assert analyse("How many victims were there in 2022?").constraints.years == ["2022"]


def test_informal_reduplication_is_written_out():
    assert analyse("korban2 di kamboja dari mana aja?").text.startswith("korban-korban")
    assert "G20" in analyse("what about the G20 meetings?").text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("How many Interpol red notices did NCB-Interpol Indonesia issue?", "notices"),
        ("how many Indonesian victims abroad did the ministry assist?", "victims"),
        ("how many people did the task force save?", "people"),
        ("berapa orang korban yang dipulangkan?", "orang"),
    ],
)
def test_the_counted_thing_is_the_head_of_the_noun_phrase(question, head):
    assert analyse(question).head == head


@pytest.mark.parametrize(
    ("question", "premise"),
    [
        ("kak, MoU itu ditandatanganinya di Bali ya pas AMMTC?", True),  # a statement with a tag inside
        ("The task force saved 2,778 people, right?", True),
        ("Was the MoU signed in Bali?", True),  # a yes/no question checks a statement
        ("berapa ya jumlah korbannya?", False),  # an interrogative of its own asks for something
        ("tolong jelasin strategi indonesia ya?", False),
    ],
)
def test_a_confirmation_question_asserts_its_statement(question, premise):
    assert analyse(question).premise is premise


def test_a_section_number_is_neither_a_figure_nor_a_count():
    q = analyse("Section 3.2 of the paper is headed as an MoU. How does that compare with the digest?")
    assert q.constraints.numbers == [] and q.count is None
    assert analyse("What are the five strategies?").count == 5


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("kesimpulannya", "kesimpulan"),  # a clitic particle comes off
        ("ditandatangani", "menandatangani"),  # a passive di- verb is listed in its active meN- form
        ("disebut", "menyebut"),
        ("dikirim", "mengirim"),
        ("dibentuknya", "membentuk"),
        ("diperkuat", "memperkuat"),  # a di-per- verb keeps its "per" under "mem-"
    ],
)
def test_indonesian_inflections_reach_the_dictionary_form(word, form):
    from tipbot.query import inflections

    assert form in inflections(word)


def test_a_question_about_the_papers_keywords_is_about_the_document():
    assert analyse("keyword paper ini apa aja ya? buat isi tabel literatur").about_document
    assert analyse("What are the keywords of the paper?").about_document


def test_a_span_between_two_events_is_an_interval_in_both_languages():
    for text in ("How many days passed between the compact's signing and the harbour meeting?",
                 "how long was it between the summit and the signing of the compact?",
                 "berapa hari jarak antara penandatanganan perjanjian dan pertemuan di pelabuhan?",
                 "How long after the summit did the police form the boarding team?"):
        q = analyse(text)
        assert q.interval and q.answer_type == "date", text
    for text in ("After how long did the trade reappear?",  # a duration the text states, not two events
                 "how long did crews stay on the vessels before they got out?",
                 "How many years in prison does the act give?"):
        assert not analyse(text).interval, text


@pytest.mark.parametrize("text", ["halo kak", "makasih kak", "hai kak, gimana kabarnya", "udah dong"])
def test_a_short_colloquial_indonesian_message_is_indonesian(text):
    from tipbot.lang import detect_language

    assert detect_language(text) == "id"
    assert detect_language("hi there, thanks a lot") == "en"


def test_an_interrogative_alone_is_a_follow_up_and_a_new_subject_stands_alone():
    prev = analyse("Siapa yang membentuk Satgas TPPO?")
    q = analyse("kapan?", previous=prev)
    assert q.reading and q.answer_type == "date" and "Satgas" in q.text
    prev = analyse("berapa orang yang diselamatkan Satgas TPPO?")
    q = analyse("terus tersangka ginjal berapa?", previous=prev)
    assert q.reading and "diselamatkan" not in q.text and "ginjal" in q.text  # not merged with the old topic


def test_follow_ups_chain_in_chat_through_how_each_was_read(mini_env):
    from click.testing import CliRunner

    from tipbot.cli import main

    session = "How many vessels were on the banned list by the end of 2023?\nand in 2022?\nand in 2021?\nexit\n"
    out = CliRunner().invoke(main, ["chat"], input=session)
    assert out.exit_code == 0, out.output
    readings = [line for line in out.output.splitlines() if "2021" in line and "vessels" in line.lower()]
    assert readings  # the third turn was read against the second turn's reading, not against "and in 2022?"


def test_an_imperative_request_that_opens_the_question_sets_its_type():
    assert analyse("Sebutkan data yang dipakai untuk menunjukkan banyaknya korban, beserta sumbernya.").answer_type \
        == "list"
    assert analyse("Summarize section 3.1: how many fishers were rescued?").answer_type == "summary"
    assert analyse("How many fishers were rescued?").answer_type == "quantity"
    assert analyse("jelaskan kenapa nelayan jadi korban").answer_type == "reason"  # a general verb yields
    # a type noun after a preposition of attribution says where to look ("menurut ringkasan …"), not what to give
    assert analyse("Menurut ringkasan UU 21/2007, berapa ancaman pidana penjaranya?").answer_type == "quantity"
    assert analyse("ringkasan bab 3 dong").answer_type == "summary"


def test_an_indonesian_word_is_known_under_colloquial_spelling_and_affixes():
    from tipbot.query import indonesian_word

    for word in ("mengatur", "ngatur", "nyimpulin", "nyatet", "nanya", "sampe", "kepake", "pertmuan", "bnyk"):
        assert indonesian_word(word), word
    for word in ("tiktok", "hotline", "whatsapp"):
        assert not indonesian_word(word), word


def test_a_passive_di_verb_is_told_from_a_word_that_only_begins_with_di():
    from tipbot.query import passive_verb

    for word in ("dicatat", "dilaporkan", "dikutip", "diteken", "dinyatakan"):
        assert passive_verb(word), word
    for word in ("digest", "diskusi", "dirjen", "data"):
        assert not passive_verb(word), word


def test_a_word_of_no_language_the_sources_use_is_missing_from_an_indonesian_question():
    from tipbot.answering.answerability import foreign_words
    from tipbot.keyword import tokenize

    vocab = {t: 1.0 for t in tokenize("victims were recruited through facebook and twitter; online scam")}
    assert foreign_words("selain facebook, tiktok juga disebut jd tempat rekrutmen gak?", vocab) == ["tiktok"]
    assert foreign_words("korban online scam direkrut lewat twitter kan? dicatet sampe brp?", vocab) == []


def test_a_when_that_joins_a_clause_to_another_interrogative_asks_nothing():
    from tipbot.answering.analysis import answer_type

    assert answer_type("Who was the harbour master when the crews were rescued?", "en") == "actor"
    assert answer_type("How many crews were rescued when the drill began?", "en") == "quantity"
    assert answer_type("When was the drill held, and who led it?", "en") == "date"  # a question of its own
    assert answer_type("siapa kepala pelabuhan ketika kapal itu ditahan?", "id") == "actor"


def test_a_month_in_either_language_is_no_name_the_sources_must_use():
    from tipbot.answering.analysis import extract_constraints

    assert extract_constraints("berapa korban menurut laporan Mei 2023?", "id").names == []
    assert extract_constraints("laporan Harbour Watch bulan Agustus", "id").names == ["Harbour Watch"]


def test_a_part_of_a_named_total_is_counted_by_its_own_head():
    from tipbot.answering.analysis import analyse

    q = analyse("For my essay: of the 1,138 crews in the 2023 report, how many of them were women?")
    assert (q.answer_type, q.head, q.part_of) == ("quantity", "women", "1,138")
    q = analyse("dari 1.138 awak kapal itu, berapa yg perempuan?")
    assert (q.head, q.part_of) == ("perempuan", "1.138")
    assert analyse("berapa di antaranya anak-anak?").head == "anak-anak"
    q = analyse("dari 267 laporan kapal itu, yg korbannya perempuan ada berapa ya?")  # the group before "berapa"
    assert (q.head, q.part_of) == ("perempuan", "267")
    assert analyse("How many crews were rescued in 2023?").part_of == ""
    # a breakdown by where the people came from: the place is the part asked for
    q = analyse("Dari 172 awak kapal yang ditahan di Port Lumen, berapa orang yang berasal dari Nusa Tenggara Timur?")
    assert (q.head, q.part_of) == ("Nusa Tenggara Timur", "172")
    q = analyse("dari 2.778 orang yg diselamatkan itu, brp yg dari Kamboja?")
    assert (q.head, q.part_of) == ("Kamboja", "2.778")


def test_colloquial_spellings_beyond_the_own_table_are_standardised_and_acronyms_kept():
    from tipbot.answering.analysis import normalise

    assert normalise("tlg jelasin dong knp wni bs kejebak, mksdnya gmn", "id") == \
        "tolong jelaskan dong kenapa wni bisa terjebak, maksudnya bagaimana"
    assert "ppa" in normalise("data simfoni ppa nyatet brp kasus", "id")  # an acronym of the sources stays


def test_advice_is_told_by_a_first_person_subject_with_a_prescriptive_modal():
    for text in ("should i donate to Harbour Watch or Fisheries Watch?", "What exactly should our family do now?",
                 "keluarga saya harus gimana kak?", "sebaiknya kami langsung pulang atau tunggu?",
                 "aku ditawarin kerja di kapal, aku ambil aja gak?", "should i take the job or not?"):
        assert analyse(text).personal == "advice", text
    for text in ("should I cite the digest or the paper?", "how should we describe the method in an essay?",
                 "apa yang harus saya jelaskan soal metodologinya?", "what should the harbour authority do?",
                 "why should we care about debt bondage at sea?", "what should we do, according to the paper?",
                 "aku kutip aja gak bagian ini?"):
        assert analyse(text).personal == "", text


def test_a_choice_or_recommendation_asked_of_the_assistant_is_its_opinion():
    assert analyse("Harbour Watch or Fisheries Watch: which one would you pick?").personal == "opinion"
    assert analyse("kalau mau donasi, kamu sarankan ke lembaga mana?").personal == "opinion"
    assert analyse("honestly, who is more to blame here? just give me your take").personal == "opinion"


def test_a_request_for_a_view_or_for_advice_on_ones_own_case_is_personal():
    from tipbot.answering.analysis import analyse

    assert analyse("menurut kamu harbour watch mending bubar aja gak?").personal == "opinion"
    assert analyse("My cousin is held on a boarded vessel. What should we do?").personal == "advice"
    assert analyse("kak, temenku ditahan di kapal, kami harus lapor ke mana?").personal == "advice"
    assert analyse("Menurut Anda, apa saja temuan paper ini?").personal == ""  # polite, about the paper
    assert analyse("What does the paper say governments should do?").personal == ""
    # the paper named only in what the user says of themselves leaves a request for advice a request for advice
    assert analyse("Saya sudah baca paper ini tapi bingung. Tolong kasih nasihat hukum: apakah saya bisa "
                   "menggugat perusahaannya?").personal == "advice"


def test_a_view_owned_by_the_assistant_is_its_opinion_and_a_forecast_its_own():
    for text in ("Menurut pendapat pribadi Anda, apakah Harbour Watch lebih baik?",
                 "what is your own view of the pact?", "saranmu gimana kak?",
                 "in your honest opinion, did the drill work?"):
        assert analyse(text).personal == "opinion", text
    assert analyse("what is your prediction for 2030?").personal == "forecast"
    for text in ("apa saran paper untuk pemerintah?", "What does your source say?",
                 "apa pendapat penulis tentang MoU?"):
        assert analyse(text).personal == "", text


def test_an_order_to_give_advice_or_to_forecast_is_personal_whatever_it_is_based_on():
    for text in ("aku ditawarin kerja di kapal. Mending aku berangkat nggak?", "gajinya gede. kasih saran dong",
                 "any advice?", "can you give me some tips"):
        assert analyse(text).personal == "advice", text
    for text in ("Based on the trends in the paper, predict how many crews will be held in 2030.",
                 "coba prediksi jumlah korban tahun depan", "how many do you forecast for 2030?"):
        assert analyse(text).personal == "forecast", text
    for text in ("Does the paper give any recommendations?", "tolong berikan saran yang diajukan penulis",
                 "What does the paper predict about future cases?", "kasih rekomendasinya dong",
                 "Prediksi ILO untuk tahun 2030 berapa?", "Menurut laporan ILO, prediksi jumlah korban berapa?",
                 "In 2023, forecast figures were published. What were they?", "Any recommendations?"):
        assert analyse(text).personal == "", text


def test_two_questions_in_one_message_are_two_parts():
    from tipbot.answering.analysis import analyse

    q = analyse("eh yg buka pertemuan pertama di port lumen siapa sih? tgl brp?")
    assert len(q.parts) == 2
    assert analyse("Who opened the first meeting in Port Lumen?").parts == []


def test_a_decimal_figure_is_not_another_figure_with_the_same_digits():
    from tipbot.answering.selection import has_constraint
    from tipbot.verify import figure_key

    assert figure_key("2.605") == figure_key("2,605") == "2605"
    assert figure_key("28,9%") == "28.9" != figure_key("2.89")
    assert not has_constraint("Around 2.89% were men.", "28.9%")
    assert has_constraint("Around 28,9% were men.", "28.9%")


def test_where_a_figure_or_data_comes_from_asks_for_its_source():
    from tipbot.answering.analysis import analyse

    assert analyse("angka 640 itu datanya dari mana?").answer_type == "source"
    assert analyse("Where did the 640 figure come from?").answer_type == "source"
    assert analyse("awak kapal dipulangkan dari mana?").answer_type == "place"


def test_where_the_authors_got_their_data_asks_for_their_method():
    from tipbot.answering.analysis import analyse

    assert analyse("hey so where did the authors actually get their data from?").answer_type == "method"
    assert analyse("Where were the crews freed?").answer_type == "place"


def test_the_domain_word_list_renders_the_words_users_type_about_the_sources():
    from tipbot.query import translate_terms

    assert translate_terms("dibahas") == ["discussed"]
    assert translate_terms("pemangku kepentingan") == ["stakeholders"]
    assert "ranking" in translate_terms("peringkat") and "article" in translate_terms("pasal")
    # a derived word is rendered by its own sense, not by its root's ("peningkatan" is an increase, not a storey)
    assert "increase" in translate_terms("peningkatan") and "request" in translate_terms("permintaan")
    # a sense of the general list that is wrong here is corrected (a minister is no queen)
    assert translate_terms("menteri") == ["minister", "ministers"]
    assert "amended" in translate_terms("diubah") and "covered" in translate_terms("dicakup")  # not "convert"


def test_an_indonesian_interrogative_word_may_carry_the_enclitic_nya():
    """One rule for "-nya" (its / the) on any word of an Indonesian cue, in place of listing each such form."""
    from tipbot.answering.analysis import analyse

    assert analyse("angkanya dari mana ya?").answer_type == "source"
    assert analyse("kalau sumber datanya apa?").answer_type == "source"
    assert analyse("alasannya apa indonesia kerja sama dgn AS?").answer_type == "reason"
    assert analyse("penyebabnya apa sih?").answer_type == "reason"
    # a chronology that asks for the dates ("lengkap dengan tanggalnya") still asks for every dated event
    q = analyse("susun kronologi peristiwa 2023 yg disebut paper, lengkap dengan tanggalnya")
    assert q.chronology and q.answer_type == "list"


def test_colloquial_affixes_are_rendered_as_their_standard_forms():
    """The colloquial suffix "-in" (for "-kan"/"-i") and prefix "nge-" are read as the standard affixes."""
    from tipbot.query import translate_terms

    assert translate_terms("ditandatanganin") == translate_terms("ditandatangani") != ["ditandatanganin"]
    assert translate_terms("ngebentuk") == translate_terms("bentuk")
    assert translate_terms("dijanjiin") == translate_terms("dijanjikan")


def test_a_word_for_a_document_beside_a_cited_work_names_that_work():
    from tipbot.answering.analysis import analyse, cites_other_work

    cited = frozenset({"okoro-2021", "fisheries-watch-2022"})
    assert cites_other_work(analyse("siapa penulis artikel Okoro 2021?"), "santoso-okafor-2025", cited)
    assert cites_other_work(analyse("When was the article by Okoro (2021) published?"), "santoso-okafor-2025", cited)
    # the paper itself, a year of something else, or a cited work the document word does not stand beside
    assert not cites_other_work(analyse("when was Santoso & Okafor (2025) published?"), "santoso-okafor-2025", cited)
    assert not cites_other_work(analyse("data IOM 2017 di paper ini brp?"), "santoso-okafor-2025", cited)
    assert not cites_other_work(analyse("According to the paper, what did the compact do in the end, as "
                                        "Okoro (2021) describes it?"), "santoso-okafor-2025", cited)


def test_advice_on_ones_own_case_is_asked_with_oneself_or_ones_own_people_as_subject():
    from tipbot.answering.analysis import analyse

    assert analyse("What exactly should our family do legally, and can we sue the recruiter?").personal == "advice"
    assert analyse("kami bisa nuntut perekrutnya gak?").personal == "advice"
    # what the law or the paper provides for victims in general is no advice on a case
    assert analyse("Can victims sue for restitution under the Harbour Act?").personal == ""
    assert analyse("apakah korban bisa menuntut restitusi menurut UU 21/2007?").personal == ""


def test_thanks_with_praise_of_the_help_is_thanks():
    from tipbot.answering.analysis import analyse

    for message in ("terima kasih kak, membantu bgt", "thanks, very helpful!", "thank you so much, that really helps"):
        assert analyse(message).conversational, message
    assert not analyse("apa yang membantu korban?").conversational


def test_a_bare_interrogative_follow_up_asks_the_same_question_with_it():
    from tipbot.answering.analysis import analyse

    previous = analyse("kapan MoU polisi Indonesia Kamboja ditandatangani?")
    q = analyse("dimana?", previous=previous)
    assert q.answer_type == "place" and "ditandatangani" in q.text and "kapan" not in q.text
    q = analyse("and where?", previous=analyse("When was the Compact signed?"))
    assert q.answer_type == "place" and q.text.lower().startswith("where was the compact signed")


def test_a_bare_interrogative_closing_a_question_asks_the_clause_again():
    from tipbot.answering.analysis import analyse

    q = analyse("for my essay: when was the Coral Strait Compact signed, and where?")
    assert q.answer_type == "date" and q.parts == ["when was the Coral Strait Compact signed",
                                                   "where was the Coral Strait Compact signed"]
    q = analyse("compact itu ditandatangani kapan, dan di mana?")
    assert q.parts[1].endswith("ditandatangani di mana")
    assert analyse("when and where was the Compact signed?").parts != ["when", "where"]


def test_a_trailing_interrogative_of_no_answer_type_of_its_own_is_read_without_error():
    # "or what" closes the question; "what" alone has no answer type's words ("fact"), which must not fail
    q = analyse("how did the crews even get those job offers? like thru who or what")
    assert q.text and q.answer_type


def test_who_wrote_the_paper_is_asked_about_the_document_in_both_languages():
    assert analyse("is this paper written by Rudi Sukandar of UPN Veteran?").about_document
    assert analyse("paper ini kan ditulis Rudi Sukandar dari UPN Veteran ya?").about_document
    assert not analyse("apa yang ditulis tentang Kamboja?").about_document


def test_a_partitive_question_names_its_total_and_the_group_it_counts():
    q = analyse("According to the article, how many of the 1,138 repatriated Indonesians were women?")
    assert (q.part_of, q.head) == ("1,138", "women")
    q = analyse("dari 1.138 WNI korban online scam itu brp yg perempuan?")
    assert (q.part_of, q.head) == ("1.138", "perempuan")


def test_which_place_of_a_total_asks_for_a_breakdown_by_place():
    q = analyse("dari 2.605 kasus TPPO itu, provinsi mana yg paling byk kasusnya kak?")
    assert (q.part_of, q.head) == ("2.605", "provinsi")
    assert analyse("of the 2,605 cases, which province had the most?").head == "province"


def test_an_event_verb_matches_the_sources_other_words_for_it():
    from tipbot.answering.analysis import synonyms_of
    from tipbot.keyword import tokenize

    # "who chaired …" where the source says "… presided"
    assert set(tokenize("presided")) <= synonyms_of(set(tokenize("chaired")))


def test_a_cited_work_after_a_word_of_writing_is_that_work_not_the_paper():
    from tipbot.answering.analysis import cites_other_work

    q = analyse("who actually wrote Voss 2021 and what kind of document is it?")
    assert cites_other_work(q, "mini-2024", frozenset({"voss-2021"}))
    assert not cites_other_work(analyse("what does Voss 2021 say about crews?"), "mini-2024", frozenset({"voss-2021"}))


def test_a_question_about_how_things_stand_until_now_asks_about_the_present():
    for text in ("pakta itu sampai skrg udah menghasilkan brp penangkapan?", "How many crews have been freed to date?",
                 "hingga kini berapa awak kapal yang ditahan?"):
        assert analyse(text).present, text
    assert not analyse("How many crews were freed in 2023?").present


def test_a_last_question_typed_without_its_mark_gives_the_type():
    q = analyse("undang-undang pelabuhan itu pernah diubah belum? diubah pakai uu apa")
    assert q.answer_type == "law"


def test_english_chat_abbreviations_read_as_their_words():
    from tipbot.answering.analysis import normalise

    assert normalise("how many ppl were freed bc of the govt pact?", "en") == \
        "how many people were freed because of the government pact?"
    assert normalise("aku udah bc papernya tapi bingung", "id") == "saya sudah baca papernya tapi bingung"
    assert analyse("the report quotes numbers?? how many ppl worldwide").head == "people"


def test_a_first_person_subject_able_to_take_legal_action_asks_for_advice():
    for text in ("can we sue the recruiter?", "bisakah kami menuntut agen kapal itu?", "could my family press charges?",
                 "saya bisa melaporkan perusahaannya tidak?"):
        assert analyse(text).personal == "advice", text
    for text in ("Can victims sue for restitution under the Harbour Act?", "apakah korban bisa menuntut restitusi?"):
        assert analyse(text).personal == "", text


def test_a_choice_or_judgement_asked_of_you_is_an_opinion_whatever_its_verb():
    for text in ("which pact did you prefer?", "kakak rekomendasikan lembaga mana?", "menurut lu pakta itu efektif?",
                 "Would you choose the Harbour Watch?"):
        assert analyse(text).personal == "opinion", text
