"""Ingest on the real knowledge folder: a second ingest costs a hash per file; the store reopens in a new process.

(Incremental and atomic re-ingests are tested on the fixture paper in tests/unit/test_ingest.py.)"""

import subprocess
import sys
import time

from tipbot.ingest import ingest


def test_reingest_without_change_does_nothing(built_home, settings):
    t = time.perf_counter()
    report = ingest(settings=settings)
    assert not report.changed
    assert all(f.status == "unchanged" for f in report.files)
    assert time.perf_counter() - t < 10


def test_store_reopens_in_a_new_process(settings):
    code = (
        "from pathlib import Path; from tipbot.config import Settings; from tipbot.store import Store;"
        f"s = Store(Settings.from_env(home=Path({str(settings.home)!r}))).open();"
        "import numpy as np; v = s.embedder.embed_query('What is SOMTC?');"
        "print(len(s.chunks), s.dense(np.stack([v]), 3)[0][0][0] in {c.id for c in s.chunks})"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    n, found = out.stdout.split()
    assert int(n) > 100 and found == "True"
