"""The admin's routing rules of the mailbox worklist (issue 20): the list in the order the
rules are tried, add, edit, delete, move up and down within a kind, a probe that shows
where a text would go and why, and Speichern for the whole set (services/routing_rules)."""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain import mail_routing as routing
from desk_app.domain.mail_concerns import normalise_file_number
from desk_app.services.routing_rules import ENTITY, RoutingRulesFacade

from ..async_tools import TaskSet
from ..keyed_model import Column, KeyedTableModel
from ..operation import Operations
from .form import translated

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("RoutingRules", text)


KIND_TEXTS = {  # the German labels of routing.RULE_KIND_LABELS, for lupdate
    routing.RuleKind.FILE_PREFIX: lambda: translate("RoutingRules", "Aktenzeichen beginnt mit"),
    routing.RuleKind.CATEGORY: lambda: translate("RoutingRules", "Formular-Kategorie"),
    routing.RuleKind.WORD: lambda: translate("RoutingRules", "Wort im Anliegen"),
}
PROBLEM_TEXTS = (lambda: translate("RoutingRules", "Bitte ein Muster angeben."),
                 lambda: translate("RoutingRules", "Diese Dienststelle gibt es nicht."))


@dataclass(frozen=True)
class Line:
    """One rule in the editor; ``uid`` keys it while its text changes."""

    uid: int
    position: int
    rule: routing.RoutingRule


class RulesModel(KeyedTableModel[Line]):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(lambda: translate("RoutingRules", "Nr."), lambda l: str(l.position), sort_key=lambda l: l.position,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(lambda: translate("RoutingRules", "Art"), lambda l: KIND_TEXTS[l.rule.kind]()),
            Column(lambda: translate("RoutingRules", "Muster"), lambda l: l.rule.pattern),
            Column(lambda: translate("RoutingRules", "Dienststelle"), lambda l: l.rule.service_point),
        ], key=lambda l: l.uid, parent=parent)


