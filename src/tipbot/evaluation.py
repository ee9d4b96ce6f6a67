"""``tipbot eval``: every question through the same ``Assistant`` the CLI uses, scored by the rules of
evals/README.md, with ranking metrics from ranx, a Markdown report, a JSON file of every item and PNG plots.

Ablations (``--compare``) run the same questions through other retrieval modes (dense, bm25, hybrid) and
other embedders (``st`` builds a second store with sentence-transformers), side by side.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from .assistant import Assistant
from .config import Settings
from .scoring import ItemScore, contains_support, load_items, score_item, summarise

FLOORS = {"correct": 0.85, "supported": 0.85, "refusal": 0.85, "invented_figures": 0}
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
    from ranx import Qrels, Run, evaluate

    qrels, run = _qrels_and_run(items, results, chunks)
    if not qrels:
        return {}
    scores = evaluate(Qrels(qrels), Run(run), RANKING, make_comparable=True)
    return {k.replace("hit_rate", "hit"): round(float(v), 4) for k, v in scores.items()}


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


def check_floors(summary: dict, floors: dict[str, float] | None = None) -> list[str]:
    """The floors that the summary misses, as readable lines (empty when all hold)."""
    failures = []
    for key, floor in (floors or FLOORS).items():
        value = summary.get(key)
        if key == "invented_figures":
            if value is None or value > floor:
                failures.append(f"invented_figures {value} > {floor}")
        elif value is None or value < floor:
            failures.append(f"{key} {value} < {floor}")
    return failures


def summary_line(name: str, summary: dict) -> str:
    return (f"tipbot eval [{name}]: correct {summary.get('correct')} · supported {summary.get('supported')} · "
            f"hit@5 {summary.get('hit@5')} · MRR {summary.get('mrr')} · refusal {summary.get('refusal')} · "
            f"invented figures {summary.get('invented_figures')} · p50 {summary.get('latency_p50_ms')} ms "
            f"({summary.get('n')} questions)")


def _plots(out: Path, by_type: dict, by_lang: dict, scores: list[ItemScore]) -> list[str]:
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
        ax.set_title(f"tipbot metrics {name.replace('_', ' ')}")
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
        fig.savefig(out / f"metrics_{name}.png", dpi=110)
        plt.close(fig)
        files.append(f"metrics_{name}.png")
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.hist([s.latency_ms for s in scores], bins=30)
    ax.set_xlabel("answer latency (ms)")
    ax.set_ylabel("questions")
    ax.set_title("latency distribution")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=110)
    plt.close(fig)
    files.append("latency.png")
    return files


def _config_assistant(base: Settings, name: str) -> Assistant:
    """An assistant for one ablation: a retrieval mode, or an embedder with its own store."""
    if name in ("hybrid", "dense", "bm25"):
        return Assistant(base, retrieval_mode=name)
    from .ingest import ingest

    home = base.home / "eval-stores" / name.replace(":", "_").replace("/", "_")
    settings = replace(base, home=home, embedder=name, chroma_url=None)
    ingest(settings=settings)
    return Assistant(settings)


def run_eval(questions: Path, out: Path, k: int = 5, compare: list[str] | None = None,
             settings: Settings | None = None, assistant: Assistant | None = None,
             show_progress: bool = True) -> dict:
    """Score every configuration; write report.md, results.json and plots to ``out``; return the summaries."""
    settings = settings or Settings.from_env()
    items = load_items(questions)
    out.mkdir(parents=True, exist_ok=True)
    configs = ["default"] + [c for c in (compare or []) if c != "default"]
    summaries: dict[str, dict] = {}
    main_scores: list[ItemScore] = []
    main_results: list[dict] = []
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(items) * len(configs), desc="Evaluating", unit="q", mininterval=2)
    started = time.time()
    for name in configs:
        bot = assistant if (name == "default" and assistant is not None) else (
            Assistant(settings, k=k) if name == "default" else _config_assistant(settings, name))
        bot.k = k
        summary, scores, results = evaluate_config(bot, items, bar.update if bar else None)
        summaries[name] = summary
        if name == "default":
            main_scores, main_results = scores, results
    if bar:
        bar.close()
    by_type = breakdown(main_scores, "type")
    by_lang = breakdown(main_scores, "lang")
    plots = _plots(out, by_type, by_lang, main_scores)
    payload = {
        "questions": str(questions),
        "seconds": round(time.time() - started, 1),
        "summaries": summaries,
        "by_type": by_type,
        "by_language": by_lang,
        "items": [asdict(s) | {"answer": r.get("answer"), "question": i["question"]}
                  for s, r, i in zip(main_scores, main_results, items, strict=True)],
        "floors": FLOORS,
        "floor_failures": check_floors(summaries["default"]),
    }
    (out / "results.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(_report(payload, plots), encoding="utf-8")
    return payload


def _report(payload: dict, plots: list[str]) -> str:
    s = payload["summaries"]
    keys = ["correct", "supported", "refusal", "invented_figures", "hit@1", "hit@3", "hit@5", "mrr",
            "hit@5_en", "hit@5_id", "latency_p50_ms", "latency_p95_ms"]
    lines = [f"# tipbot evaluation — {payload['questions']}", "",
             "Scored by the rules of evals/README.md; ranking metrics by ranx over every chunk holding a support "
             "string.", "", "| metric | " + " | ".join(s) + " |", "|---|" + "---|" * len(s)]
    for key in keys:
        lines.append(f"| {key} | " + " | ".join(str(v.get(key, "")) for v in s.values()) + " |")
    fails = payload["floor_failures"]
    lines += ["", "Floors: " + ", ".join(f"{k} {'≤' if k == 'invented_figures' else '≥'} {v}"
                                          for k, v in payload["floors"].items()),
              "", "**All floors hold.**" if not fails else "**Below the floors:** " + "; ".join(fails), ""]
    for title, groups in (("By question type", payload["by_type"]), ("By language", payload["by_language"])):
        lines += [f"## {title}", "", "| group | n | correct | supported | hit@5 | p50 ms |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {k} | {g['n']} | {g['correct']} | {g['supported']} | {g['hit@5']} | {g['latency_ms']} |"
                  for k, g in groups.items()]
        lines.append("")
    lines += [f"![{p}]({p})" for p in plots]
    misses = [i for i in payload["items"] if not i["correct"] or i["supported"] is False or not i["grounded"]]
    if misses:
        lines += ["", "## Items to look at", ""]
        for i in misses:
            lines.append(f"- **{i['id']}** ({i['type']}, {i['lang']}): correct={i['correct']} "
                         f"supported={i['supported']} grounded={i['grounded']} — {i['question']}")
    return "\n".join(lines) + "\n"
