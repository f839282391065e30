"""CPU placement for bench_display.py --load-cpus (issue 12).

In an office the 60 workstations are PCs of their own and the call display is a small
PC beside the TV; on a 2-core benchmark machine they all share two cores. With
--load-cpus the benchmark places them as the office would: the workstation processes
and the PostgreSQL backends serving them on the load's CPUs, the display, the caller and
the backends serving those two on the others. A backend belongs to whoever holds the
other end of its TCP connection (read from /proc, no query needed)."""

from __future__ import annotations

import os
from pathlib import Path


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return inodes
    for fd in fds:
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    return inodes


def _tcp_sockets() -> list[tuple[int, int, str]]:
    """(local port, remote port, inode) of every IPv4 TCP socket of this host."""
    rows = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        f = line.split()
        rows.append((int(f[1].rsplit(":", 1)[1], 16), int(f[2].rsplit(":", 1)[1], 16), f[9]))
    return rows


def backends_of(client_pids, backend_pids, server_port: int) -> list[int]:
    """The backends (among ``backend_pids``) whose client is one of ``client_pids``."""
    sockets = _tcp_sockets()
    client_inodes = set().union(*(_socket_inodes(p) for p in client_pids))
    client_ports = {local for local, _, inode in sockets if inode in client_inodes}
    served = {inode for local, remote, inode in sockets
              if local == server_port and remote in client_ports}
    return [pid for pid in backend_pids if _socket_inodes(pid) & served]


def place(pids, cpus) -> int:
    """Sets the CPUs of ``pids`` (every thread of each); how many processes moved."""
    moved = 0
    for pid in pids:
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                os.sched_setaffinity(int(tid), cpus)
            moved += 1
        except OSError:         # the process ended meanwhile
            pass
    return moved


def children_of(ppid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == ppid:
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def keep_placed(postmaster: int, port: int, display: int, load_cpus: set[int],
                every: float = 0.5) -> None:
    """Runs in a process of its own on the load's CPUs (scanning /proc takes tens of
    milliseconds with 120 backends: in the display's event loop it stalled the display).
    Every ``every`` s: the backends of the display and of its children not on the load's
    CPUs (the caller) to the display's CPUs. Ends with the display."""
    import time

    place([os.getpid()], load_cpus)
    while Path(f"/proc/{display}").exists():
        display_cpus = os.sched_getaffinity(display)
        clients = [display] + [c for c in children_of(display)
                               if os.sched_getaffinity(c) != load_cpus]
        place(backends_of(clients, children_of(postmaster), port), display_cpus)
        time.sleep(every)


if __name__ == "__main__":
    import sys

    postmaster, port, display, *cpus = map(int, sys.argv[1:])
    keep_placed(postmaster, port, display, set(cpus))
