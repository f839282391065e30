"""Who acts in the mail tests: the services check the actor's permission themselves."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from desk_app.domain.roles import Actor, Role, RolePolicy
from desk_app.services.context import Context


def acting(clock: Callable[[], dt.datetime], role: Role = Role.CLERK, *,
           policy: RolePolicy | None = None) -> Context:
    return Context(actor=Actor(staff_id=None, role=role, station="test"),
                   policy=policy or RolePolicy(), clock=clock)
