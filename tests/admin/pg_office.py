"""One office database on the shared cluster with the desk roles (``desk-app db roles``)
and one REAL PostgreSQL login role per person: random names, dropped afterwards. The
fixtures ``office_setup`` (module) and ``office`` are registered in tests/admin/conftest.py.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desk_app.domain.roles import Actor, Role
from desk_app.services import admin, receipts
from desk_app.services.context import Context
from desk_app.services.db_roles import RoleNames, create_login, create_roles
from desk_app.services.desk import Desk
from desk_app.services.fees import FeeRequest
from tests.conftest import pg_admin
from tests.support import Clock, at, desk_for, person

USERS = {  # key: (staff role, assigned to ASYL)
    "clerk": ("CLERK", False), "clerk_asyl": ("CLERK", True), "reception": ("RECEPTION", False),
    "lead": ("SHIFT_LEAD", False), "admin": ("ADMIN", False),
}


class Office:
    def __init__(self, url, names, logins, staff, sp, entries, receipt_id, open_db):
        self.url, self.names, self.logins, self.staff = url, names, logins, staff
        self.sp, self.entries, self.receipt_id, self._open = sp, entries, receipt_id, open_db

    def url_as(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def db_as(self, key: str):
        return self._open(self.url_as(self.logins[key]), pool_size=1)

    def desk_as(self, key: str, *, role: Role | None = None, counter_id=None) -> Desk:
        staff_id, staff_role = self.staff[key]
        actor = Actor(staff_id=staff_id, role=role or Role(staff_role), counter_id=counter_id,
                      station=f"t-{key}")
        return Desk(self.db_as(key), Context(actor=actor, clock=Clock(at(9, 0))))


@pytest.fixture(scope="module")
def office_setup(pg_template):
    """One database and one set of roles for the module (the refusals change nothing)."""
    import asyncio

    from desk_app.services.database import open_database
    from tests.conftest import pg_test_url

    prefix = f"t{uuid.uuid4().hex[:8]}_"
    names = RoleNames(prefix)
    logins = {key: f"{prefix}u_{key}" for key in USERS}
    database = f"desk_r_{uuid.uuid4().hex[:12]}"
    pg_admin(f'CREATE DATABASE "{database}" TEMPLATE "{pg_template}"')
    url = pg_test_url(database)
    made: list[str] = []

    async def setup():
        db = open_database(url)
        try:
            lead = await desk_for(db, "leitung", clock=Clock(at(9, 0)))
            sp = {s.code: s.id for s in await lead.service_points()}
            asyl = await lead.register_walk_in(service_point_id=sp["ASYL"],
                                               applicants=[person("Geheim")])
            bi = await lead.register_walk_in(service_point_id=sp["BI"],
                                             applicants=[person("Offen")])
            boss = await desk_for(db, "admin", clock=Clock(at(9, 0)))
            staff = {}
            for key, (role, in_asyl) in USERS.items():
                rec = await boss.write(admin.save_staff, boss.ctx, admin.StaffRecord(
                    id=None, login=logins[key], display_name=f"Test {key}", role=role,
                    service_point_ids=(sp["ASYL"],) if in_asyl else ()))
                staff[key] = (rec.id, role)
            receipt = await lead.write(receipts.issue_receipt, lead.ctx, key=f"r-{prefix}",
                                       payer_name="Erika Muster", payment_method="cash",
                                       fees=[FeeRequest("FIKTION")], entry_id=bi.id)
            made.extend([names.owner, *(names.group(g) for g in
                                        ("clerk", "reception", "shift_lead", "admin", "display"))])
            async with db.engine.begin() as conn:
                await create_roles(conn, names)
                for key, (role, _) in USERS.items():
                    await create_login(conn, logins[key], role, names)
                    made.insert(0, logins[key])
                await conn.execute(text(f'CREATE ROLE "{prefix}screen" LOGIN IN ROLE '
                                        f'"{names.group("display")}"'))
                made.insert(0, f"{prefix}screen")
            return staff, sp, {"asyl": asyl.id, "bi": bi.id}, receipt.id
        finally:
            await db.dispose()

    try:
        staff, sp, entries, receipt_id = asyncio.run(setup())
        logins["display"] = f"{prefix}screen"
        yield url, names, logins, staff, sp, entries, receipt_id
    finally:
        pg_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)',
                 *(f'DROP ROLE IF EXISTS "{r}"' for r in made))


@pytest.fixture
def office(office_setup, open_db):
    return Office(*office_setup, open_db)


def _refused(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return any(s in text_ for s in ("permission denied", "must be owner", "insufficientprivilege",
                                    "row-level security", "never edited", "anonymised",
                                    "must be superuser", "only be anonymised"))


async def _sql(office, key: str, sql: str, **params):
    db = office.db_as(key)
    async with db.engine.begin() as conn:
        return (await conn.execute(text(sql), params)).all()


async def _refuses(office, key: str, sql: str, **params) -> str:
    with pytest.raises(DBAPIError) as caught:
        await _sql(office, key, sql, **params)
    assert _refused(caught.value), caught.value
    return str(caught.value.orig)


async def _counter(office, name: str) -> int:
    rows = await _sql(office, "admin", "SELECT id FROM counters WHERE name = :n", n=name)
    return rows[0][0]
