"""Answerers behind one interface. The default, ``ExtractiveAnswerer``, composes answers only from
sentences of the retrieved passages, quoted verbatim and cited; it never writes a figure of its own
except a date difference that it labels as computed.
"""

from __future__ import annotations

import json
import math
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from .chunking import chunk_sentences
from .citations import CitationIndex
from .keyword import tokenize
from .present import short_title
from .query import QueryPlan, translate_terms
from .schema import Chunk, Citation, Passage, cite
from .verify import NUMBER_WORDS


@dataclass
class Statement:
    """One line of an answer: a claim with its citation numbers, or framing that makes no claim of fact."""

    text: str
    cites: list[int] = field(default_factory=list)
    framing: bool = False

    def render(self) -> str:
        marks = "".join(f"[{n}]" for n in self.cites)
        return f"{self.text} {marks}".strip()


@dataclass
class Draft:
    statements: list[Statement]
    citations: list[Citation]
    refused: bool = False
    bullets: bool = False
    notes: list[str] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)

    def render(self) -> str:
        lines = [s.render() for s in self.statements]
        if self.bullets:
            return "\n".join(line if s.framing else f"- {line}" for s, line in zip(self.statements, lines, strict=True))
        return "\n".join(lines)


class Answerer(ABC):
    """Turns a question and its passages into a draft answer with citations."""

    name: str = "base"

    @abstractmethod
    def answer(self, question: str, plan: QueryPlan, passages: list[Passage], context: AnswerContext) -> Draft: ...


@dataclass
class AnswerContext:
    """What an answerer may consult besides the passages: the whole store's chunks and the citation index."""

    chunks: list[Chunk]
    citation_index: CitationIndex | None
    idf: dict[str, float]
    sentence_vectors: dict = field(default_factory=dict)  # (chunk id, sentence) -> vector


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    return json.loads(resources.files("tipbot").joinpath("data/question_cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def phrases() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("tipbot").joinpath("data/phrases.json").read_text(encoding="utf-8"))


def question_types(question: str, plan: QueryPlan) -> set[str]:
    q = f" {question.lower()} "
    types = {t for t, words in cues().items()
             if t not in _NOT_TYPES and any(re.search(r"(?<!\w)" + re.escape(w.strip()), q) for w in words)}
    if re.search(r"\bhow long (after|before|between)\b|\bberapa lama\b", q):
        types.add("duration")
    return types


_NOT_TYPES = {"premise_verbs", "injection", "_about", "continuation_starts", "causal"}
_ENUMERATION = re.compile(r"(\b1\)|\(1\)).*(\b2\)|\(2\))")
_LAW_REF = re.compile(r"\b(Law|Regulation|Perpres|UU)\b[^.]{0,40}?\b(Number|No\.?)\s*\d+", re.I)

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], start=1)}
_MONTHS.update({"januari": 1, "februari": 2, "maret": 3, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
                "oktober": 10, "desember": 12})
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})\b", re.I)
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)


def find_dates(text: str) -> list[tuple[date, str]]:
    out = []
    for m in _DATE_DMY.finditer(text):
        out.append((date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))), m.group(0)))
    for m in _DATE_MDY.finditer(text):
        out.append((date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))), m.group(0)))
    return out


@dataclass
class Candidate:
    text: str
    passage: Passage
    position: int
    tokens: set[str]
    score: float = 0.0
    query_tokens: set[str] = field(default_factory=set)
    similarity: float | None = None  # raw cosine between the question and the sentence


# Things any count of people or time satisfies: a head noun from this set is never "unseen".
_GENERIC_COUNTED = set(tokenize(
    "people person individual indonesian indonesians citizen victim worker women men girl child children orang "
    "korban warga pekerja anak perempuan year years tahun time times kali month day number jumlah total many "
    "percent percentage persen share proportion"
))
_RARE_IDF = 3.5  # idf of a term found in about three chunks of ~200
_SECTION_WORDS = {"conclusion", "abstract", "introduction", "method", "methodology", "result", "discussion"}
_META_SECTIONS = {"Title and authors", "Article info", "Corresponding author"}
_QUESTION_WORDS = {"many", "much", "who", "what", "when", "where", "why", "which", "how", "did", "does", "give",
                   "short", "brief", "briefing", "describ", "accord", "mention", "paper", "say", "sourc"}


