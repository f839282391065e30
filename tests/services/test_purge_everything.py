"""The purge leaves nothing personal: a day with a distinctive person in every table and
document (names, birth date, file number, e-mail, phone, notes and reasons, the collector,
the card number, the payer, and the stored PDFs of slips, confirmations and receipts),
purged, then the whole database dumped (pg_dump on PostgreSQL, iterdump on SQLite) and
searched. Receipts keep the payer until the accounting retention has passed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desk_app.domain.states import Action, Outcome
from desk_app.models import PrintJob, Receipt, ReceiptItem
from desk_app.printing import AppointmentConfirmationData
from desk_app.services import document_orders as orders
from desk_app.services.fees import FeeRequest
from desk_app.services.idempotency import new_key
from desk_app.services.printing_desk import PrintDesk, ReceiptDesk
from desk_app.services.receipts import receipt_document
from desk_app.services.retention import ANONYMISED, purge, settle_after_purge
from tests.services.helpers import office
from tests.support import DAY, at

FAMILY, GIVEN = "Quetzalwydrowski", "Xanthippea"
COLLECTOR = "Zoltavernikus Bevollmächtigt"
PAYER = "Pyrrhokleidis Zahler"
#: what must be found nowhere after the purge (case-insensitive)
SECRETS = [FAMILY, GIVEN, "Zoltavernikus", "Pyrrhokleidis", "1911-03-07", "07.03.1911",
           "AZ-9931-QX", "qx9931@example.org", "+49 30 99319931", "CARDQX9931",
           "Rollstuhl Quetz", "Parkgrund Quetz", "Weiterleitung Quetz", "Verlegung Quetz",
           "Verspätung Quetz", "Umbuchung Quetz"]


def _person(**kw):
    from desk_app.services.applicant_input import ApplicantInput

    return ApplicantInput(family_name=FAMILY, given_name=GIVEN, birth_date="07.03.1911",
                          nationality="TUR", file_number="AZ-9931-QX",
                          email="qx9931@example.org", phone="+49 30 99319931",
                          preferred_language="de", **kw)


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


async def _a_day_with_the_name_everywhere(o):
    """Every table and document that can hold the person gets them (or their collector,
    payer, notes, reasons); returns the print desk."""
    bi, eu = o.sp["BI"], o.sp["EU"]
    lead = o.lead
    booked = await lead.book(service_point_id=bi, scheduled_at=at(8, 0), applicants=[_person()],
                             notes="Rollstuhl Quetzalwydrowski")
    o.clock.set(at(8, 45))                                   # 45 minutes late: a reason
    entry = await lead.act(booked.id, Action.CHECK_IN, reason="Verspätung Quetzalwydrowski")
    await lead.reassign(entry.id, reason="Verlegung Quetzalwydrowski",
                        counter_id=o.counter["Schalter I2"])
    entry = await lead.call_specific(entry.id)
    entry = await lead.act(entry.id, Action.APPEAR)
    entry = await lead.act(entry.id, Action.PARK, reason="Parkgrund Quetzalwydrowski")
    entry = await lead.act(entry.id, Action.RESUME)
    entry = await lead.call_specific(entry.id)
    entry = await lead.act(entry.id, Action.APPEAR)
    entry = await lead.act(entry.id, Action.FORWARD, target_service_point_id=eu,
                           reason="Weiterleitung Quetzalwydrowski")
    entry = await lead.call_specific(entry.id)
    entry = await lead.act(entry.id, Action.APPEAR)
    applicant = entry.members[0].applicant_id
    entry = await lead.act(entry.id, Action.FINISH,
                           outcomes={applicant: Outcome.DOCUMENT_ORDERED})

    prints = PrintDesk(o.db, lead.ctx, spooler=None, default_printer="")
    await prints.print_document(AppointmentConfirmationData(
        family_name=FAMILY, given_name=GIVEN, appointment_at=at(8, 0), service="Ausgabe eAT",
        service_point="BI", address="", booking_reference=entry.booking_reference or ""),
        entity="entry", entity_id=entry.id)
    order = await lead.write(orders.order_document, lead.ctx, key=new_key(),
                             applicant_id=applicant, doc_type="EAT", collect_service_point_id=bi,
                             entry_id=entry.id)
    async with o.db.read() as s:
        slip = await orders.pickup_slip_data(s, order.id)
    await prints.print_document(slip, entity="document_order", entity_id=order.id)
    arrived = await lead.write(orders.mark_arrived, lead.ctx, order.id, key=new_key(),
                               card_number="CARDQX9931")
    handed = await lead.write(orders.hand_out, lead.ctx, order.id, key=new_key(),
                              collected_by=COLLECTOR, power_of_attorney=True,
                              expected_version=arrived.version)
    async with o.db.read() as s:
        handover = await orders.handover_data(s, handed.id)
    await prints.print_document(handover, entity="document_order", entity_id=order.id)

    rd = ReceiptDesk(o.db, o.clerk.ctx, enabled=True)
    receipt = await rd.issue(payer_name=PAYER, payment_method="cash", entry_id=entry.id,
                             fees=[FeeRequest("FIKTION", f"{GIVEN} {FAMILY}",
                                              applicant_id=applicant)])
    data = receipt_document(receipt, office_name="Ausländerbehörde", office_address="",
                            place="München")
    await prints.print_document(data, entity="receipt", entity_id=receipt.id)
    await prints.reprint(data, entity="receipt", entity_id=receipt.id)

    # the appointment book (issue 15): a booked slot, moved with a reason
    from tests.appointments.helpers import MONDAY, local
    from tests.appointments.test_booking import setup as book_setup

    book, eu_sp, _, _ = await book_setup(o.db)
    slot = await book.book(service_point_id=eu_sp, service_id=None,
                           starts_at=local(MONDAY, 8, 20), applicants=[_person()])
    await book.reschedule(slot.id, starts_at=local(MONDAY, 8, 40),
                          reason="Umbuchung Quetzalwydrowski")

    walk_in = await o.reception.register_walk_in(
        service_point_id=bi, applicants=[dataclasses.replace(_person(), applicant_id=applicant)],
        notes="Rollstuhl Quetzalwydrowski")
    await lead.act(walk_in.id, Action.LEAVE)
    return prints


async def _stored_pdfs(db) -> list[bytes]:
    async with db.read() as s:
        return list((await s.execute(select(PrintJob.pdf))).scalars())


def _dump(db) -> str:
    url = db.url
    if db.is_postgres:
        if not shutil.which("pg_dump"):
            pytest.skip("pg_dump is missing")
        plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
        return subprocess.run(["pg_dump", "--no-owner", plain], check=True, capture_output=True,
                              timeout=120).stdout.decode("utf-8")
    conn = sqlite3.connect(make_url(url).database)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _found(haystack: str) -> list[str]:
    low = haystack.lower()
    return [s for s in SECRETS if s.lower() in low]


def _hex_blobs_text(dump: str) -> str:
    """PDFs inside the dump (bytea/BLOB as hex), decoded and their text extracted."""
    texts = []
    for blob in re.findall(r"(?:X'|\\\\x)([0-9a-fA-F]{200,})", dump):
        raw = bytes.fromhex(blob)
        if raw.startswith(b"%PDF"):
            texts.append(_pdf_text(raw))
    return "\n".join(texts)


async def test_purge_leaves_the_name_nowhere(db):
    o = await office(db, now=at(7, 30))
    await _a_day_with_the_name_everywhere(o)

    before = _dump(db)
    assert set(_found(before)) >= {FAMILY, GIVEN, "Zoltavernikus", "Pyrrhokleidis",
                                   "1911-03-07", "AZ-9931-QX", "CARDQX9931",
                                   "Umbuchung Quetz", "Parkgrund Quetz"}
    pdfs = await _stored_pdfs(db)
    assert len(pdfs) == 5
    in_pdfs = "\n".join(_pdf_text(p) for p in pdfs)
    assert FAMILY in in_pdfs and "Zoltavernikus" in in_pdfs and "Pyrrhokleidis" in in_pdfs
    assert "07.03.1911" in in_pdfs and "AZ-9931-QX" in in_pdfs

    o.clock.set(at(12, 0, DAY + dt.timedelta(days=40)))
    result = await o.admin.write(purge, o.admin.ctx, days=30, receipt_days=30)
    await settle_after_purge(db)

    after = _dump(db)
    assert _found(after) == []
    assert result.applicants == 2 and result.print_jobs == 5 and result.receipts == 1
    assert _found(_hex_blobs_text(after)) == []
    for pdf in await _stored_pdfs(db):
        assert _found(_pdf_text(pdf)) == [] and FAMILY.encode() not in pdf
    if not db.is_postgres:   # the file itself (secure_delete, checkpointed log)
        path = make_url(db.url).database
        raw = b"".join(Path(p).read_bytes() for p in (path, path + "-wal")
                       if Path(p).exists())
        for secret in SECRETS:
            assert secret.encode() not in raw and secret.lower().encode() not in raw, secret
    async with db.read() as s:
        receipt = (await s.execute(select(Receipt))).scalar_one()
        labels = set((await s.execute(select(ReceiptItem.person_label))).scalars())
    assert receipt.payer_name == ANONYMISED and labels == {ANONYMISED}
    assert receipt.total > 0 and receipt.number == 1      # the accounting figures stay


async def test_receipts_keep_the_payer_for_the_accounting_retention(db):
    o = await office(db, now=at(9, 0))
    rd = ReceiptDesk(o.db, o.clerk.ctx, enabled=True)
    entry = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[_person()])
    await rd.issue(payer_name=PAYER, payment_method="cash", entry_id=entry.id,
                   fees=[FeeRequest("FIKTION", FAMILY)])
    o.clock.set(at(12, 0, DAY + dt.timedelta(days=40)))
    first = await o.admin.write(purge, o.admin.ctx, days=30, receipt_days=365)
    assert first.applicants == 1 and first.receipts == 0
    async with db.read() as s:
        payer = await s.scalar(select(Receipt.payer_name))
        label = await s.scalar(select(ReceiptItem.person_label))
    assert (payer, label) == (PAYER, FAMILY)        # accounting record, still named

    o.clock.set(at(12, 0, DAY + dt.timedelta(days=366)))
    later = await o.admin.write(purge, o.admin.ctx, days=30, receipt_days=365)
    assert later.receipts == 1
    async with db.read() as s:
        payer = await s.scalar(select(Receipt.payer_name))
        label = await s.scalar(select(ReceiptItem.person_label))
        count = await s.scalar(select(func.count()).select_from(Receipt))
    assert (payer, label, count) == (ANONYMISED, ANONYMISED, 1)
    again = await o.admin.write(purge, o.admin.ctx, days=30, receipt_days=365)
    assert again.receipts == 0


async def test_purge_keeps_recent_print_jobs_of_people_still_here(db):
    o = await office(db, now=at(9, 0))
    prints = PrintDesk(o.db, o.lead.ctx, spooler=None, default_printer="")
    entry = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[_person()])
    await prints.print_document(AppointmentConfirmationData(
        family_name=FAMILY, given_name=GIVEN, appointment_at=at(9, 0), service="x",
        service_point="BI", address="", booking_reference=""), entity="entry",
        entity_id=entry.id)
    o.clock.set(at(12, 0, DAY + dt.timedelta(days=5)))
    result = await o.admin.write(purge, o.admin.ctx, days=30, receipt_days=30)
    assert (result.applicants, result.print_jobs) == (0, 0)
    assert len(await _stored_pdfs(db)) == 1
