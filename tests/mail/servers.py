"""Real mail servers for the tests: a throwaway dovecot (IMAPS, self-signed certificate,
its own config, maildir and free port) and aiosmtpd (SMTP over implicit TLS) in-process."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@dataclass
class Dovecot:
    root: Path
    port: int
    user: str
    password: str
    cert: Path
    proc: subprocess.Popen | None = None
    counter: int = field(default=0)

    @property
    def maildir(self) -> Path:
        return self.root / "home" / self.user / "Maildir"

    def deliver(self, raw: bytes) -> None:
        """Puts a message into the INBOX as the MDA would (maildir new/)."""
        self.counter += 1
        path = self.maildir / "new" / f"{time.time():.6f}.{os.getpid()}_{self.counter}.test"
        tmp = self.maildir / "tmp" / path.name
        tmp.write_bytes(raw)
        os.chown(tmp, self._uid, self._gid)
        tmp.rename(path)

    @property
    def _uid(self) -> int:
        return pwd.getpwnam("dovecot").pw_uid

    @property
    def _gid(self) -> int:
        return pwd.getpwnam("dovecot").pw_gid

    def files(self) -> int:
        return sum(1 for d in ("new", "cur") for _ in (self.maildir / d).iterdir())

    def start(self) -> None:
        uid, gid = self._uid, self._gid
        for d in ("new", "cur", "tmp"):
            (self.maildir / d).mkdir(parents=True, exist_ok=True)
        for p in [self.root / "home", *(self.root / "home").rglob("*")]:
            os.chown(p, uid, gid)
        (self.root / "run").mkdir(exist_ok=True)
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        conf = self.root / "dovecot.conf"
        conf.write_text(f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
info_log_path = {self.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{self.cert}
ssl_key = <{self.cert.with_name('key.pem')}
disable_plaintext_auth = yes
auth_mechanisms = plain
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = {self.root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.root}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {self.port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
        log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
        out = self.proc.stdout.read().decode() if self.proc.poll() is not None else ""
        self.stop()
        raise RuntimeError(f"dovecot did not start: {out}\n{log}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


def tls_server_context(cert: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, cert.with_name("key.pem"))
    return ctx
