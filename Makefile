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

## demo: the main job: regenerate the client if the spec or the generator changed, then drive xai-billing
## through all eleven operations against the local billing API on a free loopback port. Python only (no
## Node.js, no checks: those are make test's), well under a minute once .venv exists.
demo: build/generated.stamp
	$(BIN)/python scripts/demo.py

# The venv is installed again only when what it is installed from changes: generator/requirements.txt and
# pyproject.toml without its version line (a version bump changes no dependency, so it reinstalls nothing).
# The stamp holds the digest of both, so a fresh clone's newer file times do not count either.
INSTALL_DIGEST := $(shell { cat generator/requirements.txt; grep -v '^version *=' pyproject.toml; } | cksum | tr ' ' -)
ifneq ($(INSTALL_DIGEST),$(shell cat $(STAMP) 2>/dev/null))
.PHONY: $(STAMP)
endif

# generated/ is rewritten when its inputs are newer than the last generation (generate.py is byte-identical
# on an unchanged spec, so a fresh clone's first run changes nothing).
GENERATOR_INPUTS := spec/openapi.yaml $(shell find generator -type f -not -path '*/__pycache__/*')
build/generated.stamp: $(STAMP) $(GENERATOR_INPUTS)
	$(BIN)/python generator/generate.py
	@mkdir -p build && touch $@

$(STAMP):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r generator/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c generator/requirements.txt -e '.[dev]'
	echo $(INSTALL_DIGEST) > $(STAMP)

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
# Redocly's stderr (its Node.js 20 end-of-life banner, see docs below) goes to build/spec/redocly.log, shown
# whole when it fails.
spec: $(STAMP) $(NODE_STAMP)
	@mkdir -p build/spec
	$(NODE_BIN)/redocly bundle spec/openapi.yaml --ext json -o spec/openapi.json 2> build/spec/redocly.log \
		|| (cat build/spec/redocly.log && false)
	$(BIN)/python scripts/recordings_ts.py

## docs: the documentation site (build/site: mkdocs-material, docs/mkdocs.yml; the Python reference from the
## docstrings), with the HTTP reference Redocly renders from the spec (build/docs/index.html, served as
## http/index.html in the site), built in strict mode (a broken link fails), then checked in headless Chromium
# Redocly 2.77 supports Node.js 20.19+ and 22.12+, but on 20 (Debian's, and this project's CI) it opens every
# run with an end-of-life banner that buries its own output: its stderr goes to build/docs/redocly.log, shown
# whole when it fails. mkdocs-material 9.8 likewise announces its end of life (May 2027) on every build;
# NO_MKDOCS_2_WARNING is its documented switch.
docs: $(STAMP) $(NODE_STAMP)
	@mkdir -p build/docs
	$(NODE_BIN)/redocly build-docs spec/openapi.yaml -o build/docs/index.html --inlineBundle \
		--title "xAI Management API — Billing" 2> build/docs/redocly.log || (cat build/docs/redocly.log && false)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --config-file docs/mkdocs.yml
	$(BIN)/python scripts/docs_check.py

## generate: rebuild generated/ from spec/openapi.yaml
generate: $(STAMP)
	$(BIN)/python generator/generate.py

## check: every check in one pass (scripts/check.py), each failure with its location and the command that
## fixes it, the breaking-change verdict first: no breaking change since the last release without its major
## version and changelog entry; the spec valid and linted clean (Spectral, Redocly); spec/openapi.json and
## generated/ the same as a fresh build; the recordings type-check in TypeScript and are scrubbed; the spec
## follows the vendored proto (spec/proto); mypy --strict and ruff clean
check: $(STAMP) $(NODE_STAMP)
	$(BIN)/python scripts/check.py

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

## wheel: build the sdist and, from it, the wheel into dist/, and check their metadata with twine
wheel: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache spec/node_modules
