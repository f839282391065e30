"""Counts the time since the last key press or mouse action anywhere in the application
and says when the workstation has been idle for longer than its limit."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, limit_s: float, parent=None, *, check_ms: int = 1000) -> None:
        super().__init__(parent)
        self.limit_s = limit_s
        self.last_activity = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self._check)
        self._fired = False

    def start(self) -> None:
        if self.limit_s <= 0:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.last_activity = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
            self._fired = False
        return False

    def idle_for(self) -> float:
        return time.monotonic() - self.last_activity

    def _check(self) -> None:
        if not self._fired and self.idle_for() >= self.limit_s:
            self._fired = True
            self.idle.emit()
