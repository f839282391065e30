"""Composition root: settings, logging, database, Desk, the qasync loop and the window.

``run_app(settings, url)`` is what ``desk-app run`` and ``desk-app demo`` start. On quit
the window's tasks are cancelled, the change feed stops and the engine is disposed, all
inside the running qasync loop.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Session:
    """What a started window holds on to (for tests and the screenshot command)."""

    window: object
    connected: object
    desk: object
    print_desk: object = None
    receipt_desk: object = None
    heartbeat: object = None
    report_db: object = None     # the reports' replica (settings.report_database_url)
    schema_watch: object = None  # turns the window read-only after a db upgrade


def install_translations(app, language: str) -> list:
    """Loads the app's and Qt's own translations for ``language`` (German is the source;
    its own file gives the singular and plural of a counted text)."""

    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = []
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.German, QLocale.Country.Germany))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    # German too: the source texts, but a counted one ("%n Personen") needs its forms
    mine = QTranslator(app)
    path = translations_dir() / f"desk_app_{language}.qm"
    if mine.load(str(path)):
        app.installTranslator(mine)
        installed.append(mine)
    else:
        log.warning("no UI translation for %s at %s", language, path)
    return installed


def translations_dir():
    from desk_app.resource_files import translations_dir as package_translations

    return package_translations()


async def resolve_actor(db, settings):
    """The workstation's user (issue 13, docs/SIGN_IN.md):

    - PostgreSQL: the staff record of the database login (``session_user``) when there is
      one: nobody becomes someone else by editing the settings file; an unmapped login (the
      admin's own, a developer's ``postgres``) falls back to ``settings.login``;
    - SQLite: ``settings.login``, else the OS login when it names a staff member, else the
      first shift lead (the demo)."""
    from sqlalchemy import select

    from desk_app.domain.roles import Actor, Role
    from desk_app.models import Counter, StaffMember
    from desk_app.services.sign_in import SignInRefused, os_login, sign_in_postgres

    async with db.read() as session:
        staff = None
        if db.backend.has_roles:
            try:
                signed = await sign_in_postgres(session)
                staff = await session.get(StaffMember, signed.staff_id)
            except SignInRefused:
                log.info("the database login is no staff member; using the settings' login")
        if staff is None and settings.login:
            staff = (await session.execute(select(StaffMember).where(
                StaffMember.login == settings.login))).scalar_one_or_none()
            if staff is None:
                raise ValueError(f"Benutzer {settings.login!r} ist nicht angelegt.")
        if staff is None and not db.backend.has_roles:
            staff = (await session.execute(select(StaffMember).where(
                StaffMember.login == os_login(), StaffMember.active.is_(True)))
                     ).scalar_one_or_none()
        if staff is None:
            staff = (await session.execute(select(StaffMember).where(
                StaffMember.role == Role.SHIFT_LEAD.value).order_by(StaffMember.id))).scalars().first()
        counter_id = None
        if settings.counter:
            counter_id = await session.scalar(select(Counter.id).where(
                Counter.name == settings.counter))
    return Actor(staff_id=staff.id if staff else None,
                 role=Role(staff.role) if staff else Role.CLERK,
                 counter_id=counter_id, station=settings.station)


def make_spooler():
    """CUPS (lp/lpstat) where a scheduler answers, else Qt's painter (Windows)."""
    from desk_app.ui.printing_qt import make_spooler as make

    return make()


def system_default_printer() -> str:
    """The system's default printer (on CUPS the default destination), or ""."""
    try:
        from desk_app.ui.printing_qt import default_printer

        return default_printer() or ""
    except Exception:  # no print support in this Qt build: PDFs only
        log.warning("no default printer available", exc_info=True)
        return ""


