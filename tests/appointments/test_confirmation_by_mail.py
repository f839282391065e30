"""Issue 15, Must 7 over issue 20's SMTP: after a booking's confirmation is printed, the
Confirmer also sends it by e-mail (PDF and .ics attached) to every distinct address of
the booking's people, one mail each, through a real SMTP server (aiosmtpd over TLS, the mail tests' fixture). A mail that
cannot be sent is a clear message; the booking and the print stand."""

from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtCore import Qt

from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.confirmation_mail import ConfirmationMailer, mailer_from_settings
from desk_app.services.document_output import DocumentOutput
from desk_app.services.mail_transport import MailAccount
from desk_app.services.printing_desk import PrintDesk
from desk_app.settings import MailSettings, PrinterSettings
from desk_app.ui.booking.confirmation import Confirmer
from tests.appointments.helpers import MONDAY, local
from tests.appointments.test_follow_up_dialog import office  # noqa: F401  (fixture)
from tests.mail.conftest import certificate, smtp_server  # noqa: F401  (fixtures)
from tests.support import desk_for, ids, person

pytestmark = pytest.mark.gui


def _account(port, certificate) -> MailAccount:
    return MailAccount(smtp_host="localhost", smtp_port=port,
                       from_address="termine@office.example", cafile=str(certificate))


def _confirmer(run, desk, spooler, tmp_path, mailer) -> Confirmer:
    output = DocumentOutput(PrintDesk(desk.db, desk.ctx, spooler,
                                      printers=PrinterSettings(slips="Laser2")), tmp_path / "pdf")
    return Confirmer(output, tmp_path / "ics", services=run(desk.services()),
                     service_points=run(desk.service_points()), office_name="Testamt",
                     mailer=mailer)


def _book(run, desk, db, *people):
    sp = run(ids(db))["sp"]["BI"]
    return run(AppointmentBook(desk).book(service_point_id=sp, service_id=None,
                                          starts_at=local(MONDAY, 7, 50),
                                          applicants=list(people)))


def test_a_printed_confirmation_is_also_sent_by_mail(run, office, spooler, tmp_path,  # noqa: F811
                                                     smtp_server, certificate):  # noqa: F811
    db, desk, clock = office
    inbox, port = smtp_server
    entry = _book(run, desk, db, person("Haddad", "Omar", email="omar@x.example",
                                        preferred_language="ar"),
                  person("Haddad", "Lina", email="lina@x.example"))
    confirmer = _confirmer(run, desk, spooler, tmp_path,
                           ConfirmationMailer(_account(port, certificate), password="",
                                              clock=clock))
    done = run(confirmer.confirm(entry))
    assert len(spooler.submitted) == 1 and done.ics is not None      # printed, .ics saved
    # every person's address (it went to the first one's only), a mail each
    assert [m.rcpt_tos for m in inbox.messages] == [["omar@x.example"], ["lina@x.example"]]
    assert done.mailed_to == ("omar@x.example", "lina@x.example")
    for sent in inbox.messages:
        msg = email.message_from_bytes(sent.content, policy=email.policy.default)
        assert msg["To"] == sent.rcpt_tos[0]        # no member sees another's address
        assert entry.booking_reference in msg["Subject"]
        parts = {p.get_content_type(): p for p in msg.iter_attachments()}
        assert parts["application/pdf"].get_content().startswith(b"%PDF")
        ics = parts["text/calendar"].get_content()
        assert entry.booking_reference in (ics.decode() if isinstance(ics, bytes) else ics)
    assert "omar@x.example, lina@x.example" in done.mail_text() and done.mail_error is None


def test_an_address_two_people_share_gets_one_mail(run, office, spooler, tmp_path,  # noqa: F811
                                                   smtp_server, certificate):  # noqa: F811
    db, desk, clock = office
    inbox, port = smtp_server
    # parents with the child's mail on the family's address; the first has none
    entry = _book(run, desk, db, person("Nowak", "Jan"),
                  person("Nowak", "Ewa", email="familie@x.example"),
                  person("Nowak", "Ola", email=" Familie@X.example "))
    mailer = ConfirmationMailer(_account(port, certificate), password="", clock=clock)
    done = run(_confirmer(run, desk, spooler, tmp_path, mailer).confirm(entry))
    assert [m.rcpt_tos for m in inbox.messages] == [["familie@x.example"]]
    assert done.mailed_to == ("familie@x.example",)


