"""At the counter: order an eAT or a travel document (Reiseausweis) for one person of the
current entry, and print the pickup slip (Abholschein) at once.

The dialog runs the order through the window's ``Operations.run`` (the dialog is its
form) and the facade ``DocumentDesk``, and stays open while it does; a refusal is shown in place.
Its idempotency key is kept after a lost connection (a retry cannot order twice) and
renewed after a definite refusal. The person's open orders are shown, so that nobody
orders the same card twice.

Embedding (the window opens it with ``open()``, never ``exec()``)::

    dialog = DocumentOrderDialog(window, desk, entry, service_points, output=output,
                                 default_service_point_id=entry.service_point_id)
    dialog.ordered.connect(...)          # DocumentOrderView
    dialog.message.connect(window.show_message_slot)   # (text, is_error)
    dialog.open()
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
    QRadioButton, QVBoxLayout, QWidget,
)

from desk_app.domain.document_orders import OPEN_STATES, DocType
from desk_app.printing.barcode import format_reference
from desk_app.services.document_desk import ENTITY, DocumentDesk
from desk_app.services.idempotency import new_key
from desk_app.services.views import EntryView, ServicePointView

from .async_tools import TaskSet
from .dialogs.parts import error_label, keys_as_promised, ok_cancel
from .operation import Operations
from .pickup.output import DocumentOutputFn, default_output, describe_output
from .pickup.texts import birth_text, doc_state_label, doc_type_label, pickup_message


class DocumentOrderDialog(QDialog):
    #: The order was made (DocumentOrderView); the slip is printed afterwards.
    ordered = Signal(object)
    #: A message for the window: (text, is_error).
    message = Signal(str, bool)

    def __init__(self, parent: QWidget | None, desk, entry: EntryView,
                 service_points: Sequence[ServicePointView], *,
                 output: DocumentOutputFn | None = None,
                 default_service_point_id: int | None = None,
                 default_applicant_id: int | None = None, office_name: str = "",
                 ops: Operations | None = None) -> None:
        """``ops``: the window's Operations (a dialog of its own without one)."""
        super().__init__(parent)
        self.setObjectName("documentOrderDialog")
        self.setWindowTitle(self.tr("Dokument bestellen"))
        self.desk = desk
        self.documents = DocumentDesk(desk)
        self.entry = entry
        self.output = output or default_output()
        self.office_name = office_name
        self.key = new_key()
        self.ops = ops if ops is not None else Operations(parent=self)
        self.tasks = TaskSet()
        self.result_view = None
        self.last_output: Any = None
        self._busy = False

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Bei der Bundesdruckerei bestellen; der Abholschein wird "
                               "sofort gedruckt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.setObjectName("person")
        for m in entry.members:
            birth = birth_text(m.birth_date)
            self.person.addItem(f"{m.display_name} ({birth})" if birth else m.display_name,
                                m.applicant_id)
        if default_applicant_id is not None:
            i = self.person.findData(default_applicant_id)
            if i >= 0:
                self.person.setCurrentIndex(i)
        form.addRow(self.tr("&Person:"), self.person)

        types = QHBoxLayout()
        self.doc_type = QButtonGroup(self)
        self.eat = QRadioButton(doc_type_label(DocType.EAT))
        self.eat.setObjectName("typeEat")
        self.travel = QRadioButton(doc_type_label(DocType.TRAVEL_DOC))
        self.travel.setObjectName("typeTravelDoc")
        for b in (self.eat, self.travel):
            self.doc_type.addButton(b)
            types.addWidget(b)
        types.addStretch(1)
        self.eat.setChecked(True)
        form.addRow(self.tr("Dokument:"), types)

        self.service_point = QComboBox()
        self.service_point.setObjectName("collectServicePoint")
        for sp in service_points:
            if not sp.is_reception:
                self.service_point.addItem(sp.name, sp.id)
        wanted = default_service_point_id if default_service_point_id is not None \
            else entry.service_point_id
        i = self.service_point.findData(wanted)
        if i >= 0:
            self.service_point.setCurrentIndex(i)
        form.addRow(self.tr("&Abholort:"), self.service_point)
        layout.addLayout(form)

        self.existing = QLabel()
        self.existing.setObjectName("existingOrders")
        self.existing.setTextFormat(Qt.TextFormat.PlainText)
        self.existing.setWordWrap(True)
        self.existing.setStyleSheet("color: #6a4a00;")
        self.existing.hide()
        layout.addWidget(self.existing)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons, self.ok = ok_cancel(self.tr("Bestellen und Abholschein drucken"), default=False)
        keys_as_promised(self, self.ok, self.person)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setEnabled(self.person.count() > 0 and self.service_point.count() > 0)

        # a changed choice is a different order: a new key
        self.person.currentIndexChanged.connect(self._choice_changed)
        self.doc_type.buttonToggled.connect(lambda _b, on: on and self._choice_changed())
        self.service_point.currentIndexChanged.connect(self._choice_changed)
        self.tasks.spawn(self._load_existing(), "existing-orders")

    # -- choices ---------------------------------------------------------------------------
    def applicant_id(self) -> int | None:
        return self.person.currentData()

    def chosen_type(self) -> DocType:
        return DocType.TRAVEL_DOC if self.travel.isChecked() else DocType.EAT

    def service_point_id(self) -> int | None:
        return self.service_point.currentData()

    def _choice_changed(self) -> None:
        if not self._busy:
            self.key = new_key()
            self.error.hide()
        self.tasks.spawn(self._load_existing(), "existing-orders")

    async def _load_existing(self) -> None:
        applicant_id = self.applicant_id()
        if applicant_id is None:
            return
        read = await self.ops.read(lambda: self.documents.orders_for_applicant(applicant_id),
                                   what="open orders", quiet=True)
        if not read:
            return   # only a hint; the order itself reports problems
        found = read.value
        if applicant_id != self.applicant_id():
            return
        open_ = [v for v in found if v.state in OPEN_STATES]
        if not open_:
            self.existing.hide()
            return
        lines = [self.tr("Bereits offen für diese Person:")]
        lines += [f"• {doc_type_label(v.doc_type, short=True)} {format_reference(v.reference)} – "
                  f"{doc_state_label(v.state)} ({v.collect_service_point_name})" for v in open_]
        self.existing.setText("\n".join(lines))
        self.existing.show()

    # -- ordering --------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)

    def renew_key(self) -> None:
        """The outcome was definite: the next attempt is a new order."""
        self.key = new_key()

    def submit(self) -> None:
        if self._busy or self.applicant_id() is None or self.service_point_id() is None:
            return
        self.error.hide()
        self.tasks.spawn(self.run_order(), "order-document")

    def renew_key(self) -> None:
        self.key = new_key()

    async def run_order(self):
        """Orders, prints the slip, then closes the dialog (the order stands even when
        printing fails; the pickup screen can print the slip again)."""
        outcome = await self.ops.run(
            ("order_document", id(self)), lambda key: self.documents.order_document(
                key=key, applicant_id=self.applicant_id(), doc_type=self.chosen_type(),
                collect_service_point_id=self.service_point_id(), entry_id=self.entry.id),
            what="order document", form=self, message_for=pickup_message)
        if not outcome:
            return None
        view = outcome.value
        self.result_view = view
        self.ordered.emit(view)
        text = self.tr("{doc} für {name} bestellt: Abholnummer {ref}.").format(
            doc=doc_type_label(view.doc_type, short=True), name=view.display_name,
            ref=format_reference(view.reference))
        self.error.setText(self.tr("Bestellt. Der Abholschein wird gedruckt …"))
        self.error.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.error.show()
        self.set_busy(True)
        try:
            await self._print_slip(view, text)
        finally:
            self.set_busy(False)
            self.accept()
        return view

    async def shutdown(self) -> None:
        await self.tasks.cancel_all()

    async def _print_slip(self, view, ordered_text: str) -> None:
        async def print_slip():
            data = await self.documents.pickup_slip_data(view.id, office_name=self.office_name)
            return await self.output(data, label=data.reference, entity=ENTITY,
                                     entity_id=view.id, copy=False)

        printed = await self.ops.read(
            print_slip, what="pickup slip", tell=self.message.emit,
            message_for=lambda exc: self.tr(
                "{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der "
                "Dokumentenausgabe erneut drucken.").format(ordered=ordered_text,
                                                           why=pickup_message(exc)))
        if not printed:
            return
        result = printed.value
        self.last_output = result
        text, error = describe_output(result, self.tr("Abholschein"))
        self.message.emit(f"{ordered_text} {text}", error)
