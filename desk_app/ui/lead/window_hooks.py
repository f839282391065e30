"""Issue 14 in the main window, in a few lines there: the silent alarm (its configurable
shortcut, the banner, the feed), "Pause / Status …" for the clerk's own counter, and the
F1 overview of every shortcut (where the alarm's is listed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout
from PySide6.QtGui import QKeySequence

from desk_app.domain.lead import Presence
from desk_app.services.lead_facade import LeadOps, audience_of

from ..operation import Operations
from .alarm import DEFAULT_ALARM_SHORTCUT, AlarmBanner, AlarmCenter
from .dialogs import PresenceDialog

translate = QCoreApplication.translate
PRESENCE_SHORTCUT = "Ctrl+Shift+P"
OVERVIEW_SHORTCUT = "F1"


def install(window) -> None:
    """Adds the alarm, the presence action and the F1 overview to a MainWindow; call
    before _build_ui (the board shares the window's AlarmCenter), then install_banner."""
    desk = window.desk
    window.lead_ops = LeadOps(desk)
    window.lead_operations = Operations(parent=window)   # the presence action runs here
    window.alarm_center = AlarmCenter(window.lead_ops, audience=audience_of(desk.ctx.actor.role),
                                      parent=window)
    shortcut = getattr(window.settings, "alarm_shortcut", "") or DEFAULT_ALARM_SHORTCUT
    window.alarm_action = window._make_action(
        "action_alarm", translate("LeadHooks", "Stiller Alarm"), shortcut,
        translate("LeadHooks", "Alarmiert still die Schichtleitung und die benachbarten "
                               "Schalter (ersetzt keinen Notrufknopf)."),
        lambda: window.tasks.spawn(window.alarm_center.raise_alarm(), "alarm"))
    window.presence_action = window._make_action(
        "action_presence", translate("LeadHooks", "Pause / Status …"), PRESENCE_SHORTCUT,
        translate("LeadHooks", "Pause mit Grund, abwesend oder Schalter geschlossen; in der "
                               "Pause ist kein Aufruf möglich."),
        lambda: open_presence(window))
    window.presence_action.setEnabled(desk.ctx.actor.counter_id is not None)
    window.overview_action = window._make_action(
        "action_overview", translate("LeadHooks", "Tastenkürzel"), OVERVIEW_SHORTCUT,
        translate("LeadHooks", "Alle Tastenkürzel dieses Fensters."),
        lambda: open_overview(window))
    # the viewer's room and service point decide who is a neighbour
    window.tasks.spawn(_locate(window), "alarm-locate")


def install_banner(window) -> None:
    """The alarm banner above every screen (after _build_ui)."""
    window.alarm_banner = AlarmBanner(window.alarm_center)
    window.centralWidget().layout().insertWidget(0, window.alarm_banner)


async def _locate(window) -> None:
    try:
        sps = await window.desk.service_points()
    except Exception:
        return
    counter = window.desk.ctx.actor.counter_id
    window.alarm_center.set_counters(sps)
    for sp in sps:
        for c in sp.counters:
            if c.id == counter:
                window.alarm_center.room = c.room
                window.alarm_center.service_point_id = sp.id
    await window.alarm_center.refresh()


def open_presence(window):
    counter = window.desk.ctx.actor.counter_id
    if counter is None or window.active_dialog is not None:
        return None
    dialog = PresenceDialog(window, translate("LeadHooks", "diesem Schalter"), Presence.AT_COUNTER)
    dialog.setObjectName("presenceDialog")

    async def apply(values):
        outcome = await window.lead_operations.run(
            ("presence", counter),
            lambda _key: window.lead_ops.set_presence(values["state"], reason=values["reason"]),
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
    """(shortcut, what) of every action of the window that has one, sorted by text."""
    rows = []
    for action in window.actions():
        seq = action.shortcut()
        if seq.isEmpty() or not action.isVisible():
            continue
        text = action.text().split("  [")[0].replace("&", "")
        rows.append((seq.toString(QKeySequence.SequenceFormat.NativeText), text))
    return sorted(rows, key=lambda r: r[1].lower())


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
