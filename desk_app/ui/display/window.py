"""The call display's window: the newest call large, the last calls beside it, the time,
the waiting estimates, the notice line, and a banner when the database is lost.

It shows only what ``DisplayPicture`` carries (ticket numbers, counters, rooms, times,
counts and the notice), always as plain text.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from desk_app.domain.clock import to_local, utcnow
from desk_app.services.call_display import DisplayCall, DisplayPicture

from .model import CallsModel

log = logging.getLogger(__name__)

#: the newest number's font size as a share of the window height (the brief: at least 1/8
#: for the digits; cap height is about 0.7 of the font size)
NUMBER_SHARE = 0.26
BLINK_MS = 450
BLINK_TIMES = 10           # about 4.5 s
#: calls older than this when they first appear (catch-up after a reconnect) are shown
#: but not announced again
ANNOUNCE_WITHIN = dt.timedelta(minutes=2)
#: the last calls' announcements and paint times kept (tests, benchmarks); a display runs
#: all day, so nothing here may grow with the calls
KEEP = 50

_STYLE = """
QWidget#display { background: #0b1f33; }
QLabel { color: #ffffff; }
QLabel#banner { background: #b00020; color: #ffffff; padding: 10px; }
QFrame#newest { background: #12395e; border-radius: 18px; }
QFrame#newest[blink="true"] { background: #f2c200; }
QFrame#newest[blink="true"] QLabel { color: #0b1f33; }
QLabel#notice { background: #f2c200; color: #0b1f33; padding: 8px 16px; }
QLabel#closed { background: #5c6b7a; color: #ffffff; padding: 8px 16px; }
QLabel#dim { color: #b8c7d9; }
QTableView { background: #0b1f33; color: #ffffff; border: none; gridline-color: #24486e; }
QTableView::item { padding-right: 24px; }
QHeaderView::section { background: #0b1f33; color: #b8c7d9; border: none; }
"""


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DisplayWindow(QWidget):
    """``feed``: a desk_app.services.call_display.CallDisplayFeed (or anything with
    ``on_picture``/``on_status`` attributes and ``start``/``stop``); ``announcer``: an
    Announcer (or None: silent)."""

    def __init__(self, feed=None, announcer=None, *, clock=utcnow, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("display")
        self.setWindowTitle(self.tr("Aufrufanzeige"))
        self.setStyleSheet(_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.feed = feed
        self.announcer = announcer
        self.clock = clock
        self.model = CallsModel(self)
        self.announced: list[str] = []
        self.painted_at: dict[tuple, float] = {}   # call key -> monotonic paint time (benchmarks)
        self.received_at: dict[tuple, float] = {}  # call key -> when its picture arrived
        self._blinks_left = 0
        self._first_picture = True
        self._build()
        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._blink_timer = QTimer(self, interval=BLINK_MS, timeout=self._blink)
        self._tick()
        if feed is not None:
            feed.on_picture = self.show_picture
            feed.on_status = self.set_online

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.setSpacing(12)
        self.banner = _plain(QLabel(self))
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.hide()
        root.addWidget(self.banner)

        top = QHBoxLayout()
        self.title = _plain(QLabel(self.tr("Aufruf"), self))
        self.time_label = _plain(QLabel(self))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.time_label)
        root.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(24)
        self.newest = QFrame(self)
        self.newest.setObjectName("newest")
        newest = QVBoxLayout(self.newest)
        newest.setContentsMargins(24, 12, 24, 24)
        self.newest_caption = _plain(QLabel(self.tr("Bitte gehen Sie zu"), self.newest))
        self.newest_caption.setObjectName("dim")
        self.number = _plain(QLabel("", self.newest))
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setObjectName("number")
        self.where = _plain(QLabel("", self.newest))
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setWordWrap(True)
        self.room = _plain(QLabel("", self.newest))
        self.room.setAlignment(Qt.AlignmentFlag.AlignCenter)
        newest.addWidget(self.newest_caption)
        newest.addStretch(1)
        newest.addWidget(self.number)
        newest.addWidget(self.where)
        newest.addWidget(self.room)
        newest.addStretch(1)
        body.addWidget(self.newest, 6)

        side = QVBoxLayout()
        self.history_title = _plain(QLabel(self.tr("Zuletzt aufgerufen"), self))
        self.history_title.setObjectName("dim")
        self.history = QTableView(self)
        self.history.setModel(self.model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.verticalHeader().hide()
        self.history.setShowGrid(False)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.history.setColumnHidden(2, True)    # the room is on the big panel; here, space
        side.addWidget(self.history_title)
        side.addWidget(self.history, 1)
        body.addLayout(side, 4)
        root.addLayout(body, 1)

        self.estimates = _plain(QLabel("", self))
        self.estimates.setWordWrap(True)
        root.addWidget(self.estimates)
        self.closed = _plain(QLabel("", self))     # closed counters (issue 14)
        self.closed.setObjectName("closed")
        self.closed.setWordWrap(True)
        self.closed.hide()
        root.addWidget(self.closed)
        self.notice = _plain(QLabel("", self))
        self.notice.setObjectName("notice")
        self.notice.hide()
        root.addWidget(self.notice)
        self._scale()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        h = max(self.height(), 300)

        def font(share: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(12, int(h * share)))
            f.setBold(bold)
            return f

        self.number.setFont(font(NUMBER_SHARE, True))
        self.where.setFont(font(0.07, True))
        self.room.setFont(font(0.045))
        self.newest_caption.setFont(font(0.035))
        self.title.setFont(font(0.05, True))
        self.time_label.setFont(font(0.05, True))
        self.history_title.setFont(font(0.035))
        self.history.setFont(font(0.045, True))
        self.history.verticalHeader().setDefaultSectionSize(int(h * 0.065))
        self.history.horizontalHeader().setFont(font(0.028))
        self.estimates.setFont(font(0.032))
        self.notice.setFont(font(0.035, True))
        self.closed.setFont(font(0.035, True))
        self.banner.setFont(font(0.03, True))

    # -- the picture -----------------------------------------------------------------------
    def show_picture(self, picture: DisplayPicture) -> None:
        import time

        received = time.monotonic()
        new = self.model.update_rows(picture.calls)
        self._show_newest(picture.calls[0] if picture.calls else None)
        self._show_estimates(picture)
        self._show_closed(picture)
        self.notice.setText(picture.notice)
        self.notice.setVisible(bool(picture.notice))
        if self._first_picture:
            self._first_picture = False   # what was called before the display started
            new = []
        now = self.clock()
        fresh = [c for c in new if now - c.called_at <= ANNOUNCE_WITHIN]
        if fresh:
            self._start_blink()
            # the number on the screen now, not at the next event-loop turn; the history
            # (its model was reset above, which schedules its repaint) and the rest follow
            # at that turn: painting the table here too doubled the time to the number
            self.newest.repaint()
            painted = time.monotonic()
            for c in fresh:
                self.painted_at[c.key] = painted
                self.received_at[c.key] = received
            while len(self.painted_at) > KEEP:      # bounded: a display runs all day
                self.painted_at.pop(next(iter(self.painted_at)))
                self.received_at.pop(next(iter(self.received_at)))
            for c in sorted(fresh, key=lambda c: c.called_at):
                self.announced.append(self._announce(c))
            del self.announced[:-KEEP]

    def _show_newest(self, call: DisplayCall | None) -> None:
        if call is None:
            self.number.setText("")
            self.where.setText(self.tr("Bitte achten Sie auf Ihre Nummer."))
            self.room.setText("")
            return
        self.number.setText(call.ticket)
        self.where.setText(call.counter)
        self.room.setText(call.room)

    def _show_estimates(self, picture: DisplayPicture) -> None:
        parts = []
        for e in picture.estimates:
            if e.shown_minutes is None:
                continue
            if e.shown_minutes == 0:
                text = self.tr("{sp}: keine Wartezeit").format(sp=e.service_point)
            else:
                text = self.tr("{sp}: ca. {minutes} Min. Wartezeit").format(
                    sp=e.service_point, minutes=e.shown_minutes)
            parts.append(text)
        self.estimates.setText("   ·   ".join(parts))

    def _show_closed(self, picture: DisplayPicture) -> None:
        names = [f"{c.counter} ({c.room})" if c.room else c.counter for c in picture.closed]
        self.closed.setText(self.tr("Geschlossen: {counters}").format(
            counters=", ".join(names)) if names else "")
        self.closed.setVisible(bool(names))

    def _announce(self, call: DisplayCall) -> str:
        if self.announcer is not None:
            try:
                return self.announcer.announce(call.ticket, call.counter)
            except Exception:   # never let sound break the display
                log.exception("announcement failed")
        from .announcer import announcement
        return announcement(call.ticket, call.counter)

    # -- blinking, time, connectivity --------------------------------------------------------
    def _start_blink(self) -> None:
        self._blinks_left = BLINK_TIMES
        self._set_blink(True)
        self._blink_timer.start()

    def _blink(self) -> None:
        self._blinks_left -= 1
        if self._blinks_left <= 0:
            self._blink_timer.stop()
            self._set_blink(False)
            return
        self._set_blink(not self.blinking)

    @property
    def blinking(self) -> bool:
        return self.newest.property("blink") == "true"

    @property
    def blink_active(self) -> bool:
        return self._blink_timer.isActive()

    def _set_blink(self, on: bool) -> None:
        self.newest.setProperty("blink", "true" if on else "false")
        self.newest.style().unpolish(self.newest)
        self.newest.style().polish(self.newest)
        for label in (self.number, self.where, self.room, self.newest_caption):
            label.style().unpolish(label)
            label.style().polish(label)

    def _tick(self) -> None:
        local = to_local(self.clock())
        self.time_label.setText(QLocale().toString(local.time(), QLocale.FormatType.ShortFormat))

    def set_online(self, online: bool, last_update: dt.datetime | None) -> None:
        if online:
            self.banner.hide()
            return
        if last_update is None:
            text = self.tr("Keine Verbindung zur Datenbank. Die Anzeige verbindet sich "
                           "selbst wieder.")
        else:
            when = QLocale().toString(to_local(last_update).time(), QLocale.FormatType.ShortFormat)
            text = self.tr("Keine Verbindung zur Datenbank – Stand {time} Uhr. Die Anzeige "
                           "verbindet sich selbst wieder.").format(time=when)
        self.banner.setText(text)
        self.banner.show()

    @property
    def offline(self) -> bool:
        return not self.banner.isHidden()

    # -- life --------------------------------------------------------------------------------
    async def start(self) -> None:
        if self.feed is not None:
            await self.feed.start()

    async def shutdown(self) -> None:
        self._clock_timer.stop()
        self._blink_timer.stop()
        if self.feed is not None:
            await self.feed.stop()
        if self.announcer is not None:
            self.announcer.close()
