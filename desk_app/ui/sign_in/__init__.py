"""Sign-in on a shared counter PC (issue 13): a lock screen after idle time or on demand,
and switching the person without restarting; the station keeps its service point and
counter. ``install(window, facade, settings)`` wires it into a main window.

A different person: the composition root sets ``SignIn.take_over`` (person_switch.py),
which rebuilds the session (their own engine on PostgreSQL, the menus of their role).
Without it (a bare window in tests) the actor is switched in place."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.domain.roles import Role

from .idle import IdleWatcher
from .lock_screen import LockScreen

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

LOCK_SHORTCUT = "Ctrl+Shift+L"


class _Resizer(QObject):
    def __init__(self, lock: LockScreen) -> None:
        super().__init__(lock)
        self.lock = lock

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and self.lock.isVisible():
            self.lock.setGeometry(watched.rect())
        return False


class SignIn:
    def __init__(self, window, facade, idle_minutes: float) -> None:
        self.window = window
        self.facade = facade
        #: ``take_over(signed)``: a different person signed in (set by the composition root)
        self.take_over = None
        self._proven = False
        self.lock_screen = LockScreen(facade, window)
        self.lock_screen.unlocked.connect(self.switch_person)
        window.installEventFilter(_Resizer(self.lock_screen))
        self.watcher = IdleWatcher(idle_minutes * 60, window)
        self.watcher.idle.connect(self.lock)
        self.action = QAction(translate("SignIn", "&Sperren / Person wechseln"), window)
        self.action.setObjectName("lockAction")
        self.action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)

    def station_text(self) -> str:
        view = self.window.screens["counter"]
        sp = view.service_point.currentText()
        counter = view.counter.currentText()
        return " · ".join(x for x in (self.window.desk.ctx.actor.station, sp, counter) if x)

    def lock(self) -> None:
        if not self.lock_screen.isVisible():
            log.info("workstation locked")
            # no shortcut (F5 call next, …) works behind the lock screen
            self._saved = {a: a.isEnabled() for a in self.window.findChildren(QAction)
                           if a is not self.action}
            for a in self._saved:
                a.setEnabled(False)
            self.lock_screen.lock(self.station_text())

    def _restore_actions(self) -> None:
        for a, enabled in getattr(self, "_saved", {}).items():
            a.setEnabled(enabled)
        self._saved = {}

    def is_locked(self) -> bool:
        return self.lock_screen.isVisible()

    def confirmed(self) -> None:
        """The person has just signed in (a take-over): no lock at start."""
        self._proven = True
        if self.is_locked():
            self.lock_screen.hide()
            self._restore_actions()

    def switch_person(self, signed) -> None:
        """Whoever signed in works at this station: same service point and counter. The
        same person just continues; a different one takes over through ``take_over``."""
        self._restore_actions()
        same = signed.staff_id == self.window.desk.ctx.actor.staff_id
        if self.take_over is not None and (signed.database is not None or not same):
            self.take_over(signed)
            return
        if signed.database is not None:   # nobody to hand the new engine to
            self.window.tasks.spawn(signed.database.dispose(), "dispose-engine")
        self._switch_in_place(signed)

    def _switch_in_place(self, signed) -> None:
        w = self.window
        # every facade acts as the window's one station: the place stays, the person changes
        w.desk.workplace.switch_person(staff_id=signed.staff_id, role=Role(signed.role))
        if getattr(w, "heartbeat", None) is not None:
            w.heartbeat.update(staff_id=signed.staff_id)
        w.clerk_name = signed.display_name
        w._update_status()                 # "Angemeldet: …" in the status bar
        w.update_actions()
        log.info("person switched at this station (staff id %s)", signed.staff_id)


def install(window, facade, settings) -> SignIn:
    sign_in = SignIn(window, facade, float(getattr(settings, "idle_lock_minutes", 10) or 0))
    window.sign_in = sign_in
    sign_in.watcher.start()
    if getattr(settings, "require_pin", False):
        sign_in.lock()
    else:   # a person with a PIN (embedded database) proves it before the queue shows
        window.tasks.spawn(_lock_if_pin(sign_in), "sign-in-pin")
    return sign_in


async def _lock_if_pin(sign_in: SignIn) -> None:
    actor = sign_in.window.desk.ctx.actor
    # offline at start: the window says so; no PIN check possible (only logged)
    has_pin = await sign_in.window.ops.read(lambda: sign_in.facade.has_pin(actor.staff_id),
                                            what="PIN check at start", quiet=True)
    if has_pin and has_pin.value and not sign_in._proven:
        sign_in.lock()
        sign_in.lock_screen.login.setText(getattr(sign_in.window, "login_name", "") or "")
