"""Files with personal data (exported documents, the embedded database, the log) are
readable by their user only: files 0600, folders we create 0700. Qt-free."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Creates ``path`` and its missing parents 0700; existing folders are left as is."""
    path = Path(path)
    missing = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        os.chmod(folder, DIR_MODE)    # mkdir's mode is cut by the umask
    return path


def write_private(path: Path, data: bytes, *, make_dirs: bool = True) -> Path:
    """Writes ``data`` to ``path`` as 0600, whole or not at all (via a .part file).
    ``make_dirs``: missing folders are made 0700 (else a missing folder is an OSError,
    as for a path the user chose in a file dialog)."""
    path = Path(path)
    if make_dirs:
        private_dir(path.parent)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)       # an old .part may have had another mode
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    return path
