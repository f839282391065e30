"""Fixtures for the printing back end: the real CUPS queue (cups-pdf), a fake spooler for
the rules, temporary CUPS queues for the disabled/missing-queue tests, and the qasync loop
for the print-queue panel.

CUPS tests are marked ``cups``: without a reachable scheduler and queue they skip with
the reason, unless DESK_REQUIRE_CUPS=1 (then they fail). Setup: scripts/ci-cups-setup.sh.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import pwd
import re
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import pytest

from desk_app.printing.jobs import QueueState, SpoolerError, SpoolJob, SpoolState

QUEUE = os.environ.get("DESK_CUPS_QUEUE", "DeskPDF")
REQUIRE_CUPS = os.environ.get("DESK_REQUIRE_CUPS") == "1"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


# -- CUPS ------------------------------------------------------------------------------
def cups_pdf_out_dir() -> Path:
    """The folder named by ``Out`` in cups-pdf.conf, for jobs submitted by this user."""
    if os.environ.get("DESK_CUPS_PDF_DIR"):
        return Path(os.environ["DESK_CUPS_PDF_DIR"])
    out = "${HOME}/PDF"
    try:
        for line in Path("/etc/cups/cups-pdf.conf").read_text().splitlines():
            m = re.match(r"\s*Out\s+(\S.*)$", line)
            if m:
                out = m.group(1).strip()
    except OSError:
        pass
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("$HOME", home))


def wait_for_pdf(out_dir: Path, spool_job_id: str, timeout: float = 30.0) -> Path:
    """cups-pdf names its file ``<title>-job_<N>.pdf``: wait (bounded) for it to appear
    and to stop growing."""
    number = spool_job_id.rsplit("-", 1)[-1]
    deadline = time.monotonic() + timeout
    last = -1
    while time.monotonic() < deadline:
        hits = sorted(out_dir.glob(f"*job_{number}.pdf"))
        if hits:
            size = hits[0].stat().st_size
            if size > 0 and size == last:
                return hits[0]
            last = size
        time.sleep(0.1)
    raise AssertionError(f"no PDF for CUPS job {spool_job_id} in {out_dir} after {timeout} s")


def printed_files(out_dir: Path, title_part: str, before: set[Path] = frozenset()) -> list[Path]:
    """cups-pdf files whose name has ``title_part``, not counting those in ``before``."""
    return sorted(p for p in out_dir.glob("*.pdf") if title_part in p.name and p not in before)


def _cups_reason() -> str | None:
    from desk_app.printing.spooler_cups import CupsSpooler, cups_available

    if not cups_available():
        return "no CUPS scheduler reachable (run scripts/ci-cups-setup.sh as root)"
    state = CupsSpooler().queue_state_sync(QUEUE)
    if not state.exists:
        return f"CUPS queue {QUEUE} missing (run scripts/ci-cups-setup.sh)"
    return None


@dataclass
class CupsEnv:
    queue: str
    out_dir: Path

    def temp_queue_name(self) -> str:
        return f"DeskTmp{uuid.uuid4().hex[:8]}"

    def add_queue(self, name: str) -> None:
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-P", PPD],
                       check=True, capture_output=True)

    def remove_queue(self, name: str) -> None:
        subprocess.run(["lpadmin", "-x", name], capture_output=True)


@pytest.fixture
def cups():
    reason = _cups_reason()
    if reason:
        if REQUIRE_CUPS:
            pytest.fail(f"{reason} and DESK_REQUIRE_CUPS=1", pytrace=False)
        pytest.skip(reason)
    env = CupsEnv(QUEUE, cups_pdf_out_dir())
    env.out_dir.mkdir(parents=True, exist_ok=True)
    made: list[str] = []
    env.made = made
    yield env
    for name in made:
        env.remove_queue(name)


# -- a fake spooler for the rules --------------------------------------------------------
@dataclass
class FakeSpooler:
    """In-memory spooler: queues can be missing, disabled or rejecting; jobs stay pending
    until ``complete()``; ``submitted`` records every hand-over."""

    queues: dict[str, QueueState] = field(default_factory=dict)
    states: dict[str, SpoolJob] = field(default_factory=dict)
    submitted: list[tuple[str, str, bytes]] = field(default_factory=list)
    auto_complete: bool = False
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    find_fails: bool = False      # find_by_title raises, as when CUPS cannot be asked
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def add(self, name: str, *, enabled: bool = True, accepting: bool = True) -> None:
        self.queues[name] = QueueState(name, True, enabled, accepting)

    async def submit(self, queue: str, pdf: bytes, *, title: str) -> str:
        await asyncio.sleep(0)
        q = self.queues.get(queue)
        if q is None:
            raise SpoolerError("queue_missing", f"Drucker {queue} ist nicht eingerichtet.")
        if not q.accepting:
            raise SpoolerError("queue_rejecting", f"Drucker {queue} nimmt keine Aufträge an.")
        job_id = f"{queue}-{next(self._ids)}"
        self.submitted.append((queue, title, pdf))
        self.titles[job_id] = (queue, title)
        done = self.auto_complete and q.enabled
        self.states[job_id] = SpoolJob(job_id, SpoolState.COMPLETED if done else SpoolState.PENDING)
        return job_id

    def complete(self, job_id: str, state: SpoolState = SpoolState.COMPLETED) -> None:
        self.states[job_id] = SpoolJob(job_id, state)

    async def jobs(self, queue: str, job_ids: Sequence[str]) -> dict[str, SpoolJob]:
        return {j: self.states.get(j, SpoolJob(j, SpoolState.UNKNOWN)) for j in job_ids}

    async def queue_state(self, queue: str) -> QueueState:
        return self.queues.get(queue, QueueState(queue, False))

    async def find_by_title(self, queue: str, title: str) -> SpoolJob | None:
        if self.find_fails:
            raise SpoolerError("no_scheduler", "Das Drucksystem (CUPS) antwortet nicht.")
        same = [j for j, (q, t) in self.titles.items() if q == queue and t == title]
        return self.states[same[-1]] if same else None

    async def cancel(self, job_id: str) -> SpoolState:
        s = self.states.get(job_id)
        if s and s.state is SpoolState.COMPLETED:
            return SpoolState.COMPLETED
        self.states[job_id] = SpoolJob(job_id, SpoolState.CANCELED)
        return SpoolState.CANCELED


@pytest.fixture
def fake_spooler() -> FakeSpooler:
    s = FakeSpooler()
    s.add("Thermo1")
    s.add("Laser2")
    return s


# -- small PDFs without the document module (fast, independent) ----------------------------
def tiny_pdf(text: str = "desk test") -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(226, 300))
    c.drawString(20, 250, text)
    c.showPage()
    c.save()
    return buf.getvalue()
