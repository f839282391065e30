"""Every document: its fields in the extracted text, barcodes that decode, copies,
languages, page sizes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from decimal import Decimal

import pytest

from desk_app.domain.partial_date import PartialDate
from desk_app.printing import (
    DocumentType,
    FeeItem,
    PaperFormat,
    PaymentMethod,
    make_reference,
    render_appointment_confirmation,
    render_fee_receipt,
    render_handover_confirmation,
    render_pickup_slip,
    render_wait_ticket,
)
from desk_app.printing.samples import SAMPLE_LANGUAGES, render, sample_documents

from .conftest import decode_barcodes, pdf_pages
from .conftest import pdf_text as raw_text


def pdf_text(pdf: bytes) -> str:
    """Extracted text with all white space (including wrapped lines) as single spaces."""
    return " ".join(raw_text(pdf).split())

MM = 72 / 25.4


def nfkc(s: str) -> str:
    """Arabic comes out of the PDF as presentation forms; NFKC maps them back."""
    return unicodedata.normalize("NFKC", s)


def samples(lang="de", **changes):
    docs = sample_documents(lang)
    if changes:
        docs = {k: dataclasses.replace(v, **{f: x for f, x in changes.items()
                                             if f in {fl.name for fl in dataclasses.fields(v)}})
                for k, v in docs.items()}
    return docs


# -- every document, every language --------------------------------------------------------
@pytest.mark.parametrize("lang", SAMPLE_LANGUAGES + ("xx", None))
@pytest.mark.parametrize("doc", list(sample_documents("de")))
def test_every_document_renders_in_every_language(doc, lang):
    data = sample_documents(lang or "de")[doc]
    data = dataclasses.replace(data, language=lang)
    pdf = render(data)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    pages = pdf_pages(pdf)
    assert len(pages) == 1, "the samples fit on one page"
    text = pdf_text(pdf)
    assert "KOPIE" not in text


@pytest.mark.parametrize("doc", list(sample_documents("de")))
def test_output_is_deterministic(doc):
    data = sample_documents("ar")[doc]
    assert render(data) == render(data)


# -- wait ticket -------------------------------------------------------------------------
def test_wait_ticket_fields_and_no_name():
    data = samples("de")["wait_ticket"]
    pdf = render_wait_ticket(data)
    text = pdf_text(pdf)
    assert "I-042" in text
    assert "DLZ Bürgerdienste International" in text
    # 08:05 UTC on 2 March 2026 is 09:05 in Berlin (CET)
    assert "Ausgegeben am 02.03.2026 um 09:05 Uhr" in text
    assert "Vor Ihnen warten: 7" in text
    assert "ca. 35 Minuten" in text
    w, h = pdf_pages(pdf)[0].mediabox.width, pdf_pages(pdf)[0].mediabox.height
    assert float(w) == pytest.approx(80 * MM)
    assert 60 * MM < float(h) < 130 * MM


def test_wait_ticket_summer_time_and_second_language():
    data = dataclasses.replace(samples("en")["wait_ticket"],
                               issued_at=dt.datetime(2026, 7, 1, 6, 0, tzinfo=dt.timezone.utc))
    text = pdf_text(render_wait_ticket(data))
    assert "um 08:00 Uhr" in text  # CEST
    assert "Your queue number" in text
    assert "People waiting ahead of you: 7" in text


def test_wait_ticket_turkish_and_ukrainian():
    assert "Sıra numaranız" in pdf_text(render_wait_ticket(samples("tr")["wait_ticket"]))
    assert "Ваш номер у черзі" in pdf_text(render_wait_ticket(samples("uk")["wait_ticket"]))


@pytest.mark.parametrize("lang, unit", [("ru", "мин."), ("uk", "хв.")])
def test_wait_ticket_keeps_the_minutes_with_their_unit(lang, unit):
    """The Russian line wrapped as "… около 35" / "мин."; the number and its unit stay
    on one line (a no-break space)."""
    lines = [" ".join(line.split()) for line in raw_text(
        render_wait_ticket(samples(lang)["wait_ticket"])).splitlines()]
    assert any(line.endswith(f"35 {unit}") for line in lines), lines


def test_wait_ticket_arabic_line_present():
    text = nfkc(pdf_text(render_wait_ticket(samples("ar")["wait_ticket"])))
    assert "I-042" in text
    assert "رقم انتظارك" in text


def test_wait_ticket_without_estimate():
    data = dataclasses.replace(samples()["wait_ticket"], estimated_wait_minutes=None, waiting_ahead=0)
    text = pdf_text(render_wait_ticket(data))
    assert "Wartezeit" not in text
    assert "Vor Ihnen warten: 0" in text


def test_unknown_language_is_german_only():
    de = pdf_text(render_wait_ticket(samples("de")["wait_ticket"]))
    xx = pdf_text(render_wait_ticket(dataclasses.replace(samples()["wait_ticket"], language="xx")))
    assert de == xx


# -- pickup slip ---------------------------------------------------------------------------
def test_pickup_slip_fields():
    data = samples("en")["pickup_slip"]
    text = pdf_text(render_pickup_slip(data))
    for expected in ("Abholschein", "Collection slip", data.family_name,
                     data.given_name, "00.05.2012", "AZ 3-1234/26",
                     "elektronischer Aufenthaltstitel (eAT)", "0000 0004 2131",
                     "30.03.2026 bis 13.04.2026", "Fiktionsbescheinigung", "PIN-Brief",
                     "Vollmacht", "DLZ Bürgerdienste International", "Ruppertstraße 19",
                     "80337 München", "Mi geschlossen", "Expected to be ready for collection"):
        assert expected in text, expected


def test_pickup_slip_barcodes_decode_to_the_reference():
    ref = make_reference(98765432109)
    data = dataclasses.replace(samples("fa")["pickup_slip"], reference=ref)
    codes = decode_barcodes(render_pickup_slip(data))
    assert codes.get("Code 128") == [ref]
    assert codes.get("QR Code") == [ref]


def test_pickup_slip_rejects_invalid_reference():
    with pytest.raises(ValueError):
        render_pickup_slip(dataclasses.replace(samples()["pickup_slip"], reference="000000042132"))


@pytest.mark.parametrize("dob, shown", [
    (PartialDate(2012, 5, 1), True),     # 13 on the order date
    (PartialDate(2010, 3, 2), False),    # 16th birthday on the order date
    (PartialDate(2010, 3, 3), True),     # one day short of 16
    (PartialDate(2010), True),           # only the year: may still be 15
    (PartialDate(2009), False),
    (None, False),
])
def test_children_under_16_line(dob, shown):
    data = dataclasses.replace(samples()["pickup_slip"], date_of_birth=dob)
    text = pdf_text(render_pickup_slip(data))
    assert ("Kinder unter 16 Jahren" in text) is shown


def test_pickup_slip_travel_document_and_explicit_ready_dates():
    data = dataclasses.replace(samples()["pickup_slip"], document_type=DocumentType.TRAVEL_DOCUMENT,
                               ready_from=dt.date(2026, 4, 1), ready_until=dt.date(2026, 4, 20))
    text = pdf_text(render_pickup_slip(data))
    assert "Reiseausweis" in text
    assert "01.04.2026 bis 20.04.2026" in text
    assert "PIN-Brief" not in text  # no PIN letter for a travel document


# -- appointment confirmation ---------------------------------------------------------------
def test_appointment_confirmation_fields():
    data = samples("ru")["appointment_confirmation"]
    text = pdf_text(render_appointment_confirmation(data))
    for expected in ("Terminbestätigung", "Подтверждение записи на приём", "16.03.2026",
                     "09:30 Uhr", "Erteilung/Verlängerung Aufenthaltstitel", "T-2026-031600042",
                     "Reisepass", "Mietvertrag oder Wohnungsgeberbestätigung", data.family_name):
        assert expected in text, expected


# -- handover confirmation ------------------------------------------------------------------
def test_handover_confirmation_fields():
    data = samples("de")["handover_confirmation"]
    text = pdf_text(render_handover_confirmation(data))
    for expected in ("Empfangsbestätigung", "Reiseausweis", "P0123456", "0000 0004 2131",
                     "Nguyễn", "00.00.1990", "14.04.2026, 11:12 Uhr", "M. Huber",
                     "Unterschrift Empfänger/in", "Unterschrift Mitarbeiter/in"):
        assert expected in text, expected


def test_handover_to_a_representative():
    data = dataclasses.replace(samples()["handover_confirmation"], collected_by="Erika Mustermann",
                               serial_number=None)
    text = pdf_text(render_handover_confirmation(data))
    assert "Abgeholt durch" in text and "Erika Mustermann" in text
    assert "Dokumenten-/Kartennummer" not in text


# -- fee receipt ----------------------------------------------------------------------------
def test_fee_receipt_a5():
    data = samples("de")["fee_receipt"]
    text = pdf_text(render_fee_receipt(data))
    for expected in ("Quittung", "2026-000123", "Aufenthaltserlaubnis bis 1 Jahr", "100,00 €",
                     "50,00 €", "36,00 €", "13,00 €", "199,00 €", "EC-Karte", "M. Huber",
                     "München, 02.03.2026, 10:41 Uhr",
                     "in Worten: einhundertneunundneunzig Euro"):
        assert expected in text, expected
    assert "Stornobeleg" not in text


def test_fee_receipt_no_words_up_to_100():
    data = dataclasses.replace(samples()["fee_receipt"], items=(FeeItem("Bescheinigung", Decimal("18.00")),),
                               payment_method=PaymentMethod.CASH)
    text = pdf_text(render_fee_receipt(data))
    assert "18,00 €" in text and "in Worten" not in text and "bar" in text


def test_cancellation_receipt_80mm():
    data = samples("de")["fee_receipt_80mm_storno"]
    pdf = render_fee_receipt(data)
    text = pdf_text(pdf)
    assert "Stornobeleg" in text
    assert "Storno zu Quittung Nr. 2026-000123" in text
    assert "-100,00 €" in text and "-36,00 €" in text and "-136,00 €" in text
    assert "minus einhundertsechsunddreißig Euro" in text
    assert float(pdf_pages(pdf)[0].mediabox.width) == pytest.approx(80 * MM)


def test_fee_receipt_family_lines_per_person():
    data = samples("tr")["fee_receipt"]
    text = pdf_text(render_fee_receipt(data))
    assert "Kind 1" in text and "Makbuz" in text


# -- copies -----------------------------------------------------------------------------
@pytest.mark.parametrize("doc", list(sample_documents("de")))
def test_copy_mark(doc):
    data = dataclasses.replace(sample_documents("uk")[doc], copy=True)
    assert "KOPIE / COPY" in pdf_text(render(data))
