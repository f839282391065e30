"""Issue 11's rules for the code itself, guarded: no module in desk_app/ over 500 lines;
no widget class named "*View" (the service dataclasses are the views, widgets are
screens, panels, dialogs, ...); no one-letter aliases for tables in code others read."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import desk_app

ROOT = Path(desk_app.__file__).resolve().parent
MAX_LINES = 500


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "migrations" not in p.relative_to(ROOT).parts)


# -- size --------------------------------------------------------------------------------
def long_modules(root: Path, limit: int = MAX_LINES) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found.append(f"{path.relative_to(root.parent)}: {lines} lines")
    return found


def test_no_module_is_over_500_lines():
    assert long_modules(ROOT) == []


def test_the_size_check_finds_a_long_module(tmp_path):
    long = tmp_path / "desk_app" / "long.py"
    long.parent.mkdir()
    long.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "desk_app" / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert long_modules(tmp_path / "desk_app") == [f"desk_app/long.py: {MAX_LINES + 1} lines"]


# -- widget names ------------------------------------------------------------------------
def _qt_modules() -> list[str]:
    """Every module of desk_app that may hold widgets (the package, its top-level modules
    and ui/), without the Alembic scripts and __main__."""
    names = []
    for info in pkgutil.walk_packages(desk_app.__path__, prefix="desk_app."):
        parts = info.name.split(".")
        if parts[1] in ("migrations", "domain", "models", "services", "printing", "cli") \
                or parts[-1] == "__main__":
            continue
        names.append(info.name)
    return names


def widgets_named_view(modules) -> list[str]:
    from PySide6.QtWidgets import QWidget

    found = set()
    for module in modules:
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (cls.__module__ == module.__name__ and issubclass(cls, QWidget)
                    and name.endswith("View")):
                found.add(f"{cls.__module__}.{name}")
    return sorted(found)


def test_no_widget_class_is_named_view():
    modules = [importlib.import_module(name) for name in _qt_modules()]
    assert "desk_app.ui.shell.window" in {m.__name__ for m in modules}
    assert widgets_named_view(modules) == []


def test_the_widget_name_check_finds_a_view_widget():
    import types

    from PySide6.QtWidgets import QTableView, QWidget

    module = types.ModuleType("desk_app.fake_widgets")
    for name, base in (("CounterView", QWidget), ("EntryTableView", QTableView),
                       ("CounterScreen", QWidget), ("EntryView", object)):
        setattr(module, name, type(name, (base,), {"__module__": module.__name__}))
    assert widgets_named_view([module]) == ["desk_app.fake_widgets.CounterView",
                                            "desk_app.fake_widgets.EntryTableView"]


# -- one-letter aliases for tables ---------------------------------------------------------
#: (path relative to desk_app/, name): one-letter table aliases kept on purpose, with why
ALLOWED_ALIASES: set[tuple[str, str]] = set()

_ALIAS_CALLS = {"aliased", "alias", "subquery", "cte", "table_valued", "table"}


def _model_names() -> set[str]:
    """The mapped classes and Table objects of desk_app.models."""
    import desk_app.models as models_pkg
    from sqlalchemy import Table

    names = set()
    for info in pkgutil.walk_packages(models_pkg.__path__, prefix="desk_app.models."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Table) or (inspect.isclass(value)
                                            and hasattr(value, "__table__")):
                names.add(name)
    return names


def _last_name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_table_expression(node: ast.AST, models: set[str]) -> bool:
    """``Model``, ``Model.__table__``, ``Model.__table__.c``, ``table.c``, ``aliased(…)``,
    ``….alias()``, ``….subquery()``, ``….cte()``."""
    if isinstance(node, ast.Call):
        return _last_name(node.func) in _ALIAS_CALLS
    if isinstance(node, (ast.Name, ast.Attribute)):
        if _last_name(node) in models:
            return True
        chain = []
        while isinstance(node, ast.Attribute):
            chain.append(node.attr)
            node = node.value
        if "__table__" in chain:
            return True
        if chain and chain[0] in ("c", "columns") and _last_name(node) in models | {"table"}:
            return True
    return False


def one_letter_aliases(source: str, models: set[str]) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.NamedExpr)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if node.value is None:
                    continue
                pairs = [(target, node.value)]
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs = list(zip(target.elts, node.value.elts))
                elif isinstance(target, ast.Tuple):
                    pairs = [(t, node.value) for t in target.elts]
                found += [(node.lineno, t.id) for t, value in pairs
                          if isinstance(t, ast.Name) and len(t.id) == 1
                          and _is_table_expression(value, models)]
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, a.asname) for a in node.names
                      if a.asname and len(a.asname) == 1
                      and (a.name in models or (node.module or "").startswith("desk_app.models"))]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.asname) for a in node.names
                      if a.asname and len(a.asname) == 1 and a.name.startswith("desk_app.models")]
    return found


def test_no_one_letter_aliases_for_tables():
    models = _model_names()
    assert {"QueueEntry", "Applicant"} <= models
    found = []
    for path in _modules():
        rel = str(path.relative_to(ROOT))
        for line, name in one_letter_aliases(path.read_text(encoding="utf-8"), models):
            if (rel, name) not in ALLOWED_ALIASES:
                found.append(f"{rel}:{line}: {name}")
    assert found == []


@pytest.mark.parametrize("line", [
    "e = QueueEntry.__table__.c",
    "q = aliased(QueueEntry)",
    "a, b = aliased(Applicant), aliased(Applicant)",
    "t = QueueEntry.__table__",
    "E = QueueEntry",
    "s = select(QueueEntry.id).subquery()",
    "c = APPLICANTS.c",
    "from desk_app.models import QueueEntry as Q",
    "import desk_app.models.tables as t",
])
def test_the_alias_scan_finds(line):
    models = {"QueueEntry", "Applicant", "APPLICANTS"}
    assert one_letter_aliases(line, models) != []


@pytest.mark.parametrize("line", [
    "entries = QueueEntry.__table__.c",
    "other = aliased(Applicant)",
    "e = entries[0]",
    "a, other = 1, aliased(Applicant)",
    "n = len(rows)",
    "from desk_app.models import QueueEntry",
])
def test_the_alias_scan_leaves_alone(line):
    assert one_letter_aliases(line, {"QueueEntry", "Applicant"}) == []
