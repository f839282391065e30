"""Opening hours as typed rows (migration 0017), on SQLite and PostgreSQL: the stored
text of every form converts to rows per weekday and span, unreadable text is kept as a
note, a downgrade writes the text back; the services read and write the typed rows."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from desk_app.domain.admin_rules import InvalidFields
from desk_app.domain.opening_hours import spans_of, text_of
from desk_app.models import ServicePoint, ServicePointHours
from desk_app.services import admin
from desk_app.services.database import open_database
from desk_app.services.schema import alembic_config, upgrade
from tests.conftest import pg_admin, pg_test_url
from tests.support import desk_for

T = dt.time
OFFICE_WORDS = "Mo, Di, Do 7:30–12:00 und 13:00–15:30 · Mi, Fr 7:30–12:00"
CANONICAL = "Mo, Di, Do 07:30–12:00, 13:00–15:30 · Mi, Fr 07:30–12:00"
STORED = {   # code: text as an earlier version stored it
    "WORDS": OFFICE_WORDS,
    "RANGE": "Mo–Fr 8:00-12:00",
    "FORM": "Mo 07:30–12:00, 13:00–15:30 · Di, Do 07:30–12:00",
    "NONE": "",
    "NOTE": "nach Vereinbarung",
}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'hours.sqlite3'}"
        return
    if not request.getfixturevalue("postgres_available"):
        pytest.skip("PostgreSQL unreachable")
    name = f"desk_hours_{uuid.uuid4().hex[:10]}"
    pg_admin(f'CREATE DATABASE "{name}"')
    yield pg_test_url(name)
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _downgrade(db, revision: str) -> None:
    from alembic import command

    async with db.engine.begin() as conn:
        await conn.run_sync(lambda c: command.downgrade(alembic_config(c), revision))


async def _stored_texts(db) -> dict[str, str]:
    async with db.engine.connect() as conn:
        return dict((await conn.execute(text(
            "SELECT code, opening_hours FROM service_points"))).all())


async def test_stored_text_converts_to_rows_and_back(empty_url):
    db = open_database(empty_url)
    try:
        await upgrade(db, "0016")
        async with db.engine.begin() as conn:
            for i, (code, hours) in enumerate(STORED.items()):
                await conn.execute(text(
                    "INSERT INTO service_points (code, name, ticket_prefix, address, "
                    "opening_hours, grace_period_min, late_tolerance_min, late_limit_min, "
                    "recall_lock_min, max_calls, walk_in_offset_min, restrict_search, "
                    "is_reception, active) VALUES (:c, :c, :p, '', :h, 15, 10, 30, 5, 3, 10, "
                    ":f, :f, :t)"), {"c": code, "p": "ABCDE"[i], "h": hours, "f": False,
                                     "t": True})
        await upgrade(db, "0018")
        async with db.read() as s:
            sps = {sp.code: sp for sp in (await s.execute(select(ServicePoint))).scalars()}
            rows = (await s.execute(select(ServicePointHours.service_point_id,
                                           ServicePointHours.weekday, ServicePointHours.opens,
                                           ServicePointHours.closes))).all()
        by_code = {code: sorted((d, a, b) for sp_id, d, a, b in rows if sp_id == sp.id)
                   for code, sp in sps.items()}
        assert by_code["WORDS"] == [
            (0, T(7, 30), T(12)), (0, T(13), T(15, 30)), (1, T(7, 30), T(12)),
            (1, T(13), T(15, 30)), (2, T(7, 30), T(12)), (3, T(7, 30), T(12)),
            (3, T(13), T(15, 30)), (4, T(7, 30), T(12))]
        assert by_code["RANGE"] == [(d, T(8), T(12)) for d in range(5)]
        assert by_code["FORM"] == [(0, T(7, 30), T(12)), (0, T(13), T(15, 30)),
                                   (1, T(7, 30), T(12)), (3, T(7, 30), T(12))]
        assert by_code["NONE"] == [] and by_code["NOTE"] == []
        assert sps["WORDS"].opening_hours == CANONICAL
        assert sps["NOTE"].opening_hours == ""                     # no typed hours
        assert sps["NOTE"].hours_note == "nach Vereinbarung"       # the words kept
        async with db.engine.connect() as conn:
            columns = await conn.run_sync(lambda c: [col["name"] for col in __import__(
                "sqlalchemy").inspect(c).get_columns("service_points")])
        assert "opening_hours" not in columns

        await _downgrade(db, "0016")
        back = await _stored_texts(db)
        assert back["WORDS"] == CANONICAL and back["NOTE"] == "nach Vereinbarung"
        assert back["RANGE"] == "Mo, Di, Mi, Do, Fr 08:00–12:00" and back["NONE"] == ""
        assert spans_of(back["FORM"]) == spans_of(STORED["FORM"])
    finally:
        await db.dispose()


async def test_the_services_write_typed_rows(db):
    desk = await desk_for(db, "admin")
    sp = next(s for s in await desk.read(admin.list_service_points) if s.code == "BI")
    saved = await desk.write(admin.save_service_point, desk.ctx, replace(
        sp, opening_hours="Mo–Mi 8:00–12:00 · Fr 9:00–11:00"))
    assert saved.opening_hours == "Mo, Di, Mi 08:00–12:00 · Fr 09:00–11:00"
    async with db.read() as s:
        rows = (await s.execute(select(ServicePointHours.weekday, ServicePointHours.opens)
                                .where(ServicePointHours.service_point_id == sp.id)
                                .order_by(ServicePointHours.weekday))).all()
    assert rows == [(0, T(8)), (1, T(8)), (2, T(8)), (4, T(9))]
    again = await desk.write(admin.save_service_point, desk.ctx, saved,
                             opening_hours={"Mo": "07:00–09:00", "Di": "07:00–09:00"})
    assert again.opening_hours == "Mo, Di 07:00–09:00"
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.save_service_point, desk.ctx,
                         replace(again, opening_hours="nach Vereinbarung"))
    assert "opening_hours" in caught.value.fields
    assert text_of(spans_of(again.opening_hours)) == again.opening_hours


async def test_a_note_is_shown_and_goes_through_the_config_file(db):
    """Old words that are no hours (kept as a note by 0017) are what the pickup slip and
    the views show; the config file carries them as ``hours_note``, and a second import
    of an export changes nothing."""
    from desk_app.services import config_file
    from desk_app.services.reference import service_points

    desk = await desk_for(db, "admin")
    async with db.engine.begin() as conn:
        sp_id = (await conn.execute(text("SELECT id FROM service_points WHERE code = 'EU'"))
                 ).scalar_one()
        await conn.execute(text("DELETE FROM service_point_hours WHERE service_point_id = :s"),
                           {"s": sp_id})
        await conn.execute(text("UPDATE service_points SET hours_note = 'nach Vereinbarung' "
                                "WHERE id = :s"), {"s": sp_id})
    async with db.read() as s:
        shown = {v.code: v.opening_hours for v in await service_points(s)}
        exported = await config_file.export_config(s)
    assert shown["EU"] == "nach Vereinbarung" and shown["BI"] == CANONICAL
    items = {i["code"]: i for i in exported["service_points"]}
    assert items["EU"]["opening_hours"] == "" and items["EU"]["hours_note"] == "nach Vereinbarung"
    assert "hours_note" not in items["BI"] and items["BI"]["opening_hours"] == CANONICAL
    async with db.write_session() as s:
        report = await config_file.import_config(s, desk.ctx, exported)
    assert report.count == 0, report.lines()
    bad = dict(items["BI"], opening_hours="nach Vereinbarung")
    with pytest.raises(config_file.ConfigInvalid) as caught:
        async with db.write_session() as s:
            await config_file.import_config(s, desk.ctx, dict(
                exported, service_points=[bad if i["code"] == "BI" else i
                                          for i in exported["service_points"]]))
    assert any("opening_hours" in p for p in caught.value.problems)
