"""Speed benchmark (not a test): cold start to first answer, warm latency p50/p95, ingest times, peak RSS.

    .venv/bin/python evals/bench.py [--questions evals/dev.jsonl ...] [--rounds 2] [--ingest] [--out build/bench.json]

Cold start runs `tipbot ask` in a fresh process against the current store. Warm latency asks every question
of the given sets (repeated --rounds times with the query-embedding cache cleared) in one process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def cold_start(question: str) -> float:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "tipbot.cli", "ask", "--json", question], capture_output=True,
                         text=True, env=os.environ.copy(), timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"cold start failed: {out.stderr.strip()}")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", nargs="*", default=[str(ROOT / "evals" / "dev.jsonl"),
                                                        str(ROOT / "evals" / "extra.jsonl")])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--ingest", action="store_true", help="also time a full ingest into a temporary home")
    ap.add_argument("--out", default=str(ROOT / "build" / "bench.json"))
    args = ap.parse_args()

    from tipbot.assistant import Assistant
    from tipbot.config import Settings

    questions = []
    for f in args.questions:
        if Path(f).exists():
            questions += [json.loads(x)["question"] for x in Path(f).read_text().splitlines() if x.strip()]
    report: dict[str, object] = {"questions": len(questions) * args.rounds}
    report["cold_start_s"] = round(cold_start(questions[0]), 2)

    bot = Assistant()
    t = time.perf_counter()
    bot.ask(questions[0])
    report["in_process_first_answer_s"] = round(time.perf_counter() - t, 2)
    lat: list[float] = []
    parts: dict[str, list[float]] = {"retrieve": [], "answer": [], "verify": []}
    for _ in range(args.rounds):
        bot.searcher._qcache.clear()
        for q in questions:
            a = bot.ask(q)
            lat.append(a.timings_ms["total"])
            for k in parts:
                parts[k].append(a.timings_ms.get(k, 0.0))
    report["warm_p50_ms"] = round(percentile(lat, 0.5), 1)
    report["warm_p95_ms"] = round(percentile(lat, 0.95), 1)
    report["warm_mean_ms"] = round(statistics.mean(lat), 1)
    report["stage_p50_ms"] = {k: round(percentile(v, 0.5), 1) for k, v in parts.items()}
    bot.searcher._qcache.clear()
    cached = []
    for q in questions[:20]:
        bot.ask(q)
        cached.append(bot.ask(q).timings_ms["total"])
    report["repeat_question_p50_ms"] = round(percentile(cached, 0.5), 1)

    if args.ingest:
        from tipbot.ingest import ingest

        with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as cache:
            os.environ["TIPBOT_CACHE"] = cache
            s = Settings.from_env(home=Path(home), knowledge=ROOT / "knowledge")
            t = time.perf_counter()
            r = ingest(settings=s)
            report["full_ingest_s"] = round(time.perf_counter() - t, 1)
            report["chunks"] = r.chunks
            t = time.perf_counter()
            ingest(settings=s)
            report["reingest_unchanged_s"] = round(time.perf_counter() - t, 2)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    width = max(len(k) for k in report)
    for k, v in report.items():
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
