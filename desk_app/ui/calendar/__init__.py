"""The calendar of a service point's week: slots, bookings, free places, blocked times
and holidays; keyboard and mouse; drag a booking onto another slot to reschedule it."""

from .view import CalendarScreen

__all__ = ["CalendarScreen"]
