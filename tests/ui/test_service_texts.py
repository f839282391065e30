"""The errors of the Qt-free layers reach an English user in English: every template and
validation message in domain/ and services/ is registered in ui/service_texts.py (so
lupdate collects it), and message_for translates it before filling it in."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import desk_app.domain
import desk_app.services
from desk_app.app import install_translations
from desk_app.domain import errors
from desk_app.services.applicant_input import ApplicantInput
from desk_app.ui.error_messages import message_for
from desk_app.ui.service_texts import LABELS, TEXTS

ROOT = Path(__file__).resolve().parents[2] / "desk_app"


def _error_classes():
    for package in (desk_app.domain, desk_app.services):
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")
    pending = [errors.DomainError]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        yield cls


def _validation_messages():
    for path in [*(ROOT / "domain").rglob("*.py"), *(ROOT / "services").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(
                    node.func, "attr", getattr(node.func, "id", None)) == "ValidationFailed"):
                continue
            for kw in node.keywords:
                if kw.arg == "message":
                    assert isinstance(kw.value, ast.Constant), (
                        f"{path.name}:{node.lineno}: ValidationFailed needs a fixed message "
                        "with {placeholders} and params, not an f-string")
                    yield kw.value.value


def test_every_service_text_is_registered_for_translation():
    templates = {cls.__dict__["template"] for cls in _error_classes()
                 if "template" in cls.__dict__} - {"{message}"}
    messages = set(_validation_messages())
    assert len(templates) > 25 and len(messages) > 20
    assert templates - set(TEXTS) == set()
    assert messages - set(TEXTS) == set()


@pytest.mark.parametrize("field, value", [
    ("family_name", "x" * 10_001), ("given_name", "y" * 10_001), ("file_number", "1" * 100),
    ("email", "a" * 400), ("phone", "5" * 100), ("preferred_language", "deutsch!!!")])
def test_validation_labels_are_registered(field, value):
    person = {"family_name": "Muster", "given_name": "Erika", field: value}
    with pytest.raises(errors.ValidationFailed) as raised:
        ApplicantInput(**person).validated()
    assert raised.value.params["label"] in LABELS


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
                                        reference="T7KX3M9Q")
    assert str(duplicate) == "Buchungsnummer T7KX3M9Q ist schon vergeben."
    assert message_for(duplicate).endswith("Booking reference T7KX3M9Q is already taken.")
    fee = UnknownFee(fee_code="AT_X", day="25.11.2026")
    assert message_for(fee) == "Fee AT_X is not in the fee schedule on 25.11.2026."


def test_service_errors_stay_german_without_translation(qapp):
    error = errors.ValidationFailed(message="{label} ist zu lang.", label="Vorname")
    assert message_for(error) == "Eingabe prüfen: Vorname ist zu lang."


def test_admin_field_messages_are_registered():
    from desk_app.domain.admin_rules import FIELD_MESSAGES

    assert set(FIELD_MESSAGES) - set(TEXTS) == set()
