"""Table models of the hours editor (tested without widgets): a service point's opening
hours (``HoursModel``, edited locally and saved at once) and its blocked times
(``BlockedModel``). Both are the calendar's ``ListModel`` (a ``KeyedTableModel`` with
declared columns: ``set_rows``/``update_rows``, ``SORT_ROLE``); weekday names come from
QLocale (the UI language)."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QLocale

from desk_app.domain.clock import to_local
from desk_app.services.capacity_config import BlockedRow, HoursRow

from ..locale_text import date_text, time_text
from ..keyed_model import SORT_ROLE, Column, KeyedTableModel
from .models import ListModel

__all__ = ["SORT_ROLE", "HoursModel", "BlockedModel", "weekday_name"]


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """Monday = 0, in the UI language (QLocale's default, set by install_translations)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, fmt)


def _key(row: HoursRow) -> tuple:
    return (row.weekday, row.opens, row.service_id or 0)


class HoursModel(ListModel[HoursRow]):
    """The hours as edited: in weekday order; ``changed`` until saved."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(lambda: self.tr("Tag"), lambda r: weekday_name(r.weekday),
                   sort_key=lambda r: r.weekday),
            Column(lambda: self.tr("Beginn"), lambda r: r.opens),
            Column(lambda: self.tr("Ende"), lambda r: r.closes),
            Column(lambda: self.tr("Minuten je Termin"), lambda r: str(r.slot_minutes),
                   sort_key=lambda r: r.slot_minutes),
            Column(lambda: self.tr("Schalter"), lambda r: str(r.counters),
                   sort_key=lambda r: r.counters),
            Column(lambda: self.tr("Dienstleistung"), self._service,
                   sort_key=lambda r: self._service(r).casefold()),
        ], key=_key, parent=parent)
        self.service_names: dict[int, str] = {}
        self.changed = False

    def tie_break(self, row: HoursRow) -> tuple:
        return _key(row)

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[HoursRow]) -> None:
        super().set_rows(rows)
        self.changed = False

    def update_rows(self, rows: Iterable[HoursRow]) -> None:
        """The saved hours again: unchanged rows stay, the rest is updated in place."""
        super().update_rows(rows)
        self.changed = False

    def add(self, row: HoursRow) -> int:
        """Inserts ``row`` in weekday order and returns its index."""
        KeyedTableModel.update_rows(self, [row])     # inserts (or replaces the same key)
        self.changed = True
        return self.row_of(_key(row))

    def replace(self, index: int, row: HoursRow) -> int:
        self.remove(index)
        return self.add(row)

    def remove(self, index: int) -> None:
        old = self.at(index)
        if old is not None:
            self.remove_rows([_key(old)])
            self.changed = True

    def _service(self, r: HoursRow) -> str:
        if r.service_id is None:
            return self.tr("alle")
        return self.service_names.get(r.service_id, str(r.service_id))


class BlockedModel(ListModel[BlockedRow]):
    """A service point's blocked times, by start."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(lambda: self.tr("Beginn"), lambda b: self._when(b.starts_at),
                   sort_key=lambda b: b.starts_at.timestamp()),
            Column(lambda: self.tr("Ende"), lambda b: self._when(b.ends_at),
                   sort_key=lambda b: b.ends_at.timestamp()),
            Column(lambda: self.tr("Schalter"), self._counter,
                   sort_key=lambda b: self._counter(b).casefold()),
            Column(lambda: self.tr("Grund"), lambda b: b.reason,
                   sort_key=lambda b: b.reason.casefold()),
        ], key=lambda b: b.id, parent=parent)
        self.counter_names: dict[int, str] = {}

    def _counter(self, b: BlockedRow) -> str:
        return (self.tr("ganze Dienststelle") if b.counter_id is None
                else self.counter_names.get(b.counter_id, str(b.counter_id)))

    @staticmethod
    def _when(value) -> str:
        local = to_local(value)
        return (f"{weekday_name(local.weekday(), short=True)} "
                f"{date_text(local)} {time_text(local)}")
