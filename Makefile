# rasd developer entry points. `make demo` and `make test` are the README's two commands:
# each creates the virtual environment if needed, installs rasd into it, and runs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve test lint typecheck unit bench clean

# The C accelerators are compiled by the install (hatch_build.py): a change to one reinstalls.
$(STAMP): pyproject.toml hatch_build.py src/rasd/ner/_fastcrf.c src/rasd/text/_fasttok.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/rasd demo

# The demo, then its dashboard on http://127.0.0.1:8000/ until Ctrl-C.
serve: $(STAMP)
	$(BIN)/rasd demo --serve

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collects no test; that is a failure of the suite, not a pass.
unit: $(STAMP)
	@$(BIN)/pytest || { rc=$$?; [ $$rc -eq 5 ] && echo "make: pytest collected no tests" >&2; exit $$rc; }

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python bench/bench_structure.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
