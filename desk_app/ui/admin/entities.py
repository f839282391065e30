"""What each admin screen shows and saves: columns, fields, and the facade calls."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desk_app.domain.roles import Role
from desk_app.services.admin_facade import (
    AdminFacade, CounterRecord, ServicePointRecord, ServiceRecord, StaffRecord,
)

from .form import FieldSpec
from .record_model import Column

translate = QCoreApplication.translate


def _yes(value: bool) -> str:
    return translate("Admin", "ja") if value else translate("Admin", "nein")


def _date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def role_label(role: str) -> str:
    return {
        "CLERK": translate("Admin", "Sachbearbeitung"),
        "RECEPTION": translate("Admin", "Infotheke"),
        "SHIFT_LEAD": translate("Admin", "Schichtleitung"),
        "ADMIN": translate("Admin", "Administration"),
    }.get(role, role)


class _Base:
    entities: frozenset[str] = frozenset()

    def __init__(self, facade: AdminFacade) -> None:
        self.facade = facade
        self.service_points: list[ServicePointRecord] = []

    async def prepare(self) -> None:
        self.service_points = await self.facade.service_points()

    def sp_choices(self):
        return [(f"{sp.code} – {sp.name}", sp.id) for sp in self.service_points]

    def sp_code(self, sp_id: int | None) -> str:
        return next((sp.code for sp in self.service_points if sp.id == sp_id), "")

    def set_active(self, record: Any, active: bool):
        return None


class ServicePoints(_Base):
    entities = frozenset({"service_point"})

    @property
    def title(self) -> str:
        return translate("Admin", "Dienststellen")

    async def prepare(self) -> None:
        return None

    def columns(self):
        return [
            Column(translate("Admin", "Kürzel"), lambda r: r.code),
            Column(translate("Admin", "Name"), lambda r: r.name),
            Column(translate("Admin", "Präfix"), lambda r: r.ticket_prefix),
            Column(translate("Admin", "Aufrufsperre (min)"), lambda r: str(r.recall_lock_min),
                   key=lambda r: r.recall_lock_min),
            Column(translate("Admin", "Max. Aufrufe"), lambda r: str(r.max_calls),
                   key=lambda r: r.max_calls),
            Column(translate("Admin", "Suche beschränkt"), lambda r: _yes(r.restrict_search)),
            Column(translate("Admin", "Aktiv"), lambda r: _yes(r.active)),
        ]

    def fields(self):
        return [
            FieldSpec("name", translate("Admin", "Name")),
            FieldSpec("code", translate("Admin", "Kürzel")),
            FieldSpec("ticket_prefix", translate("Admin", "Ticket-Präfix")),
            FieldSpec("address", translate("Admin", "Adresse"), "lines"),
            FieldSpec("opening_hours", translate("Admin", "Öffnungszeiten"), "hours"),
            FieldSpec("hours_note", translate("Admin", "Hinweis statt Öffnungszeiten")),
            FieldSpec("grace_period_min", translate("Admin", "Kulanzzeit bis Nicht erschienen (min)"),
                      "int", high=240),
            FieldSpec("late_tolerance_min", translate("Admin", "Verspätung ohne Begründung (min)"),
                      "int", high=240),
            FieldSpec("late_limit_min", translate("Admin", "Verspätung höchstens (min)"), "int",
                      high=480),
            FieldSpec("recall_lock_min", translate("Admin", "Aufrufsperre (min)"), "int", high=120),
            FieldSpec("max_calls", translate("Admin", "Aufrufe bis Verpasst"), "int", high=20),
            FieldSpec("walk_in_offset_min", translate("Admin", "Vorsprache-Versatz (min)"), "int",
                      high=240),
            FieldSpec("restrict_search", translate("Admin", "Suche beschränkt (Need-to-know)"),
                      "bool"),
            FieldSpec("is_reception", translate("Admin", "Infotheke"), "bool"),
        ]

    async def load(self):
        return await self.facade.service_points()

    def values_of(self, r):
        r = r or ServicePointRecord(id=None, code="", name="", ticket_prefix="")
        return {k: getattr(r, k) for k in (
            "name", "code", "ticket_prefix", "address", "opening_hours", "hours_note",
            "grace_period_min",
            "late_tolerance_min", "late_limit_min", "recall_lock_min", "max_calls",
            "walk_in_offset_min", "restrict_search", "is_reception")}

    async def save(self, current, values):
        hours = values.pop("opening_hours")
        base = current or ServicePointRecord(id=None, code="", name="", ticket_prefix="")
        return await self.facade.save_service_point(replace(base, **values), hours)

    def set_active(self, record, active):
        return self.facade.set_service_point_active(record.id, active)


class Counters(_Base):
    entities = frozenset({"counter", "service_point"})

    @property
    def title(self) -> str:
        return translate("Admin", "Schalter")

    def columns(self):
        return [
            Column(translate("Admin", "Name"), lambda r: r.name),
            Column(translate("Admin", "Raum"), lambda r: r.room),
            Column(translate("Admin", "Dienststelle"), lambda r: self.sp_code(r.service_point_id)),
            Column(translate("Admin", "Aktiv"), lambda r: _yes(r.active)),
        ]

    def fields(self):
        return [
            FieldSpec("name", translate("Admin", "Name")),
            FieldSpec("room", translate("Admin", "Raum")),
            FieldSpec("service_point_id", translate("Admin", "Dienststelle"), "choice",
                      choices=self.sp_choices),
        ]

    async def load(self):
        return await self.facade.counters()

    def values_of(self, r):
        if r is None:
            return {"name": "", "room": "", "service_point_id": None}
        return {"name": r.name, "room": r.room, "service_point_id": r.service_point_id}

    async def save(self, current, values):
        base = current or CounterRecord(id=None, service_point_id=0, name="")
        return await self.facade.save_counter(replace(base, **values))

    def set_active(self, record, active):
        return self.facade.set_counter_active(record.id, active)


class Services(_Base):
    entities = frozenset({"service", "service_point", "fee"})

    def __init__(self, facade: AdminFacade) -> None:
        super().__init__(facade)
        self.fee_codes: list[str] = []

    @property
    def title(self) -> str:
        return translate("Admin", "Dienstleistungen")

    async def prepare(self) -> None:
        await super().prepare()
        self.fee_codes = sorted({f.code for f in await self.facade.fees()})

    def columns(self):
        return [
            Column(translate("Admin", "Kürzel"), lambda r: r.code),
            Column(translate("Admin", "Name"), lambda r: r.name),
            Column(translate("Admin", "Dauer (min)"), lambda r: str(r.default_duration_min),
                   key=lambda r: r.default_duration_min),
            Column(translate("Admin", "Gebühr"), lambda r: r.fee_code or ""),
            Column(translate("Admin", "Dienststellen"),
                   lambda r: ", ".join(self.sp_code(i) for i in r.service_point_ids)),
            Column(translate("Admin", "Aktiv"), lambda r: _yes(r.active)),
        ]

    def fields(self):
        return [
            FieldSpec("name", translate("Admin", "Name")),
            FieldSpec("code", translate("Admin", "Kürzel")),
            FieldSpec("default_duration_min", translate("Admin", "Dauer (min)"), "int",
                      low=1, high=480),
            FieldSpec("what_to_bring", translate("Admin", "Mitzubringen (je Zeile)"), "lines"),
            FieldSpec("fee_code", translate("Admin", "Gebühr"), "choice",
                      choices=lambda: [(translate("Admin", "keine"), None)]
                      + [(c, c) for c in self.fee_codes]),
            FieldSpec("service_point_ids", translate("Admin", "Angeboten von"), "multi",
                      choices=self.sp_choices),
        ]

    async def load(self):
        return await self.facade.services()

    def values_of(self, r):
        r = r or ServiceRecord(id=None, code="", name="")
        return {"name": r.name, "code": r.code, "default_duration_min": r.default_duration_min,
                "what_to_bring": r.what_to_bring, "fee_code": r.fee_code,
                "service_point_ids": r.service_point_ids}

    async def save(self, current, values):
        base = current or ServiceRecord(id=None, code="", name="")
        return await self.facade.save_service(replace(base, **values))

    def set_active(self, record, active):
        return self.facade.set_service_active(record.id, active)


class Staff(_Base):
    entities = frozenset({"staff", "service_point"})

    @property
    def title(self) -> str:
        return translate("Admin", "Mitarbeiter")

    def columns(self):
        return [
            Column(translate("Admin", "Kennung"), lambda r: r.login),
            Column(translate("Admin", "Anzeigename"), lambda r: r.display_name),
            Column(translate("Admin", "Rolle"), lambda r: role_label(r.role)),
            Column(translate("Admin", "PIN"), lambda r: _yes(r.has_pin)),
            Column(translate("Admin", "Aktiv"), lambda r: _yes(r.active)),
        ]

    def fields(self):
        return [
            FieldSpec("login", translate("Admin", "Kennung (Anmeldename)")),
            FieldSpec("display_name", translate("Admin", "Anzeigename")),
            FieldSpec("role", translate("Admin", "Rolle"), "choice",
                      choices=lambda: [(role_label(r.value), r.value) for r in Role]),
            FieldSpec("service_point_ids",
                      translate("Admin", "Beschränkte Dienststellen (Need-to-know)"), "multi",
                      choices=lambda: [c for c in self.sp_choices()
                                       if any(sp.id == c[1] and sp.restrict_search
                                              for sp in self.service_points)]),
        ]

    async def load(self):
        return await self.facade.staff()

    def values_of(self, r):
        r = r or StaffRecord(id=None, login="", display_name="", role="CLERK")
        return {"login": r.login, "display_name": r.display_name, "role": r.role,
                "service_point_ids": r.service_point_ids}

    async def save(self, current, values):
        base = current or StaffRecord(id=None, login="", display_name="", role="CLERK")
        return await self.facade.save_staff(replace(base, **values))

    def set_active(self, record, active):
        return self.facade.set_staff_active(record.id, active)


class Fees(_Base):
    """The dated catalogue: a new price from a date on; a saved price is never edited."""

    entities = frozenset({"fee"})

    @property
    def title(self) -> str:
        return translate("Admin", "Gebühren")

    async def prepare(self) -> None:
        return None

    def columns(self):
        locale = QLocale()
        return [
            Column(translate("Admin", "Kürzel"), lambda r: r.code),
            Column(translate("Admin", "Bezeichnung"), lambda r: r.description),
            Column(translate("Admin", "Betrag (EUR)"),
                   lambda r: locale.toString(float(r.amount), "f", 2), key=lambda r: r.amount),
            Column(translate("Admin", "Art"), lambda r: {
                "FEE": translate("Admin", "Gebühr"),
                "SURCHARGE": translate("Admin", "Zuschlag")}.get(r.kind, r.kind)),
            Column(translate("Admin", "gültig ab"), lambda r: _date(r.valid_from),
                   key=lambda r: r.valid_from),
            Column(translate("Admin", "gültig bis"), lambda r: _date(r.valid_to),
                   key=lambda r: r.valid_to or dt.date.max),
        ]

    def fields(self):
        return [
            FieldSpec("code", translate("Admin", "Kürzel")),
            FieldSpec("description", translate("Admin", "Bezeichnung")),
            FieldSpec("amount", translate("Admin", "Betrag (EUR)")),
            FieldSpec("kind", translate("Admin", "Art"), "choice",
                      choices=lambda: [(translate("Admin", "Gebühr"), "FEE"),
                                       (translate("Admin", "Zuschlag"), "SURCHARGE")]),
            FieldSpec("valid_from", translate("Admin", "Neuer Preis gültig ab"), "date"),
        ]

    async def load(self):
        return await self.facade.fees()

    def values_of(self, r):
        if r is None:
            return {"code": "", "description": "", "amount": "", "kind": "FEE",
                    "valid_from": dt.date.today()}
        return {"code": r.code, "description": r.description,
                "amount": QLocale().toString(float(r.amount), "f", 2), "kind": r.kind,
                "valid_from": max(dt.date.today(), r.valid_from + dt.timedelta(days=1))}

    async def save(self, current, values):
        return await self.facade.add_fee_price(**values)


ADAPTERS = (ServicePoints, Counters, Services, Staff, Fees)
