#!/bin/sh
# Regenerates the UI translations: collect tr() texts, fill English, compile .qm.
set -e
cd "$(dirname "$0")/../.."
BIN=${VENV:-.venv}/bin
FILES=$(find desk_app/ui desk_app/app.py -name '*.py' | sort)
$BIN/pyside6-lupdate $FILES -no-obsolete -source-language de -target-language en -ts resources/translations/desk_app_en.ts
$BIN/pyside6-lupdate $FILES -no-obsolete -source-language de -target-language de -ts resources/translations/desk_app_de.ts
$BIN/python resources/translations/fill_en.py
$BIN/pyside6-lrelease resources/translations/desk_app_en.ts -qm resources/translations/desk_app_en.qm
