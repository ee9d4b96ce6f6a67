"""The timeline keeps events apart from the dates on which sources were published or retrieved, and from the
dates of sentences about a text; it finds where a digest gives another date, shows each date in one form and
lists the lines of one date under it."""

import json
from importlib import resources
from types import SimpleNamespace

from tipbot import timeline
from tipbot.schema import Chunk
from tipbot.timeline import build_timeline, differences, events, is_about_a_text, is_publication_date


def test_publication_and_retrieval_dates_are_not_events():
    assert is_publication_date("The article was published on 12 August 2022 by the agency.", "12 August 2022")
    assert is_publication_date("Retrieved 3 March 2024 from the ministry's website.", "3 March 2024")
    assert is_publication_date("Artikel ini diterbitkan pada 5 Mei 2023.", "5 Mei 2023")
    assert is_publication_date("The 2023 edition was released by the Secretary of State on 15 June 2023.",
                               "15 June 2023")
    assert is_publication_date("This is the 2023 report's Cambodia chapter, released in June 2023.", "June 2023")


def test_the_words_that_mark_a_line_as_about_a_text_are_data_loaded_once(monkeypatch):
    data = json.loads(resources.files("tipbot").joinpath("data/timeline_words.json").read_text(encoding="utf-8"))
    keys = list(data)
    lists = [k for k in keys if not k.startswith("_")]
    assert {"publication_words", "text_nouns", "referring_verbs", "unnamed_speakers", "speech_verbs"} <= set(lists)
    assert all(keys[keys.index(k) - 1].startswith("_") for k in lists)  # each list after the comment naming its class
    # the data file is where the words are: a word added there (and only there) is honoured
    memo = "The memo notes that the summit of 10 May 2023 was moved."
    assert not is_about_a_text(memo)
    changed = {**data, "text_nouns": [*data["text_nouns"], "memo"],
               "referring_verbs": [*data["referring_verbs"], "notes"]}
    real = resources.files

    class Files:
        def joinpath(self, name):
            return SimpleNamespace(read_text=lambda encoding: json.dumps(changed)) if name.endswith(
                "timeline_words.json") else real("tipbot").joinpath(name)

    monkeypatch.setattr(timeline.resources, "files", lambda package: Files())
    timeline._metadata_patterns.cache_clear()
    assert is_about_a_text(memo)
    monkeypatch.undo()
    timeline._metadata_patterns.cache_clear()
    for _ in range(3):
        is_about_a_text("The paper dates the MoU to 22 August 2023.")
        is_publication_date("Retrieved 3 March 2024.", "3 March 2024")
    assert timeline._metadata_patterns.cache_info().misses == 1


def test_event_dates_stay_events():
    assert not is_publication_date("The police formed a task force on 5 July 2023.", "5 July 2023")
    assert not is_publication_date("The MoU was signed on 22 August 2023 in Phnom Penh.", "22 August 2023")


# -- a paper and a digest, invented, that disagree on dates ------------------------------------------------------
PAPER = Chunk(id="p1", kind="paper", source_id="mini", title="Mini paper", section="3. Results", text=(
    "On March 9 2024, the coast guard raided a harbour depot holding trafficked crew members. "
    "The harbour board signed the inspection compact on May 14 2024 in Port Lumen."))
DIGEST = Chunk(id="d1", kind="digest", source_id="coast-2024", title="Coast Guard release", section="How the paper "
               "uses this source", text=(
                   "The coast guard signed its own agreement on 14 May 2024 in Port Lumen.\n"
                   "- **Raid.** The raid, which the coast guard announced on **7 March 2024**, not 9 March.\n"
                   "- **Teams.** The list matches what was agreed at a meeting on 2 February 2023, a year earlier.\n"
                   "  - the 4 April 2024 meeting between the board and the port police (not verified);\n"
                   "- The URL's date segment (20240316) points to 16 March 2024.\n"
                   "- In the text it refers to \"the June 2024 report\".\n"
                   "- The fourth cites this article for the statement that \"in the June 2024 report there are "
                   "eleven vessels\".\n"
                   "- He said the board received 59 reports between January and June 2024."))


def test_a_digest_that_gives_another_day_of_two_digits_is_a_difference():
    # "not 9 March" was found; "not 23 July" was not (the number had two digits)
    digest = Chunk(id="d2", kind="digest", source_id="d", title="D", section="How the paper uses this source",
                   text="- the kidney case, which the police announced on **20 July 2023**, not 23 July.")
    assert [s for s, _ in differences([digest])] == [
        "the kidney case, which the police announced on 20 July 2023, not 23 July."]
    assert any("7 March 2024, not 9 March" in s for s, _ in differences([DIGEST]))


def test_a_difference_is_not_glued_to_the_next_list_item():
    said = [s for s, _ in differences([DIGEST])]
    earlier = next(s for s in said if "a year earlier" in s)
    assert earlier.endswith("a year earlier.") and "4 April 2024" not in earlier


def test_sentences_about_a_text_are_not_events():
    assert is_about_a_text("The URL's date segment (20240316) points to 16 March 2024.")
    assert is_about_a_text('In the text it refers to "the June 2024 report".')
    assert is_about_a_text("The paper dates the MoU to 22 August 2023.")
    assert is_about_a_text("He said the board received 59 reports between January and June 2024.")
    assert not is_about_a_text("The document was adopted at the 42nd ASEAN Summit on 10 May 2023 in Labuan Bajo.")
    assert not is_about_a_text("The coast guard signed its own agreement on 14 May 2024 in Port Lumen.")
    said = " ".join(e.sentence for e in events([PAPER, DIGEST]))
    for metadata in ("URL", "In the text", "The fourth cites", "He said"):
        assert metadata not in said
    assert "raided a harbour depot" in said and "4 April 2024 meeting" in said


def test_one_date_in_one_form_with_its_lines_under_it():
    evs = events([PAPER, DIGEST])
    assert {e.label for e in evs if e.when.day == 14} == {"May 14 2024", "14 May 2024"}  # as written
    assert {e.shown() for e in evs if e.when.day == 14} == {"14 May 2024"}
    assert {e.shown("id") for e in evs if e.when.day == 14} == {"14 Mei 2024"}
    md = build_timeline([PAPER, DIGEST]).markdown()
    assert "May 14 2024:" not in md and md.count("14 May 2024:") == 1
    block = md.split("- 14 May 2024:\n", 1)[1].split("\n- ", 1)[0]
    assert block.count("\n  - ") == 1 and block.startswith("  - The paper states") and "Port Lumen" in block
    assert "- 9 March 2024: The paper states" in md  # a date of one line stays on that line
