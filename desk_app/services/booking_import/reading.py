"""From the file's bytes to numbered lines of fields: encoding and delimiter from the
header line, CSV quoting by the standard (RFC 4180: a quoted field may hold the delimiter
and doubled quotes), every line on its own, so that one bad line spoils no other."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from .mapping import FIELDS, LABELS, REQUIRED, Mapping, header_key
from .problems import ImportProblem, ImportRejected

MAX_BYTES = 20_000_000
DELIMITERS = (";", ",", "\t", "|")


@dataclass(frozen=True, slots=True)
class RawLine:
    """One person of one booking, as the file has it."""

    line: int                      # 1-based line number in the file
    fields: dict[str, str]         # field → text (stripped)
    raw: tuple[str, ...]           # the line's cells, for the reject file
    problems: tuple[str, ...] = () # what is wrong with the line as text


@dataclass(frozen=True)
class Source:
    header: tuple[str, ...]
    delimiter: str
    encoding: str
    lines: list[RawLine]
    unmapped: tuple[str, ...] = ()  # headers that map to no field (ignored)


def check_size(data: bytes) -> None:
    if len(data) > MAX_BYTES:
        raise ImportRejected([ImportProblem(0, "Die Datei ist zu groß (über 20 MB).")])
    if not data.strip(b"\r\n\t \xef\xbb\xbf"):
        raise ImportRejected([ImportProblem(0, "Die Datei ist leer.")])
    if b"\x00" in data:
        raise ImportRejected([ImportProblem(0, "Das ist keine Textdatei (CSV).")])


def detect_encoding(data: bytes, forced: str | None = None) -> str:
    """UTF-8 with or without BOM, else Windows-1252, decided on the header line; a header
    of plain ASCII leaves it to the whole file."""
    if forced:
        return "cp1252" if forced.lower().replace("_", "-") in ("cp1252", "windows-1252") \
            else "utf-8-sig"
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    header = data.split(b"\n", 1)[0]
    try:
        header.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    if not header.isascii():
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def detect_delimiter(header: str) -> str:
    """The candidate that splits the header line (outside quotes) most often."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


class _Dialect(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    strict = True


def _dialect(delimiter: str) -> type[csv.Dialect]:
    return type("ExportDialect", (_Dialect,), {"delimiter": delimiter})


def split_line(text: str, dialect) -> tuple[list[str] | None, str | None]:
    """The cells of one physical line, or (None, why) when its quoting is broken."""
    if '"' not in text:
        return text.split(dialect.delimiter), None
    try:
        rows = list(csv.reader([text], dialect))
    except csv.Error as exc:
        why = str(exc)
        if "unexpected end of data" in why or "newline inside string" in why:
            return None, "Anführungszeichen nicht geschlossen."
        return None, "Anführungszeichen falsch gesetzt (ein Feld in Anführungszeichen " \
                     "muss direkt danach enden, \"\" steht für ein Anführungszeichen)."
    return (rows[0] if rows else []), None


def read_csv(data: bytes, mapping: Mapping) -> Source:
    check_size(data)
    encoding = detect_encoding(data, mapping.encoding)
    text = data.decode(encoding, errors="replace")
    lines = text.split("\n")
    header_text = lines[0].rstrip("\r")
    delimiter = mapping.delimiter or detect_delimiter(header_text)
    dialect = _dialect(delimiter)
    header, why = split_line(header_text, dialect)
    if header is None:
        raise ImportRejected([ImportProblem(1, "Kopfzeile: " + why)])
    index: dict[str, int] = {}
    unmapped = []
    for i, h in enumerate(header):
        name = mapping.header_index.get(header_key(h))
        if name is None:
            if h.strip():
                unmapped.append(h.strip())
            continue
        index.setdefault(name, i)
    missing = [LABELS[k] for k in REQUIRED if k not in index]
    if missing:
        found = ", ".join(repr(h) for h in header[:20])
        raise ImportRejected([ImportProblem(
            1, f"Spalten fehlen: {', '.join(missing)} (Kopfzeile: {found}; Trennzeichen "
               f"{delimiter!r}; eine Zuordnungsdatei mit --mapping kann sie benennen).")])
    width = len(header)
    out: list[RawLine] = []
    for number, line_text in enumerate(lines[1:], start=2):
        line_text = line_text.rstrip("\r")
        if not line_text.strip().strip(delimiter).strip():
            continue
        cells, why = split_line(line_text, dialect)
        problems: list[str] = []
        if cells is None:
            out.append(RawLine(number, {}, (line_text,), (why,)))
            continue
        if "\ufffd" in line_text:
            problems.append(f"Zeichen nicht lesbar (die Datei ist nicht durchgehend "
                            f"{'UTF-8' if encoding.startswith('utf') else 'Windows-1252'}).")
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(f"Die Zeile hat {len(cells)} Felder, die Kopfzeile {width} "
                            f"(ein Trennzeichen {delimiter!r} ohne Anführungszeichen?).")
        fields = {name: _unprefixed(cells[i].strip()) if i < len(cells) else ""
                  for name, i in index.items()}
        out.append(RawLine(number, fields, tuple(cells), tuple(problems)))
    return Source(header=tuple(header), delimiter=delimiter, encoding=encoding, lines=out,
                  unmapped=tuple(unmapped))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _unprefixed(value: str) -> str:
    """The apostrophe that csv_safe.neutralise put before a formula-like cell (the
    reject file, a spreadsheet's export) is dropped again, so that a corrected reject
    file imports the values the booking system had."""
    if value.startswith("'") and value[1:2].startswith(_FORMULA_START) and len(value) > 1:
        return value[1:]
    return value


def empty_fields() -> dict[str, str]:
    return dict.fromkeys(FIELDS, "")
