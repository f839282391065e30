"""One object that runs every action (issue 11, after Anki's CollectionOp).

``Operations.run`` calls one service use case with the action's idempotency key and
owns everything around it, so no screen repeats it:

- an action that is already in flight is not started twice;
- DatabaseUnavailable keeps the key, so trying again re-sends it and an action whose
  COMMIT was lost with the connection is applied at most once; the message says
  truthfully whether it was not applied or possibly applied;
- a DomainError drops the key (the outcome is definite) and shows the translated
  message, unless the caller handles it; a concurrent change also calls ``on_conflict``
  (typically: re-read the row);
- anything unexpected drops the key, is logged with its traceback (never shown) and
  gets a short message;
- success drops the key and may show a message.

A form dialog (walk-in, receipt, reassign) passes itself as ``form``: the key is the
dialog's own, messages go to the dialog, and it is busy while the call runs.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from desk_app.domain import errors
from desk_app.services.database import DatabaseUnavailable

from . import error_messages
from .async_tools import ActionKeys

log = logging.getLogger(__name__)

T = TypeVar("T")


class Form(Protocol):
    key: str

    def show_error(self, text: str) -> None: ...

    def set_busy(self, busy: bool) -> None: ...

    def renew_key(self) -> None: ...


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What ``run`` returns: truthy when the call succeeded."""

    ok: bool
    value: T | None = None

    def __bool__(self) -> bool:
        return self.ok


_NOT_RUN: Outcome = Outcome(False)


class Operations(QObject):
    """Runs every action of a window; see the module docstring."""

    #: The set of actions in flight changed (enable or disable actions).
    changed = Signal()
    #: A message for the window's message bar: text, is_error.
    message = Signal(str, bool)

    def __init__(self, keys: ActionKeys | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = keys if keys is not None else ActionKeys()
        self._in_flight: set[Hashable] = set()
        self._spawned: set[asyncio.Task] = set()

    def in_flight(self, ident: Hashable) -> bool:
        return ident in self._in_flight

    def any_in_flight(self) -> bool:
        return bool(self._in_flight)

    async def run(self, ident: Hashable, call: Callable[[str], Awaitable[T]], *,
                  what: str,
                  form: Form | None = None,
                  message_for: Callable[[BaseException], str] = error_messages.message_for,
                  on_domain_error: Callable[[errors.DomainError], bool] | None = None,
                  on_conflict: Callable[[], object] | None = None,
                  success: Callable[[T], str | None] | None = None) -> Outcome[T]:
        if ident in self._in_flight:
            return _NOT_RUN
        key = form.key if form is not None else self.keys.key_for(ident)
        self._in_flight.add(ident)
        self.changed.emit()
        if form is not None:
            form.set_busy(True)
        try:
            value = await call(key)
        except asyncio.CancelledError:
            raise
        except DatabaseUnavailable as exc:          # the key is kept for the retry
            self._tell(form, message_for(exc), error=True)
            return _NOT_RUN
        except errors.DomainError as exc:
            self._settle(ident, form)
            if isinstance(exc, errors.ConcurrentModification) and on_conflict is not None:
                self._call_back(on_conflict)
            if on_domain_error is not None and on_domain_error(exc):
                return _NOT_RUN
            self._tell(form, message_for(exc), error=True)
            return _NOT_RUN
        except Exception as exc:  # never a traceback in the window
            self._settle(ident, form)
            log.exception("action %s failed", what)
            self._tell(form, message_for(exc), error=True)
            return _NOT_RUN
        finally:
            self._in_flight.discard(ident)
            if form is not None:
                form.set_busy(False)
            self.changed.emit()
        self._settle(ident, form)
        if success is not None:
            text = success(value)
            if text:
                self.message.emit(text, False)
        return Outcome(True, value)

    async def read(self, call: Callable[[], Awaitable[T]], *, what: str,
                   quiet: bool = False,
                   message_for: Callable[[BaseException], str] = error_messages.message_for,
                   on_domain_error: Callable[[errors.DomainError], bool] | None = None,
                   current: Callable[[], bool] | None = None,
                   tell: Callable[[str, bool], object] | None = None) -> Outcome[T]:
        """Runs a read (no key, nothing in flight): an outage or a refusal is shown as a
        message (``quiet``: only logged) and the Outcome is falsy; anything unexpected is
        also logged with its traceback. ``on_domain_error`` as in ``run``: returning True
        means the caller showed the refusal itself. ``current``: asked after a failure;
        False means a newer read overtook this one, so its failure is only logged.
        ``tell``: where the message goes instead of ``message`` (text, is_error), e.g. a
        dialog's own signal."""
        try:
            return Outcome(True, await call())
        except asyncio.CancelledError:
            raise
        except (DatabaseUnavailable, errors.DomainError) as exc:
            if (on_domain_error is not None and isinstance(exc, errors.DomainError)
                    and on_domain_error(exc)):
                return _NOT_RUN
            if quiet or (current is not None and not current()):
                log.info("%s failed: %s", what, type(exc).__name__)
            else:
                (tell or self.message.emit)(message_for(exc), True)
        except Exception as exc:  # never a traceback in the window
            log.exception("%s failed", what)
            if not quiet and (current is None or current()):
                (tell or self.message.emit)(message_for(exc), True)
        return _NOT_RUN

    # -- helpers -------------------------------------------------------------------------
    def _settle(self, ident: Hashable, form: Form | None) -> None:
        """The outcome is definite: the next attempt is a new action with a new key."""
        if form is not None:
            form.renew_key()
        else:
            self.keys.done(ident)

    def _tell(self, form: Form | None, text: str, *, error: bool) -> None:
        if form is not None:
            form.show_error(text)
        else:
            self.message.emit(text, error)

    def _call_back(self, callback: Callable[[], object]) -> None:
        result = callback()
        if inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._spawned.add(task)
            task.add_done_callback(self._spawned.discard)

    def cancel(self) -> None:
        """On quit: cancel the follow-up tasks this object started."""
        for task in list(self._spawned):
            task.cancel()
