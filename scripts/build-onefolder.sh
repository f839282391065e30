#!/usr/bin/env bash
# One-folder build with PyInstaller: dist/desk-app/ holds desk-app (desk-app.exe on
# Windows) with Python, Qt and every resource; copy the folder to a workstation and run it.
# Then checks the build offscreen: --version, selfcheck (resources, every document in every
# language, the English UI), a screenshot, and a document PDF.
#
#   bash scripts/build-onefolder.sh [OUTDIR]     # default: build/onefolder
#
# Windows (PowerShell, Python 3.11 from python.org; same steps, see docs/deployment.md):
#   py -3.11 -m venv .build-venv
#   .build-venv\Scripts\python -m pip install pyinstaller==6.* .
#   .build-venv\Scripts\pyinstaller --noconfirm --onedir --windowed --name desk-app `
#       --collect-data desk_app --add-data "desk_app\migrations;desk_app\migrations" `
#       --collect-submodules desk_app --collect-submodules sqlalchemy.dialects `
#       --collect-submodules asyncpg --collect-submodules alembic --collect-data reportlab `
#       --collect-submodules keyring --collect-submodules holidays --collect-data holidays `
#       --collect-submodules icalendar --collect-data icalendar --collect-submodules openpyxl `
#       --copy-metadata desk-app scripts\pyinstaller_entry.py
#   dist\desk-app\desk-app.exe --version
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
OUT=${1:-build/onefolder}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
VENV="$OUT/venv"
if [ ! -x "$VENV/bin/pyinstaller" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10,<7"
fi
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$SRC"
"$VENV/bin/python" -m pip install --quiet "$SRC"
PKG=$("$VENV/bin/python" -c 'import desk_app, os; print(os.path.dirname(desk_app.__file__))')
# The documents' fonts (DejaVu, Noto, Droid Sans Fallback, Nanum: all free to
# redistribute) go into the folder, so a workstation needs no font packages (Windows!).
FONT_ARGS=()
while read -r font; do
  [ -n "$font" ] && FONT_ARGS+=(--add-data "$font:desk_app/resources/fonts")
done < <("$VENV/bin/python" - <<'PY'
from desk_app.printing.fonts import FONTS, _find
for spec in FONTS.values():
    path = _find(spec.filename)
    if path:
        print(path)
    elif spec.required:
        raise SystemExit(f"required font {spec.filename} not found ({spec.package})")
PY
)
echo "== pyinstaller (one folder, ${#FONT_ARGS[@]} font arguments)"
# migrations: alembic reads the revision files from disk, so they go in as data too
"$VENV/bin/pyinstaller" --noconfirm --clean --onedir --name desk-app \
    --distpath "$OUT/dist" --workpath "$OUT/work" --specpath "$OUT" \
    --collect-data desk_app \
    --add-data "$PKG/migrations:desk_app/migrations" \
    "${FONT_ARGS[@]}" \
    --collect-submodules desk_app --collect-submodules sqlalchemy.dialects \
    --collect-submodules asyncpg --collect-submodules alembic.runtime \
    --collect-submodules alembic.operations --collect-submodules alembic.ddl \
    --collect-submodules aiosqlite \
    --collect-data reportlab --collect-submodules reportlab.graphics.barcode \
    --collect-submodules keyring \
    --collect-submodules holidays --collect-data holidays \
    --collect-submodules icalendar --collect-data icalendar --collect-submodules openpyxl \
    --copy-metadata desk-app --log-level WARN \
    "$SRC/scripts/pyinstaller_entry.py"
APP="$OUT/dist/desk-app/desk-app"
echo "built: $APP ($(du -sh "$OUT/dist/desk-app" | cut -f1))"
echo "== checks (offscreen)"
RUN="$OUT/run"; rm -rf "$RUN"; mkdir -p "$RUN"; cd "$RUN"
# no system fonts for the documents: only what the folder carries
export QT_QPA_PLATFORM=offscreen DESK_DATA_DIR="$RUN/data" DESK_CONFIG="$RUN/settings.toml"
unset DESK_DATABASE_URL || true
"$APP" --version
"$APP" selfcheck --out "$RUN/documents"
"$APP" screenshot --language de --out "$RUN/counter.png"
"$APP" demo --quit-after 6
grep -q "desk_app .* started" "$DESK_DATA_DIR/logs/desk_app.log"
ls "$RUN/documents/wait_ticket_de.pdf" "$RUN/counter.png"
# the documents' fonts travel inside the folder (a Windows PC has none of them)
ls "$OUT"/dist/desk-app/_internal/desk_app/resources/fonts/DejaVuSans.ttf \
   "$OUT"/dist/desk-app/_internal/desk_app/resources/fonts/NotoSansArabic-Regular.ttf
echo "ONE-FOLDER CHECK PASSED ($OUT)"
