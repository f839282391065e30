"""The notice line of the call displays, set by a shift lead ("Heute ist Schalter 5
geschlossen"). One line per scope: "" for every display, or a service point's code.
One transaction per use case; the change feed tells the displays."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require
from desk_app.models import DisplayNotice, ServicePoint

from .changes import Change, audit, record_changes
from .context import Context

MAX_NOTICE_LENGTH = 300


@dataclass(frozen=True, slots=True)
class NoticeView:
    scope: str            # "" = every display
    text: str


def clean_notice(text: str) -> str:
    """One line: whitespace folded, control characters refused, at most 300 characters."""
    line = " ".join((text or "").split())
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in line):
        raise errors.ValidationFailed(message="Der Hinweis enthält Steuerzeichen.", error_code="notice_control_characters")
    if len(line) > MAX_NOTICE_LENGTH:
        raise errors.ValidationFailed(
            message="Der Hinweis ist zu lang (höchstens {limit} Zeichen).", error_code="notice_too_long",
            limit=MAX_NOTICE_LENGTH)
    return line


async def set_notice(session: AsyncSession, ctx: Context, text: str,
                     scope: str = "") -> NoticeView:
    """Sets (or, with an empty text, clears) the notice of ``scope``. Shift leads and
    admins only (the reassign permission: the shift lead's)."""
    require(ctx.policy, ctx.actor, Permission.REASSIGN)
    line = clean_notice(text)
    scope = (scope or "").strip().upper()
    now = ctx.now()
    async with session.begin():
        sp_id = None
        if scope:
            sp_id = await session.scalar(select(ServicePoint.id).where(ServicePoint.code == scope))
            if sp_id is None:
                raise errors.NotFound(what=f"Dienststelle {scope}")
        await session.execute(delete(DisplayNotice).where(DisplayNotice.scope == scope))
        if line:
            session.add(DisplayNotice(scope=scope, text=line, updated_at=now))
        await session.flush()
        await audit(session, ctx.actor, now, action="set_display_notice", entity="display_notice",
                    entity_id=sp_id, detail="set" if line else "cleared")
        await record_changes(session, [Change("display_notice", sp_id or 0, "set_display_notice",
                                              sp_id)], now)
    return NoticeView(scope, line)


async def notices(session: AsyncSession) -> list[NoticeView]:
    async with session.begin():
        rows = (await session.execute(select(DisplayNotice).order_by(DisplayNotice.scope))).scalars()
        return [NoticeView(n.scope, n.text) for n in rows]
