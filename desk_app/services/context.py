"""Who acts, with which permissions, and what time it is (injectable for tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from desk_app.domain.clock import utcnow
from desk_app.domain.roles import Actor, RolePolicy


@dataclass(frozen=True)
class Context:
    actor: Actor
    policy: RolePolicy = field(default_factory=RolePolicy)
    clock: Callable[[], dt.datetime] = utcnow

    def now(self) -> dt.datetime:
        return self.clock()
