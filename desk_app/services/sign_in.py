"""Who is at the keyboard.

- Embedded SQLite (one PC): the OS login name maps to a staff record (same ``login``);
  an optional PIN is checked against its argon2 hash (``staff.pin_hash``).
- PostgreSQL: every staff member connects as their own database login, named like their
  staff ``login``; the staff record is the one of ``current_user``, so nobody can act as
  someone else by editing a settings file. The password comes from the OS keyring
  (``keyring``), never from a file. Kerberos/GSSAPI single sign-on needs no password at
  all: see docs/SIGN_IN.md.

Switching the person on a shared counter PC signs the next person in with the same
station, service point and counter (the UI keeps those). On PostgreSQL the next person
gets an engine of their own, connected as their own login (``SignInFacade.sign_in``
returns it in ``SignedIn.database``); the composition root disposes the old one.
"""

from __future__ import annotations

import dataclasses
import getpass
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.models import StaffMember

from .connect import unreachable_as_clear_error
from .database import SignInFailed, open_database

log = logging.getLogger(__name__)

KEYRING_SERVICE = "desk_app"

_HASHER = PasswordHasher()


class SignInRefused(errors.DomainError):
    code = "sign_in_refused"
    template = "Anmeldung nicht möglich: {why}"


class PinRequired(errors.DomainError):
    code = "pin_required"
    template = "Bitte die PIN eingeben."


class WrongPin(errors.DomainError):
    code = "wrong_pin"
    template = "Die PIN stimmt nicht."


@dataclass(frozen=True)
class SignedIn:
    staff_id: int
    login: str
    display_name: str
    role: str
    pin_set: bool = False
    #: PostgreSQL, a different person: the engine connected as their own login. Whoever
    #: receives it owns it (uses it for the new session, or disposes it).
    database: object = dataclasses.field(default=None, compare=False, repr=False)


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def os_login() -> str:
    """The operating system's login name of this process, lowercased."""
    return getpass.getuser().lower()


async def _staff(session: AsyncSession, login: str) -> StaffMember:
    row = (await session.execute(select(StaffMember).where(
        StaffMember.login == login))).scalar_one_or_none()
    if row is None or not row.active:
        raise SignInRefused(why=f"kein aktiver Mitarbeiter mit der Kennung {login}")
    return row


async def sign_in_embedded(session: AsyncSession, login: str | None = None,
                           pin: str | None = None) -> SignedIn:
    """The staff record of ``login`` (default: the OS login); with a PIN set, ``pin``
    must match. Raises PinRequired when a PIN is set and none was given."""
    login = (login or os_login()).lower()
    row = await _staff(session, login)
    if row.pin_hash:
        if not pin:
            raise PinRequired()
        if not pin_matches(row.pin_hash, pin):
            log.info("sign-in: wrong PIN for staff id %s", row.id)
            raise WrongPin()
    return SignedIn(row.id, row.login, row.display_name, row.role, bool(row.pin_hash))


async def sign_in_postgres(session: AsyncSession) -> SignedIn:
    """The staff record of the database login this session runs as (``session_user``)."""
    login = str(await session.scalar(text("SELECT session_user")))
    row = await _staff(session, login.lower())
    return SignedIn(row.id, row.login, row.display_name, row.role, False)


# -- the password in the OS keyring -----------------------------------------------------
def _keyring_key(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def stored_password(url: str | URL, login: str) -> str | None:
    """The password from the OS keyring; None when there is none (or no keyring)."""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, f"{login}@{_keyring_key(make_url(url))}")
    except Exception as exc:  # no backend on this machine: Kerberos, .pgpass or a prompt
        log.info("no password from the keyring (%s)", type(exc).__name__)
        return None


def store_password(url: str | URL, login: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, f"{login}@{_keyring_key(make_url(url))}", password)


def forget_password(url: str | URL, login: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, f"{login}@{_keyring_key(make_url(url))}")
    except PasswordDeleteError:
        pass


def url_for_login(url: str | URL, login: str, password: str | None = None) -> URL:
    """The shared database's URL as ``login``; the password from the argument or the
    keyring (none: GSSAPI/Kerberos or a .pgpass the admin set up)."""
    u = make_url(url).set(username=login)
    pw = password if password is not None else stored_password(u, login)
    return u.set(password=pw) if pw else u.set(password=None)


async def password_accepted(url: str | URL, login: str, password: str) -> bool:
    """True when the shared database accepts ``login`` with ``password`` (one short
    connection; nothing is stored)."""
    import asyncpg

    u = make_url(url)
    try:
        conn = await asyncpg.connect(host=u.host or "localhost", port=u.port or 5432,
                                     user=login, password=password,
                                     database=u.database, timeout=5)
    except (asyncpg.InvalidPasswordError, asyncpg.InvalidAuthorizationSpecificationError):
        return False
    await conn.close()
    return True


class SignInFacade:
    """What the lock screen calls: who may take over this workstation."""

    def __init__(self, db) -> None:
        self.db = db

    @property
    def asks_password(self) -> bool:
        """PostgreSQL: the field holds the database password (else an optional PIN)."""
        return bool(self.db.backend.has_roles)

    async def sign_in(self, login: str, pin: str | None) -> SignedIn:
        """Embedded database: the staff record of ``login`` with its PIN (if set).
        PostgreSQL: the person signed in to the database with their password (the
        database checks it); a different person gets an engine of their own
        (``SignedIn.database``, see ``take_over``). A refused password raises
        SignInFailed (reason "password"), the one-line sign-in message."""
        login = (login or "").strip().lower()
        if not self.db.backend.has_roles:
            async with self.db.read() as session:
                return await sign_in_embedded(session, login or None, pin or None)
        async with self.db.read() as session:
            signed = await sign_in_postgres(session)
        if login and login != signed.login:
            return await self.take_over(login, pin or None)
        # the same person: the database checks the password (a connection of its own)
        if not pin:
            raise PinRequired()
        if not await password_accepted(self.db.url, signed.login, pin):
            log.info("sign-in: the database refused the password of staff id %s",
                     signed.staff_id)
            raise SignInFailed(self.db.url, "password")
        return signed

    async def take_over(self, login: str, password: str | None) -> SignedIn:
        """PostgreSQL: a different person signs in at this workstation. A new engine
        connects as their own database login (the password typed, else the keyring's,
        else GSSAPI or a .pgpass); their staff record is the one of that login. The new
        engine is returned in ``SignedIn.database``; on any failure it is disposed."""
        url = url_for_login(self.db.url, login, password)
        db = open_database(url)
        try:
            async with unreachable_as_clear_error(db.url):
                async with db.read() as session:
                    signed = await sign_in_postgres(session)
        except BaseException:
            await db.dispose()
            raise
        log.info("sign-in: staff id %s takes over this workstation with their own login",
                 signed.staff_id)
        return dataclasses.replace(signed, database=db)

    async def has_pin(self, staff_id: int | None) -> bool:
        if staff_id is None or self.db.backend.has_roles:
            return False
        async with self.db.read() as session:
            row = await session.get(StaffMember, staff_id)
            return bool(row is not None and row.pin_hash)
