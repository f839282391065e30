"""NUL, other C0/C1 controls and lone surrogates in a name, reason, note, payer or
collector are refused by the services with a message that names the field, on both
databases; nothing is stored and no database error (with the row in its text) happens."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.domain import errors
from desk_app.domain.states import Action
from desk_app.domain.text_input import check_text, refused_character
from desk_app.models import Applicant, Receipt
from desk_app.services import document_orders as orders
from desk_app.services.fees import FeeRequest
from desk_app.services.idempotency import new_key
from desk_app.services.printing_desk import ReceiptDesk
from desk_app.ui.service_texts import LABELS
from tests.services.helpers import office
from tests.support import person

HOSTILE = ["Ba\x00d", "Ba\ud800d", "Ba\udfffd", "Ba\x85d", "Ba\x9bd", "Ba\x1bd", "Ba\x7fd",
           "Ba\x0bd", "Ba\rd"]


@pytest.mark.parametrize("value", HOSTILE)
def test_refused_characters(value):
    assert refused_character(value) is not None
    assert refused_character(value, multiline=True, tab=True) is not None


def test_tab_and_line_breaks_where_allowed():
    assert refused_character("a\tb") == "\t"
    assert refused_character("a\tb", tab=True) is None
    assert refused_character("a\nb") == "\n"
    assert refused_character("a\nb\r\nc", multiline=True) is None
    assert refused_character("Groß Çağrı Nguyễn 李 محمد 👩‍👩‍👧") is None
    with pytest.raises(errors.ValidationFailed) as raised:
        check_text("x\ud800", "Grund")
    assert "Surrogat" in str(raised.value) and raised.value.params["label"] == "Grund"


def _assert_refused(raised, label: str) -> None:
    exc = raised.value
    assert isinstance(exc, errors.ValidationFailed), type(exc)
    assert exc.params["label"] == label and label in LABELS
    assert "nicht gespeichert" in str(exc)


async def _applicants(db) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(Applicant))


@pytest.mark.parametrize("value", ["Ba\x00d", "Ba\ud800d", "Ba\x85d"])
async def test_names_and_person_fields(db, value):
    o = await office(db)
    before = await _applicants(db)
    for field, label in (("family", "Familienname"), ("given", "Vorname"),
                         ("file_number", "Aktenzeichen"), ("email", "E-Mail"),
                         ("phone", "Telefon"), ("birth_date", "Geburtsdatum")):
        with pytest.raises(errors.ValidationFailed) as raised:
            await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person(**{field: value})])
        _assert_refused(raised, label)
    assert await _applicants(db) == before


@pytest.mark.parametrize("value", ["Ba\x00d", "Ba\udc80d", "Ba\x9fd"])
async def test_notes_reasons_payer_collector(db, value):
    o = await office(db)
    bi = o.sp["BI"]
    with pytest.raises(errors.ValidationFailed) as raised:
        await o.reception.register_walk_in(service_point_id=bi, applicants=[person()], notes=value)
    _assert_refused(raised, "Notiz")

    entry = await o.reception.register_walk_in(service_point_id=bi, applicants=[person()],
                                               notes="Zeile 1\nZeile 2\tmit Tab")
    assert entry.notes == "Zeile 1\nZeile 2\tmit Tab"
    called = await o.lead.call_specific(entry.id)
    serving = await o.lead.act(called.id, Action.APPEAR)
    with pytest.raises(errors.ValidationFailed) as raised:
        await o.lead.act(serving.id, Action.PARK, reason=value)
    _assert_refused(raised, "Grund")
    with pytest.raises(errors.ValidationFailed) as raised:
        await o.lead.reassign(serving.id, reason=value, counter_id=o.counter["Schalter I2"])
    _assert_refused(raised, "Grund")
    assert (await o.lead.entry(serving.id)).version == serving.version   # nothing changed

    rd = ReceiptDesk(db, o.clerk.ctx, enabled=True)
    for kwargs, label in (({"payer_name": value, "fees": [FeeRequest("FIKTION")]},
                           "Name des Zahlenden"),
                          ({"payer_name": "Erika Muster", "fees": [FeeRequest("FIKTION", value)]},
                           "Person"),
                          ({"payer_name": "Erika Muster",
                            "fees": [FeeRequest("FIKTION", exemption_reason=value)]},
                           "Grund der Gebührenbefreiung")):
        with pytest.raises(errors.ValidationFailed) as raised:
            await rd.issue(payment_method="cash", **kwargs)
        _assert_refused(raised, label)
    async with db.read() as s:
        assert await s.scalar(select(func.count()).select_from(Receipt)) == 0

    applicant = entry.members[0].applicant_id
    order = await o.lead.write(orders.order_document, o.lead.ctx, key=new_key(),
                               applicant_id=applicant, doc_type="EAT",
                               collect_service_point_id=bi)
    arrived = await o.lead.write(orders.mark_arrived, o.lead.ctx, order.id, key=new_key())
    with pytest.raises(errors.ValidationFailed) as raised:
        await o.lead.write(orders.hand_out, o.lead.ctx, order.id, key=new_key(),
                           collected_by=value, power_of_attorney=True,
                           expected_version=arrived.version)
    _assert_refused(raised, "Name der abholenden Person")
    async with db.read() as s:
        assert (await orders.get_order(s, order.id)).state.value == "ARRIVED"
