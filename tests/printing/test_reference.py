"""Order references: digits only, Damm check digit, catches typing errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.printing import make_reference, validate_reference
from desk_app.printing.barcode import REFERENCE_DIGITS, format_reference

numbers = st.integers(min_value=0, max_value=10**REFERENCE_DIGITS - 1)


def test_known_values():
    assert make_reference(0) == "000000000000"
    # Damm's worked example: 572 -> check digit 4
    assert make_reference(572) == "000000005724"
    assert make_reference(4213) == "000000042131"
    assert validate_reference("000000042131")
    assert not validate_reference("000000042132")


@given(numbers)
def test_made_references_validate(n):
    ref = make_reference(n)
    assert len(ref) == REFERENCE_DIGITS + 1 and ref.isdigit() and ref.isascii()
    assert int(ref[:-1]) == n
    assert validate_reference(ref)


@given(numbers, st.data())
def test_every_single_digit_substitution_is_detected(n, data):
    ref = make_reference(n)
    pos = data.draw(st.integers(0, len(ref) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != ref[pos]]))
    assert not validate_reference(ref[:pos] + digit + ref[pos + 1 :])


@given(numbers, st.data())
def test_every_adjacent_transposition_is_detected(n, data):
    ref = make_reference(n)
    swaps = [i for i in range(len(ref) - 1) if ref[i] != ref[i + 1]]
    if not swaps:
        return
    i = data.draw(st.sampled_from(swaps))
    swapped = ref[:i] + ref[i + 1] + ref[i] + ref[i + 2 :]
    assert not validate_reference(swapped)


def test_exhaustive_on_one_reference():
    ref = make_reference(9081726354)
    for pos in range(len(ref)):
        for d in "0123456789":
            if d != ref[pos]:
                assert not validate_reference(ref[:pos] + d + ref[pos + 1 :])
    for i in range(len(ref) - 1):
        if ref[i] != ref[i + 1]:
            assert not validate_reference(ref[:i] + ref[i + 1] + ref[i] + ref[i + 2 :])


@pytest.mark.parametrize("bad", ["", "12345678901", "0000000421310", "00000004213a",
                                 "０００００００４２１３１", "0000 0004 2131", None, 42131])
def test_malformed_references_are_rejected(bad):
    assert not validate_reference(bad)


def test_scanner_enter_is_tolerated():
    assert validate_reference("000000042131\r\n")


@pytest.mark.parametrize("bad", [-1, 10**REFERENCE_DIGITS, True])
def test_make_reference_range(bad):
    with pytest.raises((ValueError, TypeError)):
        make_reference(bad)


def test_format_reference_groups_digits():
    assert format_reference("000000042131") == "0000 0004 2131"
