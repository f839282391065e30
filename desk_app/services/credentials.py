"""Where the PostgreSQL password comes from: never from the settings file.

* ``pgpass`` (default): no password in the URL; asyncpg reads libpq's password file
  (``~/.pgpass``, ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or ``PGPASSFILE``;
  ``database_passfile`` in the settings names another one).
* ``keyring``: the OS keyring (Windows Credential Manager, macOS Keychain, the Secret
  Service on Linux) holds it under service ``desk_app`` and the account
  ``user@host:port,…/database``; ``desk-app settings set-password`` stores it.
* ``sso``: no password at all; the server authenticates the Windows/Kerberos login
  (pg_hba ``gss``/``sspi``; asyncpg needs its ``gssauth`` extra for that).

Qt-free. The password lives only in memory, inside the engine's URL (which is shown and
logged only through ``safe_url``).
"""

from __future__ import annotations

import logging
import os

from sqlalchemy.engine import URL

from .backend import backend_for, is_embedded_url
from .database import hosts_of, normalize_url

log = logging.getLogger(__name__)

KEYRING_SERVICE = "desk_app"


class PasswordUnavailable(ValueError):
    """The configured password source has no password for this database."""


def keyring_account(url: str | URL) -> str:
    """The keyring account for a database: ``user@host:port[,host:port…]/database``."""
    u = normalize_url(url)
    hosts = ",".join(f"{h}:{p}" for h, p in hosts_of(u))
    return f"{u.username or ''}@{hosts}/{u.database or ''}"


def _keyring():
    import keyring

    return keyring


def store_password(url: str | URL, password: str) -> str:
    """Stores the password in the OS keyring; returns the account it is stored under."""
    account = keyring_account(url)
    _keyring().set_password(KEYRING_SERVICE, account, password)
    log.info("database password stored in the keyring (account for %s)", safe_account(account))
    return account


def safe_account(account: str) -> str:
    return account.split("@", 1)[-1]


def url_with_password(url: str | URL, source: str, passfile: str = "") -> URL | str:
    """The URL to connect with, the password added from ``source`` where needed."""
    if isinstance(url, str) and is_embedded_url(url):
        return url
    u = normalize_url(url)
    try:
        if not backend_for(u).has_roles:
            return url
    except ValueError:   # another database: its URL as it is
        return url
    if u.password:
        # only an environment variable or --database can bring one (the file cannot)
        return u
    if source == "keyring":
        account = keyring_account(u)
        try:
            password = _keyring().get_password(KEYRING_SERVICE, account)
        except Exception as exc:  # no keyring back end on this machine
            raise PasswordUnavailable(
                f"Schlüsselbund nicht verfügbar ({type(exc).__name__}): Passwort für "
                f"{safe_account(account)} nicht lesbar") from None
        if password is None:
            raise PasswordUnavailable(
                f"Kein Passwort im Schlüsselbund für {safe_account(account)}: "
                f"'desk-app settings set-password' ausführen")
        return u.set(password=password)
    if source == "pgpass" and passfile:
        os.environ["PGPASSFILE"] = passfile   # asyncpg reads it like libpq
    return u
