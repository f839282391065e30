"""``desk-app selfcheck``: does this installation carry what it needs?

Run from a wheel in a clean venv and from the one-folder build (scripts/check-wheel.sh,
scripts/build-onefolder.sh). Checks, each on its own line:

1. the package's resources (translations, document texts, migrations) are found;
2. every document renders in every language (written to ``--out`` when given);
3. the English UI translation loads and translates what its .ts file says.

Exit code 0 when all pass.
"""

from __future__ import annotations

import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def _check(name: str, fn) -> bool:
    try:
        detail = fn()
    except Exception as exc:
        print(f"FAIL {name}: {type(exc).__name__}: {exc}")
        return False
    print(f"ok   {name}: {detail}")
    return True


def check_resources() -> str:
    from desk_app.resource_files import document_texts_dir, translations_dir
    from desk_app.services.schema import known_revisions

    qm = translations_dir() / "desk_app_en.qm"
    if not qm.is_file() or qm.stat().st_size == 0:
        raise FileNotFoundError(qm)
    texts = sorted(p.stem for p in document_texts_dir().glob("*.json"))
    if not texts:
        raise FileNotFoundError(document_texts_dir())
    revisions, head = known_revisions()
    return f"{qm.name}, document texts {','.join(texts)}, {len(revisions)} migrations (head {head})"


def check_documents(out: Path | None) -> str:
    from desk_app.printing.samples import SAMPLE_LANGUAGES, write_samples

    with tempfile.TemporaryDirectory(prefix="desk-selfcheck-") as tmp:
        target = Path(out) if out else Path(tmp)
        paths = write_samples(target, SAMPLE_LANGUAGES)
        bad = [p.name for p in paths if not p.read_bytes().startswith(b"%PDF")]
        if bad:
            raise ValueError(f"not a PDF: {bad}")
        kinds = sorted({p.stem.rsplit("_", 1)[0] for p in paths})
    return (f"{len(paths)} PDFs ({len(kinds)} documents x {len(SAMPLE_LANGUAGES)} languages: "
            f"{','.join(SAMPLE_LANGUAGES)})" + (f" in {out}" if out else ""))


def check_english_ui() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from desk_app.app import install_translations, translations_dir

    app = QCoreApplication.instance() or QCoreApplication([])
    installed = install_translations(app, "en")
    try:
        root = ET.parse(translations_dir() / "desk_app_en.ts").getroot()
        checked = 0
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.find("translation")
                if translation is None or translation.get("type"):
                    continue
                if message.get("numerus") == "yes":   # "%n Termine": the singular and the plural
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                    for n, form in zip((1, 2), forms):
                        got = QCoreApplication.translate(name, source, None, n)
                        if got != form.replace("%n", str(n)):
                            raise ValueError(
                                f"{name}: {source!r} ({n}) -> {got!r}, expected {form!r}")
                    checked += 1
                    continue
                if not translation.text:
                    continue
                got = QCoreApplication.translate(name, source)
                if got != translation.text:
                    raise ValueError(
                        f"{name}: {source!r} -> {got!r}, expected {translation.text!r}")
                checked += 1
        if checked < 50:
            raise ValueError(f"only {checked} English texts")
    finally:
        for t in installed:
            app.removeTranslator(t)
    return f"{checked} texts translated to English"


def run_selfcheck(out: Path | None = None) -> int:
    from desk_app import __version__

    print(f"desk_app {__version__} selfcheck ({sys.executable})")
    results = [
        _check("resources", check_resources),
        _check("documents", lambda: check_documents(out)),
        _check("english ui", check_english_ui),
    ]
    return 0 if all(results) else 1