class ExtractiveAnswerer(Answerer):
    """Grounded by construction: every statement is a verbatim sentence of a cited passage."""

    name = "extractive"
    max_passages = 11  # the 8 best passages and up to 3 extra digests/records
    refuse_below = 0.25
    strong_similarity = 0.85  # e5 cosine above which a sentence is on topic even with few shared words
    w_meaning = 0.5  # weight of the sentence's embedding similarity against its keyword coverage

    def answer(self, question: str, plan: QueryPlan, passages: list[Passage], context: AnswerContext) -> Draft:
        lang = plan.language if plan.language in phrases() else "en"
        ph = phrases()[lang]
        types = question_types(question, plan)
        q_tokens = self._query_tokens(question, plan)
        draft = Draft(statements=[], citations=[])
        if not passages:
            draft.statements.append(Statement(ph["not_found"].format(missing=""), framing=True))
            draft.refused = True
            return draft

        if "chart" in types:
            caption = next((c for c in context.chunks if c.kind == "paper" and c.text.startswith("Chart ")), None)
            if caption is not None:
                return self._chart_answer(caption, types, ph, draft)

        pool = passages[: self.max_passages]
        if "paper_meta" in types:  # who wrote it, where, when: the front matter answers, retrieved or not
            have = {p.chunk.id for p in pool}
            pool = [Passage(c, 0.0) for c in context.chunks
                    if c.kind == "paper" and c.section in _META_SECTIONS and c.id not in have] + pool
        candidates = self._candidates(pool, q_tokens, types, context, plan)
        best = max(candidates, key=lambda c: c.score) if candidates else None
        missing = self._missing_terms(question, plan, context)
        coverage = max((self._coverage(c.tokens, q_tokens, context.idf) for c in candidates), default=0.0)
        premise_verb = self._unsupported_premise(question, plan, passages)

        if premise_verb and best is not None:
            draft.statements.append(Statement(ph["premise"].format(verb=premise_verb), framing=True))
            draft.statements.append(Statement(ph["premise_instead"], framing=True))
            premise_stem = set(tokenize(premise_verb))
            rest = self._select(candidates, q_tokens - premise_stem, context, 2)
            for cand in self._with_continuations(rest, candidates, 3):
                self._quote(cand, draft, lang)
            draft.refused = True
            return draft

        similarity = max((c.similarity or 0.0 for c in candidates), default=0.0)
        low_evidence = (coverage < self.refuse_below and similarity < self.strong_similarity
                        and not types & {"paper_meta", "summary"})
        unseen = self._counted_thing_unseen(question, passages[: self.max_passages])
        if unseen:
            missing = [*missing, unseen]
        if best is None or missing or low_evidence:
            terms = ", ".join(f"“{m}”" for m in missing if not re.search(r"\d", m)) or ph["a_figure"]
            draft.statements.append(
                Statement(ph["not_found"].format(missing=ph["missing"].format(terms=terms) if missing else ""),
                          framing=True)
            )
            if best is not None:
                draft.statements.append(Statement(ph["closest"], framing=True))
                self._quote(best, draft, lang)
            draft.refused = True
            return draft

        if "summary" in types and not types & {"figure", "date", "citation"}:
            chosen = self._briefing(candidates, 5)
            chosen.sort(key=lambda c: (c.passage.chunk.path, c.passage.chunk.order, c.position))
            draft.bullets = True
            draft.statements.append(Statement(ph["briefing"], framing=True))
        else:
            limit = 3 if types & {"list", "cause", "comparison", "method", "duration"} else 2
            if "definition" in types and not types & {"list", "cause"}:
                limit = 2
            about_sources = types & {"definition", "citation", "digest_wanted", "reference_wanted", "paper_meta"}
            chosen = self._select(candidates, q_tokens, context, limit, paper_first=not about_sources)
            title_block = [c for c in candidates if c.passage.chunk.kind == "paper"
                           and c.passage.chunk.section == "Title and authors" and c.position <= 2]
            if "paper_meta" in types and title_block:
                chosen = title_block  # title, authors and affiliation belong together
            if types & {"list", "cause", "duration", "date", "method"}:
                chosen = self._with_continuations(chosen, candidates, limit)
        anchors = self._anchors(question, plan, context)
        if anchors and not any(all(_has(c.text, a) for a in anchors) for c in chosen):
            with_all = [c for c in candidates if all(_has(c.text, a) for a in anchors)]
            if not with_all or max(c.score for c in with_all) < self.refuse_below:
                named = [a for a in anchors if not re.search(r"\d", a)]
                terms = ", ".join(f"“{a}”" for a in named) if named else ph["a_figure"]
                draft.statements.append(Statement(ph["not_found"].format(missing=ph["missing"].format(terms=terms)),
                                                  framing=True))
                draft.statements.append(Statement(ph["closest"], framing=True))
                self._quote(best, draft, lang)
                draft.refused = True
                return draft
            chosen = [max(with_all, key=lambda c: c.score)] + [c for c in chosen if c not in with_all][:1]
        for cand in chosen:
            self._quote(cand, draft, lang)
        if "citation" in types:
            self._add_reference_entries(chosen, draft, lang, context)
        if "duration" in types:
            self._add_date_difference(draft, ph)
        return draft

    # -- scoring ---------------------------------------------------------------------------------------
    def _query_tokens(self, question: str, plan: QueryPlan) -> set[str]:
        toks = set(tokenize(plan.translation if plan.language == "id" and plan.translation else question))
        return {t for t in toks if t not in _QUESTION_WORDS}

    @staticmethod
    def _coverage(tokens: set[str], q_tokens: set[str], idf: dict[str, float]) -> float:
        if not q_tokens:
            return 0.0
        total = sum(idf.get(t, 1.0) for t in q_tokens if t in idf) or 1.0
        return sum(idf.get(t, 1.0) for t in q_tokens & tokens if t in idf) / total

    def _candidates(self, passages: list[Passage], q_tokens: set[str], types: set[str], context: AnswerContext,
                    plan: QueryPlan | None = None):
        out: list[Candidate] = []
        raw: list[tuple[Passage, int, int, str, set[str], float, float | None]] = []
        for rank, p in enumerate(passages):
            chunk = p.chunk
            heading_tokens = set(tokenize(chunk.section)) if chunk.kind == "paper" else set()
            for pos, sent in enumerate(chunk_sentences(chunk)):
                toks = set(tokenize(sent))
                cov = self._coverage(toks | (heading_tokens if pos == 0 else set()), q_tokens, context.idf)
                vec = context.sentence_vectors.get((chunk.id, sent))
                sim = None
                if vec is not None and plan is not None and plan.vectors:
                    sim = max(float(vec @ q) for q in plan.vectors)
                raw.append((p, rank, pos, sent, toks, cov, sim))
        q_lower = (plan.original if plan else "").lower()
        numbers_asked = {d for w, d in NUMBER_WORDS.items() if re.search(rf"\b{w}\b", q_lower)}
        glossary_terms = {t.lower() for t in (plan.glossary_terms if plan else [])}
        # a glossary entry is the answer when its term is what the question asks to define
        m = re.search(r"(what (is|are|does)|apa (itu|arti|kepanjangan)|define|meaning of|stand for)\s+(.{0,40})",
                      q_lower)
        defined = {t for t in glossary_terms if m and t in m.group(4)} if "definition" in types else set()
        section_hits = {w for w in _SECTION_WORDS for t in q_tokens if len(t) >= 5 and w.startswith(t[:6])}
        causal = cues()["causal"]
        sims = [r[6] for r in raw if r[6] is not None]
        lo, hi = (min(sims), max(sims)) if sims else (0.0, 1.0)
        for p, rank, pos, sent, toks, cov, sim in raw:
            chunk = p.chunk
            meaning = (sim - lo) / (hi - lo) if sim is not None and hi > lo else cov
            score = self.w_meaning * meaning + (1 - self.w_meaning) * cov + 0.08 / (rank + 1)
            low = sent.lower()
            if "figure" in types and re.search(r"\d", sent):
                score += 0.08
            if numbers_asked and any(re.search(rf"\b({d}|{w})\b", low) for w, d in NUMBER_WORDS.items()
                                     if d in numbers_asked):
                score += 0.15
            if types & {"list", "comparison"} and _ENUMERATION.search(sent):
                score += 0.12
            if "law" in types and _LAW_REF.search(sent):
                score += 0.12
            if "cause" in types and any(c in low for c in causal):
                score += 0.12
            if chunk.kind == "glossary" and chunk.section.lower() in defined:
                score += 0.2
            if "digest_wanted" in types and chunk.kind == "digest":
                score += 0.2
            if "reference_wanted" in types and chunk.kind == "reference":
                score += 0.15
            if "paper_meta" in types and chunk.kind == "paper" and chunk.section in _META_SECTIONS:
                score += 0.6 if chunk.section == "Title and authors" else 0.3
            if section_hits and chunk.kind == "paper" and any(w in chunk.section.lower() for w in section_hits):
                score += 0.15
            if "date" in types or "duration" in types:
                score += 0.2 if find_dates(sent) else (0.08 if re.search(r"\b(19|20)\d\d\b", sent) else 0.0)
            if "citation" in types and context.citation_index and chunk.kind == "paper":
                if context.citation_index.find(sent):
                    score += 0.12
                elif _following_citations(Candidate(sent, p, pos, toks), context.citation_index):
                    score += 0.08
            if "definition" in types and chunk.kind == "glossary":
                score += 0.1
            if chunk.kind == "paper":
                score += 0.05
            # records about sources answer questions about sources; elsewhere they are a last resort
            if chunk.kind == "reference" and not types & {"citation", "reference_wanted"}:
                score -= 0.15
            out.append(Candidate(sent, p, pos, toks, score, q_tokens, sim))
        return out

    def _select(self, candidates: list[Candidate], q_tokens: set[str], context: AnswerContext, limit: int,
                min_ratio: float = 0.35, paper_first: bool = False) -> list[Candidate]:
        """Greedy cover: each next sentence must add query terms the chosen ones lack."""
        pool = sorted(candidates, key=lambda c: -c.score)
        if not pool:
            return []
        top = pool[0].score
        # The paper is the subject: when its best sentence is nearly as good as a digest's or the glossary's,
        # it leads, and the other source follows as context (they may disagree, e.g. on a date).
        paper_best = next((c for c in pool if c.passage.chunk.kind == "paper"), None)
        chosen = [pool[0]]
        if (paper_first and limit > 1 and paper_best is not None and pool[0] is not paper_best
                and paper_best.score >= 0.85 * top):
            chosen = [paper_best, pool[0]]
        covered = set().union(*(c.tokens for c in chosen)) & q_tokens
        while len(chosen) < limit:
            best, best_gain = None, 0.0
            for c in pool:
                if c in chosen or any(c.text == x.text for x in chosen):
                    continue
                gain = self._coverage(c.tokens - covered, q_tokens - covered, context.idf) if q_tokens - covered \
                    else 0.0
                value = 0.6 * c.score + 0.4 * gain
                if gain > 0 and value > best_gain:
                    best, best_gain = c, value
            if best is None or best.score < min_ratio * top:
                break
            chosen.append(best)
            covered |= best.tokens & q_tokens
        return chosen

    @staticmethod
    def _briefing(candidates: list[Candidate], limit: int) -> list[Candidate]:
        """Bullet points for a briefing: the strongest sentences of the passage that is most on topic as a whole
        (mean of its three best sentences), and the best sentence of the runner-up. Records (references,
        glossary) are left out: a briefing is about content."""
        pool = sorted((c for c in candidates if c.passage.chunk.kind in ("paper", "digest", "user")),
                      key=lambda c: -c.score)
        if not pool:
            return []
        per_chunk: dict[str, list[Candidate]] = {}
        for c in pool:
            per_chunk.setdefault(c.passage.chunk.id, []).append(c)
        ranked = sorted(per_chunk.values(), key=lambda cs: -sum(x.score for x in cs[:3]) / 3)
        first = ranked[0]
        top = first[0].score
        out = [c for c in first if c.score >= 0.4 * top][: limit - 1]
        if len(ranked) > 1:
            out.append(ranked[1][0])
        return out[:limit]

    @staticmethod
    def _with_continuations(chosen: list[Candidate], candidates: list[Candidate], limit: int) -> list[Candidate]:
        """Keep sentences whole in meaning: a chosen sentence that points back ("This team …") brings the one
        before it, and one that opens a list brings the sentences that carry it on ("Then, …")."""
        if not chosen:
            return chosen
        starts = tuple(cues()["continuation_starts"])
        by_place = {(c.passage.chunk.id, c.position): c for c in candidates}
        top = chosen[0]
        run = [top]
        if top.text.lower().startswith(starts):
            prev = by_place.get((top.passage.chunk.id, top.position - 1))
            if prev is not None:
                run.insert(0, prev)
        opens_list = top.text.rstrip().endswith(":")  # "The counterparts were:" brings its items
        for step in range(1, 7 if opens_list else 4):
            nxt = by_place.get((top.passage.chunk.id, top.position + step))
            if nxt is None or not (opens_list or nxt.text.lower().startswith(starts)):
                break
            run.append(nxt)
        rest = [c for c in chosen[1:] if c not in run]
        return run + rest[: max(0, limit - 1)]

    @staticmethod
    def _anchors(question: str, plan: QueryPlan, context: AnswerContext) -> list[str]:
        """What an answer must mention: the years the question names, and its rare proper names (those in at
        most three chunks of the whole store) unless they are glossary terms, which passages may spell out."""
        anchors = re.findall(r"\b(?:19|20)\d\d\b", question)
        glossary = {t.lower() for t in plan.glossary_terms}
        body = re.sub(r"^\W*\w+", "", question)
        for m in re.finditer(r"\b([A-Z][a-z][\w'’-]*[a-z])\b", body):
            word = re.sub(r"['’]s$", "", m.group(1))
            toks = tokenize(word)
            if not toks or word.lower() in glossary or any(word.lower() in g for g in glossary):
                continue
            rare = all(context.idf.get(t, 99.0) >= _RARE_IDF for t in toks)
            if rare and word not in anchors:
                anchors.append(word)
        return anchors

    @staticmethod
    def _counted_thing_unseen(question: str, passages: list[Passage]) -> str | None:
        """For "how many X" / "berapa X": some retrieved sentence must hold both X and a number, else no passage
        counts X (the question asks for a figure the knowledge base does not give)."""
        m = re.search(r"\bhow (?:many|much)\s+(?:of\s+)?(?:the\s+)?([A-Za-z][\w-]+)", question, re.I) or re.search(
            r"\bberapa\s+(?:banyak\s+|jumlah\s+)?([A-Za-z][\w-]+)", question, re.I
        )
        if not m:
            return None
        word = m.group(1).lower()
        renderings = [word] + (translate_terms(word) if not re.search(r"\bhow\b", m.group(0), re.I) else [])
        tokens = {t for r in renderings for t in tokenize(r)}
        if not tokens or tokens & _GENERIC_COUNTED:
            return None
        for p in passages:
            for sent in chunk_sentences(p.chunk):
                if re.search(r"\d", sent) and tokens & set(tokenize(sent)):
                    return None
        return word

    def _missing_terms(self, question: str, plan: QueryPlan, context: AnswerContext) -> list[str]:
        """Years, numbers and proper names of the question that no passage of the whole store contains."""
        vocab = context.idf
        missing = []
        body = re.sub(r"^\W*\w+", "", question)  # the first word is capitalised anyway
        for m in re.finditer(r"\b(\d{4}|\d+[.,]?\d*%?|[A-Z][\w'’-]*[A-Za-z])\b", body):
            word = m.group(1)
            toks = tokenize(word)
            if toks and all(t not in vocab for t in toks):
                missing.append(word)
        return list(dict.fromkeys(missing))

    def _unsupported_premise(self, question: str, plan: QueryPlan, passages: list[Passage]) -> str | None:
        """A question that presumes an event (withdrew, disbanded, failed …) that no passage mentions."""
        text = (plan.english or "") + " " + question
        verbs = [v for v in cues()["premise_verbs"] if re.search(rf"\b{re.escape(v)}\b", text, re.I)]
        if not verbs:
            return None
        corpus = " ".join(p.chunk.text.lower() for p in passages[: self.max_passages])
        for v in verbs:
            stem = re.sub(r"(ed|ing|s)$", "", v.lower())[:5]
            if not re.search(rf"\b{re.escape(stem)}", corpus):
                return v
        return None

    # -- composing -----------------------------------------------------------------------------------
    @staticmethod
    def _cite(chunk: Chunk, draft: Draft, quote: str = "") -> int:
        return cite(draft.citations, chunk, quote)

    def _quote(self, cand: Candidate, draft: Draft, lang: str) -> None:
        n = self._cite(cand.passage.chunk, draft, cand.text)
        draft.statements.append(Statement(frame_quote(cand.passage.chunk, cand.text, lang), [n]))

    def _chart_answer(self, caption: Chunk, types: set[str], ph: dict[str, str], draft: Draft) -> Draft:
        n = self._cite(caption, draft, caption.text)
        draft.statements.append(Statement(ph["paper"].format(quote=caption.text.replace("\n", " ")), [n]))
        draft.statements.append(Statement(ph["chart_missing"], framing=True))
        draft.refused = "figure" in types or "date" in types
        return draft

    def _add_reference_entries(self, chosen: list[Candidate], draft: Draft, lang: str, context: AnswerContext):
        """For "which source / can I trust" questions: the citations behind the chosen sentences, then each
        source's reference entry and the first problem recorded for it (e.g. a title that cannot fit the claim)."""
        if context.citation_index is None:
            return
        ph = phrases()[lang]
        keys: list[str] = []
        labels: list[str] = []
        for cand in chosen:
            chunk = cand.passage.chunk
            if chunk.kind in ("digest", "reference") and chunk.source_id not in keys:
                keys.append(chunk.source_id)  # a digest or record of a source speaks about that source
                continue
            if chunk.kind != "paper":
                continue
            marks = _clause_citations(cand, context) or _following_citations(cand, context.citation_index)
            for m in marks:
                if m.label not in labels:
                    labels.append(m.label)
                if m.key and m.key not in keys:
                    keys.append(m.key)
        if labels:
            first_paper = next(c for c in draft.citations if c.source_kind == "paper")
            draft.statements.append(Statement(ph["cites_for"].format(labels="; ".join(labels)), [first_paper.n]))
        by_key = {c.source_id: c for c in context.chunks if c.kind == "reference"}
        for key in keys[:3]:
            ref = by_key.get(key)
            if ref is None:
                continue
            lines = chunk_sentences(ref)
            n = self._cite(ref, draft)
            already = {s.text for s in draft.statements}
            entry = Statement(ph["reference"].format(quote=lines[0]), [n])
            if entry.text not in already:
                draft.statements.append(entry)
            anomaly = next((x for x in lines if x.startswith("Anomaly:")), None)
            if anomaly:
                note = Statement(ph["ref_note"].format(quote=anomaly[len("Anomaly: "):]), [n])
                if note.text not in already:
                    draft.statements.append(note)

    def _add_date_difference(self, draft: Draft, ph: dict[str, str]) -> None:
        found: list[tuple[date, str, int]] = []
        for s in draft.statements:
            for d, raw in find_dates(s.text):
                if s.cites and all(d != f[0] for f in found):
                    found.append((d, raw, s.cites[0]))
        if len(found) < 2:
            return
        (d1, r1, n1), (d2, r2, n2) = sorted(found[:2])
        days = (d2 - d1).days
        months = round(days / 30.44, 1)
        text = ph["computed"].format(d1=r1, d2=r2, days=days, months=f"{months:g}")
        draft.statements.append(Statement(text, sorted({n1, n2})))


