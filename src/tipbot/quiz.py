"""Study mode: quiz questions generated from the knowledge base — figures, dates, definitions — with an answer
key that cites the passage. Options are real figures, dates or expansions found elsewhere in the sources, and an
item is kept only if its key appears verbatim in the passage it cites."""

from __future__ import annotations

import random
import re
from dataclasses import asdict, dataclass

from .answer import find_dates, phrases
from .chunking import chunk_sentences
from .schema import Chunk, Citation
from .verify import content_figures, normalise_figure

LETTERS = "ABCD"


def _templates(lang: str) -> dict[str, str]:
    return phrases()[lang if lang in phrases() else "en"]["quiz"]


@dataclass
class QuizItem:
    kind: str
    question: str
    options: list[str]
    answer: int
    citation: Citation

    @property
    def answer_text(self) -> str:
        return self.options[self.answer]


def _body(c: Chunk) -> bool:
    """The paper's numbered sections (1–4): front matter and the licence line make poor questions."""
    return c.kind == "paper" and bool(re.match(r"\d", c.section))


def _value(f: str) -> float:
    try:
        return float(re.sub(r"[,%]", "", f.replace(",", "")) or 0)
    except ValueError:
        return 0.0


def _near(answer: str, others: list[str], rng: random.Random, k: int = 3) -> list[str]:
    """Distractors of the same kind and size as the answer (a percentage against percentages, and so on)."""
    import math

    same = [o for o in others if ("." in o) == ("." in answer)] or others
    target = math.log10(_value(answer) + 1)
    same.sort(key=lambda o: abs(math.log10(_value(o) + 1) - target))
    pool = same[: max(k + 3, 6)]
    return rng.sample(pool, k) if len(pool) >= k else pool


def _figure_pool(chunks: list[Chunk]) -> list[tuple[str, str, Chunk]]:
    pool = []
    for c in chunks:
        if not _body(c):
            continue
        for sent in chunk_sentences(c):
            pool.extend((f, sent, c) for f in content_figures(sent) if f in sent)
    return pool


def _date_pool(chunks: list[Chunk]) -> list[tuple[str, str, Chunk]]:
    return [(raw, sent, c) for c in chunks if _body(c) for sent in chunk_sentences(c)
            for _, raw in find_dates(sent)]


def build_quiz(chunks: list[Chunk], n: int = 5, seed: int = 0, lang: str = "en",
               kinds: tuple[str, ...] = ("figure", "date", "definition")) -> list[QuizItem]:
    rng = random.Random(seed)
    t = _templates(lang)
    pools = {"figure": _figure_pool(chunks), "date": _date_pool(chunks),
             "definition": [(c.section, c.text, c) for c in chunks if c.kind == "glossary"]}
    items: list[QuizItem] = []
    used: set[str] = set()
    order = [k for k in kinds if pools.get(k)]
    attempts = 0
    while len(items) < n and order and attempts < n * 20:
        attempts += 1
        kind = order[len(items) % len(order)]
        answer, sentence, chunk = rng.choice(pools[kind])
        if sentence in used:
            continue
        if kind == "definition":
            expansion = sentence.split(":", 1)[1].split(".")[0].strip() if ":" in sentence else ""
            if not expansion or expansion in ("—", "-"):
                continue
            others = list({s.split(":", 1)[1].split(".")[0].strip() for _, s, _ in pools[kind]} - {expansion, "—", ""})
            question = t["definition" if re.search(r"[A-Z]{2,}", answer) else "meaning"].format(term=answer)
            answer = expansion
        else:
            others = list({f for f, _, _ in pools[kind]} - {answer})
            if kind == "figure" and not (normalise_figure(answer) & {x for f in others for x in normalise_figure(f)}):
                others = [o for o in others if normalise_figure(o).isdisjoint(normalise_figure(answer))]
            question = t[kind].format(blank=sentence.replace(answer, "_____", 1))
        if len(others) < 3 or answer not in chunk.text:
            continue  # never a question whose key the cited passage does not hold verbatim
        others = [o for o in others if o not in sentence]  # the question must not show a distractor
        if len(others) < 3:
            continue
        distractors = _near(answer, sorted(others), rng) if kind == "figure" else rng.sample(sorted(others), 3)
        if len(distractors) < 3:
            continue
        options = distractors + [answer]
        rng.shuffle(options)
        used.add(sentence)
        items.append(QuizItem(kind, question, options, options.index(answer),
                              Citation.from_chunk(len(items) + 1, chunk, sentence)))
    return items


def grade(items: list[QuizItem], responses: dict[int, str], lang: str = "en") -> tuple[int, list[str]]:
    """Responses are letters (A–D) or the answer's text; returns the score and one feedback line per item."""
    t = _templates(lang)
    right, lines = 0, []
    for i, item in enumerate(items, start=1):
        given = (responses.get(i) or "").strip()
        ok = given.upper() == LETTERS[item.answer] or given.lower() == item.answer_text.lower() or (
            item.kind == "figure" and bool(normalise_figure(given) & normalise_figure(item.answer_text)))
        right += ok
        verdict = t["correct"] if ok else t["wrong"].format(answer=f"{LETTERS[item.answer]}) {item.answer_text}")
        lines.append(f"{i}. {verdict} [{item.citation.n}]")
    lines.append(t["score"].format(right=right, total=len(items)))
    return right, lines


def markdown(items: list[QuizItem], lang: str = "en", with_key: bool = True) -> str:
    t = _templates(lang)
    out = [f"# {t['title']}", ""]
    for i, item in enumerate(items, start=1):
        out.append(f"{i}. {item.question}")
        out += [f"   {LETTERS[j]}) {o}" for j, o in enumerate(item.options)]
        out.append("")
    if with_key:
        out += [f"## {t['key']}", ""]
        for i, item in enumerate(items, start=1):
            c = item.citation
            out.append(f"{i}. {LETTERS[item.answer]}) {item.answer_text} [{c.n}] — {c.source_kind}, §{c.section}: "
                       f"“{c.quote}”")
    return "\n".join(out) + "\n"


def from_json(rows: list[dict]) -> list[QuizItem]:
    return [QuizItem(r["kind"], r["question"], r["options"], LETTERS.index(r["answer"]), Citation(**r["citation"]))
            for r in rows]


def parse_responses(text: str) -> dict[int, str]:
    """ "1:A 2:C 3:970" → {1: "A", 2: "C", 3: "970"}."""
    return {int(n): v for n, v in re.findall(r"(\d+)\s*[:=.)]\s*([^\s,;]+)", text or "")}


def to_json(items: list[QuizItem]) -> list[dict]:
    return [{"kind": i.kind, "question": i.question, "options": i.options, "answer": LETTERS[i.answer],
             "citation": asdict(i.citation)} for i in items]
