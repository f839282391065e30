"""Font registry for printed documents.

Fonts are TrueType outlines (never CFF), found at run time in the repository's
``resources/fonts`` and a list of system directories, registered with reportlab once per
process and cached.  Each font is loaded lazily: the Droid Sans Fallback CJK font costs
~150 ms to parse and is only read when a document contains CJK text.

Which Debian package provides which file is recorded next to each font so that a
missing font fails with a message an administrator can act on.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Binary (Flate only) streams: ASCII85 on top costs ~1 ms per document in pure Python
# and makes the files 25 % larger; no printer or viewer of ours needs 7-bit PDFs.
rl_config.useA85 = 0

__all__ = [
    "FontMissingError",
    "FontSpec",
    "FONTS",
    "REGULAR",
    "BOLD",
    "font_dirs",
    "get_font",
    "has_font",
    "registration_count",
    "covers",
]

REGULAR = "DeskSans"
BOLD = "DeskSans-Bold"


class FontMissingError(RuntimeError):
    """A font that a document needs is not installed."""


@dataclass(frozen=True, slots=True)
class FontSpec:
    name: str  # the reportlab font name
    filename: str
    package: str  # the Debian package that installs it
    required: bool = False


#: Every font the documents can use, by reportlab name.
FONTS: dict[str, FontSpec] = {
    s.name: s
    for s in (
        FontSpec(REGULAR, "DejaVuSans.ttf", "fonts-dejavu-core", required=True),
        FontSpec(BOLD, "DejaVuSans-Bold.ttf", "fonts-dejavu-core", required=True),
        FontSpec("NotoSansArabic", "NotoSansArabic-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf", "fonts-noto-core"),
        FontSpec("NotoSans", "NotoSans-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansThai", "NotoSansThai-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansBengali", "NotoSansBengali-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansTamil", "NotoSansTamil-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansGeorgian", "NotoSansGeorgian-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansArmenian", "NotoSansArmenian-Regular.ttf", "fonts-noto-core"),
        FontSpec("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "fonts-noto-core"),
        FontSpec("DroidSansFallback", "DroidSansFallbackFull.ttf", "fonts-droid-fallback"),
        FontSpec("NanumGothic", "NanumGothic.ttf", "fonts-nanum"),
    )
}

_SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/truetype/droid",
    "/usr/share/fonts/truetype/nanum",
    "/usr/share/fonts/truetype",
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
)


def font_dirs() -> list[Path]:
    """Directories searched, in order: $DESK_FONT_DIR, the repository's resources/fonts,
    then the system directories."""
    here = Path(__file__).resolve()
    dirs: list[Path] = []
    env = os.environ.get("DESK_FONT_DIR")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    dirs.append(here.parents[2] / "resources" / "fonts")  # source checkout
    dirs.append(here.parents[1] / "resources" / "fonts")  # installed package data
    dirs.extend(Path(os.path.expanduser(d)) for d in _SYSTEM_DIRS)
    return dirs


_lock = threading.RLock()
_paths: dict[str, Path | None] = {}
_loaded: dict[str, TTFont] = {}
_registrations = 0


def _find(filename: str) -> Path | None:
    if filename in _paths:
        return _paths[filename]
    found = None
    dirs = font_dirs()
    for d in dirs:
        candidate = d / filename
        if candidate.is_file():
            found = candidate
            break
    else:  # fonts in unusual sub-folders of /usr/share/fonts
        for d in dirs[-6:-4]:
            if d.is_dir():
                hit = next(iter(sorted(d.rglob(filename))), None)
                if hit:
                    found = hit
                    break
    _paths[filename] = found
    return found


def has_font(name: str) -> bool:
    """True when the font's file exists (does not load it)."""
    return name in _loaded or _find(FONTS[name].filename) is not None


def get_font(name: str) -> TTFont:
    """The registered reportlab TTFont ``name``; loaded and registered once per process."""
    font = _loaded.get(name)
    if font is not None:
        return font
    global _registrations
    with _lock:
        font = _loaded.get(name)
        if font is not None:
            return font
        spec = FONTS[name]
        path = _find(spec.filename)
        if path is None:
            raise FontMissingError(
                f"font {spec.filename} not found; install the Debian package "
                f"'{spec.package}' (apt-get install {spec.package}) or copy the file "
                f"into one of: {', '.join(str(d) for d in font_dirs()[:3])}"
            )
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        _registrations += 1
        _loaded[name] = font
        return font


def covers(name: str, ch: str) -> bool:
    return ord(ch) in get_font(name).face.charToGlyph


def registration_count() -> int:
    """How many fonts this module has registered with reportlab in this process."""
    return _registrations
