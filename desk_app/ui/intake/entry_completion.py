"""Completing a person's data at check-in, from the counter or reception: the same
dialog as in the back-office list, for the chosen entry's first person with an open
finding (else its first person). The entry's row updates through the change feed. The
save runs through the window's ``Operations`` (``parent.ops``; the dialog is its form)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.data_quality import ACTIONABLE, assess
from desk_app.services.intake import Intake, IntakePerson

from ..async_tools import TaskSet
from ..operation import Operations
from .complete_dialog import CompleteDialog

translate = QCoreApplication.translate


def person_of(entry) -> IntakePerson | None:
    """The entry's person to complete, with the findings of their record."""
    if not entry.members:
        return None
    assessed = [(m, assess(email=m.email, phone=m.phone, birth_date=m.birth_date,
                           file_number=m.file_number, nationality=m.nationality))
                for m in entry.members]
    member, flags = next(((m, f) for m, f in assessed if f & ACTIONABLE), assessed[0])
    return IntakePerson(
        entry_id=entry.id, booking_reference=entry.booking_reference,
        scheduled_at=entry.scheduled_at, service_point_id=entry.service_point_id,
        service_point_code="", service_name=entry.service_name, state=entry.state,
        position=entry.members.index(member), applicant_id=member.applicant_id,
        family_name=member.family_name, given_name=member.given_name,
        birth_date=member.birth_date, nationality=member.nationality,
        file_number=member.file_number, email=member.email, phone=member.phone,
        flags=flags, version=entry.version)


class EntryCompletion:
    def __init__(self, desk, parent, on_message) -> None:
        self.intake = Intake(desk)
        self.parent = parent
        self.on_message = on_message
        self.tasks = TaskSet()
        ops = getattr(parent, "ops", None)          # the window's, else one of its own
        self.ops = ops if isinstance(ops, Operations) else Operations(parent=parent)
        self.dialog: CompleteDialog | None = None

    def open(self, entry) -> CompleteDialog | None:
        person = person_of(entry) if entry is not None else None
        if person is None:
            return None
        dialog = CompleteDialog(person, self.parent)
        dialog.saveRequested.connect(lambda: self.tasks.spawn(self._save(dialog), "complete"))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    async def _save(self, dialog: CompleteDialog) -> None:
        completion = dialog.completion()
        if not await self.ops.run(
                ("complete", dialog.person.applicant_id),
                lambda _key: self.intake.complete(dialog.person.applicant_id, completion),
                what="complete a person", form=dialog):
            return
        self.on_message(translate("CompleteDialog", "Daten von {name} gespeichert.").format(
            name=dialog.person.display_name))
        dialog.saved()
