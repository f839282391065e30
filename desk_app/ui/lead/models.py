"""The board's two tables as KeyedTableModels with declared columns: the service points
(with a total row) and the counters. The rows are computed below the UI
(desk_app.services.lead_board); the models only say how to show them. Times follow the
UI language (QLocale)."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.services.lead_board import CounterRow, ServicePointRow

from ..keyed_model import Column, KeyedTableModel
from ..labels import STATE_STYLES, local_time, state_label
from ..labels import format_duration as duration_text

translate = QCoreApplication.translate

#: A wait longer than this is shown in red on the board.
LONG_WAIT = dt.timedelta(minutes=45)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROLE = Qt.ItemDataRole


def _t(text: str) -> Callable[[], str]:
    return lambda: translate("LeadScreen", text)


def format_duration(value: dt.timedelta | None) -> str:
    if value is None:
        return "–"
    return duration_text(int(value.total_seconds() // 60))


def presence_text(r: CounterRow) -> str:
    """Pause (reason), Abwesend, Schalter geschlossen."""
    if r.presence == "BREAK":
        if r.presence_reason:
            return translate("LeadScreen", "Pause: {reason}").format(reason=r.presence_reason)
        return translate("LeadScreen", "Pause")
    if r.presence == "AWAY":
        return translate("LeadScreen", "Abwesend")
    if r.presence == "CLOSED":
        return translate("LeadScreen", "Schalter geschlossen")
    return ""


class _BoardModel(KeyedTableModel):
    """Rows in the order the service computed them (``position``); ``sync_rows`` brings
    a new picture in without a reset when only some rows changed."""


# -- service points ---------------------------------------------------------------------
(SP_NAME, SP_WAITING, SP_LONGEST, SP_CALLED, SP_IN_SERVICE, SP_PARKED, SP_NO_SHOW,
 SP_STAFFED, SP_MISSED, SP_NEXT, SP_ESTIMATE) = range(11)


def _sp_name(r: ServicePointRow) -> str:
    return translate("LeadScreen", "Alle Dienststellen") if r.is_total else r.name


def _next(r: ServicePointRow) -> str:
    if r.next_at is None:
        return str(r.next_hour)
    return translate("LeadScreen", "{count} (ab {time})").format(
        count=r.next_hour, time=local_time(r.next_at))


def _long(r: ServicePointRow) -> bool:
    return r.longest_wait is not None and r.longest_wait > LONG_WAIT


class ServicePointModel(_BoardModel):
    """Per service point: waiting, longest wait, ... ; the total row last, in grey."""

    def __init__(self, parent=None) -> None:
        bold = QFont()
        bold.setBold(True)
        grey, red = QBrush(QColor("#e8e8e8")), QBrush(QColor("#b00020"))

        def roles(long_wait: bool = False) -> dict:
            out = {_ROLE.FontRole: (lambda r: bold if r.is_total or long_wait and _long(r)
                                    else None),
                   _ROLE.BackgroundRole: lambda r: grey if r.is_total else None}
            if long_wait:
                out[_ROLE.ForegroundRole] = lambda r: red if _long(r) else None
                out[_ROLE.ToolTipRole] = lambda r: translate(
                    "LeadScreen", "Am längsten wartet {ticket}.").format(
                    ticket=r.longest_ticket) if r.longest_ticket else None
            return out

        def number(title: str, display: Callable[[ServicePointRow], str], **kw) -> Column:
            return Column(_t(title), display, sort_key=lambda r: r.position, align=_RIGHT,
                          roles=roles(**kw))

        columns = [
            Column(_t(QT_TRANSLATE_NOOP("LeadScreen", "Dienststelle")),
                   _sp_name, sort_key=lambda r: r.position,
                   roles=roles()),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Wartend"), lambda r: str(r.waiting)),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Längste Wartezeit"), lambda r: format_duration(r.longest_wait),
                   long_wait=True),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Aufgerufen"), lambda r: str(r.called)),
            number(QT_TRANSLATE_NOOP("LeadScreen", "In Bearbeitung"), lambda r: str(r.in_service)),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Geparkt"), lambda r: str(r.parked)),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Nicht erschienen"), lambda r: str(r.no_show)),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Schalter besetzt"), lambda r: f"{r.staffed}/{r.counters}"),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Aufruf verpasst"), lambda r: str(r.missed)),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Termine nächste Stunde"), _next),
            number(QT_TRANSLATE_NOOP("LeadScreen", "Geschätzte Wartezeit"), lambda r: "–" if r.estimated_min is None
                   else duration_text(r.estimated_min)),
        ]
        super().__init__(columns, lambda r: r.service_point_id, parent)


# -- counters ------------------------------------------------------------------------------
(C_SERVICE_POINT, C_COUNTER, C_WHO, C_TICKET, C_STATE, C_SINCE) = range(6)


def _who(r: CounterRow) -> str:
    if not r.who:
        return translate("LeadScreen", "nicht besetzt")
    if r.who_source == "offline":
        return translate("LeadScreen", "{name} (offline)").format(name=r.who)
    return r.who


def _state(r: CounterRow) -> str:
    if r.presence is not None:
        # the counter's state first; what it still serves after it
        return presence_text(r) + (f" · {state_label(r.state)}" if r.state is not None else "")
    if r.state is not None:
        return state_label(r.state)
    return translate("LeadScreen", "frei") if r.staffed else ""


class CounterModel(_BoardModel):
    """Per counter: who, whom, which state, since when (live: the minutes tick)."""

    def __init__(self, now: Callable[[], dt.datetime], parent=None) -> None:
        self._now = now
        bold = QFont()
        bold.setBold(True)
        grey = QBrush(QColor("#555555"))
        brushes = {s: QBrush(QColor(st.background)) for s, st in STATE_STYLES.items()}
        presence_brushes = {"BREAK": QBrush(QColor("#fff3c4")),
                            "AWAY": QBrush(QColor("#e0e0e0")),
                            "CLOSED": QBrush(QColor("#c8c8c8"))}

        def foreground(r: CounterRow):
            return grey if not r.who or r.who_source == "offline" else None

        def background(presence: bool, state: bool):
            def role(r: CounterRow):
                if presence and r.presence is not None:
                    return presence_brushes.get(r.presence)
                if state and r.state is not None:
                    return brushes[r.state]
                return None
            return role

        def roles(*, presence: bool = False, state: bool = False, **extra) -> dict:
            return {_ROLE.ForegroundRole: foreground,
                    _ROLE.BackgroundRole: background(presence, state), **extra}

        def column(title: str, display, **kw) -> Column:
            live = kw.pop("live", False)
            return Column(_t(title), display, sort_key=lambda r: r.position, roles=roles(**kw),
                          live=live)

        columns = [
            Column(_t(QT_TRANSLATE_NOOP("LeadScreen", "Stelle")),
                   lambda r: r.service_point_code, sort_key=lambda r: r.position,
                   roles={**roles(), _ROLE.ToolTipRole: lambda r: r.service_point_name}),
            Column(_t(QT_TRANSLATE_NOOP("LeadScreen", "Schalter")),
                   lambda r: r.counter_name, sort_key=lambda r: r.position,
                   roles={**roles(presence=True),
                          _ROLE.ToolTipRole: lambda r: r.room or None}),
            Column(_t(QT_TRANSLATE_NOOP("LeadScreen", "Mitarbeiter/in")),
                   _who, sort_key=lambda r: r.position,
                   roles={**roles(), _ROLE.ToolTipRole: lambda r: translate(
                       "LeadScreen", "Laut Vorgang (der Arbeitsplatz meldet sich nicht).")
                       if r.who_source == "entry" else None}),
            Column(_t(QT_TRANSLATE_NOOP("LeadScreen", "Nummer")),
                   lambda r: r.ticket or "", sort_key=lambda r: r.position,
                   roles={**roles(state=True),
                          _ROLE.FontRole: lambda r: bold if r.ticket else None}),
            column(QT_TRANSLATE_NOOP("LeadScreen", "Status"), _state, presence=True, state=True),
            column(QT_TRANSLATE_NOOP("LeadScreen", "Seit"), self._since, presence=True, state=True, live=True),
        ]
        super().__init__(columns, lambda r: r.counter_id, parent)

    def row_of_counter(self, counter_id: int) -> int | None:
        return self.row_of(counter_id)

    def repaint(self) -> None:
        """The minutes since: repainted on the board's clock."""
        self.refresh_live()

    def _since(self, r: CounterRow) -> str:
        since = r.presence_since if r.presence is not None and r.presence_since else r.since
        if since is None:
            return ""
        minutes = max(0, int((self._now() - since).total_seconds() // 60))
        return translate("LeadScreen", "{time} ({duration})").format(
            time=local_time(since), duration=duration_text(minutes))
