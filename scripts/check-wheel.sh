#!/usr/bin/env bash
# Builds the wheel, installs it (and only it, with its dependencies) into a fresh venv
# outside the source tree, and checks the installed program:
#   desk-app --version; desk-app selfcheck (resources, every document in every language,
#   the English UI); desk-app demo started offscreen and quit; an English screenshot.
# Used by tests/deployment/test_wheel.py (marked slow; CI runs it through scripts/test.sh).
#
#   bash scripts/check-wheel.sh [WORKDIR]     # WORKDIR kept for a look (default: a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
bash scripts/bootstrap.sh
WORK=${1:-$(mktemp -d -t desk-wheel-XXXXXX)}
mkdir -p "$WORK"
echo "== building the wheel"
rm -rf "$WORK/dist"
.venv/bin/python -m pip wheel --quiet --no-deps -w "$WORK/dist" "$SRC"
WHEEL=$(ls "$WORK"/dist/desk_app-*.whl)
echo "wheel: $WHEEL"
echo "== files in the wheel"
.venv/bin/python - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["desk_app/resources/translations/desk_app_en.qm",
        "desk_app/resources/translations/documents/de.json",
        "desk_app/resources/sample/bookings.csv",
        "desk_app/migrations/env.py", "desk_app/migrations/script.py.mako"]
missing = [n for n in need if n not in names]
assert not missing, f"missing in the wheel: {missing}"
assert sum(n.startswith("desk_app/migrations/versions/") for n in names) >= 1
print(f"{len(names)} files, resources and migrations present")
PY
echo "== a fresh venv with the wheel only"
rm -rf "$WORK/venv"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --upgrade pip >/dev/null
"$WORK/venv/bin/python" -m pip install --quiet "$WHEEL"
RUN="$WORK/run"
rm -rf "$RUN"; mkdir -p "$RUN"
cd "$RUN"   # nowhere near the source tree
export DESK_DATA_DIR="$RUN/data" DESK_CONFIG="$RUN/settings.toml" QT_QPA_PLATFORM=offscreen
unset DESK_DATABASE_URL PYTHONPATH || true
BIN="$WORK/venv/bin"
where=$("$BIN/python" -c 'import desk_app, pathlib; print(pathlib.Path(desk_app.__file__).resolve())')
echo "desk_app imported from $where"
case "$where" in "$SRC"/*) echo "FAIL: imported from the source tree" >&2; exit 1;; esac
echo "== desk-app --version"
"$BIN/desk-app" --version
echo "== desk-app selfcheck"
"$BIN/desk-app" selfcheck --out "$RUN/documents"
echo "== desk-app demo (offscreen, quits after 8 s)"
"$BIN/desk-app" demo --quit-after 8
grep -q "desk_app .* started" "$DESK_DATA_DIR/logs/desk_app.log" || {
  echo "FAIL: the demo did not start (log):" >&2; cat "$DESK_DATA_DIR/logs/desk_app.log" >&2; exit 1; }
echo "demo started and quit: $(grep -c . "$DESK_DATA_DIR/logs/desk_app.log") log lines"
echo "== desk-app screenshot --language en"
"$BIN/desk-app" screenshot --language en --out "$RUN/counter_en.png"
echo "== desk-app settings"
"$BIN/desk-app" settings >/dev/null
echo "WHEEL CHECK PASSED ($WORK)"
