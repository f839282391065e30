import pytest

from desk_app.domain.tickets import format_ticket, parse_ticket, validate_prefix


@pytest.mark.parametrize("prefix,number,text", [
    ("I", 1, "I-001"), ("I", 42, "I-042"), ("E", 999, "E-999"), ("AB", 1000, "AB-1000"),
    ("XYZ", 7, "XYZ-007"),
])
def test_format(prefix, number, text):
    assert format_ticket(prefix, number) == text
    assert parse_ticket(text) == (prefix, number)


@pytest.mark.parametrize("prefix,number", [("I", 0), ("I", -1), ("i", 1), ("", 1), ("ABCD", 1),
                                           ("Ä", 1), ("1", 1), (None, 1)])
def test_format_rejects(prefix, number):
    with pytest.raises(ValueError):
        format_ticket(prefix, number)


@pytest.mark.parametrize("text,parsed", [
    ("i-42", ("I", 42)), ("I042", ("I", 42)), (" I - 7 ", ("I", 7)), ("e-001", ("E", 1)),
    ("AB-1234", ("AB", 1234)),
    ("42", None), ("Müller", None), ("", None), (None, None), ("I-", None), ("ABCD-1", None),
    ("I-4a", None), ("T4K7XCA", None),
])
def test_parse(text, parsed):
    assert parse_ticket(text) == parsed


def test_validate_prefix():
    assert validate_prefix("EU") == "EU"
    with pytest.raises(ValueError):
        validate_prefix("eu")
