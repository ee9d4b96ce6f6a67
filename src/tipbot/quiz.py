"""Study mode: quiz questions generated from the knowledge base — figures, dates, definitions — with an answer
key that cites the passage. Options are real figures, dates or expansions found elsewhere in the sources, and an
item is kept only if its key appears verbatim in the passage it cites."""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import asdict, dataclass
from datetime import date

from . import rx
from .answer import find_dates, phrases
from .chunking import chunk_sentences, split_sentences
from .report import quotable
from .schema import KIND_LABELS, Chunk, Citation
from .verify import figures

LETTERS = "ABCD"


def _templates(lang: str) -> dict[str, str]:
    return phrases()[lang if lang in phrases() else "en"]["quiz"]


def phrase(key: str, lang: str) -> str:
    """One of the quiz's phrases ("your_answer", "score", …) in ``lang``."""
    return _templates(lang).get(key) or _templates("en")[key]


@dataclass
class QuizItem:
    kind: str
    question: str
    options: list[str]
    answer: int
    citation: Citation
    flag: str = ""  # a problem the knowledge base records for this figure or date (a reference's anomaly)
    flag_citation: Citation | None = None

    @property
    def answer_text(self) -> str:
        return self.options[self.answer]


def _body(c: Chunk) -> bool:
    """The paper's numbered sections (1–4): front matter and the licence line make poor questions."""
    return c.kind == "paper" and bool(rx.match(r"\d", c.section))


def figure_value(text: str) -> float | None:
    """The number a figure states, whatever its format: "2,778", "2.778" and "2778" are 2778; "82 %" is 82;
    "0,41" is 0.41; "3 million" is 3000000."""
    m = rx.search(r"\d[\d.,]*", text or "")
    if m is None:
        return None
    raw = m.group(0).rstrip(".,")
    if rx.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        raw = rx.sub(r"[.,]", "", raw)
    elif rx.fullmatch(r"\d+,\d+", raw):
        raw = raw.replace(",", ".")
    try:
        value = float(raw.replace(",", ""))
    except ValueError:
        return None
    scale = rx.search(r"\b(thousand|ribu|million|juta|billion|miliar)\b", text[m.end():], re.I)
    if scale:
        value *= {"thousand": 1e3, "ribu": 1e3, "million": 1e6, "juta": 1e6}.get(scale.group(1).lower(), 1e9)
    return value


def parse_date(text: str) -> date | None:
    """A date in any common format: "23 July 2023", "July 23, 2023", "23 Juli 2023", "2023-07-23", "23/07/2023"."""
    found = find_dates(text or "")
    if found:
        return found[0][0]
    m = rx.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text or "")
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = rx.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text or "")
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def _value(f: str) -> float:
    return figure_value(f) or 0.0


