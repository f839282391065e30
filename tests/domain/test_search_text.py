import unicodedata

import pytest

from desk_app.domain.search_text import fold


@pytest.mark.parametrize("variants,folded", [
    (["Müller", "Mueller", "MÜLLER", "MUELLER", "müller", "Mu\u0308ller"], "mueller"),
    (["Çelik", "CELIK", "çelik", "Celik"], "celik"),
    (["Straße", "STRASSE", "Strasse"], "strasse"),
    (["Gößling", "Goessling"], "goessling"),
    (["Nguyễn", "NGUYỄN", unicodedata.normalize("NFD", "Nguyễn"), "Nguyen"], "nguyen"),
    (["Łukasz", "Lukasz"], "lukasz"),
    (["Øberg", "Oberg"], "oberg"),
    (["Yıldız", "Yildiz", "YILDIZ"], "yildiz"),
    (["José", "JOSE", "Jose\u0301"], "jose"),
])
def test_variants_fold_equal(variants, folded):
    assert {fold(v) for v in variants} == {folded}


def test_other_scripts_are_kept():
    assert fold("Иванов") == "иванов"
    assert fold("ИВАНОВ") == "иванов"
    assert fold("محمد") == "محمد"
    # Hangul syllables come out as their jamo (NFKD); query and stored key fold alike
    assert unicodedata.normalize("NFC", fold("김민준")) == "김민준"
    assert fold("김민준") == fold(unicodedata.normalize("NFD", "김민준"))
    assert fold("王芳") == "王芳"
    assert fold("Παπαδόπουλος") == fold("ΠΑΠΑΔΟΠΟΥΛΟΣ") == "παπαδοπουλοσ"  # casefold: final sigma


def test_whitespace_and_empty():
    assert fold(None) == ""
    assert fold("") == ""
    assert fold("  Müller \t  Hans\n") == "mueller hans"
    assert fold("O'Brien") == "o'brien"
    assert fold("Al-Hassan") == "al-hassan"


def test_fold_is_idempotent():
    for text in ("Müller", "Çelik", "Nguyễn Thị", "Иванов", "محمد", "ß"):
        assert fold(fold(text)) == fold(text)
