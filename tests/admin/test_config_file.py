"""Reference data as a TOML file: export, import into an empty database gives the same
reference data, a second import changes nothing; the CLI round trip on SQLite."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.domain.roles import Actor, Role
from desk_app.models import AuditEvent, ServicePoint
from desk_app.services import admin, config_file
from desk_app.services.context import Context
from desk_app.services.database import open_database
from desk_app.services.schema import upgrade
from tests.support import Clock, at, desk_for


async def _export(db) -> dict:
    async with db.read() as s:
        return await config_file.export_config(s)


async def _import(db, ctx, data, **kw):
    async with db.write_session() as s:
        return await config_file.import_config(s, ctx, data, **kw)


def _empty_url(database_url, tmp_path, request):
    if database_url.startswith("sqlite"):
        return f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}"
    import uuid
    from tests.conftest import pg_admin, pg_test_url

    name = f"desk_e_{uuid.uuid4().hex[:12]}"
    pg_admin(f'CREATE DATABASE "{name}"')
    request.addfinalizer(lambda: pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return pg_test_url(name)


async def test_export_import_into_an_empty_database_round_trips(db, database_url, tmp_path,
                                                               request, open_db):
    boss = await desk_for(db, "admin", clock=Clock(at(9, 0)))
    sps = {s.code: s.id for s in await boss.read(admin.list_service_points)}
    await boss.write(admin.save_service, boss.ctx, admin.ServiceRecord(
        id=None, code="MULTI", name="Mehrere", service_point_ids=(sps["BI"], sps["EU"])))
    await boss.write(admin.add_fee_price, boss.ctx, code="FIKTION", description="Fiktion neu",
                     amount="15.00", valid_from=dt.date(2027, 1, 1))
    await boss.write(admin.set_counter_active, boss.ctx,
                     (await boss.read(admin.list_counters))[0].id, False)
    exported = await _export(db)
    text = config_file.dumps(exported)
    assert config_file.loads(text) == exported

    empty = open_db(_empty_url(database_url, tmp_path, request))
    await upgrade(empty)
    ctx = Context(actor=Actor(staff_id=None, role=Role.ADMIN, station="cfg"))
    first = await _import(empty, ctx, config_file.loads(text))
    assert first.count > 40
    assert await _export(empty) == exported
    second = await _import(empty, ctx, config_file.loads(text))
    assert second.count == 0, second.lines()
    async with empty.read() as s:
        audits = await s.scalar(select(func.count()).select_from(AuditEvent))
    assert audits == first.count   # one audit row per change, none for the second run


async def test_import_deactivates_what_the_file_no_longer_lists(db):
    boss = await desk_for(db, "admin", clock=Clock(at(9, 0)))
    data = await _export(db)
    data["service_points"] = [sp for sp in data["service_points"] if sp["code"] != "AB"]
    bi = next(sp for sp in data["service_points"] if sp["code"] == "BI")
    bi["recall_lock_min"] = 8
    dry = await _import(db, boss.ctx, data, dry_run=True)
    assert ("service_point", "AB", "deactivate") in dry.changes
    assert ("service_point", "BI", "update (recall_lock_min)") in dry.changes
    async with db.read() as s:   # a dry run changes nothing
        assert (await s.scalar(select(ServicePoint.active).where(ServicePoint.code == "AB"))) is True
    done = await _import(db, boss.ctx, data)
    assert done.changes == dry.changes
    async with db.read() as s:
        assert (await s.scalar(select(ServicePoint.active).where(ServicePoint.code == "AB"))) is False
        assert await s.scalar(select(ServicePoint.recall_lock_min).where(ServicePoint.code == "BI")) == 8


async def test_import_is_all_or_nothing_and_never_reprices(db):
    boss = await desk_for(db, "admin", clock=Clock(at(9, 0)))
    data = await _export(db)
    data["fees"][0]["amount"] = "1.00"
    data["service_points"][0]["max_calls"] = 0
    data["service_points"][1]["name"] = "Umbenannt"
    with pytest.raises(config_file.ConfigInvalid) as caught:
        await _import(db, boss.ctx, data)
    assert len(caught.value.problems) == 2
    assert any("wird nie geändert" in p for p in caught.value.problems)
    async with db.read() as s:
        assert not await s.scalar(select(func.count()).where(ServicePoint.name == "Umbenannt"))


def test_cli_round_trip_on_sqlite(tmp_path, monkeypatch, capsys):
    from desk_app.cli import main

    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DESK_CONFIG", str(tmp_path / "none.toml"))
    src = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    dst = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    assert main(["seed-demo", "--database", src, "--size", "8"]) == 0
    out = tmp_path / "office.toml"
    assert main(["config", "export", str(out), "--database", src]) == 0
    assert 'code = "BI"' in out.read_text(encoding="utf-8")
    assert main(["config", "import", str(out), "--database", dst, "--dry-run"]) == 0
    assert "Probelauf" in capsys.readouterr().out
    assert main(["config", "import", str(out), "--database", dst]) == 0
    capsys.readouterr()
    assert main(["config", "import", str(out), "--database", dst]) == 0
    assert capsys.readouterr().out.strip().endswith("0 Änderungen.")
    again = tmp_path / "again.toml"
    assert main(["config", "export", str(again), "--database", dst]) == 0
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
