# The only entry points a newcomer needs: `make run` (the conformance run against the embedded
# default) and `make test` (the project's own tests). Both set everything up on first use and reuse
# it afterwards: the venv is rebuilt only when pyproject.toml changes, Chromium only when missing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The simulated Console (mock_is/console/frontend, React + semantic-ui-react + Oxygen UI, built by Vite into
# mock_is/console/bundle): npm packages reinstalled only when the lock file changes, the bundle rebuilt only
# when its sources change.
CONSOLE       := mock_is/console/frontend
CONSOLE_DEPS  := $(CONSOLE)/node_modules/.installed
CONSOLE_STAMP := mock_is/console/bundle/.built
CONSOLE_SRC   := $(CONSOLE)/package.json $(CONSOLE)/package-lock.json $(CONSOLE)/vite.config.js \
                 $(CONSOLE)/index.html $(shell find $(CONSOLE)/src -type f 2>/dev/null)
# The real twitter4j 4.0.7 for tests/twitter4j (a Maven project); rebuilt only when its sources change.
T4J       := tests/twitter4j
T4J_STAMP := $(T4J)/target/.built
T4J_SRC   := $(T4J)/pom.xml $(shell find $(T4J)/src -type f 2>/dev/null)

.PHONY: run test lint bench setup browser console clean twitter4j

run: setup
	$(BIN)/xlogin run

# One worker per core; a test file stays on one worker (its module fixtures, such as the profile runs or the
# external run, then run once, not once per worker that got one of its tests); the slowest files go first
# (conftest.py SLOWEST_FIRST). The run ends with its 15 slowest tests, so a test that grew slow shows in
# every log.
test: setup lint twitter4j
	$(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder --tb=native --durations=15 tests

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: setup
	$(BIN)/python -m bench

setup: $(STAMP) browser console

browser: $(STAMP)
	@$(BIN)/python -m harness.browser

console: $(CONSOLE_STAMP)

$(CONSOLE_DEPS): $(CONSOLE)/package.json $(CONSOLE)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js 20 (Debian: apt-get install nodejs npm)"; exit 2; }
	cd $(CONSOLE) && npm ci --prefer-offline --no-audit --no-fund --loglevel=error
	@touch $(CONSOLE_DEPS)

$(CONSOLE_STAMP): $(CONSOLE_DEPS) $(CONSOLE_SRC)
	cd $(CONSOLE) && npx --no-install vite build
	@touch $(CONSOLE_STAMP)

# Without java or mvn this says so and succeeds: the twitter4j tests then skip with the reason.
twitter4j: $(T4J_STAMP)

$(T4J_STAMP): $(T4J_SRC)
	@if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then \
	  echo "building $(T4J) (mvn package)"; \
	  cd $(T4J) && mvn -q -B -Dstyle.color=never package && touch target/.built; \
	else echo "twitter4j: java or mvn not found, so tests/twitter4j will skip"; fi

$(STAMP): pyproject.toml
	@if ! $(PYTHON) -m venv --help >/dev/null 2>&1 || ! $(PYTHON) -c 'import ensurepip' 2>/dev/null; then \
	  echo "python venv support missing; installing python3-venv"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) reports/*/ reports/latest $(T4J)/target $(CONSOLE)/node_modules mock_is/console/bundle
