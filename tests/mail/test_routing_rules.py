"""The admin's routing rules (issue 20, Must 3): the order helpers, the service (admin only,
checked, audited, in the change feed, used by the next ingest) and the editor."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.domain import mail_routing as routing
from desk_app.domain.admin_rules import InvalidFields
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.mail_routing import RoutingRule, RuleKind
from desk_app.models import AuditEvent
from desk_app.services.changes import changes_after
from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from desk_app.services.routing_rules import RoutingRulesFacade
from tests.mail.test_worklist_services import NOW, form
from tests.support import Clock, desk_for
from tests.ui.conftest import qloop, run  # noqa: F401  (fixtures)
from tests.mail.actors import acting

W, P, C = RuleKind.WORD, RuleKind.FILE_PREFIX, RuleKind.CATEGORY


def test_order_moves_stay_within_their_kind():
    rules = [RoutingRule(W, "visum", "VISA", 30), RoutingRule(P, "E", "EU", 10),
             RoutingRule(W, "asyl", "ASYL", 30), RoutingRule(C, "Asyl", "ASYL", 20)]
    ordered = routing.ordered(rules)
    assert [r.pattern for r in ordered] == ["E", "Asyl", "asyl", "visum"]
    down, at = routing.moved(ordered, 2, 1)
    assert at == 3 and [r.pattern for r in down] == ["E", "Asyl", "visum", "asyl"]
    assert [r.priority for r in down] == [10, 10, 10, 20]
    # "visum" is now tried first: the route follows the order
    text = "Visum und Asyl"
    assert routing.route(ordered, file_number="", category="", concern_text=text).service_point == "ASYL"
    assert routing.route(down, file_number="", category="", concern_text=text).service_point == "VISA"
    # the first word rule cannot move above the category rule
    same, at = routing.moved(down, 2, -1)
    assert at == 2 and same == down
    assert routing.rule_problems(RoutingRule(W, " ", "XX", 1), {"BI"}).keys() == {
        "pattern", "service_point"}


async def test_rules_saved_by_an_admin_route_the_next_request(db):
    admin = RoutingRulesFacade(await desk_for(db, "admin", clock=Clock(NOW)))
    clerk = RoutingRulesFacade(await desk_for(db, "sbbi1", clock=Clock(NOW)))
    with pytest.raises(PermissionDenied):
        await clerk.rules()
    with pytest.raises(PermissionDenied):
        await clerk.save([])
    shown = await admin.rules()
    assert shown == routing.ordered(routing.DEFAULT_RULES)       # nothing stored yet
    assert "EINB" in await admin.service_point_codes()
    with pytest.raises(InvalidFields) as refused:
        await admin.save([*shown, RoutingRule(W, "x", "NOPE", 1)])
    assert "service_point" in refused.value.fields
    async with db.read() as s:
        last_change = max((c.id for c in await changes_after(s, 0)), default=0)
    mine = [RoutingRule(W, "verlängerung", "EINB", 10), RoutingRule(P, "I", "BI", 10)]
    saved = await admin.save(mine)
    assert saved == routing.ordered(mine) and await admin.rules() == saved
    async with db.read() as s:
        changes = await changes_after(s, last_change)
        audit = (await s.execute(select(AuditEvent).where(
            AuditEvent.action == "save_routing_rules"))).scalars().all()
    assert [c.entity for c in changes] == ["routing_rule"] and len(audit) == 1
    requests = RequestDesk(db, ctx=acting(lambda: NOW))
    await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1)), FetchedMessage(2, form(2, family="B", sender="b@x.example",
                                                           file_number="I-2019-123"))])
    rows = {r.family_name: r for r in await requests.worklist()}
    assert rows["Yılmaz"].service_point == "EINB" and "verlängerung" in rows["Yılmaz"].route_reason
    assert rows["B"].service_point == "BI"       # the prefix rule comes before words


def test_the_editor_adds_edits_moves_deletes_and_saves(qtbot, run, sqlite_database_url):
    from desk_app.services.database import open_database
    from desk_app.ui.admin.routing_rules import RoutingRulesScreen

    db = open_database(sqlite_database_url)
    try:
        facade = RoutingRulesFacade(run(desk_for(db, "admin", clock=Clock(NOW))))
        screen = RoutingRulesScreen(facade)
        qtbot.addWidget(screen)
        screen.resize(900, 700)
        screen.show()
        run(screen.reload())
        count = len(routing.DEFAULT_RULES)
        assert screen.model.rowCount() == count and not screen.dirty
        # the probe shows where a text goes and why
        screen.probe.setText("Frage zur Einbürgerung")
        assert "EINB" in screen.probe_result.text() and "einbürgerung" in screen.probe_result.text()
        # add a word rule: it is last among the words
        screen.kind.setCurrentIndex(screen.kind.findData(RuleKind.WORD))
        screen.pattern.setText("<b>Familiennachzug</b>")
        screen.service_point.setCurrentText("HUM")
        screen.buttons["add"].click()
        assert screen.model.rowCount() == count + 1 and screen.dirty
        i = screen.current_index()
        assert i == count and screen.rules[i].pattern == "<b>Familiennachzug</b>"
        assert screen.model.index(i, 2).data() == "<b>Familiennachzug</b>"   # plain text
        # move it up once, then edit it
        screen.buttons["up"].click()
        assert screen.current_index() == count - 1
        assert screen.rules[count - 1].pattern == "<b>Familiennachzug</b>"
        screen.pattern.setText("familiennachzug")
        screen.buttons["apply"].click()
        assert screen.rules[screen.current_index()].pattern == "familiennachzug"
        # an empty pattern is refused in the form
        screen.pattern.setText("  ")
        screen.buttons["add"].click()
        assert screen.model.rowCount() == count + 1 and "Muster" in screen.status.text()
        # delete the first rule, then save the set
        screen.table.selectRow(0)
        first = screen.rules[0]
        screen.buttons["delete"].click()
        assert first not in screen.rules and screen.model.rowCount() == count
        screen.buttons["save"].click()
        qtbot.waitUntil(lambda: not screen.dirty, timeout=10_000)
        assert screen.status.text() == "Gespeichert."
        stored = run(facade.rules())
        assert stored == screen.rules and len(stored) == count
        assert any(r.pattern == "familiennachzug" and r.service_point == "HUM" for r in stored)
        run(screen.shutdown())
    finally:
        run(db.dispose())
