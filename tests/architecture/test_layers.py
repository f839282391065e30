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
    assert "Contracts: 2 kept, 0 broken" in result.stdout


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
