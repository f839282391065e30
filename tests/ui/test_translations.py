"""Every visible string goes through tr(); the English translation is complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.app import install_translations, translations_dir
from desk_app.domain.states import State

ROOT = Path(__file__).resolve().parents[2]


def test_english_ts_is_complete_and_compiled():
    tree = ET.parse(translations_dir() / "desk_app_en.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 150
    def text(m):        # a counted text's forms, or the one translation
        forms = m.find("translation").findall("numerusform")
        return " ".join(f.text or "" for f in forms) if forms else m.find("translation").text

    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (text(m) or "").strip()]
    assert unfinished == []
    assert (translations_dir() / "desk_app_en.qm").stat().st_size > 1000


#: The counter/reception window's modules. Other screens in desk_app/ui (printing,
#: statistics, shift lead) are collected by desk_app/resources/translations/update.sh as well.
WINDOW_MODULES = ["app.py", "ui/shell/window.py", "ui/shell/status.py", "ui/shell/registry.py",
                  "ui/intake/view.py", "ui/queue/controller.py", "ui/queue/counter.py",
                  "ui/queue/reception.py", "ui/queue/entry_actions.py", "ui/queue/tickets.py",
                  "ui/receipts/__init__.py", "ui/output/__init__.py",
                  "ui/entry_panel.py", "ui/queue_model.py", "ui/queue_filter.py",
                  "ui/queue_pane.py", "ui/labels.py", "ui/error_messages.py",
                  "ui/screenshot.py", "ui/async_tools.py",
                  "ui/dialogs/confirm.py", "ui/dialogs/reason_dialog.py",
                  "ui/dialogs/forward_dialog.py", "ui/dialogs/finish_dialog.py",
                  "ui/dialogs/walk_in_dialog.py", "ui/dialogs/parts.py"]


def test_ts_covers_every_tr_call(tmp_path):
    """lupdate on the window's sources finds nothing the .ts lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    target = tmp_path / "check.ts"
    target.write_bytes((translations_dir() / "desk_app_en.ts").read_bytes())
    files = [str(ROOT / "desk_app" / name) for name in WINDOW_MODULES]
    out = subprocess.run([str(lupdate), *files,
                          "-source-language", "de", "-target-language", "en", "-ts", str(target)],
                         capture_output=True, text=True, check=True).stdout
    assert "(0 new and" in out, out


def test_english_is_loaded_when_configured(qapp):
    from desk_app.ui.labels import action_label, state_label
    from desk_app.ui.queue_model import column_titles
    from desk_app.domain.states import Action

    installed = install_translations(qapp, "en")
    try:
        assert state_label(State.WAITING) == "Waiting"
        assert action_label(Action.NOT_ANSWERING) == "Not answering"
        assert column_titles()[2] == "Names"
        assert QCoreApplication.translate("QueueController", "Nächste Person aufrufen") == "Call next person"
    finally:
        for t in installed:  # leave the application as the other tests expect it
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.system())
    assert state_label(State.WAITING) == "Wartend"


@pytest.mark.parametrize("language, one, two", [
    ("de", "Ganze &Familie, 1 Person (F)", "Ganze &Familie, 2 Personen (F)"),
    ("en", "The whole &family, 1 person (F)", "The whole &family, 2 people (F)"),
])
def test_a_count_of_one_reads_in_the_singular(qapp, language, one, two):
    """"Ganze Familie, 1 Personen": a counted text has its singular and plural in both
    languages (German through its own .qm, since the source has one form only)."""
    installed = install_translations(qapp, language)
    try:
        text = "Ganze &Familie, %n Personen (F)"
        assert QCoreApplication.translate("FollowUpDialog", text, "", 1) == one
        assert QCoreApplication.translate("FollowUpDialog", text, "", 2) == two
        assert QCoreApplication.translate("HoursDialog", "%n Öffnungszeiten gespeichert.", "",
                                          1).startswith("1 " + ("Öffnungszeit " if language == "de"
                                                                 else "opening hours entry "))
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.system())


def test_every_counted_text_has_its_forms_in_both_languages():
    for name in ("desk_app_en.ts", "desk_app_de.ts"):
        tree = ET.parse(translations_dir() / name)
        counted = [m for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]
        assert counted, name
        for m in counted:
            forms = [f.text for f in m.find("translation").findall("numerusform")]
            assert len(forms) == 2 and all(forms), (name, m.find("source").text)
    assert (translations_dir() / "desk_app_de.qm").stat().st_size > 1000


def test_the_selfchecks_english_ui_passes_in_process(qapp):
    """The installed wheel's and the one-folder build's `desk-app selfcheck` compare every
    English text, counted ones (%n) by their singular and plural: a quick run here, so
    that a new kind of text fails in seconds, not in the slow packaging tests."""
    from desk_app.selfcheck import check_english_ui

    assert check_english_ui().endswith("texts translated to English")
