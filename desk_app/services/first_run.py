"""The facade behind the first-run dialog (ui/first_run): check a database, list its
service points and counters, store a password in the keyring, save the settings.

Qt-free; returns plain dataclasses. The dialog never opens sessions itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .connect import unreachable_as_clear_error
from .credentials import store_password, url_with_password
from .database import DatabaseUnavailable, open_database, safe_url
from .reference import service_points
from .schema import SchemaState, schema_status

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlaceChoice:
    """A service point with its counters, for the dialog's choice lists."""
    code: str
    name: str
    counters: tuple[str, ...]


@dataclass(frozen=True)
class DatabaseCheck:
    ok: bool
    display_url: str
    #: why not usable, or a note: "unreachable", "needs_upgrade", "password", "created_at_start"
    problem: str = ""
    detail: str = ""             # the driver's or keyring's reason (no personal data)
    schema_state: str = ""
    places: tuple[PlaceChoice, ...] = field(default_factory=tuple)


class FirstRunFacade:
    """What the first-run dialog needs from below the UI."""

    def __init__(self, *, embedded_url: str) -> None:
        self.embedded_url = embedded_url

    async def check_database(self, url: str, password_source: str,
                             passfile: str = "") -> DatabaseCheck:
        """Connects once and reads the schema state and the service points. The embedded
        database (``url`` empty) is fine when it does not exist yet: it is made at start."""
        target = url or self.embedded_url
        if not url and not Path(target.split("///", 1)[-1]).exists():
            return DatabaseCheck(ok=True, display_url=safe_url(target), schema_state="EMPTY",
                                 problem="created_at_start")
        try:
            connect_url = url_with_password(target, password_source, passfile)
        except ValueError as exc:
            return DatabaseCheck(ok=False, display_url=safe_url(target), problem="password",
                                 detail=str(exc))
        db = open_database(connect_url, pool_size=1)
        try:
            async with unreachable_as_clear_error(db.url):
                status = await schema_status(db)
                if status.state in (SchemaState.EMPTY, SchemaState.DB_OLDER) and not db.backend.embedded:
                    return DatabaseCheck(
                        ok=False, display_url=db.display_url, schema_state=status.state.value,
                        problem="needs_upgrade")
                places: tuple[PlaceChoice, ...] = ()
                if status.state in (SchemaState.CURRENT, SchemaState.DB_NEWER):
                    async with db.read() as session:
                        sps = await service_points(session)
                    places = tuple(PlaceChoice(sp.code, sp.name,
                                               tuple(c.name for c in sp.counters)) for sp in sps)
                return DatabaseCheck(ok=True, display_url=db.display_url,
                                     schema_state=status.state.value, places=places)
        except DatabaseUnavailable as exc:
            return DatabaseCheck(ok=False, display_url=db.display_url, problem="unreachable",
                                 detail=exc.detail)
        finally:
            await db.dispose()

    def store_password(self, url: str, password: str) -> None:
        store_password(url, password)

    def save(self, settings, path: Path) -> Path:
        from desk_app.settings import save_settings

        saved = save_settings(settings, path)
        log.info("settings written by the first-run dialog")
        return saved
