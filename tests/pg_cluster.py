"""A throwaway PostgreSQL cluster that asks for passwords (scram-sha-256): the shared test
cluster at 5432 trusts 127.0.0.1, so a wrong password can only be refused here.
Import ``password_cluster`` into a test module to use it (it yields the port)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

#: the superuser's password in the throwaway cluster
SUPERUSER_PASSWORD = "richtig"

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_postgres(*cmd: str) -> list[str]:
    if os.geteuid() == 0 and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *cmd]
    return list(cmd)


@pytest.fixture(scope="module")
def password_cluster():
    """A throwaway cluster with scram-sha-256 authentication (postgres / "richtig")."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip("no initdb: cannot make a throwaway cluster")
    directory = Path(tempfile.mkdtemp(prefix="desk-pw-cluster-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    pwfile = directory / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    data = directory / "data"
    ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(directory / "log"), "-w",
           "-t", "30"]
    try:
        if os.geteuid() == 0:
            shutil.chown(directory, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        subprocess.run(_as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                    "-A", "scram-sha-256", f"--pwfile={pwfile}", "--no-sync"),
                       check=True, capture_output=True, timeout=90)
        subprocess.run(_as_postgres(*ctl, "-o", f"-p {port} -k {directory} "
                                    "-c listen_addresses=127.0.0.1 -c fsync=off", "start"),
                       check=True, capture_output=True, timeout=60)
    except (subprocess.SubprocessError, OSError, LookupError) as exc:
        shutil.rmtree(directory, ignore_errors=True)
        pytest.skip(f"cannot create a throwaway PostgreSQL cluster: {exc}")
    try:
        yield port
    finally:
        subprocess.run(_as_postgres(*ctl, "-m", "immediate", "stop"), capture_output=True,
                       timeout=60)
        shutil.rmtree(directory, ignore_errors=True)
