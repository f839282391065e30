"""CUPS back end: the PDF itself goes to the spooler with ``lp``, and the job is followed
with ``lpstat`` (pycups has no wheel; see DESIGN.md, Known pitfalls). Qt-free.

- submit: ``lp -d QUEUE -t TITLE -o ... -`` with the PDF on stdin; the job id
  ("DeskPDF-12") is parsed from "request id is DeskPDF-12 (1 file(s))".
- follow: ``lpstat -W not-completed -o QUEUE`` and ``lpstat -W completed -o QUEUE``.
  lpstat lists cancelled and aborted jobs among the completed ones, so a job that looks
  finished is confirmed with one IPP Get-Job-Attributes request for its ``job-state``
  (a few lines of IPP below, on the CUPS socket). If IPP cannot be asked, lpstat's
  word stands.
- queues: ``lpstat -p QUEUE`` (enabled or disabled) and ``lpstat -a QUEUE`` (accepting).

The blocking calls run in a worker thread, so the async methods never block the event
loop (Qt's included).
"""

from __future__ import annotations

import asyncio
import getpass
import http.client
import os
import re
import shutil
import socket
import struct
import subprocess
from dataclasses import dataclass
from typing import Mapping, Sequence

from .jobs import QueueState, SpoolerError, SpoolJob, SpoolState

__all__ = ["CupsSpooler", "cups_available", "parse_request_id", "parse_job_ids"]

_REQUEST_ID = re.compile(r"request id is (\S+)")
_JOB_LINE = re.compile(r"^(\S+-\d+)\s", re.MULTILINE)
_ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}


def parse_request_id(output: str) -> str:
    m = _REQUEST_ID.search(output)
    if not m:
        raise SpoolerError("submit_failed", f"lp gab keine Auftragsnummer zurück: {output.strip()[:200]}")
    return m.group(1)


def parse_job_ids(output: str) -> list[str]:
    """Job ids ("Queue-N") from ``lpstat -o`` output."""
    return _JOB_LINE.findall(output)


def _job_number(job_id: str) -> int | None:
    tail = job_id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


def cups_available(timeout: float = 3.0) -> bool:
    """True when lp/lpstat exist and a CUPS scheduler answers."""
    if not (shutil.which("lp") and shutil.which("lpstat")):
        return False
    try:
        out = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=timeout,
                             env=_ENV)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "is running" in out.stdout and "not running" not in out.stdout


