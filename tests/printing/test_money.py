from decimal import Decimal

import pytest

from desk_app.printing import amount_in_words_de
from desk_app.printing.money import format_eur, number_in_words_de


@pytest.mark.parametrize(
    "amount, words",
    [
        ("113.00", "einhundertdreizehn Euro"),
        ("147.50", "einhundertsiebenundvierzig Euro und fünfzig Cent"),
        ("100", "einhundert Euro"),
        ("101", "einhunderteins Euro"),
        ("1.01", "ein Euro und ein Cent"),
        ("0.99", "null Euro und neunundneunzig Cent"),
        ("21.21", "einundzwanzig Euro und einundzwanzig Cent"),
        ("30", "dreißig Euro"),
        ("117", "einhundertsiebzehn Euro"),
        ("216.16", "zweihundertsechzehn Euro und sechzehn Cent"),
        ("1000", "eintausend Euro"),
        ("1001", "eintausendeins Euro"),
        ("1234.56", "eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent"),
        ("1000000", "eine Million Euro"),
        ("2000001", "zwei Millionen eins Euro"),
        ("-136", "minus einhundertsechsunddreißig Euro"),
        ("147.505", "einhundertsiebenundvierzig Euro und einundfünfzig Cent"),
    ],
)
def test_amount_in_words(amount, words):
    assert amount_in_words_de(Decimal(amount)) == words


def test_numbers():
    assert number_in_words_de(1) == "eins"
    assert number_in_words_de(1, before_noun=True) == "ein"
    assert number_in_words_de(16) == "sechzehn"
    assert number_in_words_de(17) == "siebzehn"
    assert number_in_words_de(70) == "siebzig"
    assert number_in_words_de(999) == "neunhundertneunundneunzig"


def test_format_eur():
    assert format_eur(Decimal("1234.5")) == "1.234,50 €"
    assert format_eur(Decimal("-13")) == "-13,00 €"


@pytest.mark.parametrize("bad", ["abc", float("nan"), None])
def test_not_an_amount(bad):
    with pytest.raises(ValueError):
        amount_in_words_de(bad)
