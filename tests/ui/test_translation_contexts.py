"""The English UI finds its texts: lupdate files every tr() text under the context the
code looks it up with at run time. A text called through an alias (`tr = self.tr`,
`board.tr(...)`, a module-level `def tr(text)` wrapper) was filed under an empty or a
variable's name, and the English window showed it in German ("Neu laden", the shift
lead's buttons, the whole Terminanfragen screen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.app import install_translations, translations_dir


def test_no_text_is_filed_under_an_empty_or_a_variable_context():
    tree = ET.parse(translations_dir() / "desk_app_en.ts")
    misfiled = [(c.findtext("name"), m.findtext("source"))
                for c in tree.getroot().iter("context")
                for m in c.iter("message")
                if not (c.findtext("name") or "") or not c.findtext("name")[0].isupper()]
    assert misfiled == []


@pytest.fixture
def english(qapp):
    installed = install_translations(qapp, "en")
    yield
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale.system())


def test_the_windows_texts_are_english_under_their_runtime_context(english):
    from desk_app.ui.lead.board import LeadScreen
    from desk_app.ui.queue.controller import QueueController
    from desk_app.ui.requests import poller, screen
    from desk_app.ui.admin import routing_rules
    from desk_app.ui.requests import model

    def tr(cls, text):
        return QCoreApplication.translate(cls.staticMetaObject.className(), text)

    assert tr(QueueController, "Neu laden") == "Reload"
    assert tr(QueueController, "Dokument bestellen …") == "Order document …"
    assert tr(LeadScreen, "Dienststellen heute") != "Dienststellen heute"
    assert tr(LeadScreen, "&Umverteilen …") != "&Umverteilen …"
    # the board's column titles, as its tables show them
    from desk_app.ui.lead.models import CounterModel, ServicePointModel
    from PySide6.QtCore import Qt
    for table in (ServicePointModel(), CounterModel(now=lambda: None)):
        titles = [table.headerData(i, Qt.Orientation.Horizontal)
                  for i in range(table.columnCount())]
        assert not {"Dienststelle", "Wartend", "Längste Wartezeit", "Mitarbeiter/in",
                    "Seit"} & set(titles), titles
    # the module-level wrappers look up their own contexts
    assert screen.tr("Postfach abrufen") != "Postfach abrufen"
    assert model.tr("Anliegen") == "Concern"
    assert routing_rules.tr("Verwerfen") != "Verwerfen"
    assert poller.tr("{0} neue Nachrichten aus dem Postfach gelesen.") != \
        "{0} neue Nachrichten aus dem Postfach gelesen."
