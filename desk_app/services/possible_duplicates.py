"""The possible-duplicate finding (issue 17) as two columns of any query over applicants:
the same file number, or the same normalised name and the same full date of birth
(placeholders such as 01.01. ignored). Two correlated EXISTS on indexed columns
(ix_applicants_file_number, ix_applicants_name_birth, migration 0009), so a list reads
the finding in its own statement, never one query per row. Anonymised people cannot
match: the purge clears their file number, name key and date of birth."""

from __future__ import annotations

from sqlalchemy import and_, exists
from sqlalchemy.orm import aliased

from desk_app.domain.data_quality import is_placeholder_birth_date
from desk_app.models import Applicant

_OTHER = aliased(Applicant)


def duplicate_columns():
    """(same file number, same name and birth date) for the row's ``Applicant``."""
    same_file = exists().where(_OTHER.file_number == Applicant.file_number,
                               _OTHER.id != Applicant.id)
    same_person = exists().where(_OTHER.name_key == Applicant.name_key,
                                 _OTHER.birth_date == Applicant.birth_date,
                                 _OTHER.id != Applicant.id)
    return (and_(Applicant.file_number.is_not(None), same_file).label("dup_file"),
            and_(Applicant.birth_date.is_not(None), same_person).label("dup_person"))


def is_possible_duplicate(birth_date: str | None, dup_file, dup_person) -> bool:
    return bool(dup_file or (dup_person and not is_placeholder_birth_date(birth_date)))
