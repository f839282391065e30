"""The running app reads the office's mailbox every ``[mail] poll_interval_s`` seconds
(issue 20): the same use case as `desk-app mail poll`. Off when no mailbox is configured
or the interval is 0. A poll still running when the timer fires again is not doubled;
several workstations may poll at once (a message is claimed once, services/mail_requests)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..async_tools import TaskSet
from ..operation import Operations

if TYPE_CHECKING:
    from desk_app.services.request_answering import PollReport


translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("MailPoller", text)


class MailPoller(QObject):
    #: a poll finished: the PollReport
    polled = Signal(object)
    #: text, is_error (for the window's message bar)
    message = Signal(str, bool)

    def __init__(self, requests, account, *, interval_s: int, password: str | None = None,
                 parent: QObject | None = None,
                 make_requests: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self._requests = requests            # or made by make_requests when first needed
        self._make_requests = make_requests
        self.account = account               # None: no mailbox configured
        self.password = password             # None: from the keyring
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(self.message)
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(interval_s, 0) * 1000)
        self.timer.timeout.connect(self._tick)
        self._interval_s = interval_s

    @property
    def requests(self):
        """The RequestDesk polled into (made on first use: without a mailbox, the mail
        modules load only when the worklist is opened)."""
        if self._requests is None and self._make_requests is not None:
            self._requests = self._make_requests()
        return self._requests

    @property
    def enabled(self) -> bool:
        return self.account is not None and self._interval_s > 0

    def start(self) -> None:
        if self.enabled:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        if not self.running:
            self.tasks.spawn(self.poll_now(), name="mail-poll")

    async def poll_now(self) -> PollReport | None:
        """One poll; None when none ran (no mailbox, one already running, or it failed:
        then the message says why)."""
        if self.account is None or self.running:
            return None
        from desk_app.services.request_answering import poll_once

        self.running = True
        try:        # a failure is shown (never raised), the timer tries again
            polled = await self.ops.read(
                lambda: poll_once(self.requests, self.account, password=self.password),
                what="mailbox poll")
        finally:
            self.running = False
        if not polled:
            return None
        report = polled.value
        if report.result.read:
            self.message.emit(translate("MailPoller", "{0} neue Nachrichten aus dem Postfach gelesen.")
                              .format(report.result.read), False)
        self.polled.emit(report)
        return report

    async def shutdown(self) -> None:
        self.stop()
        await self.tasks.cancel_all()


def mailbox_poller(desk, settings, *, parent: QObject | None = None) -> MailPoller:
    """The poll of ``settings.mail``'s mailbox for ``desk``'s person (off without one): a
    part of the main window (ui/part.py), running from the start, whether the worklist
    screen was opened or not; the screen shows its results."""
    def requests():
        from desk_app.services.mail_requests import RequestDesk
        return RequestDesk(desk.db, ctx=desk.ctx)

    account = None
    if settings.mail.configured:
        from desk_app.services.request_answering import account_from_settings
        account = account_from_settings(settings.mail)
    return MailPoller(None, account, interval_s=settings.mail.poll_interval_s, parent=parent,
                      make_requests=requests)
