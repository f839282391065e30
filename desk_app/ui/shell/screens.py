"""The window's screens by name (issue 11): every screen the person may see is known at
once (its switch action, shortcut and menu entry exist from the start), but a screen is
made only the first time it is shown or asked for by name, except the eager ones."""

from __future__ import annotations

from typing import Any, Callable, Iterator

from .registry import ScreenEntry


class ScreenSet:
    def __init__(self, entries: list[ScreenEntry], make: Callable[[ScreenEntry], Any]) -> None:
        """``entries``: the permitted ones, in order; ``make(entry)``: makes and wires one."""
        self.entries = {entry.name: entry for entry in entries}
        self._make = make
        self._made: dict[str, Any] = {}

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    def __getitem__(self, name: str):
        """The screen called ``name``, made now if it was not yet."""
        screen = self._made.get(name)
        if screen is None:
            entry = self.entries[name]          # KeyError: no such screen for this person
            screen = self._made[name] = self._make(entry)
        return screen

    def get(self, name: str, default=None):
        return self[name] if name in self.entries else default

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def made(self) -> dict[str, Any]:
        """The screens made so far, by name (the ones the change feed, the writable state
        and the shutdown reach)."""
        return dict(self._made)

    def is_made(self, name: str) -> bool:
        return name in self._made

    def name_of(self, widget) -> str | None:
        return next((name for name, screen in self._made.items() if screen is widget), None)
