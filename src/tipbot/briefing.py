"""A one-page briefing on a topic for NGO activists and staff: key points, a table of figures, actors, dated
events, what the sources disagree on or leave open, and a bibliography — every line quoted and cited."""

from __future__ import annotations

import re

from .answer import ExtractiveAnswerer, Statement, frame_quote, phrases, question_types
from .chunking import chunk_sentences
from .report import CitedReport, Section
from .timeline import events
from .verify import content_figures

_ACTOR = re.compile(
    r"((?:(?:Major|Brigadier)\s+)?General\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|"
    r"(?:[A-Z][\w'’.-]*\s+){0,5}(?:Police|Embassy|Ministry|Government|Task Force|Interpol(?: Indonesia)?|"
    r"Directorate|Agency|Division|Union|Secretariat|Department|Summit|Working Group|Ministerial Meeting)"
    r"(?:\s+(?:of|for|in|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,6})?)")
_NOT_ACTOR = {"The", "This", "In", "On", "At", "From", "Data", "According"}


def build_briefing(assistant, topic: str, lang: str = "en") -> CitedReport:
    ph = phrases()[lang]
    searcher = assistant.searcher
    context = assistant.context
    plan = searcher.plan(topic)
    passages = searcher.search(plan, k=8, kinds=["paper", "digest"])
    answerer = ExtractiveAnswerer()
    q_tokens = answerer._query_tokens(topic, plan)
    types = question_types(topic, plan) | {"summary"}
    candidates = answerer._candidates(passages, q_tokens, types, context, plan)
    report = CitedReport(title=ph["brief_title"].format(topic=topic), intro=ph["brief_intro"])

    def quote(chunk, sent: str) -> Statement:
        return Statement(frame_quote(chunk, sent, lang), [report.cite(chunk, sent)])

    key_points = answerer._briefing(candidates, 5)
    key_points.sort(key=lambda c: (c.passage.chunk.kind != "paper", c.passage.chunk.order, c.position))
    report.sections.append(Section(ph["brief_key_points"], [quote(c.passage.chunk, c.text) for c in key_points]))

    table = [[ph["figure_col"], ph["context_col"], ph["source_col"]]]
    used = set()
    for c in sorted(candidates, key=lambda c: -c.score):
        figs = content_figures(c.text)
        chunk = c.passage.chunk
        if not figs or c.text in used or c.score < 0.3 or (chunk.kind == "paper" and not chunk.section[:1].isdigit()):
            continue
        used.add(c.text)
        n = report.cite(c.passage.chunk, c.text)
        table.append([", ".join(figs[:4]), f"“{c.text}”", f"[{n}]"])
        if len(table) > 8:
            break
    if len(table) > 1:
        report.sections.append(Section(ph["brief_figures"], table=table))

    actors = Section(ph["brief_actors"])
    seen: set[str] = set()
    for c in key_points + [x for x in candidates if x.text in used]:
        for m in _ACTOR.finditer(c.text):
            name = m.group(1).strip().rstrip(",.")
            if name.split()[0] in _NOT_ACTOR:
                name = " ".join(name.split()[1:])
            if len(name.split()) < 2 or name.lower() in seen or re.search(
                    r"\d|January|February|March|April|May|June|July|August|September|October|November|December",
                    name):
                continue
            seen.add(name.lower())
            actors.statements.append(Statement(name, [report.cite(c.passage.chunk, c.text)]))
    if actors.statements:
        report.sections.append(actors)

    chunks = [p.chunk for p in passages]
    dated = Section(ph["brief_events"])
    for e in events(chunks)[:10]:
        st = quote(e.chunk, e.sentence)
        st.text = f"{e.label}: {st.text}"
        dated.statements.append(st)
    if dated.statements:
        report.sections.append(dated)

    open_q = Section(ph["brief_open"])
    for chunk in chunks:
        if chunk.kind == "digest" and chunk.section.lower().startswith(("points to note", "how the paper uses")):
            for sent in chunk_sentences(chunk)[:2]:
                open_q.statements.append(quote(chunk, sent))
    refs = {c.source_id: c for c in context.chunks if c.kind == "reference"}
    keys = list(dict.fromkeys(k for ch in chunks for k in (ch.cite_keys if ch.kind == "paper" else [ch.source_id])))
    for k in keys:
        ref = refs.get(k)
        if ref is None:
            continue
        lines = chunk_sentences(ref)
        anomaly = next((x for x in lines if x.startswith("Anomaly:")), None)
        if anomaly and len(open_q.statements) < 8:
            open_q.statements.append(Statement(ph["ref_note"].format(quote=anomaly[len("Anomaly: "):]),
                                               [report.cite(ref)]))
    if open_q.statements:
        report.sections.append(open_q)

    biblio = Section(ph["brief_bibliography"])
    for k in keys:
        ref = refs.get(k)
        if ref is not None:
            first = chunk_sentences(ref)[0]
            biblio.statements.append(Statement(ph["reference"].format(quote=first), [report.cite(ref)]))
    if biblio.statements:
        report.sections.append(biblio)
    report.verify()
    return report
