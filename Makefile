# gongkai 公开 — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml 2>/dev/null | cut -c1-12)
PYTEST_ARGS ?=
# `make run PORT=9000` serves on that port, and the platform watches its own portal there.
PORT   ?= 8000
HOST   ?= 127.0.0.1
export PORT HOST
export GONGKAI_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: install run test lint format worker clean browser-deps

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

# Set up everything, load demo data (idempotent) and serve with the background worker.
run: install
	$(PY) -m gongkai.cli migrate --noinput
	$(PY) -m gongkai.cli demo_load
	$(PY) -m gongkai.cli serve

worker: install
	$(PY) -m gongkai.cli worker

# Chromium and CJK fonts for the browser tests (installed when root and missing).
browser-deps:
	@bash scripts/ensure-browser.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check . || true

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install browser-deps
	$(BIN)/ruff check .
	$(PY) -m gongkai.cli makemigrations --check --dry-run
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles .ruff_cache
