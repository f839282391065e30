"""The facade of issue 14's operations for the UI and the CLI: each call runs one use
case of services/lead_ops.py in a session of its own through the Desk's plumbing
(retries, DatabaseUnavailable)."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from desk_app.domain.clock import business_day
from desk_app.domain.lead import Presence

from . import lead_board, lead_ops, lead_queues
from .desk import Desk
from .lead_ops import (AlarmView, Assignment, BulkMoveResult, CounterPresence, MoveTarget,
                       alarm_from_change, audience_of)
from .lead_queues import QueueChoice

#: the plain data and pure helpers of lead_ops the UI uses, so that ui/ needs this facade only
__all__ = ["LeadOps", "AlarmView", "Assignment", "BulkMoveResult", "CounterPresence",
           "MoveTarget", "QueueChoice", "alarm_from_change", "audience_of"]


class LeadOps:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @property
    def ctx(self):
        return self.desk.ctx

    # presence
    async def set_presence(self, state: Presence, *, reason: str | None = None,
                           counter_id: int | None = None) -> CounterPresence:
        counter = counter_id if counter_id is not None else self.ctx.actor.counter_id
        return await self.desk.write(lead_ops.set_presence, self.ctx, counter, state,
                                     reason=reason)

    async def presence(self, counter_ids: Sequence[int] | None = None
                       ) -> dict[int, CounterPresence]:
        return await self.desk._read_only(lead_ops.presence_of, counter_ids)

    # the board's reads besides the Desk's (the counting is lead_board's, pure)
    async def board_presence(self) -> list[lead_board.Presence]:
        """Who is at which counter (the workstations' heartbeats)."""
        return await self.desk._read_only(lead_board.board_presence, self.ctx.now())

    async def board_estimates(self) -> dict[str, int | None]:
        """The estimated wait per service point code for someone arriving now."""
        return await self.desk._read_only(lead_board.board_estimates, self.ctx.now())

    # assignments
    async def set_assignments(self, assignments: Sequence[Assignment], *,
                              counter_id: int | None = None,
                              clerk_id: int | None = None) -> list[Assignment]:
        return await self.desk.write(lead_ops.set_assignments, self.ctx,
                                     assignments=assignments, counter_id=counter_id,
                                     clerk_id=clerk_id)

    async def assignments(self, *, counter_id: int | None = None,
                          clerk_id: int | None = None) -> list[Assignment]:
        return await self.desk._read_only(lead_ops.assignments_of, counter_id=counter_id,
                                          clerk_id=clerk_id)

    async def queue_choices(self) -> list[QueueChoice]:
        """The service points a counter may call from, each with its services."""
        return await self.desk._read_only(lead_queues.queue_choices)

    # bulk moves
    async def bulk_move(self, entries: Sequence[tuple[int, int | None]],
                        targets: Sequence[MoveTarget], *, reason: str) -> BulkMoveResult:
        return await self.desk.write(lead_ops.bulk_move, self.ctx, entries=entries,
                                     targets=targets, reason=reason)

    async def afternoon_of(self, clerk_id: int, day: dt.date | None = None,
                           from_local: dt.time = dt.time(12, 0)) -> list[tuple[int, int]]:
        return await self.desk._read_only(lead_ops.afternoon_of, clerk_id=clerk_id,
                                          day=day or business_day(self.ctx.now()),
                                          from_local=from_local)

    # the silent alarm: no retries after a lost connection (the sender must know at once)
    async def raise_alarm(self, counter_id: int | None = None) -> int:
        return await self.desk._run(lead_ops.raise_alarm, write=True, attempts=1,
                                    ctx=self.ctx, counter_id=counter_id)

    async def acknowledge_alarm(self, alarm_id: int) -> AlarmView:
        return await self.desk.write(lead_ops.acknowledge_alarm, self.ctx, alarm_id)

    async def alarm(self, alarm_id: int) -> AlarmView:
        return await self.desk._read_only(lead_ops.get_alarm, alarm_id)

    async def alarms_for_me(self) -> list[AlarmView]:
        return await self.desk._read_only(lead_ops.alarms_for, self.ctx)

    async def open_alarms(self) -> list[AlarmView]:
        """Every open alarm; each workstation decides what it shows
        (desk_app.domain.lead.alarm_visible), also when one escalates after 30 s."""
        now = self.ctx.now()
        return await self.desk._read_only(lead_ops.open_alarms, now)

    async def closed_counters(self, service_point_id: int | None = None) -> list[tuple[int, str]]:
        """For the call display: which counters are closed (names of counters only)."""
        return await self.desk._read_only(lead_ops.closed_counters, service_point_id)