def _clause_citations(cand: Candidate, context: AnswerContext):
    """In a sentence citing several sources clause by clause, the citations of the clauses the question is about."""
    index = context.citation_index
    marks = index.find(cand.text) if index else []
    if len(marks) <= 1:
        return marks
    q = cand.query_tokens
    best, best_cov = [], 0.0
    start = 0
    for m in marks:
        clause = set(tokenize(cand.text[start : m.start]))
        cov = sum(context.idf.get(t, 1.0) for t in clause & q)
        if cov > best_cov:
            best, best_cov = [m], cov
        start = m.end
    return best or marks


def _has(text: str, anchor: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(anchor)}", text, re.I))


def _following_citations(cand: Candidate, index: CitationIndex):
    """The first citation after the sentence in its paragraph (citations often close a run of sentences)."""
    text = cand.passage.chunk.text
    at = text.find(cand.text)
    if at < 0:
        return []
    rest = text[at + len(cand.text) :]
    para_end = rest.find("\n\n")
    rest = rest if para_end < 0 else rest[:para_end]
    marks = index.find(rest)
    return marks[:1]


def frame_quote(chunk: Chunk, quote: str, lang: str = "en") -> str:
    """A verbatim sentence with what it is: the paper, a digest (a summary, not the source), a reference
    record, the glossary or the user's document, named by its title (the verifier does not take the numbers of a
    title for claimed figures)."""
    lang = lang if lang in phrases() else "en"
    return phrases()[lang][chunk.kind].format(quote=quote.rstrip(), title=short_title(chunk.title, 90))


def idf_table(chunks: list[Chunk]) -> dict[str, float]:
    df: dict[str, int] = {}
    for c in chunks:
        for t in set(tokenize(c.embed_text())):
            df[t] = df.get(t, 0) + 1
    n = max(len(chunks), 1)
    return {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
