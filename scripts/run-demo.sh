#!/usr/bin/env bash
# Quick start 1: the app on the embedded SQLite database with a demo day.
# Before Qt starts: is there a display, and can Qt's xcb platform plugin load its
# libraries? Missing ones are installed (apt-get; sudo when not root), or the one command
# that installs them is printed. DESK_NO_INSTALL=1: print it only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-demo: kein Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY gesetzt); bitte in einer grafischen Sitzung starten." >&2
  exit 1
fi

plugin=$(ls .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | head -1 || true)
missing_packages() {
  # the sonames ldd cannot find, mapped to their packages (scripts/qt-xcb-libs.txt)
  [ -n "$plugin" ] && command -v ldd >/dev/null 2>&1 || return 0
  ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | while read -r so; do
    pkg=$(awk -v so="$so" '$1 == so {print $2}' scripts/qt-xcb-libs.txt)
    echo "${pkg:-?$so}"
  done | sort -u | tr '\n' ' '
}
if [ "${QT_QPA_PLATFORM:-xcb}" = xcb ] || [ -n "${DISPLAY:-}" ]; then
  for attempt in 1 2; do  # a second round for what the first ones pull in
    missing=$(missing_packages)
    [ -n "${missing// /}" ] || break
    unknown=$(printf '%s\n' $missing | grep '^?' | tr -d '?' | tr '\n' ' ' || true)
    missing=$(printf '%s\n' $missing | grep -v '^?' | tr '\n' ' ' || true)
    [ -z "$unknown" ] || echo "run-demo: fehlende Bibliotheken ohne bekanntes Paket: $unknown" >&2
    [ -n "${missing// /}" ] || break
    cmd="apt-get install -y $missing"
    if [ "$(id -u)" -ne 0 ]; then cmd="sudo $cmd"; fi
    if [ -n "${DESK_NO_INSTALL:-}" ] || ! command -v apt-get >/dev/null 2>&1 || \
       { [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; }; then
      echo "run-demo: Qt braucht noch Systembibliotheken. Bitte einmal ausführen: $cmd" >&2
      exit 1
    fi
    echo "run-demo: installiere, was Qt für das Fenster braucht: $cmd" >&2
    $cmd >/dev/null || { echo "run-demo: Installation fehlgeschlagen. Bitte selbst ausführen: $cmd" >&2; exit 1; }
  done
fi
exec .venv/bin/desk-app demo "$@"
