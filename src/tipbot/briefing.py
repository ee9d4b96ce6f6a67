"""A one-page briefing on a topic for NGO activists and staff: key points, a table of figures, actors, dated
events, what the sources disagree on or leave open, and a bibliography — every line quoted and cited.

A topic the sources do not cover is refused the way ``ask`` refuses a question (the same answerability test), and
also when a word of the topic is one no passage uses, or the best sentences hold too little of its words (a
briefing is about every word of its topic, not only the one the sources happen to use)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from . import rx
from .answer import Statement, frame_quote, phrases
from .answering import Evidence, Question, gather, select_key_points
from .answering.analysis import content_words, time_unit_words
from .answering.answerability import MIN_TERMS
from .answering.compose import ph as reader_phrases
from .answering.selection import idf_coverage
from .chunking import chunk_sentences
from .documents import notes_on_paper
from .errors import InvalidQuestionError
from .keyword import tokenize
from .present import short_title
from .query import translate_terms
from .report import CitedReport, Grouped, Section, clean_record, quotable
from .sourcecheck import sources_of
from .timeline import events
from .verify import reported_figures

_NOT_ACTOR = {"The", "This", "In", "On", "At", "From", "Data", "According"}
# a proper name goes on through "of/for/on the + Capitalised words" ("Directorate for the Protection of Indonesian
# Citizens"), not through a lower-case word or a place introduced by "at/in"
_NAME_TAIL = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*")
_MONTH_NAME = re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|November|December")


def _full_name(text: str, start: int, end: int) -> str:
    """The actor's name from ``start``: the match, extended over the rest of a multi-part proper name."""
    end = start + len(text[start:end].rstrip())
    while (m := _NAME_TAIL.match(text, end)) is not None:
        end = m.end()
    return text[start:end].strip().rstrip(",.")


def topic_words(q: Question) -> dict[str, set[str]]:
    """The topic's content words, each with its tokens and its English renderings' (the passages are English,
    and a short topic's language is not always detected: "Kerja sama polisi Indonesia–Kamboja").
    ``InvalidQuestionError`` when there are none ("x", "the"): nothing to brief on."""
    out = {}
    for w in content_words(q.text, q.language):
        toks = set(tokenize(w)) | set(tokenize(" ".join(translate_terms(w))))
        if toks:
            out[w] = toks
    if not out:
        raise InvalidQuestionError(f"“{q.text}” names no subject to brief on: give a topic of at least one word "
                                   "that is not a stop word, e.g. a body, a law, a country or an event.")
    return out


def uncovered(q: Question, pool: list[Evidence], idf: dict[str, float]) -> list[str] | None:
    """Why the sources do not cover the topic, or None when they do: the topic's words that no passage of the
    store uses (a topic has no framing, every word of it is its subject: "fisheries" in "Philippine fisheries
    policy"), else ``[]`` when no sentence of ``pool`` holds the reader's ``MIN_TERMS`` share of its words.

    An Indonesian word the word lists cannot render is not counted as unknown: it says more about the lexicon
    than about the sources."""
    words = topic_words(q)
    unknown = [w for w, toks in words.items() if not toks & idf.keys() and (q.language != "id" or translate_terms(w))]
    if unknown:
        return unknown
    terms = {t for toks in words.values() for t in toks}
    best = max((idf_coverage(e.tokens, terms, idf) for e in pool), default=0.0)
    return None if best >= MIN_TERMS else []


@lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("tipbot").joinpath("data/briefing_phrases.json").read_text(encoding="utf-8"))


def of_topic(refusal: str) -> str:
    """A refusal or correction the reader words for a question ("… does not contain the answer to this question:
    no passage mentions “fisheries”.", "The sources do not state the figure your question gives."), worded for a
    briefing's topic in the same language, its reason kept. The reader's phrases replaced, and their
    replacements, are ``data/briefing_phrases.json``."""
    openings = []
    for lang, own in _phrases().items():
        if not lang.startswith("_"):
            openings += [(reader_phrases(lang)[key].split("{")[0].rstrip("."), wording.rstrip("."))
                         for key, wording in own.items()]
    for question, topic in sorted(openings, key=lambda o: len(o[0]), reverse=True):
        if refusal.startswith(question):
            return topic + refusal[len(question):]
    return refusal


