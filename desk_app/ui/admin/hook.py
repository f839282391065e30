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
from desk_app.services.admin import REFERENCE_ENTITIES

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
    entities = {r.entity for r in records}
    try:
        if "role_permission" in entities:
            await reload_policy(window)
        if "service" in entities:
            window.services = await window.desk.services()
    except Exception:  # offline: the next start()/reload brings them
        log.info("reference data not reloaded (offline)")
    if not entities & {"service_point", "counter"}:
        return
    try:
        service_points = await window.desk.service_points()
    except Exception:  # offline: the next start()/reload brings them
        return
    view = window.counter_view
    window.service_points = service_points
    view.set_service_points(service_points, view.service_point_id(), view.counter_id())


async def reload_policy(window) -> None:
    """The office's role permissions (admin screen *Berechtigungen*) for this window's
    actor and the facades that act as it."""
    import dataclasses

    from desk_app.services import admin as admin_service

    policy = await window.desk.read(admin_service.load_policy)
    window.desk.ctx = dataclasses.replace(window.desk.ctx, policy=policy)
    for facade in (getattr(window, "print_desk", None), getattr(window, "receipt_desk", None)):
        if facade is not None:
            facade.ctx = window.desk.ctx
    window.update_actions()


async def shutdown(window) -> None:
    admin = getattr(window, "admin_window", None)
    if admin is not None:
        await admin.shutdown()
        admin.close()
