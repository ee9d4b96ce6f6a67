"""Issue 12, teaching outputs without a store: the verifier and a source's label, figures as a reader needs them,
quiz items and scoring, the rendering of cited reports (Markdown, DOCX, terminal) and the source check's matching."""

from __future__ import annotations

import re

import pytest

from tipbot import quiz as q
from tipbot.answer import Statement, frame_quote
from tipbot.present import plain_text, short_title
from tipbot.report import CitedReport, Section, quotable
from tipbot.schema import Chunk, Citation
from tipbot.sourcecheck import Claim, _best_claims
from tipbot.verify import check_claim, reported_figures

LAW = "Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang"
REPORT = ("2023 Trafficking in Persons Report — Indonesia chapter (cited in the paper as 'Laporan Perdagangan "
          "Manusia 2023 – Departemen Luar Negeri Amerika Serikat')")


def chunk(text: str, kind: str = "paper", title: str = "A paper", section: str = "1. Introduction",
          source_id: str = "paper", cite_keys: list[str] | None = None, n: int = 0) -> Chunk:
    return Chunk(id=f"{source_id}-{n}-{abs(hash(text)) % 10**8}", text=text, source_id=source_id, kind=kind,
                 title=title, section=section, cite_keys=cite_keys or [], order=n)


# -- item 1: a number in a source's label is not a claimed figure ------------------------------------------------


@pytest.mark.parametrize("title", [LAW, REPORT])
def test_a_digest_named_by_a_title_with_numbers_passes_the_verifier(title):
    digest = chunk("The House of Representatives passed it on **20 March 2007**.", "digest", title,
                   "What the source is", "src")
    sentence = "The House of Representatives passed it on 20 March 2007."
    for lang in ("en", "id"):
        line = f"{frame_quote(digest, sentence, lang)} [1]"
        assert check_claim(line, {1: Citation.from_chunk(1, digest)}) is None, line
        titled = f"A digest of {title} (a summary, not the source) says: “{sentence}” [1]"
        assert check_claim(titled, {1: Citation.from_chunk(1, digest)}) is None, titled
    wrong = f"{frame_quote(digest, 'It was passed on 30 March 2009.')} [1]"
    assert "not in the cited passage" in check_claim(wrong, {1: Citation.from_chunk(1, digest)})


# -- figures as a reader needs them -------------------------------------------------------------------------------


def test_reported_figures_keep_units_and_skip_names_and_range_ends():
    text = ("Law Number 21 of 2007 and the 42nd Summit: men were 82% and the index 0.41 %, women aged 15-64 years, "
            "COVID-19, 2,778 people and 30 million workers.")
    assert reported_figures(text) == ["82%", "0.41 %", "2,778", "30 million"]


# -- items 7 and 8: quiz scoring and quiz items ---------------------------------------------------------------------


def _item(kind: str, options: list[str], answer: int) -> q.QuizItem:
    return q.QuizItem(kind, "?", options, answer, Citation.from_chunk(1, chunk("x")))


@pytest.mark.parametrize("given", ["B", "b", "B)", "b) 82%", "82%", "82 %", "82", " 82  % "])
def test_scorer_accepts_a_percentage_in_any_form(given):
    assert q.accepts(_item("figure", ["52%", "82%", "83%", "64%"], 1), given)


@pytest.mark.parametrize("given", ["2,778", "2778", "2.778"])
def test_scorer_accepts_thousands_in_any_form(given):
    assert q.accepts(_item("figure", ["861", "2,778", "1,138", "970"], 1), given)


@pytest.mark.parametrize("given", ["D", "July 23 2023", "23 July 2023", "July 23, 2023", "2023-07-23", "23/07/2023",
                                   "23 Juli 2023", "july 23 2023"])
def test_scorer_accepts_a_date_in_any_common_format(given):
    assert q.accepts(_item("date", ["10 May 2023", "April 21 2021", "July 5 2023", "July 23 2023"], 3), given)


def test_scorer_rejects_wrong_answers():
    item = _item("date", ["10 May 2023", "April 21 2021", "July 5 2023", "July 23 2023"], 3)
    for given in ("A", "C", "July 5 2023", "2023-07-05", "", "Z", "23"):
        assert not q.accepts(item, given), given
    assert not q.accepts(_item("figure", ["52%", "82%", "83%", "64%"], 1), "83")


def test_responses_typed_in_one_line():
    assert q.parse_responses("A D A B C") == {1: "A", 2: "D", 3: "A", 4: "B", 5: "C"}
    assert q.parse_responses("1:A 2:July 23 2023 3: 82 % 4) 2,778") == {1: "A", 2: "July 23 2023", 3: "82 %",
                                                                       4: "2,778"}
    assert q.parse_responses("A, 82%, July 23, 2023") == {1: "A", 2: "82%", 3: "July 23, 2023"}
    assert q.parse_responses("1:Z") == {1: "Z"}


