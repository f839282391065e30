"""What the main window (the shell) knows of a screen (issue 11).

The shell hosts screens in a stack, switches between them by their action, forwards the
change feed and the online state to each, and shows their messages. It knows nothing
else of their insides. A screen is a QWidget that also provides:

- ``name``: a stable key ("counter", "reception", "pickup", "lead", "statistics", ...),
  used for the window memory and tests;
- ``title()``: the window title while it is shown (translated);
- ``message``: a Signal(str, bool) with a text for the message bar and whether it is an
  error (an empty text clears the bar). The message bar is the one place for a screen's
  messages: a screen does not repeat them in a label of its own;
- ``screen_actions()``: the QActions the shell puts in the menus and the toolbar
  (the screen enables and disables them itself);
- ``activate()``: it is now shown: put the keyboard focus where the work is;
- ``load()`` (async): read what it needs (called each time it is shown; a screen that
  follows the change feed may do nothing after the first time);
- ``on_changes(records)`` (async): change-feed records (every screen gets every batch and
  picks what concerns it; a hidden screen may just mark itself stale);
- ``set_writable(writable)``: the database is (not) reachable or the role may (not)
  write: enable or disable the actions that write;
- ``shutdown()`` (async): the window closes: cancel tasks, close dialogs.

Optional: ``show_requested``, a Signal() the screen emits to ask the shell to show it
(e.g. the intake screen's "Buchungen importieren …" in the Termine menu, which works from
any screen: the shell shows the intake screen, then the dialog opens over it). The shell
connects it when the screen has it; the screen never reaches for the shell itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction


@runtime_checkable
class Screen(Protocol):
    name: str

    def title(self) -> str: ...

    def screen_actions(self) -> list[QAction]: ...

    def activate(self) -> None: ...

    async def load(self) -> None: ...

    async def on_changes(self, records: Iterable) -> None: ...

    def set_writable(self, writable: bool) -> None: ...

    async def shutdown(self) -> None: ...
