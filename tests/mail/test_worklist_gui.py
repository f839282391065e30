"""pytest-qt: a clerk opens the worklist, answers a complete request with a slot from the
keyboard, and the confirmation e-mail with both attachments arrives at the SMTP server."""

from __future__ import annotations

import email
import email.policy

from PySide6.QtCore import Qt

from desk_app.services.database import open_database
from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from desk_app.services.mail_transport import MailAccount
from desk_app.services.request_answering import RequestAnswering, Worklist
from desk_app.ui.requests.screen import RequestsScreen
from tests.appointments.helpers import MONDAY, book_for, local
from tests.mail.test_answer_with_slot import TOML
from tests.mail.test_worklist_services import form
from tests.ui.conftest import qloop, run  # noqa: F401  (fixtures)
from tests.mail.actors import acting


def test_clerk_answers_a_request_with_a_slot_from_the_keyboard(qtbot, run, sqlite_database_url,
                                                              smtp_server, certificate):
    inbox, port = smtp_server
    db = open_database(sqlite_database_url)

    async def setup():
        admin, _, clock = await book_for(db, "admin", counter=None)
        await admin.load_capacity(TOML)
        book, _desk, _ = await book_for(db, "sbbi1", counter="Schalter I1", clock=clock)
        requests = RequestDesk(db, ctx=acting(clock))
        hostile = form(2, family="<script>alert(1)</script>", sender="h@x.example",
                       file_number="I-2019-1234")
        await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
            FetchedMessage(1, form(1, file_number="I-2019-4711")),
            FetchedMessage(2, hostile), FetchedMessage(3, form(3, family="Ohne",
                                                               sender="o@x.example"))])
        account = MailAccount(smtp_host="localhost", smtp_port=port,
                              from_address="termine@office.example", cafile=str(certificate))
        return Worklist(requests, RequestAnswering(requests, book, account, password=""))

    try:
        worklist = run(setup())
        view = RequestsScreen(worklist)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        run(view.reload())
        assert view.model.rowCount() == 3
        # the hostile name is shown as text, never as markup
        assert view.details.textFormat() == Qt.TextFormat.PlainText
        view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        names = [view.model.index(r, 1).data() for r in range(3)]
        view.table.selectRow(names.index("Ayşe Yılmaz"))
        assert view.current_row().name == "Ayşe Yılmaz"
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view._offer is not None, timeout=10_000)
        assert "Vorschlag" in view.offer_label.text()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(inbox.messages) == 1 and not view.busy, timeout=15_000)
        msg = email.message_from_bytes(inbox.messages[0].content, policy=email.policy.default)
        types = sorted(p.get_content_type() for p in msg.iter_attachments())
        assert types == ["application/pdf", "text/calendar"]
        assert msg["To"] == "ay@x.example"
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
        assert "Bestätigung gesendet" in view.last_message
        # the incomplete one cannot be answered before asking
        names = [view.model.index(r, 1).data() for r in range(2)]
        view.table.selectRow(names.index("Ayşe Ohne"))
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert "nachfragen" in view.last_message
        # F7 "Falsch adressiert": the route corrected to the service point chosen beside it
        view.route_choice.setCurrentText("HUM")
        qtbot.keyClick(view.table, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: not view.busy and "HUM" in view.last_message, timeout=10_000)
        moved = [view.model.row_at(i) for i in range(2) if view.model.row_at(i).name == "Ayşe Ohne"]
        assert moved[0].service_point == "HUM" and moved[0].misaddressed
        entry_rows = run(worklist.answering.book.desk.day_queue(MONDAY))
        assert any(e.scheduled_at == local(MONDAY, 8) for e in entry_rows)
    finally:
        run(db.dispose())
