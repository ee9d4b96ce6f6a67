"""Source check: for a claim of the paper that carries a citation, the reference entry, whether a digest exists
and what it says about the paper's use of the source, and the problems recorded in references.json."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches

from . import rx
from .answer import Statement, frame_quote, phrases
from .chunking import chunk_sentences
from .citations import CitationIndex
from .documents import notes_on_paper
from .keyword import tokenize
from .present import short_title
from .quiz import figure_value
from .report import CitedReport, Section, clean_record, quotable
from .schema import Chunk
from .verify import figures, reported_figures


@dataclass
class Claim:
    sentence: str
    chunk: Chunk
    labels: list[str]
    keys: list[str]


def claims(chunks: list[Chunk], index: CitationIndex, uncited: bool = False) -> list[Claim]:
    """Every sentence of the paper that carries (or is closed by) an in-text citation; with ``uncited``, the
    other sentences of its numbered sections too (with no labels), so that a claim without a source is found."""
    out = []
    for chunk in chunks:
        if chunk.kind != "paper":
            continue
        sents = chunk_sentences(chunk)
        for i, sent in enumerate(sents):
            marks = index.find(sent)
            if not marks and i + 1 < len(sents):
                nxt = index.find(sents[i + 1])
                marks = nxt if nxt and nxt[0].start > len(sents[i + 1]) // 2 else []
            text = quotable(chunk, sent)
            if marks and text:
                out.append(Claim(text, chunk, [m.label for m in marks], [m.key for m in marks if m.key]))
            elif uncited and text and rx.match(r"\d", chunk.section):
                out.append(Claim(text, chunk, [], []))
    return out


def _values(text: str) -> set[float]:
    return {v for f in figures(text) if (v := figure_value(f)) is not None}


def _words(text: str) -> set[str]:
    return {t for t in tokenize(text) if not rx.fullmatch(r"[\d.,]+", t)}


def _section_number(section: str) -> str:
    m = rx.match(r"(\d+(?:\.\d+)*)", section)
    return m.group(1).rstrip(".") if m else section


def sources_of(sentence: str, chunk: Chunk, index: CitationIndex | None, refs: dict[str, Chunk]) -> list[str]:
    """The references.json keys behind one quoted sentence: a digest's own source; for the paper, the in-text
    citations on the sentence (or closing it), else the reference whose record lists the sentence."""
    if chunk.kind == "digest":
        return [chunk.source_id]
    if chunk.kind != "paper":
        return []
    keys = [m.key for m in index.find(sentence) if m.key] if index is not None else []
    if not keys and index is not None:
        sents = chunk_sentences(chunk)
        i = next((j for j, s in enumerate(sents) if sentence in s or s in sentence), None)
        if i is not None and i + 1 < len(sents):
            nxt = index.find(sents[i + 1])
            keys = [m.key for m in nxt if m.key] if nxt and nxt[0].start > len(sents[i + 1]) // 2 else []
    return keys or _records_for(Claim(sentence, chunk, [], []), refs)


def _records_for(claim: Claim, refs: dict[str, Chunk]) -> list[str]:
    """The reference whose record lists this uncited sentence among what the paper uses it for: cited in the
    sentence's section, with a "The paper uses it for:" line sharing most of its words (its figures count
    double); the best such record, or none."""
    values = {v for f in reported_figures(claim.sentence) if (v := figure_value(f)) is not None}
    words = _words(claim.sentence)
    scored: list[tuple[float, str]] = []
    for key, ref in refs.items():
        lines = chunk_sentences(ref)
        cited_in = next((x for x in lines if x.startswith("Cited in:")), "")
        sections = {_section_number(s.strip()) for s in cited_in[len("Cited in:"):].rstrip(".").split(",")}
        if _section_number(claim.chunk.section) not in sections:
            continue
        best = 0.0
        for line in (x for x in lines if x.startswith("The paper uses it for:")):
            line_words = _words(line)
            overlap = len(words & line_words) / max(1, min(len(words), len(line_words)))
            figs = len(values & _values(line)) / len(values) if values else 0.0
            best = max(best, overlap + figs)
        if best >= 0.35:
            scored.append((best, key))
    top = max((s for s, _ in scored), default=0.0)
    return [k for s, k in scored if s >= top - 1e-9][:1]


def _best_claims(all_claims: list[Claim], query: str, limit: int) -> list[Claim]:
    """The claims that state the query's figures (in any format: "2,778" = "2778") and share its words. With
    figures in the query, only claims holding the most of them; with words only, claims holding at least half of
    the query's content words. Nothing when no claim matches."""
    q_values, q_words = _values(query), _words(query)
    scored = []
    for i, c in enumerate(all_claims):
        fig = len(q_values & _values(c.sentence))
        words = len(q_words & _words(c.sentence)) + 0.5 * len(q_words & _words(" ".join(c.labels)))
        if q_values:
            ok = fig == len(q_values) or (fig >= 1 and words >= 1)
        else:
            ok = bool(q_words) and words >= max(1.0, len(q_words) / 2)
        if ok:
            scored.append((fig, words, bool(c.labels), -i, c))
    if q_values and scored:
        top = max(s[0] for s in scored)
        scored = [s for s in scored if s[0] == top]
    scored.sort(key=lambda t: t[:4], reverse=True)
    return [s[-1] for s in scored][:limit]


