"""Speed benchmark (not a test): cold start to first answer, warm latency p50/p95, ingest times, peak RSS.

    .venv/bin/python evals/bench.py [--questions evals/dev.jsonl ...] [--rounds 2] [--ingest] [--out build/bench.json]

Cold start runs `tipbot ask` in a fresh process against the current store, --cold-runs times (median and best
reported). Warm latency asks every question of the given sets (repeated --rounds times with the query-embedding
cache cleared) in one process. --ingest times a full ingest of knowledge/ into a new home with an EMPTY embedding
cache, on all cores (one embedding worker process per core), then a re-ingest with nothing changed. The machine's
load average is printed with the figures: other work on the cores slows both.
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
    """Seconds from starting ``tipbot ask QUESTION`` in a new process to its exit (the answer printed)."""
    tipbot = Path(sys.executable).with_name("tipbot")
    cmd = [str(tipbot)] if tipbot.exists() else [sys.executable, "-m", "tipbot.cli"]
    t = time.perf_counter()
    out = subprocess.run([*cmd, "ask", question], capture_output=True, text=True, env=os.environ.copy(),
                         timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"cold start failed: {out.stderr.strip()}")
    return time.perf_counter() - t


def timed_ask(bot, question: str):
    """``bot.ask(question)`` and its wall time in ms: a message of several questions runs the chain once per question
    (and once more when the whole message is refused), which the answer's own timings do not all count."""
    t = time.perf_counter()
    answer = bot.ask(question)
    return answer, (time.perf_counter() - t) * 1000


def load_average() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg()) + f" (1/5/15 min, {os.cpu_count()} cores)"


