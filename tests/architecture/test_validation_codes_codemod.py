"""scripts/codemods/validation_codes.py adds ``error_code=`` to ValidationFailed calls by
their German text, as a pure addition on the same call, idempotently, on any tree."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "codemods" / "validation_codes.py"

SOURCE = '''\
from desk_app.domain import errors
from desk_app.domain.errors import ValidationFailed


def check(people, reference, ok):
    if not people:
        raise errors.ValidationFailed(message="Mindestens eine Person ist nötig.")
    if reference:
        raise errors.ValidationFailed(
            message="Buchungsnummer {reference} ist schon vergeben.", reference=reference)
    if ok is None:
        raise ValidationFailed("Öffnungszeit? " "Kein Ziel gewählt.")
    raise ValidationFailed("Kein " "Ziel gewählt.")  # ä
'''


@pytest.fixture(scope="module")
def codemod():
    spec = importlib.util.spec_from_file_location("validation_codes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_adds_the_code_after_the_message_and_nothing_else(codemod):
    new, added, unknown = codemod.rewrite(SOURCE)
    assert [code for _, code in added] == ["people_missing", "booking_reference_taken",
                                          "no_target"]
    assert unknown == [(12, "Öffnungszeit? Kein Ziel gewählt.")]
    assert 'message="Mindestens eine Person ist nötig.", error_code="people_missing")' in new
    assert ('message="Buchungsnummer {reference} ist schon vergeben.", '
            'error_code="booking_reference_taken", reference=reference)') in new
    assert 'ValidationFailed("Kein " "Ziel gewählt.", error_code="no_target")  # ä' in new
    removed = [line for line in SOURCE.splitlines() if line not in new.splitlines()]
    assert len(removed) == 3 and len(new.splitlines()) == len(SOURCE.splitlines())


def test_is_idempotent(codemod):
    once, _, _ = codemod.rewrite(SOURCE)
    twice, added, _ = codemod.rewrite(once)
    assert twice == once and added == []


def test_the_command_rewrites_a_tree_and_checks_it(codemod, tmp_path, capsys):
    package = tmp_path / "services"
    package.mkdir()
    module = package / "people.py"
    module.write_text(SOURCE.replace('"Öffnungszeit? " ', ""), encoding="utf-8")
    assert codemod.main(["--check", str(tmp_path)]) == 1
    assert module.read_text(encoding="utf-8") == SOURCE.replace('"Öffnungszeit? " ', "")
    assert codemod.main([str(tmp_path)]) == 0
    assert 'error_code="no_target"' in module.read_text(encoding="utf-8")
    assert codemod.main(["--check", str(tmp_path)]) == 0
    module.write_text(SOURCE, encoding="utf-8")
    assert codemod.main([str(tmp_path)]) == 2
    assert "no code for 'Öffnungszeit? Kein Ziel gewählt.'" in capsys.readouterr().err


def test_this_tree_is_done(codemod):
    assert codemod.main(["--check"]) == 0
