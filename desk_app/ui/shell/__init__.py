"""The main window as a shell of screens (window.py) and the screens and parts it hosts
(registry.py)."""

from .window import MainWindow

__all__ = ["MainWindow"]
