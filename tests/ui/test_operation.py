"""The one operation object every action runs through (issue 11)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from desk_app.domain import errors
from desk_app.services.database import DatabaseBusy, DatabaseUnavailable
from desk_app.ui.operation import Operations


class FakeForm:
    def __init__(self) -> None:
        self.key = "form-key-1"
        self.errors: list[str] = []
        self.busy: list[bool] = []
        self.renewed = 0

    def show_error(self, text: str) -> None:
        self.errors.append(text)

    def set_busy(self, busy: bool) -> None:
        self.busy.append(busy)

    def renew_key(self) -> None:
        self.renewed += 1
        self.key = f"form-key-{self.renewed + 1}"


def lost(applied):
    exc = DatabaseUnavailable("postgresql://desk@db/desk", "connection lost")
    exc.applied = applied
    return exc


@pytest.fixture
def ops(qapp):
    ops = Operations()
    ops.messages = []
    ops.message.connect(lambda text, error: ops.messages.append((text, error)))
    return ops


def test_success_returns_the_value_drops_the_key_and_says_so(ops, run):
    keys = []

    async def call(key):
        keys.append(key)
        return 42

    outcome = run(ops.run("act", call, what="test", success=lambda v: f"done {v}"))
    assert outcome and outcome.value == 42
    assert ops.messages == [("done 42", False)]
    run(ops.run("act", call, what="test"))
    assert keys[0] != keys[1]            # a new action gets a new key


def test_an_outage_keeps_the_key_so_the_retry_is_applied_at_most_once(ops, run):
    keys = []

    async def failing(key):
        keys.append(key)
        raise lost(applied=None)

    outcome = run(ops.run(("act", 1), failing, what="test"))
    assert not outcome
    text, error = ops.messages[-1]
    assert error and "möglicherweise" in text       # possibly applied, said truthfully
    run(ops.run(("act", 1), failing, what="test"))
    assert keys[0] == keys[1]


def test_a_surely_lost_action_says_nothing_was_saved(ops, run):
    async def failing(key):
        raise lost(applied=False)

    run(ops.run("x", failing, what="test"))
    assert "Nichts wurde gespeichert" in ops.messages[-1][0]


def test_a_busy_database_says_so_not_unexpected_and_keeps_the_key(ops, run):
    keys = []

    async def locked(key):
        keys.append(key)
        raise DatabaseBusy("sqlite+aiosqlite:///desk.sqlite3")

    assert not run(ops.run("x", locked, what="test"))
    text, error = ops.messages[-1]
    assert error and "gerade belegt" in text and "nicht ausgeführt" in text
    assert "Unerwarteter" not in text
    run(ops.run("x", locked, what="test"))
    assert keys[0] == keys[1]            # not applied: the retry re-sends the same key


def test_a_domain_error_drops_the_key_and_a_conflict_refreshes(ops, run):
    keys, refreshed = [], []

    async def refused(key):
        keys.append(key)
        raise errors.ConcurrentModification(ticket="A-001", state="waiting", state_de="Wartet")

    async def refresh():
        refreshed.append(1)

    run(ops.run(("act", 7), refused, what="test", on_conflict=refresh))
    run(asyncio.sleep(0))
    assert refreshed == [1]
    assert ops.messages[-1][1] is True and "A-001" in ops.messages[-1][0]
    run(ops.run(("act", 7), refused, what="test"))
    assert keys[0] != keys[1]


def test_a_domain_error_the_caller_handles_shows_nothing(ops, run):
    async def refused(key):
        raise errors.DomainError()

    run(ops.run("x", refused, what="test", on_domain_error=lambda exc: True))
    assert ops.messages == []


def test_the_unexpected_is_logged_not_shown_as_a_traceback(ops, run, caplog):
    async def broken(key):
        raise ZeroDivisionError("secret detail")

    with caplog.at_level(logging.ERROR, logger="desk_app.ui.operation"):
        run(ops.run("x", broken, what="frobnicate"))
    assert "frobnicate" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "Traceback" not in ops.messages[-1][0] and ops.messages[-1][1]


def test_the_same_action_is_not_started_twice_while_in_flight(ops, run):
    gate = asyncio.Event()
    calls, changes = [], []
    ops.changed.connect(lambda: changes.append(ops.in_flight("slow")))

    async def slow(key):
        calls.append(key)
        await gate.wait()
        return "ok"

    async def both():
        first = asyncio.ensure_future(ops.run("slow", slow, what="test"))
        await asyncio.sleep(0)
        second = await ops.run("slow", slow, what="test")
        gate.set()
        return await first, second

    first, second = run(both())
    assert first and not second and len(calls) == 1
    assert changes == [True, False]


def test_a_form_keeps_its_key_on_an_outage_and_renews_it_on_a_refusal(ops, run):
    form = FakeForm()
    keys = []

    async def outage(key):
        keys.append(key)
        raise lost(applied=False)

    async def refused(key):
        keys.append(key)
        raise errors.DomainError()

    run(ops.run(("walk_in",), outage, what="test", form=form))
    run(ops.run(("walk_in",), refused, what="test", form=form))
    assert keys == ["form-key-1", "form-key-1"]
    assert form.renewed == 1 and form.key == "form-key-2"
    assert len(form.errors) == 2 and ops.messages == []
    assert form.busy == [True, False, True, False]


def test_a_read_shows_an_outage_or_stays_quiet_and_returns_a_falsy_outcome(ops, run, caplog):
    async def failing():
        raise lost(applied=False)

    async def fine():
        return [1, 2]

    outcome = run(ops.read(fine, what="test read"))
    assert outcome and outcome.value == [1, 2] and ops.messages == []
    assert not run(ops.read(failing, what="test read"))
    assert ops.messages and ops.messages[-1][1] is True
    shown = len(ops.messages)
    with caplog.at_level(logging.INFO, logger="desk_app.ui.operation"):
        assert not run(ops.read(failing, what="quiet read", quiet=True))
    assert len(ops.messages) == shown and "quiet read failed" in caplog.text


def test_a_read_leaves_a_refusal_to_the_caller_that_handles_it(ops, run):
    handled = []

    async def refused():
        raise errors.ValidationFailed(message="the file as a whole")

    def handle(exc):
        handled.append(type(exc).__name__)
        return True

    assert not run(ops.read(refused, what="test read", on_domain_error=handle))
    assert handled == ["ValidationFailed"] and ops.messages == []
    # not handled (False) or an outage: the message as always
    assert not run(ops.read(refused, what="test read", on_domain_error=lambda exc: False))
    assert len(ops.messages) == 1 and ops.messages[0][1] is True

    async def lost_read():
        raise lost(applied=False)

    assert not run(ops.read(lost_read, what="test read", on_domain_error=handle))
    assert handled == ["ValidationFailed"] and len(ops.messages) == 2


def test_a_read_overtaken_by_a_newer_one_only_logs_and_tell_redirects(ops, run, caplog):
    async def failing():
        raise lost(applied=False)

    async def broken():
        raise RuntimeError("bug")

    assert not run(ops.read(failing, what="old read", current=lambda: False))
    assert not run(ops.read(broken, what="old read", current=lambda: False))
    assert ops.messages == [] and "old read failed" in caplog.text
    told = []
    run(ops.read(failing, what="slip", current=lambda: True,
                 tell=lambda text, error: told.append((text, error))))
    assert ops.messages == [] and len(told) == 1 and told[0][1] is True
    assert "Nichts wurde gespeichert" in told[0][0]
