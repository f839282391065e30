"""The errors of the Qt-free layers reach an English user in English, translated by their
code: every code that domain/ and services/ raise (a DomainError's class ``code``, a
ValidationFailed's ``error_code=``, an admin field message's code) has a text in
ui/service_texts.py, and message_for translates it before filling in the params."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pkgutil
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import desk_app.domain
import desk_app.services
from desk_app.app import install_translations
from desk_app.domain import errors
from desk_app.services.applicant_input import ApplicantInput
from desk_app.ui.error_messages import message_for
from desk_app.ui.service_texts import ERRORS, FIELDS, LABELS

ROOT = Path(__file__).resolve().parents[2] / "desk_app"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _error_classes():
    for package in (desk_app.domain, desk_app.services):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    pending = [errors.DomainError]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        yield cls


def _validation_calls():
    """(where, German message, error_code or None) of every ValidationFailed call with a
    fixed message in domain/ and services/."""
    for path in [*(ROOT / "domain").rglob("*.py"), *(ROOT / "services").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(
                    node.func, "attr", getattr(node.func, "id", None)) == "ValidationFailed"):
                continue
            keywords = {kw.arg: kw.value for kw in node.keywords}
            message = keywords.get("message", node.args[0] if node.args else None)
            if message is None:
                continue
            where = f"{path.name}:{node.lineno}"
            assert isinstance(message, ast.Constant), (
                f"{where}: ValidationFailed needs a fixed message with {{placeholders}} and "
                "params, not an f-string")
            code = keywords.get("error_code")
            assert code is None or isinstance(code, ast.Constant), f"{where}: a fixed code"
            yield where, message.value, code.value if code is not None else None


def test_every_error_class_code_has_a_ui_text():
    classes = list(_error_classes())
    assert len(classes) > 50
    missing = []
    for cls in classes:
        template = cls.__dict__.get("template")
        if template is None or template == "{message}":
            continue                  # translated by its base class's code (message_for)
        if cls.code not in ERRORS:
            missing.append(f"{cls.__name__}: {cls.code}")
        elif _placeholders(ERRORS[cls.code]) != _placeholders(template):
            missing.append(f"{cls.__name__}: {cls.code} has other placeholders")
    assert missing == []


def test_every_validation_message_has_a_code_with_a_ui_text():
    calls = list(_validation_calls())
    assert len(calls) > 40
    uncoded = [f"{where}: {message}" for where, message, code in calls if code is None]
    assert uncoded == [], "run python scripts/codemods/validation_codes.py"
    unknown = [f"{where}: {code}" for where, _, code in calls if code not in ERRORS]
    assert unknown == []
    other = [f"{where}: {code}" for where, message, code in calls
             if _placeholders(ERRORS[code]) != _placeholders(message)]
    assert other == []


def test_a_code_the_ui_does_not_know_is_caught(monkeypatch):
    """The check above can fail: a new code without a UI text is reported."""
    monkeypatch.delitem(ERRORS, "people_missing")
    with pytest.raises(AssertionError):
        test_every_validation_message_has_a_code_with_a_ui_text()
    monkeypatch.delitem(ERRORS, "slot_full")
    with pytest.raises(AssertionError):
        test_every_error_class_code_has_a_ui_text()


def test_service_texts_has_no_duplicate_codes():
    tree = ast.parse((ROOT / "ui" / "service_texts.py").read_text(encoding="utf-8"))
    keys = [k.value for node in ast.walk(tree) if isinstance(node, ast.Dict)
            for k in node.keys if isinstance(k, ast.Constant)]
    assert len(keys) == len(set(keys)) > 100


@pytest.mark.parametrize("field, value", [
    ("family_name", "x" * 10_001), ("given_name", "y" * 10_001), ("file_number", "1" * 100),
    ("email", "a" * 400), ("phone", "5" * 100), ("preferred_language", "deutsch!!!")])
def test_validation_labels_are_registered(field, value):
    person = {"family_name": "Muster", "given_name": "Erika", field: value}
    with pytest.raises(errors.ValidationFailed) as raised:
        ApplicantInput(**person).validated()
    assert raised.value.params["label"] in LABELS
    assert raised.value.code in ERRORS


@pytest.fixture
def english(qapp):
    installed = install_translations(qapp, "en")
    yield
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale.system())


def test_service_errors_in_english(english):
    from desk_app.services.fees import UnknownFee

    too_long = pytest.raises(errors.ValidationFailed)
    with too_long as raised:
        ApplicantInput(family_name="x" * 10_001, given_name="").validated()
    assert message_for(raised.value) == "Please check the input: Family name is too long."
    duplicate = errors.ValidationFailed(message="Buchungsnummer {reference} ist schon vergeben.",
                                        error_code="booking_reference_taken",
                                        reference="T7KX3M9Q")
    assert str(duplicate) == "Buchungsnummer T7KX3M9Q ist schon vergeben."
    assert duplicate.code == "booking_reference_taken"
    assert message_for(duplicate).endswith("Booking reference T7KX3M9Q is already taken.")
    fee = UnknownFee(fee_code="AT_X", day="25.11.2026")
    assert message_for(fee) == "Fee AT_X is not in the fee schedule on 25.11.2026."


def test_the_code_not_the_german_text_chooses_the_translation(english):
    """A German text the UI has never seen is translated by its code."""
    error = errors.ValidationFailed(message="Kein Arbeitsplatz ausgewählt.",
                                    error_code="no_counter")
    assert str(error) == "Kein Arbeitsplatz ausgewählt."          # the CLI and the log
    assert message_for(error) == "Please check the input: No counter selected."


def test_a_batch_names_the_invalid_receipt_in_english(english):
    from desk_app.services.receipts import BatchRequestInvalid

    try:
        try:
            raise errors.ValidationFailed(message="Bitte den Namen des Zahlenden angeben.",
                                          error_code="payer_name_missing")
        except errors.ValidationFailed as exc:
            raise BatchRequestInvalid(position=2, count=3, message=str(exc)) from exc
    except BatchRequestInvalid as batch:
        text = message_for(batch)
    assert text == ("Receipt 2 of 3 in the batch: Please give the payer's name. "
                    "No receipt of the batch was issued.")


def test_the_recall_lock_time_follows_the_ui_locale(english):
    until = dt.datetime(2026, 11, 25, 13, 5, tzinfo=dt.timezone.utc)   # 14:05 in Berlin
    error = errors.RecallLocked(until_local="14:05", until=until)
    assert message_for(error) == "Can be called again from 14:05 (recall lock)."
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert message_for(error) == "Can be called again from 2:05\u202fPM (recall lock)." \
        or message_for(error) == "Can be called again from 2:05 PM (recall lock)."


def test_date_params_follow_the_ui_locale(english):
    from desk_app.domain.capacity import SlotInPast

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    error = SlotInPast(when=dt.date(2026, 11, 25))
    assert "11/25/26" in message_for(error)


def test_service_errors_stay_german_without_translation(qapp):
    error = errors.ValidationFailed(message="{label} ist zu lang.", label="Vorname")
    assert message_for(error) == "Eingabe prüfen: Vorname ist zu lang."
    coded = errors.ValidationFailed(message="{label} ist zu lang.", error_code="text_too_long",
                                    label="Vorname")
    assert message_for(coded) == "Eingabe prüfen: Vorname ist zu lang."


def test_validation_failed_stays_backwards_compatible():
    error = errors.ValidationFailed("Der Stapel enthält keine Quittung.")
    assert error.code == "validation_failed" and error.text == str(error)
    assert errors.ValidationFailed.code == "validation_failed"
    coded = errors.ValidationFailed(message="Dienststelle {code}.", error_code="x", code="AB")
    assert (coded.code, coded.params["code"], str(coded)) == ("x", "AB", "Dienststelle AB.")


def test_admin_field_messages_have_codes_with_ui_texts():
    from desk_app.domain.admin_rules import FIELD_CODES, FIELD_MESSAGES, FieldMessage

    assert len(FIELD_CODES) == len(set(FIELD_CODES.values())) == len(FIELD_MESSAGES)
    for text, code in FIELD_CODES.items():
        assert code in FIELDS and _placeholders(FIELDS[code]) == _placeholders(text), code
    assert FieldMessage(FIELD_MESSAGES[0], {}).code == FIELD_CODES[FIELD_MESSAGES[0]]


def test_admin_field_messages_in_english(english):
    from desk_app.domain import admin_rules as rules
    from desk_app.ui.admin.form import translated

    assert translated(rules.FieldMessage(rules.MSG_REQUIRED, {})) == "Required."
    assert translated(rules.FieldMessage(rules.MSG_TOO_LONG, {"limit": 5})) == \
        "At most 5 characters."
