"""Helpers shared by the test tiers (import as ``from tests.helpers import ...``; conftest files hold fixtures only)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT / "knowledge"
DEV = ROOT / "evals" / "dev.jsonl"
PARAPHRASE = ROOT / "evals" / "paraphrase.jsonl"  # two rewordings of each answerable dev item, and near-misses
# A different, invented "paper" with the same layout as knowledge/: the unit tier ingests it in about a second.
MINI_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
CHROMIUM = "/usr/bin/chromium"
TEST_EMBEDDER = "hash"  # tests/hash_embedder.py, registered by the root conftest


def mini_settings_for(home: Path, knowledge: Path = MINI_KNOWLEDGE):
    """Settings for a store of the fixture paper (or a copy of it) embedded by the test embedder."""
    from tipbot.config import Settings

    return Settings.from_env(home=home, knowledge=knowledge, embedder=TEST_EMBEDDER)


def copy_knowledge(src: Path, tmp_path: Path) -> Path:
    """A private copy of a knowledge folder that a test may change."""
    dst = tmp_path / "knowledge"
    shutil.copytree(src, dst)
    return dst


def point_cli_at(monkeypatch, home: Path, knowledge: Path, embedder: str | None = None) -> Path:
    """Point the CLI (which reads the environment) at a store and its knowledge folder."""
    monkeypatch.setenv("TIPBOT_HOME", str(home))
    monkeypatch.setenv("TIPBOT_KNOWLEDGE", str(knowledge))
    if embedder:
        monkeypatch.setenv("TIPBOT_EMBEDDER", embedder)
    return home


def free_port() -> int:
    """A free TCP port on loopback, for the servers the tests start."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, what: str, timeout: float, log: Path | None = None) -> None:
    """Wait until ``url`` answers; fail with the server's log if it exits or does not come up in time."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"{what} exited: {log.read_text()[-2000:] if log else ''}")
            time.sleep(0.4)
    proc.kill()
    pytest.fail(f"{what} did not start in {timeout:.0f} s")


def write_pdf(path: Path, pages: list[str]) -> None:
    """A small real PDF with a text layer, written by hand (no extra library)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
    font = 3 + 2 * len(pages)
    for i, text in enumerate(pages):
        ops = []
        for n, line in enumerate(text.split("\n")):
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 11 Tf 50 {760 - 16 * n} Td ({esc}) Tj ET")
        stream = "\n".join(ops)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = "%PDF-1.4\n", []
    for n, obj in enumerate(objs, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{n} 0 obj\n{obj}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))


def fail_chroma_writes_after(monkeypatch, batches: int) -> None:
    """Make the ``batches``+1-th write to any Chroma collection raise, as a crash part-way through an ingest would."""
    from chromadb.api.models.Collection import Collection

    real_add = Collection.add
    done = [0]

    def add(self, *args, **kwargs):
        if done[0] >= batches:
            raise RuntimeError("simulated failure part-way through an ingest")
        done[0] += 1
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "add", add)


def langchain_standard_suites(assistant_fixture: str, embedder: str, query: str) -> tuple[type, type]:
    """LangChain's standard suites (langchain-tests) bound to one of our stores and embedders: the retriever suite
    runs on ``TipbotRetriever`` over the store of the fixture ``assistant_fixture``, the embeddings suite on
    ``LangChainEmbeddings(embedder)``. Assign the two classes to ``Test...`` names in a test module."""
    from langchain_tests.integration_tests import EmbeddingsIntegrationTests, RetrieversIntegrationTests

    from tipbot.embeddings import LangChainEmbeddings
    from tipbot.retrieval import TipbotRetriever

    class Retriever(RetrieversIntegrationTests):
        @pytest.fixture(autouse=True)
        def _searcher(self, request):
            type(self).searcher = request.getfixturevalue(assistant_fixture).searcher

        @property
        def retriever_constructor(self) -> type:
            return TipbotRetriever

        @property
        def retriever_constructor_params(self) -> dict:
            return {"searcher": self.searcher, "k": 2}

        @property
        def retriever_query_example(self) -> str:
            return query

    class Embeddings(EmbeddingsIntegrationTests):
        @property
        def embeddings_class(self) -> type:
            return LangChainEmbeddings

        @property
        def embedding_model_params(self) -> dict:
            return {"embedder": embedder}

    return Retriever, Embeddings


def evidence_of(*texts: str) -> list:
    """The sentences of an invented paper passage as the reader's evidence, best first (no store, no model)."""
    from tipbot.answering.selection import Evidence
    from tipbot.keyword import tokenize
    from tipbot.schema import Chunk, Passage

    chunk = Chunk(id="c3", text=" ".join(texts), source_id="mini", kind="paper", title="Mini paper")
    passage = Passage(chunk=chunk, score=1.0)
    return [Evidence(text=t, passage=passage, position=i, tokens=set(tokenize(t)), score=1.0 - i / 10)
            for i, t in enumerate(texts)]

