"""Presence: heartbeats upsert one row per station, boards hear of sign-on, moves,
returns and sign-off through the change feed, and see who went silent."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from desk_app.models import ChangeLog, Workstation
from desk_app.services.change_feed import make_change_feed
from desk_app.services.presence import (Heartbeat, heartbeat, list_presence, sign_off,
                                        station_entity_id)
from tests.support import Clock, at, ids
from tests.sync.conftest import wait_until


async def _workstation_changes(db) -> list[str]:
    async with db.read() as s:
        return list((await s.execute(select(ChangeLog.op).where(
            ChangeLog.entity == "workstation").order_by(ChangeLog.id))).scalars())


async def test_heartbeat_upserts_and_records_only_what_boards_show(db):
    known = await ids(db)
    sbbi1, leitung = known["staff"]["sbbi1"][0], known["staff"]["leitung"][0]
    bi, i1, i2 = known["sp"]["BI"], known["counter"]["Schalter I1"], known["counter"]["Schalter I2"]
    t = at(9)
    assert await heartbeat(db, "PC-I1", sbbi1, bi, i1, t, app_version="1.0")
    assert await heartbeat(db, "PC-LEAD", leitung, None, None, t)
    for k in range(1, 4):   # still here: no change-log noise
        assert not await heartbeat(db, "PC-I1", sbbi1, bi, i1, t + dt.timedelta(seconds=10 * k))
    assert await heartbeat(db, "PC-I1", sbbi1, bi, i2, t + dt.timedelta(seconds=40))   # moved
    board = await list_presence(db, t + dt.timedelta(seconds=45))
    assert [p.station for p in board] == ["PC-I1", "PC-LEAD"]
    pc = board[0]
    assert (pc.staff_id, pc.counter_id, pc.counter_name, pc.online) == (sbbi1, i2, "Schalter I2", True)
    assert pc.last_seen == t + dt.timedelta(seconds=40) and pc.started_at == t
    assert pc.staff_name and pc.service_point_name and pc.app_version == ""
    assert board[1].online is False          # silent for 45 s > 3 beats of 10 s
    assert [p.station for p in await list_presence(db, t, service_point_id=bi)] == ["PC-I1"]
    assert await heartbeat(db, "PC-LEAD", leitung, None, None, t + dt.timedelta(seconds=50))
    await sign_off(db, "PC-I1", t + dt.timedelta(seconds=60))
    assert [p.station for p in await list_presence(db, t)] == ["PC-LEAD"]
    assert await _workstation_changes(db) == ["sign_on", "sign_on", "moved", "back_online",
                                              "sign_off"]
    async with db.read() as s:
        assert await s.scalar(select(func.count()).select_from(Workstation)) == 1


async def test_heartbeat_task_and_the_board_feed(db, open_db, database_url):
    known = await ids(db)
    clock = Clock(at(9))
    seen: list[tuple[str, int]] = []
    board_feed = make_change_feed(open_db(database_url),
                                  lambda recs: seen.extend((r.op, r.entity_id) for r in recs
                                                           if r.entity == "workstation"),
                                  poll_interval=0.05)
    await board_feed.start()
    beats = [Heartbeat(open_db(database_url, pool_size=1), f"PC-{n}", known["staff"]["sbbi1"][0],
                       known["sp"]["BI"], known["counter"][f"Schalter I{n}"], interval=0.05,
                       clock=clock)
             for n in (1, 2, 3)]
    for hb in beats:
        hb.start()
    await wait_until(lambda: all(hb.beats >= 3 for hb in beats), what="beats")
    beats[0].update(counter_id=known["counter"]["Schalter I4"])
    await wait_until(lambda: ("moved", station_entity_id("PC-1")) in seen, what="move")
    await asyncio.gather(*(hb.stop() for hb in beats))
    await wait_until(lambda: sum(op == "sign_off" for op, _ in seen) == 3, what="sign-offs")
    await board_feed.stop()
    assert sorted(op for op, _ in seen) == ["moved"] + ["sign_off"] * 3 + ["sign_on"] * 3
    assert await list_presence(db, clock()) == []
    assert all(hb.failures == 0 for hb in beats)
