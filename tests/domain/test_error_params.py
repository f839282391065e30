"""Domain errors carry dates and times as objects (the UI writes them in its language);
their German text for the CLI and the log still reads as before."""

from __future__ import annotations

import datetime as dt

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.domain.admin_rules import FieldMessage
from desk_app.domain.lead import OnBreak

MOMENT = dt.datetime(2026, 11, 30, 7, 20, tzinfo=dt.timezone.utc)       # 08:20 in Berlin


def test_a_date_param_stays_a_date_and_reads_german():
    error = errors.NotToday(day=dt.date(2026, 11, 30))
    assert error.params["day"] == dt.date(2026, 11, 30)
    assert str(error) == "Der Termin ist für den 30.11.2026 gebucht, nicht für heute."


def test_a_moment_reads_in_berlin_time_with_its_weekday():
    error = cap.SlotFull(when=MOMENT)
    assert error.params["when"] is MOMENT
    assert str(error) == ("Der Termin Mo 30.11.2026 08:20 ist inzwischen ausgebucht: bitte "
                          "einen anderen wählen.")
    assert cap.when_text(MOMENT) == "Mo 30.11.2026 08:20"


def test_times_of_day_are_berlin_times():
    until = errors.local_time(MOMENT)
    assert until == dt.time(8, 20)
    locked = errors.RecallLocked(until_local=until, until=MOMENT)
    assert str(locked) == "Erneuter Aufruf erst ab 08:20 möglich (Aufrufsperre)."
    on_break = OnBreak(counter="Schalter 3", reason="Mittag", since=until)
    assert "(Mittag, seit 08:20)" in str(on_break)


def test_unknown_fee_carries_its_day():
    from desk_app.services.fees import UnknownFee

    error = UnknownFee(fee_code="EAT", day=dt.date(2026, 1, 2))
    assert error.params["day"] == dt.date(2026, 1, 2)
    assert str(error) == "Gebühr EAT ist am 02.01.2026 nicht im Gebührenverzeichnis."


def test_a_field_message_reads_german():
    message = FieldMessage("Frühestens ab {today}.", {"today": dt.date(2026, 11, 30)})
    assert str(message) == "Frühestens ab 30.11.2026."