def unknown_key(index: CitationIndex, key: str) -> str | None:
    """None for a key of references.json; else why ``key`` is not one, naming the closest keys (a typo,
    "andersn-2021" for "anderson-2021") or, when none is close, a few keys to show their form."""
    if key in index.references:
        return None
    close = get_close_matches(key.lower(), list(index.references), n=3, cutoff=0.8)
    hint = (f"did you mean {' or '.join(close)}?" if close
            else "the keys are the 'key' fields of references.json (e.g. " + ", ".join(sorted(index.references)[:3])
            + ").")
    return f"no key {key!r} in references.json; {hint}"


def source_check(chunks: list[Chunk], index: CitationIndex, query: str = "", key: str | None = None,
                 lang: str = "en", limit: int = 3) -> CitedReport:
    ph = phrases()[lang]
    every = claims(chunks, index, uncited=bool(query) and not key)
    refs = {c.source_id: c for c in chunks if c.kind == "reference"}
    if key:
        picked = [c for c in every if key in c.keys]
        if not picked:  # no sentence cites it: those its record lists among what the paper takes from it
            picked = [c for c in claims(chunks, index, uncited=True)
                      if not c.labels and _records_for(c, refs) == [key]]
    else:
        picked = _best_claims(every, query, limit) if query else every
    digests: dict[str, list[Chunk]] = {}
    for c in chunks:
        if c.kind == "digest":
            digests.setdefault(c.source_id, []).append(c)
    report = CitedReport(title=("Source check" if lang == "en" else "Cek sumber") + (f": {query or key}"
                                                                                     if query or key else ""),
                         lang=lang)
    if not picked and key in refs:  # a source the paper does not cite in its text: what its record says
        status = next((x for x in chunk_sentences(refs[key]) if x.startswith("Status:")), "Status: —")
        report.intro = ph["not_cited"].format(key=key, status=status[len("Status:"):].strip().rstrip("."))
        sec = Section(short_title(clean_record(refs[key].title), 90))
        _record_lines(sec, report, refs[key], digests.get(key, []), lang)
        report.sections.append(sec)
        report.verify()
        return report
    if not picked:  # the report has no section: the caller says so (the CLI exits with status 1)
        report.intro = ph["no_claim"].format(query=query or key)
        return report
    for claim in picked[: limit if (query or key) else None]:
        sec = Section(f"“{short_title(claim.sentence, 90)}”")
        n = report.cite(claim.chunk, claim.sentence)
        sec.statements.append(Statement(ph["paper"].format(quote=claim.sentence), [n]))
        if not claim.labels:
            claim.keys = _records_for(claim, refs)
            sec.statements.append(Statement(ph["linked_by_record" if claim.keys else "cites_nothing"], framing=True))
        else:
            sec.statements.append(Statement(ph["cites_for"].format(labels="; ".join(claim.labels)), [n]))
        for k in dict.fromkeys(claim.keys):
            if k in refs:
                _record_lines(sec, report, refs[k], digests.get(k, []), lang)
        report.sections.append(sec)
    report.verify()
    return report


def _record_lines(sec: Section, report: CitedReport, ref: Chunk, digests: list[Chunk], lang: str) -> None:
    """A source's reference record in a section: its entry, status and recorded problems, and the first line of
    its digest on how the paper uses it (or that there is no digest)."""
    ph = phrases()[lang]
    lines = chunk_sentences(ref)
    r = report.cite(ref)
    sec.statements.append(Statement(ph["reference"].format(quote=clean_record(lines[0])), [r]))
    status = next((x for x in lines if x.startswith("Status:")), None)
    if status:
        sec.statements.append(Statement(ph["reference"].format(quote=status), [r]))
    for anomaly in (x for x in lines if x.startswith("Anomaly:")):
        sec.statements.append(Statement(ph["ref_note"].format(quote=anomaly[len("Anomaly: "):]), [r]))
    for d in digests:
        if notes_on_paper(d.section):
            first = [q for q in (quotable(d, x) for x in chunk_sentences(d)) if q][:1]
            if first:
                dn = report.cite(d, first[0])
                line = frame_quote(d, first[0], lang)
                if d.source_status:
                    line += " " + ph["source_status"].format(status=d.source_status.replace("_", " "))
                sec.statements.append(Statement(line, [dn]))
            break
    else:
        sec.statements.append(Statement(ph["no_digest"], framing=True))
