"""The slip calls its number what the app calls it; the clerk signs as a person (issue 10)."""

from __future__ import annotations

import dataclasses

import pytest

from desk_app.printing import render_handover_confirmation, render_pickup_slip
from desk_app.printing.handover_confirmation import name_without_role
from desk_app.printing.samples import sample_documents

from .conftest import pdf_text


def _text(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.mark.parametrize("doc, render", [("pickup_slip", render_pickup_slip),
                                         ("handover_confirmation", render_handover_confirmation)])
def test_the_number_is_the_abholnummer(doc, render):
    data = next(v for k, v in sample_documents("en").items() if k.startswith(doc))
    text = _text(render(data))
    assert "Abholnummer" in text and "Vorgangsnummer" not in text
    assert "Pickup number" in text


def test_the_clerk_signs_without_the_role():
    data = next(v for k, v in sample_documents("de").items()
                if k.startswith("handover_confirmation"))
    data = dataclasses.replace(data, clerk_name="Frau Becker (Schichtleitung)")
    text = _text(render_handover_confirmation(data))
    assert "Frau Becker" in text and "Schichtleitung" not in text
    assert name_without_role("Herr Krause (Infotheke)") == "Herr Krause"
    assert name_without_role("Nguyễn (Bửu Chánh)") == "Nguyễn (Bửu Chánh)"
    assert name_without_role("IT-Administration") == "IT-Administration"