def test_grading_a_whole_line_of_letters():
    items = [_item("figure", ["1", "2", "3", "4"], i) for i in (0, 3, 0, 1, 2)]
    right, lines = q.grade(items, q.parse_responses("A D A B C"))
    assert right == 5 and lines[-1] == "Score: 5/5"
    assert q.phrase("your_answer", "id") == "Jawaban Anda" and q.phrase("your_answer", "en") == "Your answer"


def _quiz_chunks() -> list[Chunk]:
    gl = [
        ("TVPA", "TVPA: Trafficking Victims Protection Act (U.S., 2000). U.S. law that created the TIP Report."),
        ("SPHPN (paper: 'SHPN')", "SPHPN (paper: 'SHPN'): National Women's Life Experience Survey. In Indonesian: "
                                  "Survei Pengalaman Hidup Perempuan Nasional."),
        ("TPPO", "TPPO: Crime of trafficking in persons. In Indonesian: Tindak Pidana Perdagangan Orang."),
        ("TIP", "TIP: Trafficking in persons. English abbreviation used by ASEAN."),
        ("KBRI", "KBRI: Embassy of the Republic of Indonesia. In Indonesian: Kedutaan Besar Republik Indonesia."),
        ("SOMTC", "SOMTC: Senior Officials Meeting on Transnational Crime. An ASEAN body."),
    ]
    out = [chunk(text, "glossary", f"Glossary: {term}", term, f"glossary:{term}", n=i)
           for i, (term, text) in enumerate(gl)]
    paper = ("3.5 The police formed a team\n\nThe police on July 5 2023 formed a special team of 120 officers. "
             "Men account for 82% of these statistics. Around 51% were children and 46% were women. "
             "About 64% were adults. Some 83% were recruited online. "
             "Violence against women aged 15-64 years fell to 9.4% in 2021. "
             "In four months the team saved 2,778 people from 861 reports (POLRI, 2023). "
             "On July 23 2023 the team uncovered a syndicate. On 10 May 2023 the Summit met. "
             "Since April 21 2021 the Embassy received 75 reports. Law Number 21 of 2007 applies.")
    out.append(chunk(paper, section="3.5 The police formed a team", cite_keys=["polri-2023"], n=10))
    out.append(chunk("- Reference entry: POLRI (2023). A release.\n- Anomaly: Founding date: Polri sources give "
                     "5 June 2023; the paper's '5 July 2023' conflicts.\n- Anomaly: The '2,778 people' figure is "
                     "Polri's 10 Oct 2023 tally.", "reference", "A release", "References", "polri-2023", n=11))
    return out


def test_quiz_items_are_whole_distinct_flagged_and_never_trivial():
    chunks = _quiz_chunks()
    seen_kinds = set()
    for seed in range(12):
        for item in q.build_quiz(chunks, 6, seed=seed):
            seen_kinds.add(item.kind)
            assert len(set(item.options)) == 4
            for option in item.options:
                assert option.count("(") == option.count(")"), option  # nothing cut short
                assert not option.startswith(("'", ")")), option  # nothing garbled
            others = [o for i, o in enumerate(item.options) if i != item.answer]
            assert not any(q._same_answer(o, item.answer_text) for o in others), item.options
            assert "-_____" not in item.question and "_____-" not in item.question  # no half of a range
            assert "Law Number _____" not in item.question  # a law's number is not a figure
            assert not item.question.split("“", 1)[-1].startswith("3.5")  # no heading glued into the quote
            if item.kind == "date" and item.answer_text == "July 5 2023" or item.answer_text == "2,778":
                assert item.flag, item  # what the knowledge base flags is quizzed with its flag
            if item.kind == "figure" and "%" in item.answer_text:
                assert all("%" in o for o in item.options)  # units kept, like with like
            assert q.accepts(item, q.LETTERS[item.answer]) and q.accepts(item, item.answer_text)
    assert seen_kinds == {"figure", "date", "definition"}
    md = q.markdown(q.build_quiz(chunks, 6, seed=1))
    assert "**" not in md


def test_quiz_flag_is_shown_in_the_key_and_the_feedback():
    items = [i for s in range(30) for i in q.build_quiz(_quiz_chunks(), 6, seed=s) if i.flag]
    assert items
    assert "records a problem" in q.markdown(items[:1]) and "5 June 2023" in q.markdown(items[:1]) + "5 June 2023"
    _, lines = q.grade(items[:1], {1: "Z"})
    assert any("records a problem" in x for x in lines)
    assert q.from_json(q.to_json(items[:1]))[0].flag == items[0].flag


# -- items 5 and 6: cited reports -----------------------------------------------------------------------------------


