"""What a workstation loads at start: the mail modules (smtplib, imaplib, the e-mail
parsers, the mailbox's services) only when a mailbox is configured or the worklist is
opened (issue 11's "no worse": about 2 MB and 40 ms of imports at every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

MAIL_MODULES = ("smtplib", "imaplib", "html.parser", "desk_app.services.mail_transport",
                "desk_app.services.request_answering", "desk_app.domain.mail_parsing")

PROBE = """
import sys
from desk_app.settings import Settings
import desk_app.ui.shell.registry, desk_app.ui.booking.hooks, desk_app.services.appointment_book
from desk_app.ui.requests.poller import mailbox_poller
class Desk:
    db = ctx = None
poller = mailbox_poller(Desk(), Settings())   # no mailbox configured
assert poller.account is None and not poller.enabled
print(",".join(m for m in {modules!r} if m in sys.modules))
"""


def loaded_by_start(modules=MAIL_MODULES) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(modules=modules)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                              "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    return [m for m in out.stdout.strip().split(",") if m]


def test_the_mail_modules_stay_unloaded_at_start_without_a_mailbox():
    assert loaded_by_start() == []


def test_the_probe_sees_a_loaded_module():
    assert loaded_by_start(("desk_app.ui.labels", "smtplib")) == ["desk_app.ui.labels"]
