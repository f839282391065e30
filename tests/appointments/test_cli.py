"""desk-app capacity …: load, export, offer, allowance, close-day, pickups."""

from __future__ import annotations

from desk_app.cli import main


def test_capacity_commands(sqlite_database_url, tmp_path, capsys):
    db = ["--database", sqlite_database_url]
    toml = tmp_path / "cap.toml"
    toml.write_text('[[service_point]]\ncode = "EU"\noverbooking_percent = 10\n'
                    '[[service_point.hours]]\ndays = "Mo-Fr"\nopens = "08:00"\n'
                    'closes = "10:00"\nslot_minutes = 30\ncounters = 3\n', encoding="utf-8")
    assert main(["capacity", "load", str(toml), *db]) == 0
    assert "5 Öffnungszeiten-Regeln" in capsys.readouterr().out
    assert main(["capacity", "export", "--service-point", "EU", *db]) == 0
    assert 'days = "Mo,Di,Mi,Do,Fr"' in capsys.readouterr().out
    assert main(["capacity", "offer", "--week", "2030-W10", "--service-point", "EU", *db]) == 0
    out = capsys.readouterr().out
    assert "Terminangebot KW 10" in out and "60 Plätze angeboten, 0 gebucht" in out
    # German weekday names, whatever the process locale (2030-W10 starts Monday 4 March)
    assert "   Mo 04.03. " in out and "   Fr 08.03. " in out and "Mon" not in out
    assert main(["capacity", "allowance", "--service-point", "EU", "--set", "20", *db]) == 0
    assert "EU: Überbuchung 20 %" in capsys.readouterr().out
    assert main(["capacity", "close-day", "--service-point", "EU", "--date", "2030-03-05",
                 "--reason", "Betriebsausflug", *db]) == 0
    assert "0 Termine verlegt" in capsys.readouterr().out
    assert main(["capacity", "offer", "--week", "2030-W10", "--service-point", "EU", *db]) == 0
    assert "48 Plätze angeboten" in capsys.readouterr().out
    assert main(["capacity", "pickups", *db]) == 0
    assert main(["capacity", "allowance", "--set", "99", "--service-point", "EU", *db]) == 2
