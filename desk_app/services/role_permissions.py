"""Which role holds which permission: stored per office, the defaults until then
(administration, role ADMINISTER)."""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import admin_rules as rules
from desk_app.domain.roles import DEFAULT_ROLE_PERMISSIONS, Permission, Role, RolePolicy
from desk_app.models import RolePermission

from .admin_base import log_admin, require_admin
from .context import Context


async def role_permissions(session: AsyncSession) -> dict[str, frozenset[str]]:
    """Which role holds which permission, as stored (every role present, maybe empty)."""
    out: dict[str, set[str]] = {r.value: set() for r in Role}
    for role, perm in (await session.execute(select(RolePermission.role,
                                                    RolePermission.permission))).all():
        out.setdefault(role, set()).add(perm)
    return {k: frozenset(v) for k, v in out.items()}


async def load_policy(session: AsyncSession) -> RolePolicy:
    """The office's RolePolicy from the table (the defaults when the table is empty)."""
    stored = await role_permissions(session)
    if not any(stored.values()):
        return RolePolicy()
    known = {p.value for p in Permission}
    return RolePolicy({Role(r): frozenset(Permission(p) for p in perms if p in known)
                       for r, perms in stored.items() if r in {x.value for x in Role}})


async def set_role_permissions(session: AsyncSession, ctx: Context, role: str,
                               permissions: Sequence[str]) -> frozenset[str]:
    """Replaces the permissions of one role. Admins always keep ADMINISTER."""
    require_admin(ctx)
    async with session.begin():
        c = rules.Check()
        rules.check_permissions(c, {role: set(permissions)})
        if role == Role.ADMIN.value and Permission.ADMINISTER.value not in permissions:
            c.fail(f"role_{role}", rules.MSG_LAST_ADMIN)
        c.done()
        have = set((await session.execute(select(RolePermission.permission).where(
            RolePermission.role == role))).scalars())
        want = set(permissions)
        if have != want:
            await session.execute(delete(RolePermission).where(
                RolePermission.role == role, RolePermission.permission.not_in(want)))
            session.add_all([RolePermission(role=role, permission=p) for p in sorted(want - have)])
            await session.flush()
            await log_admin(session, ctx, "admin_permissions", "role_permission",
                       list(Role).index(Role(role)), sorted(want ^ have))
        return frozenset(want)


def default_permissions() -> dict[str, frozenset[str]]:
    return {r.value: frozenset(p.value for p in perms)
            for r, perms in DEFAULT_ROLE_PERMISSIONS.items()}
