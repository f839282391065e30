"""What a workstation remembers between starts (QSettings, not settings.py): the service
point and counter chosen at this station, and the window's geometry.

The geometry is always fitted to the screen it opens on: a window saved on a larger
screen, or at a larger text scale, is shrunk and moved so that all of it (the action
panel included) is reachable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize

#: The size the window opens at the first time, if the screen has room for it.
PREFERRED_SIZE = QSize(1400, 860)


class WindowMemory:
    def __init__(self, path: Path | str) -> None:
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def default(cls) -> "WindowMemory":
        from desk_app.settings import data_dir

        return cls(data_dir() / "station.ini")

    # -- the station ---------------------------------------------------------------------
    def station(self) -> tuple[str, str | None] | None:
        code = self.settings.value("station/service_point", "", str)
        if not code:
            return None
        return code, self.settings.value("station/counter", "", str) or None

    def remember_station(self, service_point_code: str, counter_name: str | None) -> None:
        self.settings.setValue("station/service_point", service_point_code)
        self.settings.setValue("station/counter", counter_name or "")
        self.settings.sync()

    # -- the window ----------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def remember_geometry(self, geometry: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.sync()


def fit_rect(wanted: QRect | None, available: QRect, minimum: QSize,
             preferred: QSize = PREFERRED_SIZE) -> QRect:
    """``wanted`` (or ``preferred``, centred) made to fit inside ``available``: never
    larger than the screen, never smaller than ``minimum`` unless the screen is, and
    moved back onto the screen."""
    if wanted is None or not wanted.isValid():
        size = preferred
        wanted = QRect(0, 0, size.width(), size.height())
        wanted.moveCenter(available.center())
    width = min(max(wanted.width(), minimum.width()), available.width())
    height = min(max(wanted.height(), minimum.height()), available.height())
    x = min(max(wanted.x(), available.left()), available.right() + 1 - width)
    y = min(max(wanted.y(), available.top()), available.bottom() + 1 - height)
    return QRect(x, y, width, height)


def restore_geometry(window, memory: WindowMemory | None) -> None:
    """The size and place of last time (QSettings), fitted to this screen: the whole
    window, the action panel included, is on it at any text scale."""
    saved = memory.geometry() if memory is not None else None
    if saved is not None:
        window.restoreGeometry(saved)
        wanted = window.geometry()
    else:
        wanted = None
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.screenAt(wanted.center()) if wanted is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    # the window manager's frame (title bar, borders), once it is known
    outer, inner = window.frameGeometry(), window.geometry()
    left, top = inner.x() - outer.x(), inner.y() - outer.y()
    right, bottom = outer.right() - inner.right(), outer.bottom() - inner.bottom()
    if not window.isVisible() or (left, top, right, bottom) == (0, 0, 0, 0):
        left, top, right, bottom = 4, 32, 4, 4
    room = available.adjusted(left, top, -right, -bottom)
    window.setGeometry(fit_rect(wanted, room, window.minimumSizeHint()))
