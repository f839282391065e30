"""Appointment requests from the office's mailbox (issue 20). Plain Python, no Qt, no
database. By concern:

- ``mail_concerns``: the concerns, what each needs, the fields' normal forms, join keys;
- ``mail_parsing``: one message read (contact form, plain e-mail, bounce);
- ``mail_routing``: the admin's routing rules and the route of a request;
- here: the office's figures, and every name above re-exported (the import path of
  the earlier single module).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .mail_concerns import (  # noqa: F401 - re-exported
    CONCERN_LABELS, CONCERN_WORDS, FIELD_LABELS_DE, FILE_NUMBER, MAX_BODY_CHARS, REQUIRED,
    Concern, addresses, concern_from_text, file_number_prefix, fold, missing_fields,
    normalise_file_number, parse_birth_date, person_keys, reply_token, token_in_subject,
)
from .mail_parsing import (  # noqa: F401 - re-exported
    FORM_FIELDS, Attachment, ParsedMessage, guess_language, html_to_text, parse_message,
)
from .mail_routing import (  # noqa: F401 - re-exported
    DEFAULT_RULES, RULE_KIND_ORDER, Route, RoutingRule, RuleKind, route,
)


@dataclass(frozen=True)
class WorklistFigures:
    """The office's figures for a period (issue 20, Must 7)."""

    requests: int
    incomplete: int
    misaddressed: int
    undeliverable: int
    answered: int
    median_hours_to_answer: float | None
    per_week: dict[str, int] = field(default_factory=dict)
    per_month: dict[str, int] = field(default_factory=dict)

    def share(self, part: int) -> float:
        return part / self.requests if self.requests else 0.0


def figures_rows(f: WorklistFigures) -> list[tuple[str, str]]:
    """The office's figures as (German label, value) lines, for the screen and exports."""
    def pct(part: int) -> str:
        return f"{round(100 * f.share(part))} %" if f.requests else "–"

    rows = [("Terminanfragen", str(f.requests)),
            ("davon unvollständig", f"{f.incomplete} ({pct(f.incomplete)})"),
            ("davon falsch adressiert", f"{f.misaddressed} ({pct(f.misaddressed)})"),
            ("davon nicht zustellbar", f"{f.undeliverable} ({pct(f.undeliverable)})"),
            ("beantwortet", str(f.answered)),
            ("Zeit bis zur Antwort (Median, Stunden)",
             "–" if f.median_hours_to_answer is None
             else f"{f.median_hours_to_answer:.1f}".replace(".", ","))]
    rows += [(f"Woche {k}", str(v)) for k, v in f.per_week.items()]
    rows += [(f"Monat {k}", str(v)) for k, v in f.per_month.items()]
    return rows
