"""Data-quality findings on an applicant's record, shown as icons in the queue."""

from __future__ import annotations

import re
from enum import StrEnum

from .partial_date import InvalidPartialDate, PartialDate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Quality(StrEnum):
    NO_CONTACT = "no_contact"              # neither e-mail nor phone
    INVALID_EMAIL = "invalid_email"
    BIRTH_DATE_PARTIAL = "birth_date_partial"
    BIRTH_DATE_MISSING = "birth_date_missing"
    NO_FILE_NUMBER = "no_file_number"


def assess(*, email: str | None, phone: str | None, birth_date: str | None,
           file_number: str | None) -> frozenset[Quality]:
    found: set[Quality] = set()
    if not (email or "").strip() and not (phone or "").strip():
        found.add(Quality.NO_CONTACT)
    if (email or "").strip() and not _EMAIL.match(email.strip()):
        found.add(Quality.INVALID_EMAIL)
    try:
        parsed = PartialDate.from_storage(birth_date)
    except InvalidPartialDate:
        parsed = None
    if parsed is None:
        found.add(Quality.BIRTH_DATE_MISSING)
    elif not parsed.is_complete:
        found.add(Quality.BIRTH_DATE_PARTIAL)
    if not (file_number or "").strip():
        found.add(Quality.NO_FILE_NUMBER)
    return frozenset(found)
