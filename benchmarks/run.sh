#!/usr/bin/env bash
# Runs every benchmark (benchmarks/bench_*.py) and writes the raw output to
# benchmarks/last-run.txt. The curated figures live in benchmarks/RESULTS.md.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
out=benchmarks/last-run.txt
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB"
  for bench in benchmarks/bench_*.py; do
    [ -n "${1:-}" ] && [[ "$bench" != *"$1"* ]] && continue
    echo
    echo "== $bench"
    timeout 900 .venv/bin/python "$bench" || echo "(exit code $?)"
  done
} 2>&1 | tee "$out"
