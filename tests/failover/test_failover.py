"""A primary and a standby (issue 19, item 4): the primary crashes while workstations
write, the standby is promoted, and every workstation reconnects through its multi-host
URL by itself. Checked on the new primary: nothing acknowledged lost, nothing doubled
(each idempotency key made one entry), no change skipped (each workstation's feed saw
every change id, in order). The figures come from benchmarks/bench_failover.py."""

from __future__ import annotations


import pytest

from tests.failover.scenario import make_pair, remove_pair, run_failover, temp_root


@pytest.fixture
def cluster_pair():
    root = temp_root()
    try:
        primary, standby = make_pair(root)
    except (OSError, RuntimeError, LookupError) as exc:
        remove_pair(root)
        if isinstance(exc, FileNotFoundError):
            pytest.skip(f"no PostgreSQL binaries: {exc}")
        raise
    except Exception:
        remove_pair(root)
        raise
    try:
        yield primary, standby
    finally:
        remove_pair(root, primary, standby)


@pytest.mark.postgres
@pytest.mark.slow
async def test_primary_lost_standby_promoted_nothing_lost_doubled_or_skipped(cluster_pair):
    primary, standby = cluster_pair
    outcome = await run_failover(primary, standby, workstations=3, before_s=1.5,
                                 acks_after=5, promote_delay_s=0.5)
    stations = outcome.workstations
    # every workstation went on after the loss, by itself
    assert all(ws.first_ack_after_loss is not None for ws in stations), \
        [(ws.name, len(ws.acked), ws.reported[-3:]) for ws in stations]
    # the loss was noticed: the feeds went offline, and their listeners reconnected
    assert all(False in ws.statuses for ws in stations)
    assert all(n >= 2 for n in outcome.listener_connects), outcome.listener_connects
    # what was reported as failed was reported truthfully (never "applied")
    assert all(applied in (False, None) for ws in stations for _k, applied in ws.reported)
    # nothing acknowledged lost, nothing doubled: one entry per key, the acknowledged one
    acked = {f"{ws.name}/{key}": entry_id for ws in stations for key, entry_id in ws.acked.items()}
    assert len(acked) >= 3 * 6
    found = outcome.entry_ids_by_key
    lost = [k for k in acked if k not in found]
    assert not lost, f"acknowledged but lost on the new primary: {lost}"
    doubled = {k: v for k, v in found.items() if len(v) != 1}
    assert not doubled, f"applied more than once: {doubled}"
    assert all(found[k] == [entry_id] for k, entry_id in acked.items())
    unacknowledged = set(found) - set(acked)
    assert not unacknowledged   # every key was retried until acknowledged
    # no change skipped: each feed saw every change on the new primary, once, in order
    assert outcome.final_change_ids == list(range(outcome.start_change_id + 1,
                                                  outcome.start_change_id + 1
                                                  + len(outcome.final_change_ids)))
    for ws in stations:
        assert ws.seen == outcome.final_change_ids, ws.name
