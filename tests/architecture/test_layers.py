"""Dependencies point one way: domain ← models ← services ← ui; nothing below ui
imports Qt. Checked twice: by import-linter's contracts in pyproject.toml, and by
importing every Qt-free module in a fresh interpreter and looking at sys.modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_a_widget_may_not_import_a_service_module_behind_the_facades(tmp_path):
    """The third contract: a copy of the tree whose widget imports a use-case module
    (not a facade, not a plain data module) breaks it; the same import of a facade does
    not."""
    import shutil

    shutil.copytree(ROOT / "desk_app", tmp_path / "desk_app",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    widget = tmp_path / "desk_app" / "ui" / "queue" / "tickets.py"
    original = widget.read_text(encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")

    def lint_with(line: str) -> subprocess.CompletedProcess:
        widget.write_text(original + "\n" + line + "\n", encoding="utf-8")
        return subprocess.run([str(lint), "--no-cache"], cwd=tmp_path, capture_output=True,
                              text=True, env={"PYTHONPATH": str(tmp_path), "PATH": ""})

    broken = lint_with("from desk_app.services.queue_actions import transition  # noqa")
    assert broken.returncode != 0, broken.stdout + broken.stderr
    assert "desk_app.ui.queue.tickets -> desk_app.services.queue_actions" in broken.stdout
    kept = lint_with("from desk_app.services.desk import Desk  # noqa")
    assert kept.returncode == 0, kept.stdout + kept.stderr


def test_qt_free_layers_do_not_load_qt():
    code = """
import importlib, pkgutil, sys
import desk_app
for layer in ("domain", "models", "services", "printing"):
    pkg = importlib.import_module(f"desk_app.{layer}")
    for mod in pkgutil.walk_packages(pkg.__path__, prefix=f"desk_app.{layer}."):
        importlib.import_module(mod.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync"))
print("QT:" + ",".join(qt))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("QT:"), result.stdout
