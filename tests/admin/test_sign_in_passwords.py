"""Passwords checked by the database itself, and a different person taking over a running
workstation, on a throwaway cluster with scram-sha-256 (the shared test cluster trusts
127.0.0.1, so a wrong password is only refused here). The staff sign in as REAL login
roles made by ``desk-app db roles`` (``create_login`` with a password)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desk_app.services.connect import connect
from desk_app.services.database import SignInFailed, open_database
from desk_app.services.db_roles import RoleNames, create_login, create_roles
from desk_app.services.sign_in import PinRequired, SignInFacade, url_for_login
from desk_app.ui.error_messages import message_for
from tests.conftest import _migrate_and_seed
from tests.pg_cluster import SUPERUSER_PASSWORD, password_cluster  # noqa: F401 (a fixture)

pytestmark = pytest.mark.postgres

#: login -> (staff role, password); the logins are seeded staff members (demo config)
PEOPLE = {"sbbi1": ("CLERK", "Klerk-Pass-1"), "leitung": ("SHIFT_LEAD", "Leit-Pass-2")}
WRONG = "Falsch#Geraten9"


@pytest.fixture(scope="module")
def office_url(password_cluster):  # noqa: F811 (the imported fixture)
    """The migrated, seeded office database in the cluster, with the desk roles and one
    login role with a password per person. Returns its URL without a user."""
    import asyncpg

    root = f"postgresql://postgres:{SUPERUSER_PASSWORD}@127.0.0.1:{password_cluster}"

    async def setup() -> None:
        conn = await asyncpg.connect(f"{root}/postgres", timeout=10)
        try:
            await conn.execute('CREATE DATABASE "desk"')
        finally:
            await conn.close()
        await _migrate_and_seed(f"{root.replace('postgresql', 'postgresql+asyncpg')}/desk")
        db = open_database(f"{root}/desk")
        try:
            async with db.engine.begin() as c:
                names = RoleNames()
                await create_roles(c, names)
                for login, (role, password) in PEOPLE.items():
                    await create_login(c, login, role, names, password=password)
        finally:
            await db.dispose()

    asyncio.run(setup())
    return f"postgresql+asyncpg://127.0.0.1:{password_cluster}/desk"


def as_person(url: str, login: str, password: str | None = None) -> str:
    return url_for_login(url, login, password if password is not None else PEOPLE[login][1]
                         ).render_as_string(hide_password=False)


def _one_line(text_: str) -> bool:
    return "\n" not in text_.strip()


# -- item 1: a wrong password is refused, in one line ------------------------------------
async def test_a_wrong_password_of_a_login_role_is_refused_in_one_line(office_url):
    with pytest.raises(SignInFailed) as raised:
        await connect(as_person(office_url, "sbbi1", WRONG), embedded=False)
    assert raised.value.reason == "password"
    shown = message_for(raised.value)
    assert _one_line(shown) and "Passwort ist falsch" in shown and "sbbi1" in shown
    assert WRONG not in shown and WRONG not in str(raised.value)
    # the right password gets in, as that login
    ok = await connect(as_person(office_url, "sbbi1"), embedded=False)
    try:
        async with ok.db.read() as s:
            assert await s.scalar(text("SELECT session_user")) == "sbbi1"
    finally:
        await ok.db.dispose()


async def test_the_lock_screen_refuses_a_wrong_password(office_url):
    db = open_database(as_person(office_url, "sbbi1"))
    try:
        facade = SignInFacade(db)
        assert facade.asks_password
        with pytest.raises(PinRequired):
            await facade.sign_in("sbbi1", "")
        with pytest.raises(SignInFailed) as raised:
            await facade.sign_in("sbbi1", WRONG)
        assert raised.value.reason == "password" and _one_line(message_for(raised.value))
        signed = await facade.sign_in("sbbi1", PEOPLE["sbbi1"][1])
        assert (signed.login, signed.role, signed.database) == ("sbbi1", "CLERK", None)
    finally:
        await db.dispose()


# -- item 3: a different person takes over with their own login ---------------------------
async def test_a_different_person_gets_an_engine_of_their_own(office_url):
    db = open_database(as_person(office_url, "sbbi1"))
    try:
        facade = SignInFacade(db)
        with pytest.raises(SignInFailed) as raised:
            await facade.sign_in("leitung", WRONG)
        assert raised.value.reason == "password"
        assert WRONG not in message_for(raised.value)
        signed = await facade.sign_in("Leitung", PEOPLE["leitung"][1])
        assert (signed.login, signed.role) == ("leitung", "SHIFT_LEAD")
        new = signed.database
        try:
            assert new is not None and new is not db
            assert make_url(new.url).username == "leitung"
            async with new.read() as s:
                assert await s.scalar(text("SELECT session_user")) == "leitung"
            async with db.read() as s:   # the old engine is untouched (its owner disposes)
                assert await s.scalar(text("SELECT session_user")) == "sbbi1"
        finally:
            await new.dispose()
    finally:
        await db.dispose()


def _menu_actions(window) -> set[str]:
    return {a.objectName() for m in window.menuBar().actions() if m.menu() is not None
            for a in m.menu().actions() if a.objectName()}


async def _logins_connected(url: str, login: str) -> int:
    import asyncpg

    u = make_url(url)
    conn = await asyncpg.connect(host=u.host, port=u.port, user="postgres",
                                 password=SUPERUSER_PASSWORD, database="postgres", timeout=10)
    try:
        return await conn.fetchval("SELECT count(*) FROM pg_stat_activity WHERE usename = $1",
                                   login)
    finally:
        await conn.close()


@pytest.mark.gui
def test_a_different_person_takes_over_the_running_window(office_url, memory_keyring, run,
                                                          qtbot, workstation):
    """The clerk's window runs as the clerk's login (its password from the keyring); the
    shift lead signs in at the lock screen: a wrong password is refused there and nothing
    changes; the right one gives a new engine as the lead's login, the clerk's is
    disposed, the window is rebuilt with the lead's menus, the counter stays. The lock
    screen then unlocks the same person without another switch."""
    import shiboken6

    from desk_app.domain.roles import Role
    from desk_app.services.sign_in import store_password

    for login, (_role, password) in PEOPLE.items():
        store_password(office_url, login, password)
    station = workstation(office_url, "sbbi1")
    session = station.session
    first = session.window
    assert make_url(session.connected.db.url).username == "sbbi1"
    assert first.desk.ctx.actor.role == Role.CLERK
    assert "action_lead_screen" not in _menu_actions(first)
    counter = first.desk.ctx.actor.counter_id
    assert counter is not None

    first.sign_in.lock()
    screen = first.sign_in.lock_screen
    screen.login.setText("leitung")
    screen.pin.setText(WRONG)
    assert run(screen.try_sign_in()) is None
    assert "Passwort ist falsch" in screen.message.text() and WRONG not in screen.message.text()
    assert first.sign_in.is_locked() and station.session is session

    screen.pin.setText(PEOPLE["leitung"][1])
    run(screen.try_sign_in())
    qtbot.waitUntil(lambda: station.switches == 1 and station.session.window.started,
                    timeout=20_000)
    new = station.session
    window = new.window
    assert window is not first and window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=5000)  # deleteLater
    assert make_url(new.connected.db.url).username == "leitung"
    actor = window.desk.ctx.actor
    assert actor.role == Role.SHIFT_LEAD and actor.counter_id == counter
    assert window.screens["counter"].counter_id() == counter
    assert "action_lead_screen" in _menu_actions(window)
    assert window.switch_actions["lead"].isEnabled() and not window.sign_in.is_locked()
    # the clerk's engine is gone: no connection as the clerk's login remains
    qtbot.waitUntil(lambda: run(_logins_connected(office_url, "sbbi1")) == 0, timeout=10_000)
    assert run(_logins_connected(office_url, "leitung")) > 0
    assert station.closed == []          # replacing the window is no quit

    # the lock screen unlocks the same person: no new session
    window.sign_in.lock()
    again = window.sign_in.lock_screen
    again.login.setText("leitung")
    again.pin.setText(PEOPLE["leitung"][1])
    assert run(again.try_sign_in()) is not None
    assert station.switches == 1 and station.session is new and not window.sign_in.is_locked()
