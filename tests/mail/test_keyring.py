"""The mailbox password comes from the keyring (service desk_app-mail, the account's user)."""

from __future__ import annotations

import pytest

from desk_app.services import mail_transport as mt
from tests.mail.actors import acting




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
    result = await mt.poll(RequestDesk(db, ctx=acting(lambda: NOW)), account)
    assert result.read == 1
