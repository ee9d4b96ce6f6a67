"""Types that cross module borders: chunks in the store, passages retrieved, citations, answers."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Literal

Kind = Literal["paper", "digest", "reference", "glossary", "user"]

# How a cited passage is named in source lists (exports, reports, the CLI): a digest is never the source itself.
KIND_LABELS = {
    "paper": "Paper",
    "digest": "Digest (a summary, not the original)",
    "reference": "Reference entry",
    "glossary": "Glossary",
    "user": "User document",
}


def content_id(*parts: str) -> str:
    """A stable id: the same source and text always hash to the same id."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:24]


@dataclass
class Chunk:
    """One retrievable passage with everything needed to cite it."""

    id: str
    text: str
    source_id: str
    kind: Kind
    title: str
    section: str = ""
    cites: list[str] = field(default_factory=list)
    cite_keys: list[str] = field(default_factory=list)
    language: str = "en"
    start: int = 0
    end: int = 0
    page: int | None = None
    url: str | None = None
    source_status: str | None = None
    path: str = ""
    order: int = 0

    def embed_text(self) -> str:
        """Text given to the embedder and keyword index: the section heading adds context."""
        head = " — ".join(x for x in (self.title if self.kind != "paper" else "", self.section) if x)
        return f"{head}\n{self.text}" if head else self.text

    def to_metadata(self) -> dict[str, str | int | float | bool]:
        meta: dict[str, str | int | float | bool] = {
            "source_id": self.source_id,
            "kind": self.kind,
            "title": self.title,
            "section": self.section,
            "cites": json.dumps(self.cites, ensure_ascii=False),
            "cite_keys": json.dumps(self.cite_keys),
            "language": self.language,
            "start": self.start,
            "end": self.end,
            "path": self.path,
            "order": self.order,
        }
        if self.page is not None:
            meta["page"] = self.page
        if self.url:
            meta["url"] = self.url
        if self.source_status:
            meta["source_status"] = self.source_status
        return meta

    @classmethod
    def from_record(cls, chunk_id: str, text: str, meta: dict) -> Chunk:
        return cls(
            id=chunk_id,
            text=text,
            source_id=str(meta.get("source_id", "")),
            kind=meta.get("kind", "user"),  # type: ignore[arg-type]
            title=str(meta.get("title", "")),
            section=str(meta.get("section", "")),
            cites=json.loads(meta.get("cites") or "[]"),
            cite_keys=json.loads(meta.get("cite_keys") or "[]"),
            language=str(meta.get("language", "en")),
            start=int(meta.get("start", 0)),
            end=int(meta.get("end", 0)),
            page=int(meta["page"]) if meta.get("page") is not None else None,
            url=meta.get("url") or None,
            source_status=meta.get("source_status") or None,
            path=str(meta.get("path", "")),
            order=int(meta.get("order", 0)),
        )


@dataclass
class Passage:
    """A chunk as retrieved for one question, with its fused score."""

    chunk: Chunk
    score: float
    rank: int = 0
    dense_rank: int | None = None
    keyword_rank: int | None = None


@dataclass
class Citation:
    n: int
    chunk_id: str
    source_id: str
    source_kind: str
    title: str
    section: str
    page: int | None
    text: str
    cites: list[str]
    url: str | None
    quote: str = ""
    cite_keys: list[str] = field(default_factory=list)  # references.json keys of the passage's citations

    @classmethod
    def from_chunk(cls, n: int, chunk: Chunk, quote: str = "") -> Citation:
        return cls(
            n=n,
            chunk_id=chunk.id,
            source_id=chunk.source_id,
            source_kind=chunk.kind,
            title=chunk.title,
            section=chunk.section,
            page=chunk.page,
            text=chunk.text,
            cites=list(chunk.cites),
            url=chunk.url,
            quote=quote,
            cite_keys=list(chunk.cite_keys),
        )


def cite(citations: list[Citation], chunk: Chunk, quote: str = "") -> int:
    """The number of ``chunk`` in ``citations``, adding it (numbered in order of first use) if it is new."""
    for c in citations:
        if c.chunk_id == chunk.id:
            return c.n
    citations.append(Citation.from_chunk(len(citations) + 1, chunk, quote))
    return len(citations)


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation]
    retrieved: list[Passage]
    language: str
    refused: bool = False
    corrected: bool = False  # a refusal that corrects the question's premise, quoting what the sources say instead
    backend: str = "extractive"
    timings_ms: dict[str, float] = field(default_factory=dict)
    removed: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    read_as: str = ""  # a follow-up as it was read, whole ("and in 2022?" → "how many … in 2022"); "" if it stood alone

    @property
    def unheld(self) -> bool:
        """Refused without a correction: the sources do not hold what the question asks."""
        return self.refused and not self.corrected

    def to_dict(self, id: str | None = None) -> dict:
        """The JSON shape of ``tipbot ask --json`` (see evals/README.md)."""
        out: dict = {}
        if id is not None:
            out["id"] = id
        out.update(
            {
                "question": self.question,
                "answer": self.text,
                "language": self.language,
                "refused": self.refused,
                "corrected": self.corrected,
                "citations": [asdict(c) for c in self.citations],
                "retrieved": [
                    {
                        "chunk_id": p.chunk.id,
                        "score": round(p.score, 6),
                        "text": p.chunk.text,
                        "source_id": p.chunk.source_id,
                        "source_kind": p.chunk.kind,
                        "section": p.chunk.section,
                    }
                    for p in self.retrieved
                ],
                "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
                "backend": self.backend,
                "removed": self.removed,
                **({"read_as": self.read_as} if self.read_as else {}),
            }
        )
        return out
