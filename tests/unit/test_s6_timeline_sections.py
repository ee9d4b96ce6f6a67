"""The timeline lists the dates of glossary entries among the events of the topic, and the paper's own history
(received, revised, accepted) with the sources' publication dates in a section of its own, apart from the
events; a month written short ("Feb 22, 2024", "22 Nov 2009") is a date too. The words that set one date
against another (``contrast_words``) are data, after the comment naming their class."""

from __future__ import annotations

import json
from importlib import resources

from click.testing import CliRunner

from tipbot import timeline
from tipbot.cli import main
from tipbot.schema import Chunk
from tipbot.timeline import build_timeline, differences, events

GLOSSARY = Chunk(id="g1", kind="glossary", source_id="glossary", title="Glossary", section="PSMA", text=(
    "PSMA: Port State Measures Agreement. FAO treaty against illegal fishing. Adopted on 22 Nov 2009; entered "
    "into force on 5 June 2016."))
HISTORY = Chunk(id="p0", kind="paper", source_id="mini", title="Mini paper", section="Article info", text=(
    "ARTICLE INFO Article history:\n\nReceived Feb 22, 2024 Revised Mar 18, 2024 Accepted May 03, 2024\n\n"
    "Keywords:\n\nFisheries"))
DIGEST = Chunk(id="d1", kind="digest", source_id="watch-2022", title="Watch report", section="Summary", text=(
    "The report was published on 12 August 2022 by the agency. Its inspectors boarded 40 vessels on 3 May 2022."))


def test_glossary_dates_are_events_and_publication_dates_are_apart():
    evs = {(e.shown(), e.chunk.kind) for e in events([GLOSSARY, HISTORY, DIGEST])}
    assert evs == {("22 November 2009", "glossary"), ("5 June 2016", "glossary"), ("3 May 2022", "digest")}
    pubs = [(e.shown(), e.sentence) for e in timeline.publication_dates([GLOSSARY, HISTORY, DIGEST])]
    assert pubs == [("12 August 2022", "The report was published on 12 August 2022 by the agency."),
                    ("22 February 2024", "Received Feb 22, 2024"), ("18 March 2024", "Revised Mar 18, 2024"),
                    ("3 May 2024", "Accepted May 03, 2024")]
    md = build_timeline([GLOSSARY, HISTORY, DIGEST]).markdown()
    dated, _, published = md.partition("## Publication dates of the paper and its sources (not events)")
    assert "- 22 November 2009: Glossary, PSMA: “Adopted on 22 Nov 2009;" in dated
    assert "Received" not in dated and "published" not in dated
    assert "- 22 February 2024: The paper states: “Received Feb 22, 2024”" in published
    assert "Lini masa" in build_timeline([HISTORY], "id").markdown()


def test_the_fixture_paper_s_history_is_listed_apart_from_its_events(mini_env):
    out = CliRunner().invoke(main, ["timeline"])
    assert out.exit_code == 0, out.output
    dated, _, published = out.output.partition("## Publication dates")
    assert "14 March 2019" in dated and "Received" not in dated
    assert "10 January 2025" in published and "“Received Jan 10, 2025”" in published
    assert "2 March 2025" in published


def test_the_contrast_words_are_data_after_the_comment_naming_their_class():
    data = json.loads(resources.files("tipbot").joinpath("data/timeline_words.json").read_text(encoding="utf-8"))
    keys = list(data)
    assert "contrast_words" in keys and keys[keys.index("contrast_words") - 1] == "_contrast_words"
    assert not hasattr(timeline, "_CONTRAST")
    digest = Chunk(id="d2", kind="digest", source_id="d", title="D", section="Points to note",
                   text="The desk opened on 2 September 2022, whereas the paper gives no day.")
    assert [s for s, _ in differences([digest])] == [digest.text]
