"""`tipbot eval` on the fixture store: several question sets side by side, reader ablations in --compare, the
empty-answer metric and the floors per set."""

import json

from click.testing import CliRunner

from tipbot.cli import main
from tipbot.evaluation import FLOORS, GATE, check_floors, floors_line, unknown_configs
from tipbot.scoring import score_item, summarise


def _write(path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def _item(id, question, must_match, support=(), answerable=True, type="figure", lang="en"):
    return {"id": id, "question": question, "lang": lang, "type": type, "answerable": answerable,
            "must_match": list(must_match), "support": list(support)}


def test_unknown_compare_name_is_a_usage_error_listing_the_valid_ones(mini_env, tmp_path):
    q = _write(tmp_path / "a.jsonl", [_item("a1", "When was the Coral Strait Fisheries Compact signed?", ["2019"])])
    out = CliRunner().invoke(main, ["eval", str(q), "--compare", "dense,no-such-thing", "--out", str(tmp_path / "o")])
    assert out.exit_code == 2 and "Traceback" not in out.output
    assert "no-such-thing" in out.output
    for name in ("dense", "bm25", "no-meaning", "no-terms", "no-constraints", "no-type-fit", "no-structure",
                 "no-mmr", "st"):
        assert name in out.output
    assert not (tmp_path / "o").exists()
    assert unknown_configs(["no-type-fit", "bm25", "st:/some/model", "nope"]) == ["nope"]


def test_two_sets_side_by_side_with_a_reader_ablation(mini_env, tmp_path):
    a = _write(tmp_path / "a.jsonl", [
        _item("a1", "When was the Coral Strait Fisheries Compact signed?", ["March 14 2019"],
              ["The Compact was signed on March 14 2019 in Port Lumen."], type="date"),
        _item("a2", "What does the paper say about trafficking in Cambodia?", ["does not contain"],
              answerable=False, type="out_of_scope"),
    ])
    b = _write(tmp_path / "b.jsonl", [
        _item("b1", "How many vessels were on the banned list by the end of 2023?", ["38"],
              ["By the end of 2023 the list held 38 vessels."]),
        _item("b2", "How many vessels were on the banned list by the end of 2023?", ["a pattern no answer holds"]),
    ])
    out_dir = tmp_path / "eval"
    result = CliRunner().invoke(main, ["eval", str(a), str(b), "--compare", "no-mmr,bm25", "--out", str(out_dir),
                                       "--fail-under"])
    assert result.exit_code == 1, result.output  # set b misses the correct floor
    lines = result.stdout.splitlines()
    for label in ("a · default", "a · no-mmr", "a · bm25", "b · default", "b · no-mmr", "b · bm25"):
        assert any(line.startswith(f"tipbot eval [{label}]:") for line in lines), label
    assert any(line.startswith("floors [a]:") for line in lines)
    assert any(line.startswith("floors [b]: MISSED correct 0.5 < 0.85") for line in lines)
    assert "b: correct 0.5 < 0.85" in result.stderr

    report = (out_dir / "report.md").read_text()
    assert "| metric | a · default | a · no-mmr | a · bm25 | b · default | b · no-mmr | b · bm25 |" in report
    assert "| empty_answers |" in report and "| correct_en |" in report and "| latency_p95_ms |" in report
    assert "## a (" in report and "## b (" in report and "✗" in report
    data = json.loads((out_dir / "results.json").read_text())
    assert data["sets"] == ["a", "b"] and data["configs"] == ["default", "no-mmr", "bm25"]
    assert set(data["summaries"]["b"]) == {"default", "no-mmr", "bm25"}
    assert [i["id"] for i in data["items"]["a"]] == ["a1", "a2"]
    assert data["summaries"]["a"]["default"]["correct"] == 1.0
    assert data["floor_failures"] and all(f.startswith("b: ") for f in data["floor_failures"])
    assert (out_dir / "metrics_by_type.png").exists() and (out_dir / "metrics_by_type-b.png").exists()


def test_empty_answers_are_counted_and_floored():
    item = _item("x", "How many?", ["38"])
    cited = [{"text": "The list held 38 vessels."}]
    results = [
        {"answer": "38 vessels [1]", "refused": False, "citations": cited},  # a cited claim
        {"answer": "The knowledge base does not contain that.", "refused": True, "citations": []},  # a refusal
        {"answer": "   ", "refused": True, "citations": cited},  # blank
        {"answer": "There are several.", "refused": False, "citations": []},  # not refused, nothing cited
    ]
    scores = [score_item(item, r) for r in results]
    assert [s.empty for s in scores] == [False, False, True, True]
    summary = summarise(scores)
    assert summary["empty_answers"] == 2
    assert "empty_answers 2 > 0" in check_floors(summary)
    assert "MISSED" in floors_line("x", summary) and "empty_answers 2 > 0" in floors_line("x", summary)


def test_gate_and_floors_cover_the_same_metrics():
    assert FLOORS == {"correct": 0.85, "supported": 0.85, "refusal": 0.85, "hit@5": 0.95, "invented_figures": 0,
                      "empty_answers": 0}
    assert set(GATE) == {"dev", "paraphrase"} and all(set(g) == set(FLOORS) for g in GATE.values())


def test_a_set_of_unanswerable_questions_has_only_refusal_floors():
    from tipbot.evaluation import floor_status

    summary = {"n_answerable": 0, "n_unanswerable": 40, "correct": None, "supported": None, "hit@5": None,
               "refusal": 0.85, "invented_figures": 0, "empty_answers": 0}
    rows = {r[0]: r[3] for r in floor_status(summary)}
    assert "correct" not in rows and "hit@5" not in rows and rows["refusal"] is True
    missing = {"n_answerable": 10, "n_unanswerable": 0, "correct": None}
    assert {r[0]: r[3] for r in floor_status(missing)}["correct"] is False  # a missing value still misses


def test_a_held_out_set_is_scored_but_its_questions_and_answers_are_not_written(mini_env, tmp_path):
    question = "How many vessels were on the banned list by the end of 2023?"
    q = _write(tmp_path / "keep.jsonl", [_item("k1", question, ["a pattern no answer holds"])])
    out_dir = tmp_path / "eval"
    result = CliRunner().invoke(main, ["eval", str(q), "--held-out", "keep", "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    report, data = (out_dir / "report.md").read_text(), (out_dir / "results.json").read_text()
    assert "**k1**" in report and "held out" in report
    assert question not in report and question not in data and "banned list" not in data
    assert json.loads(data)["summaries"]["keep"]["default"]["correct"] == 0.0
    bad = CliRunner().invoke(main, ["eval", str(q), "--held-out", "nope", "--out", str(tmp_path / "o2")])
    assert bad.exit_code == 2 and "nope" in bad.output