@dataclass
class CupsSpooler:
    """``Spooler`` on CUPS. ``server`` is passed as ``-h`` (else CUPS_SERVER / default)."""

    server: str | None = None
    timeout: float = 15.0
    options: Mapping[str, str] | None = None      # extra ``-o`` options for every job
    use_ipp: bool = True

    # -- plumbing -----------------------------------------------------------------------
    def _cmd(self, tool: str, *args: str) -> list[str]:
        cmd = [tool]
        if self.server:
            cmd += ["-h", self.server]
        return cmd + list(args)

    def _run(self, cmd: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
        try:
            return subprocess.run(cmd, input=stdin, capture_output=True, timeout=self.timeout,
                                  env=_ENV)
        except FileNotFoundError:
            raise SpoolerError("no_scheduler", f"{cmd[0]} fehlt (Paket cups-client).") from None
        except subprocess.TimeoutExpired:
            raise SpoolerError("timeout", f"{cmd[0]} antwortet nicht ({self.timeout:.0f} s).") from None

    @staticmethod
    async def _thread(fn, *args):
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    # -- submit -------------------------------------------------------------------------
    def submit_sync(self, queue: str, pdf: bytes, *, title: str,
                    options: Mapping[str, str] | None = None) -> str:
        args = ["-d", queue, "-t", title]
        for k, v in {**(self.options or {}), **(options or {})}.items():
            args += ["-o", f"{k}={v}" if v != "" else k]
        res = self._run(self._cmd("lp", *args, "-"), stdin=pdf)
        out = res.stdout.decode(errors="replace") + res.stderr.decode(errors="replace")
        if res.returncode != 0:
            low = out.lower()
            if "does not exist" in low or "unknown" in low and "destination" in low:
                raise SpoolerError("queue_missing", f"Drucker {queue} ist nicht eingerichtet.")
            if "not accepting" in low:
                raise SpoolerError("queue_rejecting", f"Drucker {queue} nimmt keine Aufträge an.")
            if "scheduler is not running" in low or "connect" in low and "refused" in low:
                raise SpoolerError("no_scheduler", "Das Drucksystem (CUPS) läuft nicht.")
            raise SpoolerError("submit_failed", f"lp: {out.strip()[:200]}")
        return parse_request_id(out)

    async def submit(self, queue: str, pdf: bytes, *, title: str) -> str:
        return await self._thread(lambda: self.submit_sync(queue, pdf, title=title))

    # -- follow -------------------------------------------------------------------------
    def _listed(self, queue: str, which: str) -> set[str]:
        res = self._run(self._cmd("lpstat", "-W", which, "-o", queue))
        if res.returncode != 0:
            err = res.stderr.decode(errors="replace")
            if "invalid destination" in err.lower() or "does not exist" in err.lower():
                return set()
            raise SpoolerError("no_scheduler", f"lpstat: {err.strip()[:200]}")
        return set(parse_job_ids(res.stdout.decode(errors="replace")))

    def jobs_sync(self, queue: str, job_ids: Sequence[str]) -> dict[str, SpoolJob]:
        if not job_ids:
            return {}
        open_ids = self._listed(queue, "not-completed")
        wanted = [j for j in job_ids if j not in open_ids]
        done_ids = self._listed(queue, "completed") if wanted else set()
        result: dict[str, SpoolJob] = {}
        for job_id in job_ids:
            if job_id in open_ids:
                result[job_id] = SpoolJob(job_id, SpoolState.PENDING)
            elif job_id in done_ids:
                result[job_id] = self._confirm_finished(job_id)
            else:
                result[job_id] = SpoolJob(job_id, SpoolState.UNKNOWN)
        return result

    async def jobs(self, queue: str, job_ids: Sequence[str]) -> dict[str, SpoolJob]:
        return await self._thread(self.jobs_sync, queue, list(job_ids))

    def _confirm_finished(self, job_id: str) -> SpoolJob:
        number = _job_number(job_id)
        if self.use_ipp and number is not None:
            try:
                attrs = ipp_job_attributes(number, server=self.server)
            except (OSError, http.client.HTTPException, ValueError, struct.error):
                attrs = None
            if attrs:
                state = _IPP_JOB_STATES.get(attrs.get("job-state"), SpoolState.COMPLETED)
                msg = attrs.get("job-printer-state-message") or ""
                return SpoolJob(job_id, state, msg if isinstance(msg, str) else "")
        return SpoolJob(job_id, SpoolState.COMPLETED)

    # -- find a job by its title ---------------------------------------------------------
    def find_by_title_sync(self, queue: str, title: str) -> SpoolJob | None:
        """The newest of this user's jobs on ``queue`` named ``title`` (any state, the
        completed ones included while CUPS keeps its job history), or None. Asked over
        IPP Get-Jobs; a job listed without its name (CUPS does that for a while after a
        job completes) is asked for it with Get-Job-Attributes. SpoolerError when CUPS
        cannot be asked or cannot tell, so a caller never resends blindly."""
        try:
            found = ipp_jobs(queue, server=self.server, timeout=self.timeout)
            if found is None:
                raise SpoolerError("no_scheduler", "Das Drucksystem (CUPS) antwortet nicht.")
            for job in found:
                if "job-name" not in job and isinstance(job.get("job-id"), int):
                    job.update(ipp_job_attributes(job["job-id"], server=self.server,
                                                  attributes=("job-name", "job-state")))
        except (OSError, http.client.HTTPException, ValueError, struct.error) as exc:
            raise SpoolerError("no_scheduler", "Das Drucksystem (CUPS) antwortet nicht "
                                               f"({type(exc).__name__}).") from None
        same = [j for j in found
                if j.get("job-name") == title and isinstance(j.get("job-id"), int)]
        if same:
            newest = max(same, key=lambda j: j["job-id"])
            state = _IPP_JOB_STATES.get(newest.get("job-state"), SpoolState.UNKNOWN)
            return SpoolJob(f"{queue}-{newest['job-id']}", state)
        if any("job-name" not in j for j in found):
            raise SpoolerError("timeout", "Das Drucksystem (CUPS) nennt nicht alle "
                                          "Auftragsnamen; bitte gleich noch einmal versuchen.")
        return None

    async def find_by_title(self, queue: str, title: str) -> SpoolJob | None:
        return await self._thread(self.find_by_title_sync, queue, title)

    # -- queues -------------------------------------------------------------------------
    def queue_state_sync(self, queue: str) -> QueueState:
        res = self._run(self._cmd("lpstat", "-p", queue))
        text = res.stdout.decode(errors="replace")
        if res.returncode != 0 or not text.strip():
            err = res.stderr.decode(errors="replace").lower()
            if "scheduler is not running" in err:
                raise SpoolerError("no_scheduler", "Das Drucksystem (CUPS) läuft nicht.")
            return QueueState(queue, exists=False)
        enabled = " disabled " not in f" {text} "
        lines = [l.strip() for l in text.splitlines()[1:] if l.strip()]
        acc = self._run(self._cmd("lpstat", "-a", queue)).stdout.decode(errors="replace")
        accepting = "not accepting" not in acc and "accepting" in acc
        return QueueState(queue, exists=True, enabled=enabled, accepting=accepting,
                          message=" ".join(lines)[:200])

    async def queue_state(self, queue: str) -> QueueState:
        return await self._thread(self.queue_state_sync, queue)

    # -- cancel -------------------------------------------------------------------------
    def cancel_sync(self, job_id: str) -> SpoolState:
        """Cancels a job; returns CANCELED, or COMPLETED when it had printed already."""
        res = self._run(self._cmd("cancel", job_id))
        err = res.stderr.decode(errors="replace").lower()
        if res.returncode == 0:
            return SpoolState.CANCELED
        if "already completed" in err:
            return SpoolState.COMPLETED
        if "already canceled" in err or "already aborted" in err or "does not exist" in err:
            return SpoolState.CANCELED
        raise SpoolerError("submit_failed", f"cancel: {err.strip()[:200]}")

    async def cancel(self, job_id: str) -> SpoolState:
        return await self._thread(self.cancel_sync, job_id)


# -- a few lines of IPP (RFC 8010) for one job's state ---------------------------------
_IPP_JOB_STATES = {3: SpoolState.PENDING, 4: SpoolState.HELD, 5: SpoolState.PROCESSING,
                   6: SpoolState.PROCESSING, 7: SpoolState.CANCELED, 8: SpoolState.ABORTED,
                   9: SpoolState.COMPLETED}


def _attr(tag: int, name: str, value: bytes) -> bytes:
    n = name.encode()
    return bytes([tag]) + struct.pack(">H", len(n)) + n + struct.pack(">H", len(value)) + value


def _ipp_request(job_number: int,
                 attributes: Sequence[str] = ("job-state", "job-printer-state-message")) -> bytes:
    body = struct.pack(">BBHI", 2, 0, 0x0009, 1)  # Get-Job-Attributes
    body += b"\x01"
    body += _attr(0x47, "attributes-charset", b"utf-8")
    body += _attr(0x48, "attributes-natural-language", b"en")
    body += _attr(0x45, "job-uri", f"ipp://localhost/jobs/{job_number}".encode())
    body += _attr(0x42, "requesting-user-name", (os.environ.get("USER") or "root").encode())
    for i, name in enumerate(attributes):
        body += _attr(0x44, "" if i else "requested-attributes", name.encode())
    return body + b"\x03"


def _ipp_parse(data: bytes) -> dict[str, object]:
    status = struct.unpack(">H", data[2:4])[0]
    if status >= 0x0400:
        return {}
    pos, attrs, last = 8, {}, None
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == 0x03:
            break
        if tag < 0x10:
            continue
        (nlen,) = struct.unpack(">H", data[pos:pos + 2]); pos += 2
        name = data[pos:pos + nlen].decode(errors="replace"); pos += nlen
        (vlen,) = struct.unpack(">H", data[pos:pos + 2]); pos += 2
        raw = data[pos:pos + vlen]; pos += vlen
        value: object = struct.unpack(">i", raw)[0] if tag in (0x21, 0x23) and vlen == 4 \
            else raw.decode(errors="replace")
        if name:
            last = name
            attrs[name] = value
    return attrs


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self._path)


