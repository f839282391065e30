"""Importing booked appointments from a booking system's export (CSV or iCalendar).

- **Mapping:** headers and values are mapped to fields by a TOML file; the defaults
  (``desk_app/resources/import/default_mapping.toml``) know the usual German and English
  headers. Service points and services are matched by code or name, ignoring case and
  spacing; nationality by ISO code, country name or German adjective (CLDR via Babel).
- **Reading:** encoding (UTF-8 with or without BOM, Windows-1252) and delimiter come from
  the header line; quoting is RFC 4180, checked on every line on its own.
- **Every problem in one run:** each invalid line is reported with its number and every
  reason. By default the valid bookings are imported and the invalid lines are returned
  for a reject file (``ImportReport.reject_file``); ``strict`` imports all or nothing.
  One transaction: nothing is ever half-written.
- **Re-imports:** the booking reference identifies a booking. Unchanged lines change
  nothing; a changed booking is updated unless it is no longer BOOKED (then reported);
  a stored booking missing from the file's days and service points is reported, never
  deleted.

One line per person; lines with the same reference form one entry (a family).
"""

from .checking import Rejected
from .importing import import_bookings, read_source
from .mapping import Mapping, MappingError, default_mapping, load_mapping
from .problems import ImportProblem, ImportRejected
from .report import ImportReport, Missing, NotUpdated

__all__ = ["import_bookings", "read_source", "ImportReport", "ImportProblem", "ImportRejected",
           "Mapping", "MappingError", "Missing", "NotUpdated", "Rejected", "default_mapping",
           "load_mapping"]
