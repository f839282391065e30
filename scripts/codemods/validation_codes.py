"""Codemod: give every ``ValidationFailed("<German text>", ...)`` of domain/ and services/
a stable ``error_code=`` (issue 11, Must 6), so that the UI translates the error by its
code (ui/service_texts.py) and the German text stays for the CLI and the log.

Finds the calls by their exact German message (``message=`` keyword or first positional
argument, a string literal) and adds ``, error_code="..."`` right after that argument, on
the same call. A pure addition: nothing is moved or reformatted. Idempotent: a call that
already has ``error_code=`` is left alone, so it can be re-run on any tree (e.g. after a
merge moved the raising sites into other modules).

    python scripts/codemods/validation_codes.py [--check] [PATH ...]

PATH defaults to desk_app/domain and desk_app/services of this checkout. ``--check``
changes nothing and exits 1 when a call lacks its code. A message that is not in CODES
below is reported (exit 2): add it here and to ui/service_texts.py.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

KEYWORD = "error_code"

#: German message (verbatim, placeholders unfilled) -> stable code
CODES: dict[str, str] = {
    # people and entries (services/applicant_input, registration, intake, domain/text_input)
    "Der Familienname fehlt.": "family_name_missing",
    "{label} ist zu lang.": "text_too_long",
    "{label} ist zu lang (höchstens {limit} Zeichen).": "text_too_long_limit",
    "{label} enthält Steuerzeichen und wurde nicht gespeichert.": "text_control_characters",
    "{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde nicht "
    "gespeichert.": "text_lone_surrogate",
    "Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).":
        "birth_date_unreadable",
    "Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.":
        "nationality_not_a_code",
    "Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land oder Adjektiv wie "
    "türkisch).": "nationality_unknown",
    "Mindestens eine Person ist nötig.": "people_missing",
    "Eine Person ist doppelt aufgeführt.": "person_twice",
    "Buchungsnummer {reference} ist schon vergeben.": "booking_reference_taken",
    # the counter and the queue (services/desk, queue_actions, lead_ops, display_notice)
    "Kein Schalter gewählt.": "no_counter",
    "Der Schalter gehört nicht zu dieser Dienststelle.": "counter_elsewhere",
    "Nur gebuchte Termine können verlegt werden.": "only_booked_movable",
    "Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.":
        "close_day_in_past",
    "Entweder einen Schalter oder eine Person wählen.": "counter_or_person",
    "Das Gewicht muss mindestens 1 sein.": "weight_too_small",
    "Kein Ziel gewählt.": "no_target",
    "Der Hinweis enthält Steuerzeichen.": "notice_control_characters",
    "Der Hinweis ist zu lang (höchstens {limit} Zeichen).": "notice_too_long",
    # documents (domain/ and services/document_orders)
    "Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag "
    "betragen.": "retention_too_short",
    "Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).":
        "document_number_invalid",
    "Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die "
    "Empfangsbestätigung angeben.": "collector_name_for_confirmation",
    "Das Dokument wurde von der antragstellenden Person selbst abgeholt.":
        "collected_by_applicant",
    "Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).": "document_type_unknown",
    "Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.":
        "applicant_anonymised",
    "An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als "
    "Abholort wählen.": "no_documents_at_reception",
    "Person {applicant_id} gehört nicht zum Vorgang {entry_id}.": "applicant_not_in_entry",
    # receipts
    "Vorgang {entry_id} gibt es nicht.": "entry_unknown",
    "Unbekannte Zahlungsart {method}.": "payment_method_unknown",
    "Eine Quittung braucht mindestens eine Gebühr.": "receipt_without_fee",
    "Bitte den Namen des Zahlenden angeben.": "payer_name_missing",
    "Der Stapel enthält keine Quittung.": "receipt_batch_empty",
    "Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.":
        "receipt_key_not_a_batch",
    # statistics (domain/ and services/statistics)
    "Der Zeitraum endet vor seinem Beginn.": "period_reversed",
    "Die Kalenderwoche {week} gibt es im Jahr {year} nicht.": "week_unknown",
    "Monat als JJJJ-MM angeben, z. B. 2021-08.": "month_format",
    "Woche als JJJJ-Www angeben, z. B. 2021-W34.": "week_format",
    "Block als NAME=CODE,… oder NAME=-CODE,… angeben.": "block_format",
    "Unbekannte Kennzahl {name}: erlaubt sind {allowed}.": "figure_unknown",
    "Unbekannte Dienststelle im Bericht: {code}.": "report_service_point_unknown",
    "Bericht-Layout „{name}“ gibt es nicht.": "report_layout_unknown",
    "Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).": "report_layout_name",
    "Ein Layout braucht mindestens einen Block.": "report_layout_empty",
}


def _is_validation_failed(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(
        node.func, "attr", getattr(node.func, "id", None)) == "ValidationFailed"


def _message(call: ast.Call) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == "message":
            return kw.value
    return call.args[0] if call.args else None


def _offset(lines: list[str], lineno: int, col: int) -> int:
    """The character offset of (1-based line, utf-8 byte column)."""
    before = sum(len(line) for line in lines[:lineno - 1])
    return before + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8"))


def rewrite(source: str) -> tuple[str, list[tuple[int, str]], list[tuple[int, str]]]:
    """The source with the codes added, the (line, code) pairs added, and the (line,
    message) pairs of German messages that have no code in CODES."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    inserts: list[tuple[int, str]] = []
    added: list[tuple[int, str]] = []
    unknown: list[tuple[int, str]] = []
    for call in ast.walk(tree):
        if not _is_validation_failed(call):
            continue
        assert isinstance(call, ast.Call)
        if any(kw.arg == KEYWORD for kw in call.keywords):
            continue
        message = _message(call)
        if not (isinstance(message, ast.Constant) and isinstance(message.value, str)):
            continue
        code = CODES.get(message.value)
        if code is None:
            unknown.append((call.lineno, message.value))
            continue
        assert message.end_lineno is not None and message.end_col_offset is not None
        inserts.append((_offset(lines, message.end_lineno, message.end_col_offset),
                        f', {KEYWORD}="{code}"'))
        added.append((call.lineno, code))
    for at, text in sorted(inserts, reverse=True):
        source = source[:at] + text + source[at:]
    return source, sorted(added), sorted(unknown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="change nothing")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[2] / "desk_app"
    paths = args.paths or [root / "domain", root / "services"]
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*.py")))
    missing = unknown_count = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        new, added, unknown = rewrite(source)
        for line, text in unknown:
            print(f"{path}:{line}: no code for {text!r}: add it to CODES", file=sys.stderr)
        unknown_count += len(unknown)
        if not added:
            continue
        missing += len(added)
        for line, code in added:
            print(f"{path}:{line}: {KEYWORD}={code}")
        if not args.check:
            ast.parse(new)                      # never write a broken file
            path.write_text(new, encoding="utf-8")
    if unknown_count:
        return 2
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
