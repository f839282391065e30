"""Imported bookings take places of the appointment book's slots (issue 15).

An imported booking takes a place of the slot that holds its time, as a booking made in
the appointment book does (``capacity_store.take_place``): one place per booking (a
family is one place), never more than the slot's capacity plus the overbooking
allowance. A booking that does not fit, or whose time is no slot of a service point that
has opening hours, is refused with its reason (it goes to the reject file); the rest of
the file is imported. A service point without any hours books without a slot, as before.

For a whole file at once: one capacity read per service point, the slot rows made in one
statement (sorted, so two imports wait for each other instead of deadlocking), locked in
id order (PostgreSQL, ``FOR UPDATE``: a booking at the same moment in the appointment
book waits, and the counts are read after the lock), counted in one statement. A dry run
reads the same counts without making or locking rows.

Only new bookings and stored ones whose time, service point or service changed take a
place; an unchanged booking keeps the one it holds (a re-import takes no place twice).
A moved booking's old place counts until the import commits (never too many, at worst
one place too few within the same file).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain.clock import ensure_utc
from desk_app.models import AppointmentSlot, QueueEntry

from ..backend import backend_of
from ..capacity_store import FREEING_STATES, Capacity, load_capacity
from .checking import Booking, Rejected

SLOT_TABLE = AppointmentSlot.__table__
ENTRY_TABLE = QueueEntry.__table__
_CHUNK = 5000

#: (service point, service key, start): a slot's identity, as appointment_slots has it
SlotKey = tuple[int, int, dt.datetime]


@dataclass(frozen=True)
class Wanted:
    """A booking that needs a place: new, or stored and moved (``stored``; ``holds``: the
    slot it holds now, if any)."""

    booking: Booking
    stored: bool = False
    holds: int | None = None


@dataclass
class Taken:
    slots: dict[str, int | None]         # reference → slot id (None: no appointment book)
    refused: list[Rejected]              # every line of each booking that does not fit

    def refused_references(self) -> set[str]:
        return {r.reference for r in self.refused}


class _Offer:
    """One service point's capacity over the file's days, its slots per service and day
    computed once."""

    def __init__(self, capacity: Capacity) -> None:
        self.capacity = capacity
        self._slots: dict[tuple[int | None, dt.date], tuple[list, list[cap.Slot]]] = {}

    def slot(self, service_id: int | None, day: dt.date, at: dt.datetime) -> cap.Slot | None:
        """The slot holding ``at`` (as ``cap.slot_containing``), found by bisection: a
        file has thousands of bookings, a day dozens of slots."""
        found = self._slots.get((service_id, day))
        if found is None:
            slots = self.capacity.slots(day, day, service_id)
            found = self._slots[(service_id, day)] = ([s.starts_at for s in slots], slots)
        starts, slots = found
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and slots[i].starts_at <= at < slots[i].ends_at:
            return slots[i]
        return cap.slot_containing(slots, at)    # overlapping rules: look at every slot


async def take_places(session: AsyncSession, wanted: list[Wanted], *, federal_state: str,
                      write: bool) -> Taken:
    """Which bookings fit into their slots (in the file's order), and the slot ids they
    take. ``write``: makes the slot rows and locks them until the transaction ends."""
    taken = Taken({}, [])
    if not wanted:
        return taken
    offers = await _offers(session, wanted, federal_state)
    keys: dict[str, tuple[SlotKey, int]] = {}     # reference → (slot, limit)
    for w in wanted:
        b = w.booking
        offer = offers[b.service_point_id]
        if not offer.capacity.rules:
            taken.slots[b.reference] = None
            continue
        slot = offer.slot(b.service_id, b.business_day, b.scheduled_at)
        if slot is None:
            _refuse(taken, w, cap.NotASlot(when=cap.when_text(b.scheduled_at)).args[0])
            continue
        keys[b.reference] = ((b.service_point_id, slot.service_key, ensure_utc(slot.starts_at)),
                             cap.slot_limit(slot.capacity, offer.capacity.percent))
    ids = await _slot_ids(session, {k for k, _ in keys.values()}, write=write)
    counts = await _counts(session, list(ids.values()))
    booked = {key: counts.get(slot_id, 0) for key, slot_id in ids.items()}
    for w in sorted(wanted, key=lambda w: w.booking.lines[0]):
        b = w.booking
        if b.reference not in keys:
            continue
        key, limit = keys[b.reference]
        slot_id = ids.get(key)
        if w.holds is not None and w.holds == slot_id:
            taken.slots[b.reference] = slot_id       # moved within the slot it holds
        elif booked.get(key, 0) + 1 <= limit:
            booked[key] = booked.get(key, 0) + 1
            taken.slots[b.reference] = slot_id
        else:
            _refuse(taken, w, f"Der Termin {cap.when_text(key[2])} ist ausgebucht "
                              f"({limit} von {limit} Plätzen vergeben)." if limit else
                              f"Der Termin {cap.when_text(key[2])} ist gesperrt.")
    taken.refused.sort(key=lambda r: r.line)
    return taken


def _refuse(taken: Taken, w: Wanted, reason: str) -> None:
    reason += (" Die gespeicherte Buchung bleibt unverändert." if w.stored
               else " Nicht importiert.")
    taken.refused.extend(Rejected(raw.line, w.booking.reference, (reason,), raw.raw)
                         for raw in w.booking.raw)


async def _offers(session: AsyncSession, wanted: list[Wanted],
                  federal_state: str) -> dict[int, _Offer]:
    days: dict[int, list[dt.date]] = {}
    for w in wanted:
        days.setdefault(w.booking.service_point_id, []).append(w.booking.business_day)
    return {sp: _Offer(await load_capacity(session, sp, min(d), max(d), federal_state))
            for sp, d in days.items()}


async def _slot_ids(session: AsyncSession, keys: set[SlotKey], *, write: bool
                    ) -> dict[SlotKey, int]:
    """The slot rows' ids; ``write``: made where missing and locked (PostgreSQL)."""
    if not keys:
        return {}
    conn = await session.connection()
    backend = backend_of(conn)
    # SQLite serialises the writers; elsewhere the slot rows are locked (below)
    locks_rows = not backend.serialises_writers
    ordered = sorted(keys)
    if write:
        await conn.execute(backend.insert(SLOT_TABLE).on_conflict_do_nothing(
            index_elements=["service_point_id", "service_key", "starts_at"]),
            [{"service_point_id": sp, "service_key": k, "starts_at": at}
             for sp, k, at in ordered])
    sps = sorted({k[0] for k in keys})
    rows = await conn.execute(select(SLOT_TABLE.c.id, SLOT_TABLE.c.service_point_id,
                                     SLOT_TABLE.c.service_key, SLOT_TABLE.c.starts_at)
                              .where(SLOT_TABLE.c.service_point_id.in_(sps),
                                     SLOT_TABLE.c.starts_at >= min(k[2] for k in keys),
                                     SLOT_TABLE.c.starts_at <= max(k[2] for k in keys)))
    ids = {}
    for slot_id, sp, k, at in rows.all():
        key = (sp, k, ensure_utc(at))
        if key in keys:
            ids[key] = slot_id
    if write and locks_rows:
        found = sorted(ids.values())
        for i in range(0, len(found), _CHUNK):
            await conn.execute(select(SLOT_TABLE.c.id)
                               .where(SLOT_TABLE.c.id.in_(found[i:i + _CHUNK]))
                               .order_by(SLOT_TABLE.c.id).with_for_update())
    return ids


async def _counts(session: AsyncSession, slot_ids: list[int]) -> dict[int, int]:
    """Places taken per slot (after the lock: what every booking before committed)."""
    conn = await session.connection()
    out: dict[int, int] = {}
    for i in range(0, len(slot_ids), _CHUNK):
        rows = await conn.execute(
            select(ENTRY_TABLE.c.slot_id, func.count(ENTRY_TABLE.c.id))
            .where(ENTRY_TABLE.c.slot_id.in_(slot_ids[i:i + _CHUNK]),
                   ENTRY_TABLE.c.state.not_in(FREEING_STATES))
            .group_by(ENTRY_TABLE.c.slot_id))
        out.update({slot_id: int(n) for slot_id, n in rows.all()})
    return out
