"""The admin's routing rules of the mailbox worklist (issue 20, Must 3): read and saved as
one set (the order is the rules' priorities), by an administrator only, audited and
announced in the change feed so other admin windows reload.

Nothing stored yet: the built-in rules (``DEFAULT_RULES``) are shown, and saving stores them
with the admin's changes."""

from __future__ import annotations

import logging
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import mail_routing as routing
from desk_app.domain.admin_rules import FieldMessage, InvalidFields
from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require
from desk_app.models import ServicePoint

from .changes import Change, audit, record_changes
from .context import Context
from .desk import Desk
from .mail_requests import load_rules, replace_rules

log = logging.getLogger(__name__)

ENTITY = "routing_rule"


async def list_rules(session: AsyncSession, ctx: Context) -> list[routing.RoutingRule]:
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    return routing.ordered(await load_rules(session))


async def service_point_codes(session: AsyncSession) -> list[str]:
    rows = await session.execute(select(ServicePoint.code).where(
        ServicePoint.active.is_(True)).order_by(ServicePoint.code))
    return [code for (code,) in rows]


async def save_rules(session: AsyncSession, ctx: Context,
                     rules: Sequence[routing.RoutingRule]) -> list[routing.RoutingRule]:
    """Replaces the whole set. InvalidFields names the first wrong rule (1-based) and field."""
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    async with session.begin():
        codes = set(await service_point_codes(session))
        clean = [routing.RoutingRule(routing.RuleKind(r.kind), r.pattern.strip(),
                                     r.service_point, r.priority) for r in rules]
        for number, rule in enumerate(routing.ordered(clean), start=1):
            problems = routing.rule_problems(rule, codes)
            if problems:
                raise InvalidFields({name: FieldMessage("Regel {number}: {problem}",
                                                        {"number": number, "problem": text})
                                     for name, text in problems.items()})
        await replace_rules(session, clean)
        now = ctx.now()
        await audit(session, ctx.actor, now, action="save_routing_rules", entity=ENTITY,
                    entity_id=None, detail=f"{len(clean)} Regeln")
        await record_changes(session, [Change(ENTITY, 0, "save_routing_rules")], now)
        log.info("routing rules saved: %d", len(clean))
        return routing.ordered(await load_rules(session))


class RoutingRulesFacade:
    """What the admin's rules editor calls; one use case per call."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def rules(self) -> list[routing.RoutingRule]:
        return await self.desk.read(list_rules, self.desk.ctx)

    async def service_point_codes(self) -> list[str]:
        return await self.desk.read(service_point_codes)

    async def save(self, rules: Sequence[routing.RoutingRule]) -> list[routing.RoutingRule]:
        return await self.desk.write(save_rules, self.desk.ctx, list(rules))
