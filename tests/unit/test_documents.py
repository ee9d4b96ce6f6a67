
from tests.helpers import KNOWLEDGE
from tipbot.citations import load_index
from tipbot.documents import _entry_key, load_knowledge, parse_paper

PAPER = KNOWLEDGE / "paper" / "pratiwi-sukandar-2024.txt"
REFS = KNOWLEDGE / "references.json"


def test_paper_structure():
    paper = parse_paper(PAPER)
    assert paper.title.startswith("Indonesia's strategy in ASEAN")
    assert paper.authors == ["Hanny Warahhma Surya Pratiwi", "Rudi Sukandar"]
    assert "LSPR" in paper.affiliation
    assert paper.abstract.startswith("This research aims")
    numbers = [s.split()[0] for s in paper.sections]
    assert numbers == ["1.", "2.", "3.", "3.1", "3.2", "3.3", "3.4", "3.5", "4.", "REFERENCES"]
    assert paper.sections[4] == ("3.2 Formation of a Memorandum of Understanding (MOU) regarding employment "
                                 "between Indonesia and Cambodia")


def test_page_break_paragraphs_are_joined():
    paper = parse_paper(PAPER)
    joined = [b for b in paper.body.blocks if "international issue and" in b.raw]
    assert len(joined) == 1 and "is considered a form of crime" in joined[0].raw


def test_chart_caption_is_one_block_with_its_source():
    paper = parse_paper(PAPER)
    captions = [b for b in paper.body.blocks if b.raw.startswith("Chart 1.")]
    assert len(captions) == 1 and captions[0].atomic
    assert "Sumber: Directorate of Protection of Indonesian Citizens" in captions[0].raw
    assert captions[0].section.startswith("3.3")


def test_all_31_reference_entries_link_to_keys():
    import json

    paper = parse_paper(PAPER)
    refs = json.loads(REFS.read_text())
    assert len(paper.reference_entries) == 31
    keys = [_entry_key(entry, refs) for entry, _, _ in paper.reference_entries]
    assert None not in keys
    assert len(set(keys)) == 31
    assert {"fikhri-2021a", "fikhri-2021b", "khairi-2021", "utari-2023"} <= set(keys)


def test_citation_detection_links_forms_to_keys():
    index = load_index(str(REFS))
    text = ("cases uncovered (POLRI,2023). Also (Wardah, 2023) and (Bakker et al., 2020; Fikhri et al., 2021b). "
            "Fikhri et al. (2021) and Khairi, (2021) examined it. (Cordisco Tsai et al., 2021) (Smith, 1999)")
    marks = index.find(text)
    pairs = [(m.label, m.key) for m in marks]
    assert ("POLRI, 2023", "polri-2023") in pairs
    assert ("Wardah, 2023", "wardah-2023") in pairs
    assert ("Bakker et al., 2020", "bakker-2020") in pairs
    assert ("Fikhri et al., 2021b", "fikhri-2021b") in pairs
    assert ("Fikhri et al., 2021", "fikhri-2021a") in pairs
    assert ("Khairi, 2021", "khairi-2021") in pairs
    assert ("Cordisco Tsai et al., 2021", "cordisco-tsai-2021") in pairs
    assert ("Smith, 1999", None) in pairs  # unknown citations are found but not linked


def test_knowledge_kinds_and_digest_metadata():
    docs = load_knowledge(KNOWLEDGE)
    kinds = {}
    for d in docs:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    assert kinds == {"paper": 1, "digest": 21, "reference": 48, "glossary": 57}
    wardah = next(d for d in docs if d.kind == "digest" and d.source_id == "wardah-2023")
    assert wardah.url and wardah.source_status in {"found", "partially_found", "not_found"}
