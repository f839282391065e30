"""GUI fixtures for the deployment tests (first-run dialog, the upgrade drill's window):
the qasync loop and coroutine runner of tests/ui/conftest.py, shared."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import qloop, run  # noqa: E402,F401
