"""Money: amounts are Decimal euros; German formatting and amounts in words."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["amount_in_words_de", "format_eur", "number_in_words_de", "to_cents"]

_ONES = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
         "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn",
         "siebzehn", "achtzehn", "neunzehn")
_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
         "achtzig", "neunzig")
_CENT = Decimal("0.01")


def to_cents(amount) -> int:
    """Exact amount in cents; rounds half up to whole cents."""
    try:
        d = Decimal(amount) if not isinstance(amount, Decimal) else amount
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"not an amount: {amount!r}") from None
    if not d.is_finite():
        raise ValueError(f"not an amount: {amount!r}")
    return int(d.quantize(_CENT, rounding=ROUND_HALF_UP) * 100)


def _below_1000(n: int) -> str:
    h, r = divmod(n, 100)
    out = _ONES[h] + "hundert" if h else ""
    if r < 20:
        out += _ONES[r]
    else:
        t, u = divmod(r, 10)
        out += (_ONES[u] + "und" if u else "") + _TENS[t]
    return out


def _big(n: int, singular: str, plural: str) -> str:
    return ("eine " + singular) if n == 1 else f"{_below_1000(n)} {plural}"


def number_in_words_de(n: int, *, before_noun: bool = False) -> str:
    """German cardinal number in words: 1 -> "eins" ("ein" before a noun), 21 ->
    "einundzwanzig", 1001 -> "eintausendeins", 2000000 -> "zwei Millionen"."""
    if n < 0:
        return "minus " + number_in_words_de(-n, before_noun=before_noun)
    if n == 0:
        return "null"
    if n >= 10**12:
        raise ValueError("number too large")
    parts = []
    billions, rest = divmod(n, 10**9)
    millions, rest = divmod(rest, 10**6)
    thousands, rest = divmod(rest, 1000)
    if billions:
        parts.append(_big(billions, "Milliarde", "Milliarden"))
    if millions:
        parts.append(_big(millions, "Million", "Millionen"))
    small = (_below_1000(thousands) + "tausend" if thousands else "") + _below_1000(rest)
    if small:
        if rest % 100 == 1 and not (before_noun and n == 1):
            small += "s"  # "eins", "hunderteins", but "ein Euro"
        parts.append(small)
    return " ".join(parts)


def amount_in_words_de(amount) -> str:
    """Euros and cents in German words, as written on receipts:

    113.00 -> "einhundertdreizehn Euro";
    147.50 -> "einhundertsiebenundvierzig Euro und fünfzig Cent";
    1.01 -> "ein Euro und ein Cent"; negative amounts start with "minus".
    """
    cents = to_cents(amount)
    sign = "minus " if cents < 0 else ""
    euros, c = divmod(abs(cents), 100)
    text = number_in_words_de(euros, before_noun=True) + " Euro"
    if c:
        text += " und " + number_in_words_de(c, before_noun=True) + " Cent"
    return sign + text


def format_eur(amount, *, sign: bool = False) -> str:
    """German money format: ``1.234,50 €``; ``-12,00 €`` for negative amounts."""
    cents = to_cents(amount)
    euros, c = divmod(abs(cents), 100)
    s = f"{euros:,}".replace(",", ".") + f",{c:02d} €"
    if cents < 0:
        return "-" + s
    return ("+" + s) if sign and cents > 0 else s
