"""An admin changes a service point's recall lock and a clerk's window follows live: the
change goes through the admin screen, the change feed brings it to the clerk's window,
which shows the new rule while keeping its service point and counter; the next "not
answering" then locks the recall for the new time."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.states import Action
from desk_app.services.admin_facade import AdminFacade
from desk_app.ui.admin.window import AdminWindow
from tests.support import person

pytestmark = pytest.mark.gui


def test_admin_changes_recall_lock_and_the_clerks_window_follows(station_factory, run, qtbot):
    clerk = station_factory("sbbi1", counter="Schalter I1")
    window = clerk.window
    view = window.screens["counter"]
    assert view.rules.text() == "Aufrufsperre 5 Min. · höchstens 3 Aufrufe"
    counter_before = view.counter_id()
    sp_before = view.service_point_id()

    boss = station_factory("admin", screen="reception")
    admin = AdminWindow(AdminFacade(boss.desk))
    qtbot.addWidget(admin)
    run(admin.start())
    screen = admin.screens[0]
    bi = next(r for r in screen.model.records() if r.code == "BI")
    screen.select(bi.id)
    screen.form.editors["recall_lock_min"].setValue(12)
    saved = run(screen.save())
    assert saved.recall_lock_min == 12

    qtbot.waitUntil(lambda: view.rules.text() == "Aufrufsperre 12 Min. · höchstens 3 Aufrufe",
                    timeout=10_000)
    assert (view.service_point_id(), view.counter_id()) == (sp_before, counter_before)
    assert next(sp for sp in window.screens["counter"].queue.service_points if sp.id == bi.id).recall_lock_min == 12

    # and the rule is in force for the clerk's next action
    walk_in = run(clerk.desk.register_walk_in(service_point_id=bi.id,
                                              applicants=[person("Lang")]))
    called = run(clerk.desk.call_next(service_point_id=bi.id))
    assert called.id == walk_in.id
    back = run(clerk.desk.act(called.id, Action.NOT_ANSWERING))
    assert back.recall_locked_until - clerk.clock() == dt.timedelta(minutes=12)
    run(admin.shutdown())


def test_role_permissions_reach_the_clerks_window_live(station_factory, run, qtbot):
    from desk_app.domain.roles import Permission, Role
    from desk_app.services import admin

    clerk = station_factory("sbbi1", counter="Schalter I1")
    policy = lambda: clerk.window.desk.ctx.policy  # noqa: E731
    assert not policy().allows(Role.CLERK, Permission.CALL_SPECIFIC)
    boss = station_factory("admin", screen="reception")
    perms = run(boss.desk.read(admin.role_permissions))
    run(boss.desk.write(admin.set_role_permissions, boss.desk.ctx, "CLERK",
                        sorted(perms["CLERK"] | {"call_specific"})))
    qtbot.waitUntil(lambda: policy().allows(Role.CLERK, Permission.CALL_SPECIFIC),
                    timeout=10_000)
