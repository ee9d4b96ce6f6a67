"""Build tipbot's Indonesian→English word list from Debian's ``dict-freedict-eng-ind``.

The FreeDict English–Indonesian dictionary (CC BY-SA 3.0, FreeDict/WikDict contributors) is read
backwards: every Indonesian translation of an English headword becomes an entry pointing to that
headword. The result is committed as ``src/tipbot/data/lexicon_id_en.tsv`` so run time needs no
Debian package. Re-run after ``apt-get install dict-freedict-eng-ind`` to refresh it.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DICT = Path("/usr/share/dictd/freedict-eng-ind.dict.dz")
INDEX = Path("/usr/share/dictd/freedict-eng-ind.index")
OUT = Path(__file__).resolve().parents[1] / "src" / "tipbot" / "data" / "lexicon_id_en.tsv"


def _b64(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def translation_lines(body: list[str]) -> list[str]:
    """The Indonesian lines of one entry. After the headword line, each sense is a translation line followed by an
    English gloss line; senses after the first are numbered ("2. bangsa, negara"), and a sense may have a number
    and no translation (" 3."). The first sense's line may carry the next sense's number ("kepala 2.")."""
    out: list[str] = []
    expect_translation = True
    for line in body[1:]:
        bare = re.fullmatch(r"\s*\d+\.\s*", line)
        numbered = re.match(r"\s*\d+\.\s+(\S.*)$", line)
        if bare:
            expect_translation = False  # a sense without a translation: its gloss follows
            continue
        if numbered or expect_translation:
            text = numbered.group(1) if numbered else line
            out.append(re.sub(r"\s+\d+\.\s*$", "", text))
            expect_translation = False
        else:
            expect_translation = False  # a gloss line; the next sense starts with its number
    return out


def main() -> int:
    if not DICT.exists():
        print("dict-freedict-eng-ind is not installed: apt-get install dict-freedict-eng-ind", file=sys.stderr)
        return 1
    data = gzip.open(DICT).read()
    id_to_en: dict[str, set[str]] = defaultdict(set)
    for line in INDEX.read_text(encoding="utf-8").splitlines():
        head, off, length = line.split("\t")
        if head.startswith("00database"):
            continue
        body = data[_b64(off) : _b64(off) + _b64(length)].decode("utf-8").splitlines()
        if len(body) < 2 or " " in head.strip() and len(head.split()) > 2:
            continue
        en = head.strip().lower()
        if not re.fullmatch(r"[a-z][a-z' -]*", en):
            continue
        for line in translation_lines(body):
            for tr in line.split(","):
                tr = tr.strip().lower()
                if re.fullmatch(r"[a-z][a-z-]*( [a-z-]+)?", tr):
                    id_to_en[tr].add(en)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Indonesian -> English, derived from FreeDict eng-ind 2022.11.18 (CC BY-SA 3.0,\n")
        fh.write("# FreeDict and WikDict contributors; Debian package dict-freedict-eng-ind).\n")
        fh.write("# Built by scripts/build_lexicon.py\n")
        for word in sorted(id_to_en):
            fh.write(f"{word}\t{'|'.join(sorted(id_to_en[word]))}\n")
    print(f"wrote {len(id_to_en)} entries to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
