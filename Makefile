# Every target sets up what it needs: a virtual environment in .venv with the pinned generator
# toolchain (generator/requirements.txt), this package (editable) and its dev tools.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: all demo generate check test bench wheel clean

all: demo

## demo: the main job: regenerate and check the client, then drive xai-billing through all eleven
## operations against the local billing API on a free loopback port
demo: generate check
	$(BIN)/python tests/demo.py

$(STAMP): generator/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r generator/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c generator/requirements.txt -e '.[dev]'
	touch $(STAMP)

## generate: rebuild generated/ from spec/openapi.yaml
generate: $(STAMP)
	$(BIN)/python generator/generate.py

## check: the spec is valid, generated/ matches a fresh regeneration, recordings are scrubbed, mypy --strict and ruff are clean
check: $(STAMP)
	$(BIN)/openapi-spec-validator spec/openapi.yaml
	$(BIN)/python generator/generate.py --check
	$(BIN)/python tests/check_recordings.py
	$(BIN)/mypy --strict generated/xai_billing generated/xai_billing_strict.py
	$(BIN)/ruff check --config pyproject.toml generated generator tests
	$(BIN)/ruff format --config pyproject.toml --check generated generator tests

## test: make check, then the test suite
test: check
	$(BIN)/python -m pytest

## bench: the speed figures, each a ratio against a baseline of the same run (not part of make test)
bench: $(STAMP)
	$(BIN)/python tests/bench.py

## wheel: build the distribution into dist/
wheel: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache
