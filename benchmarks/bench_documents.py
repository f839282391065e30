"""Document rendering benchmark: ``python benchmarks/bench_documents.py``.

Prints medians (and p90) of rendering to PDF bytes:
- the wait ticket (target < 10 ms),
- the pickup slip with Code 128 and QR code (target < 30 ms), each iteration with a new
  reference so the QR encoding is never served from the cache,
and shows that fonts are registered once per process (the registration count stays
constant however many documents are rendered).
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

N = 200


def _bench(make, render, n=N):
    times = []
    for i in range(n):
        data = make(i)
        t0 = time.perf_counter()
        render(data)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)]


def main() -> None:
    t0 = time.perf_counter()
    from desk_app.printing import fonts, make_reference, render_pickup_slip, render_wait_ticket
    from desk_app.printing.samples import sample_documents

    t_import = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    render_wait_ticket(sample_documents("de")["wait_ticket"])
    t_first = (time.perf_counter() - t0) * 1000
    print(f"import desk_app.printing: {t_import:.1f} ms; first wait ticket (loads fonts): {t_first:.1f} ms")

    results = []
    for lang in ("de", "en", "ar"):
        ticket = sample_documents(lang)["wait_ticket"]
        slip = sample_documents(lang)["pickup_slip"]
        render_wait_ticket(ticket), render_pickup_slip(slip)  # warm: fonts for this script
        med, p90 = _bench(lambda i: dataclasses.replace(ticket, ticket_number=f"I-{i % 1000:03d}",
                                                        waiting_ahead=i % 40), render_wait_ticket)
        results.append((f"wait ticket [{lang}]", med, p90, 10))
        med, p90 = _bench(lambda i: dataclasses.replace(slip, reference=make_reference(10_000_000 + i * 7919)),
                          render_pickup_slip)
        results.append((f"pickup slip, Code 128 + QR [{lang}]", med, p90, 30))

    for name, med, p90, target in results:
        flag = "ok" if med < target else "OVER TARGET"
        print(f"{name:40s} median {med:6.2f} ms   p90 {p90:6.2f} ms   (target < {target} ms: {flag})")

    before = fonts.registration_count()
    for lang in ("de", "en", "tr", "ar", "uk", "ru", "fa"):
        for i, data in enumerate(sample_documents(lang).values()):
            from desk_app.printing.samples import render
            render(data)
    after = fonts.registration_count()
    print(f"font registrations: {before} before, {after} after rendering all documents in 7 "
          f"languages ({'constant' if before == after else 'GREW'}); loaded: "
          f"{', '.join(sorted(fonts._loaded))}")


if __name__ == "__main__":
    main()
