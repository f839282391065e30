"""Issue 6 figures: print action → job handed to CUPS (< 100 ms); 500 receipts generated
in a batch (< 3 s): as 500 PDFs (render_batch) and into one PDF (render_receipts_batch),
issued one transaction each (issue) and in one transaction (issue_batch + one PDF).

    .venv/bin/python benchmarks/bench_printing.py      # needs CUPS with the DeskPDF queue
                                                       # (scripts/ci-cups-setup.sh)
"""

from __future__ import annotations

import asyncio
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402

from benchmarks.common import machine, summarize, throwaway  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.printing.samples import sample_documents  # noqa: E402
from desk_app.printing.spooler_cups import CupsSpooler, cups_available  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.fees import FeeRequest  # noqa: E402
from desk_app.services.printing_desk import (  # noqa: E402
    PrintDesk, ReceiptDesk, render_batch, render_document, render_receipts_batch,
)
from desk_app.services.receipts import ReceiptRequest  # noqa: E402

QUEUE = os.environ.get("DESK_CUPS_QUEUE", "DeskPDF")
FAMILY = [FeeRequest("NE", "Ayşe Yılmaz"), FeeRequest("AT_ISSUE", "Emre Yılmaz", minor=True),
          FeeRequest("EXPRESS", "Emre Yılmaz"),
          FeeRequest("FIKTION", "Elif Yılmaz", exemption_reason="Kind unter 6 Jahren")]


async def _staff_id(db, login="sbbi1") -> int:
    from sqlalchemy import select
    from desk_app.models import StaffMember
    async with db.read() as s:
        return (await s.execute(select(StaffMember.id).where(StaffMember.login == login))).scalar_one()


async def bench_print(backend: str) -> None:
    if not cups_available():
        print(f"[{backend}] print → CUPS: skipped (no CUPS scheduler)")
        return
    async with throwaway(backend) as db:
        ctx = Context(actor=Actor(staff_id=await _staff_id(db), role=Role.CLERK, station="bench"))
        spooler = CupsSpooler()
        pd = PrintDesk(db, ctx, spooler, default_printer=QUEUE)
        data = sample_documents("de")["wait_ticket"]
        pd_warm = await pd.print_document(data, entity="entry", entity_id=0)
        assert pd_warm.status.value == "SENT", pd_warm.error
        total, render, lp = [], [], []
        for i in range(1, 41):
            t0 = time.perf_counter()
            job = await pd.print_document(data, entity="entry", entity_id=i)
            total.append((time.perf_counter() - t0) * 1000)
            assert job.status.value == "SENT", job.error
        for _ in range(20):
            t0 = time.perf_counter()
            pdf = render_document(data)
            render.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            spooler.submit_sync(QUEUE, pdf, title="bench-lp")
            lp.append((time.perf_counter() - t0) * 1000)
        print(f"[{backend}] wait ticket: print action → SENT (render+job+lp+record): {summarize(total)}")
        print(f"[{backend}]   of which render: {summarize(render)}")
        print(f"[{backend}]   of which lp (hand-over to CUPS): {summarize(lp)}")
        double = []
        for i in range(1, 21):
            t0 = time.perf_counter()
            await pd.print_document(data, entity="entry", entity_id=i)  # second click: no print
            double.append((time.perf_counter() - t0) * 1000)
        print(f"[{backend}] double click (same key, nothing printed): {summarize(double)}")


async def bench_receipts(backend: str, n: int = 500) -> None:
    async with throwaway(backend) as db:
        ctx = Context(actor=Actor(staff_id=await _staff_id(db), role=Role.CLERK, station="bench"))
        rd = ReceiptDesk(db, ctx, enabled=True, office_name="Ausländerbehörde München",
                         office_address="Ruppertstraße 19\n80337 München", place="München")
        t0 = time.perf_counter()
        views = [await rd.issue(payer_name=f"Yılmaz, Ayşe {i}", payment_method="cash", fees=FAMILY)
                 for i in range(n)]
        issue_s = time.perf_counter() - t0
        datas = [rd.document(v) for v in views]
        t0 = time.perf_counter()
        pdfs1 = [render_document(d) for d in datas]
        serial_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        pdfs = render_batch(datas)
        batch_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        one_pdf = render_receipts_batch(datas)
        one_s = time.perf_counter() - t0
        assert len(pdfs) == n and all(p.startswith(b"%PDF") for p in pdfs) and len(pdfs1) == n
        assert len(PdfReader(io.BytesIO(one_pdf)).pages) == n
        assert [v.number for v in views] == list(range(1, n + 1))
        print(f"[{backend}] {n} receipts issued (numbered, priced, one transaction each): "
              f"{issue_s:.2f} s ({issue_s / n * 1000:.1f} ms each)")
        print(f"[{backend}] {n} receipt PDFs rendered, one process: {serial_s:.2f} s; "
              f"render_batch ({os.cpu_count()} cores): {batch_s:.2f} s")
        print(f"[{backend}] {n} receipts generated in a batch (issue + render_batch): "
              f"{issue_s + batch_s:.2f} s")
        print(f"[{backend}] {n} receipts generated in a batch into one PDF, render only "
              f"(render_receipts_batch, one process): {one_s:.2f} s ({one_s / n * 1000:.1f} ms each); "
              f"{len(one_pdf) / 1e6:.1f} MB vs {sum(map(len, pdfs)) / 1e6:.1f} MB as {n} PDFs")
        print(f"[{backend}] {n} receipts generated in a batch into one PDF "
              f"(issue + render_receipts_batch): {issue_s + one_s:.2f} s")

        # the same batch issued in ONE transaction (issue_batch), then printed as one PDF
        requests = [ReceiptRequest(payer_name=f"Muster, Erika {i}", payment_method="card",
                                   fees=FAMILY) for i in range(n)]
        t0 = time.perf_counter()
        batch = await rd.issue_batch(requests, key="bench-batch")
        batch_issue_s = time.perf_counter() - t0
        one_pdf2 = render_receipts_batch([rd.document(v) for v in batch])
        batch_total_s = time.perf_counter() - t0
        assert [v.number for v in batch] == list(range(n + 1, 2 * n + 1))
        assert len(PdfReader(io.BytesIO(one_pdf2)).pages) == n
        t0 = time.perf_counter()
        again = await rd.issue_batch(requests, key="bench-batch")   # retried: nothing doubled
        retry_s = time.perf_counter() - t0
        assert [v.id for v in again] == [v.id for v in batch]
        print(f"[{backend}] {n} receipts issued in one transaction (issue_batch): "
              f"{batch_issue_s:.2f} s ({batch_issue_s / n * 1000:.2f} ms each); "
              f"retried key (same receipts back): {retry_s:.2f} s")
        print(f"[{backend}] {n} receipts generated in a batch (issue_batch + one PDF): "
              f"{batch_total_s:.2f} s")


async def main() -> None:
    print(machine())
    for backend in ("sqlite", "postgres"):
        try:
            await bench_print(backend)
            await bench_receipts(backend)
        except OSError as exc:
            print(f"[{backend}] skipped: {exc}")


if __name__ == "__main__":
    asyncio.run(main())
