"""Qt's xcb platform plugin loads: scripts/qt-xcb-libs.txt names every library it links,
README lists their packages, run-demo.sh installs or names what is missing (issue 10)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
LIST = ROOT / "scripts" / "qt-xcb-libs.txt"


def listed() -> dict[str, str]:
    rows = [line.split() for line in LIST.read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    return {so: pkg for so, pkg in rows}


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_the_list_names_every_library_the_plugin_links():
    out = subprocess.run(["ldd", str(PLUGIN)], capture_output=True, text=True, check=True).stdout
    linked = set()
    for line in out.splitlines():
        m = re.match(r"\s*(\S+\.so[.\d]*)\s+=>\s+(\S+)", line)
        if m and "PySide6" not in m.group(2) and "/.venv/" not in m.group(2):
            linked.add(m.group(1))
    assert linked, out
    assert linked <= set(listed()), sorted(linked - set(listed()))
    for so in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert so in linked


def test_readme_lists_every_package():
    readme = (ROOT / "README.md").read_text()
    line = next(line for line in readme.splitlines() if "apt-get install" in line
                and "libxcb-cursor0" in line)
    assert set(listed().values()) <= set(line.split()), sorted(set(listed().values()) - set(line.split()))


def _run_demo(tmp_path, env_extra, fake_ldd: str | None = None):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_extra)
    if fake_ldd is not None:
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        (tmp_path / "ldd.out").write_text(fake_ldd + "\n")
        (bin_dir / "ldd").write_text(f"#!/bin/sh\ncat '{tmp_path / 'ldd.out'}'\n")
        (bin_dir / "ldd").chmod(0o755)
        env["PATH"] = f"{bin_dir}:{env['PATH']}"
    return subprocess.run(["bash", str(ROOT / "scripts" / "run-demo.sh")], env=env,
                          capture_output=True, text=True, timeout=600)


def test_without_a_display_the_script_says_so_in_one_line(tmp_path):
    done = _run_demo(tmp_path, {})
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == ["run-demo: kein Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY gesetzt); "
                     "bitte in einer grafischen Sitzung starten."]


def test_missing_libraries_are_named_as_one_install_command(tmp_path):
    fake = ("\tlibxcb-icccm.so.4 => not found\n\tlibxcb-keysyms.so.1 => not found\n"
            "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x0)")
    done = _run_demo(tmp_path, {"DISPLAY": ":4711", "DESK_NO_INSTALL": "1"}, fake)
    assert done.returncode == 1
    assert re.search(r"Bitte einmal ausführen: (sudo )?apt-get install -y "
                     r"libxcb-icccm4 libxcb-keysyms1\s*$", done.stderr.strip()), done.stderr
