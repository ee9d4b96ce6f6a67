import re

from tests.helpers import KNOWLEDGE
from tipbot.chunking import MAX_WORDS, chunk_document, split_sentences, word_count
from tipbot.citations import load_index
from tipbot.documents import load_knowledge, parse_paper
from tipbot.ingest import chunk_all

PAPER = KNOWLEDGE / "paper" / "pratiwi-sukandar-2024.txt"


def _chunks():
    docs = load_knowledge(KNOWLEDGE)
    return chunk_all(docs, KNOWLEDGE / "references.json")


def test_no_text_of_the_paper_is_lost():
    """Every non-space character of the paper lies inside some paper or reference-entry chunk's span."""
    text = PAPER.read_text(encoding="utf-8")
    covered = bytearray(len(text))
    for c in _chunks():
        if c.kind == "paper" or (c.kind == "reference" and c.end > c.start):
            for i in range(c.start, c.end):
                covered[i] = 1
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    lost_text = "".join(text[i] for i in lost)
    # only the list heading and the bullet dashes of the reference list are not chunk text
    assert re.sub(r"[-\s]", "", lost_text) == "REFERENCES"


def test_paper_chunk_text_is_the_source_span():
    text = PAPER.read_text(encoding="utf-8")
    for c in _chunks():
        if c.kind == "paper":
            assert " ".join(c.text.split()) == " ".join(text[c.start : c.end].split())


def test_chunks_are_sized_sentence_safe_and_in_one_section():
    paper = parse_paper(PAPER)
    source = PAPER.read_text(encoding="utf-8")
    chunks = chunk_document(paper.body, load_index(str(KNOWLEDGE / "references.json")))
    for c in chunks:
        if not c.text.startswith("Chart"):
            assert word_count(c.text) <= MAX_WORDS
        # a chunk ends at the end of a sentence or of a paragraph, never mid-sentence
        assert re.search(r"[.!?)]$", c.text) or re.match(r"[ \t]*(\n[ \t]*\n|$)", source[c.end :])
        assert c.section
    sizes = [word_count(c.text) for c in chunks if c.section.startswith(("1.", "2.", "3.", "4."))]
    assert sum(100 <= s <= MAX_WORDS for s in sizes) / len(sizes) > 0.8


def test_chunks_carry_metadata_and_stable_ids():
    a, b = _chunks(), _chunks()
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
    wardah = next(c for c in a if c.kind == "paper" and "Wardah, 2023" in c.cites)
    assert "wardah-2023" in wardah.cite_keys and wardah.language == "en"
    glossary = next(c for c in a if c.kind == "glossary" and c.section == "SOMTC")
    assert "Senior Officials" in glossary.text or "Senior Official" in glossary.text


def test_sentence_splitter_keeps_abbreviations_and_numbers():
    text = "Fikhri et al. (2021) said so. The rate rose to 0.41 %. Jl. K.H. Mas Mansyur is here. Done."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["Fikhri et al. (2021) said so.", "The rate rose to 0.41 %.",
                     "Jl. K.H. Mas Mansyur is here.", "Done."]


def test_a_short_label_leads_the_unit_that_follows_it():
    from tipbot.chunking import chunk_sentences
    from tipbot.schema import Chunk

    text = "ARTICLE INFO Article history:\n\nKeywords:\n\nForced labour\nFisheries\nPort inspection\n\n" \
           "Chart 1. Vessels inspected per year, 2019 to 2023"
    units = chunk_sentences(Chunk(id="c", text=text, source_id="s", kind="paper", title="T"))
    assert any(u.startswith("Keywords: Forced labour") for u in units)
    assert any(u.startswith("Chart 1. Vessels inspected") for u in units)