def _words(text: str) -> set[str]:
    return {w for w in rx.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


_STOP = {"a", "an", "the", "of", "in", "on", "for", "and", "to", "by", "at", "or", "di", "dan", "yang"}


def _same_answer(a: str, b: str) -> bool:
    """Two options that would both be right: the same words, or one's words all within the other's
    ("Trafficking in persons" / "Crime of trafficking in persons")."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _near(answer: str, others: list[str], rng: random.Random, k: int = 3) -> list[str]:
    """Distractors of the same unit and size as the answer (a percentage against percentages, decimals against
    decimals where there are enough, then the closest in magnitude)."""
    import math

    def decimal(f: str) -> bool:
        return bool(rx.search(r"\d[.,]\d{1,2}(?!\d)", f))

    same = [o for o in others if ("%" in o) == ("%" in answer)]
    same = same if len(same) >= k else others
    target = math.log10(_value(answer) + 1)
    same.sort(key=lambda o: (decimal(o) != decimal(answer), abs(math.log10(_value(o) + 1) - target)))
    pool = same[: max(k + 3, 6)]
    return rng.sample(pool, k) if len(pool) >= k else pool


def _expansion(chunk: Chunk) -> str:
    """What a glossary term stands for: the first sentence after "TERM: " (the term itself may hold a colon)."""
    prefix = f"{chunk.section}:"
    if not chunk.text.startswith(prefix):
        return ""
    rest = chunk.text[len(prefix):].strip()
    spans = split_sentences(rest)
    first = rest[spans[0][0]:spans[0][1]] if spans else rest
    first = first.strip().removesuffix(".").strip()
    return "" if first in ("", "—", "-") else first


def _figure_pool(chunks: list[Chunk]) -> list[tuple[str, str, Chunk]]:
    from .briefing import topic_figures  # (briefing imports the reader, which imports this module's helpers)

    pool = []
    for c in chunks:
        if not _body(c):
            continue
        for sent in chunk_sentences(c):
            sent = quotable(c, sent)
            if sent:
                # (not a span of time a figure is counted over: "in the last 12 months" asks nothing)
                pool.extend((f, sent, c) for f in topic_figures(sent) if f in sent)
    return pool


def _date_pool(chunks: list[Chunk]) -> list[tuple[str, str, Chunk]]:
    return [(raw, q, c) for c in chunks if _body(c) for sent in chunk_sentences(c)
            if (q := quotable(c, sent)) for _, raw in find_dates(q)]


_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\b|\b({_MONTH_ALT})\.?\s+(\d{{1,2}})\b", re.I)


def _days_named(text: str) -> set[tuple[int, int]]:
    """(month, day) of every date a note names, with or without its year ("5 July 2023", "not 23 July")."""
    out = {(d.month, d.day) for d, _ in find_dates(text)}
    for m in _DAY_MONTH.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= 31:
            out.add((_MONTH_NAMES[month.lower()], int(day)))
    return out


def _flags(chunks: list[Chunk]) -> dict[str, list[tuple[str, Chunk]]]:
    """The problems the knowledge base records for each source ("Anomaly: …" lines of its reference entry)."""
    out: dict[str, list[tuple[str, Chunk]]] = {}
    for c in chunks:
        if c.kind == "reference":
            for line in chunk_sentences(c):
                if line.startswith("Anomaly:"):
                    out.setdefault(c.source_id, []).append((line[len("Anomaly:"):].strip(), c))
    return out


def _flag_for(kind: str, answer: str, chunk: Chunk, flags: dict[str, list[tuple[str, Chunk]]]):
    """A recorded problem of a source the passage cites that names the same figure or date as the key."""
    for key in chunk.cite_keys:
        for note, ref in flags.get(key, []):
            if kind == "date":
                when = parse_date(answer)
                same = when is not None and (when.month, when.day) in _days_named(note)
            else:
                value = figure_value(answer)
                same = value is not None and any(figure_value(f) == value for f in figures(note))
            if same:
                return note, ref
    return None


def build_quiz(chunks: list[Chunk], n: int = 5, seed: int = 0, lang: str = "en",
               kinds: tuple[str, ...] = ("figure", "date", "definition")) -> list[QuizItem]:
    rng = random.Random(seed)
    t = _templates(lang)
    glossary = [c for c in chunks if c.kind == "glossary"]
    pools = {"figure": _figure_pool(chunks), "date": _date_pool(chunks),
             "definition": [(c.section, c.text, c) for c in glossary if _expansion(c)]}
    expansions = {c.text: _expansion(c) for c in glossary}
    flags = _flags(chunks)
    items: list[QuizItem] = []
    used: set[str] = set()
    order = [k for k in kinds if pools.get(k)]
    attempts = 0
    while len(items) < n and order and attempts < n * 20:
        # the kinds take turns by attempt, not by question: a kind that cannot make a question here (too few
        # distractors) does not block the others
        kind = order[attempts % len(order)]
        attempts += 1
        answer, sentence, chunk = rng.choice(pools[kind])
        if sentence in used:
            continue
        if kind == "definition":
            term, answer = answer, expansions[sentence]
            others = list({e for e in expansions.values() if e and not _same_answer(e, answer)})
            question = t["definition" if rx.search(r"[A-Z]{2,}", term) else "meaning"].format(term=term)
        else:
            pool_values = {f for f, _, _ in pools[kind]}
            if kind == "figure":
                value = figure_value(answer)
                others = list({f for f in pool_values if figure_value(f) != value})
            else:
                when = parse_date(answer)
                others = list({f for f in pool_values if parse_date(f) != when})
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
        citation = Citation.from_chunk(len(items) + 1, chunk, sentence)
        flag = _flag_for(kind, answer, chunk, flags) if kind != "definition" else None
        items.append(QuizItem(kind, question, options, options.index(answer), citation,
                              flag[0] if flag else "", Citation.from_chunk(0, flag[1]) if flag else None))
    return items


def _normal(text: str) -> str:
    return " ".join(rx.findall(r"[\w%]+", (text or "").lower()))


def accepts(item: QuizItem, given: str) -> bool:
    """Whether ``given`` is the right answer: its letter ("B", "b)", "B. 82%"), the option's text in any case
    and spacing, or — for figures and dates — the same number or day written any common way ("82 %",
    "2778", "23 July 2023", "2023-07-23")."""
    given = (given or "").strip()
    if not given:
        return False
    letter = rx.fullmatch(r"\(?([A-Da-d])\)?(?:[.):]\s*(.*))?", given)
    if letter and (letter.group(2) is None or not letter.group(2).strip()):
        return letter.group(1).upper() == LETTERS[item.answer]
    if letter and len(given) > 2:  # "B) 82%": the letter decides
        return letter.group(1).upper() == LETTERS[item.answer]
    if _normal(given) == _normal(item.answer_text):
        return True
    if item.kind == "figure":
        value = figure_value(given)
        return value is not None and value == figure_value(item.answer_text)
    if item.kind == "date":
        when = parse_date(given)
        return when is not None and when == parse_date(item.answer_text)
    return False


_LETTER_TOKEN = re.compile(r"\(?[A-D]\)?[.,;:]?")  # a standalone capital letter among other answers ("C 21 April D")

# what the reader says of an answer it cannot read, and what it can read, per kind (the phrases of data/ hold the
# rest of the quiz's words)
_UNREAD = {
    "en": {"unread": "Could not read your answer “{given}”: {hint}.",
           "unread_all": "Could not read the answers to question(s) {numbers}; they were scored as wrong.",
           "figure": "give a letter A–D, an option's text or one number",
           "date": "give a letter A–D, an option's text or one date",
           "definition": "give a letter A–D or an option's text"},
    "id": {"unread": "Jawaban “{given}” tidak terbaca: {hint}.",
           "unread_all": "Jawaban untuk soal {numbers} tidak terbaca; dinilai salah.",
           "figure": "tulis huruf A–D, teks salah satu pilihan, atau satu angka",
           "date": "tulis huruf A–D, teks salah satu pilihan, atau satu tanggal",
           "definition": "tulis huruf A–D atau teks salah satu pilihan"},
}


def _unread(key: str, lang: str) -> str:
    return _UNREAD.get(lang, _UNREAD["en"])[key]


def readable(item: QuizItem, given: str) -> bool:
    """Whether ``given`` is an answer the scorer can read, right or wrong: a letter A–D (alone or before its
    option), an option's text, or — for a figure or a date — one number or one date. An answer that is blank is
    not unreadable (it was skipped); one that mixes several answers ("C 21 April 2021 D") is."""
    given = (given or "").strip()
    if not given:
        return True
    if rx.fullmatch(r"\(?[A-Da-d]\)?(?:[.):]\s*.*)?", given, re.S):
        return True
    if any(_normal(given) == _normal(o) for o in item.options):
        return True
    if any(_LETTER_TOKEN.fullmatch(t) for t in given.split()):  # a letter among values: several answers in one
        return False
    if item.kind == "figure":  # one number, in one piece ("2,778", "82 %", "3 million", "15-64")
        return sum(bool(rx.search(r"\d", t)) for t in given.split()) == 1 and figure_value(given) is not None
    if item.kind == "date":
        if parse_date(given) is None:
            return False
        found = find_dates(given)
        rest = given.replace(found[0][1], " ", 1) if found else rx.sub(
            r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b", " ", given, count=1)
        return not rx.search(r"\d", rest)
    return False


def grade(items: list[QuizItem], responses: dict[int, str], lang: str = "en") -> tuple[int, list[str]]:
    """Responses are letters (A–D), the answer's text, or its figure or date in any format; returns the score
    and one feedback line per item. An answer the scorer cannot read (``readable``: two answers run together, a
    word for a figure, a letter outside A–D) is scored as wrong, even when part of it is right, and said to be
    unread, under its item and again before the score."""
    t = _templates(lang)
    right, lines, unread = 0, [], []
    for i, item in enumerate(items, start=1):
        given = responses.get(i) or ""
        read = readable(item, given)
        ok = read and accepts(item, given)  # "21 April 2021 5907" holds the key's date, and another answer
        right += ok
        verdict = t["correct"] if ok else t["wrong"].format(answer=f"{LETTERS[item.answer]}) {item.answer_text}")
        lines.append(f"{i}. {verdict} [{item.citation.n}]")
        if not read:
            unread.append(i)
            lines.append("   " + _unread("unread", lang).format(given=given.strip(),
                                                                hint=_unread(item.kind, lang)))
        if item.flag:
            lines.append("   " + t["flag"].format(note=item.flag))
    if unread:
        lines.append(_unread("unread_all", lang).format(numbers=", ".join(map(str, unread))))
    lines.append(t["score"].format(right=right, total=len(items)))  # the score stays the last line (the UI's first)
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
            kind = KIND_LABELS.get(c.source_kind, c.source_kind)
            out.append(f"{i}. {LETTERS[item.answer]}) {item.answer_text} [{c.n}] — {kind}, §{c.section}: “{c.quote}”")
            if item.flag:
                source = f" ({item.flag_citation.title})" if item.flag_citation else ""
                out.append(f"   {t['flag'].format(note=item.flag)}{source}")
    return "\n".join(out) + "\n"


def from_json(rows: list[dict]) -> list[QuizItem]:
    return [QuizItem(r["kind"], r["question"], r["options"], LETTERS.index(r["answer"]), Citation(**r["citation"]),
                     r.get("flag", ""), Citation(**r["flag_citation"]) if r.get("flag_citation") else None)
            for r in rows]


_NUMBERED = re.compile(r"(?:^|(?<=[\s,;]))(\d{1,2})\s*(?:[:=)]|\.(?=\s))\s*")


def parse_responses(text: str) -> dict[int, str]:
    """Answers typed in one line, as a person would: numbered, each running to the next number ("1:A
    2:July 23 2023 3:82 %"); letters in order ("A D A B C"); or answers in order separated by commas,
    semicolons or new lines ("A, 82%, 23 July 2023")."""
    text = (text or "").strip()
    marks = list(_NUMBERED.finditer(text))
    if marks:
        out: dict[int, str] = {}
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            out[int(m.group(1))] = text[m.end() : end].strip(" ,;\n")
        return out
    if rx.fullmatch(r"(?:\(?[A-Da-d]\)?[\s,;]*)+", text):
        return dict(enumerate(rx.findall(r"[A-Da-d]", text), start=1))
    pieces = [p.strip() for p in rx.split(r"[;\n]|,(?!\d{3}\b)(?!\s*\d{4}\b)", text) if p.strip()]
    if len(pieces) == 1:
        pieces = _split_at_letters(text)
    return dict(enumerate(pieces, start=1))


def _split_at_letters(text: str) -> list[str]:
    """A line that mixes letters and values without separators ("C 21 April 2021 D 5907 A"): a capital letter
    A–D standing alone is one answer, the words between two letters another; a letter with its option ("B) 82%")
    stays one answer."""
    tokens = text.split()
    if not any(_LETTER_TOKEN.fullmatch(t) for t in tokens):
        return [text]
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        if not _LETTER_TOKEN.fullmatch(token):
            run.append(token)
            continue
        if run:
            out.append(" ".join(run))
        if rx.fullmatch(r"[A-D][.):]", token):  # "B)" and the option's text after it
            run = [token]
        else:
            out.append(token.strip("(),;:."))
            run = []
    if run:
        out.append(" ".join(run))
    return out


def piped_responses(text: str, count: int) -> dict[int, str]:
    """Answers read from a pipe or a file, as they would be typed at the prompts: one a line, in order (a blank
    line skips a question, as pressing Enter does); a single line for several questions holds them all at once,
    as ``parse_responses`` reads a line ("A D A B C", "1:A 2:82%"). Empty when the text holds no answer."""
    lines = (text or "").rstrip().splitlines()
    if not lines:
        return {}
    if len(lines) == 1 and count > 1:
        return parse_responses(lines[0])
    # (every line is kept, so that the caller can say that lines beyond the last question were not scored)
    return {i: line.strip() for i, line in enumerate(lines, start=1)}


def to_json(items: list[QuizItem]) -> list[dict]:
    return [{"kind": i.kind, "question": i.question, "options": i.options, "answer": LETTERS[i.answer],
             "citation": asdict(i.citation), "flag": i.flag,
             "flag_citation": asdict(i.flag_citation) if i.flag_citation else None} for i in items]
