"""Names a premise question asserts: numbered editions the sources never number so ("the 18th AMMTC", "KTT ASEAN
ke-44"), a body named with the words that say which one ("Polda Bali") and the sections a question names."""

from __future__ import annotations

from tipbot.answer import AnswerContext
from tipbot.answering.analysis import analyse, editions
from tipbot.answering.answerability import unknown_editions
from tipbot.schema import Chunk


def _context() -> AnswerContext:
    texts = ["The 17th AMMTC was held in Labuan Bajo under the Kapolri's chairmanship.",
             "At the 18th ASEAN Summit (Indonesia, 2011), leaders asked for a convention.",
             "Pada KTT ke-42 di Labuan Bajo deklarasi itu diadopsi."]
    chunks = [Chunk(id=f"c{i}", text=t, source_id="s", kind="digest", title="t") for i, t in enumerate(texts)]
    idf = {"ammtc": 3.0, "summit": 2.8, "ministerial": 3.2, "asean": 1.2, "labuan": 3.0, "bajo": 3.0}
    return AnswerContext(chunks=chunks, citation_index=None, idf=idf)


def test_an_edition_is_read_with_the_words_beside_its_number_in_both_languages():
    assert editions("What did the 18th ASEAN Ministerial Meeting decide?", "en")[0][0] == 18
    assert [n for n, _ in editions("KTT ASEAN ke-42 sama ke-43 itu bulan apa?", "id")] == [42, 43]
    # (a number joined to the one before it has that one's name)
    names = [name for _, name in editions("KTT ASEAN ke-42 sama ke-43 itu bulan apa?", "id")]
    assert names[0] == names[1] and "summit" in names[0]
    assert editions("angka dari 2016 ke 2021", "id") == []  # (a year is no edition)


def test_an_edition_the_sources_never_number_so_is_unknown():
    ctx = _context()
    # the sources speak of the 18th Summit, not of an 18th ministerial meeting
    assert unknown_editions(analyse("What did the 18th ASEAN Ministerial Meeting decide in 2024?"), ctx)
    assert unknown_editions(analyse("gimana hasil KTT ASEAN ke-44 di Laos?"), ctx)
    assert not unknown_editions(analyse("Who chaired the 17th AMMTC?"), ctx)
    assert not unknown_editions(analyse("KTT ASEAN ke-42 itu di mana?"), ctx)
    assert not unknown_editions(analyse("What happened at the 18th ASEAN Summit?"), ctx)


def test_a_meeting_counted_by_a_word_is_known_by_the_sentence_that_counts_it():
    texts = ["The new working group is the Strait Council Task Group (SCTG), and its first meeting was held in "
             "Port Lumen."]
    chunks = [Chunk(id="c0", text=texts[0], source_id="s", kind="paper", title="t")]
    ctx = AnswerContext(chunks=chunks, citation_index=None, idf={"sctg": 3.0, "strait": 2.5, "council": 2.5})
    assert editions("Who chaired the second meeting of the SCTG?", "en") == [(2, "meeting of the SCTG")]
    assert unknown_editions(analyse("Who chaired the second meeting of the SCTG?"), ctx)
    assert not unknown_editions(analyse("Who chaired the first meeting of the SCTG?"), ctx)
    assert not unknown_editions(analyse("siapa yang memimpin pertemuan pertama SCTG?"), ctx)
    assert unknown_editions(analyse("apa hasil pertemuan kedua SCTG?"), ctx)


def test_an_asserted_body_keeps_the_capitalised_words_that_name_which_one():
    from tipbot.answering.answerability import asserted_actor

    # "Polda Bali" is another body than the "Polda Metro Jaya" of the sources; a lower-case word ends the name
    q = analyse("Mengapa Polda Bali yang menangkap 12 tersangka dalam kasus penjualan ginjal?")
    q.constraints.names.append("Polda")  # (a glossary term the question uses, as the assistant adds it)
    assert asserted_actor(q) == "Polda Bali"
    assert asserted_actor(analyse("Why did ASEAN issue declarations and conventions?")) == "ASEAN"


def test_a_section_number_of_the_users_own_writing_is_not_the_papers(mini_assistant):
    from tipbot.answering.extractive import numbered_sections

    chunks = mini_assistant.store.chunks
    assert numbered_sections("what does section 2 say about the method?", chunks)[0]
    assert numbered_sections("aku lagi nulis bab 2 skripsi, strategi apa aja?", chunks) == []
    assert numbered_sections("for chapter 3 of my thesis: what are the measures?", chunks) == []


def test_a_figure_the_source_gives_for_the_whole_world_is_not_one_of_a_region():
    from tipbot.answering.answerability import _figure_elsewhere
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Passage

    text = ("Data show that of a total of 21 million people in forced labour throughout the world, there are "
            "11 million victims in the Asia Pacific region.")
    chunk = Chunk(id="c", text=text, source_id="p", kind="paper", title="t")
    ev = Evidence(text, Passage(chunk, 1.0), 0, set(tokenize(text)))
    idf = {t: 2.0 for t in tokenize(text)}
    places = frozenset({"Asia"})
    q = analyse("The ILO counts 21 million forced labour victims in the Asia Pacific region alone, right?")
    q_tokens = set(tokenize(q.text))
    assert _figure_elsewhere(q, [ev], q_tokens, idf, places) is not None
    q = analyse("The ILO counts 11 million forced labour victims in the Asia Pacific region, right?")
    assert _figure_elsewhere(q, [ev], set(tokenize(q.text)), idf, places) is None


def test_a_claim_the_source_makes_of_another_country_in_a_contrasted_clause_is_corrected():
    from tipbot.answering.answerability import _other_country_clause
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Passage

    text = "Cambodia ranks high as a country of origin, while Thailand is the leading destination country."
    chunk = Chunk(id="c", text=text, source_id="p", kind="paper", title="t")
    ev = Evidence(text, Passage(chunk, 1.0), 0, set(tokenize(text)))
    idf = {t: 2.0 for t in tokenize(text)}
    wrong = analyse("The paper says Cambodia is the leading destination country. What evidence does it give?")
    assert _other_country_clause(wrong, [ev], set(tokenize(wrong.text)), idf) == ("Cambodia", ev)
    right = analyse("The paper says Cambodia ranks high as a country of origin. What evidence does it give?")
    assert _other_country_clause(right, [ev], set(tokenize(right.text)), idf) is None
