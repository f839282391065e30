"""The silent alarm on a workstation (issue 14).

- ``AlarmCenter`` (no widgets): raises this counter's alarm and follows it for the sender
  ("zugestellt", then "bestätigt von …", or at once "nicht gesendet — Notruf auslösen"
  when the database cannot be reached); knows the open alarms (from the change feed,
  entity "alarm", and a re-read every 15 s) and which of them this workstation
  shows now (domain.lead.alarm_visible: shift leads and neighbouring counters at once,
  everyone after 30 s, never the call display); sounds until they are acknowledged.
  The feed shows a raised alarm from its change record; a re-read every 15 s is the
  safety net (a missed notification, an acknowledgement elsewhere).
- ``AlarmBanner``: the red bar with counter, room and service point, and "Bestätigen".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Callable

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from desk_app.domain.clock import to_local
from desk_app.domain.lead import Audience, alarm_visible
from desk_app.services.lead_facade import AlarmView, LeadOps, alarm_from_change

from ..async_tools import TaskSet

log = logging.getLogger(__name__)

DEFAULT_ALARM_SHORTCUT = "Ctrl+Shift+F12"   # not Ctrl+Alt+F-key: that switches consoles on Linux


class AlarmCenter(QObject):
    #: the alarms this workstation shows changed
    changed = Signal()
    #: the sender's status: (kind, text) with kind "sending", "sent", "acknowledged", "failed"
    senderStatus = Signal(str, str)

    def __init__(self, lead: LeadOps, *, audience: Audience, room: str = "",
                 service_point_id: int | None = None,
                 now: Callable[[], dt.datetime] | None = None,
                 sound: Callable[[], None] | None = None, parent: QObject | None = None,
                 poll_ms: int = 15000) -> None:
        super().__init__(parent)
        self.lead = lead
        self.audience = audience
        self.room = room
        self.service_point_id = service_point_id
        self._now = now or (lambda: lead.ctx.now())
        self._sound = sound or QApplication.beep
        self.tasks = TaskSet()
        self.open: list[AlarmView] = []
        self.visible: list[AlarmView] = []
        self.own_alarm_id: int | None = None
        self.status_kind = ""
        self.status_text = ""
        self.sounds = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._evaluate)
        self._sound_timer = QTimer(self)
        self._sound_timer.setInterval(2000)
        self._sound_timer.timeout.connect(self._ring)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(lambda: self.tasks.spawn(self.refresh(), "alarm-poll"))
        self._poll.start()

    # -- the sender ----------------------------------------------------------------------
    def _status(self, kind: str, text: str) -> None:
        self.status_kind, self.status_text = kind, text
        self.senderStatus.emit(kind, text)

    async def raise_alarm(self) -> int | None:
        """Raises this counter's alarm. Never raises itself: a failure is the status."""
        self._status("sending", self.tr("Alarm wird gesendet …"))
        try:
            alarm_id = await self.lead.raise_alarm()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("silent alarm not sent: %s", type(exc).__name__)
            self._status("failed", self.tr("nicht gesendet — Notruf auslösen"))
            return None
        self.own_alarm_id = alarm_id
        self._status("sent", self.tr("zugestellt"))
        return alarm_id

    async def _follow_own(self) -> None:
        if self.own_alarm_id is None or self.status_kind == "acknowledged":
            return
        view = await self.lead.alarm(self.own_alarm_id)
        if view.acknowledged_at is not None:
            self._status("acknowledged", self.tr("bestätigt von {name}").format(
                name=view.acknowledged_by_name or "?"))

    # -- the receivers -------------------------------------------------------------------
    async def refresh(self) -> None:
        try:
            self.open = await self.lead.open_alarms()
            await self._follow_own()
        except asyncio.CancelledError:
            raise
        except Exception as exc:      # the feed reports outages; keep what we have
            log.info("alarms not readable: %s", type(exc).__name__)
            return
        self._evaluate()

    def set_counters(self, service_points) -> None:
        """Reference data (ServicePointView with counters): lets a new alarm show from its
        change record alone (counter, room, service point), without a read."""
        self.counters = {c.id: (c.name, c.room, sp.id, sp.name)
                         for sp in service_points for c in sp.counters}

    counters: dict = {}

    async def on_changes(self, records) -> None:
        """From the change feed. A raised alarm is shown from its record at once (the op
        carries the counter: "raised:<id>"); anything else is re-read."""
        alarms = [r for r in records if getattr(r, "entity", None) == "alarm"]
        if not alarms:
            return
        reread = False
        known = {a.id for a in self.open}
        for r in alarms:
            op = r.op or ""
            if op.startswith("raised:"):
                view = alarm_from_change(r, self.counters)
                if view is None or view.counter_id == self.lead.ctx.actor.counter_id:
                    reread = True          # unknown counter, or possibly our own alarm
                elif view.id not in known:
                    self.open.append(view)
            elif op == "acknowledged":
                self.open = [a for a in self.open if a.id != r.entity_id]
                if r.entity_id == self.own_alarm_id:
                    reread = True
            else:
                reread = True
        self._evaluate()
        if reread:
            await self.refresh()

    def _evaluate(self) -> None:
        now = self._now()
        actor = self.lead.ctx.actor
        visible = [a for a in self.open if alarm_visible(
            a.facts, self.audience, station=actor.station, counter_id=actor.counter_id,
            service_point_id=self.service_point_id, room=self.room, now=now)]
        # keep ticking while some alarm may still escalate to this workstation
        if self.open:
            self._tick.start() if not self._tick.isActive() else None
        else:
            self._tick.stop()
        if [a.id for a in visible] != [a.id for a in self.visible]:
            newly = {a.id for a in visible} - {a.id for a in self.visible}
            self.visible = visible
            if newly:
                self._ring()
            if visible:
                self._sound_timer.start()
            else:
                self._sound_timer.stop()
            self.changed.emit()

    def _ring(self) -> None:
        if self.visible:
            self.sounds += 1
            self._sound()

    async def acknowledge(self, alarm_id: int) -> AlarmView | None:
        try:
            view = await self.lead.acknowledge_alarm(alarm_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("alarm acknowledgement failed: %s", type(exc).__name__)
            return None
        self.open = [a for a in self.open if a.id != alarm_id]
        self._evaluate()
        return view

    async def shutdown(self) -> None:
        for t in (self._tick, self._sound_timer, self._poll):
            try:
                t.stop()
            except RuntimeError:      # its parent widget is already gone
                pass
        await self.tasks.cancel_all()


def alarm_text(a: AlarmView) -> str:
    where = ", ".join(p for p in (a.counter_name, a.room, a.service_point_name) if p)
    return QApplication.translate("AlarmBanner", "Stiller Alarm: {where} – seit {time}").format(
        where=where or a.station, time=_time_with_seconds(a.raised_at))


def _time_with_seconds(moment: dt.datetime) -> str:
    """The UI language's short time format with seconds (QLocale; Berlin time)."""
    local = to_local(moment)
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss", 1)
    return QLocale().toString(QTime(local.hour, local.minute, local.second), fmt)


class AlarmBanner(QWidget):
    """The red bar: one line per alarm shown here, with "Bestätigen"; below it the
    sender's own status. Hidden when there is nothing to show."""

    def __init__(self, center: AlarmCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarmBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.center = center
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(4, 4, 4, 4)
        self.lines = QVBoxLayout()
        self.box.addLayout(self.lines)
        self.status = QLabel()
        self.status.setObjectName("alarmStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.box.addWidget(self.status)
        self.buttons: dict[int, QPushButton] = {}
        center.changed.connect(self.render)
        center.senderStatus.connect(self._status)
        self.render()

    def _status(self, kind: str, text: str) -> None:
        self.status.setText(self.tr("Ihr Alarm: {status}").format(status=text) if text else "")
        color = {"failed": "#b00020", "acknowledged": "#1b5e20"}.get(kind, "#000000")
        self.status.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.render()

    def render(self) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    w = item.layout().takeAt(0).widget()
                    if w is not None:
                        w.deleteLater()
            elif item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        for a in self.center.visible:
            row = QHBoxLayout()
            label = QLabel(alarm_text(a))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet("color: white; font-weight: bold; font-size: 14pt;")
            row.addWidget(label, 1)
            button = QPushButton(self.tr("Bestätigen"))
            button.setObjectName(f"acknowledge_{a.id}")
            button.clicked.connect(lambda _c=False, i=a.id: self.center.tasks.spawn(
                self.center.acknowledge(i), "alarm-ack"))
            row.addWidget(button)
            self.buttons[a.id] = button
            self.lines.addLayout(row)
        self.setStyleSheet("#alarmBanner { background: #b00020; }" if self.center.visible else "")
        self.setAutoFillBackground(bool(self.center.visible))
        self.setVisible(bool(self.center.visible) or bool(self.status.text()))
