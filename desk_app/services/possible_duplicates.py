"""The possible-duplicate finding (issue 17) as two columns of any query over applicants:
the same file number, or the same normalised name and the same full date of birth
(placeholders such as 01.01. ignored). Two correlated EXISTS on indexed columns
(ix_applicants_file_number, ix_applicants_name_birth, migration 0009), so a list reads
the finding in its own statement, never one query per row. Anonymised people cannot
match: the purge clears their file number, name key and date of birth.

Each look-up runs only where it can count, as CASE WHEN (SQLite evaluates both sides of
an AND in a result column, so "x IS NOT NULL AND EXISTS" would probe the index for every
row): the file number's only for a file number, the name-and-birth one only for a full
date of birth (``is_placeholder_birth_date`` in SQL; for a partial date or a 01.01. its
answer is ignored anyway)."""

from __future__ import annotations

from sqlalchemy import and_, case, exists, false, func, literal_column
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
    birth = Applicant.birth_date
    # constants as SQL text, not parameters: the statement's only parameters are the
    # listing's own (queue_read's plain-driver listing passes them by name)
    full_birth_date = and_(birth.is_not(None), func.length(birth) == literal_column("10"),
                           birth.not_like(literal_column("'%-00'")),
                           func.substr(birth, literal_column("6")) != literal_column("'01-01'"))
    return (case((Applicant.file_number.is_not(None), same_file), else_=false())
            .label("dup_file"),
            case((full_birth_date, same_person), else_=false()).label("dup_person"))


def is_possible_duplicate(birth_date: str | None, dup_file, dup_person) -> bool:
    return bool(dup_file or (dup_person and not is_placeholder_birth_date(birth_date)))
