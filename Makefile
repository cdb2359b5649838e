# The only entry points a newcomer needs: `make run` (the conformance run against the embedded
# default) and `make test` (the project's own tests). Both set everything up on first use and reuse
# it afterwards: the venv is rebuilt only when pyproject.toml changes, Chromium only when missing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench setup browser clean

run: setup
	$(BIN)/xlogin run

test: setup lint
	$(BIN)/python -m pytest -n 2 --tb=native

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: setup
	$(BIN)/python -m bench

setup: $(STAMP) browser

browser: $(STAMP)
	@$(BIN)/python -m harness.browser

$(STAMP): pyproject.toml
	@if ! $(PYTHON) -m venv --help >/dev/null 2>&1 || ! $(PYTHON) -c 'import ensurepip' 2>/dev/null; then \
	  echo "python venv support missing; installing python3-venv"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) reports/*/ reports/latest
