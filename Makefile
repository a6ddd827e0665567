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

.PHONY: install run test check lint format typecheck worker clean system-deps browser-deps axe mutation

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

# Debian packages the tests need (Chromium, CJK fonts, poppler, LibreOffice Writer): installed when root and
# missing, otherwise the exact apt-get line is printed and the run stops here.
system-deps:
	@bash scripts/ensure-system.sh

browser-deps: system-deps

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Static types of core, every service and every selector (django-stubs).
MYPY_PATHS = gongkai/core $(filter-out gongkai/core/%,$(wildcard gongkai/*/services.py gongkai/*/services gongkai/*/selectors.py))
typecheck: install
	$(BIN)/mypy $(MYPY_PATHS)

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# axe-core (npm) for the accessibility test, into var/npm/ (not committed).
axe:
	@bash scripts/ensure-axe.sh

# The whole run: lint, format, types, migrations, then every test (browsers included).
test: install system-deps axe
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy $(MYPY_PATHS)
	$(PY) -m gongkai.cli makemigrations --check --dry-run
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

# The edit-test loop: the suite without browser, server and concurrency tests, on a test
# database kept between runs (migrations still apply). `make test` stays the full run.
# Bytecode is cached even where the environment says not to (PYTHONDONTWRITEBYTECODE): each
# worker would otherwise compile every module and pytest rewrite every test's asserts
# again on every run. Plugins no test of the loop uses (the fuzz test is heavy) stay unloaded.
# A module's tests stay on one worker (--dist loadfile), so data a module loads once is
# loaded once, not once per worker; the modules that read the shared demo go to one worker
# together (root conftest), so the demo is loaded once per run.
CHECK_PLUGINS = -p no:hypothesispytest -p no:schemathesis -p no:faker -p no:anyio
check: install
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n 2 --dist loadfile -q -m "not heavy and not concurrency and not slow" \
		--reuse-db $(CHECK_PLUGINS) $(PYTEST_ARGS)

# Mutation testing of the legal core (workdays, fees, clock, checks): each mutant runs only
# its module's tests, one module after another. Not in CI. `make mutation MODULES=fees`.
MODULES ?=
mutation: install
	$(PY) scripts/mutate.py $(MODULES)

clean:
	rm -rf $(VENV) staticfiles .ruff_cache
