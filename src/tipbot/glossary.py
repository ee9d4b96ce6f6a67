"""Look-up of the knowledge base's glossary (English and Indonesian), matching terms, expansions and notes."""

from __future__ import annotations

import json
from pathlib import Path

from . import rx


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def lookup(entries: list[dict], query: str, limit: int = 10) -> list[dict]:
    """Exact term first, then terms and expansions (EN or ID) containing the query, then notes."""
    q = query.strip().lower()
    if not q:
        return entries[:limit]

    def rank(e: dict) -> int:
        term = e["term"].lower()
        names = [term, (e.get("expansion_en") or "").lower(), (e.get("expansion_id") or "").lower()]
        if q == term or q in rx.split(r"[\s/()]+", term):
            return 0
        if any(q in n for n in names):
            return 1
        if q in (e.get("note") or "").lower():
            return 2
        return 9

    ranked = sorted((rank(e), i, e) for i, e in enumerate(entries))
    return [e for r, _, e in ranked if r < 9][:limit]


def markdown(entries: list[dict]) -> str:
    lines = []
    for e in entries:
        lines.append(f"**{e['term']}** — {e.get('expansion_en') or ''}"
                     + (f" · *{e['expansion_id']}*" if e.get("expansion_id") else ""))
        if e.get("note"):
            lines.append(f"  {e['note']}")
        lines.append("")
    return "\n".join(lines) or "No matching term."


def plain(entries: list[dict]) -> str:
    """The entries as ``markdown`` gives them, without its bold and italic marks: for the terminal."""
    from .present import plain_text

    return plain_text(markdown(entries)).rstrip("\n")
