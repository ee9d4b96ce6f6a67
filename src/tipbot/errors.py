"""Errors a user can act on. The CLI and the UI print their message, never a traceback."""


class TipbotError(Exception):
    """Base for every error whose message is meant for the user."""


class ModelMissingError(TipbotError):
    """An embedding or LLM model is not installed locally (nothing is ever downloaded)."""


class StoreMissingError(TipbotError):
    """The knowledge store has not been built yet."""


class StoreEmptyError(TipbotError):
    """The store exists but holds no passages (every file ingested into it was removed)."""


class StoreUnavailableError(TipbotError):
    """The Chroma server cannot be reached."""


class IngestLockedError(TipbotError):
    """Another ingest holds the store's lock."""


class InvalidQuestionError(TipbotError):
    """The question is empty, too long or not text."""


class BackendError(TipbotError):
    """An answer backend (e.g. an LLM server) failed."""
