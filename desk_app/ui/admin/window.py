"""The administration window: one tab per admin screen and the audit browser. It follows
the change feed: a change of reference data elsewhere reloads the screens that show it."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.services.admin_facade import AdminFacade

from ..async_tools import TaskSet
from .audit_screen import AuditScreen
from .entities import ADAPTERS
from .permissions import PermissionsScreen
from .routing_rules import routing_rules_screen
from .screen import RecordScreen

translate = QCoreApplication.translate


class AdminWindow(QWidget):
    def __init__(self, facade: AdminFacade, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Admin", "Verwaltung"))
        self.facade = facade
        self.tasks = TaskSet()
        self.tabs = QTabWidget()
        self.screens: list = []
        ctx = facade.ctx
        if ctx.policy.allows(ctx.actor.role, Permission.ADMINISTER):
            for adapter_cls in ADAPTERS:
                adapter = adapter_cls(facade)
                screen = RecordScreen(adapter)
                self.screens.append(screen)
                self.tabs.addTab(screen, adapter.title)
            perms = PermissionsScreen(facade)
            self.screens.append(perms)
            self.tabs.addTab(perms, perms.title)
            rules = routing_rules_screen(facade)        # issue 20: the mailbox's routing
            self.screens.append(rules)
            self.tabs.addTab(rules, rules.title)
        audit = AuditScreen(facade)
        self.audit = audit
        self.screens.append(audit)
        self.tabs.addTab(audit, audit.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    async def start(self) -> None:
        for screen in self.screens:
            await screen.reload()

    def entities_of(self, screen) -> frozenset[str]:
        return getattr(getattr(screen, "adapter", screen), "entities", frozenset())

    async def on_changes(self, records: Iterable) -> None:
        """Reloads the screens whose data changed elsewhere (or here)."""
        changed = {r.entity for r in records}
        for screen in self.screens:
            if changed & self.entities_of(screen):
                await screen.reload()

    async def shutdown(self) -> None:
        for screen in self.screens:
            await screen.shutdown()
        await self.tasks.cancel_all()
