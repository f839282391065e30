"""Issue 20: ingesting 1,000 messages (< 10 s) and opening the worklist with 5,000 open
requests (< 200 ms: the read plus the table model filled), on SQLite and PostgreSQL.
The floor for the ingest: parsing the same 1,000 messages alone (no database)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import machine, throwaway  # noqa: E402
from desk_app.domain.mail_requests import parse_message  # noqa: E402
from desk_app.services.mail_polling import scheduled_job  # noqa: E402
from desk_app.services.mail_requests import FetchedMessage, RequestDesk  # noqa: E402
from tests.mail.corpus import build  # noqa: E402

NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone.utc)


async def run(backend: str) -> None:
    msgs = [FetchedMessage(i, it.raw) for i, it in enumerate(build(1000, seed=11), start=1)]
    t = time.perf_counter()
    for m in msgs:
        parse_message(m.raw)
    floor = time.perf_counter() - t
    async with throwaway(backend) as db:
        d = RequestDesk(db, ctx=scheduled_job(lambda: NOW))   # a clerk's permissions
        t = time.perf_counter()
        res = await d.ingest(mailbox="INBOX", uid_validity=1, messages=msgs)
        ingest = time.perf_counter() - t
        print(f"{backend}: ingest 1,000 messages {ingest:.2f} s ({res.new_requests} requests, "
              f"{res.joined} joined); parsing alone {floor:.2f} s, ratio {ingest / floor:.1f}x")
        more = [FetchedMessage(2000 + i, it.raw)
                for i, it in enumerate(build(4000, seed=12), start=1)]
        for start in range(0, len(more), 1000):
            await d.ingest(mailbox="INBOX", uid_validity=2, messages=more[start:start + 1000])
        from PySide6.QtWidgets import QApplication
        from desk_app.ui.requests.model import RequestsModel

        app = QApplication.instance() or QApplication([])
        model = RequestsModel()
        samples = []
        for _ in range(5):
            t = time.perf_counter()
            rows = await d.worklist()
            model.set_rows(rows)
            for c in range(model.columnCount()):
                model.index(0, c).data()
            samples.append((time.perf_counter() - t) * 1000)
        samples.sort()
        print(f"{backend}: open the worklist with {len(rows)} open requests: median "
              f"{samples[2]:.0f} ms (min {samples[0]:.0f}, max {samples[-1]:.0f})")
        del app


if __name__ == "__main__":
    print(machine())
    for backend in ("sqlite", "postgres"):
        asyncio.run(run(backend))
