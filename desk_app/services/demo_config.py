"""The demo office's reference data as a config-file document (the same structure
``desk-app config export`` writes), so that the demo day is set up through the same path
as a real office: ``config_file.import_config``."""

from __future__ import annotations

from typing import Any

from desk_app.domain.roles import Role

from . import demo_data as data
from .admin import default_permissions

_SP_RULES = {"grace_period_min": 15, "late_tolerance_min": 10, "late_limit_min": 30,
             "recall_lock_min": 5, "max_calls": 3, "walk_in_offset_min": 10}


def demo_reference_config() -> dict[str, Any]:
    sps = []
    for code, name, prefix, restricted, n_counters, address in data.SERVICE_POINTS:
        sps.append({"code": code, "name": name, "ticket_prefix": prefix, "address": address,
                    "opening_hours": data.OPENING_HOURS, **_SP_RULES,
                    "restrict_search": restricted, "is_reception": False, "active": True,
                    "counters": [{"name": f"Schalter {prefix}{i}",
                                  "room": f"Raum {prefix}.{i:02d}", "active": True}
                                 for i in range(1, n_counters + 1)]})
    code, name, prefix, address = data.RECEPTION
    sps.append({"code": code, "name": name, "ticket_prefix": prefix, "address": address,
                "opening_hours": data.OPENING_HOURS, **_SP_RULES, "restrict_search": False,
                "is_reception": True, "active": True, "counters": []})
    services = [{"code": code, "name": name, "default_duration_min": minutes,
                 "what_to_bring": list(bring), "fee_code": fee or "",
                 "service_points": list(sp_codes), "active": True}
                for code, name, minutes, bring, fee, sp_codes in data.SERVICES]
    staff = [
        {"login": "admin", "display_name": "IT-Administration", "role": Role.ADMIN.value},
        {"login": "leitung", "display_name": "Frau Becker (Schichtleitung)",
         "role": Role.SHIFT_LEAD.value},
        {"login": "info1", "display_name": "Herr Krause (Infotheke)",
         "role": Role.RECEPTION.value},
    ]
    for (code, _name, _prefix, restricted, n_counters, _address), names in zip(
            data.SERVICE_POINTS, data.CLERK_NAMES):
        for i in range(1, n_counters + 1):  # one clerk per counter, sbbi1 at Schalter I1
            staff.append({"login": f"sb{code.lower()}{i}",
                          "display_name": names[(i - 1) % len(names)],
                          "role": Role.CLERK.value,
                          # need-to-know: the clerks of a restricted service point see it
                          "service_points": [code] if restricted else []})
    return {"version": 1, "service_points": sps, "services": services, "staff": staff,
            "role_permissions": {r: sorted(p) for r, p in default_permissions().items()}}
