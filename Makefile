# Two commands do all set-up on a fresh machine (see README):
#   make run   — install, ingest knowledge/ if the store is missing or stale, start the chat
#   make test  — the same set-up plus test extras (torch CPU first), then ruff and the whole test suite
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
PYTHON ?= $(shell command -v python3.11 || command -v python3)

export OMP_NUM_THREADS ?= 1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test setup setup-test ingest lint bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# The default install needs no torch.
$(VENV)/.installed: pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP) install -q -c constraints.txt -e .
	touch $@

# torch==2.13.0 (CPU build) goes in first, so sentence-transformers cannot pull a multi-GB CUDA build.
$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -c constraints.txt -e '.[st,test]'
	touch $@

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-test

ingest: setup
	$(VENV)/bin/tipbot ingest

run: ingest
	$(VENV)/bin/tipbot chat

lint: setup-test
	$(VENV)/bin/ruff check src tests evals scripts

test: setup-test
	$(VENV)/bin/ruff check src tests evals scripts
	$(VENV)/bin/pytest

bench: setup
	$(PY) evals/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
