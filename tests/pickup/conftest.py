"""Fixtures for the pickup screen: the GUI fixtures of tests/ui (a qasync loop on the
running QApplication, ``run``), a SQLite office with a desk per role, and the screen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import qloop, run  # noqa: E402,F401  (the shared GUI fixtures)

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def german_locale(qapp):
    """The window's language is German unless configured (app.install_translations sets
    the default QLocale); dates follow it."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def pickup_office(run, sqlite_database_url):
    """The seeded office on a fresh SQLite file, at 09:00 on the test day."""
    from desk_app.services.database import open_database
    from tests.services.helpers import office
    from tests.support import at

    db = open_database(sqlite_database_url)
    o = run(office(db, now=at(9)))
    yield o
    run(db.dispose())


@pytest.fixture
def pickup_view(qtbot, run, pickup_office, tmp_path):
    """The screen for the clerk at Schalter I1 (BI), documents saved as PDFs."""
    from desk_app.services.document_output import DocumentOutput
    from desk_app.ui.pickup import PickupScreen

    made = []

    def _make(desk=None, sp: str = "BI"):
        o = pickup_office
        view = PickupScreen(desk or o.clerk, service_point_id=o.sp[sp],
                            output=DocumentOutput(None, tmp_path / "docs").output,
                            office_name="Ausländerbehörde Test",
                            service_point_name="DLZ Bürgerdienste International")
        qtbot.addWidget(view)
        view.resize(1300, 720)
        view.show()
        run(view.reload())
        made.append(view)
        return view

    yield _make
    for view in made:
        run(view.shutdown())
