"""Where the reject file goes, and writing it whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def reject_path(source: Path) -> Path:
    """``bookings.csv`` → ``bookings.abgelehnt.csv`` beside it."""
    return source.with_name(source.stem + ".abgelehnt.csv")


def write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