def _connection(server: str | None, timeout: float) -> http.client.HTTPConnection:
    server = server or os.environ.get("CUPS_SERVER") or ""
    if server.startswith("/"):
        return _UnixHTTPConnection(server, timeout)
    if not server:
        for path in ("/run/cups/cups.sock", "/var/run/cups/cups.sock"):
            if os.path.exists(path):
                return _UnixHTTPConnection(path, timeout)
        server = "localhost"
    host, _, port = server.partition(":")
    return http.client.HTTPConnection(host, int(port or 631), timeout=timeout)


def _ipp_get_jobs(queue: str) -> bytes:
    body = struct.pack(">BBHI", 2, 0, 0x000A, 2)  # Get-Jobs
    body += b"\x01"
    body += _attr(0x47, "attributes-charset", b"utf-8")
    body += _attr(0x48, "attributes-natural-language", b"en")
    body += _attr(0x45, "printer-uri", f"ipp://localhost/printers/{queue}".encode())
    body += _attr(0x42, "requesting-user-name", getpass.getuser().encode())
    body += _attr(0x44, "which-jobs", b"all")
    body += _attr(0x22, "my-jobs", b"\x01")   # own jobs: their names are not private
    body += _attr(0x44, "requested-attributes", b"job-id")
    body += _attr(0x44, "", b"job-name")
    body += _attr(0x44, "", b"job-state")
    return body + b"\x03"


