"""Fonts are found, registered once per process, and a missing one names its package;
translation files are complete."""

from __future__ import annotations

import json
import re
import string

import pytest

from desk_app.printing import fonts
from desk_app.printing.i18n import available_languages, second_language, translations_dir, tr
from desk_app.printing.samples import SAMPLE_LANGUAGES, render, sample_documents


def test_fonts_registered_once_per_process():
    for lang in SAMPLE_LANGUAGES:
        for data in sample_documents(lang).values():
            render(data)
    before = fonts.registration_count()
    assert before >= 2
    for lang in SAMPLE_LANGUAGES:
        for data in sample_documents(lang).values():
            render(data)
    assert fonts.registration_count() == before


def test_missing_font_names_the_debian_package(monkeypatch):
    monkeypatch.setitem(fonts.FONTS, "Nope", fonts.FontSpec("Nope", "NoSuchFont-Regular.ttf", "fonts-nope"))
    with pytest.raises(fonts.FontMissingError, match="fonts-nope"):
        fonts.get_font("Nope")


def test_missing_cjk_font_is_an_error_naming_the_package(monkeypatch):
    from desk_app.printing import text as T

    real = fonts.has_font
    monkeypatch.setattr(fonts, "has_font", lambda name: name != "DroidSansFallback" and real(name))
    T.font_for.cache_clear()
    try:
        with pytest.raises(fonts.FontMissingError, match="fonts-droid-fallback"):
            T.font_for("李")
    finally:
        T.font_for.cache_clear()


def _placeholders(s: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


def test_translation_files_are_complete():
    source = json.loads((translations_dir() / "de.json").read_text(encoding="utf-8"))
    assert set(SAMPLE_LANGUAGES) <= set(available_languages())
    for lang in SAMPLE_LANGUAGES:
        catalog = json.loads((translations_dir() / f"{lang}.json").read_text(encoding="utf-8"))
        for key, german in source.items():
            if key == "copy_mark" and lang != "de":
                continue
            assert key in catalog, (lang, key)
            assert catalog[key].strip(), (lang, key)
            assert _placeholders(catalog[key]) == _placeholders(german), (lang, key)
        assert set(catalog) <= set(source), (lang, set(catalog) - set(source))


def test_no_markup_or_stray_braces_in_translations():
    for path in translations_dir().glob("*.json"):
        for key, value in json.loads(path.read_text(encoding="utf-8")).items():
            assert "<" not in value and ">" not in value, (path.name, key)
            assert re.sub(r"\{\w+\}", "", value).count("{") == 0, (path.name, key)


def test_language_codes():
    assert second_language("de") is None
    assert second_language("xx") is None
    assert second_language(None) is None
    assert second_language("en-GB") == "en"
    assert second_language("FA") == "fa"
    assert second_language("../de") is None


def test_values_are_not_reformatted():
    assert tr("fr.cancels", number="{number}{0}") == "Storno zu Quittung Nr. {number}{0}"
