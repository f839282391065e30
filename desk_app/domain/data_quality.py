"""Data-quality findings on an applicant's record, shown as icons in the queue.

What each finding means:
- BIRTH_DATE_MISSING / BIRTH_DATE_PARTIAL: no date of birth, or only a year or month;
- NATIONALITY_MISSING: no nationality;
- INVALID_EMAIL: the address is invalid in syntax or domain (email-validator, offline:
  no DNS look-up unless ``check_deliverability``);
- INVALID_PHONE: the number cannot be parsed as a possible number (phonenumbers, with
  Germany as the region of numbers written without a country code);
- POSSIBLE_DUPLICATE: another person has the same file number, or the same normalised
  name and the same full date of birth (placeholder dates such as 01.01. ignored); found
  by a query over the people (services/intake_flags.py), not by ``assess``;
- NO_CONTACT, NO_FILE_NUMBER: neither e-mail nor phone; no file number (hints).
- UNDELIVERABLE ("nicht zustellbar"): a reply to the person's e-mail address bounced
  (issue 20); set by the mailbox worklist, not by ``assess``; stays until the address
  is changed.

The checks of e-mail and phone cost 15–25 µs each, so the services store a record's
findings when they write it (``applicants.quality``, migration 0009) and lists read them.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from .partial_date import InvalidPartialDate, PartialDate

PHONE_REGION = "DE"


class Quality(StrEnum):
    NO_CONTACT = "no_contact"              # neither e-mail nor phone
    INVALID_EMAIL = "invalid_email"
    BIRTH_DATE_PARTIAL = "birth_date_partial"
    BIRTH_DATE_MISSING = "birth_date_missing"
    NO_FILE_NUMBER = "no_file_number"
    NATIONALITY_MISSING = "nationality_missing"
    INVALID_PHONE = "invalid_phone"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    UNDELIVERABLE = "undeliverable"        # a reply bounced (issue 20)


#: the findings that need the person to be completed or checked (the back-office list);
#: NO_CONTACT and NO_FILE_NUMBER are hints only
ACTIONABLE = frozenset({Quality.BIRTH_DATE_MISSING, Quality.BIRTH_DATE_PARTIAL,
                        Quality.NATIONALITY_MISSING, Quality.INVALID_EMAIL,
                        Quality.INVALID_PHONE, Quality.POSSIBLE_DUPLICATE,
                        Quality.UNDELIVERABLE})

_UNSET = object()


def assess(*, email: str | None, phone: str | None, birth_date: str | None,
           file_number: str | None, nationality: object = _UNSET) -> frozenset[Quality]:
    """The findings of one record (without POSSIBLE_DUPLICATE, which needs the others).

    ``nationality`` left out: not assessed (callers that do not know it)."""
    found: set[Quality] = set()
    email = (email or "").strip()
    phone = (phone or "").strip()
    if not email and not phone:
        found.add(Quality.NO_CONTACT)
    if email and not email_ok(email):
        found.add(Quality.INVALID_EMAIL)
    if phone and not phone_ok(phone):
        found.add(Quality.INVALID_PHONE)
    birth = _birth_quality(birth_date)
    if birth is not None:
        found.add(birth)
    if not (file_number or "").strip():
        found.add(Quality.NO_FILE_NUMBER)
    if nationality is not _UNSET and not (nationality or "").strip():
        found.add(Quality.NATIONALITY_MISSING)
    return frozenset(found)


# The common plain-ASCII address, valid for email-validator too (a test compares them):
# a dot-atom local part of at most 64 characters, hostname labels, an alphabetic top-level
# domain that is not one of the special-use names. Anything else goes to email-validator.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_EMAIL = re.compile(rf"(?=[^@]{{1,64}}@){_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+([A-Za-z]{{2,63}})")
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _plainly_valid(address: str) -> bool:
    m = _PLAIN_EMAIL.fullmatch(address)
    return (m is not None and len(address) <= 254
            and m.group(1).lower() not in _SPECIAL_USE
            # IDNA reserves "--" in the third and fourth place of a label ("xn--")
            and not any(len(label) > 63 or label[2:4] == "--"
                        for label in address.rpartition("@")[2].split(".")))


@functools.lru_cache(maxsize=8192)
def email_ok(address: str, check_deliverability: bool = False) -> bool:
    if not check_deliverability and _plainly_valid(address):
        return True
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=check_deliverability)
        return True
    except EmailNotValidError:
        return False
    except Exception:  # a DNS failure with check_deliverability: not the address's fault
        return True


@functools.lru_cache(maxsize=8192)
def phone_ok(number: str, region: str = PHONE_REGION) -> bool:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(parsed)


_STORED_ORDER = tuple((q, q.value) for q in Quality if q != Quality.POSSIBLE_DUPLICATE)


def to_storage(found: frozenset[Quality] | set[Quality]) -> str:
    """The stored form: codes in a fixed order, comma-separated ("" for none)."""
    return ",".join(value for q, value in _STORED_ORDER if q in found)


@functools.lru_cache(maxsize=1024)
def from_storage(text: str | None) -> frozenset[Quality]:
    """A stored value (a handful of distinct ones in a day: cached)."""
    if not text:
        return frozenset()
    return frozenset(Quality(code) for code in text.split(",") if code in _CODES)


_CODES = frozenset(q.value for q in Quality)


def is_placeholder_birth_date(stored: str | None) -> bool:
    """Partial dates and the 01.01. that offices write for an unknown day and month."""
    if not stored or len(stored) != 10:
        return True
    return stored.endswith("-00") or stored[5:] == "01-01"


def _birth_quality(stored: str | None) -> Quality | None:
    if not stored:
        return Quality.BIRTH_DATE_MISSING
    if len(stored) == 10 and stored[4] == "-" and stored[7] == "-":  # the storage form
        return Quality.BIRTH_DATE_PARTIAL if stored.endswith("-00") else None
    try:
        return None if PartialDate.parse(stored).is_complete else Quality.BIRTH_DATE_PARTIAL
    except InvalidPartialDate:
        return Quality.BIRTH_DATE_MISSING
