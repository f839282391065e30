"""The worklist's table model, without widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt

from desk_app.services.mail_requests import RequestRow
from desk_app.ui.requests.model import SORT_ROLE, RequestsModel

T0 = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.timezone.utc)


def row(i: int, **kw) -> RequestRow:
    base = dict(id=i, status="open", concern="verlaengerung",
                concern_label="Verlängerung Aufenthaltstitel", name=f"Person {i}",
                birth_date="", file_number="", nationality="", email=f"p{i}@x.example",
                phone="", language="de", service_point="BI", route_reason="Standard",
                route_confirmed=False, misaddressed=False, missing=(), recognised=(),
                is_form=True, subject="", text="", message_count=1,
                first_received_at=T0 + dt.timedelta(minutes=i), last_received_at=T0,
                undeliverable=False, note="", entry_id=None)
    base.update(kw)
    return RequestRow(**base)


def test_rows_texts_sort_and_update(qapp):
    m = RequestsModel()
    m.set_rows([row(1, message_count=5, missing=("file_number",)),
                row(2, name="<b>Ali</b>", undeliverable=True, note="anrufen oder per Post"),
                row(3, misaddressed=True, route_confirmed=True, service_point="EINB")])
    assert m.rowCount() == 3
    texts = [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(3)]
    assert texts[0][4] == "Aktenzeichen" and texts[0][5] == "5" and texts[0][3] == "BI ?"
    assert texts[1][1] == "<b>Ali</b>"            # as text; the view shows it plain
    assert "nicht zustellbar" in texts[1][6]
    assert texts[2][3] == "EINB" and "falsch adressiert" in texts[2][6]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(m)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(5, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 1).data() == "Person 1"
    # an update with the same ids changes in place, no reset
    resets = []
    m.modelReset.connect(lambda: resets.append(1))
    m.update_rows([row(1, message_count=6), row(2), row(3)])
    assert resets == [] and m.index(0, 5).data() == "6"
    m.replace_rows([row(1)])          # the others answered elsewhere: removed, no reset
    assert resets == [] and m.rowCount() == 1 and m.keys() == {1}
    assert m.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Standard"
    assert dataclasses.is_dataclass(m.row_at(0))
