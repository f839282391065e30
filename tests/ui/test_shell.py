"""The shell hosts screens from the registry (issue 11): adding a screen is one entry;
the window makes its switch action, puts its actions in the menus and the toolbar,
shows it, and forwards the change feed and the writable state to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTableWidget

from desk_app.ui.actions import make_action
from desk_app.ui.screen import Screen
from tests.support import person

pytestmark = pytest.mark.gui


class FakeScreen(QLabel):
    name = "fake"
    message = Signal(str, bool)

    def __init__(self, host) -> None:
        super().__init__("fake screen")
        self.loads = 0
        self.batches: list[list] = []
        self.writable: list[bool] = []
        self.activated = 0
        self.closed = False
        self.hello = make_action(host, "action_fake_hello", "Hallo", "Ctrl+Alt+H", "sagt hallo",
                                 lambda: self.message.emit("Hallo!", False), menu="print")

    def title(self) -> str:
        return "Ausländerbehörde – Testschirm"

    def screen_actions(self):
        return [self.hello]

    def activate(self) -> None:
        self.activated += 1

    async def load(self) -> None:
        self.loads += 1

    async def on_changes(self, records) -> None:
        self.batches.append(list(records))

    def set_writable(self, writable: bool) -> None:
        self.writable.append(writable)

    async def shutdown(self) -> None:
        self.closed = True


@pytest.fixture
def with_fake_screen(monkeypatch):
    from desk_app.ui.shell import registry, window
    from desk_app.ui.shell.registry import ScreenEntry

    made = []

    def screens():
        entries = registry.screens()
        entries.append(ScreenEntry("fake", lambda: "Test", "Ctrl+Alt+T", lambda: "Testschirm",
                                   lambda host: made.append(FakeScreen(host)) or made[-1]))
        return entries
    monkeypatch.setattr(window, "registered_screens", screens)
    return made


def test_a_registered_screen_is_hosted_switched_fed_and_shut_down(
        qtbot, run, station_factory, with_fake_screen):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    fake = w.screens["fake"]            # made when first asked for (or shown)
    assert isinstance(fake, Screen) and with_fake_screen == [fake]
    # the switch action shows it, with its title; the message bar of the old screen goes
    w.show_message("vom Schalter")
    w.switch_actions["fake"].trigger()
    assert w.stack.currentWidget() is fake and w.screen() == "fake"
    assert w.windowTitle() == "Ausländerbehörde – Testschirm" and fake.activated == 1
    assert w.last_message == "" and w.switch_actions["fake"].isChecked()
    qtbot.waitUntil(lambda: fake.loads >= 1, timeout=5000)
    # its actions are in the menu it names and work as window shortcuts; its messages
    # reach the message bar
    print_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Drucken")
    assert fake.hello in print_menu.actions() and fake.hello in w.actions()
    fake.hello.trigger()
    assert w.last_message == "Hallo!"
    # the writable state and the change feed reach every screen
    assert fake.writable and fake.writable[-1] is True
    w._set_online(False)
    assert fake.writable[-1] is False
    w._set_online(True)
    run(s.desk.register_walk_in(service_point_id=s.ids["sp"]["BI"],
                                applicants=[person("Haddad", "Omar")]))
    qtbot.waitUntil(lambda: any(r.entity == "entry" for batch in fake.batches for r in batch),
                    timeout=5000)
    # back on the counter, the queue screen is current again
    w.show_screen("counter")
    assert w.stack.currentWidget() is w.screens["counter"]
    run(w.shutdown())
    assert fake.closed


def test_the_workplace_is_one_object_for_every_facade(qtbot, run, station_factory):
    """Changing the counter moves the one workplace: every facade acts from it."""
    s = station_factory("sbbi1", counter="Schalter I1")
    w, desk = s.window, s.desk
    counter = w.screens["counter"]
    moved = []
    desk.workplace.on_move(lambda: moved.append(desk.workplace.counter_id))
    counter.select_counter("Schalter I2")
    assert desk.ctx.actor.counter_id == s.ids["counter"]["Schalter I2"] == moved[-1]
    assert desk.workplace.service_point_id == counter.service_point_id()
    assert desk.workplace.service_point_name.startswith("DLZ")
    assert w.screens["counter"].queue.workplace is desk.workplace


def test_the_print_menu_lists_each_action_once_in_todays_order(qtbot, run, station_factory):
    from desk_app.services.printing_desk import ReceiptDesk

    s = station_factory("sbbi1", counter="Schalter I1", services=lambda db, desk: {
        "receipt_desk": ReceiptDesk(db, desk.ctx, enabled=True)})
    menu = next(a.menu() for a in s.window.menuBar().actions() if a.text() == "&Drucken")
    names = [a.objectName() or ("—" if a.isSeparator() else a.text()) for a in menu.actions()]
    assert names == ["action_reprint", "action_confirmation", "action_order_document", "—",
                     "action_receipt", "action_cancel_receipt", "—", "action_printers"]


def test_the_mailbox_worklist_is_a_screen_of_the_shell(qtbot, run, station_factory):
    """Issue 20: whoever may book reaches the appointment requests with Shift+F2 (the
    bookings menu); it is a Screen of the registry, not a hook."""
    from PySide6.QtGui import QKeySequence

    from desk_app.ui.requests.screen import RequestsScreen

    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    screen = w.screens["requests"]
    assert isinstance(screen, RequestsScreen) and isinstance(screen, Screen)
    action = w.switch_actions["requests"]
    assert action.shortcut() == QKeySequence("Shift+F2")
    action.trigger()
    assert w.screen() == "requests" and w.stack.currentWidget() is screen
    assert w.windowTitle() == screen.title()
    bookings = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Termine")
    assert "action_requests_screen" in [a.objectName() for a in bookings.actions()]


def _key(qtbot, window, text: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(text)[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())


def test_a_screen_is_made_on_its_first_show_and_its_keys_work_before(qtbot, run,
                                                                     station_factory):
    """Start-up makes only the screens it shows (the queue screens, which feed the others);
    the others' switch keys, menu entries and declared window actions (Termine ▸ Buchungen
    importieren) exist from the start and make the screen when used."""
    s = station_factory("leitung")
    w = s.window
    later = {"pickup", "lead", "statistics", "intake", "requests"}
    assert later <= set(w.screens) and set(w.screens.made()) == {"counter", "reception"}
    assert not [page for page in (w.stack.widget(i) for i in range(w.stack.count()))
                if getattr(page, "name", "") in later]
    bookings = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Termine")
    assert {"action_intake_screen", "action_requests_screen", "action_import"} <= {
        a.objectName() for a in bookings.actions()}
    _key(qtbot, w, "Shift+F4")                                  # Statistik
    assert w.screen() == "statistics" and w.screens.is_made("statistics")
    assert w.stack.currentWidget() is w.screens["statistics"]
    assert not w.screens.is_made("lead") and not w.screens.is_made("intake")
    _key(qtbot, w, "F4")                                        # Schichtleitung
    assert w.screen() == "lead"
    board = w.screens["lead"]
    # what the board needs comes from the parts it names: the window's one alarm centre
    assert board.alarms is w.parts["alarms"].alarm_center
    qtbot.waitUntil(lambda: board.loaded, timeout=5000)
    # a declared action of a screen not yet made: the shell's copy makes and shows it
    assert not w.screens.is_made("intake")
    _key(qtbot, w, "Ctrl+Shift+I")                              # Buchungen importieren
    assert w.screen() == "intake" and w.screens.is_made("intake")
    dialog = w.screens["intake"].active_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    # each made screen is shut down with the window, the others are never made
    assert not w.screens.is_made("pickup") and not w.screens.is_made("requests")


def test_f1_lists_the_keys_of_screens_not_made_yet(qtbot, run, station_factory):
    """F1 listed a screen's own keys only once it had been opened (screens are made on
    their first show); the registry declares them, and once made they read the same."""
    from desk_app.ui.lead.window_hooks import shortcut_rows

    s = station_factory("leitung")
    w = s.window
    assert not w.screens.is_made("pickup") and not w.screens.is_made("requests")
    _key(qtbot, w, "F1")
    dialog = w.active_dialog
    assert dialog is not None and dialog.objectName() == "shortcutOverview"
    table = dialog.findChild(QTableWidget, "shortcuts")
    shown = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert {("Shift+F8", "Aushändigen"), ("Ctrl+M", "Lieferung erfassen"),
            ("F6", "Nachfragen"), ("Ctrl+Shift+M", "Postfach abrufen")} <= shown
    assert "Abholtermin …" in {text for _key_, text in shown}
    dialog.reject()
    assert not w.screens.is_made("pickup") and not w.screens.is_made("requests")
    before = shortcut_rows(w)
    for name in w.screens:          # every screen made: its real actions, the same rows
        w.screens[name]
    assert shortcut_rows(w) == before


class FakePart:
    """A part of the window (ui/part.py) with every optional member."""

    def __init__(self, host, queue) -> None:
        from desk_app.ui.actions import make_action

        self.queue = queue
        self.calls: list[str] = []
        self.batches: list[list] = []
        self.action = make_action(host, "action_fake_part", "Teil", "Ctrl+Alt+P", "ein Teil",
                                  lambda: self.calls.append("triggered"), menu="admin")

    def part_actions(self):
        return [self.action]

    def start(self) -> None:
        self.calls.append("start")

    async def on_changes(self, records) -> None:
        self.batches.append(list(records))

    def set_writable(self, writable: bool) -> None:
        self.calls.append(f"writable {writable}")

    async def shutdown(self) -> None:
        self.calls.append("shutdown")


def test_a_registered_part_gets_what_it_needs_and_the_windows_life(qtbot, run, station_factory,
                                                                   monkeypatch):
    """A part is one PartEntry: it is given the parts it names, its actions go into the
    menu they name and work as window shortcuts, and it is started, fed, told the
    writable state and shut down with the window."""
    from desk_app.ui.shell import registry, window
    from desk_app.ui.shell.registry import PartEntry

    made = []
    monkeypatch.setattr(window, "registered_parts", lambda: registry.parts() + [PartEntry(
        "fake", lambda host, queue: made.append(FakePart(host, queue)) or made[-1],
        needs=("queue",))])
    s = station_factory("sbbi1", counter="Schalter I1")      # a clerk: no Verwaltung of hers
    w = s.window
    part = w.parts["fake"]
    assert made == [part] and part.queue is w.parts["queue"] is w.screens["counter"].queue
    assert part.calls.count("start") == 1            # once signed in, then writable
    assert part.calls.index("writable False") < part.calls.index("start") \
        < part.calls.index("writable True")
    admin_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "V&erwaltung")
    assert admin_menu.actions() == [part.action] and part.action in w.actions()
    part.action.trigger()
    assert "triggered" in part.calls
    run(s.desk.register_walk_in(service_point_id=s.ids["sp"]["BI"],
                                applicants=[person("Haddad", "Omar")]))
    qtbot.waitUntil(lambda: any(r.entity == "entry" for batch in part.batches for r in batch),
                    timeout=5000)
    run(w.shutdown())
    assert part.calls[-1] == "shutdown"


def test_the_shell_knows_no_screen_and_no_part():
    """Only the registry names screens and parts; the shell's own modules import none."""
    import ast
    from pathlib import Path

    import desk_app.ui.shell as shell

    packages = {"admin", "booking", "calendar", "intake", "lead", "pickup", "queue",
                "requests", "statistics"}
    for path in Path(shell.__file__).parent.glob("*.py"):
        if path.name == "registry.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                assert (node.module or "").split(".")[0] not in packages, (path.name, node.module)


