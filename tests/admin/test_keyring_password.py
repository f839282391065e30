"""The database password lives in the OS keyring (here an in-memory keyring backend):
``desk-app password`` stores it, the workstation's URL takes it from there, never a file."""

from __future__ import annotations

import pytest

from desk_app.services.sign_in import stored_password, url_for_login




def test_password_stored_in_the_keyring_and_used_for_the_url(memory_keyring, monkeypatch,
                                                             tmp_path, capsys):
    from desk_app.cli import main

    monkeypatch.setenv("DESK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "geheim 42")
    url = "postgresql://dbhost:5433/desk"
    assert main(["password", "--database", url, "--login", "sbbi1"]) == 0
    assert memory_keyring.store == {("desk_app", "sbbi1@dbhost:5433/desk"): "geheim 42"}
    assert stored_password(url, "sbbi1") == "geheim 42"
    u = url_for_login(url, "sbbi1")
    assert (u.username, u.password) == ("sbbi1", "geheim 42")
    assert not list(tmp_path.rglob("*")) or all("geheim" not in p.read_text(errors="ignore")
                                                for p in tmp_path.rglob("*") if p.is_file())
    assert main(["password", "--database", url, "--login", "sbbi1", "--forget"]) == 0
    assert stored_password(url, "sbbi1") is None
    assert url_for_login(url, "sbbi1").password is None
