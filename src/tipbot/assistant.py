"""The one public API: ``Assistant.ask(question) -> Answer``, used by the CLI, the UI and the evals.

The chain is a LangChain runnable: check → plan (language, expansion) → retrieve → answer → verify.
Everything heavy (Chroma, the embedder) is loaded on first use and kept.
"""

from __future__ import annotations

import queue
import re
import threading
import time
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from langchain_core.runnables import RunnableLambda

from . import rx
from .answer import AnswerContext, Answerer, Draft, Statement, idf_table, phrases
from .answering import (
    ExtractiveAnswerer,
    Question,
    analyse,
    named_sources,
    store_figures,
    store_places,
    structural_passages,
)
from .answering.analysis import cites_other_work, is_abstract, question_language, recaser, refers_back
from .answering.analysis import words as question_words
from .answering.answerability import paper_authors_named
from .answering.compose import ph as reader_phrases
from .answering.compose import quote_abstract, quote_chunk
from .answering.compound import answered_already, asks_otherwise, lacks_direct, merge_answers, split_questions
from .answering.selection import has_constraint
from .citations import load_index
from .config import MAX_QUESTION_CHARS, Settings
from .errors import InvalidQuestionError, StoreUnavailableError
from .retrieval import Searcher, TipbotRetriever
from .schema import Answer, Passage
from .store import Store
from .verify import check_claim, figure_key


def check_question(question: object) -> str:
    """A clean question, or ``InvalidQuestionError`` saying what is wrong with it."""
    if not isinstance(question, str):
        raise InvalidQuestionError("The question must be text.")
    text = unicodedata.normalize("NFC", question).replace("\x00", "")
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    if text and printable / len(text) < 0.9:
        raise InvalidQuestionError("The question does not look like text (binary data?).")
    text = rx.sub(r"\s+", " ", text).strip()
    if not text:
        raise InvalidQuestionError("The question is empty: type a question about the paper or its sources.")
    if len(text) > MAX_QUESTION_CHARS:
        raise InvalidQuestionError(
            f"The question is {len(text)} characters long; the limit is {MAX_QUESTION_CHARS}. Ask a shorter question."
        )
    if not rx.search(r"\w", text):
        raise InvalidQuestionError("The question has no words in it.")
    return text


# Markup and template syntax: code or placeholders around or beside a question, never words of it. A script or style
# element goes with its code; any other tag goes and its text stays ("<b>What is SOMTC?</b>").
MARKUP = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>"  # an element whose content is code
    r"|<!--.*?-->"  # an HTML comment
    r"|<<.*?>>|\[\[.*?\]\]|\{\{.*?\}\}|\{%.*?%\}|\$\{.*?\}|<%.*?%>|<\|.*?\|>"  # template blocks, chat-template tokens
    r"|</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>",  # an HTML or XML tag
    re.S | re.I,
)
# A block that names a turn of a chat template (<<SYS>>, [[system]], <|im_start|>system, <assistant>) or opens with
# a speaker's label in capitals ([[ADMIN OVERRIDE: …]], {{DEVELOPER NOTE: …}}) dresses its text as a message to the
# model from someone with authority over it: an instruction, whatever it says.
ROLE_MARKER = re.compile(r"^\W*(?:/\s*)?(?:sys|system|inst|instructions?|assistant|im_start|im_end)\b", re.I)
SPEAKER_LABEL = re.compile(r"^\s*([A-Z][A-Z _-]*[A-Z])\s*:")  # a label in capitals: a speaker when it holds a role word


