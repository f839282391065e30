"""Failover figures (issue 19, item 4): the time from the primary's loss to the first
action accepted again on every workstation, through a multi-host URL.

Two local clusters (tests/failover/scenario.py: synchronous streaming replication), N
workstations registering walk-ins with idempotency keys, the primary stopped with
``-m immediate`` mid-stream, the standby promoted after PROMOTE_DELAY seconds (0: at
once, as an automatic failover manager would; 5: an admin's quick reaction). Checks the
same invariants as the test, then prints per-run figures.

    .venv/bin/python benchmarks/bench_failover.py [--runs 3] [--workstations 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import machine  # noqa: E402
from tests.failover.scenario import make_pair, remove_pair, run_failover, temp_root  # noqa: E402


def one_run(workstations: int, promote_delay: float) -> dict:
    root = temp_root()
    primary = standby = None
    try:
        primary, standby = make_pair(root)
        out = asyncio.run(run_failover(primary, standby, workstations=workstations,
                                       before_s=2.0, acks_after=5,
                                       promote_delay_s=promote_delay))
    finally:
        remove_pair(root, *(c for c in (primary, standby) if c is not None))
    stations = out.workstations
    acked = {f"{w.name}/{k}": v for w in stations for k, v in w.acked.items()}
    lost = [k for k in acked if k not in out.entry_ids_by_key]
    doubled = [k for k, v in out.entry_ids_by_key.items() if len(v) != 1]
    skipped = sum(w.seen != out.final_change_ids for w in stations)
    return {"recovery": out.recovery_s, "promoted": out.promoted_after_s,
            "acked": len(acked), "replayed": sum(w.replayed for w in stations),
            "reported": sum(len(w.reported) for w in stations),
            "lost": len(lost), "doubled": len(doubled), "feeds_skipping": skipped}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workstations", type=int, default=5)
    ap.add_argument("--promote-delays", default="0,5")
    args = ap.parse_args()
    print(machine())
    for delay in (float(d) for d in args.promote_delays.split(",")):
        rec_all = []
        for i in range(args.runs):
            r = one_run(args.workstations, delay)
            rec_all.extend(r["recovery"])
            print(f"promote after {delay:.0f} s, run {i + 1}: promoted at {r['promoted']:.2f} s; "
                  f"first accepted action per workstation "
                  f"{', '.join(f'{x:.2f}' for x in sorted(r['recovery']))} s; "
                  f"acked {r['acked']}, replayed {r['replayed']}, reported failed "
                  f"{r['reported']}; lost {r['lost']}, doubled {r['doubled']}, feeds "
                  f"skipping {r['feeds_skipping']}")
        print(f"promote after {delay:.0f} s, {args.runs} runs x {args.workstations} "
              f"workstations: loss -> first accepted action median "
              f"{statistics.median(rec_all):.2f} s, max {max(rec_all):.2f} s")


if __name__ == "__main__":
    main()
