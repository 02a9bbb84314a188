# legalgraph: `make demo` runs the main job on the embedded store, `make test` the tests.
# Both work on a fresh machine: they create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= .legalgraph

.PHONY: install demo test lint bench neo4j neo4j-stop clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: install
	$(BIN)/legalgraph extract data/samples
	$(BIN)/legalgraph ingest data/samples --data-dir $(DATA)
	$(BIN)/legalgraph tree "Chỉ thị số 33/CT-TTg" --data-dir $(DATA)

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/legalgraph bench --scale small

neo4j: install
	$(BIN)/legalgraph neo4j start

neo4j-stop: install
	$(BIN)/legalgraph neo4j stop

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache .ruff_cache