async def open_session(settings, url: str, *, clock=None, poll_interval: float | None = None,
                       screen: str = "counter", ticket_dir=None, start: bool = True,
                       spooler=None, printers=None, default_printer: str | None = None,
                       heartbeat_interval: float | None = None, memory=None,
                       database=None) -> Session:
    """Connects (schema policy applied), builds the Desk, printing, receipts, presence and
    the window, and starts it (``start=False``: the caller shows the window first, then
    awaits ``window.start()``).

    ``spooler``: the print back end (default: CUPS where it answers, else Qt);
    ``printers``: a callable listing printer names (default: Qt's list);
    ``default_printer``: used when the settings name none (default: the system's).
    The heartbeat is made here and started by the window once it knows the counter;
    ``close_session`` stops it (sign-off) before the engine is disposed.
    ``database``: an engine already connected as the person's own login (a different
    person took over this workstation, person_switch.py); the session owns it."""
    from sqlalchemy.engine import make_url

    from desk_app.services.backend import is_embedded_url, is_server_url
    from desk_app.services.connect import connect
    from desk_app.services.context import Context
    from desk_app.services.desk import Desk
    from desk_app.services.presence import HEARTBEAT_INTERVAL, Heartbeat
    from desk_app.services.printing_desk import PrintDesk, ReceiptDesk
    from desk_app.ui.shell import MainWindow

    from desk_app.services.schema_watch import SchemaWatch

    if database is None and is_server_url(url) and settings.login and not make_url(url).username:
        from desk_app.services.sign_in import url_for_login

        # issue 13: the person's own database login, the password from the OS keyring
        url = url_for_login(url, settings.login).render_as_string(hide_password=False)
    connected = await connect(url, embedded=is_embedded_url(url), db=database)
    heartbeat = report_db = schema_watch = None
    try:
        report_db = open_report_database(settings)
        actor = await resolve_actor(connected.db, settings)
        from desk_app.services.admin import load_policy

        async with connected.db.read() as session:   # the office's role permissions
            policy = await load_policy(session)
        ctx = Context(actor=actor, policy=policy, **({"clock": clock} if clock else {}))
        read_only = connected.schema.read_only
        desk = Desk(connected.db, ctx, read_only=read_only,
                    read_only_reason="Datenbank ist neuer als das Programm" if read_only else "")
        desk.federal_state = settings.federal_state or desk.federal_state  # slots' holidays
        desk.take_slots = True   # Desk.book and a moved time take a slot's place (issue 15)
        desk.report_db = report_db
        print_desk = PrintDesk(
            connected.db, ctx, spooler if spooler is not None else make_spooler(),
            printers=settings.printers,
            default_printer=system_default_printer() if default_printer is None
            else default_printer)
        receipt_desk = ReceiptDesk(connected.db, ctx, enabled=settings.receipts_enabled,
                                   office_name=settings.office_name)
        if not read_only:
            heartbeat = Heartbeat(connected.db, actor.station or settings.station,
                                  actor.staff_id, None, actor.counter_id,
                                  interval=heartbeat_interval or HEARTBEAT_INTERVAL,
                                  clock=lambda: desk.ctx.now())
        window = MainWindow(desk, settings=settings, read_only_reason="schema" if read_only else "",
                            poll_interval=poll_interval or settings.sqlite_poll_ms / 1000,
                            screen=screen, ticket_dir=ticket_dir, print_desk=print_desk,
                            receipt_desk=receipt_desk, heartbeat=heartbeat, printers=printers,
                            memory=memory, auto_no_show=True)
        schema_watch = SchemaWatch(connected.db, desk, interval=settings.schema_check_s,
                                   on_read_only=lambda _why: show_read_only(window))
        from desk_app.services.sign_in import SignInFacade
        from desk_app.ui.sign_in import install as install_sign_in

        install_sign_in(window, SignInFacade(connected.db), settings)  # issue 13
        if start:
            await window.start()
        schema_watch.start()
    except BaseException:
        if schema_watch is not None:
            await schema_watch.stop()
        if heartbeat is not None:
            await heartbeat.stop(sign_off_now=False)
        if report_db is not None:
            await report_db.dispose()
        await connected.db.dispose()
        raise
    return Session(window=window, connected=connected, desk=desk, print_desk=print_desk,
                   receipt_desk=receipt_desk, heartbeat=heartbeat, report_db=report_db,
                   schema_watch=schema_watch)


