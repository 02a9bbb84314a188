# legalgraph: `make demo` runs the main job on the embedded store, `make test` the tests.
# Both work on a fresh machine: they create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= .legalgraph

PORT ?= 8000
# Root installs Debian packages directly; anyone else through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install system-deps demo test lint bench neo4j neo4j-stop clean

install: $(VENV)/.installed

# What tests and benchmarks need beyond Python, installed only when missing: Debian's
# chromium (browser tests), Java 17 with Maven (the suite fetches and starts a real Neo4j),
# wrk (the API load benchmark).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	command -v mvn >/dev/null 2>&1 || missing="$$missing maven"; \
	command -v wrk >/dev/null 2>&1 || missing="$$missing wrk"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: install
	$(BIN)/legalgraph ingest data/samples --data-dir $(DATA)
	$(BIN)/legalgraph tree "Chỉ thị số 33/CT-TTg" --data-dir $(DATA)
	$(BIN)/legalgraph serve --data-dir $(DATA) --port $(PORT)

test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .

bench: install system-deps
	$(BIN)/legalgraph bench --scale small

neo4j: install
	$(BIN)/legalgraph neo4j start

neo4j-stop: install
	$(BIN)/legalgraph neo4j stop

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache .ruff_cache
