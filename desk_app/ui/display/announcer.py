"""Chime and German announcement of a call ("Nummer I 42, bitte zu Schalter I1").

Speech is espeak-ng's (a subprocess); the chime a short WAV made here and played with
the first player found (pw-play, paplay, aplay). Without them, or without an audio
device, the display stays silent and says nothing about it (logged once). One worker
thread plays announcements in order, so a burst of calls never overlaps or blocks the
window. Qt-free.
"""

from __future__ import annotations

import io
import logging
import math
import queue
import re
import shutil
import struct
import subprocess
import tempfile
import threading
import wave
from pathlib import Path

log = logging.getLogger(__name__)

PLAYERS = ("pw-play", "paplay", "aplay")
#: how many of the last announcements ``Announcer.spoken`` keeps
KEEP_SPOKEN = 50


def spoken_ticket(ticket: str) -> str:
    """"I-042" → "I 42": the letters, then the number as a number."""
    match = re.fullmatch(r"\s*([A-Za-z]*)[-\s]*0*(\d+)\s*", ticket or "")
    if not match:
        return ticket
    prefix, number = match.groups()
    return f"{prefix} {int(number)}".strip()


def announcement(ticket: str, counter: str) -> str:
    return f"Nummer {spoken_ticket(ticket)}, bitte zu {counter}" if counter \
        else f"Nummer {spoken_ticket(ticket)}"


def chime_wav(rate: int = 22050) -> bytes:
    """Two soft tones (a falling third), 0.6 s."""
    frames = bytearray()
    for freq, seconds in ((880.0, 0.28), (698.5, 0.34)):
        n = int(rate * seconds)
        for i in range(n):
            envelope = min(1.0, i / 400) * (1 - i / n) ** 1.5
            frames += struct.pack("<h", int(12000 * envelope * math.sin(2 * math.pi * freq * i / rate)))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


class Announcer:
    """``announce(ticket, counter)`` returns at once; the worker plays chime and speech.
    ``enabled=False`` (or nothing installed): silent. ``spoken`` lists what was handed to
    the speech engine (the last ``KEEP_SPOKEN``, for tests)."""

    def __init__(self, *, enabled: bool = True, voice: str = "de", timeout: float = 15.0) -> None:
        self.speech = shutil.which("espeak-ng") if enabled else None
        self.player = next((p for p in map(shutil.which, PLAYERS) if p), None) if enabled else None
        self.voice = voice
        self.timeout = timeout
        self.spoken: list[str] = []
        self._chime: Path | None = None
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=20)
        self._thread: threading.Thread | None = None
        self._warned = False
        if enabled and not self.speech:
            log.info("no espeak-ng: calls are not spoken")

    @property
    def available(self) -> bool:
        return bool(self.speech or self.player)

    def announce(self, ticket: str, counter: str) -> str:
        text = announcement(ticket, counter)
        if not self.available:
            return text
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="announcer", daemon=True)
            self._thread.start()
        try:
            self._queue.put_nowait(text)
        except queue.Full:   # a backlog of calls: the newest ones are on the screen anyway
            log.info("announcer busy; a call was not spoken")
        return text

    def close(self) -> None:
        if self._thread is not None:
            try:
                self._queue.put_nowait(None)
            except queue.Full:
                pass
            self._thread.join(timeout=2)
            self._thread = None
        if self._chime is not None:
            self._chime.unlink(missing_ok=True)

    def _work(self) -> None:
        while True:
            text = self._queue.get()
            if text is None:
                return
            if self.player:
                self._run([self.player, str(self._chime_file())])
            if self.speech:
                self.spoken.append(text)
                del self.spoken[:-KEEP_SPOKEN]     # bounded: a display speaks all day
                self._run([self.speech, "-v", self.voice, "-s", "140", text])

    def _chime_file(self) -> Path:
        if self._chime is None:
            with tempfile.NamedTemporaryFile(prefix="desk-chime-", suffix=".wav",
                                             delete=False) as fh:
                fh.write(chime_wav())
            self._chime = Path(fh.name)
        return self._chime

    def _run(self, argv: list[str]) -> None:
        try:
            done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=self.timeout, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            done = None
            reason = type(exc).__name__
        else:
            reason = f"exit {done.returncode}"
        if (done is None or done.returncode != 0) and not self._warned:
            self._warned = True   # no audio device: silent from now on, said once in the log
            log.info("audio output failed (%s: %s); the display stays silent",
                     Path(argv[0]).name, reason)