class RoutingRulesScreen(QWidget):
    entities = frozenset({ENTITY})

    def __init__(self, facade: RoutingRulesFacade, parent=None) -> None:
        super().__init__(parent)
        self.facade = facade
        self.ops = Operations(parent=self)
        self.tasks = TaskSet()
        self.ops.message.connect(self.show_status)
        self._uids = itertools.count(1)
        self.rules: list[routing.RoutingRule] = []
        self.codes: list[str] = []
        self.dirty = False
        self.model = RulesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.kind = QComboBox()
        for kind in routing.RuleKind:
            self.kind.addItem(KIND_TEXTS[kind](), kind)
        self.pattern = QLineEdit()
        self.pattern.setMaxLength(routing.MAX_PATTERN)
        self.service_point = QComboBox()
        self.probe = QLineEdit()
        self.probe.setPlaceholderText(translate("RoutingRules", "Text, Kategorie oder Aktenzeichen zum Ausprobieren"))
        self.probe_result = _plain(QLabel())
        self.probe.textChanged.connect(self._probe)
        self.status = _plain(QLabel())
        form = QFormLayout()
        form.addRow(translate("RoutingRules", "Art"), self.kind)
        form.addRow(translate("RoutingRules", "Muster"), self.pattern)
        form.addRow(translate("RoutingRules", "Dienststelle"), self.service_point)
        self.buttons = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name, text, slot, row in (
                ("add", translate("RoutingRules", "Hinzufügen"), self.add, row1),
                ("apply", translate("RoutingRules", "Ändern"), self.apply, row1),
                ("delete", translate("RoutingRules", "Löschen"), self.delete, row1),
                ("up", translate("RoutingRules", "Nach oben"), lambda: self.move(-1), row2),
                ("down", translate("RoutingRules", "Nach unten"), lambda: self.move(1), row2),
                ("save", translate("RoutingRules", "Speichern"), self.save, row2),
                ("revert", translate("RoutingRules", "Verwerfen"), lambda: self.tasks.spawn(self.reload()), row2)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row1.addStretch(1)
        row2.addStretch(1)
        hint = _plain(QLabel(translate("RoutingRules", "Eine Anfrage geht an die Dienststelle der ersten passenden "
                                "Regel: erst Aktenzeichen, dann Formular-Kategorie, dann "
                                "Wörter; innerhalb einer Art von oben nach unten.")))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.probe)
        layout.addWidget(self.probe_result)
        layout.addWidget(self.status)
        self.ops.changed.connect(self._update_buttons)
        self._update_buttons()

    @property
    def title(self) -> str:
        return translate("RoutingRules", "Weiterleitung (Postfach)")

    # -- loading -----------------------------------------------------------------------
    async def reload(self) -> None:
        async def read():
            return await self.facade.rules(), await self.facade.service_point_codes()

        outcome = await self.ops.read(read, what="routing rules")
        if not outcome:     # shown; the screen stays usable
            return
        rules, codes = outcome.value
        self.codes = codes
        self.service_point.clear()
        self.service_point.addItems(codes)
        self._show(rules, select=0 if rules else None)
        self.dirty = False
        self.show_status("")

    def _show(self, rules: list[routing.RoutingRule], *, select: int | None) -> None:
        self.rules = routing.ordered(rules)
        self.model.set_rows(Line(next(self._uids), i + 1, r) for i, r in enumerate(self.rules))
        if select is not None and self.rules:
            self.table.selectRow(min(select, len(self.rules) - 1))
        self._probe()
        self._update_buttons()

    def current_index(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _row_changed(self, *_args) -> None:
        i = self.current_index()
        if i is None:
            return
        rule = self.rules[i]
        self.kind.setCurrentIndex(self.kind.findData(rule.kind))
        self.pattern.setText(rule.pattern)
        self.service_point.setCurrentText(rule.service_point)
        self._update_buttons()

    # -- editing (local until Speichern) -------------------------------------------------
    def _form_rule(self, priority: int) -> routing.RoutingRule | None:
        rule = routing.RoutingRule(routing.RuleKind(self.kind.currentData()),
                                   self.pattern.text().strip(),
                                   self.service_point.currentText(), priority)
        problems = routing.rule_problems(rule, set(self.codes))
        if problems:
            self.show_status(" ".join(tr(t) for t in problems.values()), True)
            return None
        return rule

    def add(self) -> None:
        rule = self._form_rule(10_000)      # last of its kind
        if rule is None:
            return
        rules = routing.renumbered(routing.ordered([*self.rules, rule]))
        self._changed(rules, _index_of(rules, rule))

    def apply(self) -> None:
        i = self.current_index()
        if i is None:
            return
        old = self.rules[i]
        rule = self._form_rule(old.priority if self.kind.currentData() == old.kind else 10_000)
        if rule is None:
            return
        rules = list(self.rules)
        rules[i] = rule
        rules = routing.renumbered(routing.ordered(rules))
        self._changed(rules, _index_of(rules, rule))

    def delete(self) -> None:
        i = self.current_index()
        if i is None:
            return
        rules = list(self.rules)
        del rules[i]
        self._changed(routing.renumbered(rules), i)

    def move(self, delta: int) -> None:
        i = self.current_index()
        if i is None:
            return
        rules, target = routing.moved(self.rules, i, delta)
        if target != i:
            self._changed(rules, target)

    def _changed(self, rules: list[routing.RoutingRule], select: int) -> None:
        self._show(rules, select=select)
        self.dirty = True
        self.show_status(translate("RoutingRules", "Geändert: mit Speichern gelten die Regeln für neue Anfragen."))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        self.tasks.spawn(self._save())

    async def _save(self):
        def refused(exc) -> bool:
            fields = getattr(exc, "fields", None)
            if not fields:
                return False
            self.show_status(" ".join(translated(m) for m in fields.values()), True)
            return True

        outcome = await self.ops.run("save-routing-rules", lambda _key: self.facade.save(
            self.rules), what="save routing rules", on_domain_error=refused,
            success=lambda _rules: translate("RoutingRules", "Gespeichert."))
        if outcome:
            self._show(outcome.value, select=self.current_index() or 0)
            self.dirty = False
        return outcome

    # -- the probe -----------------------------------------------------------------------
    def _probe(self, *_args) -> None:
        text = self.probe.text().strip()
        if not text:
            self.probe_result.setText("")
            return
        r = routing.route(self.rules, file_number=normalise_file_number(text), category=text,
                          concern_text=text)
        self.probe_result.setText(translate("RoutingRules", "→ {0}: {1}").format(r.service_point, r.reason))

    def _update_buttons(self) -> None:
        selected = self.current_index() is not None
        for name in ("apply", "delete", "up", "down"):
            self.buttons[name].setEnabled(selected)
        self.buttons["save"].setEnabled(not self.ops.in_flight("save-routing-rules"))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    async def shutdown(self) -> None:
        self.ops.cancel()
        await self.tasks.cancel_all()


def _index_of(rules: list[routing.RoutingRule], rule: routing.RoutingRule) -> int:
    """Where ``rule`` is now (its priority may have been renumbered)."""
    return next(i for i, r in enumerate(rules) if (r.kind, r.pattern, r.service_point) ==
                (rule.kind, rule.pattern, rule.service_point))


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def routing_rules_screen(admin_facade) -> RoutingRulesScreen:
    """The tab of the admin window (ui/admin/window.py), from its AdminFacade."""
    return RoutingRulesScreen(RoutingRulesFacade(admin_facade.desk))
