"""Scoring answers by the rules of evals/README.md: correct, supported, hit@k, grounded, refusal, empty."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import rx
from .errors import TipbotError
from .verify import figures, normalise_figure


def _norm(text: str) -> str:
    return rx.sub(r"\s+", " ", text).strip().lower()


def contains_support(passage: str, support: str) -> bool:
    """Exact (whitespace-collapsed, case-insensitive), or ≥ 80 % of the support's words in order."""
    p, s = _norm(passage), _norm(support)
    if s in p:
        return True
    words = rx.findall(r"\w+", s)
    if not words:
        return False
    pw = rx.findall(r"\w+", p)
    # longest common subsequence of words, bounded: passages and supports are short
    prev = [0] * (len(words) + 1)
    for w in pw:
        cur = [0] * (len(words) + 1)
        for j, sw in enumerate(words, start=1):
            cur[j] = prev[j - 1] + 1 if w == sw else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1] >= 0.8 * len(words)


@dataclass
class ItemScore:
    id: str
    lang: str
    type: str
    answerable: bool
    correct: bool
    supported: bool | None
    grounded: bool
    refused: bool
    hit_at: int | None  # rank of the first retrieved passage holding a support string
    latency_ms: float
    error: str | None = None
    empty: bool = False  # no cited claim and no refusal: a blank text, or an answer that cites nothing


def is_empty_answer(result: dict) -> bool:
    """An answer that tells the user nothing checkable: its text is blank, or it is not a refusal and cites no
    passage (every quoted claim carries a citation, so an answer without one has no quoted claim)."""
    return not (result.get("answer") or "").strip() or (not result.get("refused") and not result.get("citations"))


def score_item(item: dict, result: dict) -> ItemScore:
    if "error" in result:
        return ItemScore(item["id"], item["lang"], item["type"], item["answerable"], False, False, False, False, None,
                         0.0, result["error"])
    answer = result.get("answer", "")
    correct = all(rx.search(p, answer, re.I) for p in item.get("must_match", []))
    cited = [c.get("text", "") for c in result.get("citations", [])]
    supported = None
    if item["answerable"] and item.get("support"):
        supported = all(any(contains_support(t, s) for t in cited) for s in item["support"])
    cited_figs: set[str] = set()
    for t in cited:
        for f in figures(t):
            cited_figs |= normalise_figure(f)
    plain = rx.sub(r"\(computed[^)]*\)|\(dihitung[^)]*\)", " ", answer)
    computed = bool(rx.search(r"\(computed|\(dihitung", answer))
    grounded = computed or all(normalise_figure(f) & cited_figs for f in figures(plain))
    hit = None
    for rank, r in enumerate(result.get("retrieved", []), start=1):
        if any(contains_support(r.get("text", ""), s) for s in item.get("support", [])):
            hit = rank
            break
    return ItemScore(item["id"], item["lang"], item["type"], item["answerable"], correct, supported, grounded,
                     bool(result.get("refused")), hit, float(result.get("timings_ms", {}).get("total", 0.0)),
                     empty=is_empty_answer(result))


def summarise(scores: list[ItemScore]) -> dict:
    def share(xs: list[bool]) -> float | None:
        return round(sum(xs) / len(xs), 4) if xs else None

    ans = [s for s in scores if s.answerable]
    unans = [s for s in scores if not s.answerable]
    out = {
        "n": len(scores),
        "n_answerable": len(ans),
        "n_unanswerable": len(unans),
        "correct": share([s.correct for s in ans]),
        "supported": share([bool(s.supported) for s in ans if s.supported is not None]),
        "grounded": share([s.grounded for s in scores]),
        "invented_figures": sum(not s.grounded for s in scores),
        "empty_answers": sum(s.empty for s in scores),
        "refusal": share([s.correct and s.grounded for s in unans]),
        "errors": sum(s.error is not None for s in scores),
    }
    for k in (1, 3, 5):
        out[f"hit@{k}"] = share([s.hit_at is not None and s.hit_at <= k for s in ans if s.hit_at is not None or True])
    for lang in sorted({s.lang for s in scores}):
        sub = [s for s in ans if s.lang == lang]
        out[f"hit@5_{lang}"] = share([s.hit_at is not None and s.hit_at <= 5 for s in sub])
        out[f"correct_{lang}"] = share([s.correct for s in sub])
    lat = sorted(s.latency_ms for s in scores)
    if lat:
        out["latency_p50_ms"] = round(lat[len(lat) // 2], 1)
        out["latency_p95_ms"] = round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 1)
    return out


class ItemFileError(TipbotError):
    """A question file that cannot be scored; the message names the file, the line and what is wrong."""


# the fields the scoring reads from every item, and what each must be
REQUIRED_FIELDS = {"id": (str, "text"), "question": (str, "text"), "lang": (str, "text"), "type": (str, "text"),
                   "answerable": (bool, "true or false")}
ITEM_SHAPE = ('one JSON object a line: {"id": "q1", "question": "…", "lang": "en", "type": "figure", '
              '"answerable": true, "must_match": ["…"], "support": ["…"]}')


def _check_item(item: object, where: str, seen: dict[str, int], n: int) -> dict:
    if not isinstance(item, dict):
        what = {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(type(item), "a number")
        raise ItemFileError(f"{where}: {what}, not a question object; the file must hold {ITEM_SHAPE}")
    missing = [k for k in REQUIRED_FIELDS if k not in item]
    if missing:
        names = ", ".join(f"'{k}'" for k in missing)
        raise ItemFileError(f"{where}: no {names} field{'s' if len(missing) > 1 else ''}; every line needs "
                            f"{', '.join(REQUIRED_FIELDS)} ({ITEM_SHAPE})")
    for key, (kind, said) in REQUIRED_FIELDS.items():
        if not isinstance(item[key], kind):
            raise ItemFileError(f"{where}: '{key}' must be {said}, not {json.dumps(item[key], ensure_ascii=False)}")
    for key in ("must_match", "support"):
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ItemFileError(f"{where}: '{key}' must be a list of strings, not "
                                f"{json.dumps(value, ensure_ascii=False)}")
    for pattern in item.get("must_match", []):
        try:
            rx.compile(pattern)
        except re.error as exc:
            raise ItemFileError(f"{where}: the must_match pattern {pattern!r} is not a valid regular expression "
                                f"({exc})") from None
    if item["id"] in seen:
        raise ItemFileError(f"{where}: the id {item['id']!r} is used on line {seen[item['id']]} too")
    seen[item["id"]] = n
    return item


def load_items(path: Path) -> list[dict]:
    """The questions of a JSONL file (the shape of evals/dev.jsonl). ``ItemFileError`` names the file and the line
    of the first one that cannot be scored: not UTF-8, not JSON, not an object, a required field missing or of the
    wrong kind, a pattern that is not a regular expression, an id used twice; or a file with no question at all."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ItemFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    items: list[dict] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {n}"
        try:
            text = line.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            raise ItemFileError(f"{where}: not UTF-8 text; the file must hold {ITEM_SHAPE}") from None
        try:
            item = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ItemFileError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno}); the file must hold "
                                f"{ITEM_SHAPE}") from None
        items.append(_check_item(item, where, seen, n))
    if not items:
        raise ItemFileError(f"{path}: no questions in it; the file must hold {ITEM_SHAPE}")
    return items
