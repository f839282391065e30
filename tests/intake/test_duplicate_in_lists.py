"""Issue 17: the possible-duplicate flag on the data every queue list reads (EntryView's
members), from the listing's own statement, and on the view an action returns. Both
databases."""

from __future__ import annotations

from sqlalchemy import event

from desk_app.domain.data_quality import Quality
from desk_app.domain.states import Action
from desk_app.services import queue_read
from tests.intake.test_flags_and_no_shows import LINES, TOMORROW, _import

DUP = Quality.POSSIBLE_DUPLICATE


def _by_ref(views):
    return {v.booking_reference: v for v in views}


async def test_the_day_listing_carries_the_possible_duplicate(db):
    desk = await _import(db, LINES)
    views = _by_ref(await desk.day_queue(TOMORROW))
    flagged = {ref for ref, v in views.items() if DUP in v.quality}
    # the same file number (Q1, Q3); the same name and full birth date (Q4, Q5);
    # the placeholder 01.01. is no evidence (Q6, Q7); Q2 is alone
    assert flagged == {"Q1", "Q3", "Q4", "Q5"}
    assert views["Q3"].members[0].possible_duplicate is True
    assert DUP in views["Q3"].members[0].quality
    assert not views["Q2"].members[0].possible_duplicate
    # the few-ids read after a change elsewhere says the same
    few = _by_ref(await desk.entries([v.id for v in views.values()]))
    assert {ref for ref, v in few.items() if DUP in v.quality} == flagged


async def test_the_view_an_action_returns_keeps_the_flag(db):
    desk = await _import(db, LINES)
    views = _by_ref(await desk.day_queue(TOMORROW))
    desk.ctx.clock.set(views["Q3"].scheduled_at)
    checked_in = await desk.act(views["Q3"].id, Action.CHECK_IN)
    assert checked_in.members[0].possible_duplicate is True   # PostgreSQL: one statement
    checked_in = await desk.act(views["Q2"].id, Action.CHECK_IN)
    assert checked_in.members[0].possible_duplicate is False


async def test_one_statement_however_many_rows(db):
    desk = await _import(db, LINES)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        async with db.read() as s:
            await queue_read.day_queue(s, TOMORROW)
        few = len(statements)
        # twice the people, an hour later (the slots of the first are full enough)
        await _import(db, LINES.replace("Q", "R").replace(";10:00;", ";11:00;")
                      .replace(";9:", ";10:"))
        statements.clear()
        async with db.read() as s:
            views = await queue_read.day_queue(s, TOMORROW)
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", count)
    assert len(views) == 14 and len(statements) == few
    assert sum(DUP in v.quality for v in views) == 8   # not Q2/R2, Q6/R6, Q7/R7: placeholders


def test_every_queue_list_has_a_symbol_and_a_tooltip_for_it():
    """The counter's and reception's lists (ui/queue_model, ui/entry_panel) show
    EntryView.quality through ui/labels: the flag is first, with its own symbol."""
    from desk_app.ui.labels import QUALITY_ORDER, QUALITY_SYMBOLS, quality_label

    assert QUALITY_ORDER[0] == DUP and QUALITY_SYMBOLS[DUP] == "⧉"
    assert quality_label(DUP).startswith("Möglicherweise doppelt erfasst")
    assert set(QUALITY_ORDER) == set(Quality)
