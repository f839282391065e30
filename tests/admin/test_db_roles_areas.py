"""The desk roles' grants for every area, under REAL PostgreSQL login roles (CLERK,
RECEPTION, SHIFT_LEAD, ADMIN of issue 13): the pickup desk, the appointment book, intake,
the silent alarm and the statistics layouts. Each area: what the role may do goes through
the real services; what it may not is refused BY THE DATABASE: the actor then claims
ADMIN, so the service's own permission check says yes and only the grants say no."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import ProgrammingError

from desk_app.domain import errors
from desk_app.domain.document_orders import DocState
from desk_app.domain.roles import Role
from desk_app.domain.states import Action, State
from desk_app.domain.statistics import Block, Layout
from desk_app.services import document_orders as docs
from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.idempotency import new_key
from desk_app.services.intake import Intake, PersonCompletion
from desk_app.services.lead_facade import LeadOps
from desk_app.services.statistics_facade import StatisticsFacade
from tests.admin.pg_office import _counter, _refused, _refuses, _sql
from tests.support import DAY, person

pytestmark = pytest.mark.postgres

WORKERS = ["clerk", "reception", "lead", "admin"]
SERVERS = ["clerk", "lead", "admin"]          # SERVE: the pickup desk


async def _refused_by_db(call) -> None:
    with pytest.raises(ProgrammingError) as caught:
        await call
    assert _refused(caught.value), caught.value


async def _walk_in(office, family: str, sp: str = "BI"):
    entry = await office.desk_as("reception").register_walk_in(
        service_point_id=office.sp[sp], applicants=[person(family)])
    return entry, entry.members[0].applicant_id


async def _at_counter(office, key: str, counter: str = "Schalter I1"):
    return office.desk_as(key, counter_id=await _counter(office, counter))


# -- the pickup desk: order, arrive, hand out --------------------------------------------
async def _order(desk, entry, applicant_id, sp_id):
    return await desk.write(docs.order_document, desk.ctx, key=new_key(),
                            applicant_id=applicant_id, doc_type="EAT",
                            collect_service_point_id=sp_id, entry_id=entry.id)


@pytest.mark.parametrize("key", SERVERS)
async def test_pickup_desk_orders_arrives_and_hands_out(office, key):
    desk = await _at_counter(office, key)
    entry, applicant_id = await _walk_in(office, f"Abholung-{key}")
    order = await _order(desk, entry, applicant_id, office.sp["BI"])
    assert order.state == DocState.ORDERED
    arrived = await desk.write(docs.mark_arrived, desk.ctx, order.id, key=new_key())
    assert arrived.state == DocState.ARRIVED
    out = await desk.write(docs.hand_out, desk.ctx, order.id, key=new_key())
    assert out.state == DocState.HANDED_OUT


async def test_reception_cannot_order_arrive_or_hand_out(office):
    clerk = await _at_counter(office, "clerk")
    entry, applicant_id = await _walk_in(office, "Abholung-Theke")
    ordered = await _order(clerk, entry, applicant_id, office.sp["BI"])
    other = await _order(clerk, entry, applicant_id, office.sp["BI"])
    arrived = await clerk.write(docs.mark_arrived, clerk.ctx, other.id, key=new_key())
    reception = office.desk_as("reception", role=Role.ADMIN)
    await _refused_by_db(_order(reception, entry, applicant_id, office.sp["BI"]))
    await _refused_by_db(reception.write(docs.mark_arrived, reception.ctx, ordered.id,
                                         key=new_key()))
    await _refused_by_db(reception.write(docs.hand_out, reception.ctx, arrived.id,
                                         key=new_key()))
    await _refuses(office, "reception", "UPDATE document_orders SET state = 'HANDED_OUT' "
                   "WHERE id = :o", o=arrived.id)
    rows = await _sql(office, "admin", "SELECT state FROM document_orders WHERE id IN (:a, :b) "
                      "ORDER BY id", a=ordered.id, b=arrived.id)
    assert rows == [("ORDERED",), ("ARRIVED",)]


# -- the appointment book: book, move, cancel; closing a day ----------------------------
@pytest.mark.parametrize("key", WORKERS)
async def test_appointment_book_books_moves_and_cancels(office, key):
    book = AppointmentBook(office.desk_as(key))
    free = await book.next_free(service_point_id=office.sp["BI"], service_id=None, count=2)
    first, second = (s.starts_at for s in free.slots[:2])
    entry = await book.book(service_point_id=office.sp["BI"], service_id=None,
                            starts_at=first, applicants=[person(f"Termin-{key}")])
    assert entry.state == State.BOOKED and entry.scheduled_at == first
    moved = await book.reschedule(entry.id, starts_at=second, reason="Wunsch der Person")
    assert moved.scheduled_at == second
    cancelled = await book.desk.act(entry.id, Action.CANCEL)
    assert cancelled.state == State.CANCELLED


@pytest.mark.parametrize("key", ["clerk", "reception"])
async def test_only_leads_close_a_day_or_change_capacity(office, key):
    book = AppointmentBook(office.desk_as(key, role=Role.ADMIN))
    day = DAY + dt.timedelta(days=63)
    await _refused_by_db(book.move_day(service_point_id=office.sp["EU"], day=day,
                                       reason="Betriebsausflug"))
    await _refuses(office, key, "DELETE FROM capacity_rules")
    await _refuses(office, key, "DELETE FROM blocked_times")


async def test_a_lead_closes_a_day(office):
    book = AppointmentBook(office.desk_as("lead"))
    result = await book.move_day(service_point_id=office.sp["EU"],
                                 day=DAY + dt.timedelta(days=64), reason="Betriebsausflug")
    assert result is not None
    rows = await _sql(office, "lead", "SELECT count(*) FROM blocked_times WHERE reason = :r",
                      r="Betriebsausflug")
    assert rows[0][0] >= 1


# -- intake: completing a person, the import --------------------------------------------
HEADER = ("Buchungsnummer;Datum;Uhrzeit;Dienststelle;Nachname;Vorname;Geburtsdatum;"
          "Staatsangehörigkeit;E-Mail;Telefon;Aktenzeichen\n")


@pytest.mark.parametrize("key", WORKERS)
async def test_intake_imports_and_completes_a_person(office, key):
    intake = Intake(office.desk_as(key))
    ref = f"IMP-{key.upper()}"
    line = f"{ref};26.11.2026;9:00;BI;Import-{key};Ina;12.08.1985;;;;\n"
    report = await intake.run_import((HEADER + line).encode())
    assert report.rejected == () and report.committed and report.new == (ref,)
    tomorrow = DAY + dt.timedelta(days=1)
    booked = next(r for r in await intake.bookings(tomorrow)
                  if r.booking_reference == ref)
    assert booked.nationality is None
    after = await intake.complete(booked.applicant_id,
                                  PersonCompletion(nationality="ukrainisch"))
    assert after is not None and after.nationality == "UKR"


async def test_intake_cannot_complete_a_person_of_a_restricted_service_point(office):
    rows = await _sql(office, "admin", "SELECT applicant_id FROM entry_applicants "
                      "WHERE entry_id = :e", e=office.entries["asyl"])
    hidden = rows[0][0]
    outsider = Intake(office.desk_as("clerk", role=Role.ADMIN))
    with pytest.raises(errors.NotFound):    # row-level security: the row is not there
        await outsider.complete(hidden, PersonCompletion(nationality="ukrainisch"))
    rows = await _sql(office, "clerk", "UPDATE applicants SET nationality = 'UKR' "
                      "WHERE id = :a RETURNING id", a=hidden)
    assert rows == []
    nationality = "SELECT nationality FROM applicants WHERE id = :a"
    assert (await _sql(office, "admin", nationality, a=hidden))[0][0] != "UKR"
    insider = Intake(office.desk_as("clerk_asyl"))
    await insider.complete(hidden, PersonCompletion(nationality="ukrainisch"))
    assert await _sql(office, "clerk_asyl", nationality, a=hidden) == [("UKR",)]


@pytest.mark.parametrize("key", ["clerk", "reception", "lead"])
async def test_only_admin_purges_through_intake_tables(office, key):
    await _refuses(office, key, "DELETE FROM applicants")
    await _refuses(office, key, "DELETE FROM queue_entries")


# -- the silent alarm: raise, acknowledge -------------------------------------------------
@pytest.mark.parametrize("key", WORKERS)
async def test_alarm_raised_and_acknowledged(office, key):
    counter = None if key == "reception" else await _counter(office, "Schalter I1")
    mine = await LeadOps(office.desk_as(key, counter_id=counter)).raise_alarm()
    acked = await LeadOps(office.desk_as("lead")).acknowledge_alarm(mine)
    assert acked.acknowledged_at is not None
    theirs = await LeadOps(await _at_counter(office, "clerk", "Schalter I2")).raise_alarm()
    acked = await LeadOps(office.desk_as(key)).acknowledge_alarm(theirs)
    assert acked.acknowledged_by_name == f"Test {key}"


@pytest.mark.parametrize("key", WORKERS)
@pytest.mark.parametrize("sql", [
    "UPDATE alarms SET raised_at = now()", "UPDATE alarms SET raised_by = NULL",
    "UPDATE alarms SET counter_id = NULL", "UPDATE alarms SET station = 'x'",
    "DELETE FROM alarms", "TRUNCATE alarms",
])
async def test_an_alarm_is_never_rewritten_or_deleted(office, key, sql):
    await LeadOps(await _at_counter(office, "clerk")).raise_alarm()
    await _refuses(office, key, sql)


# -- statistics layouts: save, read -------------------------------------------------------
def _layout(name: str) -> Layout:
    return Layout(name=name, blocks=(Block("Nur BI", include=("BI",)),))


@pytest.mark.parametrize("key", ["lead", "admin"])
async def test_leads_save_and_read_layouts(office, key):
    facade = StatisticsFacade(office.desk_as(key))
    saved = _layout(f"Layout {key}")
    await facade.save_layout(saved)
    assert saved in await facade.layouts()
    assert await facade.delete_layout(saved.name)


@pytest.mark.parametrize("key", ["clerk", "reception"])
async def test_clerks_cannot_save_or_delete_layouts(office, key):
    await StatisticsFacade(office.desk_as("lead")).save_layout(_layout("Geteilt"))
    facade = StatisticsFacade(office.desk_as(key, role=Role.ADMIN))
    await _refused_by_db(facade.save_layout(_layout(f"Layout {key}")))
    await _refused_by_db(facade.delete_layout("Geteilt"))
    assert _layout("Geteilt") in await StatisticsFacade(office.desk_as("lead")).layouts()


# -- opening hours, typed (migration 0017): the admin's reference data ---------------------
async def test_only_admin_changes_opening_hours(office):
    from dataclasses import replace

    from desk_app.services import admin

    boss = office.desk_as("admin")
    sp = next(s for s in await boss.read(admin.list_service_points) if s.code == "EU")
    saved = await boss.write(admin.save_service_point, boss.ctx,
                             replace(sp, opening_hours="Mo–Fr 8:00–12:00"))
    assert saved.opening_hours == "Mo, Di, Mi, Do, Fr 08:00–12:00"
    for key in ("clerk", "reception", "lead"):
        desk = office.desk_as(key, role=Role.ADMIN)
        await _refused_by_db(desk.write(admin.save_service_point, desk.ctx,
                                        replace(saved, opening_hours="Sa 9:00–10:00")))
        await _refuses(office, key, "DELETE FROM service_point_hours")
    rows = await _sql(office, "clerk", "SELECT count(*) FROM service_point_hours "
                      "WHERE service_point_id = :s", s=sp.id)
    assert rows == [(5,)]


# -- every table has its grants decided ----------------------------------------------------
def test_every_table_has_its_grants_decided():
    """A new table (a migration) must be named in db_roles.py: written by some group, or
    read-only. Checked against the models (tests/schema checks models = migrations)."""
    from desk_app.models import Base
    from desk_app.services.db_roles import decided_tables

    missing = sorted(set(Base.metadata.tables) - decided_tables())
    assert missing == [], f"no grants decided in services/db_roles.py for {missing}"
