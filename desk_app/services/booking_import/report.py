"""What an import did or would do: plain dataclasses, and the reject file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, replace

from desk_app.domain.csv_safe import neutralise

from .checking import Rejected
from .problems import ImportProblem

REASON_HEADER = "Fehler"


@dataclass(frozen=True)
class NotUpdated:
    """A changed line of a booking that is no longer BOOKED (checked in, no-show, …)."""

    reference: str
    line: int
    state: str


@dataclass(frozen=True)
class Missing:
    """A stored booking of the file's days and service points that the file lacks."""

    reference: str
    business_day: dt.date
    time: str
    service_point: str
    state: str


@dataclass(frozen=True)
class ImportReport:
    header: tuple[str, ...]
    delimiter: str
    encoding: str
    new: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    not_updated: tuple[NotUpdated, ...]
    missing: tuple[Missing, ...]
    rejected: tuple[Rejected, ...]          # every invalid line with all its reasons
    warnings: tuple[ImportProblem, ...]
    people: int                             # people of the new bookings
    strict: bool
    dry_run: bool
    committed: bool                         # False: nothing was written
    unmapped_headers: tuple[str, ...] = ()

    def done(self) -> "ImportReport":
        return replace(self, committed=True)

    @property
    def imported(self) -> int:
        """New bookings written (the name the first importer's result used)."""
        return len(self.new) if self.committed else 0

    @property
    def rejected_bookings(self) -> int:
        refs = {r.reference for r in self.rejected if r.reference}
        return len(refs) + sum(1 for r in self.rejected if not r.reference)

    @property
    def problems(self) -> list[ImportProblem]:
        return [ImportProblem(r.line, " ".join(r.reasons)) for r in self.rejected]

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        """One line in German: neu, geändert, unverändert, abgelehnt."""
        return (f"{len(self.new)} neu, {len(self.updated)} geändert, "
                f"{len(self.unchanged)} unverändert, {self.rejected_bookings} abgelehnt "
                f"({len(self.rejected)} Zeilen)")

    def reject_file(self) -> bytes:
        """The rejected lines as the file had them, plus a column with every reason;
        in UTF-8 with BOM (spreadsheets then read it right), with formula injection
        neutralised."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=self.delimiter, quotechar='"',
                            quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in (*self.header, REASON_HEADER)])
        width = len(self.header)
        for r in self.rejected:
            cells = list(r.raw[:width]) + [""] * (width - len(r.raw[:width]))
            if len(r.raw) == 1 and width > 1 and r.raw[0].count(self.delimiter):
                cells = [r.raw[0]] + [""] * (width - 1)  # a line that could not be split
            reason = f"Zeile {r.line}: " + " ".join(r.reasons)
            writer.writerow([neutralise(c) for c in (*cells, reason)])
        return ("\ufeff" + out.getvalue()).encode("utf-8")
