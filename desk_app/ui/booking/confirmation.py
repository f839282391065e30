"""The confirmation of a booking: the printed Terminbestätigung (through DocumentOutput,
a printer or a PDF) and the .ics saved beside it."""

from __future__ import annotations

import re
from pathlib import Path

from desk_app.domain.clock import to_local
from desk_app.services.views import EntryView

from ..ticket_output import appointment_confirmation_data


def confirmation_data(entry: EntryView, service, service_point, office_name: str = ""):
    return appointment_confirmation_data(entry, service, service_point,
                                         office_name=office_name)


def save_ics(data, directory: Path, *, minutes: int = 20, now=None) -> Path:
    """Writes the appointment's .ics under ``directory/<date>/`` and returns the path."""
    from desk_app.printing.ics import appointment_ics, ics_file_name

    folder = Path(directory) / to_local(data.appointment_at).strftime("%Y-%m-%d")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / re.sub(r"[^A-Za-z0-9_.-]", "_", ics_file_name(data))
    tmp = path.with_suffix(".ics.part")
    tmp.write_bytes(appointment_ics(data, minutes=minutes, now=now))
    tmp.replace(path)
    return path
