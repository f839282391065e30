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


def fill(path: Path, table: dict[str, str | tuple[str, str]] | None,
         plurals: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Sets translations; ``table=None`` copies the source (the German .ts), with the
    German forms of a text with a count (``%n``, ``tr(text, "", n)``) from ``plurals``.

    A counted text (numerus="yes") takes a pair: (singular, plural), for the forms of
    English and German alike (n == 1, else). A single string for one is missing: the
    count would read "1 Personen"."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
            continue
        numerus = message.get("numerus") == "yes"
        if table is None:
            text = (plurals or {}).get(source) if numerus else source
        else:
            text = table.get(source)
        if text is None or numerus != isinstance(text, tuple):
            missing.append(source)
            continue
        if numerus:
            forms = translation.findall("numerusform")
            for form in forms[len(text):]:
                translation.remove(form)
            for i, form_text in enumerate(text):
                form = forms[i] if i < len(forms) else ET.SubElement(translation, "numerusform")
                form.text = form_text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def english_table(here: Path, name: str = "EN") -> dict:
    """The ``EN`` dicts of every ``en_*.py`` beside this file: en_base.py first, then
    one per area of the UI (a later one may override), so that parallel work adds texts
    without touching one list. ``name="DE"``: their optional ``DE`` dicts, the German
    (singular, plural) of each counted text."""
    table: dict = {}
    for extra in sorted(here.glob("en_*.py"), key=lambda p: (p.name != "en_base.py", p.name)):
        scope: dict = {}
        exec(compile(extra.read_text(encoding="utf-8"), str(extra), "exec"), scope)
        table.update(scope.get(name, {}))
    return table


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    missing = fill(here / "desk_app_en.ts", english_table(here))
    missing_de = fill(here / "desk_app_de.ts", None, english_table(here, "DE"))
    for m in missing:
        print("missing English text (a pair for a counted one):", m, file=sys.stderr)
    for m in missing_de:
        print("missing German forms of a counted text (DE):", m, file=sys.stderr)
    sys.exit(1 if missing or missing_de else 0)
