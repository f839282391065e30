"""The possible-duplicate columns themselves (services/possible_duplicates.py), on both
databases: each look-up answers only where it can count (a file number; a full date of
birth), and what it answers agrees with ``is_possible_duplicate``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from desk_app.domain.data_quality import is_placeholder_birth_date
from desk_app.domain.search_text import fold
from desk_app.models import Applicant
from desk_app.services.possible_duplicates import duplicate_columns, is_possible_duplicate

# (family name, birth date, file number), each name twice unless said otherwise
PEOPLE = [
    ("Voll", "1990-05-17", None), ("Voll", "1990-05-17", None),          # a duplicate
    ("Teil", "1990-00-00", None), ("Teil", "1990-00-00", None),          # partial: no
    ("Monat", "1990-05-00", None), ("Monat", "1990-05-00", None),        # partial: no
    ("Neujahr", "1990-01-01", None), ("Neujahr", "1990-01-01", None),    # 01.01.: no
    ("Kurz", "1990", None), ("Kurz", "1990", None),                      # not a date: no
    ("Ohne", None, None), ("Ohne", None, None),                          # no date: no
    ("Akte", "1980-02-03", "AZ-1"), ("Andere", "1981-02-03", "AZ-1"),    # same file number
    ("Allein", "1970-07-07", "AZ-2"),                                    # alone
]


async def test_each_look_up_answers_only_where_it_counts(db):
    now = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.timezone.utc)
    async with db.write_session() as s, s.begin():
        await s.execute(insert(Applicant), [
            {"family_name": family, "given_name": "Eva", "name_key": fold(f"{family} Eva"),
             "birth_date": birth, "file_number": file_number, "created_at": now}
            for family, birth, file_number in PEOPLE])
    async with db.read() as s:
        rows = (await s.execute(select(Applicant.family_name, Applicant.birth_date,
                                       *duplicate_columns())
                                .where(Applicant.family_name.in_([p[0] for p in PEOPLE]))
                                .order_by(Applicant.id))).all()
    assert len(rows) == len(PEOPLE)
    same_file = {family: bool(dup_file) for family, _birth, dup_file, _dup in rows}
    same_person = {family: bool(dup_person) for family, _birth, _file, dup_person in rows}
    assert same_file == {family: family in ("Akte", "Andere") for family in same_file}
    # the name-and-birth look-up answers for a full date of birth only
    assert same_person == {family: family == "Voll" for family in same_person}
    for family, birth, dup_file, dup_person in rows:
        assert is_possible_duplicate(birth, dup_file, dup_person) == \
            (family in ("Voll", "Akte", "Andere"))
        if dup_person:
            assert not is_placeholder_birth_date(birth)
