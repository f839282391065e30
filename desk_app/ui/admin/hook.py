"""How the main window reaches administration (a few lines there, the rest here):

- ``install_menu(window)``: a menu "Verwaltung" for shift leads (audit browser) and admins
  (every admin screen), opening the AdminWindow beside the main window;
- ``on_changes(window, records)``: reference data changed anywhere: the main window reloads
  its service points (keeping the station's service point and counter) and an open
  AdminWindow reloads what it shows;
- ``shutdown(window)``: stops an open AdminWindow.
"""

from __future__ import annotations

import logging
from typing import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.domain.roles import Permission
from desk_app.services.admin_facade import REFERENCE_ENTITIES

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

ADMIN_SHORTCUT = "Ctrl+Shift+V"


def install_menu(window) -> QAction | None:
    ctx = window.desk.ctx
    allows = ctx.policy.allows
    if not (allows(ctx.actor.role, Permission.ADMINISTER)
            or allows(ctx.actor.role, Permission.REASSIGN)):
        return None
    action = QAction(translate("Admin", "&Verwaltung …"), window)
    action.setObjectName("adminAction")
    action.setShortcut(QKeySequence(ADMIN_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_admin(window))
    menu = window.menuBar().addMenu(translate("Admin", "V&erwaltung"))
    menu.addAction(action)
    window.admin_action = action
    return action


def open_admin(window):
    from desk_app.services.admin_facade import AdminFacade

    from .window import AdminWindow

    admin = getattr(window, "admin_window", None)
    if admin is None:
        admin = AdminWindow(AdminFacade(window.desk))
        admin.setWindowFlag(Qt.WindowType.Window, True)
        admin.resize(1300, 800)
        window.admin_window = admin
        window.tasks.spawn(admin.start(), "admin-start")
    admin.show()
    admin.raise_()
    return admin


async def on_changes(window, records: Iterable) -> None:
    records = [r for r in records if r.entity in REFERENCE_ENTITIES]
    if not records:
        return
    admin = getattr(window, "admin_window", None)
    if admin is not None:
        await admin.on_changes(records)
    # service points, counters and services are the queue screens' (ui/queue): they
    # follow the change feed themselves
    if any(r.entity == "role_permission" for r in records):
        try:
            await reload_policy(window)
        except Exception:  # offline: the next start()/reload brings them
            log.info("role permissions not reloaded (offline)")


async def reload_policy(window) -> None:
    """The office's role permissions (admin screen *Berechtigungen*) for this window's
    actor and the facades that act as it."""
    from desk_app.services.admin_facade import AdminFacade

    policy = await AdminFacade(window.desk).policy()
    window.desk.workplace.set_policy(policy)     # every facade acts as this station
    window.update_actions()


async def shutdown(window) -> None:
    admin = getattr(window, "admin_window", None)
    if admin is not None:
        await admin.shutdown()
        admin.close()
