#!/usr/bin/env bash
# Quick start 1: the app on the embedded SQLite database with a demo day.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/desk-app demo "$@"
