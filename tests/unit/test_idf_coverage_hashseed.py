"""idf_coverage gives the same float in every process (PYTHONHASHSEED changes the order of a set of strings)."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
import math
from tipbot.answering.selection import idf_coverage
q = {f"term{i}" for i in range(40)}
idf = {f"term{i}": math.log(1 + 211 / (i % 7 + 1.5)) + i / 97 for i in range(40)}
held = {f"term{i}" for i in range(0, 40, 3)}
print(idf_coverage(held, q, idf).hex())
"""


def test_idf_coverage_does_not_depend_on_the_hash_seed():
    out = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out.add(subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True,
                               check=True).stdout.strip())
    assert len(out) == 1, out
