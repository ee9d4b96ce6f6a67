from tipbot.schema import Citation
from tipbot.verify import check_claim, split_claims, verify


def _cite(n, text, kind="paper"):
    return Citation(n=n, chunk_id=f"c{n}", source_id="s", source_kind=kind, title="T", section="1", page=None,
                    text=text, cites=[], url=None)


PAPER = _cite(1, "In the four months since it was formed, it succeeded in saving 2,778 people from 861 reports.")
DIGEST = _cite(2, "VOA reported that 1,138 Indonesians were repatriated in May 2023.", kind="digest")
CITES = {1: PAPER, 2: DIGEST}


def test_uncited_sentence_fails():
    assert check_claim("The task force saved many people.", CITES) == "no citation"


def test_invented_figure_fails_and_true_figure_passes():
    assert "2,779" in check_claim("The task force saved 2,779 people [1].", CITES)
    assert check_claim("The task force saved 2,778 people from 861 reports [1].", CITES) is None
    assert check_claim("Satgas menyelamatkan 2.778 orang [1].", CITES) is None  # Indonesian thousands separator


def test_figure_must_be_in_the_passage_it_cites():
    assert check_claim("1,138 Indonesians were repatriated, says a digest [1].", CITES) is not None
    assert check_claim("A digest of VOA says 1,138 Indonesians were repatriated [2].", CITES) is None


def test_number_words_are_figures_too():
    assert check_claim("The paper finds six strategies [1].", CITES) is not None


def test_unknown_citation_number_fails():
    assert "not among the sources" in check_claim("It saved 2,778 people [7].", CITES)


def test_digest_is_not_the_paper():
    assert "digest" in check_claim("VOA reported that 1,138 Indonesians were repatriated [2].", CITES)
    assert "paper" in check_claim("The paper says 1,138 Indonesians were repatriated, per a digest [2].", CITES)
    # naming the paper's sources (a possessive) is not attributing the claim to the paper
    assert check_claim("In short: 1,138 Indonesians (from a digest of one of the paper's sources) [2].", CITES) is None


def test_computed_figure_needs_marker_and_inputs():
    a = _cite(1, "The document was adopted on 10 May 2023.")
    b = _cite(2, "The police formed the task force on July 5 2023.")
    ok = "There are 56 days between 10 May 2023 and July 5 2023 (computed: a date difference). [1][2]"
    assert check_claim(ok, {1: a, 2: b}) is None
    assert check_claim("There are 56 days between the two events [1][2].", {1: a, 2: b}) is not None


def test_verify_removes_bad_sentences_and_keeps_good_ones():
    text = "It saved 2,778 people [1]. It saved 9,999 people [1]. Nobody knows why."
    v = verify(text, [PAPER, DIGEST])
    assert v.text == "It saved 2,778 people [1]."
    assert {r["reason"] for r in v.removed} == {"the figure 9,999 is not in the cited passage", "no citation"}


def test_split_claims_on_markers_and_stops():
    assert split_claims("A is B [1]. C is D [2] and E.\n- F [3]") == ["A is B [1].", "C is D [2]", "and E.", "F [3]"]
