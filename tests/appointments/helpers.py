"""Helpers for the appointment book's tests."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.clock import local_to_utc
from desk_app.services.appointment_book import AppointmentBook
from tests.support import Clock, at, desk_for

# Monday 30 November 2026, 07:00 Berlin: the week of the tests (KW 49)
MONDAY = dt.date(2026, 11, 30)


def local(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return local_to_utc(day, dt.time(hh, mm))


async def book_for(db, login: str = "sbbi1", *, clock: Clock | None = None,
                   counter: str | None = "Schalter I1", federal_state: str = "NW"):
    clock = clock or Clock(local(MONDAY, 7, 0))
    desk = await desk_for(db, login, counter=counter, clock=clock)
    return AppointmentBook(desk, federal_state=federal_state), desk, clock


__all__ = ["MONDAY", "local", "book_for", "at"]
