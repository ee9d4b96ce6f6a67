"""The paper's profile (knowledge/paper/profile.yaml): read through Settings, defaults when absent, one clear error
when malformed, and what the parser takes from it."""

import re

import pytest

from tests.helpers import KNOWLEDGE
from tipbot.config import DEFAULT_ACTOR_PATTERN, Profile, ProfileError, Settings
from tipbot.documents import parse_paper


def _folder(tmp_path, profile: str | None, paper: str = "Title\n\nA. Author, B. Author\n\nSome Institute\n"):
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "doe-2020.txt").write_text(paper)
    if profile is not None:
        (tmp_path / "paper" / "profile.yaml").write_text(profile)
    return tmp_path


def test_the_knowledge_profile_is_read_through_settings():
    profile = Settings.from_env(knowledge=KNOWLEDGE).profile
    assert profile.path == KNOWLEDGE / "paper" / "profile.yaml"
    assert profile.paper_id == "pratiwi-sukandar-2024"
    assert profile.short_title == "Pratiwi & Sukandar (2024)"
    assert profile.title_block_paragraphs == 3 and profile.chart_caption_prefix == "Chart "
    assert "43-50% IOM" in profile.examples_for("en") and "Apa itu ACTIP?" in profile.examples_for("id")
    assert profile.actor_regex.search("the Republic of Indonesia Police formed").group(1).endswith("Police")


def test_a_folder_without_profile_gets_defaults(tmp_path):
    profile = Profile.load(_folder(tmp_path, None))
    assert profile.path is None
    assert profile.paper_id == "doe-2020"  # the paper file's name
    assert profile.short_title == "the paper" and profile.title_block_paragraphs == 3
    assert profile.actor_pattern == DEFAULT_ACTOR_PATTERN and profile.examples_for("id") == []


@pytest.mark.parametrize("text, key", [
    ("paper_id: [1, 2]\n", "paper_id"),
    ("title_block_paragraphs: two\n", "title_block_paragraphs"),
    ("title_block_paragraphs: 0\n", "title_block_paragraphs"),
    ("actor_pattern: '(unclosed'\n", "actor_pattern"),
    ("actor_pattern: 'no group'\n", "actor_pattern"),
    ("examples: {en: 'not a list'}\n", "examples"),
    ("short_titel: typo\n", "short_titel"),
    ("- a list\n- not a mapping\n", "mapping"),
    ("paper_id: [unclosed\n", "cannot be read"),
])
def test_a_malformed_profile_is_one_clear_error(tmp_path, text, key):
    with pytest.raises(ProfileError, match=re.escape(key)) as err:
        Profile.load(_folder(tmp_path, text))
    assert "profile.yaml" in str(err.value) and "\n" not in str(err.value)


def test_the_parser_takes_id_title_block_and_captions_from_the_profile(tmp_path):
    paper = ("A Study of Things\n\nJane Roe¹, John Doe²\n\nFirst Institute\n\nSecond Institute\n\n1. INTRODUCTION\n\n"
             "Some text here.\n\nFigure 2. The numbers by year\n\nSource: the ministry\n")
    folder = _folder(tmp_path, "paper_id: roe-doe\ntitle_block_paragraphs: 4\nchart_caption_prefix: 'Figure '\n",
                     paper)
    parsed = parse_paper(folder / "paper" / "doe-2020.txt")
    assert parsed.body.source_id == "roe-doe"
    assert parsed.title == "A Study of Things" and parsed.authors == ["Jane Roe", "John Doe"]
    assert parsed.affiliation == "First Institute Second Institute"
    caption = [b for b in parsed.body.blocks if b.atomic]
    assert len(caption) == 1 and caption[0].raw.startswith("Figure 2.") and caption[0].raw.endswith("the ministry")


def test_a_short_title_drops_an_aside_cut_in_its_middle():
    from tipbot.present import short_title

    title = "Undang-Undang Nomor 13 Tahun 2006 tentang Perlindungan Saksi dan Korban (as amended by a later law)"
    assert short_title(title, 90) == "Undang-Undang Nomor 13 Tahun 2006 tentang Perlindungan Saksi dan Korban…"
    assert short_title("A short title (with an aside)", 90) == "A short title (with an aside)"
    early = "Law (as amended by a later law of the same parliament in the year after it was first passed)"
    assert short_title(early, 40).startswith("Law (as amended")  # (an aside opened early is kept, cut)
