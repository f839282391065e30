"""The admin GUI tests share the qasync fixtures of tests/ui (DESIGN.md)."""

from tests.ui.conftest import qloop, run, station_factory, gui_database_url  # noqa: F401
from tests.admin.pg_office import office, office_setup  # noqa: F401,E402 (real login roles)
