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
    birth = _birth_quality(birth_date)
    if birth is not None:
        found.add(birth)
    if not (file_number or "").strip():
        found.add(Quality.NO_FILE_NUMBER)
    return frozenset(found)


def _birth_quality(stored: str | None) -> Quality | None:
    if not stored:
        return Quality.BIRTH_DATE_MISSING
    if len(stored) == 10 and stored[4] == "-" and stored[7] == "-":  # the storage form
        return Quality.BIRTH_DATE_PARTIAL if stored.endswith("-00") else None
    try:
        return None if PartialDate.parse(stored).is_complete else Quality.BIRTH_DATE_PARTIAL
    except InvalidPartialDate:
        return Quality.BIRTH_DATE_MISSING
