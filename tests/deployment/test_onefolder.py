"""The one-folder build (issue 19, item 2): scripts/build-onefolder.sh builds it with
PyInstaller and starts it offscreen: --version, the selfcheck (resources, every document
in every language, the English UI), a screenshot, the demo, and the fonts inside the
folder. Slow (a venv, PyInstaller, minutes); CI runs it as part of scripts/test.sh."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.deployment.build_output import failure_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_one_folder_build_starts_and_renders(tmp_path):
    result = subprocess.run(["bash", str(ROOT / "scripts" / "build-onefolder.sh"),
                             str(tmp_path)], capture_output=True, text=True, timeout=2400)
    out = result.stdout + result.stderr
    assert result.returncode == 0, failure_text(out)
    assert "ONE-FOLDER CHECK PASSED" in out
    app = tmp_path / "dist" / "desk-app" / "desk-app"
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, timeout=60)
    from desk_app import __version__
    assert version.stdout.startswith(f"desk-app {__version__}")
    assert "ok   documents: 42 PDFs" in out and "ok   english ui" in out
    assert (tmp_path / "run" / "counter.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "run" / "documents" / "pickup_slip_ar.pdf").read_bytes()[:4] == b"%PDF"