def show_read_only(window) -> None:
    """The database was upgraded past this program while it ran: the window says so
    (the banner names the reason) and every action that writes is disabled."""
    if window.read_only:
        return
    window.read_only = True
    window.read_only_reason = "schema"
    window._update_status()     # status label and banner
    window.update_actions()


def open_report_database(settings):
    """The reports' database (a read-only replica) when the settings name one, else None.
    No schema check: a replica follows the primary's schema; statistics only read."""
    if not settings.report_database_url:
        return None
    from desk_app.services.credentials import url_with_password
    from desk_app.services.database import open_database

    return open_database(url_with_password(settings.report_database_url,
                                           settings.database_password_source,
                                           settings.database_passfile), pool_size=2)


async def close_session(session: Session) -> None:
    """Quits in order: the window's tasks, feed, print polling and board; then the
    heartbeat signs off; then the engine is disposed."""
    if session.schema_watch is not None:
        await session.schema_watch.stop()
    await session.window.shutdown()
    if session.heartbeat is not None:
        await session.heartbeat.stop()
    if session.report_db is not None:
        await session.report_db.dispose()
    await session.connected.db.dispose()


def take_screenshot(out, *, screen: str = "counter", database: str | None = None,
                    language: str = "de", font_scale: float = 1.0,
                    size: tuple[int, int] = (1500, 900), search: str | None = None):
    """``desk-app screenshot``: renders the real window offscreen with demo data and
    saves a PNG. Without a database URL a demo day is seeded into a temporary SQLite."""
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from desk_app.domain.clock import business_day, utcnow
    from desk_app.services.backend import embedded_url
    from desk_app.services.demo import demo_as_of
    from desk_app.settings import Settings
    from desk_app.ui.screenshot import SCREEN_USERS, admin_tab, stage

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
            from desk_app.services.demo import demo_now

            now = demo_now(utcnow())  # a weekend shows the last working day
            day = business_day(now)
            url = database
            if url is None:
                url = embedded_url(Path(tmp) / "demo.sqlite3")
                await _seed_demo(url, day, now)
            as_of = demo_as_of(day, now)
            login, counter = SCREEN_USERS.get(screen, SCREEN_USERS["counter"])
            station = {"reception": "AB-THEKE-03", "lead": "AB-LEITUNG-01",
                       "lead-ops": "AB-LEITUNG-01",
                       "statistics": "AB-LEITUNG-01"}.get(
                           screen, "AB-IT-01" if admin_tab(screen) else "AB-I1-PC")
            settings = Settings(login=login, counter=counter, language=language,
                                station=station)
            session = await open_session(settings, url, clock=lambda: as_of,
                                         screen="lead" if screen == "lead-ops" or admin_tab(screen)
                                         else screen,
                                         ticket_dir=Path(tmp) / "tickets", poll_interval=0.2,
                                         default_printer="")
            window = session.window
            try:
                window.resize(*size)
                window.show()
                await asyncio.sleep(0.2)
                await window.load_screen()
                pending = stage(window, screen, search, size)
                shown = None
                if pending is not None:     # a screen staged through the services
                    shown = await pending   # (an admin screen: the window to picture)
                await asyncio.sleep(0.8)  # the debounced search and a repaint
                (shown or window).grab().save(str(out))
            finally:
                await close_session(session)
                window.close()

    with loop:
        loop.run_until_complete(main())
    return out


async def _seed_demo(url: str, day, now) -> None:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day

    conn = await connect(url, embedded=True)
    try:
        await seed_demo_day(conn.db, day, now=now)
    finally:
        await conn.db.dispose()


