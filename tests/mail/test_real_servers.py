"""Against a real IMAP server (dovecot, IMAPS) and a real SMTP server (aiosmtpd, TLS)."""

from __future__ import annotations

import email
import email.policy

import pytest

from desk_app.services import mail_transport as mt
from desk_app.services.mail_requests import RequestDesk
from tests.mail.corpus import build
from tests.mail.test_parsing import dsn
from tests.mail.test_worklist_services import NOW, form
from tests.mail.actors import acting


async def test_imap_poll_reads_each_message_once_and_deletes_nothing(db, dovecot, account):
    for item in build(25, seed=7):
        dovecot.deliver(item.raw)
    d = RequestDesk(db, ctx=acting(lambda: NOW))
    first = await mt.poll(d, account, password=dovecot.password)
    assert first.read == 25 and first.new_requests == 25
    dovecot.deliver(form(99, family="Neu", sender="neu@x.example", file_number="I-2020-999"))
    second = await mt.poll(d, account, password=dovecot.password)
    assert (second.read, second.new_requests) == (1, 1)
    assert (await mt.poll(d, account, password=dovecot.password)).read == 0
    assert dovecot.files() == 26          # nothing deleted or moved out of the mailbox
    assert len(await d.worklist()) == 26


async def test_imap_wrong_password_and_no_tls_are_refused(db, dovecot, account):
    from dataclasses import replace

    d = RequestDesk(db, ctx=acting(lambda: NOW))
    with pytest.raises(mt.MailUnavailable):
        await mt.poll(d, account, password="falsch")
    # a certificate nobody vouches for is not accepted
    with pytest.raises(mt.MailUnavailable):
        await mt.poll(d, replace(account, cafile=""), password=dovecot.password)


async def test_ask_missing_then_answer_joins_then_confirmation_and_bounce(db, dovecot, account,
                                                                          smtp_server):
    inbox, _port = smtp_server
    d = RequestDesk(db, ctx=acting(lambda: NOW))
    dovecot.deliver(form(1))                       # no file number: incomplete
    await mt.poll(d, account, password=dovecot.password)
    (row,) = await d.worklist()
    assert row.missing == ("file_number",)
    asked = await mt.ask_missing(d, account, row, password="")
    assert asked.status == "asked"
    sent = email.message_from_bytes(inbox.messages[-1].content, policy=email.policy.default)
    assert sent["To"] == "ay@x.example" and f"[Anfrage #{row.id}]" in sent["Subject"]
    body = sent.get_content()
    assert "Aktenzeichen" in body and "dosya numarası" in body and "Geburtsdatum" not in body

    answer = email.message.EmailMessage()
    answer["From"] = "ay@x.example"
    answer["Subject"] = "Re: " + sent["Subject"]
    answer["In-Reply-To"] = sent["Message-ID"]
    answer.set_content("Aktenzeichen: I-2017-12345")
    dovecot.deliver(answer.as_bytes())
    res = await mt.poll(d, account, password=dovecot.password)
    assert res.answers == 1
    (row,) = await d.worklist()
    assert row.missing == () and row.file_number == "I-2017-12345" and row.message_count == 2

    done = await mt.send_confirmation(d, account, row, when="Mo., 7. Dez. 2026, 09:00",
                                      where="Ludwigstraße 3", pdf=b"%PDF-1.4 test",
                                      ics=b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                                      ics_name="termin.ics", entry_id=None, password="")
    assert done.status == "answered" and await d.worklist() == []
    conf = email.message_from_bytes(inbox.messages[-1].content, policy=email.policy.default)
    names = {p.get_filename(): p.get_content_type() for p in conf.iter_attachments()}
    assert names == {"Terminbestaetigung.pdf": "application/pdf", "termin.ics": "text/calendar"}

    dovecot.deliver(dsn(conf["Message-ID"], "ay@x.example"))
    res = await mt.poll(d, account, password=dovecot.password)
    assert res.bounces == 1
    (back,) = await d.worklist()
    assert back.undeliverable and back.note == "anrufen oder per Post"
