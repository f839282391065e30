"""The mailbox password comes from the keyring (service desk_app-mail, the account's user)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from desk_app.services import mail_transport as mt


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


def test_password_from_the_keyring(memory_keyring):
    account = mt.MailAccount(user="termine")
    with pytest.raises(mt.MailUnavailable, match="kein Passwort"):
        mt.password_for(account)
    memory_keyring.set_password(mt.KEYRING_SERVICE, "termine", "s3cret")
    assert mt.password_for(account) == "s3cret"


async def test_poll_takes_the_keyring_password(db, dovecot, account, memory_keyring):
    from tests.mail.corpus import build
    from tests.mail.test_worklist_services import NOW
    from desk_app.services.mail_requests import RequestDesk

    memory_keyring.set_password(mt.KEYRING_SERVICE, "termine", dovecot.password)
    dovecot.deliver(build(1, seed=9)[0].raw)
    result = await mt.poll(RequestDesk(db, clock=lambda: NOW), account)
    assert result.read == 1
