"""Where the package's own data files are: translations, document texts, sample data.

They live inside the package (``desk_app/resources``), so a wheel or a one-folder build
carries them. Read through importlib.resources; the returned paths are real directories
for every installation this project supports (source checkout, wheel, PyInstaller).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["resource_dir", "translations_dir", "document_texts_dir", "sample_dir"]


def resource_dir() -> Path:
    """The package's resources folder."""
    return Path(str(resources.files("desk_app") / "resources"))


def translations_dir() -> Path:
    """Qt .ts/.qm files of the UI."""
    return resource_dir() / "translations"


def document_texts_dir() -> Path:
    """Per-language JSON texts of the printed documents."""
    return resource_dir() / "translations" / "documents"


def sample_dir() -> Path:
    """Sample input files (a booking export)."""
    return resource_dir() / "sample"
