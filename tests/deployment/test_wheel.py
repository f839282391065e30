"""The wheel works installed (issue 19, item 1): scripts/check-wheel.sh builds it,
installs it alone into a fresh venv outside the source tree and runs --version, the
selfcheck (resources, every document in every language, the English UI), the demo
offscreen and an English screenshot. Slow (a venv and a pip install); CI runs it, as
part of scripts/test.sh."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.deployment.build_output import failure_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installed_in_a_clean_venv_works(tmp_path):
    result = subprocess.run(["bash", str(ROOT / "scripts" / "check-wheel.sh"), str(tmp_path)],
                            capture_output=True, text=True, timeout=1500)
    out = result.stdout + result.stderr
    assert result.returncode == 0, failure_text(out)
    assert "WHEEL CHECK PASSED" in out
    assert f"desk_app imported from {tmp_path}/venv/" in out
    assert "ok   english ui" in out and "ok   documents: 42 PDFs" in out
    pdfs = sorted((tmp_path / "run" / "documents").glob("*.pdf"))
    assert len(pdfs) == 42 and all(p.read_bytes()[:4] == b"%PDF" for p in pdfs)
    png = tmp_path / "run" / "counter_en.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
