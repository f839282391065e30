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
    for rule in sorted(rules, key=_order):
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


# -- the admin's editor --------------------------------------------------------------------
MAX_PATTERN = 200
RULE_KIND_LABELS = {RuleKind.FILE_PREFIX: "Aktenzeichen beginnt mit",
                    RuleKind.CATEGORY: "Formular-Kategorie",
                    RuleKind.WORD: "Wort im Anliegen"}


def ordered(rules: list[RoutingRule]) -> list[RoutingRule]:
    """The rules in the order ``route`` tries them."""
    return sorted(rules, key=_order)


def _order(rule: RoutingRule) -> tuple:
    return RULE_KIND_ORDER[rule.kind], rule.priority, rule.pattern


def renumbered(rules: list[RoutingRule]) -> list[RoutingRule]:
    """The rules as given (already in the wanted order within each kind), their
    priorities 10, 20, 30 … per kind, so the stored order is exactly this one."""
    seen: dict[RuleKind, int] = {}
    out = []
    for r in rules:
        seen[r.kind] = seen.get(r.kind, 0) + 10
        out.append(RoutingRule(r.kind, r.pattern, r.service_point, seen[r.kind]))
    return ordered(out)


def moved(rules: list[RoutingRule], index: int, delta: int) -> tuple[list[RoutingRule], int]:
    """``rules`` (in route order) with the rule at ``index`` moved up (-1) or down (+1)
    among the rules of its kind; returns the new list and the rule's new index. A rule
    never leaves its kind: the kinds' order is fixed (file prefix, category, word)."""
    rules = ordered(rules)
    target = index + delta
    if not (0 <= index < len(rules) and 0 <= target < len(rules)) or \
            rules[target].kind != rules[index].kind:
        return rules, index
    rules[index], rules[target] = rules[target], rules[index]
    return renumbered(rules), target


def rule_problems(rule: RoutingRule, service_points: set[str]) -> dict[str, str]:
    """German messages per field ("pattern", "service_point"); empty: the rule is fine."""
    problems: dict[str, str] = {}
    pattern = rule.pattern.strip()
    if not pattern:
        problems["pattern"] = "Bitte ein Muster angeben."
    elif len(pattern) > MAX_PATTERN or any(ord(c) < 32 for c in pattern):
        problems["pattern"] = f"Höchstens {MAX_PATTERN} Zeichen, keine Steuerzeichen."
    if rule.service_point not in service_points:
        problems["service_point"] = "Diese Dienststelle gibt es nicht."
    return problems
