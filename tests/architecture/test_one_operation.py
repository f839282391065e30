"""Issue 11, Must 2: every action and every read of ui/ goes through the one Operations
object (ui/operation.py), which alone decides what an outage (DatabaseUnavailable) or a
refusal (DomainError and its subclasses) means: the key kept or dropped, the message,
the re-read on a concurrent change. So no other ui module catches them around a service
call, i.e. in a ``try`` whose body awaits something. Nor does one catch everything there
(``except Exception``, ``except BaseException`` or a bare ``except``): a broad handler
around an await decides the same things by hand, so it goes through ``Operations.read``
(``quiet``, ``current``, ``tell`` and ``message_for`` cover a background read, an
overtaken read and a message of its own place).

A synchronous ``try`` (checking a form's input before anything is sent, parsing a
scanned reference) is no service call and may catch ValidationFailed; the scan leaves it
alone. An exception would be named in ALLOWED with the reason."""

from __future__ import annotations

import ast
from pathlib import Path

import desk_app

ROOT = Path(desk_app.__file__).resolve().parent

#: module (relative to desk_app/ui) -> why it catches a service error itself
ALLOWED = {
    "operation.py": "the one place that does",
    "lead/alarm.py": "the silent alarm: a failure is the sender's own status "
                     "('nicht gesendet — Notruf auslösen'), never the message bar",
}

#: what catches everything
BROAD = {"Exception", "BaseException", "<bare>"}


def _class_bases(package: Path) -> dict[str, set[str]]:
    bases: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")
                    for b in node.bases)
    return bases


def service_errors(package: Path) -> set[str]:
    """DatabaseUnavailable, DomainError and every class of the package derived from them
    (InvalidFields, ImportRejected, PinRequired, ...), by name."""
    bases = _class_bases(package)
    names = {"DomainError", "DatabaseUnavailable"}
    while more := {n for n, b in bases.items() if b & names} - names:
        names |= more
    return names


def _caught(handler: ast.ExceptHandler) -> set[str]:
    if handler.type is None:
        return {"<bare>"}
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return {t.attr if isinstance(t, ast.Attribute) else getattr(t, "id", "")
            for t in types if t is not None}


def own_error_handling(package: Path, allowed=ALLOWED) -> list[str]:
    """Every ``except`` in package/ui that catches a service error, or everything, around
    an await."""
    errors = service_errors(package)
    ui = package / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        name = path.relative_to(ui).as_posix()
        if name in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Try):
                continue
            if not any(isinstance(n, ast.Await) for s in node.body for n in ast.walk(s)):
                continue
            for handler in node.handlers:
                hit = _caught(handler) & (errors | BROAD)
                if hit:
                    found.append(f"ui/{name}:{handler.lineno} catches {', '.join(sorted(hit))}")
    return found


def test_no_ui_module_but_operation_handles_service_errors_itself():
    assert own_error_handling(ROOT) == []


def test_the_allowed_modules_exist():
    assert [m for m in ALLOWED if not (ROOT / "ui" / m).is_file()] == []


def _package(tmp_path: Path, ui_code: str) -> Path:
    package = tmp_path / "desk_app"
    (package / "ui").mkdir(parents=True)
    (package / "errors.py").write_text(
        "class DomainError(Exception): ...\n"
        "class ValidationFailed(DomainError): ...\n"
        "class InvalidFields(ValidationFailed): ...\n", encoding="utf-8")
    (package / "ui" / "screen.py").write_text(ui_code, encoding="utf-8")
    return package


def test_the_scan_finds_a_screen_that_catches_an_outage_or_a_subclass(tmp_path):
    package = _package(tmp_path, (
        "async def save(self):\n"
        "    try:\n"
        "        await self.facade.save()\n"
        "    except (DatabaseUnavailable, errors.InvalidFields) as exc:\n"
        "        self.show(exc)\n"
        "    try:\n"
        "        rows = await self.facade.load()\n"
        "    except KeyError:\n"
        "        pass\n"
        "    except errors.DomainError:\n"
        "        pass\n"))
    assert own_error_handling(package, allowed={}) == [
        "ui/screen.py:4 catches DatabaseUnavailable, InvalidFields",
        "ui/screen.py:10 catches DomainError"]
    assert own_error_handling(package, allowed={"screen.py": "test"}) == []


def test_the_scan_finds_a_broad_handler_around_an_await(tmp_path):
    package = _package(tmp_path, (
        "async def poll(self):\n"
        "    try:\n"
        "        await self.facade.poll()\n"
        "    except asyncio.CancelledError:\n"
        "        raise\n"
        "    except Exception as exc:\n"
        "        log.warning('poll failed')\n"
        "    try:\n"
        "        await self.facade.load()\n"
        "    except:\n"
        "        pass\n"
        "    try:\n"
        "        await self.facade.save()\n"
        "    except (KeyError, BaseException):\n"
        "        pass\n"
        "    try:\n"
        "        self.parse()\n"
        "    except Exception:\n"
        "        pass\n"))
    assert own_error_handling(package, allowed={}) == [
        "ui/screen.py:6 catches Exception",
        "ui/screen.py:10 catches <bare>",
        "ui/screen.py:14 catches BaseException"]


def test_the_scan_leaves_a_synchronous_check_of_the_input_alone(tmp_path):
    package = _package(tmp_path, (
        "async def register(self, dialog):\n"
        "    try:\n"
        "        people = dialog.applicants()\n"
        "    except errors.ValidationFailed as exc:\n"
        "        dialog.show_error(exc)\n"
        "        return\n"
        "    await self.ops.run('walk_in', lambda key: self.desk.register(people, key=key))\n"))
    assert own_error_handling(package, allowed={}) == []
