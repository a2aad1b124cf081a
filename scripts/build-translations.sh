#!/usr/bin/env bash
# Compile the translation sources (resources/i18n/casefile_*.ts) into the .qm catalogues the window
# loads (resources/i18n/casefile_*.qm). The .qm files are built, never committed; `make run`, `make test`
# and `make look` build them through the setup step. Unfinished messages stay English in the window.
set -euo pipefail
cd "$(dirname "$0")/.."
LRELEASE="${LRELEASE:-.venv/bin/pyside6-lrelease}"
for ts in resources/i18n/casefile_*.ts; do
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
