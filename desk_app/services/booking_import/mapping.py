"""The mapping of an export's headers and values to desk_app's fields (a TOML file)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from desk_app.domain import errors

FIELDS = ("reference", "date", "time", "service_point", "service", "family_name",
          "given_name", "birth_date", "nationality", "email", "phone", "file_number",
          "language")
REQUIRED = ("reference", "date", "time", "service_point", "family_name")
#: German names of the fields, for messages and the reject file
LABELS = {"reference": "Buchungsnummer", "date": "Datum", "time": "Uhrzeit",
          "service_point": "Dienststelle", "service": "Dienstleistung",
          "family_name": "Familienname", "given_name": "Vorname",
          "birth_date": "Geburtsdatum", "nationality": "Staatsangehörigkeit",
          "email": "E-Mail", "phone": "Telefon", "file_number": "Aktenzeichen",
          "language": "Sprache"}
_VALUE_KINDS = ("service_point", "service", "language")


def header_key(text: str) -> str:
    """Headers and codes compare without case, spaces, hyphens, dots or underscores."""
    return re.sub(r"[\s\-._/]+", "", text.casefold().lstrip("\ufeff"))


def value_key(text: str) -> str:
    """Service point and service names compare without case and with spacing folded."""
    return " ".join(text.casefold().replace("-", " - ").split()).replace(" - ", "-")


class MappingError(errors.DomainError):
    code = "import_mapping_invalid"
    template = "Die Zuordnungsdatei ist fehlerhaft: {why}"


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, tuple[str, ...]]
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None

    @functools.cached_property
    def header_index(self) -> dict[str, str]:
        """header key → field."""
        index: dict[str, str] = {}
        for name, headers in self.columns.items():
            for h in headers:
                index.setdefault(header_key(h), name)
        return index

    def value(self, kind: str, text: str) -> str | None:
        """The code the mapping gives an export's value, if any."""
        return self.values.get(kind, {}).get(value_key(text))

    def merged(self, other: "Mapping") -> "Mapping":
        columns = dict(self.columns)
        columns.update(other.columns)
        values = {k: dict(v) for k, v in self.values.items()}
        for kind, table in other.values.items():
            values.setdefault(kind, {}).update(table)
        return Mapping(columns=columns, values=values,
                       encoding=other.encoding or self.encoding,
                       delimiter=other.delimiter or self.delimiter)


def parse_mapping(text: str) -> Mapping:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(why=str(exc)) from None
    columns: dict[str, tuple[str, ...]] = {}
    for name, headers in (data.get("columns") or {}).items():
        if name not in FIELDS:
            raise MappingError(why=f"unbekanntes Feld {name!r}")
        if isinstance(headers, str):
            headers = [headers]
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise MappingError(why=f"Spalten von {name!r} als Liste von Texten angeben")
        columns[name] = tuple(headers)
    values: dict[str, dict[str, str]] = {}
    for kind, table in (data.get("values") or {}).items():
        if kind not in _VALUE_KINDS or not isinstance(table, dict):
            raise MappingError(why=f"unbekannte Werteliste {kind!r}")
        values[kind] = {value_key(str(k)): str(v).strip() for k, v in table.items()}
    options = data.get("options") or {}
    encoding = options.get("encoding")
    delimiter = options.get("delimiter")
    if encoding is not None and encoding.lower().replace("_", "-") not in (
            "utf-8", "utf-8-sig", "cp1252", "windows-1252"):
        raise MappingError(why=f"Zeichenkodierung {encoding!r} (utf-8 oder cp1252)")
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise MappingError(why=f"Trennzeichen {delimiter!r}")
    return Mapping(columns=columns, values=values, encoding=encoding, delimiter=delimiter)


@functools.cache
def default_mapping() -> Mapping:
    text = (resources.files("desk_app") / "resources" / "import" / "default_mapping.toml"
            ).read_text(encoding="utf-8")
    return parse_mapping(text)


def load_mapping(text: str | None) -> Mapping:
    """The defaults, with a mapping file's entries over them."""
    if text is None:
        return default_mapping()
    return default_mapping().merged(parse_mapping(text))
