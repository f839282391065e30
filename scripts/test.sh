#!/usr/bin/env bash
# Quick start 2: the whole test suite (SQLite always; PostgreSQL when reachable, or required
# with DESK_REQUIRE_POSTGRES=1). Sets up the machine first (scripts/test-setup.sh: system
# packages, PostgreSQL, CUPS). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-setup.sh   # system packages, PostgreSQL and CUPS up (see the file)
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python -m pytest "$@"
