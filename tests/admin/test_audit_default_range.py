"""The audit log's default range is the last day by the desk's clock, not the machine's:
the demo on a weekend runs days behind, and its records must show without retyping."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import QDateTime


def test_default_range_follows_the_desk_clock(qtbot):
    from desk_app.ui.admin.audit_screen import AuditScreen

    friday_evening = dt.datetime(2026, 11, 27, 20, 0, tzinfo=dt.timezone.utc)  # 21:00 Berlin
    facade = SimpleNamespace(ctx=SimpleNamespace(now=lambda: friday_evening))
    screen = AuditScreen(facade)
    qtbot.addWidget(screen)
    assert screen.since.dateTime() == QDateTime(2026, 11, 26, 21, 0, 0)
    assert screen.until.dateTime() == QDateTime(2026, 11, 27, 22, 0, 0)
    since, until = screen.current_filter().since, screen.current_filter().until
    assert since <= friday_evening <= until
