"""The facade the UI and the CLI use: each call opens a session on the shared database,
runs one use case in one transaction, retries what is safe to retry, and turns driver
errors into DatabaseUnavailable (no password, no traceback in the message)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, Awaitable, Callable, Mapping, Sequence, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.states import Action, Outcome

from . import queue_actions, queue_read, reference, registration
from .applicant_input import ApplicantInput
from .context import Context
from .connect import sign_in_refusal
from .database import (Database, DatabaseBusy, DatabaseUnavailable, SignInFailed,
                       commit_was_sent)
from .idempotency import new_key
from .workplace import Workplace
from .views import EntryView

log = logging.getLogger(__name__)
T = TypeVar("T")

_RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock


def _is_retryable(exc: DBAPIError) -> bool:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None) or getattr(
        getattr(exc, "orig", None), "pgcode", None)
    if code in _RETRYABLE_SQLSTATES:
        return True
    return _is_locked(exc)


def _is_locked(exc: DBAPIError) -> bool:
    """SQLite: another connection holds the write lock past the busy timeout."""
    return "database is locked" in str(exc.orig)


# connection exceptions (class 08), admin/crash shutdown, starting up, too many clients
_DISCONNECT_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}


def _is_disconnect(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if code and (str(code).startswith("08") or code in _DISCONNECT_SQLSTATES):
        return True
    if "not currently accepting connections" in str(exc):
        return True
    if isinstance(exc, (OSError, ConnectionError, InterfaceError)):
        return True
    name = type(getattr(exc, "orig", exc)).__name__
    return name in {"ConnectionDoesNotExistError", "CannotConnectNowError",
                    "ConnectionFailureError", "InterfaceError", "AdminShutdownError",
                    "TooManyConnectionsError",
                    # a multi-host URL found only standbys (a failover is under way)
                    "TargetServerAttributeNotMatched",
                    # asyncpg's protocol state broke (seen when the server ended the
                    # backend under an idle pooled connection): the connection is unusable
                    "InternalClientError"} or "connection" in str(exc).lower() and isinstance(exc, OperationalError)


class Desk:
    def __init__(self, db: Database, ctx: Context, *, read_only: bool = False,
                 read_only_reason: str = "") -> None:
        self.db = db
        self.workplace = Workplace(ctx)
        self.read_only = read_only
        self.read_only_reason = read_only_reason

    @property
    def ctx(self) -> Context:
        """Who acts, from the workplace this desk shares with the window's other facades."""
        return self.workplace.ctx

    @ctx.setter
    def ctx(self, ctx: Context) -> None:
        self.workplace.ctx = ctx

    # -- plumbing ------------------------------------------------------------------------
    #: public holidays of the appointment book's slots (settings.federal_state)
    federal_state: str = "NW"
    #: ``book`` and a time ``reassign`` take a place of the appointment book's slot under
    #: its row lock (a full slot or a time outside the hours is refused), everywhere: the
    #: app, the CLI, the demo, tests and benchmarks. Off only where a caller means to
    #: book without a slot (a test of exactly that).
    take_slots: bool = True

    # waits before each retry after a lost connection (about 2 s in all)
    reconnect_delays: tuple[float, ...] = (0.05, 0.25, 0.6, 1.2)

    async def _run(self, fn: Callable[..., Awaitable[T]], *args: Any, write: bool,
                   attempts: int = 4, single_statement: bool = False, **kwargs: Any) -> T:
        """Runs ``fn`` in a session of its own, retrying what is safe to retry.

        After a lost connection a read is retried, and so is a write that carries an
        idempotency key (``key=``): the retry either finds the committed result (then
        ``replayed=True``) or applies the action for the first time, so it is applied
        exactly once. When the database stays unreachable, DatabaseUnavailable says so:
        ``.applied`` is False when no attempt can have committed, None when the answer to
        a commit was lost; ``.key`` is the key to retry with once the database is back.
        """
        if write and self.read_only:
            raise errors.ReadOnlyMode(why=self.read_only_reason or "Datenbank schreibgeschützt")
        may_reconnect = not write or kwargs.get("key") is not None
        delay = 0.02
        failures = reconnects = 0
        maybe_applied = False
        while True:
            if write:
                session = self.db.write_session()
            elif single_statement:
                session = self.db.single_read_session()
            else:
                session = self.db.read_session()
            try:
                async with session:
                    return await fn(session, *args, **kwargs)
            except errors.DomainError:
                raise
            except IntegrityError as exc:
                # A concurrent action with the same idempotency key (or a unique ticket
                # race) committed first: retrying finds its result or takes a new number.
                failures += 1
                if failures >= attempts:
                    await self._read_only_if_schema_moved(exc, write)
                    raise
            except (DBAPIError, OSError, ConnectionError) as exc:
                refused = sign_in_refusal(exc, connecting=False)
                if refused is not None:   # e.g. the password was changed meanwhile
                    raise SignInFailed(self.db.url, refused) from None
                if isinstance(exc, DBAPIError) and not _is_disconnect(exc):
                    failures += 1
                    if not _is_retryable(exc) or failures >= attempts:
                        if _is_locked(exc):     # not applied: the lock was never ours
                            raise self._busy(kwargs) from None
                        await self._read_only_if_schema_moved(exc, write)
                        raise
                else:
                    # only a connection lost while committing leaves the outcome open
                    maybe_applied |= write and commit_was_sent(session)
                    if not may_reconnect or reconnects >= len(self.reconnect_delays):
                        raise self._unavailable(exc, write, maybe_applied, kwargs) from None
                    log.warning("database connection lost (%s); retry %d", type(exc).__name__,
                                reconnects + 1)
                    await asyncio.sleep(self.reconnect_delays[reconnects])
                    reconnects += 1
                    continue
            await asyncio.sleep(delay)
            delay *= 2

    #: ``async () -> bool``: re-reads the schema state and turns this desk read-only when
    #: the database is now newer than the program (services/schema_watch.py); None: off
    schema_check: Callable[[], Awaitable[bool]] | None = None

    async def _read_only_if_schema_moved(self, exc: BaseException, write: bool) -> None:
        """A write failed with a database error: if the database was upgraded under this
        program, say that (ReadOnlyMode) instead of the driver's error."""
        if not write or self.schema_check is None:
            return
        try:
            moved = await self.schema_check()
        except Exception:  # the check itself failed: the original error stands
            return
        if moved:
            raise errors.ReadOnlyMode(why=self.read_only_reason) from exc

    def _unavailable(self, exc: BaseException, write: bool, maybe_applied: bool,
                     kwargs: Mapping[str, Any]) -> DatabaseUnavailable:
        detail = _short(exc)
        if write:
            detail += (" – Aktion nicht bestätigt, bitte wiederholen" if maybe_applied
                       else " – Aktion nicht ausgeführt")
        error = DatabaseUnavailable(self.db.url, detail)
        error.applied = None if maybe_applied else False
        error.key = kwargs.get("key")
        return error

    def _busy(self, kwargs: Mapping[str, Any]) -> DatabaseBusy:
        log.warning("database stayed locked by another process")
        error = DatabaseBusy(self.db.url)
        error.key = kwargs.get("key")
        return error

    def read(self, fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> Awaitable[T]:
        return self._run(fn, *args, write=False, **kwargs)

    #: the database reports read from (settings.report_database_url: a read-only
    #: replica, so a year's statistics never slow the counters); None: ``db``
    report_db: Database | None = None

    def report_read(self, fn: Callable[..., Awaitable[T]], *args: Any,
                    **kwargs: Any) -> Awaitable[T]:
        """A read for statistics and exports: on the report replica when there is one."""
        if self.report_db is None:
            return self.read(fn, *args, **kwargs)
        replica = Desk(self.report_db, self.ctx, read_only=True,
                       read_only_reason="Auswertungsdatenbank")
        return replica._run(fn, *args, write=False, **kwargs)

    def write(self, fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> Awaitable[T]:
        return self._run(fn, *args, write=True, **kwargs)

    # -- waiting-time estimates (issue 12, docs/waiting-time.md) -------------------------
    async def wait_estimates(self) -> list:
        """The estimated wait now per service point with a queue (WaitEstimate)."""
        from . import waiting_time

        async def read(session, now):
            async with session.begin():
                return await waiting_time.board(
                    session, now, planned_min=await waiting_time.planned_minutes(session))
        return await self.read(read, self.ctx.now())

    async def presence(self, now=None) -> list:
        """Who is at which counter, from the workstations' heartbeats
        (presence.list_presence), for the shift lead's board."""
        from .presence import list_presence

        async def read(session, at):
            async with session.begin():
                return await list_presence(session, at)
        return await self.read(read, now or self.ctx.now())

    async def wait_estimate(self, entry_id: int):
        """The estimate for one waiting entry (EntryEstimate), or None."""
        from . import waiting_time
        return await self.read(waiting_time.entry_estimate, entry_id, self.ctx.now())

    async def _read_only(self, fn, *args, single_statement: bool = False, **kwargs):
        async def body(session, *a, **k):
            async with session.begin():
                return await fn(session, *a, **k)
        return await self._run(body, *args, write=False, single_statement=single_statement,
                               **kwargs)

    # -- reading -------------------------------------------------------------------------
    def sees_restricted(self) -> bool:
        """Shift leads and admins see every service point; others need-to-know only."""
        from desk_app.domain.roles import Permission

        allows = self.ctx.policy.allows
        return (allows(self.ctx.actor.role, Permission.REASSIGN)
                or allows(self.ctx.actor.role, Permission.ADMINISTER))

    async def day_queue(self, day: dt.date | None = None,
                        service_point_id: int | None = None) -> list[EntryView]:
        return await self._read_only(queue_read.day_queue, day or business_day(self.ctx.now()),
                                     service_point_id, see_restricted=self.sees_restricted(),
                                     own_counter_id=self.ctx.actor.counter_id)

    #: a plain connection for the catch-up read (on PostgreSQL the change feed's LISTEN
    #: connection, see ``use_fast_reader``): anything with ``.connected`` and
    #: ``async fetch(sql, *args)``. None: every read goes through the pool.
    fast_reader: Any = None

    def change_feed(self, on_changes, *, on_status=None, poll_interval: float = 0.5):
        """The change feed of this database (services/change_feed.py) for a window: it
        calls ``on_changes(records)`` with every batch of other workstations' changes and
        ``on_status(online, detail)``; its owner starts and stops it."""
        from .change_feed import make_change_feed

        return make_change_feed(self.db, on_changes, on_status=on_status,
                                poll_interval=poll_interval)

    def use_fast_reader(self, reader: Any) -> None:
        """Reads of a few entries go through ``reader`` while it is connected (one round
        trip, no pool checkout or session); through the pool otherwise or on any error."""
        self.fast_reader = reader if self.db.backend.notifies else None

    async def entries(self, ids: Sequence[int]) -> list[EntryView]:
        reader = self.fast_reader
        if reader is not None and reader.connected and len(ids) <= queue_read.FEW:
            try:
                return await queue_read.get_entries_plain(
                    reader.fetch, self.db.engine.dialect, ids,
                    see_restricted=self.sees_restricted(),
                    own_counter_id=self.ctx.actor.counter_id)
            except Exception as exc:  # the reader's connection failed: the pool decides
                log.info("catch-up read on the fast reader failed (%s); through the pool",
                         type(exc).__name__)
        # what a workstation reads after every change elsewhere: a few entries, one
        # statement (names and members joined), no transaction round trips on PostgreSQL
        return await self._read_only(queue_read.get_entries, ids,
                                     see_restricted=self.sees_restricted(),
                                     own_counter_id=self.ctx.actor.counter_id,
                                     single_statement=len(ids) <= queue_read.FEW)

    async def entry(self, entry_id: int) -> EntryView:
        return await self._read_only(queue_read.get_entry, entry_id, single_statement=True)

    async def search(self, query: str, *, day: dt.date | None = None,
                     own_service_point_id: int | None = None) -> list[EntryView]:
        return await self._read_only(queue_read.search, query, day=day,
                                     own_service_point_id=own_service_point_id,
                                     own_counter_id=self.ctx.actor.counter_id,
                                     see_restricted=self.sees_restricted())

    async def service_points(self):
        return await self._read_only(reference.service_points)

    async def services(self):
        return await self._read_only(reference.services)

    async def staff(self):
        return await self._read_only(reference.staff)

    # -- creating ------------------------------------------------------------------------
    async def book(self, *, service_point_id: int, scheduled_at: dt.datetime,
                   applicants: Sequence[ApplicantInput], service_id: int | None = None,
                   booking_reference: str | None = None, notes: str = "",
                   key: str | None = None) -> EntryView:
        return await self.write(registration.book, self.ctx, key=key or new_key(),
                                service_point_id=service_point_id, scheduled_at=scheduled_at,
                                applicants=applicants, service_id=service_id,
                                booking_reference=booking_reference, notes=notes,
                                federal_state=self.federal_state if self.take_slots else None)

    async def register_walk_in(self, *, service_point_id: int,
                               applicants: Sequence[ApplicantInput],
                               service_id: int | None = None, notes: str = "",
                               key: str | None = None) -> EntryView:
        return await self.write(registration.register_walk_in, self.ctx, key=key or new_key(),
                                service_point_id=service_point_id, applicants=applicants,
                                service_id=service_id, notes=notes)

    # -- the state table -----------------------------------------------------------------
    async def act(self, entry_id: int, action: Action, *, key: str | None = None,
                  expected_version: int | None = None, reason: str | None = None,
                  outcomes: Mapping[int, Outcome] | None = None,
                  target_service_point_id: int | None = None) -> EntryView:
        return await self.write(queue_actions.transition, self.ctx, entry_id, action,
                                key=key or new_key(), expected_version=expected_version,
                                reason=reason, outcomes=outcomes,
                                target_service_point_id=target_service_point_id,
                                counter_id=self.ctx.actor.counter_id)

    async def check_in(self, entry_id: int, **kw) -> EntryView:
        return await self.act(entry_id, Action.CHECK_IN, **kw)

    async def call_next(self, *, service_point_id: int, counter_id: int | None = None,
                        key: str | None = None) -> EntryView:
        counter = counter_id if counter_id is not None else self.ctx.actor.counter_id
        if counter is None:
            raise errors.ValidationFailed(message="Kein Schalter gewählt.", error_code="no_counter")
        return await self.write(queue_actions.call_next, self.ctx,
                                service_point_id=service_point_id, counter_id=counter,
                                key=key or new_key())

    async def call_specific(self, entry_id: int, *, counter_id: int | None = None,
                            key: str | None = None,
                            expected_version: int | None = None) -> EntryView:
        counter = counter_id if counter_id is not None else self.ctx.actor.counter_id
        if counter is None:
            raise errors.ValidationFailed(message="Kein Schalter gewählt.", error_code="no_counter")
        return await self.write(queue_actions.call_specific, self.ctx, entry_id,
                                counter_id=counter, key=key or new_key(),
                                expected_version=expected_version)

    async def reassign(self, entry_id: int, *, reason: str, key: str | None = None,
                       **kw) -> EntryView:
        kw.setdefault("federal_state", self.federal_state if self.take_slots else None)
        return await self.write(queue_actions.reassign, self.ctx, entry_id,
                                key=key or new_key(), reason=reason, **kw)

    async def mark_overdue_no_shows(self) -> list[EntryView]:
        """The automatic no-show: BOOKED entries past their grace period, by one
        conditional UPDATE (services/no_shows.py); the entries this call marked."""
        from .no_shows import mark_overdue_no_shows

        marked = await self.write(mark_overdue_no_shows, self.ctx)
        return await self.entries([m.entry_id for m in marked]) if marked else []


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    return text[:200]
