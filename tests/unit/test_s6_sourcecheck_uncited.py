"""`tipbot sourcecheck --key KEY` for a source of references.json that no sentence of the paper cites: it says
that the paper does not cite it in its text and what its record says (listed in the reference list, part of
another reference, …), not "No claim in the paper matches"."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tests.helpers import TEST_EMBEDDER, mini_settings_for, point_cli_at
from tipbot.cli import main

LISTED_ONLY = {
    "key": "moreau-2018", "entry_kind": "reference_list", "authors": "Moreau, L.", "year": 2018,
    "title": "Ports and people: a survey of harbour labour", "venue": "Maritime Review, 3(1), 1-20",
    "language": "en", "type": "journal", "cited_in": [], "citation_forms": [], "claims": [],
    "anomalies": ["Listed in the references but never cited in the text."],
    "verification": {"status": "not_checked", "notes": ""}, "digest": None,
}


def test_a_listed_source_the_paper_never_cites_is_said_to_be_uncited(tmp_path, mini_knowledge_copy, monkeypatch):
    from tipbot.ingest import ingest

    refs = mini_knowledge_copy / "references.json"
    refs.write_text(json.dumps(json.loads(refs.read_text()) + [LISTED_ONLY], indent=1))
    home = tmp_path / "home"
    ingest(settings=mini_settings_for(home, mini_knowledge_copy))
    point_cli_at(monkeypatch, home, mini_knowledge_copy, TEST_EMBEDDER)
    out = CliRunner().invoke(main, ["sourcecheck", "--key", "moreau-2018"])
    assert out.exit_code == 0, out.output
    assert "No claim in the paper matches" not in out.output
    assert "The paper does not cite moreau-2018 in its text" in out.output
    assert "listed in the paper's reference list" in out.output  # the record's own status
    assert "Never cited in the text".lower() in out.output.lower() and "Ports and people" in out.output
    cited = CliRunner().invoke(main, ["sourcecheck", "--key", "harbour-authority-2023"])  # a cited key: as before
    assert cited.exit_code == 0 and "126 fishers" in cited.output and "does not cite" not in cited.output
