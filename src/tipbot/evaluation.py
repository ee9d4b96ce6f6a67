"""``tipbot eval``: every question through the same ``Assistant`` the CLI uses, scored by the rules of
evals/README.md, with ranking metrics from ranx, a Markdown report, a JSON file of every item and PNG plots.

One or more question sets (e.g. ``evals/dev.jsonl`` and ``evals/paraphrase.jsonl``) run through the same
assistants and are reported side by side; the floors apply to each set. Ablations (``--compare``) run the same
questions through other retrieval modes (dense, bm25, hybrid), with one signal of the reader switched off
(the keys of ``tipbot.answering.ABLATIONS``: no-meaning, no-terms, …) or with another embedder (``st`` builds a
second store with sentence-transformers).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from pathlib import Path

from .answering import ABLATIONS, ExtractiveAnswerer
from .assistant import Assistant
from .config import Settings
from .scoring import ItemScore, contains_support, load_items, score_item, summarise

# The targets (issue 10), applied to the default configuration of every question set. The report and the
# console say which hold and which do not; ``tipbot eval --fail-under`` exits 1 when any set misses one.
FLOORS = {"correct": 0.85, "supported": 0.85, "refusal": 0.85, "hit@5": 0.95, "invented_figures": 0,
          "empty_answers": 0}
# What the CI gate (tests/integration/test_answers.py) asserts, per question set: on dev and paraphrase, the
# issue's floors themselves (both sets meet them); the other sets are reported, not gated.
GATE = {
    "dev": {"correct": 0.85, "supported": 0.85, "refusal": 0.85, "hit@5": 0.95, "invented_figures": 0,
            "empty_answers": 0},
    "paraphrase": {"correct": 0.85, "supported": 0.85, "refusal": 0.85, "hit@5": 0.95, "invented_figures": 0,
                   "empty_answers": 0},
}
AT_MOST = {"invented_figures", "empty_answers"}  # counts that must stay at or below their floor
RETRIEVAL_MODES = ("hybrid", "dense", "bm25")
RANKING = ["hit_rate@1", "hit_rate@3", "hit_rate@5", "mrr"]


def _qrels_and_run(items: list[dict], results: list[dict], chunks) -> tuple[dict, dict]:
    """Relevant chunks: every chunk of the store holding a support string; the run: the ranked passages."""
    qrels: dict[str, dict[str, int]] = {}
    run: dict[str, dict[str, float]] = {}
    for item, result in zip(items, results, strict=True):
        if not item.get("answerable") or not item.get("support") or "error" in result:
            continue
        rel = {c.id: 1 for c in chunks if any(contains_support(c.text, s) for s in item["support"])}
        if not rel:
            continue
        qrels[item["id"]] = rel
        ranked = result.get("retrieved", [])
        run[item["id"]] = {r["chunk_id"]: float(len(ranked) - i) for i, r in enumerate(ranked)} or {"none": 0.0}
    return qrels, run


def ranking_metrics(items: list[dict], results: list[dict], chunks) -> dict[str, float]:
    """hit@k and MRR over the questions whose support strings some passage holds; per language too
    (``hit@5_en`` …), counted the same way. The support strings are matched against the store once."""
    from ranx import Qrels, Run, evaluate

    qrels, run = _qrels_and_run(items, results, chunks)

    def scored(ids: set[str]) -> dict[str, float]:
        sub_q = {i: r for i, r in qrels.items() if i in ids}
        if not sub_q:
            return {}
        sub_r = {i: run[i] for i in sub_q}
        scores = evaluate(Qrels(sub_q), Run(sub_r), RANKING, make_comparable=True)
        return {k.replace("hit_rate", "hit"): round(float(v), 4) for k, v in scores.items()}

    out = scored(set(qrels))
    for lang in sorted({i.get("lang") for i in items if i.get("lang")}):
        by_lang = scored({i["id"] for i in items if i.get("lang") == lang})
        if "hit@5" in by_lang:
            out[f"hit@5_{lang}"] = by_lang["hit@5"]
    return out


def run_questions(bot: Assistant, items: list[dict], progress: Callable[[int], None] | None = None) -> list[dict]:
    out = []
    for item in items:
        try:
            out.append(bot.ask(item["question"]).to_dict(id=item["id"]))
        except Exception as exc:  # one broken item must not stop the run; it is scored as an error
            out.append({"id": item["id"], "error": f"{type(exc).__name__}: {exc}"})
        if progress:
            progress(1)
    return out


def evaluate_config(bot: Assistant, items: list[dict], progress=None) -> tuple[dict, list[ItemScore], list[dict]]:
    results = run_questions(bot, items, progress)
    scores = [score_item(i, r) for i, r in zip(items, results, strict=True)]
    summary = summarise(scores)
    summary.update(ranking_metrics(items, results, bot.store.chunks))
    return summary, scores, results


def breakdown(scores: list[ItemScore], field: str) -> dict[str, dict[str, float]]:
    groups: dict[str, list[ItemScore]] = {}
    for s in scores:
        groups.setdefault(getattr(s, field), []).append(s)
    out = {}
    for key, group in sorted(groups.items()):
        ans = [s for s in group if s.answerable]
        out[key] = {
            "n": len(group),
            "correct": round(sum(s.correct for s in group) / len(group), 3),
            "supported": round(sum(bool(s.supported) for s in ans if s.supported is not None)
                               / max(1, sum(s.supported is not None for s in ans)), 3),
            "hit@5": round(sum(s.hit_at is not None and s.hit_at <= 5 for s in ans) / max(1, len(ans)), 3),
            "latency_ms": round(sorted(s.latency_ms for s in group)[len(group) // 2], 1),
        }
    return out


_ANSWERABLE_ONLY = {"correct", "supported", "hit@5"}


def floor_status(summary: dict, floors: dict[str, float] | None = None) -> list[tuple[str, object, float, bool]]:
    """(metric, value, floor, met) for the floors that apply; a missing value misses its floor. A set with no
    answerable question (or none unanswerable) has no answer (or refusal) floors to meet."""
    rows = []
    for key, floor in (FLOORS if floors is None else floors).items():
        if (key in _ANSWERABLE_ONLY and summary.get("n_answerable") == 0) or (
                key == "refusal" and summary.get("n_unanswerable") == 0):
            continue
        value = summary.get(key)
        met = value is not None and (value <= floor if key in AT_MOST else value >= floor)
        rows.append((key, value, floor, met))
    return rows


def _floor_text(key: str, value, floor, met: bool) -> str:
    if key in AT_MOST:
        return f"{key} {value} {'≤' if met else '>'} {floor}"
    return f"{key} {value} {'≥' if met else '<'} {floor}"


def check_floors(summary: dict, floors: dict[str, float] | None = None) -> list[str]:
    """The floors that the summary misses, as readable lines (empty when all hold)."""
    return [_floor_text(*row) for row in floor_status(summary, floors) if not row[3]]


def floors_line(name: str, summary: dict, floors: dict[str, float] | None = None) -> str:
    """One line saying which floors a set meets and which it misses (a miss is never left out)."""
    rows = floor_status(summary, floors)
    met = ", ".join(_floor_text(*r) for r in rows if r[3])
    missed = ", ".join(_floor_text(*r) for r in rows if not r[3])
    if not missed:
        return f"floors [{name}]: all met ({met})"
    return f"floors [{name}]: MISSED {missed}" + (f"; met {met}" if met else "")


def summary_line(name: str, summary: dict) -> str:
    return (f"tipbot eval [{name}]: correct {summary.get('correct')} · supported {summary.get('supported')} · "
            f"hit@5 {summary.get('hit@5')} · MRR {summary.get('mrr')} · refusal {summary.get('refusal')} · "
            f"invented figures {summary.get('invented_figures')} · empty answers {summary.get('empty_answers')} · "
            f"correct en/id {summary.get('correct_en')}/{summary.get('correct_id')} · "
            f"p50 {summary.get('latency_p50_ms')} ms ({summary.get('n')} questions)")


def _plots(out: Path, by_type: dict, by_lang: dict, scores: list[ItemScore], label: str = "",
           suffix: str = "") -> list[str]:
    """Bars by type and by language, and the latency histogram of one set (``suffix`` in the file names)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []
    for name, groups in (("by_type", by_type), ("by_language", by_lang)):
        keys = list(groups)
        fig, ax = plt.subplots(figsize=(max(6, len(keys) * 0.7), 3.6))
        width = 0.27
        for i, metric in enumerate(("correct", "supported", "hit@5")):
            ax.bar([x + (i - 1) * width for x in range(len(keys))], [groups[k][metric] for k in keys], width,
                   label=metric)
        ax.set_xticks(range(len(keys)), keys, rotation=45, ha="right")
        ax.set_ylim(0, 1.05)
        ax.set_title(f"tipbot metrics {name.replace('_', ' ')}" + (f" — {label}" if label else ""))
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
        fig.savefig(out / f"metrics_{name}{suffix}.png", dpi=110)
        plt.close(fig)
        files.append(f"metrics_{name}{suffix}.png")
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.hist([s.latency_ms for s in scores], bins=30)
    ax.set_xlabel("answer latency (ms)")
    ax.set_ylabel("questions")
    ax.set_title("latency distribution" + (f" — {label}" if label else ""))
    fig.tight_layout()
    fig.savefig(out / f"latency{suffix}.png", dpi=110)
    plt.close(fig)
    files.append(f"latency{suffix}.png")
    return files


