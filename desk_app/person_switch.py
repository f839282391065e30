"""A different person takes over a running workstation (issue 13), without a restart.

The lock screen (``ui/sign_in``) signs the next person in; when it is somebody else,
``Workstation.take_over`` replaces the whole session: on PostgreSQL the new person's
own engine (their database login) serves the new session and the old engine is disposed;
on SQLite the same file is opened again with the new person as the actor. The window is
rebuilt, so its menus and screens follow the new person's role. The station keeps its
service point, counter and window geometry. Re-unlocking by the same person changes
nothing here.

Part of the composition root (beside ``app.py``): it imports the UI and the services.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Callable

log = logging.getLogger(__name__)


def _station_of(window) -> tuple[str, str]:
    """The service point code and counter name this window works at now."""
    actor = window.desk.ctx.actor
    sp_id = window.desk.workplace.service_point_id
    code = counter = ""
    for sp in window.screens["counter"].queue.service_points:
        if sp.id == sp_id:
            code = sp.code
        for c in sp.counters:
            if c.id == actor.counter_id:
                code, counter = sp.code, c.name
    return code, counter


class Workstation:
    """The running session of this workstation. ``session`` is always the current one;
    ``on_close`` is called when the user closes the current window."""

    def __init__(self, session, settings, url, *, on_close: Callable[[], object],
                 **open_kwargs) -> None:
        from desk_app.ui.async_tools import TaskSet

        self.session = session
        self.settings = settings
        self.url = url
        self.on_close = on_close
        self.open_kwargs = open_kwargs
        self.tasks = TaskSet()      # not the window's: the old window's tasks are cancelled
        self.switches = 0
        self._hook(session)

    def _hook(self, session) -> None:
        session.window.closing.connect(self.on_close)
        sign_in = getattr(session.window, "sign_in", None)
        if sign_in is not None:
            sign_in.take_over = self.take_over

    def take_over(self, signed) -> None:
        """Called by the lock screen when a different person signed in."""
        self.tasks.spawn(self.replace_session(signed), "take-over")

    async def replace_session(self, signed):
        """Opens the new person's session first (a failure leaves the old one running,
        locked, with the reason shown), then closes the old one (its heartbeat signs
        off, its engine is disposed) and shows the new window in the old one's place."""
        from desk_app.app import close_session, open_session
        from desk_app.ui.error_messages import message_for

        old = self.session
        window = old.window
        code, counter = _station_of(window)
        settings = dataclasses.replace(self.settings, login=signed.login,
                                       service_point=code or self.settings.service_point,
                                       counter=counter or self.settings.counter)
        try:
            new = await open_session(settings, self.url, start=False,
                                     database=signed.database, **self.open_kwargs)
        except Exception as exc:
            log.error("take-over failed: %s", type(exc).__name__)
            if signed.database is not None:
                await signed.database.dispose()
            window.sign_in.lock()
            window.sign_in.lock_screen.message.setText(message_for(exc))
            return None
        new.window.sign_in.confirmed()          # the person has just proven who they are
        geometry = window.saveGeometry()
        window.closing.disconnect(self.on_close)
        await close_session(old)
        window.hide()
        window.deleteLater()
        self.session, self.settings = new, settings
        self.switches += 1
        self._hook(new)
        new.window.restoreGeometry(geometry)
        new.window.show()
        log.info("a different person took over this workstation (staff id %s)",
                 signed.staff_id)
        await new.window.start()
        return new

    async def shutdown(self) -> None:
        """A take-over still running is cancelled (before the session is closed)."""
        await self.tasks.cancel_all()
