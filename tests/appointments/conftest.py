"""GUI fixtures of the appointment book: the qasync loop of tests/ui, a fake spooler."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field

import pytest

from desk_app.printing.jobs import QueueState, SpoolJob, SpoolState
from tests.ui.conftest import gui_database_url, qloop, run, station_factory  # noqa: F401  (fixtures)


@dataclass
class Spooler:
    """Takes every job and completes it at once; ``submitted`` keeps the PDFs."""

    submitted: list[tuple[str, str, bytes]] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    async def submit(self, queue: str, pdf: bytes, *, title: str) -> str:
        await asyncio.sleep(0)
        self.submitted.append((queue, title, pdf))
        return f"{queue}-{next(self._ids)}"

    async def jobs(self, queue, job_ids):
        return {j: SpoolJob(j, SpoolState.COMPLETED) for j in job_ids}

    async def queue_state(self, queue):
        return QueueState(queue, True, True, True)

    async def cancel(self, job_id):
        return SpoolState.COMPLETED


@pytest.fixture
def spooler() -> Spooler:
    return Spooler()
