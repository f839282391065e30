"""UI performance figures (issue 3). Run standalone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py

- a day of 5,000 entries into the model (with the filter proxy and a shown table): < 200 ms
- a filter keystroke over 5,000 rows: < 20 ms
- a one-row state change: no model reset, dataChanged for exactly that row
- process start to window shown (warm): < 1.5 s
- RSS with 5,000 entries in the window: < 250 MB (the window in a process of its own)

Prints the numbers; nothing here asserts timers (DESIGN.md: performance is measured
here, never in tests).
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

N = 5000


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_model(app) -> dict:
    from PySide6.QtWidgets import QTableView

    from desk_app.domain.states import State
    from desk_app.ui.queue_pane import QueuePane
    from tests.ui.factories import changed, day

    rows = day(N)
    pane = QueuePane()
    pane.resize(1400, 900)
    pane.show()
    app.processEvents()
    load = []
    for _ in range(7):
        t = time.perf_counter()
        pane.model.set_rows(rows)
        app.processEvents()                         # includes the repaint
        load.append(time.perf_counter() - t)

    keystrokes = []
    for text in ["n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguye", "nguy", "ngu", "ng",
                 "n", "", "k", "ko", "kow", "kowa", "", "12-0", "12-00", ""]:
        t = time.perf_counter()
        pane.proxy.set_text(text)
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)

    resets, changes = [], []
    pane.model.modelReset.connect(lambda: resets.append(1))
    pane.model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.row(), b.row())))
    waiting = [e for e in pane.model.rows() if e.state == State.WAITING][:25]
    pane.select(waiting[0].id)
    samples = []
    for target in waiting:
        changes.clear()
        t = time.perf_counter()
        pane.model.update_rows([changed(target, state=State.CALLED, call_count=1)])
        app.processEvents()                         # includes the repaint
        samples.append(time.perf_counter() - t)
    one_row = statistics.median(samples)
    one_row_max = max(samples)
    row = pane.model.row_of(target.id)
    pane.close()
    return {
        "load_median": statistics.median(load), "load_max": max(load),
        "key_median": statistics.median(keystrokes), "key_max": max(keystrokes),
        "one_row": one_row, "one_row_max": one_row_max, "resets": len(resets), "changed": changes, "row": row,
    }


def rss_in_own_process() -> float:
    """``bench_rss`` in a fresh interpreter: what the window holds, not what the model
    benchmark before it left in this process's heap (its pane, 7 × 5,000 rows)."""
    out = subprocess.run([sys.executable, __file__, "--rss-only"], capture_output=True,
                         text=True, timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    line = next((l for l in out.stdout.splitlines() if l.startswith("RSS")), None)
    if line is None:
        raise RuntimeError(out.stderr[-2000:])
    return float(line.split()[1])


def bench_rss(app) -> float:
    """The whole window (both screens) on a real database, 5,000 entries in each table."""
    import qasync

    from desk_app.services.database import open_database
    from desk_app.services.demo import seed_reference
    from desk_app.services.schema import upgrade
    from desk_app.ui.shell import MainWindow
    from tests.support import desk_for
    from tests.ui.factories import day

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    result = {}

    async def main():
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
            db = open_database(url)
            await upgrade(db)
            async with db.write_session() as s:
                await seed_reference(s)
            desk = await desk_for(db, "sbbi1", counter="Schalter I1")
            window = MainWindow(desk, poll_interval=0.5, ticket_dir=Path(tmp))
            window.resize(1500, 900)
            window.show()
            await window.start()
            rows = day(N)
            window.screens["counter"].pane.model.set_rows(rows)
            window.screens["reception"].pane.model.set_rows(rows)
            await asyncio.sleep(0.1)
            window.show_screen("reception")
            await asyncio.sleep(0.1)
            result["rss"] = rss_mb()
            await window.shutdown()
            window.close()
            await db.dispose()

    with loop:
        loop.run_until_complete(main())
    return result["rss"]


STARTUP = r"""
import os, sys, time, asyncio
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
import qasync
from desk_app.app import open_session, close_session
from desk_app.settings import Settings
app = QApplication([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
async def main():
    # as run_app does it: the window is shown at once, then the day's queue is loaded
    s = await open_session(Settings(login="sbbi1", counter="Schalter I1"), sys.argv[2],
                           ticket_dir=sys.argv[3], start=False)
    s.window.resize(1500, 900)
    s.window.show()
    await asyncio.sleep(0)      # let Qt paint (never processEvents() inside a coroutine)
    shown = time.time() - t0
    await s.window.start()
    await asyncio.sleep(0)
    print(f"SHOWN {shown:.4f} LOADED {time.time() - t0:.4f} "
          f"ROWS {s.window.screens['counter'].pane.model.rowCount()}", flush=True)
    await close_session(s)
with loop:
    loop.run_until_complete(main())
"""


#: process starts measured (the first is cold)
STARTS = 9


def bench_startup() -> tuple[list[float], list[float], list[float]]:
    """Wall time from spawning the interpreter to the window shown, and to the day
    loaded; and the CPU time (user + system) of each start: a figure that a busy
    machine's scheduling does not move as it moves the wall time."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.domain.clock import business_day, utcnow
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day

    tmp = tempfile.mkdtemp(prefix="desk-bench-")
    url = f"sqlite+aiosqlite:///{tmp}/start.sqlite3"

    async def seed():
        conn = await connect(url, embedded=True)
        await seed_demo_day(conn.db, business_day(utcnow()), now=utcnow(), size=200)
        await conn.db.dispose()

    asyncio.run(seed())
    times, loaded, cpu = [], [], []
    env = dict(os.environ, PYTHONPATH=str(ROOT), DESK_DATA_DIR=tmp)
    # warm means compiled: with PYTHONDONTWRITEBYTECODE set (some shells and CI images
    # set it) every start would compile each of the app's modules again, as no
    # installed copy ever does (pip writes them at install)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(STARTS):  # the first run warms the OS file cache and .pyc files
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", STARTUP, repr(t0), url, tmp], env=env,
                             capture_output=True, text=True, timeout=120)
        line = next((l for l in out.stdout.splitlines() if l.startswith("SHOWN")), None)
        if line is None:
            raise RuntimeError(out.stderr[-2000:])
        times.append(float(line.split()[1]))
        loaded.append(float(line.split()[3]))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, loaded, cpu


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    if "--rss-only" in sys.argv:
        print(f"RSS {bench_rss(app):.1f}")
        return 0
    m = bench_model(app)
    print(f"5,000 entries into the model (set_rows + repaint): median {ms(m['load_median'])}, "
          f"max {ms(m['load_max'])}   [target < 200 ms]")
    print(f"filter keystroke over 5,000 rows: median {ms(m['key_median'])}, "
          f"max {ms(m['key_max'])}   [target < 20 ms]")
    only_row = m["changed"] == [(m["row"], m["row"])]
    print(f"one-row state change (+repaint): median {ms(m['one_row'])}, max "
          f"{ms(m['one_row_max'])}, modelReset signals: {m['resets']}, "
          f"dataChanged: {m['changed']} (that row only: {only_row})")
    starts, loaded, cpu = bench_startup()
    print(f"process start to window shown: first {starts[0]:.2f} s, warm median "
          f"{statistics.median(starts[1:]):.2f} s (runs {', '.join(f'{s:.2f}' for s in starts)})"
          "   [target < 1.5 s]")
    print(f"CPU time of a start (user + system, to the window closed): warm median "
          f"{statistics.median(cpu[1:]):.2f} s")
    print(f"process start to the day's queue loaded in the window: warm median "
          f"{statistics.median(loaded[1:]):.2f} s (runs {', '.join(f'{s:.2f}' for s in loaded)})")
    rss = rss_in_own_process()
    print(f"RSS with 5,000 entries in both screens (the window in a process of its own): "
          f"{rss:.0f} MB   [target < 250 MB]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
