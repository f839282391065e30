"""The worklist as a Screen of the shell (issue 11 protocol): built by its factory from a
Desk and the settings, it follows the change feed, polls the real dovecot by its action,
and disables its writing actions when told."""

from __future__ import annotations

from desk_app.services.changes import changes_after
from desk_app.services.mail_requests import ENTITY, FetchedMessage, RequestDesk
from desk_app.settings import MailSettings, Settings
from desk_app.ui.requests.screen import RequestsScreen, create_requests_screen
from desk_app.ui.screen import Screen
from tests.mail.test_worklist_services import NOW, form
from tests.support import Clock, desk_for
from tests.ui.conftest import qloop, run  # noqa: F401  (fixtures)
from tests.mail.actors import acting


def _open(run, sqlite_database_url):
    from desk_app.services.database import open_database

    db = open_database(sqlite_database_url)
    return db, run(desk_for(db, "sbbi1", clock=Clock(NOW)))


def test_without_a_mailbox_the_screen_reads_but_does_not_send(qtbot, run, sqlite_database_url):
    db, desk = _open(run, sqlite_database_url)
    try:
        screen = create_requests_screen(desk, Settings())
        qtbot.addWidget(screen)
        assert isinstance(screen, RequestsScreen) and isinstance(screen, Screen)
        assert screen.name == "requests" and screen.title()
        assert len(screen.screen_actions()) == 4
        run(RequestDesk(db, ctx=acting(lambda: NOW)).ingest(mailbox="INBOX", uid_validity=1, messages=[
            FetchedMessage(1, form(1, file_number="I-2019-4711"))]))
        screen.show()
        run(screen.load())
        screen.activate()
        assert screen.model.rowCount() == 1 and screen.current_row() is not None
        assert not screen.poller.enabled and not screen.poller.timer.isActive()
        assert not screen.poll_action.isEnabled()
        assert not screen.offer_action.isEnabled() and not screen.ask_action.isEnabled()
        assert screen.route_action.isEnabled()
        assert "Kein Postfach" in screen.last_message
        screen.set_writable(False)
        assert not screen.route_action.isEnabled()
        screen.set_writable(True)
        assert screen.route_action.isEnabled()
        run(screen.shutdown())
    finally:
        run(db.dispose())


def test_the_screen_polls_and_follows_the_change_feed(qtbot, run, sqlite_database_url,
                                                      dovecot, certificate, memory_keyring):
    from desk_app.services import mail_transport as mt

    db, desk = _open(run, sqlite_database_url)
    try:
        memory_keyring.set_password(mt.KEYRING_SERVICE, "termine", dovecot.password)
        mail = MailSettings(imap_host="localhost", imap_port=dovecot.port, user="termine",
                            cafile=str(certificate), smtp_host="localhost",
                            from_address="termine@office.example", poll_interval_s=3600)
        screen = create_requests_screen(desk, Settings(mail=mail))
        qtbot.addWidget(screen)
        assert screen.poller.timer.isActive()          # polling runs before it is shown
        screen.show()
        run(screen.load())
        assert screen.model.rowCount() == 0
        assert screen.poller.timer.isActive() and screen.poll_action.isEnabled()
        dovecot.deliver(form(1, file_number="I-2019-4711"))
        screen.poll_action.trigger()
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=15_000)
        assert "1 neue Nachrichten" in screen.last_message
        # another workstation's ingest reaches this one through the change feed
        async def feed():
            async with db.read() as s:
                return await changes_after(s, 0)
        before = len(run(feed()))
        run(RequestDesk(db, ctx=acting(lambda: NOW)).ingest(mailbox="OTHER", uid_validity=1, messages=[
            FetchedMessage(1, form(2, family="Neu", sender="neu@x.example",
                                   file_number="I-2019-999"))]))
        records = run(feed())[before:]
        assert [r.entity for r in records] == [ENTITY]
        run(screen.on_changes(records))
        assert screen.model.rowCount() == 2
        run(screen.shutdown())
        assert not screen.poller.timer.isActive()
    finally:
        run(db.dispose())
