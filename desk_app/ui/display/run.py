"""``desk-app display``: the database (the display's role on PostgreSQL), the feed, the
announcer and the window, full screen on the chosen screen, in a qasync loop."""

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

    from .announcer import Announcer
    from .window import DisplayWindow

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
