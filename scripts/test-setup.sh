#!/usr/bin/env bash
# What the tests need of the machine, on Debian/Ubuntu: the system packages (Qt headless,
# fonts for every script the documents print, poppler, CUPS with a PDF queue, espeak-ng,
# pg_dump, objdump, dovecot), PostgreSQL started when installed but down, and the cups-pdf
# queue. Idempotent and quick when all is there (dpkg-query per package). Called by
# scripts/test.sh; DESK_NO_INSTALL=1 skips it (the tests then skip what they cannot reach,
# except PostgreSQL under DESK_REQUIRE_POSTGRES=1).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -z "${DESK_NO_INSTALL:-}" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || {
  echo "test-setup: no apt-get here; install the packages listed in scripts/test-setup.sh by hand" >&2
  exit 0
}
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "test-setup: not root and no sudo; the system packages are not checked" >&2; exit 0
  fi
fi

packages=(libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libgl1
          fonts-dejavu-core fonts-noto-core fonts-droid-fallback fonts-nanum
          poppler-utils cups cups-client printer-driver-cups-pdf)
packages+=(espeak-ng)   # issue 12: the call display speaks (a test renders German speech)
packages+=(postgresql-client)   # pg_dump: the purge test dumps the whole database
packages+=(binutils)   # objdump for PyInstaller (tests/deployment/test_onefolder.py)
packages+=(dovecot-imapd openssl)   # issue 20: the tests start their own IMAPS server
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL: start the local cluster if it is installed but down.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters --no-header 2>/dev/null | while read -r ver name port status _rest; do
    if [ "$status" != "online" ]; then
      $SUDO pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true
    fi
  done
fi

# CUPS with the cups-pdf queue the printing tests print to (needs root).
if [ "$(id -u)" = 0 ]; then
  bash scripts/ci-cups-setup.sh >/dev/null
else
  $SUDO bash scripts/ci-cups-setup.sh >/dev/null || echo "test-setup: CUPS queue not set up (needs root)" >&2
fi
