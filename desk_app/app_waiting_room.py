"""Composition roots of the waiting room (issue 12), beside desk_app.app: the call
display (``desk-app display``) and the kiosk (``desk-app kiosk``): database, facade,
window, full screen, in a qasync loop."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Sequence

log = logging.getLogger(__name__)

def run_display(settings, url: str, *, service_points: Sequence[str] = (),
                screen: int | None = None, windowed: bool = False, silent: bool = False) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.app import install_translations
    from desk_app.logging_setup import configure_logging
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
        if url.startswith("sqlite"):
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
        await closed.wait()
        await window.shutdown()
        await db.dispose()
        return 0

    with loop:
        return loop.run_until_complete(main())

async def open_kiosk(settings, url: str, *, spooler=None, clock=None):
    """The kiosk's facade on ``url`` (schema policy applied). Returns (facade, db)."""
    from desk_app.app import make_spooler, resolve_actor, system_default_printer
    from desk_app.services.connect import connect
    from desk_app.services.context import Context
    from desk_app.services.desk import Desk
    from desk_app.services.kiosk import KioskDesk
    from desk_app.services.printing_desk import PrintDesk

    connected = await connect(url, embedded=url.startswith("sqlite"))
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
