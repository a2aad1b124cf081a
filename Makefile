# Two commands for a newcomer: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench look sysdeps venv translations clean wheel wheel-test dist dist-test

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

# An installable wheel in build/wheel/; setup.py compiles the translations (.qm) into it first.
wheel: venv
	rm -rf build/wheel
	$(PY) -m pip wheel --quiet --no-deps -w build/wheel .

# The wheel and every dependency installed into a fresh environment outside the checkout, then
# --version, init, import, search, brief, verify and the window run from another folder (minutes).
wheel-test: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m install -p no:randomly -s tests/test_package.py

# The frozen one-folder application for this machine, in dist/casefile/ (packaging/casefile.spec).
dist: wheel
	$(PY) -m pip install --quiet -e '.[dev,dist]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/casefile.spec
	@du -sh dist/casefile

# The frozen program run with a clean environment (no venv on PATH, no PYTHONPATH, HOME a fresh
# folder), then the same commands from the checkout, for the start-up figures side by side.
dist-test:
	test -d dist/casefile || $(MAKE) dist
	$(PY) packaging/smoke.py dist/casefile/casefile
	@echo "--- the same from the checkout:"
	$(PY) packaging/smoke.py $(PY) main.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
