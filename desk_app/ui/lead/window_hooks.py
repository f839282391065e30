"""Issue 14 in the main window, as a part of it (ui/part.py): the silent alarm (its
configurable shortcut, the banner, the feed), "Pause / Status …" for the clerk's own
counter, and the F1 overview of every shortcut (where the alarm's is listed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout
from PySide6.QtGui import QKeySequence

from desk_app.domain.lead import Presence
from desk_app.services.lead_facade import LeadOps, audience_of

from ..actions import make_action
from ..operation import Operations
from .alarm import DEFAULT_ALARM_SHORTCUT, AlarmBanner, AlarmCenter
from .dialogs import PresenceDialog

translate = QCoreApplication.translate
PRESENCE_SHORTCUT = "Ctrl+Shift+P"
OVERVIEW_SHORTCUT = "F1"


class StationAlarm:
    """The silent alarm of this workstation with its banner above every screen, the
    presence of the clerk's own counter and the F1 overview: a part of the main window
    (ui/part.py). The shift lead's board gets ``alarm_center`` by naming this part."""

    def __init__(self, host) -> None:
        self.host = host
        desk = host.desk
        self.lead_ops = LeadOps(desk)
        self.operations = Operations(parent=host)   # the presence action runs here
        self.alarm_center = AlarmCenter(self.lead_ops, audience=audience_of(desk.ctx.actor.role),
                                        parent=host)
        shortcut = getattr(host.settings, "alarm_shortcut", "") or DEFAULT_ALARM_SHORTCUT
        self.alarm_action = make_action(
            host, "action_alarm", translate("LeadHooks", "Stiller Alarm"), shortcut,
            translate("LeadHooks", "Alarmiert still die Schichtleitung und die benachbarten "
                                   "Schalter (ersetzt keinen Notrufknopf)."),
            lambda: host.tasks.spawn(self.alarm_center.raise_alarm(), "alarm"))
        self.presence_action = make_action(
            host, "action_presence", translate("LeadHooks", "Pause / Status …"),
            PRESENCE_SHORTCUT,
            translate("LeadHooks", "Pause mit Grund, abwesend oder Schalter geschlossen; in der "
                                   "Pause ist kein Aufruf möglich."),
            lambda: open_presence(host, self))
        self.presence_action.setEnabled(desk.ctx.actor.counter_id is not None)
        self.overview_action = make_action(
            host, "action_overview", translate("LeadHooks", "Tastenkürzel"), OVERVIEW_SHORTCUT,
            translate("LeadHooks", "Alle Tastenkürzel dieses Fensters."),
            lambda: open_overview(host))
        self.alarm_banner = AlarmBanner(self.alarm_center)
        # the viewer's room and service point decide who is a neighbour
        host.tasks.spawn(self._locate(), "alarm-locate")

    # -- the part (ui/part.py) -----------------------------------------------------------
    def part_actions(self) -> list:
        return [self.alarm_action, self.presence_action, self.overview_action]

    def banner(self):
        return self.alarm_banner

    async def on_changes(self, records) -> None:
        if any(r.entity == "alarm" for r in records):
            self.host.tasks.spawn(self.alarm_center.on_changes(records), "alarm-changes")

    async def shutdown(self) -> None:
        await self.alarm_center.shutdown()

    async def _locate(self) -> None:
        read = await self.operations.read(self.host.desk.service_points,
                                          what="alarm locate", quiet=True)
        if not read:
            return
        sps = read.value
        counter = self.host.desk.ctx.actor.counter_id
        self.alarm_center.set_counters(sps)
        for sp in sps:
            for c in sp.counters:
                if c.id == counter:
                    self.alarm_center.room = c.room
                    self.alarm_center.service_point_id = sp.id
        await self.alarm_center.refresh()


def open_presence(window, part: StationAlarm):
    counter = window.desk.ctx.actor.counter_id
    if counter is None or window.active_dialog is not None:
        return None
    dialog = PresenceDialog(window, translate("LeadHooks", "diesem Schalter"), Presence.AT_COUNTER)
    dialog.setObjectName("presenceDialog")

    async def apply(values):
        outcome = await part.operations.run(
            ("presence", counter),
            lambda _key: part.lead_ops.set_presence(values["state"], reason=values["reason"]),
            what="set own presence", form=dialog)
        if outcome:
            dialog.succeeded()

    dialog.submitted.connect(lambda values: window.tasks.spawn(apply(values), "presence"))
    dialog.finished.connect(lambda _r: _closed(window, dialog))
    window.active_dialog = dialog
    dialog.open()
    return dialog


def _closed(window, dialog) -> None:
    if window.active_dialog is dialog:
        window.active_dialog = None
    dialog.deleteLater()


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(shortcut, what) of every action of the window that has one, sorted by text, and
    the keys of the screens not made yet (declared in the registry: a screen is made on
    its first show)."""
    rows = []
    for action in window.actions():
        seq = action.shortcut()
        if seq.isEmpty() or not action.isVisible():
            continue
        rows.append((seq, action.text()))
    screens = getattr(window, "screens", None)
    for name in (screens or ()):
        if not screens.is_made(name):
            rows.extend((QKeySequence(key), text) for key, text in screens.entries[name].keys())
    shown = {(seq.toString(QKeySequence.SequenceFormat.NativeText),
              text.split("  [")[0].replace("&", "")) for seq, text in rows}
    return sorted(shown, key=lambda r: (r[1].lower(), r[0]))


def open_overview(window):
    if window.active_dialog is not None:
        return None
    dialog = QDialog(window)
    dialog.setObjectName("shortcutOverview")
    dialog.setWindowTitle(translate("LeadHooks", "Tastenkürzel"))
    layout = QVBoxLayout(dialog)
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcuts")
    table.setHorizontalHeaderLabels([translate("LeadHooks", "Taste"),
                                     translate("LeadHooks", "Aktion")])
    for i, (key, text) in enumerate(rows):
        table.setItem(i, 0, QTableWidgetItem(key))
        table.setItem(i, 1, QTableWidgetItem(text))
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    layout.addWidget(table)
    note = QLabel(translate("LeadHooks", "Der stille Alarm ersetzt keinen Notrufknopf."))
    note.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(note)
    dialog.resize(520, 560)
    dialog.finished.connect(lambda _r: _closed(window, dialog))
    window.active_dialog = dialog
    dialog.open()
    return dialog
