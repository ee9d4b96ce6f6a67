"""Source check: for a claim of the paper that carries a citation, the reference entry, whether a digest exists
and what it says about the paper's use of the source, and the problems recorded in references.json."""

from __future__ import annotations

from dataclasses import dataclass

from .answer import Statement, frame_quote, phrases
from .chunking import chunk_sentences
from .citations import CitationIndex
from .keyword import tokenize
from .report import CitedReport, Section
from .schema import Chunk


@dataclass
class Claim:
    sentence: str
    chunk: Chunk
    labels: list[str]
    keys: list[str]


def claims(chunks: list[Chunk], index: CitationIndex) -> list[Claim]:
    """Every sentence of the paper that carries (or is closed by) an in-text citation."""
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
            if marks:
                out.append(Claim(sent, chunk, [m.label for m in marks], [m.key for m in marks if m.key]))
    return out


def _best_claims(all_claims: list[Claim], query: str, limit: int) -> list[Claim]:
    q = set(tokenize(query))
    scored = sorted(((len(q & set(tokenize(c.sentence))) + 0.5 * len(q & set(tokenize(" ".join(c.labels)))), i, c)
                     for i, c in enumerate(all_claims)), key=lambda t: (-t[0], t[1]))
    return [c for s, _, c in scored if s > 0][:limit]


def source_check(chunks: list[Chunk], index: CitationIndex, query: str = "", key: str | None = None,
                 lang: str = "en", limit: int = 3) -> CitedReport:
    ph = phrases()[lang]
    every = claims(chunks, index)
    picked = [c for c in every if key in c.keys] if key else (_best_claims(every, query, limit) if query else every)
    refs = {c.source_id: c for c in chunks if c.kind == "reference"}
    digests: dict[str, list[Chunk]] = {}
    for c in chunks:
        if c.kind == "digest":
            digests.setdefault(c.source_id, []).append(c)
    report = CitedReport(title=("Source check" if lang == "en" else "Cek sumber") + (f": {query or key}"
                                                                                     if query or key else ""))
    for claim in picked[: limit if (query or key) else None]:
        sec = Section(f"“{claim.sentence[:90]}{'…' if len(claim.sentence) > 90 else ''}”")
        n = report.cite(claim.chunk, claim.sentence)
        sec.statements.append(Statement(ph["paper"].format(quote=claim.sentence), [n]))
        sec.statements.append(Statement(ph["cites_for"].format(labels="; ".join(claim.labels)), [n]))
        for k in dict.fromkeys(claim.keys):
            ref = refs.get(k)
            if ref is None:
                continue
            lines = chunk_sentences(ref)
            r = report.cite(ref)
            sec.statements.append(Statement(ph["reference"].format(quote=lines[0]), [r]))
            status = next((x for x in lines if x.startswith("Status:")), None)
            if status:
                sec.statements.append(Statement(ph["reference"].format(quote=status), [r]))
            for anomaly in (x for x in lines if x.startswith("Anomaly:")):
                sec.statements.append(Statement(ph["ref_note"].format(quote=anomaly[len("Anomaly: "):]), [r]))
            for d in digests.get(k, []):
                if d.section.lower().startswith(("how the paper uses", "status", "points to note")):
                    first = chunk_sentences(d)[:1]
                    if first:
                        dn = report.cite(d, first[0])
                        line = frame_quote(d, first[0], lang)
                        if d.source_status:
                            line += f" (source_status: {d.source_status})"
                        sec.statements.append(Statement(line, [dn]))
                    break
            else:
                sec.statements.append(Statement(ph["no_digest"], framing=True))
        report.sections.append(sec)
    report.verify()
    return report
