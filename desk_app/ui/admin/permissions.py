"""Which role holds which permission: a matrix (permissions × roles) of check boxes,
saved per role through the facade, each call run by the screen's ``Operations``."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.admin_rules import InvalidFields
from desk_app.domain.roles import Permission, Role

from ..async_tools import TaskSet
from ..operation import Operations
from .entities import role_label
from .form import translated
from .record_model import SORT_ROLE

translate = QCoreApplication.translate


def permission_label(p: Permission) -> str:
    return {
        Permission.BOOK: translate("Admin", "Termine buchen"),
        Permission.CHECK_IN: translate("Admin", "Einchecken"),
        Permission.REGISTER_WALK_IN: translate("Admin", "Vorsprache ohne Termin"),
        Permission.CALL: translate("Admin", "Aufrufen"),
        Permission.CALL_SPECIFIC: translate("Admin", "Bestimmte Person aufrufen"),
        Permission.SERVE: translate("Admin", "Bedienen"),
        Permission.MARK_NO_SHOW: translate("Admin", "Nicht erschienen"),
        Permission.CANCEL: translate("Admin", "Stornieren"),
        Permission.LEAVE: translate("Admin", "Gegangen"),
        Permission.REINSTATE: translate("Admin", "Wiederaufnehmen"),
        Permission.LATE_ARRIVAL: translate("Admin", "Verspätete Ankunft"),
        Permission.REASSIGN: translate("Admin", "Umverteilen"),
        Permission.VIEW_ALL_SERVICE_POINTS: translate("Admin", "Alle Dienststellen sehen"),
        Permission.ADMINISTER: translate("Admin", "Administration"),
    }[p]


class PermissionModel(QAbstractTableModel):
    """Rows: permissions; columns: roles; a cell is checked when the role holds it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.permissions = list(Permission)
        self.roles = list(Role)
        self.grants: dict[str, set[str]] = {r.value: set() for r in self.roles}
        self.saved: dict[str, frozenset[str]] = {}

    def set_rows(self, grants: Mapping[str, frozenset[str]]) -> None:
        self.beginResetModel()
        self.grants = {r.value: set(grants.get(r.value, ())) for r in self.roles}
        self.saved = {r: frozenset(p) for r, p in self.grants.items()}
        self.endResetModel()

    def update_rows(self, grants: Mapping[str, frozenset[str]]) -> None:
        for role, perms in grants.items():
            if role in self.grants:
                self.grants[role] = set(perms)
                self.saved[role] = frozenset(perms)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.permissions) - 1,
                                                           len(self.roles) - 1))

    def changed_roles(self) -> list[str]:
        return [r for r, p in self.grants.items() if frozenset(p) != self.saved.get(r)]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.permissions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.roles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return role_label(self.roles[section].value)
        return permission_label(self.permissions[section])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        held = self.permissions[index.row()].value in self.grants[self.roles[index.column()].value]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return int(held)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        perms = self.grants[self.roles[index.column()].value]
        p = self.permissions[index.row()].value
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            perms.add(p)
        else:
            perms.discard(p)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PermissionsScreen(QWidget):
    entities = frozenset({"role_permission"})

    def __init__(self, facade, parent=None) -> None:
        super().__init__(parent)
        self.facade = facade
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: self.status.setText(text))
        self.model = PermissionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(translate("Admin", "Speichern"))
        self.save_button.clicked.connect(lambda: self.tasks.spawn(self.save(), "perm-save"))
        hint = QLabel(translate("Admin", "Welche Rolle was darf. Die Datenbank setzt die Rollen "
                                         "zusätzlich durch (desk-app db roles)."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @property
    def title(self) -> str:
        return translate("Admin", "Berechtigungen")

    async def reload(self) -> None:
        read = await self.ops.read(self.facade.role_permissions, what="role permissions")
        if read:
            self.model.set_rows(read.value)

    async def save(self) -> None:
        def refused(exc) -> bool:
            if not isinstance(exc, InvalidFields):
                return False
            self.status.setText(" ".join(translated(m) for m in exc.fields.values()))
            return True

        for role in self.model.changed_roles():
            grants = sorted(self.model.grants[role])
            outcome = await self.ops.run(
                ("role-permissions", role),
                lambda _key: self.facade.set_role_permissions(role, grants),
                what="saving role permissions", on_domain_error=refused)
            if not outcome:
                return
            self.model.update_rows({role: outcome.value})
        self.status.setText(translate("Admin", "Gespeichert."))

    async def shutdown(self) -> None:
        self.ops.cancel()
        await self.tasks.cancel_all()
