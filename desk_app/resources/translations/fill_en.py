"""Fills desk_app_en.ts with the English text (German is the source language).

Run after pyside6-lupdate has added new source texts; see update.sh. The English texts
are the ``EN`` dicts of the en_*.py files beside this one (en_base.py first, then one per
area of the UI). Unknown texts stay "unfinished" and the test
tests/ui/test_translations.py fails until they are added to one of them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(path: Path, table: dict[str, str] | None) -> list[str]:
    """Sets translations; ``table=None`` copies the source (the German .ts)."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
            continue
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def english_table(here: Path) -> dict[str, str]:
    """The ``EN`` dicts of every ``en_*.py`` beside this file: en_base.py first, then
    one per area of the UI (a later one may override), so that parallel work adds texts
    without touching one list."""
    table: dict[str, str] = {}
    for extra in sorted(here.glob("en_*.py"), key=lambda p: (p.name != "en_base.py", p.name)):
        scope: dict = {}
        exec(compile(extra.read_text(encoding="utf-8"), str(extra), "exec"), scope)
        table.update(scope["EN"])
    return table


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    missing = fill(here / "desk_app_en.ts", english_table(here))
    fill(here / "desk_app_de.ts", None)
    for m in missing:
        print("missing English text:", m, file=sys.stderr)
    sys.exit(1 if missing else 0)