def baseline_comparison(bot, question_files: list[str]) -> dict:
    """A plain LangChain pipeline on the same questions: langchain-chroma similarity search with the same
    embedder, top-5, and the simplest answer step (the top passage, cited). Returns tipbot/baseline ratios."""
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings
    from langchain_core.runnables import RunnableLambda

    from tipbot.embeddings import EmbeddingCache
    from tipbot.scoring import load_items, score_item, summarise

    embedder = bot.store.embedder
    cache = EmbeddingCache(bot.settings.cache_dir / "embeddings.sqlite")

    class SameEmbedder(Embeddings):
        def embed_documents(self, texts):
            return cache.embed(embedder, texts).tolist()

        def embed_query(self, text):
            return embedder.embed_query(text).tolist()

    chunks = bot.store.chunks
    with tempfile.TemporaryDirectory() as tmp:
        store = Chroma(collection_name="baseline", embedding_function=SameEmbedder(), persist_directory=tmp,
                       collection_metadata={"hnsw:space": "cosine"})
        store.add_texts([c.embed_text() for c in chunks], metadatas=[{"i": i} for i in range(len(chunks))],
                        ids=[c.id for c in chunks])
        retriever = store.as_retriever(search_kwargs={"k": 5})

        def answer(docs):
            top = chunks[docs[0].metadata["i"]] if docs else None
            return {
                "answer": f"{top.text} [1]" if top else "",
                "citations": [{"n": 1, "text": top.text}] if top else [],
                "retrieved": [{"chunk_id": chunks[d.metadata["i"]].id, "text": chunks[d.metadata["i"]].text}
                              for d in docs],
            }

        chain = retriever | RunnableLambda(answer)
        items = [it for f in question_files if Path(f).exists() for it in load_items(Path(f))]
        base_scores, tip_scores, base_lat, tip_lat = [], [], [], []
        for it in items:
            t = time.perf_counter()
            out = chain.invoke(it["question"])
            base_lat.append((time.perf_counter() - t) * 1000)
            out["timings_ms"] = {"total": base_lat[-1]}
            base_scores.append(score_item(it, out))
            a, ms = timed_ask(bot, it["question"])
            tip_lat.append(ms)
            a = a.to_dict()
            tip_scores.append(score_item(it, a))
    cache.close()
    b, tsum = summarise(base_scores), summarise(tip_scores)
    return {
        "baseline_hit@5": b["hit@5"], "tipbot_hit@5": tsum["hit@5"],
        "baseline_correct": b["correct"], "tipbot_correct": tsum["correct"],
        "baseline_refusal": b["refusal"], "tipbot_refusal": tsum["refusal"],
        "baseline_p50_ms": round(percentile(base_lat, 0.5), 1), "tipbot_p50_ms": round(percentile(tip_lat, 0.5), 1),
        "ratio_latency_p50": round(percentile(tip_lat, 0.5) / max(percentile(base_lat, 0.5), 1e-6), 2),
        "ratio_hit@5": round(tsum["hit@5"] / max(b["hit@5"], 1e-6), 2),
        "ratio_correct": round(tsum["correct"] / max(b["correct"], 1e-6), 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", nargs="*", default=[str(ROOT / "evals" / "dev.jsonl"),
                                                        str(ROOT / "evals" / "extra.jsonl")])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--cold-runs", type=int, default=5, help="new processes timed for the cold start")
    ap.add_argument("--ingest", action="store_true", help="also time a full ingest into a temporary home")
    ap.add_argument("--out", default=str(ROOT / "build" / "bench.json"))
    ap.add_argument("--no-baseline", action="store_true", help="skip the plain LangChain baseline")
    args = ap.parse_args()

    from tipbot.assistant import Assistant
    from tipbot.config import Settings

    questions = []
    for f in args.questions:
        if Path(f).exists():
            questions += [json.loads(x)["question"] for x in Path(f).read_text().splitlines() if x.strip()]
    report: dict[str, object] = {"questions": len(questions) * args.rounds, "load_average_at_start": load_average()}
    cold_start(questions[0])  # the first run after an ingest may still find files out of the page cache
    colds = [cold_start(questions[0]) for _ in range(max(1, args.cold_runs))]
    report["cold_start_s"] = round(statistics.median(colds), 2)
    report["cold_start_best_s"] = round(min(colds), 2)

    bot = Assistant()
    t = time.perf_counter()
    bot.ask(questions[0])
    report["in_process_first_answer_s"] = round(time.perf_counter() - t, 2)
    lat: list[float] = []
    single: list[float] = []
    parts: dict[str, list[float]] = {"retrieve": [], "answer": [], "verify": []}
    several = {q for q in questions if len(bot._questions(q)[0]) > 1}
    for _ in range(args.rounds):
        bot.searcher._qcache.clear()
        for q in questions:
            a, ms = timed_ask(bot, q)
            lat.append(ms)
            if q not in several:
                single.append(lat[-1])
            for k in parts:
                parts[k].append(a.timings_ms.get(k, 0.0))
    report["warm_p50_ms"] = round(percentile(lat, 0.5), 1)
    report["warm_p95_ms"] = round(percentile(lat, 0.95), 1)
    report["warm_mean_ms"] = round(statistics.mean(lat), 1)
    report["messages_of_several_questions"] = len(several)
    if single:
        report["one_question_p50_ms"] = round(percentile(single, 0.5), 1)
        report["one_question_p95_ms"] = round(percentile(single, 0.95), 1)
    report["stage_p50_ms"] = {k: round(percentile(v, 0.5), 1) for k, v in parts.items()}
    bot.searcher._qcache.clear()
    cached = []
    for q in questions[:20]:
        bot.ask(q)
        cached.append(timed_ask(bot, q)[1])
    report["repeat_question_p50_ms"] = round(percentile(cached, 0.5), 1)

    if args.ingest:
        from tipbot.ingest import ingest

        saved_cache = os.environ.get("TIPBOT_CACHE")
        with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as cache:
            os.environ["TIPBOT_CACHE"] = cache  # empty: every passage and sentence is embedded
            try:
                s = Settings.from_env(home=Path(home), knowledge=ROOT / "knowledge")
                report["load_average_before_ingest"] = load_average()
                t = time.perf_counter()
                r = ingest(settings=s)
                report["full_ingest_s"] = round(time.perf_counter() - t, 1)
                report["full_ingest_workers"] = os.cpu_count()
                report["load_average_after_ingest"] = load_average()
                report["chunks"] = r.chunks
                t = time.perf_counter()
                ingest(settings=s)
                report["reingest_unchanged_s"] = round(time.perf_counter() - t, 2)
            finally:
                if saved_cache is None:
                    os.environ.pop("TIPBOT_CACHE", None)
                else:
                    os.environ["TIPBOT_CACHE"] = saved_cache
    if not args.no_baseline:
        report.update(baseline_comparison(bot, args.questions))
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    width = max(len(k) for k in report)
    for k, v in report.items():
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