async def first_run(settings):
    """The first-run dialog (no settings file yet): returns the saved settings, or None
    when it was cancelled."""
    from desk_app.services.first_run import FirstRunFacade
    from desk_app.settings import config_file
    from desk_app.ui.first_run import FirstRunDialog

    try:
        from desk_app.ui.printing_qt import available_printers

        printers = available_printers()
    except Exception:  # no print support: the names can be typed
        printers = []
    facade = FirstRunFacade(embedded_url=settings.effective_database_url
                            if settings.is_embedded else "")
    dialog = FirstRunDialog(facade, config_file(), base=settings, printers=printers)
    dialog.resize(max(720, dialog.sizeHint().width()), dialog.sizeHint().height())
    result = await dialog.wait()
    return dialog.saved_settings if result else None


def run_setup(settings) -> int:
    """``desk-app setup``: the first-run dialog on demand (e.g. to change the database)."""
    from PySide6.QtWidgets import QApplication
    import qasync

    app = QApplication.instance() or QApplication(sys.argv)
    install_translations(app, settings.language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> int:
        saved = await first_run(settings)
        if saved is None:
            return 1
        from desk_app.settings import config_file

        print(f"Einstellungen gespeichert: {config_file()}")
        return 0

    with loop:
        return loop.run_until_complete(main())


def run_app(settings, url, clock=None, *, quit_after: float | None = None,
            ask_first: bool = False) -> int:
    """``clock``: the window's "now" (the demo's runs behind on a weekend);
    ``ask_first``: the first-run dialog before the window (no settings file yet)."""
    from PySide6.QtWidgets import QApplication
    import qasync

    from desk_app.logging_setup import configure_logging

    configure_logging(settings.log_dir, settings.log_level)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desk_app")
    app.setQuitOnLastWindowClosed(False)
    install_translations(app, settings.language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> int:
        nonlocal settings, url
        closed = asyncio.Event()
        if ask_first:  # no settings file yet: ask for the essentials first
            saved = await first_run(settings)
            if saved is None:
                log.info("first-run dialog cancelled")
                return 1
            from desk_app.services.credentials import url_with_password

            settings = saved
            install_translations(app, settings.language)
            try:
                url = url_with_password(settings.effective_database_url,
                                        settings.database_password_source,
                                        settings.database_passfile)
            except ValueError as exc:
                log.error("start failed: %s", type(exc).__name__)
                return 2
        from desk_app.ui.window_memory import WindowMemory

        try:
            session = await open_session(settings, url, start=False, clock=clock,
                                         memory=WindowMemory.default())
        except Exception as exc:
            log.error("start failed: %s", type(exc).__name__)
            from desk_app.ui.error_messages import message_for
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Critical, "desk_app", message_for(exc)
                              if not isinstance(exc, ValueError) else str(exc))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.finished.connect(lambda _r: closed.set())
            box.open()
            await closed.wait()
            return 2
        from desk_app import __version__
        from desk_app.services.database import safe_url

        log.info("desk_app %s started: station %s, database %s", __version__,
                 settings.station, safe_url(url))
        from desk_app.person_switch import Workstation

        # issue 13: a different person may take over; `station.session` is the current one
        station = Workstation(session, settings, url, on_close=closed.set, clock=clock,
                              memory=WindowMemory.default())
        session.window.restore_geometry()  # last time's, fitted to this screen
        session.window.show()          # at once; the day's queue fills in right after
        from PySide6.QtCore import QTimer

        # again once the window manager has framed it (its title bar's height is known)
        QTimer.singleShot(400, session.window.restore_geometry)
        await session.window.start()
        if quit_after is not None:  # smoke checks of an installation (desk-app demo)
            try:
                await asyncio.wait_for(closed.wait(), quit_after)
            except asyncio.TimeoutError:
                log.info("quitting after %.0f s (--quit-after)", quit_after)
        else:
            await closed.wait()
        await station.shutdown()
        await close_session(station.session)
        log.info("desk_app closed: station %s", settings.station)
        # anything still pending (e.g. a late ticket render) is cancelled, not leaked
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return 0

    with loop:
        return loop.run_until_complete(main())
