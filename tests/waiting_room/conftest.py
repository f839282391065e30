"""The waiting room's tests: services on both databases; the display's and the kiosk's
windows with the qasync fixtures of tests/ui/conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import qloop, run  # noqa: E402,F401
from tests.ui.conftest import gui_database_url, station_factory  # noqa: E402,F401
