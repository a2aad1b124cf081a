# Two commands for a newcomer: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench look sysdeps venv translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The window's compiled translations (resources/i18n/casefile_*.qm, not in git), from the .ts sources.
translations: $(STAMP)
	LRELEASE=$(VENV)/bin/pyside6-lrelease bash scripts/build-translations.sh

# System packages (fonts are shipped in resources/; these are tools: age, qpdf, pdftotext/pdftoppm, Xvfb).
sysdeps:
	bash scripts/install-system-deps.sh

run: sysdeps venv translations
	$(PY) main.py

test: sysdeps venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The import contracts and ruff alone (tests/test_architecture.py runs both as part of `make test`).
lint: venv
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .

# Full-scale benchmarks (tens of minutes); figures go to build/bench/.
bench: sysdeps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks $(BENCH_ARGS)

# Screenshots of every window and PNG pages of every kind of brief, under build/look/. These
# tests are deselected from `make test` (pyproject.toml's addopts); `-m screenshots` here wins.
look: sysdeps venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m screenshots -p no:randomly

clean:
	rm -rf $(VENV) build .pytest_cache
