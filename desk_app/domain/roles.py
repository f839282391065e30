"""Roles and permissions. Which role holds which permission is configurable data."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Mapping


class Role(StrEnum):
    CLERK = "CLERK"              # Sachbearbeitung
    RECEPTION = "RECEPTION"      # Infotheke
    SHIFT_LEAD = "SHIFT_LEAD"    # Schichtleitung
    ADMIN = "ADMIN"


class Permission(StrEnum):
    BOOK = "book"
    CHECK_IN = "check_in"
    REGISTER_WALK_IN = "register_walk_in"
    CALL = "call"
    CALL_SPECIFIC = "call_specific"
    SERVE = "serve"                  # appeared, not answering, park, resume, forward, finish
    MARK_NO_SHOW = "mark_no_show"
    CANCEL = "cancel"
    LEAVE = "leave"
    REINSTATE = "reinstate"
    LATE_ARRIVAL = "late_arrival"    # late arrival after NO_SHOW, very late check-in
    REASSIGN = "reassign"
    VIEW_ALL_SERVICE_POINTS = "view_all_service_points"
    ADMINISTER = "administer"


_ALL = frozenset(Permission)

DEFAULT_ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({
        Permission.BOOK, Permission.CHECK_IN, Permission.REGISTER_WALK_IN, Permission.CALL,
        Permission.SERVE, Permission.MARK_NO_SHOW, Permission.CANCEL, Permission.LEAVE,
        Permission.REINSTATE,
    }),
    Role.RECEPTION: frozenset({
        Permission.BOOK, Permission.CHECK_IN, Permission.REGISTER_WALK_IN,
        Permission.MARK_NO_SHOW, Permission.CANCEL, Permission.LEAVE,
        Permission.VIEW_ALL_SERVICE_POINTS,
    }),
    Role.SHIFT_LEAD: _ALL - {Permission.ADMINISTER},
    Role.ADMIN: _ALL,
}


@dataclass(frozen=True, slots=True)
class RolePolicy:
    """Maps roles to permissions; an office can grant e.g. CALL_SPECIFIC to clerks."""

    grants: Mapping[Role, frozenset[Permission]] = field(
        default_factory=lambda: dict(DEFAULT_ROLE_PERMISSIONS)
    )

    def allows(self, role: Role, permission: Permission) -> bool:
        return permission in self.grants.get(role, frozenset())

    def with_grant(self, role: Role, permission: Permission) -> "RolePolicy":
        grants = dict(self.grants)
        grants[role] = frozenset(grants.get(role, frozenset()) | {permission})
        return RolePolicy(grants)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does something: a staff member at a workstation."""

    staff_id: int | None
    role: Role
    counter_id: int | None = None
    station: str = ""
