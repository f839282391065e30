"""Staging the window for a screenshot (``desk-app screenshot``; the runner is
``desk_app.app.take_screenshot``): a representative picture of each screen."""

from __future__ import annotations

SCREEN_USERS = {"counter": ("sbbi1", "Schalter I1"), "reception": ("info1", ""),
                "lead": ("leitung", ""), "statistics": ("leitung", ""),
                "pickup": ("sbbi1", "Schalter I1"), "lead-ops": ("leitung", "")}
# the administration window's tabs, in their order (ui/admin/window.py); each is a screen
# "admin-<tab>" that pictures the AdminWindow with that tab current and a record selected
ADMIN_TABS = ("service-points", "counters", "services", "staff", "fees", "permissions",
              "routing-rules", "audit")
SCREEN_USERS.update({f"admin-{tab}": ("admin", "") for tab in ADMIN_TABS})
SCREENS = tuple(SCREEN_USERS)


def admin_tab(screen: str) -> str | None:
    """The admin tab a screen name pictures ("admin-fees" -> "fees"), else None."""
    tab = screen.removeprefix("admin-")
    return tab if tab != screen and tab in ADMIN_TABS else None


async def _stage_admin(window, tab: str, size: tuple[int, int]):
    """The administration window on the demo data, ``tab`` current, its first record (in
    the table's order) selected. Returns the window to picture."""
    from PySide6.QtCore import Qt

    from desk_app.services.admin_facade import AdminFacade
    from desk_app.ui.admin.window import AdminWindow

    window.statusBar().clearMessage()
    # as AdminPart.open opens it, but loaded here (awaited) rather than in the background
    admin = AdminWindow(AdminFacade(window.desk))
    admin.setWindowFlag(Qt.WindowType.Window, True)
    admin.resize(*size)
    part = getattr(window, "parts", {}).get("admin")
    if part is not None:
        part.admin_window = admin       # closed with the main window (AdminPart.shutdown)
    admin.show()
    await admin.start()
    if admin.tabs.count() != len(ADMIN_TABS):
        raise RuntimeError(f"the admin window has {admin.tabs.count()} tabs, "
                           f"the screenshot knows {len(ADMIN_TABS)}")
    index = ADMIN_TABS.index(tab)
    admin.tabs.setCurrentIndex(index)
    screen = admin.tabs.widget(index)
    table = screen.table
    if table.model().rowCount() > 0:        # the whole row, also where cells select alone
        from PySide6.QtCore import QItemSelectionModel

        first = table.model().index(0, 0)
        table.setCurrentIndex(first)
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().select(first, flags.ClearAndSelect | flags.Rows)
    return admin


async def _stage_lead_ops(window) -> None:
    """Issue 14: a break at Schalter I2, Schalter I4 closed, and a silent alarm raised at
    Schalter I1 (by another workstation), open on the shift lead's screen."""
    import dataclasses

    from desk_app.domain.lead import Presence
    from desk_app.services.desk import Desk
    from desk_app.services.lead_facade import LeadOps

    board = window.screens["lead"]
    counters = {c.name: c.id for sp in board.service_points for c in sp.counters}
    lead = LeadOps(window.desk)
    await lead.set_presence(Presence.BREAK, reason="Mittagspause",
                            counter_id=counters["Schalter I2"])
    await lead.set_presence(Presence.CLOSED, counter_id=counters["Schalter I4"])
    ctx = window.desk.ctx
    actor = dataclasses.replace(ctx.actor, counter_id=counters["Schalter I1"],
                                station="AB-I1-PC")
    other = LeadOps(Desk(window.desk.db, dataclasses.replace(ctx, actor=actor)))
    await other.raise_alarm()
    await board.refresh_presence()
    await window.parts["alarms"].alarm_center.refresh()
    rows = [r for r in board.sp_model.rows() if r.service_point_id is not None]
    if rows:
        board.select_service_point(rows[0].service_point_id)
    window.statusBar().clearMessage()


def stage(window, screen: str, search: str | None, size: tuple[int, int] = (1500, 900)):
    """A representative picture: the clerk's entry in service, or a reception search.
    Returns a coroutine to await for screens staged through the services (an admin screen's
    returns the window to picture instead of the main window)."""
    from desk_app.domain.states import State

    tab = admin_tab(screen)
    if tab is not None:
        return _stage_admin(window, tab, size)
    if screen == "lead-ops":
        return _stage_lead_ops(window)

    if screen == "lead":
        board = window.screens["lead"]
        # the service point with the longest queue, and its longest-waiting entry
        rows = [r for r in board.sp_model.rows() if r.service_point_id is not None]
        if rows:
            busiest = max(rows, key=lambda r: (r.waiting, r.in_service))
            board.select_service_point(busiest.service_point_id)
        window.statusBar().clearMessage()
        return
    if screen == "statistics":
        view = window.screens["statistics"]
        if view.layout_choice.count() > 1:      # a saved layout, as the office reports
            view.layout_choice.setCurrentIndex(1)
        view.compare.setChecked(True)            # reloads (the screenshot waits for it)
        window.statusBar().clearMessage()
        return
    if screen == "pickup":
        window.statusBar().clearMessage()
        return
    if screen == "reception":
        pane = window.screens["reception"].pane
        text = search
        if text is None:
            booked = [e for e in pane.model.rows() if e.state == State.BOOKED and e.members]
            text = booked[len(booked) // 3].members[0].family_name[:5] if booked else ""
        window.screens["reception"].search.setText(text)
        window.statusBar().clearMessage()
        return
    pane = window.screens["counter"].pane
    entries = pane.model.rows()
    # the clerk sits at a counter that has someone in service (a family if there is one)
    serving = sorted((e for e in entries if e.state == State.IN_SERVICE and e.counter_name),
                     key=lambda e: -len(e.members))
    pick = serving[0] if serving else next(
        (e for e in entries if e.state == State.WAITING), None)
    if pick is not None:
        if pick.counter_name:
            window.screens["counter"].select_counter(pick.counter_name)
        pane.select(pick.id)
    window.statusBar().clearMessage()
    if search:
        window.screens["counter"].filter.setText(search)
