"""The data-quality flags as a short symbol and a German tooltip (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.data_quality import ACTIONABLE, Quality

translate = QCoreApplication.translate

SYMBOLS = {
    Quality.BIRTH_DATE_MISSING: "◌",
    Quality.BIRTH_DATE_PARTIAL: "◐",
    Quality.NATIONALITY_MISSING: "⚑",
    Quality.INVALID_EMAIL: "@",
    Quality.INVALID_PHONE: "✆",
    Quality.POSSIBLE_DUPLICATE: "⧉",
    Quality.NO_CONTACT: "☎",
    Quality.NO_FILE_NUMBER: "#",
    Quality.UNDELIVERABLE: "✉",
}
ORDER = (Quality.UNDELIVERABLE, Quality.POSSIBLE_DUPLICATE, Quality.BIRTH_DATE_MISSING,
         Quality.BIRTH_DATE_PARTIAL, Quality.NATIONALITY_MISSING, Quality.INVALID_EMAIL, Quality.INVALID_PHONE,
         Quality.NO_CONTACT, Quality.NO_FILE_NUMBER)


def flag_text(flag: Quality) -> str:
    return {
        Quality.BIRTH_DATE_MISSING: translate("IntakeFlags", "Geburtsdatum fehlt"),
        Quality.BIRTH_DATE_PARTIAL: translate("IntakeFlags", "Geburtsdatum nur teilweise bekannt"),
        Quality.NATIONALITY_MISSING: translate("IntakeFlags", "Staatsangehörigkeit fehlt"),
        Quality.INVALID_EMAIL: translate("IntakeFlags", "E-Mail-Adresse ungültig (Schreibweise "
                                                        "oder Domain)"),
        Quality.INVALID_PHONE: translate("IntakeFlags", "Telefonnummer nicht lesbar"),
        Quality.POSSIBLE_DUPLICATE: translate("IntakeFlags", "Möglicherweise doppelt erfasst "
                                                             "(gleiches Aktenzeichen oder gleicher "
                                                             "Name und Geburtstag)"),
        Quality.NO_CONTACT: translate("IntakeFlags", "Keine Kontaktdaten (weder E-Mail noch "
                                                     "Telefon)"),
        Quality.NO_FILE_NUMBER: translate("IntakeFlags", "Kein Aktenzeichen"),
        Quality.UNDELIVERABLE: translate("IntakeFlags", "E-Mail nicht zustellbar (Rückläufer): "
                                                        "anrufen oder per Post"),
    }[flag]


def symbols(flags, *, actionable_only: bool = True) -> str:
    shown = [f for f in ORDER if f in flags and (not actionable_only or f in ACTIONABLE)]
    return " ".join(SYMBOLS[f] for f in shown)


def tooltip(flags, *, actionable_only: bool = True) -> str:
    shown = [f for f in ORDER if f in flags and (not actionable_only or f in ACTIONABLE)]
    return "\n".join(f"{SYMBOLS[f]}  {flag_text(f)}" for f in shown)
