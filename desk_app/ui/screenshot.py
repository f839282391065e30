"""Renders the real window offscreen with demo data and saves a PNG (``desk-app
screenshot``). Without a database URL a demo day is seeded into a temporary SQLite file."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import tempfile
from pathlib import Path

SCREEN_USERS = {"counter": ("sbbi1", "Schalter I1"), "reception": ("info1", "")}


def take_screenshot(out: Path, *, screen: str = "counter", database: str | None = None,
                    language: str = "de", font_scale: float = 1.0,
                    size: tuple[int, int] = (1500, 900), search: str | None = None) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.app import close_session, install_translations, open_session
    from desk_app.domain.clock import business_day, utcnow
    from desk_app.services.demo import demo_as_of
    from desk_app.settings import Settings

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    install_translations(app, language)
    if font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> None:
        with tempfile.TemporaryDirectory(prefix="desk-shot-") as tmp:
            now = utcnow()
            day = business_day(now)
            url = database
            if url is None:
                url = f"sqlite+aiosqlite:///{Path(tmp) / 'demo.sqlite3'}"
                await _seed(url, day, now)
            as_of = demo_as_of(day, now)
            login, counter = SCREEN_USERS.get(screen, SCREEN_USERS["counter"])
            settings = Settings(login=login, counter=counter, language=language,
                                station="AB-THEKE-03" if screen == "reception" else "AB-I1-PC")
            session = await open_session(settings, url, clock=lambda: as_of, screen=screen,
                                         ticket_dir=Path(tmp) / "tickets", poll_interval=0.2)
            window = session.window
            try:
                window.resize(*size)
                window.show()
                await asyncio.sleep(0.2)
                _stage(window, screen, search)
                await asyncio.sleep(0.8)  # the debounced search and a repaint
                window.grab().save(str(out))
            finally:
                await close_session(session)
                window.close()

    with loop:
        loop.run_until_complete(main())
    return out


async def _seed(url: str, day: dt.date, now: dt.datetime) -> None:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day

    conn = await connect(url, embedded=True)
    try:
        await seed_demo_day(conn.db, day, now=now)
    finally:
        await conn.db.dispose()


def _stage(window, screen: str, search: str | None) -> None:
    """A representative picture: the clerk's entry in service, or a reception search."""
    from desk_app.domain.states import State

    if screen == "reception":
        pane = window.reception_view.pane
        text = search
        if text is None:
            booked = [e for e in pane.model.entries() if e.state == State.BOOKED and e.members]
            text = booked[len(booked) // 3].members[0].family_name[:5] if booked else ""
        window.reception_view.search.setText(text)
        window.statusBar().clearMessage()
        return
    pane = window.counter_view.pane
    entries = pane.model.entries()
    # the clerk sits at a counter that has someone in service (a family if there is one)
    serving = sorted((e for e in entries if e.state == State.IN_SERVICE and e.counter_name),
                     key=lambda e: -len(e.members))
    pick = serving[0] if serving else next(
        (e for e in entries if e.state == State.WAITING), None)
    if pick is not None:
        if pick.counter_name:
            window.counter_view.select_counter(pick.counter_name)
        pane.select(pick.id)
    window.statusBar().clearMessage()
    if search:
        window.counter_view.filter.setText(search)
