"""The plain-address fast path of data_quality.email_ok never accepts what
email-validator (offline) refuses."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desk_app.domain.data_quality import _plainly_valid, email_ok

chars = st.sampled_from(list("abcXYZ019.-_+!#'@") + ["..", ".test", ".local", "é", " "])
candidates = st.lists(chars, min_size=3, max_size=30).map("".join)
shaped = st.builds(lambda local, domain, tld: f"{local}@{domain}.{tld}",
                   st.text("ab.-_+9", min_size=1, max_size=70),
                   st.text("ab-9.", min_size=1, max_size=70),
                   st.sampled_from(["de", "org", "test", "local", "c", "123", "x-y", "onion"]))


def _validator_accepts(address: str) -> bool:
    try:
        validate_email(address, check_deliverability=False)
        return True
    except EmailNotValidError:
        return False


@settings(max_examples=1500, deadline=None)
@given(st.one_of(candidates, shaped))
@example("a@example.org")
@example("9@99--9.de")
@example("a" * 64 + "@example.org")
@example("a" * 65 + "@example.org")
@example("x@" + "a" * 63 + ".de")
@example("x@" + "a" * 64 + ".de")
def test_fast_path_agrees_with_email_validator(address):
    if _plainly_valid(address):
        assert _validator_accepts(address), address
    assert email_ok(address) == _validator_accepts(address)
