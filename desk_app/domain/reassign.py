"""Reassigning (shift lead): moves an entry to another counter, clerk, service point or
time without changing its state. It needs the permission and a reason."""

from __future__ import annotations

from . import errors
from .roles import Actor, Permission, RolePolicy
from .states import State
from .transitions import require

REASSIGNABLE = frozenset({State.BOOKED, State.WAITING, State.PARKED, State.MISSED, State.NO_SHOW})


class CannotReassign(errors.InvalidTransition):
    code = "cannot_reassign"
    verb = "Umverteilen"


def check_reassign(state: State, actor: Actor, policy: RolePolicy, reason: str | None) -> str:
    require(policy, actor, Permission.REASSIGN)
    if state not in REASSIGNABLE:
        raise CannotReassign(state)
    reason = (reason or "").strip()
    if not reason:
        raise errors.ReasonRequired()
    return reason
