"""The automatic no-show, run by itself in the application: every
``settings.auto_no_show_interval_s`` seconds this workstation runs the one conditional
UPDATE (services/no_shows.py). Every workstation may run it at once; a booking becomes a
no-show exactly once, and the change feed tells every list. A part of the main window
(ui/part.py): the shell starts it once the person is signed in."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.domain.roles import Permission

from ..async_tools import TaskSet
from ..operation import Operations

log = logging.getLogger(__name__)


class NoShowTimer(QObject):
    #: how many bookings this run marked
    ran = Signal(int)

    def __init__(self, desk, interval_s: int, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.interval_s = interval_s
        self.tasks = TaskSet()
        # the one conditional UPDATE needs no key (safe to repeat): it runs as a quiet
        # ``read``, so an outage or a refusal is only logged (its type, no data)
        self.ops = Operations(parent=self)
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, interval_s) * 1000)
        self.timer.timeout.connect(self.tick)

    def allowed(self) -> bool:
        ctx = self.desk.ctx
        return (self.interval_s > 0 and not self.desk.read_only
                and ctx.policy.allows(ctx.actor.role, Permission.MARK_NO_SHOW))

    def start(self) -> None:
        if not self.allowed():
            log.info("automatic no-show off on this workstation")
            return
        self.timer.start()   # the first run after one interval

    def stop(self) -> None:
        self.timer.stop()

    async def shutdown(self) -> None:
        """The window closes (a part of it, ui/part.py): no further run."""
        self.stop()
        await self.tasks.cancel_all()

    def tick(self) -> None:
        if not self.running:
            self.tasks.spawn(self.run_once(), "auto-no-show")

    async def run_once(self) -> int:
        self.running = True
        try:
            outcome = await self.ops.read(self.desk.mark_overdue_no_shows,
                                          what="automatic no-show", quiet=True)
        finally:
            self.running = False
        if not outcome:
            return 0
        marked = outcome.value
        if marked:
            log.info("automatic no-show: %d booking(s) marked", len(marked))
        self.ran.emit(len(marked))
        return len(marked)