def test_a_failing_part_keeps_the_batch_from_no_one_and_a_failed_reread_reloads_later(
        qtbot, run, station_factory, with_fake_screen, caplog):
    """The shell feeds each part and screen through its Operations (a quiet read): a part
    that raises is logged, the rest still get the batch, nothing reaches the message bar.
    The queue's re-read of the changed entries failing (offline) marks a reload."""
    from types import SimpleNamespace

    from desk_app.services.database import DatabaseUnavailable

    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    fake = w.screens["fake"]
    queue = w.parts["queue"]

    async def broken(records):
        raise RuntimeError("bug in a part")

    first = next(n for n, p in w.parts.items() if n != "queue" and hasattr(p, "on_changes"))
    w.parts[first].on_changes = broken
    records = [SimpleNamespace(entity="entry", entity_id=10**6, op="update")]
    w.show_message("")
    run(w._on_changes(records))
    assert fake.batches and fake.batches[-1] == records
    assert f"part {first}: change-feed batch failed" in caplog.text
    assert w.last_message == ""

    async def offline(ids):
        raise DatabaseUnavailable("postgresql://desk@db/desk", "connection refused")

    queue.desk.entries = offline
    queue._needs_reload = False
    run(queue.on_changes(records))
    assert queue._needs_reload is True
    run(w.shutdown())
