# Every target sets up what it needs: a virtual environment in .venv with the pinned generator
# toolchain (generator/requirements.txt), this package (editable) and its dev tools.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The spec's own toolchain (Node.js): Spectral, Redocly, openapi-typescript, openapi-fetch and TypeScript,
# pinned in spec/package.json and spec/package-lock.json.
NODE_BIN := spec/node_modules/.bin
NODE_STAMP := spec/node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: all demo generate spec docs check test test-matrix conformance fuzz bench wheel clean

all: demo

## demo: the main job: regenerate and check the client, then drive xai-billing through all eleven
## operations against the local billing API on a free loopback port
demo: generate check
	$(BIN)/python scripts/demo.py

$(STAMP): generator/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r generator/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c generator/requirements.txt -e '.[dev]'
	touch $(STAMP)

# The matrix's legs, py<version>-<lowest|highest>. lowest: each runtime dependency at its lower bound in
# pyproject.toml, and httpcore at 1.0.0, the oldest httpx 0.27 accepts (the runtime uses httpcore's network
# backend itself); highest: the newest releases within the bounds, their own dependencies too, resolved at
# each install (they may pass the generator toolchain's pins: pip says so, and the tests say if it matters).
MATRIX ?= py3.11-lowest py3.12-highest py3.13-highest
PYENV_ROOT ?= $(HOME)/.pyenv
comma := ,
DEPENDENCIES := $(shell $(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"])')
LOWEST := $(foreach dep,$(DEPENDENCIES),$(subst >=,==,$(firstword $(subst $(comma), ,$(dep))))) httpcore==1.0.0
HIGHEST := --upgrade --upgrade-strategy eager $(foreach dep,$(DEPENDENCIES),'$(dep)')
leg_version = $(patsubst py%,%,$(firstword $(subst -, ,$*)))
leg_bound = $(word 2,$(subst -, ,$*))
# pyenv's interpreter of the version when it has one (its shims answer only for the selected version),
# else the PATH's.
leg_python = $(or $(lastword $(wildcard $(PYENV_ROOT)/versions/$(leg_version).*/bin/python$(leg_version))),$(shell command -v python$(leg_version)))
PIP := -m pip install --quiet --disable-pip-version-check
export VERSIONS := import importlib.metadata as m, platform; print("Python", platform.python_version(), *(f"{p} {m.version(p)}" for p in ("httpx", "httpcore", "h11", "attrs")))

build/matrix/%/.installed: generator/requirements.txt pyproject.toml
	@test -n "$(leg_python)" || (echo "no python$(leg_version) for the leg $*: install it (pyenv install $(leg_version))" && false)
	@test "$(leg_bound)" = lowest -o "$(leg_bound)" = highest || (echo "$*: a leg is py<version>-lowest or -highest" && false)
	rm -rf $(@D)
	$(leg_python) -m venv $(@D)
	$(@D)/bin/python $(PIP) --upgrade pip
	$(@D)/bin/python $(PIP) -r generator/requirements.txt
	$(@D)/bin/python $(PIP) -c generator/requirements.txt -e '.[dev]'
	$(@D)/bin/python $(PIP) $(if $(filter lowest,$(leg_bound)),$(LOWEST),$(HIGHEST))
	touch $@

$(NODE_STAMP): spec/package.json spec/package-lock.json
	cd spec && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

## spec: write spec/openapi.json, the bundled JSON copy of spec/openapi.yaml, for other languages, and
## tests/typescript/recordings.ts, the recordings for tsc to type with the spec's TypeScript types
spec: $(STAMP) $(NODE_STAMP)
	$(NODE_BIN)/redocly bundle spec/openapi.yaml --ext json -o spec/openapi.json
	$(BIN)/python scripts/recordings_ts.py

## docs: render the HTML reference (build/docs/index.html, Redocly) and check it in headless Chromium
docs: $(STAMP) $(NODE_STAMP)
	$(NODE_BIN)/redocly build-docs spec/openapi.yaml -o build/docs/index.html --inlineBundle \
		--title "xAI Management API — Billing"
	$(BIN)/python scripts/docs_check.py

## generate: rebuild generated/ from spec/openapi.yaml
generate: $(STAMP)
	$(BIN)/python generator/generate.py

## check: the spec is valid and lints clean (Spectral, Redocly), spec/openapi.json and generated/ match
## a fresh build, no breaking change since the last release comes without its major version and
## changelog entry, the recordings type-check in TypeScript and are scrubbed, mypy --strict and ruff are clean
check: $(STAMP) $(NODE_STAMP)
	mkdir -p build
	$(BIN)/openapi-spec-validator spec/openapi.yaml
	$(NODE_BIN)/spectral lint spec/openapi.yaml --ruleset spec/.spectral.yaml --fail-severity=warn --quiet
	$(NODE_BIN)/redocly lint spec/openapi.yaml --config spec/redocly.yaml --format=summary 2>&1 | tee build/redocly.log
	! grep -E "^(error|warning) |Validation failed" build/redocly.log  # warnings stop the build too
	$(NODE_BIN)/redocly bundle spec/openapi.yaml --ext json -o build/openapi.json
	cmp build/openapi.json spec/openapi.json || (echo "spec/openapi.json is stale: run make spec" && false)
	$(NODE_BIN)/openapi-typescript spec/openapi.yaml -o build/typescript/schema.d.ts
	$(BIN)/python scripts/recordings_ts.py build/typescript/recordings.ts
	cmp build/typescript/recordings.ts tests/typescript/recordings.ts \
		|| (echo "tests/typescript/recordings.ts is stale: run make spec" && false)
	$(NODE_BIN)/tsc -p tests/typescript/tsconfig.json
	$(BIN)/python generator/generate.py --check
	$(BIN)/python generator/breaking.py
	$(BIN)/python scripts/check_recordings.py
	$(BIN)/mypy --strict generated/xai_billing
	$(BIN)/ruff check --config pyproject.toml generated generator scripts tests
	$(BIN)/ruff format --config pyproject.toml --check generated generator scripts tests

## test: make check, then the test suite
test: check
	$(BIN)/python -m pytest

## test-matrix: the test suite across the range pyproject.toml declares, one venv per leg in build/matrix:
## each Python of the classifiers, with httpx and attrs at the lowest versions the bounds allow and at the
## newest. Separate from make test (the everyday run: Python 3.11 with the pinned toolchain), as it takes a
## full run per leg and needs each interpreter; CI (.ci/run) runs it after make test. One leg:
## make test-matrix MATRIX=py3.13-lowest
test-matrix: $(NODE_STAMP) $(foreach leg,$(MATRIX),build/matrix/$(leg)/.installed)
	@mkdir -p build/matrix && : > build/matrix/summary && status=0; \
	for leg in $(MATRIX); do \
		versions=$$(build/matrix/$$leg/bin/python -c "$$VERSIONS"); \
		echo "== $$leg: $$versions"; \
		started=$$(date +%s); \
		if build/matrix/$$leg/bin/python -m pytest -q -p no:cacheprovider; then result=passed; \
		else result=FAILED; status=1; fi; \
		echo "$$leg  $$result in $$(( $$(date +%s) - started )) s  ($$versions)" >> build/matrix/summary; \
	done; \
	echo "== test-matrix"; cat build/matrix/summary; exit $$status

## conformance: the spec in other languages' generators with their stock settings (Go, Java, Rust, TypeScript,
## Python): generate, compile, read every recording and written payload, call the local API (tests/conformance/)
conformance: $(STAMP) $(NODE_STAMP)
	bash tests/conformance/setup.sh
	$(BIN)/python tests/conformance/run.py

## fuzz: the property-based tests with a large budget (600 cases each; make test runs 12, seeded)
fuzz: $(STAMP)
	XAI_BILLING_FUZZ=1 $(BIN)/python -m pytest tests/test_properties.py -q -p no:cacheprovider \
		--timeout=1800 --hypothesis-show-statistics

## bench: the speed figures, each a ratio against a baseline of the same run (not part of make test)
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

## wheel: build the distribution into dist/
wheel: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache spec/node_modules
