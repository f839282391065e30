"""Composition roots of the waiting room (issue 12), beside desk_app.app: the call
display (``desk-app display``) and the kiosk (``desk-app kiosk``): database, facade,
window, full screen, in a qasync loop."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Sequence

log = logging.getLogger(__name__)


def settle_heap() -> None:
    """After start-up: what the display made so far (Qt, the driver, the modules) lives as
    long as it does, so Python's full collections need not walk it again. Without this
    one took 91 ms beside the office load, long enough to hold a call's repaint back
    (benchmarks/RESULTS.md, session 6). Objects made later are collected as before."""
    import gc

    gc.collect()
    gc.freeze()


def run_display(settings, url: str, *, service_points: Sequence[str] = (),
                screen: int | None = None, windowed: bool = False, silent: bool = False) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.app import install_translations
    from desk_app.logging_setup import configure_logging
    from desk_app.services.backend import is_embedded_url
    from desk_app.services.call_display import CallDisplayFeed
    from desk_app.services.database import open_database

    from desk_app.ui.display.announcer import Announcer
    from desk_app.ui.display.window import DisplayWindow

    configure_logging(settings.log_dir, settings.log_level)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desk_app display")
    install_translations(app, settings.language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> int:
        if is_embedded_url(url):
            # the embedded database upgrades itself; a display role on PostgreSQL cannot
            # read the schema revision (it reads its views only) and never runs DDL
            from desk_app.services.connect import connect
            db = (await connect(url, embedded=True)).db
        else:
            db = open_database(url, pool_size=1)
        feed = CallDisplayFeed(db, on_picture=lambda p: None, service_points=service_points,
                               poll_interval=settings.sqlite_poll_ms / 1000)
        window = DisplayWindow(feed, Announcer(enabled=not silent))
        screens = app.screens()
        if screen is not None and 0 <= screen < len(screens):
            window.setScreen(screens[screen])
            window.move(screens[screen].geometry().topLeft())
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        if windowed:
            window.resize(1280, 720)
            window.show()
        else:
            window.showFullScreen()
        log.info("call display started (service points: %s)",
                 ", ".join(service_points) or "all")
        await window.start()
        settle_heap()
        await closed.wait()
        await window.shutdown()
        await db.dispose()
        return 0

    with loop:
        return loop.run_until_complete(main())

async def open_kiosk(settings, url: str, *, spooler=None, clock=None):
    """The kiosk's facade on ``url`` (schema policy applied). Returns (facade, db)."""
    from desk_app.app import make_spooler, resolve_actor, system_default_printer
    from desk_app.services.backend import is_embedded_url
    from desk_app.services.connect import connect
    from desk_app.services.context import Context
    from desk_app.services.desk import Desk
    from desk_app.services.kiosk import KioskDesk
    from desk_app.services.printing_desk import PrintDesk

    connected = await connect(url, embedded=is_embedded_url(url))
    try:
        actor = await resolve_actor(connected.db, settings)
        ctx = Context(actor=actor, **({"clock": clock} if clock else {}))
        desk = Desk(connected.db, ctx)
        printing = PrintDesk(connected.db, ctx,
                             spooler if spooler is not None else make_spooler(),
                             printers=settings.printers,
                             default_printer=system_default_printer())
        kiosk = KioskDesk(desk, printing, early_min=settings.kiosk_early_min,
                          walk_in_service_points=settings.kiosk_walk_ins,
                          office_name=settings.office_name)
    except BaseException:
        await connected.db.dispose()
        raise
    return kiosk, connected.db


