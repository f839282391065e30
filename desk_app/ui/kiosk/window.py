"""The kiosk's window: a start page (languages, the keypad, walk-ins), a page of walk-in
services, and a result page. Big targets, high contrast, no names.

Scanner input needs no focused field: an event filter on the application gathers every
key press into the booking number, and Return submits it (keyboard-mode scanners type
the code and press Return). Nothing takes the keyboard focus. Thirty seconds without a
touch or a key bring the start page back, in German, empty.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from desk_app.domain.clock import to_local
from desk_app.services.kiosk import KioskOutcome, KioskResult, WalkInChoice

from ..async_tools import TaskSet
from ..operation import Operations
from .texts import LANGUAGES, RTL, text

RESET_AFTER_MS = 30_000
KEYS = "ACDEFGHJKLMNPQRTUVWX1234567890"
MAX_INPUT = 32

_STYLE = """
QWidget#kiosk { background: #ffffff; }
QLabel { color: #000000; }
QLabel#entered { background: #f0f0f0; border: 3px solid #000000; padding: 8px; }
QLabel#ticket { color: #000000; }
QLabel#problem { color: #8a0000; }
QPushButton { background: #003366; color: #ffffff; border-radius: 10px; padding: 10px; }
QPushButton:pressed { background: #0059b3; }
QPushButton#lang[current="true"] { background: #f2c200; color: #000000; }
QPushButton#ok { background: #006633; }
QPushButton#clear { background: #5c5c5c; }
"""


def _plain(label: QLabel, *, wrap: bool = True) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _button(text_: str, parent: QWidget, name: str = "") -> QPushButton:
    b = QPushButton(text_, parent)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # scanner keys must not press a button
    if name:
        b.setObjectName(name)
    return b


class KioskWindow(QWidget):
    """``kiosk``: a desk_app.services.kiosk.KioskDesk (the facade)."""

    def __init__(self, kiosk, *, clock=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Selbstanmeldung"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.kiosk = kiosk
        self.clock = clock
        self.language = "de"
        self.entered = ""
        self.busy = False
        self.last_result: KioskResult | None = None
        self.choices: list[WalkInChoice] = []
        self.service_buttons: list[QPushButton] = []
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)   # no message line: failures show as a page
        self._build()
        self.reset_timer = QTimer(self, singleShot=True, interval=RESET_AFTER_MS,
                                  timeout=self.reset)
        self._filter = _InputFilter(self)
        QApplication.instance().installEventFilter(self._filter)
        self._retranslate()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 24)
        langs = QHBoxLayout()
        self.lang_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES:
            b = _button(name, self, "lang")
            b.clicked.connect(lambda _=False, c=code: self.set_language(c))
            langs.addWidget(b)
            self.lang_buttons[code] = b
        root.addLayout(langs)
        self.pages = QStackedWidget(self)
        root.addWidget(self.pages, 1)

        start = QWidget(self.pages)
        s = QVBoxLayout(start)
        self.welcome = _plain(QLabel(start))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry_label = _plain(QLabel("", start), wrap=False)
        self.entry_label.setObjectName("entered")
        self.entry_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        s.addWidget(self.welcome)
        s.addWidget(self.entry_label)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.key_buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(KEYS):
            b = _button(key, start)
            b.clicked.connect(lambda _=False, k=key: self.type_text(k))
            grid.addWidget(b, i // 10, i % 10)
            self.key_buttons[key] = b
        self.clear_button = _button("", start, "clear")
        self.clear_button.clicked.connect(self.clear_entry)
        self.ok_button = _button("", start, "ok")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.clear_button, 3, 0, 1, 4)
        grid.addWidget(self.ok_button, 3, 4, 1, 6)
        s.addLayout(grid, 1)
        self.walk_in_button = _button("", start)
        self.walk_in_button.clicked.connect(self.show_walk_ins)
        self.walk_in_button.hide()
        s.addWidget(self.walk_in_button)
        self.pages.addWidget(start)
        self.start_page = start

        services = QWidget(self.pages)
        v = QVBoxLayout(services)
        self.choose_label = _plain(QLabel(services))
        v.addWidget(self.choose_label)
        self.services_box = QVBoxLayout()
        v.addLayout(self.services_box, 1)
        self.back_button = _button("", services)
        self.back_button.clicked.connect(self.reset_to_start)
        v.addWidget(self.back_button)
        self.pages.addWidget(services)
        self.services_page = services

        result = QWidget(self.pages)
        r = QVBoxLayout(result)
        self.result_title = _plain(QLabel(result))
        self.result_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_label = _plain(QLabel("", result), wrap=False)
        self.ticket_label.setObjectName("ticket")
        self.ticket_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.appointment_label = _plain(QLabel("", result))
        self.appointment_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = _plain(QLabel("", result))
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem_label = _plain(QLabel("", result))
        self.problem_label.setObjectName("problem")
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = _button("", result, "ok")
        self.done_button.clicked.connect(self.reset_to_start)
        for w in (self.result_title, self.ticket_label, self.appointment_label,
                  self.detail_label, self.problem_label):
            r.addWidget(w)
        r.addStretch(1)
        r.addWidget(self.done_button)
        self.pages.addWidget(result)
        self.result_page = result
        self._scale()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        h = max(self.height(), 480)

        def font(share: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(14, int(h * share)))
            f.setBold(bold)
            return f

        for b in self.lang_buttons.values():
            b.setFont(font(0.028, True))
            b.setMinimumHeight(int(h * 0.075))
        for b in [*self.key_buttons.values(), self.clear_button, self.ok_button]:
            b.setFont(font(0.045, True))
            b.setMinimumHeight(int(h * 0.1))
        for b in (self.walk_in_button, self.back_button, self.done_button):
            b.setFont(font(0.035, True))
            b.setMinimumHeight(int(h * 0.09))
        self.welcome.setFont(font(0.032))
        self.entry_label.setFont(font(0.06, True))
        self.choose_label.setFont(font(0.04, True))
        self.result_title.setFont(font(0.04, True))
        self.ticket_label.setFont(font(0.2, True))
        self.appointment_label.setFont(font(0.035))
        self.detail_label.setFont(font(0.035))
        self.problem_label.setFont(font(0.035, True))

    # -- language -------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.language = code
        self._retranslate()
        if self.pages.currentWidget() is self.result_page and self.last_result is not None:
            self.show_result(self.last_result)

    def t(self, key: str, **params) -> str:
        return text(self.language, key, **params)

    def _retranslate(self) -> None:
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.language in RTL
                                else Qt.LayoutDirection.LeftToRight)
        for code, b in self.lang_buttons.items():
            b.setProperty("current", "true" if code == self.language else "false")
            b.style().unpolish(b)
            b.style().polish(b)
        self.welcome.setText(self.t("welcome"))
        self.clear_button.setText(self.t("clear"))
        self.ok_button.setText(self.t("ok"))
        self.walk_in_button.setText(self.t("walk_in"))
        self.choose_label.setText(self.t("choose"))
        self.back_button.setText(self.t("back"))
        self.done_button.setText(self.t("ok"))

    # -- input ----------------------------------------------------------------------------
    def touched(self) -> None:
        self.reset_timer.start()

    def type_text(self, chars: str) -> None:
        if self.pages.currentWidget() is not self.start_page:
            self.reset_to_start()
        self.entered = (self.entered + chars)[:MAX_INPUT]
        self.entry_label.setText(self.entered)

    def backspace(self) -> None:
        self.entered = self.entered[:-1]
        self.entry_label.setText(self.entered)

    def clear_entry(self) -> None:
        self.entered = ""
        self.entry_label.setText("")

    def submit(self) -> None:
        if self.busy or not self.entered.strip():
            return
        reference, self.entered = self.entered, ""
        self.entry_label.setText("")
        self.tasks.spawn(self._check_in(reference), "kiosk-check-in")

    async def _check_in(self, reference: str) -> None:
        await self._act(lambda: self.kiosk.check_in(reference, language=self.language),
                        "kiosk check-in")

    async def _act(self, call, what: str) -> None:
        """A check-in or a walk-in: the result page, or "offline" when it failed (the
        kiosk service owns the key; the failure is only logged, the page says it)."""
        self.busy = True
        try:
            done = await self.ops.read(call, what=what, quiet=True)
        finally:
            self.busy = False
        self.show_result(done.value if done else None)

    # -- walk-ins ----------------------------------------------------------------------------
    async def load(self) -> None:
        """Reads the walk-in services the office allows at the kiosk."""
        read = await self.ops.read(self.kiosk.walk_in_choices, what="kiosk walk-in services",
                                   quiet=True)
        self.choices = read.value if read else []
        self.walk_in_button.setVisible(bool(self.choices))
        while self.services_box.count():
            item = self.services_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.service_buttons = []
        for choice in self.choices:
            b = _button(choice.label, self.services_page)
            self.service_buttons.append(b)
            b.setMinimumHeight(int(max(self.height(), 480) * 0.09))
            b.setFont(self.back_button.font())
            b.clicked.connect(lambda _=False, c=choice: self.walk_in(c))
            self.services_box.addWidget(b)
        self.services_box.addStretch(1)

    def show_walk_ins(self) -> None:
        self.pages.setCurrentWidget(self.services_page)

    def walk_in(self, choice: WalkInChoice) -> None:
        if not self.busy:
            self.tasks.spawn(self._walk_in(choice), "kiosk-walk-in")

    async def _walk_in(self, choice: WalkInChoice) -> None:
        await self._act(lambda: self.kiosk.walk_in(choice, language=self.language),
                        "kiosk walk-in")

    # -- results -----------------------------------------------------------------------------
    def show_result(self, result: KioskResult | None) -> None:
        self.last_result = result
        self.touched()
        self.ticket_label.setText("")
        self.appointment_label.setText("")
        self.detail_label.setText("")
        self.problem_label.setText("")
        if result is None:
            self.result_title.setText(self.t("offline"))
        elif result.changed:
            self.result_title.setText(self.t("checked_in" if result.outcome is KioskOutcome.CHECKED_IN
                                             else "walked_in"))
            self.ticket_label.setText(result.ticket or "")
            self.appointment_label.setText(self._appointment(result))
            parts = [self.t("ahead", n=result.ahead or 0)]
            if result.wait_minutes:
                parts.append(self.t("wait", m=result.wait_minutes))
            self.detail_label.setText(" · ".join(parts))
            self.problem_label.setText(self.t("watch") if result.printed else self.t("printer"))
            self.problem_label.setObjectName("" if result.printed else "problem")
            self.problem_label.style().unpolish(self.problem_label)
            self.problem_label.style().polish(self.problem_label)
        else:
            key = {KioskOutcome.ALREADY: "already", KioskOutcome.TOO_EARLY: "too_early",
                   KioskOutcome.TOO_LATE: "too_late", KioskOutcome.OTHER_DAY: "other_day",
                   KioskOutcome.NOT_FOUND: "not_found"}.get(result.outcome, "not_possible")
            self.result_title.setText(self.t(key))
            self.appointment_label.setText(self._appointment(result))
        self.pages.setCurrentWidget(self.result_page)

    def _appointment(self, result: KioskResult) -> str:
        """"Termin 10:20 · Verpflichtungserklärung": time and service, never a name."""
        if result.scheduled_at is None:
            return result.service
        time = QLocale().toString(to_local(result.scheduled_at).time(),
                                  QLocale.FormatType.ShortFormat)
        return self.t("appointment", time=time, service=result.service)

    def reset_to_start(self) -> None:
        self.clear_entry()
        self.pages.setCurrentWidget(self.start_page)

    def reset(self) -> None:
        """Thirty seconds without a touch: the start page, German, nothing entered."""
        self.last_result = None
        self.reset_to_start()
        self.set_language("de")

    async def shutdown(self) -> None:
        QApplication.instance().removeEventFilter(self._filter)
        self.reset_timer.stop()
        await self.tasks.cancel_all()


class _InputFilter(QObject):
    """Every key press and touch of the application goes to the kiosk: scanner input
    without a focused field, and the 30-second reset timer restarted on any activity."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.window.touched()
            return False
        if kind != QEvent.Type.KeyPress or not self.window.isVisible():
            return False
        self.window.touched()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.window.submit()
            return True
        if key == Qt.Key.Key_Backspace:
            self.window.backspace()
            return True
        chars = event.text()
        if chars and chars.isprintable():
            self.window.type_text(chars.upper())
            return True
        return False
