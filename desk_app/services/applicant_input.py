"""Validated input for a person: from the booking import, the counter or reception."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain import errors
from desk_app.domain.data_quality import assess, to_storage
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate
from desk_app.domain.text_input import check_text

MAX_NAME_LENGTH = 10_000


@dataclass(frozen=True)
class ApplicantInput:
    family_name: str
    given_name: str = ""
    birth_date: str | PartialDate | None = None
    nationality: str | None = None
    file_number: str | None = None
    email: str | None = None
    phone: str | None = None
    preferred_language: str | None = None
    applicant_id: int | None = None   # an existing person

    def validated(self) -> "ApplicantInput":
        family = self.family_name or ""
        if not family.strip():
            raise errors.ValidationFailed(message="Der Familienname fehlt.", error_code="family_name_missing")
        for label, value in (("Familienname", family), ("Vorname", self.given_name or "")):
            if len(value) > MAX_NAME_LENGTH:
                raise errors.ValidationFailed(message="{label} ist zu lang.", error_code="text_too_long", label=label)
            check_text(value, label, tab=True)
        birth = self.birth_date
        if isinstance(birth, str):
            check_text(birth, "Geburtsdatum")
            birth = birth.strip() or None
            if birth is not None:
                try:
                    birth = PartialDate.parse(birth)
                except InvalidPartialDate:
                    raise errors.ValidationFailed(
                        message="Geburtsdatum nicht lesbar: {value} "
                                "(erwartet TT.MM.JJJJ, 00 für unbekannt).", error_code="birth_date_unreadable",
                        value=repr(self.birth_date)) from None
        for label, value, limit in (("Aktenzeichen", self.file_number, 64),
                                    ("E-Mail", self.email, 320), ("Telefon", self.phone, 64),
                                    ("Sprache", self.preferred_language, 8)):
            value = check_text((value or "").strip(), label)
            if len(value) > limit:
                raise errors.ValidationFailed(
                    message="{label} ist zu lang (höchstens {limit} Zeichen).", error_code="text_too_long_limit",
                    label=label, limit=limit)
        check_text(self.nationality, "Staatsangehörigkeit")
        nationality = (self.nationality or "").strip().upper() or None
        if nationality is not None and (len(nationality) != 3 or not nationality.isalpha()):
            raise errors.ValidationFailed(
                message="Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.", error_code="nationality_not_a_code",
                value=repr(self.nationality))
        return ApplicantInput(
            family_name=family, given_name=self.given_name or "",
            birth_date=birth, nationality=nationality,
            file_number=(self.file_number or "").strip() or None,
            email=(self.email or "").strip() or None, phone=(self.phone or "").strip() or None,
            preferred_language=(self.preferred_language or "").strip().lower() or None,
            applicant_id=self.applicant_id,
        )

    @property
    def quality_storage(self) -> str:
        """The record's data-quality findings in their stored form (applicants.quality)."""
        return to_storage(assess(email=self.email, phone=self.phone,
                                 birth_date=self.birth_storage, file_number=self.file_number,
                                 nationality=self.nationality))

    @property
    def birth_storage(self) -> str | None:
        b = self.birth_date
        return b.to_storage() if isinstance(b, PartialDate) else None
