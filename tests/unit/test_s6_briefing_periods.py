"""A briefing's table of figures leaves out the spans of time its figures are counted over ("the last 12 months",
"dalam 12 bulan terakhir", "over 3 years", "within 30 days"): a number counting units of time as a period is
not a figure of the topic. A count of something else, or the same number standing as a figure of its own, is
kept."""

from __future__ import annotations

import pytest

from tipbot.briefing import build_briefing, topic_figures


@pytest.mark.parametrize("sentence,kept", [
    ("Prevalence of violence against women aged 15–64 in the last 12 months: 8.7% in 2021.", ["8.7%"]),
    ("Prevalensi kekerasan dalam 12 bulan terakhir turun menjadi 8,7 persen.", ["8,7 persen"]),
    ("Over 3 years the desk helped 200 fishers.", ["200"]),
    ("The 12-month prevalence was 9.4%.", ["9.4%"]),
    ("Two years later, 40 victims were found.", ["40"]),
    ("12 months later, 40 victims were found.", ["40"]),
    ("The police held 12 suspects in the last 12 months.", ["12"]),  # the same number as a count of people
    ("In 2023 they rescued 126 fishers from 19 vessels.", ["126", "19"]),
])
def test_a_span_of_time_is_not_a_figure_of_the_topic(sentence, kept):
    assert topic_figures(sentence) == kept


def test_the_briefing_table_lists_no_span_of_time(mini_assistant):
    # the fixture's "a ticket home within 30 days" is the period of the desk's help, not a figure of the desk
    report = build_briefing(mini_assistant, "the referral desk for victims")
    rows = [row for s in report.sections if s.table for row in s.table[1:]]
    assert not any("30" in row[0].split(", ") for row in rows), rows