def config_names() -> list[str]:
    """Every name ``--compare`` accepts (an embedder may also carry an argument, e.g. ``st:/path/to/model``)."""
    from .embeddings import _REGISTRY

    return ["default", *RETRIEVAL_MODES, *ABLATIONS, *sorted(_REGISTRY)]


def unknown_configs(names: Sequence[str]) -> list[str]:
    """The names among ``names`` that are neither a retrieval mode, a reader ablation nor an embedder."""
    from .embeddings import _REGISTRY

    fixed = {"default", *RETRIEVAL_MODES, *ABLATIONS}
    return [n for n in names if n not in fixed and n.partition(":")[0] not in _REGISTRY]


def _config_assistant(base: Settings, name: str, default: Assistant, k: int) -> Assistant:
    """An assistant for one ablation: a retrieval mode or a reader ablation on the default assistant's store, or
    an embedder with its own store."""
    if name in RETRIEVAL_MODES:
        return Assistant(base, k=k, retrieval_mode=name, store=default.store)
    if name in ABLATIONS:
        return Assistant(base, answerer=ExtractiveAnswerer(ABLATIONS[name]), k=k, store=default.store)
    from .ingest import ingest

    home = base.home / "eval-stores" / name.replace(":", "_").replace("/", "_")
    settings = replace(base, home=home, embedder=name, chroma_url=None)
    ingest(settings=settings)
    return Assistant(settings, k=k)


