#!/bin/sh
# Regenerates the UI translations: collect tr() texts, fill English, compile .qm.
# English texts: en_base.py plus one en_<area>.py per area (each an EN dict), merged by fill_en.py.
# No source locations in the .ts files, so that unrelated changes do not touch them.
set -e
cd "$(dirname "$0")/../../.."
BIN=${VENV:-.venv}/bin
TR=desk_app/resources/translations
FILES=$(find desk_app/ui desk_app/app.py -name '*.py' | sort)
$BIN/pyside6-lupdate $FILES -no-obsolete -locations none -source-language de -target-language en -ts $TR/desk_app_en.ts
$BIN/pyside6-lupdate $FILES -no-obsolete -locations none -source-language de -target-language de -ts $TR/desk_app_de.ts
$BIN/python $TR/fill_en.py
$BIN/pyside6-lrelease $TR/desk_app_en.ts -qm $TR/desk_app_en.qm
# German is the source; its .qm holds the forms of counted texts ("1 Person", "2 Personen")
$BIN/pyside6-lrelease $TR/desk_app_de.ts -qm $TR/desk_app_de.qm
