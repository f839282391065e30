"""The window's own bars: the banner (read-only, offline), the message bar (one message,
in one place, cleared when the screen changes) and the status bar (station, person,
database, connection). Functions on the MainWindow, which owns the widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from ..labels import database_name

translate = QCoreApplication.translate

ROLE_LABELS = {"CLERK": "Sachbearbeitung", "RECEPTION": "Infotheke",
               "SHIFT_LEAD": "Schichtleitung", "ADMIN": "Administration"}


def build_message_bars(window, layout) -> None:
    window.banner = QLabel()
    window.banner.setObjectName("banner")
    window.banner.setTextFormat(Qt.TextFormat.PlainText)
    window.banner.setWordWrap(True)
    window.banner.setMargin(6)
    window.banner.setStyleSheet("background: #fff3b0; color: #111; border: 2px solid #8a6d00;"
                                " font-weight: bold;")
    window.banner.hide()
    layout.addWidget(window.banner)

    window.infobar = QFrame()
    window.infobar.setObjectName("infobar")
    info_layout = QHBoxLayout(window.infobar)
    info_layout.setContentsMargins(6, 2, 2, 2)
    window.info_text = QLabel()
    window.info_text.setObjectName("infoText")
    window.info_text.setTextFormat(Qt.TextFormat.PlainText)
    window.info_text.setWordWrap(True)
    window.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    info_layout.addWidget(window.info_text, 1)
    close = QToolButton()
    close.setText("×")
    close.setToolTip(translate("MainWindow", "Meldung schließen"))
    close.clicked.connect(window.infobar.hide)
    info_layout.addWidget(close)
    window.infobar.hide()
    layout.addWidget(window.infobar)


def build_status_bar(window) -> None:
    bar = window.statusBar()
    bar.setObjectName("statusBar")
    window.station_label = QLabel()
    window.clerk_label = QLabel()
    window.db_label = QLabel()
    window.online_label = QLabel()
    for name, label in (("stationLabel", window.station_label),
                        ("clerkLabel", window.clerk_label),
                        ("databaseLabel", window.db_label),
                        ("onlineLabel", window.online_label)):
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(label)
    update_status(window)


def update_status(window) -> None:
    actor = window.desk.ctx.actor
    window.station_label.setText(translate("MainWindow", "Arbeitsplatz: {name}").format(
        name=actor.station or window.settings.station))
    role = ROLE_LABELS.get(actor.role.value, actor.role.value)
    role_text = {
        "Sachbearbeitung": translate("MainWindow", "Sachbearbeitung"),
        "Infotheke": translate("MainWindow", "Infotheke"),
        "Schichtleitung": translate("MainWindow", "Schichtleitung"),
        "Administration": translate("MainWindow", "Administration"),
    }.get(role, role)
    name = window.clerk_name
    if name and (role in name or role_text in name):
        window.clerk_label.setText(translate("MainWindow", "Angemeldet: {name}").format(
            name=name))
    else:
        window.clerk_label.setText(translate("MainWindow", "Angemeldet: {name} ({role})").format(
            name=name or "—", role=role_text))
    window.db_label.setText(translate("MainWindow", "Datenbank: {name}").format(
        name=database_name(window.desk.db.url)))
    window.db_label.setToolTip(window.desk.db.display_url)
    if window.read_only:
        text, colour = translate("MainWindow", "● Nur Lesen"), "#8a6d00"
    elif window.online:
        text, colour = translate("MainWindow", "● Verbunden"), "#1b5e20"
    else:
        text, colour = translate("MainWindow", "○ Keine Verbindung"), "#b00020"
    window.online_label.setText(text)
    window.online_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
    _update_banner(window)


def _update_banner(window) -> None:
    if window.read_only:
        window.banner.setText(translate("MainWindow", "Nur Lesezugriff: {why} Änderungen sind "
                                                      "gesperrt.").format(
            why=_read_only_text(window)))
        window.banner.show()
    elif not window.online:
        window.banner.setText(translate("MainWindow", "Keine Verbindung zur Datenbank. Die "
                                                      "Anzeige ist eventuell nicht aktuell, "
                                                      "Änderungen sind gesperrt. Es wird "
                                                      "automatisch neu verbunden."))
        window.banner.show()
    else:
        window.banner.hide()


def _read_only_text(window) -> str:
    if window.read_only_reason == "schema":
        return translate("MainWindow", "Die Datenbank ist neuer als dieses Programm; bitte das "
                                       "Programm aktualisieren.")
    return window.read_only_reason or translate("MainWindow",
                                                "Die Datenbank ist schreibgeschützt.")


def show_message(window, text: str, *, error: bool = False) -> None:
    """The one place for a screen's message; an empty text clears it."""
    if not text:
        clear_message(window)
        return
    window.last_message = text
    window.info_text.setText(text)
    window.infobar.setProperty("error", error)
    window.infobar.setStyleSheet(
        "#infobar { background: #fde0e0; border: 2px solid #b00020; }"
        " #infoText { color: #111; font-weight: bold; }" if error else
        "#infobar { background: #e3f0ff; border: 1px solid #2a5c9a; }"
        " #infoText { color: #111; }")
    window.infobar.show()


def clear_message(window) -> None:
    window.last_message = ""
    window.info_text.clear()
    window.infobar.hide()