def test_no_address_no_mail_and_no_mailer_no_mail(run, office, spooler, tmp_path,  # noqa: F811
                                                  smtp_server, certificate):  # noqa: F811
    db, desk, clock = office
    inbox, port = smtp_server
    # nobody has an address: printed only
    entry = _book(run, desk, db, person("Ohne", "Adresse"), person("Auch", "Ohne"))
    mailer = ConfirmationMailer(_account(port, certificate), password="", clock=clock)
    done = run(_confirmer(run, desk, spooler, tmp_path, mailer).confirm(entry))
    assert done.mailed_to == () and done.mail_error is None and done.mail_text() is None
    assert len(spooler.submitted) == 1 and inbox.messages == []
    # no SMTP account in the settings: no mailer at all
    assert mailer_from_settings(MailSettings()) is None
    assert mailer_from_settings(MailSettings(smtp_host="smtp.office.example")) is None
    configured = mailer_from_settings(MailSettings(smtp_host=" smtp.office.example ",
                                                   smtp_port=587, smtp_starttls=True,
                                                   user="termine", cafile="/ca.pem"))
    assert configured.account == MailAccount(
        smtp_host="smtp.office.example", smtp_port=587, smtp_starttls=True, user="termine",
        from_address="termine", cafile="/ca.pem")
    assert configured.password is None          # from the keyring when sending
    relay = mailer_from_settings(MailSettings(smtp_host="relay", from_address="t@o.example"))
    assert relay.password == "" and relay.account.from_address == "t@o.example"


def test_a_mail_failure_is_a_message_and_loses_nothing(run, office, spooler, tmp_path,  # noqa: F811
                                                       smtp_server, certificate):  # noqa: F811
    db, desk, clock = office
    inbox, port = smtp_server
    entry = _book(run, desk, db, person("Haddad", "Omar", email="omar@x.example"))
    # the server refuses the TLS handshake: this client does not trust its certificate
    untrusted = MailAccount(smtp_host="localhost", smtp_port=port,
                            from_address="termine@office.example")
    done = run(_confirmer(run, desk, spooler, tmp_path,
                          ConfirmationMailer(untrusted, password="", clock=clock)
                          ).confirm(entry))
    assert done.mailed_to == () and "Mailserver" in done.mail_error
    assert done.not_mailed_to == ("omar@x.example",) and "omar@x.example" in done.mail_text()
    assert "NICHT per E-Mail" in done.mail_text() and "Die Buchung gilt" in done.mail_text()
    assert len(spooler.submitted) == 1 and done.ics is not None and inbox.messages == []
    (stored,) = run(desk.entries([entry.id]))
    assert stored.booking_reference == entry.booking_reference


def test_the_follow_up_dialog_says_where_the_mail_went(qtbot, run, office, spooler,  # noqa: F811
                                                       tmp_path, smtp_server,  # noqa: F811
                                                       certificate):  # noqa: F811
    from desk_app.ui.booking import FollowUpDialog

    db, desk, clock = office
    inbox, port = smtp_server
    sp = run(ids(db))["sp"]["BI"]
    entry = run(desk.register_walk_in(service_point_id=sp, applicants=[
        person("Yılmaz", "Ayşe", email="ayse@x.example", preferred_language="tr")]))
    output = DocumentOutput(PrintDesk(desk.db, desk.ctx, spooler,
                                      printers=PrinterSettings(slips="Laser2")), tmp_path / "pdf")
    dialog = FollowUpDialog(None, AppointmentBook(desk), entry=entry,
                            services=run(desk.services()),
                            service_points=run(desk.service_points()), output=output,
                            ics_dir=tmp_path / "ics", office_name="Testamt",
                            mailer=ConfirmationMailer(_account(port, certificate),
                                                      password="", clock=clock))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "E-Mail" in dialog.status.text(), timeout=20_000)
    assert "gedruckt" in dialog.status.text() and "ayse@x.example" in dialog.status.text()
    (sent,) = inbox.messages
    assert sent.rcpt_tos == ["ayse@x.example"]
    assert dialog.last_booking.booking_reference in sent.content.decode("utf-8", "replace")
    run(dialog.tasks.cancel_all())
