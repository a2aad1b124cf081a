#!/usr/bin/env bash
# Regenerate the translation sources (resources/i18n/casefile_*.ts) from the strings in ui/.
# Run after changing any text shown in the window; translations already made are kept.
# tests/ui/test_translations.py fails while the sources are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-.venv/bin/pyside6-lupdate}"
mapfile -t sources < <(find ui -name '*.py' | LC_ALL=C sort)
"$LUPDATE" "${sources[@]}" -tr-function-alias tr+=_tr -no-obsolete -locations relative \
    -ts resources/i18n/casefile_ru.ts resources/i18n/casefile_kk.ts resources/i18n/casefile_ug.ts
# English needs only its plural forms ("%n case(s)" -> "1 case", "2 cases"), written by hand in casefile_en.ts.
"$LUPDATE" "${sources[@]}" -tr-function-alias tr+=_tr -no-obsolete -locations none -pluralonly \
    -source-language en -target-language en -ts resources/i18n/casefile_en.ts
