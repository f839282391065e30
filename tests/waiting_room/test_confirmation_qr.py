"""The appointment confirmation carries the booking reference as a QR code (decoded),
in German and in a right-to-left language; the wait ticket prints the estimate."""

from __future__ import annotations

import dataclasses

import pytest

from desk_app.printing import render_appointment_confirmation, render_wait_ticket
from desk_app.printing.samples import sample_documents as samples
from tests.printing.conftest import decode_barcodes, pdf_text


@pytest.mark.parametrize("language", ["de", "ar"])
def test_confirmation_qr_decodes_to_the_booking_reference(language):
    data = dataclasses.replace(samples(language)["appointment_confirmation"],
                               booking_reference="TKX4MN7Q")
    codes = decode_barcodes(render_appointment_confirmation(data))
    assert codes.get("QR Code") == ["TKX4MN7Q"]


def test_wait_ticket_prints_the_estimate():
    data = dataclasses.replace(samples("de")["wait_ticket"], estimated_wait_minutes=25)
    text = pdf_text(render_wait_ticket(data))
    assert "25" in text and "Min" in text