# an order not to use the sources or not to cite them, as an imperative ("do not include any citations", "don't
# use the paper", "jangan gunakan artikel maupun digest"), or to disregard them ("forget the paper", "lupain aja
# paper sama digestnya"): the verb opens its sentence or clause
SOURCE_ORDER = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:please\s+|tolong\s+)?(?:(?:do\s+not|don'?t|dont|never|no\s+need\s+to|jangan|jgn|"
    r"(?:tidak|tak|ga|gak|nggak|ngga)\s+usah|gausah|gaush|gakusah)\s+(?:\w+\s+){0,2}?"
    r"(?:use|cite|include|mention|name|look\s+at|rely\s+on|gunakan|menggunakan|pakai|memakai|pake|sertakan|kutip|"
    r"mengutip|ngutip|sebut|sebutkan|menyebut|menyebutkan|nyebut|"
    r"lihat|liat)|ignore|forget|disregard|abaikan|lupakan|lupain)\s+(?:\w+\s+){0,2}?"
    r"(?:paper|article|artikel|sources?|sumber|citations?|sitasi|digests?|knowledge\s+base)\b", re.I)


def _speaker_label(inner: str) -> bool:
    m = SPEAKER_LABEL.match(inner)
    roles = question_words()["speaker_roles"]
    return bool(m) and any(w in roles for w in rx.split(r"[ _-]+", m.group(1).lower()))


NAMED_SOURCE_WANTED = 5  # passages of a named source searched when the question asks what that source says
# words that speak of the authors as people ("penulis pertama paper ini, Hanny Pratiwi, …", "… dari kampus mana?"):
# their names then are no mere reference to the paper
_AUTHOR_NOUNS = re.compile(r"\b(?:authors?|authored|wrote|written|writers?|penulis\w*|ditulis|menulis|based|asal\w*|"
                           r"kampus\w*|universit\w*|institut\w*|affiliat\w*|afiliasi\w*)\b", re.I)
FIGURES_SOUGHT = 2  # figures of a question whose passages are looked up when none retrieved holds them
FIGURE_PASSAGES = 2  # passages added for each such figure


@lru_cache(maxsize=1)
def _injection_pattern() -> re.Pattern:
    """The ``injection`` word list as one pattern, each phrase from the start of a word to the end of one
    ("abaikan", not the "diabaikan" of "korban yang diabaikan"; "you're dan", not "you're dangerous"; a number may
    follow: "paper2an")."""
    words = sorted(question_words()["injection"], key=len, reverse=True)
    return rx.compile("|".join((r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w)
                               + (r"(?![a-z])" if w[-1].isalnum() else "") for w in words), re.I)


@lru_cache(maxsize=256)  # (a message is split twice: for its questions, then by the chain's first step)
def split_injection(question: str) -> tuple[str, bool]:
    """The question without markup and without what tries to instruct the assistant; and whether anything did.

    Markup and template syntax alone (``<script>…</script>``, ``{{7*7}}``) is removed and is not an instruction: an
    instruction is a sentence or a block that holds a phrase aimed at the assistant (the ``injection`` word list:
    ignore previous instructions, print your prompt, pretend …), or a block that names a turn of a chat template or
    opens with a speaker's label (a role in capitals: ``[[ADMIN OVERRIDE: …]]``, not ``[[TPPO: …]]``).
    """
    instructs = _injection_pattern()

    def block(m: re.Match) -> str:
        nonlocal found
        inner = m.group(0).strip("<>[]{}%$|")
        found = found or bool(instructs.search(m.group(0)) or ROLE_MARKER.match(inner)) or _speaker_label(inner)
        return " "

    found = False
    cleaned = MARKUP.sub(block, question)
    parts = rx.split(r"(?<=[.!?])\s+", rx.sub(r"\s+", " ", cleaned).strip())
    keep = []
    for part in parts:
        if instructs.search(part) or SOURCE_ORDER.search(part):
            found = True
            continue
        keep.append(part)
    return " ".join(keep).strip(), found


def first_quoted(statements: list[Statement]) -> list[Statement]:
    """The first passage an answer quotes, with the direct answer before it if there is one ("In short: 46%" is
    no passage; the quote that bears it out comes with it)."""
    said = [s for s in statements if not s.framing]
    return said[: next((i + 1 for i, s in enumerate(said) if "“" in s.text), 1)]


def _answerer(settings: Settings) -> Answerer:
    if settings.answerer == "extractive":
        return ExtractiveAnswerer()
    from .llm import llm_answerer

    return llm_answerer(settings)


class Assistant:
    """Answers questions from the store with citations; one instance serves many questions."""

    def __init__(self, settings: Settings | None = None, answerer: Answerer | None = None, k: int = 5,
                 retrieval_mode: str = "hybrid", store: Store | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.k = k
        self._store = store
        self._retrieval_mode = retrieval_mode
        self._searcher: Searcher | None = None
        self._answerer = answerer
        self._context: AnswerContext | None = None
        self._recaser = None  # (built from the store's names on first use: ``recased``)
        self._chain = None
        self._init_lock = threading.RLock()  # first use may come from several UI threads at once

    # -- lazy parts -----------------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        with self._init_lock:
            if self._store is None:
                self._store = Store(self.settings)
            if self._store.info is None:
                self._store.open()
            return self._store

    @property
    def searcher(self) -> Searcher:
        with self._init_lock:
            if self._searcher is None:
                glossary = _knowledge_file(self.store, "glossary.json")
                self._searcher = Searcher(self.store, glossary, mode=self._retrieval_mode)
            return self._searcher

    @property
    def answerer(self) -> Answerer:
        with self._init_lock:
            if self._answerer is None:
                self._answerer = _answerer(self.settings)
            return self._answerer

    @property
    def context(self) -> AnswerContext:
        with self._init_lock:
            return self._build_context()

    def _build_context(self) -> AnswerContext:
        if self._context is None:
            refs = _knowledge_file(self.store, "references.json")
            self._context = AnswerContext(
                chunks=self.store.chunks,
                citation_index=load_index(refs) if refs else None,
                idf=idf_table(self.store.chunks),
                sentence_vectors=self.store.sentence_vectors,
                store_figures=store_figures(self.store.chunks),
                store_places=store_places(self.store.chunks),
            )
        return self._context

    def retriever(self, k: int | None = None, **filters) -> TipbotRetriever:
        """The LangChain retriever over this assistant's store."""
        return TipbotRetriever(searcher=self.searcher, k=k or self.k, **filters)

    # -- the chain --------------------------------------------------------------------------------------
    def chain(self):
        """question → plan → retrieve → answer → verify, as one LangChain runnable returning an ``Answer``."""
        if self._chain is None:
            self._chain = (
                RunnableLambda(self._step_check)
                | RunnableLambda(self._step_retrieve)
                | RunnableLambda(self._step_answer)
                | RunnableLambda(self._step_verify)
            )
        return self._chain

    def recased(self, text: str) -> str:
        """``text`` with the store's names typed in lower case written as the store writes them
        (``answering.analysis.recaser``, built once per store)."""
        if not isinstance(text, str):
            return text  # (not a question: ``check_question`` says so)
        if self._recaser is None:
            with self._init_lock:
                self._recaser = self._recaser or recaser(self.context.store_names, self.context.lower_words,
                                                         self.context.cited_authors)
        return self._recaser(text)

    def ask(self, question: str, previous: str | None = None) -> Answer:
        """Answer ``question``; ``previous`` is the conversation's last question (as read: a follow-up's
        ``Answer.read_as``, so that follow-ups chain), against which a follow-up
        ("and in 2022?", "siapa yang memimpinnya?") is read."""
        # (names typed in lower case, "kbri phnom penh", read as the store writes them)
        question, previous = self.recased(question), previous and self.recased(previous)
        answer = self.chain().invoke({"question": question, "previous": previous})
        pieces, whole_type = self._questions(question)
        if len(pieces) < 2:
            return answer
        # a message that asks several questions: the whole message's answer first, then each later question's own
        # answer (read against the one before as a follow-up) where it quotes passages the first does not; when
        # the whole message is refused, each question is answered on its own (one that cannot be answered still
        # says so)
        # (so is each of several questions that asks a value computed from the text of its own subject: one
        # computation of the whole message would mix their figures, "naik brp dr 2019 ke 2024? trus IPG naik brp
        # poin dr 2020?"; not a question that refers back, "turun dr brp ke brp? selisihnya brp?", one computation)
        computed = sum(bool(analyse(p).arithmetic) and (i == 0 or not refers_back(p))
                       for i, p in enumerate(pieces)) >= 2
        if answer.unheld or computed:
            first = self.chain().invoke({"question": pieces[0], "previous": previous})
            answers, keep_refusals = [first], not computed
        else:
            answers, keep_refusals = [answer], False
        phrases = reader_phrases(answer.language)
        labels: list[str] = []  # (which part each later answer answers)
        quoted = {(c.chunk_id, c.quote or c.text) for c in answers[0].citations}
        before = pieces[0]
        # ("who opened it? and on what date?": the whole message is read by one interrogative, which need not be
        # the first question's; the first question is then answered on its own too, as the later ones)
        own = pieces if not keep_refusals and (asks_otherwise(pieces[0], whole_type) or lacks_direct(
            answers[0], whole_type, phrases["direct"])) else pieces[1:]
        # (a later question that points back at one the sources cannot answer asks about what they do not hold:
        # "What is Malaysia's national action plan …, and when was it adopted?" has no date to give)
        unheld = answers[0].unheld
        for piece in own:
            first_own = piece is pieces[0]
            if not first_own and (answered_already(piece, answers) or unheld and refers_back(piece)):
                before = piece
                continue
            part = self.chain().invoke({"question": piece, "previous": previous if first_own else before,
                                        "context": before if refers_back(piece) and not first_own else None})
            before, unheld = piece, part.unheld
            new = {(c.chunk_id, c.quote or c.text) for c in part.citations} - quoted
            # (the first question's own answer may quote what the whole message's does and still answer otherwise:
            # its first line, the direct answer, differs)
            new = new or (first_own and part.text.split("\n")[0] != answer.text.split("\n")[0])
            if new and (keep_refusals or not part.refused or part.corrected):
                answers.append(part)
                labels.append(phrases["first_part" if first_own else "next_part"])
                quoted |= {(c.chunk_id, c.quote or c.text) for c in part.citations}
        if len(answers) == 1 and answers[0] is answer or all(a.refused for a in answers):
            return answer
        return merge_answers(question, answers, answer.language, labels)

    def _questions(self, question: str) -> tuple[list[str], str]:
        """The questions a message asks (see ``answering.compound``), with the answer type the whole message is
        read as ("" for one question); one when the message is not a valid question (the chain reports why), is
        conversational, holds an injected instruction, asks for a summary, or compares or spans two things in one
        clause (the reader's own parts)."""
        try:
            core, injected = split_injection(check_question(question))
        except InvalidQuestionError:
            return [question], ""
        if injected or not core.strip():
            return [question], ""
        # (in the language ``analyse`` reads it in; the whole analysis only for a message of several questions)
        pieces = split_questions(core, question_language(core)[0])
        if len(pieces) < 2:
            return [question], ""
        whole = analyse(core)
        # (a summary's questions say what it should cover: "Summarize section 3.1: who works in the teams, and …")
        if whole.conversational or whole.answer_type in ("comparison", "summary") or whole.interval:
            return [question], ""
        return pieces, whole.answer_type

    def stream(self, question: str, previous: str | None = None) -> Iterator[tuple[str, object]]:
        """``("token", text)`` events while the answer is written, then ``("answer", Answer)``.

        With an LLM backend the tokens are the raw generation (the final, verified answer may differ: failing
        sentences are removed). The extractive answerer yields its verified lines.
        """
        answerer = self.answerer
        if not hasattr(answerer, "on_token"):
            answer = self.ask(question, previous)
            for line in answer.text.splitlines(keepends=True):
                yield "token", line
            yield "answer", answer
            return
        events: queue.Queue = queue.Queue()
        result: dict[str, object] = {}

        def run() -> None:
            answerer.on_token = lambda tok: events.put(("token", tok))
            try:
                result["answer"] = self.ask(question, previous)
            except Exception as exc:  # handed to the caller's thread below
                result["error"] = exc
            finally:
                answerer.on_token = None
                events.put(None)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        while (event := events.get()) is not None:
            yield event
        worker.join()
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        yield "answer", result["answer"]

    def _step_check(self, request: dict | str) -> dict:
        t0 = time.perf_counter()
        if isinstance(request, str):
            request = {"question": request}
        q = check_question(request["question"])
        core, injected = split_injection(q)
        if not injected and not rx.search(r"\w", core):  # markup or template code and nothing else
            raise InvalidQuestionError("The question holds only markup or template code, no words to look up: "
                                       "type a question about the paper or its sources.")
        previous = request.get("previous")
        before: Question | None = None
        if previous and isinstance(previous, str) and previous.strip():
            before = analyse(split_injection(previous.strip())[0] or previous.strip())
        analysis = analyse(core or q, previous=before)
        if (analysis.about_document or analysis.names_paper) and cites_other_work(
                analysis, self.settings.profile.paper_id,
                frozenset(c.source_id for c in self.store.chunks if c.kind == "reference")):
            # "who wrote the Khairi (2021) article?": the article is a cited work, not this paper, and its
            # reference record names who wrote it and where
            if analysis.about_document and analysis.answer_type == "actor":
                analysis.answer_type = "source"
            # (nor is a summary of it one of the paper as a whole: "ringkasin artikel Khairi 2021 yg dikutip")
            analysis.about_document = analysis.names_paper = analysis.wants_paper = analysis.whole_paper = False
        return {"question": q, "core": core, "injected": injected, "analysis": analysis, "t0": t0, "timings": {},
                "context": request.get("context")}

    def _step_retrieve(self, state: dict) -> dict:
        t = time.perf_counter()
        searcher = self.searcher
        _ = self.context
        analysis: Question = state["analysis"]
        # a later question of the same message that refers back ("di kota mana rapat itu diadakan?") is searched
        # with the question before it, which names what "itu" is; the reader still reads the question alone
        context = state.get("context")
        authors = paper_authors_named(analysis, self.context) if not context else []
        # ("… according to Pratiwi & Sukandar": the paper is searched for, not an earlier work one of them wrote)
        unnamed = rx.sub("|".join(rf"\b{re.escape(n)}\b" for n in authors), " ", analysis.text) if authors else ""
        people = bool(authors) and (analysis.answer_type in ("actor", "place") or bool(_AUTHOR_NOUNS.search(
            analysis.text)))
        if people and analysis.answer_type != "quantity":
            # ("where are pratiwi and sukandar based?": who the authors are, or where, is the front matter's; not
            # a count of their other work, "udah nulis brp artikel?", which it does not give)
            analysis.about_document = True
        elif authors and not people and analysis.answer_type not in ("definition", "summary"):
            # (and read as naming the paper: its authors are no term of the question, nor a constraint a sentence
            # must hold, which a sentence citing an earlier work of one of them, "(Pratiwi & Yunda, 2020)", would
            # satisfy)
            analysis.constraints.names = [n for n in analysis.constraints.names if not set(
                rx.split(r"\s*(?:&|,|\band\b|\bdan\b|\s)\s*", n)) <= set(authors)]
            analysis.names_paper = True
            analysis.wants_paper = not analysis.wants_source
            either = "|".join(re.escape(n) for n in authors)
            analysis.text = unnamed = rx.sub(r"\s{2,}", " ", rx.sub(
                rf"\b(?:{either})(?:\s*(?:&|,|\band\b|\bdan\b)?\s*(?:{either}))*\b(?:['’]s\b)?", " ",
                analysis.text)).strip(" ,")
        plan = searcher.plan(analysis.text, analysis.language)
        plan.analysis = analysis
        search_plan = searcher.plan(f"{analysis.text} {context}", analysis.language) if context else \
            searcher.plan(unnamed, analysis.language) if unnamed and unnamed != analysis.text else plan
        # a glossary term typed in lower case ("satgas tppo dibentuk kapan") names the same thing as its capitalised
        # form: it is a constraint of the question as much as "Satgas TPPO" would be
        named = [n.lower() for n in analysis.constraints.names]
        analysis.constraints.names += [t for t in plan.glossary_terms
                                       if not any(t.lower() in n or n in t.lower() for n in named)]
        if analysis.conversational:
            state.update(plan=plan, passages=[], extra=[])
            state["timings"]["retrieve"] = (time.perf_counter() - t) * 1000
            return state
        try:
            passages = searcher.search(search_plan, k=max(self.k, 8)) if state["core"] else []
        except StoreUnavailableError:
            self.store.reconnect()
            passages = searcher.search(search_plan, k=max(self.k, 8))
        if search_plan is not plan:
            plan.vectors = searcher.embed_plan(plan)
        named = structural_passages(analysis, self.store.chunks, self.context.idf) if state["core"] else []
        cited: list = []
        # (the paper named by its authors names none of its sources: "Pratiwi & Sukandar" is not "Pratiwi & Yunda")
        for sid in named_sources(analysis, self.store.chunks, self.context.idf)[:2] if state["core"] and not (
                authors and analysis.names_paper) else []:
            # a source the question names by its author ("the Alifia thesis"): its best passages follow the best
            # ranked passage
            # (more of them when the question asks for what the source itself says: "according to the digest …")
            cited += searcher.search(plan, k=NAMED_SOURCE_WANTED if analysis.wants_source else 2, sources=[sid])
        if cited:
            ids = {p.chunk.id for p in cited}
            rest = [p for p in passages if p.chunk.id not in ids]
            passages = rest[:1] + cited + rest[1:]
        if named:  # what the question names by the text's structure comes first, then the ranked passages
            ids = {p.chunk.id for p in named}
            passages = (named + [p for p in passages if p.chunk.id not in ids])[: max(self.k, 8) + len(named)]
        extra = self._extra_passages(plan, passages, analysis.wants_paper)
        seen = {p.chunk.id for p in passages + extra}
        # each part of a multi-part question gets its own (keyword) search, and so do the things the question
        # names (its names, documents, places and years), which the evidence must hold together
        c = analysis.constraints
        named_terms = " ".join([*c.names, *(d.replace("/", " ") for d in c.documents), *c.places, *c.years])
        searches = [*analysis.parts[:3], *([named_terms] if c.names or c.documents else [])]
        for part in searches:
            for p in searcher.search(searcher.plan(part, analysis.language), k=3, mode="bm25"):
                if p.chunk.id not in seen:
                    seen.add(p.chunk.id)
                    extra.append(p)
        extra += self._figure_passages(analysis, passages + extra) if state["core"] else []
        state.update(plan=plan, passages=passages, extra=extra)
        state["timings"]["retrieve"] = (time.perf_counter() - t) * 1000
        return state

    def _figure_passages(self, analysis, found: list) -> list:
        """The passages that give a figure the question gives ("dari 2.648 korban itu …", two of them at most a
        figure), when none of those retrieved does: a question built around a figure may not rank the one passage
        that holds it (not a year, which dates many passages)."""
        c = analysis.constraints
        extra: list = []
        seen = {p.chunk.id for p in found}
        low = min((p.score for p in found), default=0.0)
        for number in [n for n in c.numbers if n not in c.years][:FIGURES_SOUGHT]:
            if figure_key(number) not in self.context.store_figures or any(
                    has_constraint(p.chunk.text, number) for p in found):
                continue
            holding = [ch for ch in self.store.chunks if ch.id not in seen and has_constraint(ch.text, number)]
            for chunk in holding[:FIGURE_PASSAGES]:
                seen.add(chunk.id)
                extra.append(Passage(chunk, low, rank=len(found) + len(extra)))
        return extra

    def _extra_passages(self, plan, passages: list, wants_paper: bool = False) -> list:
        """More material for the answerer (not shown as retrieved): the best digests and reference records, which
        the paper-first ranking can push below the cut, so that "according to the digest …" can be answered; and
        for "according to the paper …", the paper's best passages, which a glossary entry or digest that uses the
        question's own acronym ("Satgas TPPO") can push below it."""
        if not passages:
            return []
        seen = {p.chunk.id for p in passages}
        extra = []
        for kind, n in (("digest", 2), ("reference", 1), *((("paper", 2),) if wants_paper else ())):
            for p in self.searcher.search(plan, k=n, kinds=[kind]):
                if p.chunk.id not in seen:
                    seen.add(p.chunk.id)
                    extra.append(p)
        return extra

    def _step_answer(self, state: dict) -> dict:
        t = time.perf_counter()
        plan = state["plan"]
        lang = plan.language if plan.language in phrases() else "en"
        ph = phrases()[lang]
        if state["analysis"].conversational and not state["injected"]:
            draft = self._converse(state["analysis"])
        elif state["injected"] and (not state["core"] or not rx.search(r"\w+\?|\b(what|who|when|how|which|why|"
                                                                      r"apa|siapa|kapan|berapa|mengapa|kenapa)\b",
                                                                      state["core"], re.I)):
            draft = self._declined(state, ph)
        else:
            draft = self.answerer.answer(state["core"], plan, state["passages"] + state["extra"], self.context)
            if state["injected"]:
                draft.statements.append(Statement(ph["injection_ignored"], framing=True))
        state["draft"] = draft
        state["timings"]["answer"] = (time.perf_counter() - t) * 1000
        return state

    def _converse(self, q: Question) -> Draft:
        """Greetings, thanks, "what can you do?" and "what is this paper about?": a short reply in the user's
        language with three example questions from the knowledge profile; the abstract for the last."""
        p = reader_phrases(q.language)
        draft = Draft(statements=[], citations=[])
        if q.kind == "about":
            abstract = [c for c in self.store.chunks if c.kind == "paper" and is_abstract(c.section)]
            if abstract:
                draft.statements.append(Statement(p["about"], framing=True))
                quote_abstract(draft, abstract[0], q.language)
                return draft
        kind = q.kind if q.kind in ("greeting", "thanks", "capabilities") else "greeting"
        draft.statements.append(Statement(p[kind].format(paper=self.settings.profile.short_title), framing=True))
        examples = self.settings.profile.examples
        asked = [e for e in examples.get(q.language) or examples.get("en") or [] if e.rstrip().endswith("?")]
        draft.statements.extend(Statement(f"- {e}", framing=True) for e in asked[:3])
        return draft

    def _declined(self, state: dict, ph: dict[str, str]) -> Draft:
        draft = Draft(statements=[Statement(ph["injection_declined"], framing=True)], citations=[], refused=True)
        # Point to what the paper does conclude, found with the question's own words minus the instructions.
        words = rx.sub(r"(?i)ignore|previous|instructions|print|system|prompt|word for word|tell me", " ",
                       state["question"])
        passages = self.searcher.search(self.searcher.plan(words), k=3, kinds=["paper"])
        if passages:
            inner = ExtractiveAnswerer()
            sub = inner.answer(words, self.searcher.plan(words), passages, self.context)
            quoted = first_quoted(sub.statements)
            if quoted:
                draft.statements.append(Statement(ph["closest"], framing=True))
                draft.statements.extend(quoted)
                draft.citations = sub.citations
        return draft

    def _step_verify(self, state: dict) -> Answer:
        t = time.perf_counter()
        draft: Draft = state["draft"]
        by_n = {c.n: c for c in draft.citations}
        removed = list(draft.removed)
        kept = []
        for s in draft.statements:
            if s.framing:
                kept.append(s)
                continue
            reason = check_claim(s.render(), by_n)
            if reason is None:
                kept.append(s)
            else:
                removed.append({"sentence": s.render(), "reason": reason})
        # a framing line that introduces something ("The closest passage:") goes if what it introduced went
        if not state["analysis"].conversational:  # (a greeting introduces framing lines: its examples)
            kept = [s for i, s in enumerate(kept)
                    if not (s.framing and s.text.endswith(":") and (i + 1 == len(kept) or kept[i + 1].framing))]
        draft.statements = kept
        used = {n for s in kept for n in s.cites}
        draft.citations = [c for c in draft.citations if c.n in used]
        renumber = {c.n: i + 1 for i, c in enumerate(draft.citations)}
        for c in draft.citations:
            c.n = renumber[c.n]
        for s in kept:
            s.cites = [renumber[n] for n in s.cites if n in renumber]
        if not any(not s.framing for s in kept) and not state["analysis"].conversational:
            if not draft.refused or not kept:
                # never an empty answer: when the verifier removed every claim, the user gets a refusal and the
                # closest passage, quoted whole (a verbatim sentence always passes the verifier)
                draft.statements, draft.citations = self._nothing_survived(state)
                draft.bullets = draft.corrected = False
            draft.refused = True
        state["timings"]["verify"] = (time.perf_counter() - t) * 1000
        state["timings"]["total"] = (time.perf_counter() - state["t0"]) * 1000
        return Answer(
            question=state["question"],
            text=draft.render(),
            citations=draft.citations,
            retrieved=state["passages"][: self.k],
            language=state["analysis"].language,
            refused=draft.refused,
            corrected=draft.refused and draft.corrected,
            backend=self.answerer.name,
            timings_ms=state["timings"],
            removed=removed,
            notes=draft.notes,
            read_as=state["analysis"].text if state["analysis"].reading else "",
        )

    def _nothing_survived(self, state: dict) -> tuple[list[Statement], list]:
        p = reader_phrases(state["analysis"].language)
        fallback = Draft(statements=[Statement(p["not_found"], framing=True)], citations=[])
        passages = [x for x in state.get("passages", []) if x.chunk.kind != "reference"] or state.get("passages", [])
        if passages:
            fallback.statements.append(Statement(p["closest"], framing=True))
            quote_chunk(fallback, passages[0].chunk, state["analysis"].language, sentences=1)
        return fallback.statements, fallback.citations


def _knowledge_file(store: Store, name: str) -> str | None:
    for root in (store.info.roots if store.info else []):
        p = Path(root) / name
        if p.exists():
            return str(p)
    p = store.settings.knowledge / name
    return str(p) if p.exists() else None
