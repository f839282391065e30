"""Administration as a part of the main window (ui/part.py; the shell knows nothing else
of it):

- its action "Verwaltung …" (menu "Verwaltung", Ctrl+Shift+V) for shift leads (audit
  browser) and admins (every admin screen), opening the AdminWindow beside the main window;
- ``on_changes(records)``: reference data changed anywhere: an open AdminWindow reloads
  what it shows, and changed role permissions reach every facade of this window;
- ``shutdown()``: stops an open AdminWindow.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.domain.roles import Permission
from desk_app.services.admin_facade import REFERENCE_ENTITIES

from ..actions import MENU
from ..operation import Operations

translate = QCoreApplication.translate
ADMIN_SHORTCUT = "Ctrl+Shift+V"


class AdminPart:
    def __init__(self, host) -> None:
        self.host = host
        self.admin_window = None       # the AdminWindow, once opened
        self.operations = Operations(parent=host)   # its background reads (quiet)
        self.action: QAction | None = None
        ctx = host.desk.ctx
        allows = ctx.policy.allows
        if (allows(ctx.actor.role, Permission.ADMINISTER)
                or allows(ctx.actor.role, Permission.REASSIGN)):
            action = self.action = QAction(translate("Admin", "&Verwaltung …"), host)
            action.setObjectName("adminAction")
            action.setShortcut(QKeySequence(ADMIN_SHORTCUT))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setProperty(MENU, "admin")
            action.triggered.connect(lambda _checked=False: self.open())

    def part_actions(self) -> list[QAction]:
        return [self.action] if self.action is not None else []

    def open(self):
        from desk_app.services.admin_facade import AdminFacade

        from .window import AdminWindow

        admin = self.admin_window
        if admin is None:
            admin = AdminWindow(AdminFacade(self.host.desk))
            admin.setWindowFlag(Qt.WindowType.Window, True)
            admin.resize(1300, 800)
            self.admin_window = admin
            self.host.tasks.spawn(admin.start(), "admin-start")
        admin.show()
        admin.raise_()
        return admin

    async def on_changes(self, records: Iterable) -> None:
        records = [r for r in records if r.entity in REFERENCE_ENTITIES]
        if records:         # in the background: the screens need not wait for it
            self.host.tasks.spawn(self._reference_changed(records), "admin-changes")

    async def _reference_changed(self, records: list) -> None:
        if self.admin_window is not None:
            await self.admin_window.on_changes(records)
        # service points, counters and services are the queue screens' (ui/queue): they
        # follow the change feed themselves
        if any(r.entity == "role_permission" for r in records):
            # offline: only logged, the next start()/reload brings them
            await self.operations.read(self.reload_policy, what="role permissions reload",
                                       quiet=True)

    async def reload_policy(self) -> None:
        """The office's role permissions (admin screen *Berechtigungen*) for this window's
        actor and the facades that act as it."""
        from desk_app.services.admin_facade import AdminFacade

        policy = await AdminFacade(self.host.desk).policy()
        self.host.desk.workplace.set_policy(policy)     # every facade acts as this station
        self.host.update_actions()

    async def shutdown(self) -> None:
        if self.admin_window is not None:
            await self.admin_window.shutdown()
            self.admin_window.close()
