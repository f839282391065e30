"""The mailbox worklist under the least-privilege roles of `desk-app db roles` (PostgreSQL):
a clerk's own login reads the mailbox in (claims, requests, a bounce that flags the
applicant, the change feed), routes and answers; an admin's login saves routing rules."""

from __future__ import annotations

import pytest

from desk_app.domain.mail_routing import RoutingRule, RuleKind
from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from desk_app.services.routing_rules import RoutingRulesFacade
from tests.admin.pg_office import _sql, office, office_setup  # noqa: F401  (fixtures)
from tests.mail.test_parsing import dsn
from tests.mail.test_worklist_services import NOW, form
from tests.support import person
from tests.mail.actors import acting

pytestmark = pytest.mark.postgres


async def test_a_clerk_login_reads_routes_answers_and_takes_bounces(office):
    lead = office.desk_as("lead")
    walk_in = await lead.register_walk_in(service_point_id=office.sp["BI"], applicants=[
        person("Yılmaz", "Ayşe", email="ay@x.example")])
    applicant_id = walk_in.members[0].applicant_id
    requests = RequestDesk(office.db_as("clerk"), ctx=acting(lambda: NOW))
    result = await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1, file_number="I-2019-4711")),
        FetchedMessage(2, form(2, family="Zwei", sender="zwei@x.example"))])
    assert result.new_requests == 2
    rows = {r.family_name: r for r in await requests.worklist()}
    moved = await requests.confirm_route(rows["Zwei"].id, "HUM")
    assert moved.service_point == "HUM"
    await requests.mark_answered(rows["Yılmaz"].id, message_id="<o1@office.example>",
                                 entry_id=None)
    bounced = await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(3, dsn("<o1@office.example>", "ay@x.example"))])
    assert bounced.bounces == 1
    rows = await _sql(office, "admin", "SELECT quality FROM applicants WHERE id = :a",
                      a=applicant_id)
    assert "undeliverable" in rows[0][0]
    assert (await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1))])).skipped == 1


async def test_an_admin_login_saves_routing_rules(office):
    rules = RoutingRulesFacade(office.desk_as("admin"))
    saved = await rules.save([RoutingRule(RuleKind.WORD, "duldung", "HUM", 10)])
    assert [r.pattern for r in await rules.rules()] == ["duldung"] == [r.pattern for r in saved]
