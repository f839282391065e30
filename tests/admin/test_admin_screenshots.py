"""Issue 13: `desk-app screenshot --screen admin-<tab>` pictures the administration window
with that tab current and a record selected (docs/screenshots/admin_<tab>.png). Each tab
in its own process, as the command runs, on one demo day seeded once (SQLite)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.ui.screenshot import ADMIN_TABS, SCREENS, admin_tab, stage

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"
pytestmark = pytest.mark.gui


def _desk_app(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_CONFIG": str(tmp / "none.toml"),
           "DESK_DATA_DIR": str(tmp / "data")}
    env.pop("DESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "desk_app.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("admin-shots")
    url = f"sqlite+aiosqlite:///{tmp / 'demo.sqlite3'}"
    done = _desk_app("seed-demo", "--database", url, "--size", "60", tmp=tmp)
    assert done.returncode == 0, done.stderr
    return url


def test_every_admin_tab_is_a_screen():
    assert {f"admin-{tab}" for tab in ADMIN_TABS} <= set(SCREENS)
    assert admin_tab("admin-routing-rules") == "routing-rules"
    assert admin_tab("admin-nonsense") is None and admin_tab("counter") is None


@pytest.mark.parametrize("tab", ADMIN_TABS)
def test_screenshot_of_each_admin_tab_writes_a_png(tab, demo_url, tmp_path):
    out = tmp_path / f"admin_{tab}.png"
    done = _desk_app("screenshot", "--screen", f"admin-{tab}", "--database", demo_url,
                     "--out", str(out), "--width", "1200", "--height", "700", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data[:8] == PNG
    width, height = struct.unpack(">II", data[16:24])     # the IHDR chunk: the admin window
    assert (width, height) == (1200, 700)
    assert len(data) > 20_000        # a drawn window with a table, not an empty grab


@pytest.mark.parametrize("tab", ADMIN_TABS)
def test_the_admin_window_opens_on_the_tab_with_a_record_selected(tab, qtbot, run,
                                                                   sqlite_database_url):
    """The staging itself, in-process: that tab current, its first row selected (a record
    screen: that record in the form), the window the screenshot grabs."""
    from PySide6.QtWidgets import QMainWindow

    from desk_app.services.database import open_database
    from tests.support import Clock, at, desk_for

    db = open_database(sqlite_database_url)
    main = QMainWindow()                        # what stage() uses of the main window
    qtbot.addWidget(main)
    main.desk = run(desk_for(db, "admin", clock=Clock(at(9, 0))))
    from desk_app.ui.admin.hook import AdminPart
    main.parts = {"admin": AdminPart(main)}
    admin = run(stage(main, f"admin-{tab}", None, (1200, 700)))
    qtbot.addWidget(admin)
    try:
        assert main.parts["admin"].admin_window is admin and admin.isVisible()
        assert admin.size().width() == 1200
        assert admin.tabs.currentIndex() == ADMIN_TABS.index(tab)
        screen = admin.tabs.currentWidget()
        assert screen is admin.screens[ADMIN_TABS.index(tab)]
        if screen.table.model().rowCount():
            from PySide6.QtCore import Qt

            current = screen.table.currentIndex()
            assert current.row() == 0
            if current.flags() & Qt.ItemFlag.ItemIsSelectable:   # (permissions: check boxes)
                assert screen.table.selectionModel().isRowSelected(0)
        elif tab not in ("routing-rules", "audit"):   # reference data is always seeded
            pytest.fail(f"{tab}: no records to select")
        if hasattr(screen, "current"):                 # a record screen: its form filled
            assert screen.current is not None
            assert screen.heading.text() != ""
    finally:
        run(admin.shutdown())
        run(db.dispose())
