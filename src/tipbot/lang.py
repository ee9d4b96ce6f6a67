"""Telling Indonesian from English with function-word counts: fast, deterministic, no model."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[a-zA-Z\u00C0-\u024F]+")
# Indonesian affixes are a second signal for short questions with few function words (compiled once).
_AFFIXED = re.compile(r"^(meng|meny|mem|men|ber|ter|di|per|pe)\w{3,}(kan|an|nya|i)$")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("tipbot").joinpath("data/function_words.json").read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in raw.items()}


def is_function_word(word: str) -> bool:
    """Whether ``word`` is a function word of either language ("the", "yang", "itu"): no noun of content."""
    fw = _function_words()
    return word.lower() in fw["en"] or word.lower() in fw["id"]


def detect_language(text: str) -> str:
    """``"id"`` or ``"en"``: whichever language's function words are more frequent (ties go to English). The
    Indonesian list also holds words only Indonesian writes that short chat leans on: its colloquial particles
    ("kan?", "tuh") and the month names it spells its own way ("juli", "agustus")."""
    score_id, score_en = language_scores(text)
    return "id" if score_id > score_en else "en"


def language_scores(text: str) -> tuple[float, float]:
    """The Indonesian and the English score of ``detect_language``: function words, and Indonesian affixes at
    half weight."""
    words = [w.lower() for w in _WORD.findall(text)]
    fw = _function_words()
    score_id = sum(1 for w in words if w in fw["id"])
    score_en = sum(1 for w in words if w in fw["en"])
    score_id += 0.5 * sum(1 for w in words if _AFFIXED.match(w))
    return score_id, score_en
