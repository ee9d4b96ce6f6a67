"""A message that asks two or three questions ("… sih? trus … gimana?", "…, and what did …?"): one retrieval and
one answer type for the whole message answered its first question and left the others out. The assistant answers
the whole message first and then each later question on its own, read against the one before as a follow-up and
searched together with it when it refers back ("that report", "rapat itu", "artikelnya"); a later answer is added
when it quotes something the first does not. When the whole message is refused, each question is answered alone.

Parts within one clause ("how many men and how many women", "how long after A did B", "X vs Y") are not split
here: the reader's own ``Question.parts`` serve them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import rx
from ..schema import Answer, Citation
from ..verify import figures, normalise_figure
from .analysis import (
    ASKING_INTERROGATIVES,
    INTERROGATIVES,
    analyse,
    content_words,
    either_language,
    refers_back,
    strip_framing,
    words,
)
from .extractive import TYPED

MAX_QUESTIONS = 3  # a longer chain of questions is answered as three, the last one holding the rest
OPENING = 2  # an interrogative among a sentence's first words opens a question ("and what …", "terus kapan …")
MIN_WORDS = 3  # a piece shorter than this ("why?", "kapan?") stays with the question before it


@lru_cache(maxsize=1)
def _connective() -> re.Pattern:
    """A connective that opens another question, after a comma ("…, trus", "…, and then", "…, dan") or not."""
    table = words()["compound"]
    forms = sorted({f for lang in ("en", "id") for f in table["strong"][lang] + table["weak"][lang]}, key=len,
                   reverse=True)
    # (without the comma, a weak connective opens another question only when another interrogative than the
    # clause's own follows at once: "When did the DPR pass the act and how many articles did it have?", not "how
    # many men and how many women were …", whose parallel parts share one predicate)
    return rx.compile(r"(,)?\s*\b(" + "|".join(re.escape(f) for f in forms) + r")\s+", re.I)


@lru_cache(maxsize=1)
def _strong() -> frozenset[str]:
    table = words()["compound"]["strong"]
    return frozenset(f for lang in ("en", "id") for f in table[lang])


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    table = words()["compound"]["prepositions"]
    return frozenset(f for lang in ("en", "id") for f in table[lang])


def _tokens(text: str) -> list[str]:
    return rx.findall(r"[a-z]+", text.lower())


def _asks(piece: str) -> bool:
    """The piece is a question of its own: it ends in a question mark or holds an interrogative."""
    return piece.rstrip().endswith("?") or bool(set(_tokens(piece)) & INTERROGATIVES)


def _asks_again(sentence: str) -> bool:
    """What follows a question mark is another question when it ends in one too or opens with an interrogative
    ("like the aim, the method and what they found" elaborates the question before it)."""
    return sentence.rstrip().endswith("?") or bool(set(_tokens(sentence)[:OPENING]) & INTERROGATIVES)


def _substantial(piece: str, lang: str) -> bool:
    return len(_tokens(piece)) >= MIN_WORDS and bool(content_words(piece, lang))


def split_questions(text: str, lang: str) -> list[str]:
    """The questions a message asks, in order; one item when it asks one.

    A question mark ends a question when what follows asks again (ends in "?" or opens with an interrogative);
    otherwise what follows ("ringkasin ya", "like the aim, the method …") belongs to it. Within a question, a comma
    and a connective start another one: a strong connective ("trus", "lalu", "and then") when an interrogative
    follows anywhere in the clause, a weak one ("and", "dan", "serta") only when one follows at once ("…, and
    what …", "…, dan bagaimana …") or after a preposition ("…, dan di kota mana …"), so that "X, and Y" lists stay
    one question."""
    pieces: list[str] = []
    for sentence in rx.split(r"(?<=\?)\s+", text.strip()):
        if pieces and not _asks_again(sentence):
            pieces[-1] = f"{pieces[-1]} {sentence}"
            continue
        pieces.extend(_split_at_connectives(sentence))
    kept: list[str] = []
    for piece in (p.strip(" ,") for p in pieces if p.strip(" ,")):
        # a short piece ("ringkasin ya", "like the aim …") belongs to the question before it; one with its own
        # interrogative after a whole question ("Who signed it? When?", "When was it signed, and where?") asks
        # another thing of the same subject, and is answered as a follow-up of it
        # (one that only asks what the paper says, "… ? kata paper gimana?", "… ? what does the paper say?", asks
        # for the question before it to be answered from the paper: it is part of that question)
        by_paper = bool(either_language(words()["paper_words"]).search(piece)) and set(
            _tokens(strip_framing(piece, lang))) <= INTERROGATIVES
        asks_more = kept and _substantial(kept[-1], lang) and not by_paper and (
            bool(set(_tokens(piece)) & INTERROGATIVES) or analyse(piece).answer_type != "fact")
        if kept and not (_substantial(piece, lang) and _substantial(kept[-1], lang)) and not asks_more:
            kept[-1] = f"{kept[-1]} {piece}"
        else:
            kept.append(piece)
    pieces = kept
    if len(pieces) < 2:
        return [text]
    if len(pieces) > MAX_QUESTIONS:
        pieces = [*pieces[: MAX_QUESTIONS - 1], " ".join(pieces[MAX_QUESTIONS - 1:])]
    return pieces


def _split_at_connectives(sentence: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _connective().finditer(sentence):
        rest = sentence[m.end():]
        following = _tokens(rest)
        if not m.group(1):
            asks = m.group(2).lower() not in _strong() and bool(following) and following[0] in ASKING_INTERROGATIVES \
                and following[0] not in _tokens(sentence[start:m.start()])
        elif m.group(2).lower() in _strong():
            asks = bool(set(following) & INTERROGATIVES)
        else:  # ("…, and what …"; "…, dan di kota mana …", "…, and in which year …")
            asks = bool(following) and (following[0] in INTERROGATIVES or following[0] in _prepositions()
                                        and bool(set(following[1:3]) & INTERROGATIVES))
        if asks and _asks(sentence[start:m.start()]):
            out.append(sentence[start:m.start()])
            start = m.end()
    out.append(sentence[start:])
    return out


def asks_otherwise(first: str, whole_type: str) -> bool:
    """The message's first question asks for another kind of answer than the whole message is read as
    (``whole_type``: "who …? when?" is read as a date question): its answer would leave the first question out."""
    return analyse(first).answer_type != whole_type


def lacks_direct(answer: Answer, whole_type: str, direct: str) -> bool:
    """The whole message's answer gives no direct answer (no line opening with ``direct``, "In short:") though
    it is read as asking for one (a figure, a date, a name: ``extractive.TYPED``): another question of the
    message took its quotes ("kapan ditandatangani, dan apa yang tidak disebut paper?"), so the first question
    is answered on its own too."""
    opening = direct.split("{")[0]
    return whole_type in TYPED and not any(line.startswith(opening) or stated_line(line)
                                           for line in answer.text.splitlines())


def stated_line(line: str) -> bool:
    """A line that states a value in the answer's own words with its citation, quoting nothing: a direct answer
    ("In short: 5 June 2023 [1]") or a value computed from the passages ("1,037 ÷ 861 ≈ 1.2 (computed: …) [1]")."""
    return "“" not in line and bool(rx.search(r"\[\d+\]\s*$", line))


POINTER_WORDS = 4  # words at most of a later question that only points back ("what did she say")


def answered_already(piece: str, answers: list[Answer]) -> bool:
    """A later question that the answer so far already answers: one that asks how many of a thing ("…, and from how
    many reports?") when a passage it quotes already gives a figure of that thing ("saving 2,778 people from 861
    reports"), whose own search would find another count of the same noun elsewhere ("75 reports" of another
    event); and one that only points back ("dia bilang apa?")."""
    q = analyse(piece)
    if q.answer_type in ("summary", "fact") and len(_tokens(piece)) <= POINTER_WORDS \
            and not content_words(piece, q.language) and refers_back(piece):
        # ("siapa yg nulis penilaian ACTIP …? dia bilang apa?", "… what did she say?"): a short question of nothing
        # but a word that points back and a request asks what the answer so far quotes; it has no subject of its
        # own (a longer one asks something of it: "apa yang tidak disebut paper tentang waktunya?")
        return bool(answers)
    if q.answer_type != "quantity" or not q.head:
        return False
    head = re.escape(q.head.lower().rstrip("s"))
    beside = rx.compile(rf"\d[\d.,]*\s+(?:[\w-]+\s+)?{head}", re.I)
    return any(beside.search(c.quote or c.text) for a in answers for c in a.citations)


def merge_answers(question: str, answers: list[Answer], language: str, labels: list[str]) -> Answer:
    """One answer of the whole message's answer and its questions' own: their texts in order, each after the
    first introduced by its label (``labels``, one per later answer: which part of the message it answers), and
    one numbering of their citations (a passage two of them quote keeps one number). The passages retrieved are
    the whole message's."""
    citations: list[Citation] = []
    number: dict[tuple[str, str], int] = {}
    texts = []
    for i, answer in enumerate(answers):
        mapping: dict[int, int] = {}
        for c in answer.citations:
            key = (c.chunk_id, c.quote or c.text)
            if key not in number:
                number[key] = len(citations) + 1
                citations.append(replace(c, n=number[key]))
            mapping[c.n] = number[key]
        text = rx.sub(r"\[(\d+)\]", lambda m, t=mapping: f"[{t.get(int(m.group(1)), int(m.group(1)))}]",
                      answer.text)
        texts.append(text if i == 0 else f"{labels[i - 1]}\n{_grounded_lines(text, answer)}")
    timings: dict[str, float] = {}
    for a in answers:
        for key, ms in a.timings_ms.items():
            timings[key] = timings.get(key, 0.0) + ms
    refused = all(a.refused for a in answers)
    return Answer(
        question=question,
        text="\n\n".join(texts),
        citations=citations,
        retrieved=answers[0].retrieved,
        language=language,
        refused=refused,
        corrected=refused and any(a.corrected for a in answers),
        backend=answers[0].backend,
        timings_ms=timings,
        removed=[r for a in answers for r in a.removed],
        notes=list(dict.fromkeys(n for a in answers for n in a.notes)),
        read_as="",
    )


def _grounded_lines(text: str, answer: Answer) -> str:
    """A later question's answer without an uncited line that gives a figure its passages do not: the line that
    says how the question was read repeats the message's own numbers ("… IPG tahun 2019 dan 2030"), which no
    cited passage holds (every figure in an answer is in a passage it cites)."""
    available: set[str] = set()
    for c in answer.citations:
        for f in figures(c.text):
            available |= normalise_figure(f)
    return "\n".join(line for line in text.split("\n") if rx.search(r"\[\d+\]", line)
                     or all(normalise_figure(f) & available for f in figures(line)))
