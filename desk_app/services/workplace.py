"""The current station of one workstation as one object, its workplace: where (service
point, counter) and who (the actor, with the office's role policy and the clock). (The
actor's ``station`` is the PC's name; the workplace is everything about it that changes.)

Every facade of a window acts as the same workplace: ``Desk``, ``PrintDesk`` and
``ReceiptDesk`` share it (``share``), so a change of counter, of the person signed in or
of the policy reaches them all at once, and later actions, print jobs, receipts and audit
rows carry the workplace of the moment.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable

from desk_app.domain.roles import RolePolicy

from .context import Context


class Workplace:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        #: the service point chosen at this workplace (None: none yet, or the reception)
        self.service_point_id: int | None = None
        self.service_point_name: str = ""
        self._moved: list[Callable[[], None]] = []

    def on_move(self, callback: Callable[[], None]) -> None:
        """``callback()`` after every ``move_to`` (e.g. the pickup desk follows)."""
        self._moved.append(callback)

    @property
    def counter_id(self) -> int | None:
        return self.ctx.actor.counter_id

    def move_to(self, service_point_id: int | None, counter_id: int | None, *,
                service_point_name: str = "") -> None:
        """The clerk works at another service point or counter."""
        self.service_point_id = service_point_id
        self.service_point_name = service_point_name
        self.ctx = dataclasses.replace(
            self.ctx, actor=dataclasses.replace(self.ctx.actor, counter_id=counter_id))
        for callback in list(self._moved):
            callback()

    def switch_person(self, **actor_fields: Any) -> None:
        """Another person works here (e.g. ``staff_id=…, role=…``); the place stays."""
        self.ctx = dataclasses.replace(
            self.ctx, actor=dataclasses.replace(self.ctx.actor, **actor_fields))

    def set_policy(self, policy: RolePolicy) -> None:
        self.ctx = dataclasses.replace(self.ctx, policy=policy)

    def share(self, *facades: Any) -> None:
        """The facades act as this workplace from now on (None is skipped)."""
        for facade in facades:
            if facade is not None:
                facade.workplace = self
