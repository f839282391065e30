"""The lock screen of a shared counter PC: it covers the window (no names or queue shown)
and lets the same person unlock or the next person sign in. The station keeps its service
point and counter. The sign-in runs through the screen's ``Operations`` (``self.ops``; its
messages in the screen's message line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk_app.services.sign_in import PinRequired

from ..async_tools import TaskSet
from ..operation import Operations

translate = QCoreApplication.translate


class LockScreen(QWidget):
    """A child of the main window, stretched over it while locked."""

    unlocked = Signal(object)          # the SignedIn of whoever signed in

    def __init__(self, facade, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.facade = facade
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: self.message.setText(text))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint it: hide the queue
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #2b3a4a; } QLabel { color: white; }")
        box = QFrame()
        box.setMaximumWidth(460)
        self.title = QLabel(translate("SignIn", "Arbeitsplatz gesperrt"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.station = QLabel()
        self.station.setTextFormat(Qt.TextFormat.PlainText)
        self.login = QLineEdit()
        self.login.setObjectName("lockLogin")
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #ffb4b4;")
        self.message.setWordWrap(True)
        self.button = QPushButton(translate("SignIn", "Anmelden"))
        self.button.setObjectName("lockSignIn")
        self.button.clicked.connect(self.submit)
        self.login.returnPressed.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        form = QFormLayout()
        login_label = QLabel(translate("SignIn", "Kennung:"))
        # PostgreSQL: the database checks each person's own password
        pin_label = QLabel(translate("SignIn", "Passwort:") if getattr(
            facade, "asks_password", False) else translate("SignIn", "PIN:"))
        form.addRow(login_label, self.login)
        form.addRow(pin_label, self.pin)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.station)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.hide()

    def lock(self, station_text: str, login: str = "") -> None:
        self.station.setText(station_text)
        self.login.setText(login)
        self.pin.clear()
        self.message.clear()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        (self.pin if login else self.login).setFocus()

    def submit(self) -> None:
        self.tasks.spawn(self.try_sign_in(), "sign-in")

    async def try_sign_in(self):
        self.button.setEnabled(False)
        def refused(exc) -> bool:
            if isinstance(exc, PinRequired):
                self.pin.setFocus()
            return False            # the message as for every refusal

        login, pin = self.login.text(), self.pin.text()
        try:
            outcome = await self.ops.run("sign-in", lambda _key: self.facade.sign_in(login, pin),
                                         what="sign-in", on_domain_error=refused)
        finally:
            self.button.setEnabled(True)
        if not outcome:
            return None
        signed = outcome.value
        self.hide()
        self.unlocked.emit(signed)
        return signed

    def cancel(self) -> None:
        """Esc: what was typed is dropped and the user field has the focus again (the
        screen stays locked: only a sign-in unlocks it)."""
        self.login.clear()
        self.pin.clear()
        self.message.clear()
        self.login.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
