"""A bounded load test: simulated users asking questions at once against `tipbot serve` on loopback.

    .venv/bin/python benchmarks/load.py [--users 20] [--questions 300] [--url http://127.0.0.1:PORT]

Without --url it starts `tipbot serve` on a free loopback port and stops it afterwards. Each user is a
gradio_client session calling the /ask API; the run stops after --questions answers or --max-seconds.
Prints answered / errors, p50/p95 latency, throughput and the server's memory (RSS) at start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def start_server() -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tipbot.cli", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("tipbot serve did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--max-seconds", type=float, default=600)
    ap.add_argument("--url")
    ap.add_argument("--out", default=str(ROOT / "build" / "load.json"))
    args = ap.parse_args()
    from gradio_client import Client

    proc = None
    url = args.url
    if url is None:
        proc, url = start_server()
    pool = [json.loads(x)["question"] for f in ("dev.jsonl", "extra.jsonl")
            for x in (ROOT / "evals" / f).read_text().splitlines() if x.strip()]
    lock = threading.Lock()
    state = {"next": 0, "lat": [], "errors": [], "rss": []}
    started = time.time()
    if proc:
        state["rss"].append(rss_mb(proc.pid))

    def user(n: int) -> None:
        client = Client(url, verbose=False)
        while True:
            with lock:
                i = state["next"]
                if i >= args.questions or time.time() - started > args.max_seconds:
                    return
                state["next"] += 1
            q = pool[i % len(pool)]
            t = time.perf_counter()
            try:
                out = client.predict(q, api_name="/ask")
                ok = isinstance(out, dict) and out.get("answer") and "error" not in out
            except Exception as exc:  # counted, reported
                ok, out = False, {"error": f"{type(exc).__name__}: {exc}"}
            with lock:
                state["lat"].append((time.perf_counter() - t) * 1000)
                if not ok:
                    state["errors"].append(out.get("error") if isinstance(out, dict) else str(out))
                if proc and len(state["lat"]) % 50 == 0:
                    state["rss"].append(rss_mb(proc.pid))

    threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.time() - started
    if proc:
        state["rss"].append(rss_mb(proc.pid))
        proc.terminate()
        proc.wait(timeout=30)
    lat = sorted(state["lat"])
    report = {
        "users": args.users,
        "asked": len(lat),
        "answered": len(lat) - len(state["errors"]),
        "errors": len(state["errors"]),
        "p50_ms": round(lat[len(lat) // 2], 1) if lat else None,
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1) if lat else None,
        "mean_ms": round(statistics.mean(lat), 1) if lat else None,
        "throughput_qps": round(len(lat) / elapsed, 2),
        "seconds": round(elapsed, 1),
        "server_rss_mb": [round(x, 1) for x in state["rss"]],
        "first_errors": state["errors"][:3],
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    for k, v in report.items():
        print(f"{k:<16} {v}")
    sys.exit(1 if report["errors"] else 0)


if __name__ == "__main__":
    main()