def set_names(paths: Sequence[Path]) -> list[str]:
    """A short name per question file: its stem (``dev``, ``paraphrase``), numbered when two files share one."""
    names: list[str] = []
    for path in paths:
        name, n = path.stem, 2
        while name in names:
            name, n = f"{path.stem}-{n}", n + 1
        names.append(name)
    return names


def run_eval(questions: Path | Sequence[Path], out: Path, k: int = 5, compare: list[str] | None = None,
             settings: Settings | None = None, assistant: Assistant | None = None,
             show_progress: bool = True, held_out: Sequence[str] = ()) -> dict:
    """Score every question set under every configuration; write report.md, results.json and plots to ``out``;
    return the payload of results.json.

    ``questions`` is one path or several; each set is named by its file's stem. ``payload["summaries"][set]
    [config]`` holds the metrics, ``payload["floor_failures"]`` every floor missed by the default configuration,
    as ``"set: metric value < floor"``. A set named in ``held_out`` (by its stem) is scored like the others, but
    its questions and answers are written nowhere: the report lists its misses by id, type and language only, so
    reading the report does not tune the reader to the set meant to measure it.
    """
    paths = [Path(questions)] if isinstance(questions, str | Path) else [Path(q) for q in questions]
    if not paths:
        raise ValueError("run_eval needs at least one question file")
    names = set_names(paths)
    configs = ["default"] + list(dict.fromkeys(c for c in (compare or []) if c != "default"))
    unknown = unknown_configs(configs)
    if unknown:
        raise ValueError(f"unknown configuration {', '.join(unknown)}; choose from {', '.join(config_names())}")
    settings = settings or Settings.from_env()
    sets = {name: load_items(path) for name, path in zip(names, paths, strict=True)}
    out.mkdir(parents=True, exist_ok=True)
    summaries: dict[str, dict[str, dict]] = {name: {} for name in names}
    main: dict[str, tuple[list[ItemScore], list[dict]]] = {}
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=sum(map(len, sets.values())) * len(configs), desc="Evaluating", unit="q", mininterval=2)
    started = time.time()
    default = assistant if assistant is not None else Assistant(settings, k=k)
    default.k = k
    for config in configs:
        bot = default if config == "default" else _config_assistant(settings, config, default, k)
        for name, items in sets.items():
            summary, scores, results = evaluate_config(bot, items, bar.update if bar else None)
            summaries[name][config] = summary
            if config == "default":
                main[name] = (scores, results)
    if bar:
        bar.close()
    payload: dict = {
        "questions": {name: str(path) for name, path in zip(names, paths, strict=True)},
        "sets": names,
        "configs": configs,
        "seconds": round(time.time() - started, 1),
        "summaries": summaries,
        "by_type": {}, "by_language": {}, "items": {}, "plots": {},
        "floors": FLOORS,
        "floor_status": {}, "floor_failures": [],
        "gate": {name: GATE[name] for name in names if name in GATE},
        "gate_failures": [],
        "held_out": [name for name in names if name in set(held_out)],
    }
    for i, name in enumerate(names):
        scores, results = main[name]
        by_type, by_lang = breakdown(scores, "type"), breakdown(scores, "lang")
        payload["by_type"][name], payload["by_language"][name] = by_type, by_lang
        payload["plots"][name] = _plots(out, by_type, by_lang, scores, label=name, suffix="" if i == 0 else f"-{name}")
        hidden = name in payload["held_out"]
        payload["items"][name] = [asdict(s) | ({} if hidden else {"answer": r.get("answer"),
                                                                  "question": it["question"]})
                                  for s, r, it in zip(scores, results, sets[name], strict=True)]
        default_summary = summaries[name]["default"]
        payload["floor_status"][name] = [
            {"metric": key, "value": value, "floor": floor, "met": met}
            for key, value, floor, met in floor_status(default_summary)]
        payload["floor_failures"] += [f"{name}: {f}" for f in check_floors(default_summary)]
        if name in GATE:
            payload["gate_failures"] += [f"{name}: {f}" for f in check_floors(default_summary, GATE[name])]
    (out / "results.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(_report(payload), encoding="utf-8")
    return payload


REPORT_KEYS = ["n", "correct", "supported", "refusal", "invented_figures", "empty_answers", "hit@1", "hit@3",
               "hit@5", "mrr", "hit@5_en", "hit@5_id", "correct_en", "correct_id", "latency_p50_ms",
               "latency_p95_ms", "errors"]


def _cell(value) -> str:
    return "" if value is None else str(value)


def _report(payload: dict) -> str:
    sets, configs, s = payload["sets"], payload["configs"], payload["summaries"]
    columns = [(name, config) for name in sets for config in configs]
    lines = [f"# tipbot evaluation — {', '.join(payload['questions'].values())}", "",
             "Scored by the rules of evals/README.md; ranking metrics by ranx over every chunk holding a support "
             "string. One column per question set and configuration (`default` is the assistant as shipped; the "
             "others are the ablations of `--compare`).", "",
             "| metric | " + " | ".join(f"{n} · {c}" for n, c in columns) + " |", "|---|" + "---|" * len(columns)]
    for key in REPORT_KEYS:
        lines.append(f"| {key} | " + " | ".join(_cell(s[n][c].get(key)) for n, c in columns) + " |")
    lines += ["", "## Floors", "",
              "The targets of issue 10, on the default configuration of each set (✓ met, ✗ missed).", "",
              "| metric | floor | " + " | ".join(sets) + " |", "|---|---|" + "---|" * len(sets)]
    for key, floor in payload["floors"].items():
        cells = []
        for name in sets:
            row = next((r for r in payload["floor_status"][name] if r["metric"] == key), None)
            cells.append("n/a" if row is None else f"{_cell(row['value'])} {'✓' if row['met'] else '✗'}")
        lines.append(f"| {key} | {'≤' if key in AT_MOST else '≥'} {floor} | " + " | ".join(cells) + " |")
    fails = payload["floor_failures"]
    lines += ["", "**All floors hold on every set.**" if not fails else "**Below the floors:** " + "; ".join(fails)]
    if payload["gate"]:
        gate_fails = payload["gate_failures"]
        lines += ["", "CI gate (`tests/integration/test_answers.py`, `evaluation.GATE`: the floors on dev and "
                  "paraphrase): " + ("holds on " + ", ".join(payload["gate"]) + "." if not gate_fails
                                      else "missed: " + "; ".join(gate_fails) + ".")]
    for name in sets:
        lines += ["", f"## {name} ({payload['questions'][name]})", ""]
        for title, groups in (("By question type", payload["by_type"][name]),
                              ("By language", payload["by_language"][name])):
            lines += [f"### {title}", "", "| group | n | correct | supported | hit@5 | p50 ms |",
                      "|---|---|---|---|---|---|"]
            lines += [f"| {k} | {g['n']} | {g['correct']} | {g['supported']} | {g['hit@5']} | {g['latency_ms']} |"
                      for k, g in groups.items()]
            lines.append("")
        lines += [f"![{p}]({p})" for p in payload["plots"][name]]
        misses = [i for i in payload["items"][name]
                  if not i["correct"] or i["supported"] is False or not i["grounded"] or i.get("empty")]
        if misses:
            lines += ["", f"### Items to look at ({name})", ""]
            for i in misses:
                lines.append(f"- **{i['id']}** ({i['type']}, {i['lang']}): correct={i['correct']} "
                             f"supported={i['supported']} grounded={i['grounded']}"
                             + (" empty" if i.get("empty") else "")
                             + (f" — {i['question']}" if "question" in i else " (held out: question not shown)"))
    return "\n".join(lines) + "\n"