@lru_cache(maxsize=1)
def _span_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The word lists of ``data/briefing_words.json``, compiled once: a number with a unit of time after it
    (joined by a hyphen or a space), a span word ending the text before it (one word between them at most), and
    a span word opening the text after it."""
    w = json.loads(resources.files("tipbot").joinpath("data/briefing_words.json").read_text(encoding="utf-8"))

    def words(key: str) -> str:
        return "|".join(re.escape(x) for x in sorted(w[key], key=len, reverse=True))

    units = "|".join(re.escape(x) for x in sorted(time_unit_words(), key=len, reverse=True))
    counted = rx.compile(rf"(?<![\d.,])(\d[\d.,]*)(-|\s+)(?:{units})\b(?:['’]s?)?", re.I)
    before = rx.compile(rf"\b(?:{words('span_before')})(?:\s+[^\s\d]+)?\s*$", re.I)
    after = rx.compile(rf"\s*(?:{words('span_after')})\b", re.I)
    return counted, before, after


def periods(sentence: str) -> list[str]:
    """The numbers of a sentence that count units of time as a span (``data/briefing_words.json``): a span
    word within two words before the number ("in the last 12 months", "over 3 years", "dalam 12 bulan"), one
    after its unit ("12 months later", "12 bulan terakhir"), or a hyphen joining the two ("12-month")."""
    counted, before, after = _span_words()
    return [m.group(1) for m in counted.finditer(sentence)
            if m.group(2) == "-" or before.search(sentence[: m.start()]) or after.match(sentence, m.end())]


def topic_figures(sentence: str) -> list[str]:
    """The figures of a sentence that are figures of its topic: ``reported_figures`` without the spans of time
    it is counted over (``periods``). A number that also stands elsewhere in the sentence as a figure of its own
    ("12 suspects … in the last 12 months") is kept."""
    spans = periods(sentence)
    out = []
    for f in reported_figures(sentence):
        number = rx.match(r"\d[\d.,]*", f)
        count = len(rx.findall(rf"(?<![\d.,]){re.escape(number.group(0))}(?!\d)", sentence)) if number else 0
        if not number or spans.count(number.group(0)) < count:
            out.append(f)
    return out


def reference_entry(ref_lines: list[str]) -> str:
    """The "Reference entry: …" line of a reference record, without empty fields ("(2022). ." → "(2022).")."""
    return clean_record(ref_lines[0].removeprefix("Reference entry:").strip())


def build_briefing(assistant, topic: str, lang: str = "en") -> CitedReport:
    ph = phrases()[lang]
    report = CitedReport(title=ph["brief_title"].format(topic=topic), intro=ph["brief_intro"], lang=lang)
    q, pool = gather(assistant, topic, kinds=["paper", "digest"], k=8)
    topic_words(q)  # (a topic of stop words alone is an error, not a refusal)
    probe = assistant.ask(topic)
    # (the probe answers in the topic's language; a briefing asked for in another language says it in its own, and
    # names the topic's words no passage uses in that language: "harbour casino licensing" asked for in Indonesian)
    same = getattr(probe, "language", lang) == lang
    if probe.refused:  # the same answerability test as a question: no briefing on what the sources do not hold
        report.refused = True
        report.intro = probe.text.splitlines()[0] if probe.text.strip() and same else ph["not_found"].format(missing="")
    missing = None if report.refused and same else uncovered(q, pool, assistant.context.idf)
    if missing is not None:  # a word of the topic no passage uses, or too little of its words in the best sentences
        report.refused = True
        terms = ", ".join(f"“{w}”" for w in missing)
        report.intro = reader_phrases(lang)["not_found_terms"].format(terms=terms) if missing else \
            ph["not_found"].format(missing="")
    if report.refused:
        report.intro = of_topic(report.intro)
        return report
    said = {id(e): quotable(e.chunk, e.text) for e in pool}
    pool = [e for e in pool if said[id(e)]]

    def quote(chunk, sent: str, raw: str | None = None) -> Statement:
        return Statement(frame_quote(chunk, sent, lang), [report.cite(chunk, raw or sent)])

    key_points = select_key_points(pool, 5)
    key_points.sort(key=lambda e: (e.chunk.kind != "paper", e.chunk.order, e.position))
    report.sections.append(Section(ph["brief_key_points"],
                                   [quote(e.chunk, said[id(e)], e.text) for e in key_points]))

    table = [[ph["figure_col"], ph["context_col"], ph["source_col"]]]
    used: set[str] = set()
    top = max((e.score for e in pool), default=0.0)
    # (a span of time a figure is counted over is not one: "in the last 12 months")
    # a figure counts when its sentence is on the topic, or sits in a passage a key point comes from (the figure
    # of "it succeeded in saving 2,778 people" is the task force's, though the sentence does not name it)
    key_chunks = {e.chunk.id for e in key_points}
    for e in sorted(pool, key=lambda e: (e.chunk.id not in key_chunks and e.score < 0.5 * top, -e.score)):
        text = said[id(e)]
        figs = topic_figures(text)
        if not figs or text in used or (e.score < 0.5 * top and e.chunk.id not in key_chunks) or (
                e.chunk.kind == "paper" and not e.chunk.section[:1].isdigit()):
            continue
        used.add(text)
        table.append([", ".join(figs), f"“{text}”", f"[{report.cite(e.chunk, e.text)}]"])
        if len(table) > 8:
            break
    if len(table) > 1:
        report.sections.append(Section(ph["brief_figures"], table=table))

    actors = Section(ph["brief_actors"])
    seen: set[str] = set()
    for e in key_points + [x for x in pool if said[id(x)] in used]:
        text = said[id(e)]
        for m in assistant.settings.profile.actor_regex.finditer(text):
            name = _full_name(text, m.start(1), m.end(1))
            if name.split()[0] in _NOT_ACTOR:
                name = " ".join(name.split()[1:])
            if len(name.split()) < 2 or name.lower() in seen or _MONTH_NAME.search(name):
                continue
            seen.add(name.lower())
            actors.statements.append(Statement(name, [report.cite(e.chunk, e.text)]))
    if actors.statements:
        report.sections.append(actors)

    chunks = list({e.chunk.id: e.chunk for e in pool}.values())
    dated = Section(ph["brief_events"])
    for ev in events(chunks)[:10]:  # (the lines of one date listed under it, the date in one form)
        st = quote(ev.chunk, ev.sentence)
        when = ev.shown(lang)
        dated.statements.append(Grouped(f"{when}: {st.text}", st.cites, group=when))
    if dated.statements:
        report.sections.append(dated)

    open_q = Section(ph["brief_open"])
    for chunk in chunks:
        if chunk.kind == "digest" and notes_on_paper(chunk.section):
            for sent in [s for s in (quotable(chunk, x) for x in chunk_sentences(chunk)) if s][:2]:
                open_q.statements.append(quote(chunk, sent))
    context = assistant.context
    refs = {c.source_id: c for c in context.chunks if c.kind == "reference"}
    quoted = [(e.chunk, e.text) for e in key_points + [x for x in pool if said[id(x)] in used]]
    quoted += [(ev.chunk, ev.sentence) for ev in events(chunks)[:10]]
    keys = list(dict.fromkeys(k for ch, text in quoted for k in sources_of(text, ch, context.citation_index, refs)))
    for k in keys:
        ref = refs.get(k)
        if ref is None:
            continue
        anomaly = next((x for x in chunk_sentences(ref) if x.startswith("Anomaly:")), None)
        if anomaly and len(open_q.statements) < 8:
            title = short_title(clean_record(ref.title), 70)
            note = ph["ref_note_named"].format(title=title, quote=anomaly[len("Anomaly: "):])
            open_q.statements.append(Statement(note, [report.cite(ref)]))
    if open_q.statements:
        report.sections.append(open_q)

    biblio = Section(ph["brief_bibliography"])
    paper = next((c for c in context.chunks if c.kind == "paper" and c.order == min(
        x.order for x in context.chunks if x.kind == "paper")), None)
    if paper is not None:
        lines = [x.strip() for x in paper.text.split("\n\n") if x.strip()]
        authors = rx.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]", "", lines[1]) if len(lines) > 1 else ""
        biblio.statements.append(Statement(ph["paper_entry"].format(title=paper.title, authors=authors),
                                           [report.cite(paper)]))
    for k in keys:
        ref = refs.get(k)
        entry = reference_entry(chunk_sentences(ref)) if ref is not None else ""
        if rx.search(r"\(\d{4}", entry):  # a record without a year is a note on uncited text, not a source
            biblio.statements.append(Statement(ph["reference"].format(quote=entry), [report.cite(ref)]))
    if biblio.statements:
        report.sections.append(biblio)
    report.verify()
    return report
