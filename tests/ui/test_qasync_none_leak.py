"""Regression test for DESIGN.md "Known pitfalls": PySide6-Essentials 6.12.0 on Python
3.11 leaks one reference to None per socket event handled by qasync, and the process
aborts with ``none_dealloc`` after a few thousand events. Pump thousands of socket
events through the qasync loop and check that None's reference count stays level.
"""

from __future__ import annotations

import asyncio
import gc
import socket
import sys
import time

import pytest

pytestmark = pytest.mark.gui

EVENTS = 3000


def test_socket_events_do_not_leak_none(qapp, qloop):
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    received = []

    def on_readable():
        received.append(len(a.recv(64)))

    async def pump(n: int) -> None:
        for _ in range(n):
            before = len(received)
            b.send(b"x")
            while len(received) == before:
                await asyncio.sleep(0)

    streams = {}

    async def stream_round_trips(n: int) -> None:
        if not streams:
            streams["rw"] = await asyncio.open_connection(sock=c)
        reader, _writer = streams["rw"]
        for _ in range(n):
            d.send(b"ping\n")
            assert await reader.readline() == b"ping\n"

    def run(coro) -> None:
        # Pumped with processEvents, not qtbot.waitUntil: pytest-qt's polling itself
        # gains a few references to None per poll here, which would blur the measure.
        task = asyncio.ensure_future(coro)
        deadline = time.monotonic() + 60
        while not task.done():
            assert time.monotonic() < deadline, "socket pump timed out"
            qapp.processEvents()
        task.result()

    qloop.add_reader(a.fileno(), on_readable)
    c, d = socket.socketpair()
    try:
        run(pump(300))                       # warm up: caches, lazily made objects
        run(stream_round_trips(100))
        gc.collect()
        baseline = sys.getrefcount(None)
        run(pump(EVENTS))                    # add_reader → QSocketNotifier → callback
        run(stream_round_trips(EVENTS))      # asyncio streams on the qasync loop
        gc.collect()
        grown = sys.getrefcount(None) - baseline
        streams["rw"][1].close()
    finally:
        qloop.remove_reader(a.fileno())
        for s in (a, b, c, d):
            s.close()
    assert len(received) >= EVENTS
    # one leaked reference per event would be thousands; allow a little slack
    assert grown < 100, f"None gained {grown} references over {2 * EVENTS} socket events"
