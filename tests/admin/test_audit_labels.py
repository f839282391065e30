"""The audit browser shows words, not codes: actions and states in the UI's language
(NOTES, fourth session: it showed "appear" and "CALLED → IN_SERVICE"); an unknown code is
still shown, as it is."""

from __future__ import annotations

import datetime as dt

from desk_app.services.audit_browser import AuditRow
from desk_app.ui.admin.audit_labels import audit_action_text, audit_state_text
from desk_app.ui.admin.audit_screen import audit_columns
from desk_app.ui.admin.record_model import RecordTableModel

AT = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.timezone.utc)


def _row(action, from_state="", to_state="", entity="entry"):
    return AuditRow(id=1, at=AT, staff="mueller", station="PC-1", action=action,
                    entity=entity, entity_id=7, label="A-017", from_state=from_state,
                    to_state=to_state, detail="")


def test_the_table_shows_action_and_states_as_words(qtbot):
    model = RecordTableModel(audit_columns())
    model.set_rows([_row("appear", "CALLED", "IN_SERVICE"),
                    _row("arrive", "ORDERED", "ARRIVED", entity="document_order"),
                    _row("admin_update"), _row("something_new", "X", "Y")])
    texts = [[model.index(r, c).data() for c in (3, 5)] for r in range(4)]
    assert texts[0] == ["Erschienen", "Aufgerufen → In Bearbeitung"]
    assert texts[1] == ["Dokument eingetroffen", "Bestellt → Eingetroffen"]
    assert texts[2] == ["Verwaltung: geändert", ""]
    assert texts[3] == ["something_new", "X → Y"]      # unknown codes stay visible


def test_every_action_code_the_services_write_has_a_label():
    """A grep of the services for the audit codes they write: each has a word."""
    import re
    from pathlib import Path

    import desk_app.services as services

    root = Path(services.__file__).parent
    codes = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'\baction="([a-z_]+)"', text))
        codes |= set(re.findall(r'log_admin\(session, ctx, "([a-z_]+)"', text))
        codes |= set(re.findall(r'"(admin_[a-z_]+)"', text))
        codes |= set(re.findall(r'\bop="([a-z_]+)"', text))
    assert codes, "the grep found no codes"
    unlabelled = sorted(c for c in codes if audit_action_text(c) == c)
    assert not unlabelled, unlabelled
    assert audit_state_text("NO_SHOW") == "Nicht erschienen"


def test_the_fees_table_says_gebuehr_and_zuschlag_like_its_form(qtbot):
    from decimal import Decimal

    from desk_app.services.admin_base import FeeRecord
    from desk_app.ui.admin.entities import Fees

    model = RecordTableModel(Fees(facade=None).columns())
    model.set_rows([FeeRecord(1, "AT", "Aufenthaltstitel", Decimal("100.00"), "FEE"),
                    FeeRecord(2, "EIL", "Eilzuschlag", Decimal("20.00"), "SURCHARGE")])
    assert [model.index(r, 3).data() for r in range(2)] == ["Gebühr", "Zuschlag"]
