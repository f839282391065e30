"""The pickup slip and the handover confirmation, built from the database and rendered:
the text is extracted with pypdf and the barcodes are decoded with zxing-cpp."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import errors
from desk_app.domain.document_orders import SlipNotAvailable
from desk_app.domain.partial_date import PartialDate
from desk_app.printing import render_handover_confirmation, render_pickup_slip
from desk_app.printing.barcode import format_reference
from desk_app.printing.data import DocumentType
from desk_app.services import document_orders as docs
from tests.printing.conftest import decode_barcodes, pdf_text
from tests.support import at

from .helpers import act, applicant, office, order


async def test_pickup_slip_from_the_database_shows_and_encodes_the_reference(db):
    o = await office(db, now=at(9))
    entry_id, applicant_id = await applicant(o, "Yılmaz", "Zeynep", file_number="AZ 3-77/26",
                                             preferred_language="tr")
    v = await order(o, applicant_id=applicant_id, entry_id=entry_id)
    data = await o.clerk.read(docs.pickup_slip_data, v.id, office_name="Ausländerbehörde Test")
    assert data.reference == v.reference and data.document_type == DocumentType.EAT
    assert (data.family_name, data.given_name, data.file_number) == ("Yılmaz", "Zeynep", "AZ 3-77/26")
    assert data.date_of_birth == PartialDate(1985, 8, 12)
    assert data.order_date == dt.date(2026, 11, 25) and data.ready_from is None
    assert data.service_point == "DLZ Bürgerdienste International"
    assert data.address == "Ludwigstraße 3, Erdgeschoss" and data.opening_hours
    assert data.language == "tr"
    pdf = render_pickup_slip(data)
    text = pdf_text(pdf)
    for expected in (format_reference(v.reference), "Yılmaz", "AZ 3-77/26",
                     "DLZ Bürgerdienste International", "Ludwigstraße 3"):
        assert expected in text, expected
    codes = decode_barcodes(pdf)
    assert codes.get("Code 128") == [v.reference]
    assert codes.get("QR Code") == [v.reference]
    # what the scanner reads opens the record
    assert (await o.clerk.read(docs.find_by_scan, codes["Code 128"][0] + "\n")).id == v.id


async def test_pickup_slip_of_a_travel_document_after_arrival(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id, doc_type="TRAVEL_DOC")
    o.clock.set(at(9, day=dt.date(2026, 12, 21)))
    await act(o.clerk, docs.mark_arrived, v.id)
    data = await o.clerk.read(docs.pickup_slip_data, v.id, language="en", copy=True)
    assert data.document_type == DocumentType.TRAVEL_DOCUMENT
    assert data.ready_from == dt.date(2026, 12, 21) and data.language == "en" and data.copy
    assert "Reiseausweis" in pdf_text(render_pickup_slip(data))


async def test_no_pickup_slip_for_a_closed_order(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.cancel, v.id)
    with pytest.raises(SlipNotAvailable, match="Storniert"):
        await o.clerk.read(docs.pickup_slip_data, v.id)
    with pytest.raises(errors.NotFound):
        await o.clerk.read(docs.pickup_slip_data, 999999)


async def test_handover_confirmation_from_the_database(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o, file_number="AZ 3-9/26")
    v = await order(o, applicant_id=applicant_id)
    with pytest.raises(SlipNotAvailable, match="Bestellt"):
        await o.clerk.read(docs.handover_data, v.id)
    await act(o.clerk, docs.mark_arrived, v.id, card_number="L01X00T47")
    o.clock.set(at(10, 30))
    await act(o.lead, docs.hand_out, v.id)
    data = await o.clerk.read(docs.handover_data, v.id)
    assert data.handed_out_at == at(10, 30) and data.serial_number == "L01X00T47"
    assert data.clerk_name == "Frau Becker (Schichtleitung)" and data.collected_by is None
    assert data.reference == v.reference and data.file_number == "AZ 3-9/26"
    text = pdf_text(render_handover_confirmation(data))
    for expected in ("Muster", "L01X00T47", "Frau Becker", "DLZ Bürgerdienste International"):
        assert expected in text, expected
    with pytest.raises(errors.ValidationFailed, match="selbst"):
        await o.clerk.read(docs.handover_data, v.id, collected_by="Jemand Anderes")


async def test_handover_confirmation_names_the_authorised_collector(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.mark_arrived, v.id)
    with pytest.raises(errors.ValidationFailed, match="zu lang"):
        await act(o.clerk, docs.hand_out, v.id, collected_by="M" * 201, power_of_attorney=True)
    done = await act(o.clerk, docs.hand_out, v.id, collected_by="  Max \n Bevollmächtigt ",
                     power_of_attorney=True)
    assert done.collected_by == "Max Bevollmächtigt"      # stored, trimmed, one line
    # printed again later (another session, another workstation): the stored name
    data = await o.lead.read(docs.handover_data, v.id)
    assert data.collected_by == "Max Bevollmächtigt"
    assert "Max Bevollmächtigt" in pdf_text(render_handover_confirmation(data))
    assert (await o.lead.read(docs.get_order, v.id)).collected_by == "Max Bevollmächtigt"


async def test_the_purge_removes_the_stored_collector_name(db):
    from desk_app.services.retention import purge

    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.mark_arrived, v.id)
    await act(o.clerk, docs.hand_out, v.id, collected_by="Max Bevollmächtigt",
              power_of_attorney=True)
    o.clock.set(at(9, 0) + dt.timedelta(days=120))
    result = await o.admin.write(purge, o.admin.ctx, days=90)
    assert result.applicants == 1
    gone = await o.admin.read(docs.get_order, v.id)
    assert gone.collected_by is None and gone.family_name == "—"
