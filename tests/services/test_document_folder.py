"""A document saved as PDF (no printer) lands in its own day's folder: pickup slips by
their order date and handover confirmations by the moment of handover, like tickets and
receipts (NOTES, fourth session: both went to "undatiert")."""

from __future__ import annotations

import pytest

from desk_app.printing.samples import sample_documents
from desk_app.services.document_output import _save


@pytest.mark.parametrize("kind", sorted(sample_documents("de")))
def test_every_document_kind_is_saved_under_its_day(tmp_path, kind):
    data = sample_documents("de")[kind]
    path = _save(data, tmp_path, "A-017")
    folder = path.parent.name
    assert folder != "undatiert", kind
    assert len(folder) == 10 and folder[4] == folder[7] == "-", folder
    assert path.read_bytes().startswith(b"%PDF")
