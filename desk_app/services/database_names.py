"""A database named as a person would: "Demo, lokal", "desk auf db-server" (Qt-free).

The UI translates the German templates (``TEMPLATES``); the CLI prints them as they are."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from .backend import is_embedded_url
from .database import parse_url

DEMO_FILE = "demo.sqlite3"

# kind -> German template; ui/labels.py (database_name) translates each one
TEMPLATES = {
    "demo": "Demo, lokal",
    "local": "lokal ({name})",
    "server": "{name} auf {host}",
}


@dataclass(frozen=True)
class DatabaseName:
    kind: str      # demo | local | server
    name: str      # file name or database name
    host: str = ""

    def german(self) -> str:
        return TEMPLATES[self.kind].format(name=self.name, host=self.host)


def describe_database(url: str) -> DatabaseName:
    parsed = parse_url(url)   # a malformed URL: InvalidDatabaseUrl, which repeats none of it
    if is_embedded_url(parsed):
        path = parsed.database or ""
        if not path or path == ":memory:":
            return DatabaseName("local", "im Speicher")
        name = PurePath(path).name
        return DatabaseName("demo" if name == DEMO_FILE else "local", name)
    return DatabaseName("server", parsed.database or "postgres", parsed.host or "localhost")
