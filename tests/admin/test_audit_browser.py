"""The audit browser: filters, labels (never names), CSV with formulas neutralised."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from desk_app.domain import errors
from desk_app.domain.csv_safe import neutralise
from desk_app.services import admin
from desk_app.services.audit_browser import AuditFilter, audit_csv, audit_rows
from tests.support import Clock, at, desk_for, person


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM", "'@SUM"),
    ("\tx", "'\tx"), ("I-042", "I-042"), ("", ""),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


async def test_filters_and_labels(db):
    clock = Clock(at(9, 0))
    lead = await desk_for(db, "leitung", clock=clock, station="=cmd|' /C calc'!A0")
    sp = {s.code: s.id for s in await lead.service_points()}
    entry = await lead.register_walk_in(service_point_id=sp["BI"],
                                        applicants=[person("Geheimname")])
    clock.advance(minutes=5)
    boss = await desk_for(db, "admin", clock=clock, station="admin-pc")
    bi = next(s for s in await boss.read(admin.list_service_points) if s.code == "BI")
    await boss.write(admin.save_service_point, boss.ctx, replace(bi, recall_lock_min=6))

    rows = await lead.read(audit_rows, lead.ctx, AuditFilter(until=at(23, 0)))
    assert [r.action for r in rows][:2] == ["admin_update", "register_walk_in"]
    by_entry = await lead.read(audit_rows, lead.ctx, AuditFilter(entry=entry.ticket))
    assert [r.entity_id for r in by_entry] == [entry.id]
    assert by_entry[0].label.startswith(f"{entry.ticket} · BI · ")
    assert by_entry[0].staff == "leitung"
    admin_rows = await lead.read(audit_rows, lead.ctx, AuditFilter(
        staff_id=boss.ctx.actor.staff_id, station="admin-pc", action="admin_update",
        since=at(9, 4), until=at(9, 6)))
    assert [(r.label, r.detail) for r in admin_rows] == [("BI", "recall_lock_min")]
    assert await lead.read(audit_rows, lead.ctx, AuditFilter(since=at(10, 0), until=at(23, 0))) == []
    text = audit_csv(rows).decode("utf-8-sig")
    assert "Geheimname" not in text
    cells = list(csv.reader(io.StringIO(text), delimiter=";"))
    stations = {row[2] for row in cells[1:]}
    assert "'=cmd|' /C calc'!A0" in stations

    clerk = await desk_for(db, "sbbi1")
    with pytest.raises(errors.PermissionDenied):
        await clerk.read(audit_rows, clerk.ctx)
