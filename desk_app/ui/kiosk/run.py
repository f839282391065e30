"""``desk-app kiosk``: the kiosk's Desk (a reception actor), its printing desk, and the
window full screen, in a qasync loop."""

from __future__ import annotations

import asyncio
import logging
import sys

log = logging.getLogger(__name__)


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

    from .window import KioskWindow

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