def run_kiosk(settings, url: str, *, windowed: bool = False) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.app import install_translations
    from desk_app.logging_setup import configure_logging

    from desk_app.ui.kiosk.window import KioskWindow

    configure_logging(settings.log_dir, settings.log_level)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desk_app kiosk")
    install_translations(app, settings.language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> int:
        kiosk, db = await open_kiosk(settings, url)
        window = KioskWindow(kiosk)
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        if windowed:
            window.resize(1280, 1024)
            window.show()
        else:
            window.showFullScreen()
        await window.load()
        log.info("kiosk started")
        await closed.wait()
        await window.shutdown()
        await db.dispose()
        return 0

    with loop:
        return loop.run_until_complete(main())


class _PaperSpooler:
    """A spooler that takes every job (for the kiosk's screenshot, nothing is printed)."""

    async def submit(self, queue, pdf, *, title):
        return "shot-1"

    async def jobs(self, queue, job_ids):
        from desk_app.printing.jobs import SpoolJob, SpoolState
        return {j: SpoolJob(j, SpoolState.COMPLETED) for j in job_ids}

    async def queue_state(self, queue):
        from desk_app.printing.jobs import QueueState
        return QueueState(queue, True, True, True)

    async def cancel(self, job_id):
        from desk_app.printing.jobs import SpoolState
        return SpoolState.CANCELED


def take_waiting_room_screenshots(out_dir, *, size=(1920, 1080)) -> list:
    """The display (``size``) and the kiosk (start page and a check-in) on a demo day in
    a temporary SQLite, rendered offscreen to PNGs in ``out_dir``."""
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.app import _seed_demo, install_translations
    from desk_app.domain.clock import business_day, utcnow
    from desk_app.services.backend import embedded_url
    from desk_app.services.call_display import CallDisplayFeed
    from desk_app.services.database import open_database
    from desk_app.services.demo import demo_as_of
    from desk_app.services.display_notice import set_notice
    from desk_app.settings import PrinterSettings, Settings
    from desk_app.ui.display.window import DisplayWindow
    from desk_app.ui.kiosk.window import KioskWindow

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    install_translations(app, "de")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    written = []

    async def main() -> None:
        with tempfile.TemporaryDirectory(prefix="desk-shot-") as tmp:
            now = utcnow()
            day = business_day(now)
            url = embedded_url(Path(tmp) / "demo.sqlite3")
            await _seed_demo(url, day, now)
            as_of = demo_as_of(day, now)
            settings = Settings(login="leitung", kiosk_walk_ins=("BI", "EU"),
                                printers=PrinterSettings(wait_ticket="Kiosk"))
            kiosk, kdb = await open_kiosk(settings, url, spooler=_PaperSpooler(),
                                          clock=lambda: as_of)
            await kiosk.desk.write(set_notice, kiosk.desk.ctx,
                                   "Bitte halten Sie Ihren Pass bereit.")
            await _close_counter(kiosk.desk, "Schalter I5")   # shown as closed (issue 14)
            db = open_database(url)
            feed = CallDisplayFeed(db, on_picture=lambda p: None, clock=lambda: as_of,
                                   history=8)
            display = DisplayWindow(feed, None, clock=lambda: as_of)
            display.resize(*size)
            display.show()
            await display.start()
            await asyncio.sleep(1.0)
            display._start_blink()
            await asyncio.sleep(0.1)
            path = out_dir / "display.png"
            display.grab().save(str(path))
            written.append(path)
            await display.shutdown()
            display.close()
            await db.dispose()

            window = KioskWindow(kiosk)
            window.resize(1280, 1024)
            window.show()
            await window.load()
            await asyncio.sleep(0.3)
            path = out_dir / "kiosk.png"
            window.grab().save(str(path))
            written.append(path)
            booked = await _booking_near(kiosk, as_of)
            if booked is not None:
                window.set_language("tr")
                await window._check_in(booked)
                await asyncio.sleep(0.3)
                path = out_dir / "kiosk_checked_in.png"
                window.grab().save(str(path))
                written.append(path)
            await window.shutdown()
            window.close()
            await kdb.dispose()

    with loop:
        loop.run_until_complete(main())
    return written


async def _close_counter(desk, name: str) -> None:
    from sqlalchemy import select

    from desk_app.domain.lead import Presence
    from desk_app.models.tables import Counter
    from desk_app.services.lead_facade import LeadOps

    async with desk.db.read() as session:
        counter_id = await session.scalar(select(Counter.id).where(Counter.name == name))
    if counter_id is not None:
        await LeadOps(desk).set_presence(Presence.CLOSED, counter_id=counter_id)


async def _booking_near(kiosk, as_of):
    """The booking reference of a BOOKED appointment due within the kiosk's window."""
    import datetime as dt

    from desk_app.domain.states import State

    entries = await kiosk.desk.day_queue()
    for e in sorted(entries, key=lambda e: e.scheduled_at or as_of):
        if e.state is State.BOOKED and e.scheduled_at and \
                as_of - dt.timedelta(minutes=5) <= e.scheduled_at <= as_of + dt.timedelta(minutes=25):
            return e.booking_reference
    return None
