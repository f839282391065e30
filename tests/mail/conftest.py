"""Fixtures: a real dovecot IMAPS server and an aiosmtpd SMTPS server, each throwaway."""

from __future__ import annotations

import shutil

import pytest

from desk_app.services.mail_transport import MailAccount
from tests.mail.servers import DOVECOT, Dovecot, free_port, self_signed, tls_server_context


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.fail("openssl is needed (apt-get install openssl; scripts/test-setup.sh installs it)")
    return self_signed(tmp_path_factory.mktemp("tls"))[0]


@pytest.fixture
def dovecot(certificate):
    import os
    import tempfile
    from pathlib import Path

    if not os.path.exists(DOVECOT):
        pytest.fail("dovecot is needed (apt-get install dovecot-imapd; scripts/test-setup.sh installs it)")
    # dovecot's own users must reach its files: pytest's tmp_path is private (0700)
    root = Path(tempfile.mkdtemp(prefix="desk-dovecot-"))
    root.chmod(0o755)
    server = Dovecot(root=root, port=free_port(), user="termine", password="geheim-123",
                     cert=certificate)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server(certificate):
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port,
                            ssl_context=tls_server_context(certificate))
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def account(certificate, dovecot, smtp_server):
    return MailAccount(imap_host="localhost", imap_port=dovecot.port, smtp_host="localhost",
                       smtp_port=smtp_server[1], user="termine",
                       from_address="termine@office.example", cafile=str(certificate))
