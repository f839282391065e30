"""Routing a request to a service point (issue 20, Must 3): by the file number's prefix,
the contact form's category or a word in the concern, first match by kind then priority;
the reason is shown to the clerk. The rules are the admin's (services/routing_rules.py).
Plain Python, no Qt, no database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .mail_concerns import file_number_prefix, fold


class RuleKind(StrEnum):
    FILE_PREFIX = "prefix"      # the file number's prefix
    CATEGORY = "category"       # the contact form's category
    WORD = "word"               # a word in the concern or the text


RULE_KIND_ORDER = {RuleKind.FILE_PREFIX: 0, RuleKind.CATEGORY: 1, RuleKind.WORD: 2}


@dataclass(frozen=True)
class RoutingRule:
    kind: RuleKind
    pattern: str
    service_point: str          # service point code
    priority: int = 100         # lower first, within a kind's order


@dataclass(frozen=True)
class Route:
    service_point: str
    reason: str                 # German, shown to the clerk
    rule: RoutingRule | None = None


def route(rules: list[RoutingRule], *, file_number: str, category: str, concern_text: str,
          default: str = "BI") -> Route:
    """The first rule that matches, by kind (file prefix, category, word) then priority."""
    prefix = file_number_prefix(file_number)
    folded_cat = fold(category)
    folded_text = fold(concern_text)
    for rule in sorted(rules, key=lambda r: (RULE_KIND_ORDER[r.kind], r.priority, r.pattern)):
        pattern = fold(rule.pattern).strip()
        if not pattern:
            continue
        if rule.kind is RuleKind.FILE_PREFIX and prefix and fold(prefix) == pattern:
            return Route(rule.service_point,
                         f"Aktenzeichen beginnt mit »{rule.pattern}«", rule)
        if rule.kind is RuleKind.CATEGORY and folded_cat and pattern == folded_cat:
            return Route(rule.service_point, f"Formular-Kategorie »{rule.pattern}«", rule)
        if rule.kind is RuleKind.WORD and re.search(r"(?<!\w)" + re.escape(pattern), folded_text):
            return Route(rule.service_point, f"Wort »{rule.pattern}« im Anliegen", rule)
    return Route(default, "keine Regel trifft zu: Standard", None)


DEFAULT_RULES: list[RoutingRule] = [
    # file-number prefixes are the service points' own ticket prefixes
    *(RoutingRule(RuleKind.FILE_PREFIX, p, sp, 10) for p, sp in (
        ("I", "BI"), ("E", "EU"), ("V", "VISA"), ("S", "EINB"), ("H", "HUM"), ("A", "ASYL"),
        ("B", "AB"))),
    *(RoutingRule(RuleKind.CATEGORY, c, sp, 20) for c, sp in (
        ("Einbürgerung", "EINB"), ("EU-Bürger", "EU"), ("Studium und Fachkräfte", "VISA"),
        ("Visum und Einreise", "VISA"), ("Asyl", "ASYL"), ("Humanitäre Aufenthalte", "HUM"),
        ("Aufenthaltstitel", "BI"), ("Verpflichtungserklärung", "BI"))),
    *(RoutingRule(RuleKind.WORD, w, sp, 30) for w, sp in (
        ("einbürgerung", "EINB"), ("staatsangehörigkeit", "EINB"), ("citizenship", "EINB"),
        ("freizügigkeit", "EU"), ("eu-bürger", "EU"), ("aufenthaltskarte", "EU"),
        ("daueraufenthalt-eu", "EU"), ("eu citizen", "EU"),
        ("blaue karte", "VISA"), ("blue card", "VISA"), ("studium", "VISA"),
        ("student", "VISA"), ("fachkraft", "VISA"), ("visum", "VISA"), ("einreise", "VISA"),
        ("vorabzustimmung", "VISA"),
        ("asyl", "ASYL"), ("aufenthaltsgestattung", "ASYL"),
        ("duldung", "HUM"), ("reiseausweis", "HUM"), ("flüchtling", "HUM"),
        ("subsidiär", "HUM"), ("refugee", "HUM"), ("aufnahmeprogramm", "HUM"),
        ("abschiebung", "AB"), ("ausreise", "AB"),
        ("verpflichtungserklärung", "BI"))),
]
