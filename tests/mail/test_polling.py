"""Polling wired (issue 20): the [mail] settings, `desk-app mail poll` and the app's timer,
against the real dovecot the tests start."""

from __future__ import annotations

import asyncio

import pytest

from desk_app.services import mail_transport as mt
from desk_app.services.mail_polling import account_from_settings, poll_once
from desk_app.services.mail_requests import RequestDesk
from desk_app.settings import MailSettings, SettingsError, read_settings_file
from tests.mail.corpus import build
from tests.mail.test_worklist_services import NOW, form
from tests.ui.conftest import qloop, run  # noqa: F401  (fixtures)
from tests.mail.actors import acting


def _toml(dovecot, certificate, **extra) -> str:
    lines = ["[mail]", 'imap_host = "localhost"', f"imap_port = {dovecot.port}",
             'user = "termine"', 'folder = "INBOX"', f'cafile = "{certificate}"',
             *(f"{k} = {v}" for k, v in extra.items())]
    return "\n".join(lines) + "\n"


def test_mail_settings_are_typed_and_hold_no_password(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[mail]\nimap_host = "imap.office.example"\nimap_port = 993\n'
                    'user = "termine"\npoll_interval_s = 120\n')
    s = read_settings_file(path)
    assert s.mail.imap_host == "imap.office.example" and s.mail.poll_interval_s == 120
    assert s.mail.configured and s.mail.folder == "INBOX"
    account = account_from_settings(s.mail)
    assert (account.imap_host, account.imap_port, account.user, account.mailbox) == (
        "imap.office.example", 993, "termine", "INBOX")
    path.write_text('[mail]\nimap_host = "x"\npassword = "geheim"\n')
    with pytest.raises(SettingsError, match="Zeile 3.*password"):
        read_settings_file(path)
    path.write_text('[mail]\nimap_port = "993"\n')
    with pytest.raises(SettingsError, match="Zeile 2"):
        read_settings_file(path)
    path.write_text('[mail]\npoll_interval_s = -5\n')
    with pytest.raises(SettingsError, match="poll_interval_s"):
        read_settings_file(path)
    assert account_from_settings(MailSettings()) is None     # no mailbox: nothing to poll


def test_cli_mail_poll_reads_the_mailbox_once_and_names_the_database(
        dovecot, certificate, sqlite_database_url, tmp_path, monkeypatch, capsys,
        memory_keyring):
    from desk_app.cli import main

    config = tmp_path / "settings.toml"
    config.write_text(_toml(dovecot, certificate))
    monkeypatch.setenv("DESK_CONFIG", str(config))
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    memory_keyring.set_password(mt.KEYRING_SERVICE, "termine", dovecot.password)
    for item in build(3, seed=5):
        dovecot.deliver(item.raw)
    assert main(["mail", "poll", "--database", sqlite_database_url]) == 0
    out = capsys.readouterr().out
    assert "Datenbank:" in out and sqlite_database_url.rsplit("/", 1)[-1] in out
    assert "3 Nachrichten gelesen" in out and "3 neue Anfragen" in out
    assert main(["mail", "poll", "--database", sqlite_database_url]) == 0
    assert "0 Nachrichten gelesen" in capsys.readouterr().out
    assert dovecot.files() == 3


def test_cli_mail_poll_without_mailbox_or_password(dovecot, certificate, sqlite_database_url,
                                                  tmp_path, monkeypatch, capsys,
                                                  memory_keyring):
    from desk_app.cli import main

    config = tmp_path / "settings.toml"
    config.write_text("")
    monkeypatch.setenv("DESK_CONFIG", str(config))
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    assert main(["mail", "poll", "--database", sqlite_database_url]) == 1
    assert "kein Postfach" in capsys.readouterr().err
    config.write_text(_toml(dovecot, certificate))     # configured, but no password stored
    assert main(["mail", "poll", "--database", sqlite_database_url]) == 2
    assert "kein Passwort im Schlüsselbund" in capsys.readouterr().err


async def test_poll_once_over_starttls_is_refused_when_the_server_offers_none(db, dovecot,
                                                                              account):
    from dataclasses import replace

    # dovecot listens with implicit TLS only: STARTTLS must fail, never fall back to plain
    with pytest.raises(mt.MailUnavailable):
        await poll_once(RequestDesk(db, ctx=acting(lambda: NOW)),
                        replace(account, imap_starttls=True), password=dovecot.password)


def test_the_app_timer_polls_the_mailbox(qtbot, run, sqlite_database_url, dovecot, account):
    from desk_app.services.database import open_database
    from desk_app.ui.requests.poller import MailPoller

    db = open_database(sqlite_database_url)
    try:
        requests = RequestDesk(db, ctx=acting(lambda: NOW))
        off = MailPoller(requests, None, interval_s=1)
        off.start()
        assert not off.enabled and not off.timer.isActive()
        poller = MailPoller(requests, account, interval_s=1, password=dovecot.password)
        reports, messages = [], []
        poller.polled.connect(reports.append)
        poller.message.connect(lambda text, err: messages.append((text, err)))
        dovecot.deliver(form(1, file_number="I-2019-4711"))
        poller.start()
        assert poller.timer.isActive() and poller.timer.interval() == 1000
        qtbot.waitUntil(lambda: any(r.result.read == 1 for r in reports), timeout=15_000)
        assert len(run(requests.worklist())) == 1
        assert any("1 neue Nachrichten" in t and not err for t, err in messages)
        # a failing poll shows its reason and the timer goes on
        poller.password = "falsch"
        qtbot.waitUntil(lambda: any(err for _t, err in messages), timeout=15_000)
        assert poller.timer.isActive()
        run(poller.shutdown())
        assert not poller.timer.isActive()
    finally:
        run(db.dispose())


async def test_two_polls_at_once_do_not_double(db, dovecot, account):
    from desk_app.ui.requests.poller import MailPoller

    dovecot.deliver(form(1))
    poller = MailPoller(RequestDesk(db, ctx=acting(lambda: NOW)), account, interval_s=0,
                        password=dovecot.password)
    first, second = await asyncio.gather(poller.poll_now(), poller.poll_now())
    assert [r is None for r in (first, second)].count(True) == 1
    assert not poller.enabled


def test_cli_mail_set_password_goes_to_the_keyring_only(tmp_path, monkeypatch, capsys,
                                                        memory_keyring):
    import getpass

    from desk_app.cli import main

    config = tmp_path / "settings.toml"
    config.write_text('[mail]\nimap_host = "imap.office.example"\nuser = "termine"\n')
    monkeypatch.setenv("DESK_CONFIG", str(config))
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "s3cret-Mail")
    assert main(["mail", "set-password"]) == 0
    assert memory_keyring.store[(mt.KEYRING_SERVICE, "termine")] == "s3cret-Mail"
    assert "s3cret" not in config.read_text() and "s3cret" not in capsys.readouterr().out