def _ipp_parse_jobs(data: bytes) -> list[dict[str, object]] | None:
    """The job groups of a Get-Jobs response; None when the request was refused."""
    status = struct.unpack(">H", data[2:4])[0]
    if status >= 0x0400 and status != 0x0406:   # 0x0406: not found, i.e. no jobs
        return None
    pos, jobs, current = 8, [], None
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == 0x03:
            break
        if tag < 0x10:
            current = {} if tag == 0x02 else None
            if current is not None:
                jobs.append(current)
            continue
        (nlen,) = struct.unpack(">H", data[pos:pos + 2]); pos += 2
        name = data[pos:pos + nlen].decode(errors="replace"); pos += nlen
        (vlen,) = struct.unpack(">H", data[pos:pos + 2]); pos += 2
        raw = data[pos:pos + vlen]; pos += vlen
        if current is not None and name:
            current[name] = struct.unpack(">i", raw)[0] if tag in (0x21, 0x23) and vlen == 4 \
                else raw.decode(errors="replace")
    return jobs


def ipp_jobs(queue: str, *, server: str | None = None,
             timeout: float = 3.0) -> list[dict[str, object]] | None:
    """Every job of ``queue`` CUPS still knows (id, name, state); None if refused."""
    conn = _connection(server, timeout)
    try:
        conn.request("POST", f"/printers/{queue}", body=_ipp_get_jobs(queue),
                     headers={"Content-Type": "application/ipp"})
        resp = conn.getresponse()
        data = resp.read()
        if resp.status != 200 or len(data) < 8:
            return None
        return _ipp_parse_jobs(data)
    finally:
        conn.close()


def ipp_job_attributes(job_number: int, *, server: str | None = None, timeout: float = 3.0,
                       attributes: Sequence[str] = ("job-state", "job-printer-state-message"),
                       ) -> dict[str, object]:
    conn = _connection(server, timeout)
    try:
        conn.request("POST", "/", body=_ipp_request(job_number, attributes),
                     headers={"Content-Type": "application/ipp"})
        resp = conn.getresponse()
        data = resp.read()
        if resp.status != 200 or len(data) < 8:
            return {}
        return _ipp_parse(data)
    finally:
        conn.close()