def _report(lang: str = "en") -> CitedReport:
    paper = chunk("Men account for 82% of these statistics. More text.")
    digest = chunk("It was passed on **20 March 2007** by the *DPR*.", "digest", LAW, "What the source is", "uu")
    digest2 = chunk("It has 67 articles.", "digest", LAW, "Key content", "uu", n=1)
    other = chunk("An unrelated sentence.", "digest", "Other", "S", "other")
    ref = chunk("- Reference entry: X (2020). Y.\n- URL: https://example.org/a", "reference", "Y", "References", "x")
    ref.url = "https://example.org/a"
    r = CitedReport(title="Briefing", lang=lang)
    r.sections.append(Section("Key points", [
        Statement(frame_quote(digest, quotable(digest, "It was passed on **20 March 2007** by the *DPR*."), lang),
                  [r.cite(digest)]),
        Statement(frame_quote(digest2, "It has 67 articles.", lang), [r.cite(digest2)]),
        Statement("The paper states: “Men account for 99% of these statistics.”", [r.cite(other)]),  # fails
        Statement(frame_quote(paper, "Men account for 82% of these statistics.", lang), [r.cite(paper)]),
        Statement("From the reference record: “X (2020). Y.”", [r.cite(ref)]),
    ]))
    r.verify()
    return r


def test_sources_no_line_cites_are_dropped_and_one_source_has_one_number():
    r = _report()
    assert [c.source_id for c in r.citations] == ["uu", "paper", "x"]  # "other" is gone, "uu" listed once
    marks = {int(n) for line in r.lines() for n in re.findall(r"\[(\d+)\]", line)}
    assert marks == {1, 2, 3}
    assert "§What the source is; §Key content" in r.markdown()


def test_markdown_and_docx_have_no_markdown_emphasis_clickable_links_and_a_translated_heading(tmp_path):
    import docx

    for lang, heading in (("en", "Sources"), ("id", "Sumber")):
        r = _report(lang)
        md = r.markdown()
        assert "**" not in md and "*DPR*" not in md and f"## {heading}" in md
        path = r.docx(tmp_path / f"b-{lang}.docx")
        d = docx.Document(str(path))
        text = "\n".join(p.text for p in d.paragraphs)
        assert "**" not in text and "*DPR*" not in text and heading in [p.text for p in d.paragraphs]
        assert d.core_properties.author == "tipbot"
        links = [r.target_ref for r in d.part.rels.values() if r.reltype.endswith("/hyperlink")]
        assert "https://example.org/a" in links


def test_plain_text_short_title_and_quotable():
    assert plain_text("passed on **20 March 2007**, a *Peraturan Presiden*, snake_case and 5 * 3") == \
        "passed on 20 March 2007, a Peraturan Presiden, snake_case and 5 * 3"
    title = "Indonesia's strategy in ASEAN in handling the issues of human Trafficking in Cambodia"
    cut = short_title(title, 80)
    assert cut.endswith("…") and title.startswith(cut[:-1]) and title[len(cut) - 1] == " "
    head = "3.2 Formation of a Memorandum of Understanding regarding employment"
    c = chunk(f"{head} Data from the Ministry shows that on August 22 2023 the police agreed.", section=head)
    assert quotable(c, c.text) == "Data from the Ministry shows that on August 22 2023 the police agreed."
    assert quotable(c, "The five strategies are:") == ""
    d = chunk("x", "digest", "T", "Points to note", "d")
    assert quotable(d, "Other figures are recorded in the references.json entry for this key.") == ""


# -- item 3: the source check matches claims by figures and words ---------------------------------------------------


def _claims() -> list[Claim]:
    c = chunk("x")
    return [Claim("In four months it saved 2,778 people from 861 reports.", c, ["POLRI, 2023"], ["polri-2023"]),
            Claim("UNODC reports that 50 percent of the victims were women and people were trafficked.", c,
                  ["UNODC, 2020"], ["unodc-2020"]),
            Claim("In May 2023 there are 1,138 Indonesian citizens who are victims in reports.", c, ["Wardah, 2023"],
                  ["wardah-2023"]),
            Claim("According to IOM around 43% to 50% of citizens abroad became victims.", c, ["Anderson, 2021"],
                  ["anderson-2021"]),
            Claim("Fikhri et al. found that the problem is made worse by poverty.", c, ["Fikhri et al., 2021"], [])]


@pytest.mark.parametrize("query", ["2,778 people", "2778", "saved 2,778 people from 861 reports", "2.778 orang"])
def test_source_check_finds_the_claim_by_its_figures(query):
    assert [c.keys for c in _best_claims(_claims(), query, 3)] == [["polri-2023"]]


def test_source_check_matches_words_and_says_when_nothing_matches():
    assert _best_claims(_claims(), "the moon is made of cheese", 3) == []
    assert _best_claims(_claims(), "999 people", 3) == []
    assert _best_claims(_claims(), "43-50% IOM", 3)[0].keys == ["anderson-2021"]
    assert _best_claims(_claims(), "poverty Fikhri", 3)[0].labels == ["Fikhri et al., 2021"]
