"""The document life cycle of DESIGN.md, pair by pair, with permissions and pickup rules."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings, strategies as st

from desk_app.domain import errors
from desk_app.domain.document_orders import (
    RULES, TABLE, TRANSITION_ERRORS, CannotCancelOrder, CannotHandOut, CannotInvalidate,
    CannotMarkArrived, ChildCollectedByParent, Collector, CollectorNameRequired, DocAction,
    DocState, DocumentTransitionNotAllowed, InvalidationNotDue, OrderFacts, ParentOnlyForChildren,
    Pickup, PowerOfAttorneyRequired, ReferenceMalformed, ReferenceMissing, WrongCollectionPoint,
    allowed_actions, check_pickup, decide, invalidation_due, normalize_card_number,
    normalize_scan,
)
from desk_app.domain.partial_date import PartialDate
from desk_app.domain.roles import Actor, Permission, Role, RolePolicy

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
TODAY = dt.date(2026, 11, 25)
POLICY = RolePolicy()
ADMIN = Actor(staff_id=1, role=Role.ADMIN)
LEAD = Actor(staff_id=2, role=Role.SHIFT_LEAD, counter_id=12)
CLERK = Actor(staff_id=3, role=Role.CLERK, counter_id=13)
RECEPTION = Actor(staff_id=4, role=Role.RECEPTION)
ADULT = PartialDate(1985, 8, 12)
CHILD = PartialDate(2015, 3, 1)

# DESIGN.md's diagram, written out independently of the domain's TABLE.
DESIGN = {
    (DocState.ORDERED, DocAction.ARRIVE): DocState.ARRIVED,
    (DocState.ARRIVED, DocAction.HAND_OUT): DocState.HANDED_OUT,
    (DocState.ORDERED, DocAction.CANCEL): DocState.CANCELLED,
    (DocState.ARRIVED, DocAction.INVALIDATE): DocState.INVALIDATED,
}
ALL_PAIRS = list(itertools.product(DocState, DocAction))
ALLOWED = [p for p in ALL_PAIRS if p in DESIGN]
FORBIDDEN = [p for p in ALL_PAIRS if p not in DESIGN]
ERROR_OF = {DocAction.ARRIVE: CannotMarkArrived, DocAction.HAND_OUT: CannotHandOut,
            DocAction.CANCEL: CannotCancelOrder, DocAction.INVALIDATE: CannotInvalidate}


def facts(state: DocState, **kw) -> OrderFacts:
    kw.setdefault("birth_date", ADULT)
    kw.setdefault("arrived_at", NOW - dt.timedelta(days=120))
    return OrderFacts(state=state, reference="000000000019", collect_service_point_id=1, **kw)


def run(state, action, actor=ADMIN, **kw):
    kw.setdefault("older_than_days", 90) if action == DocAction.INVALIDATE else None
    return decide(facts(state), action, actor, NOW, POLICY, **kw)


def test_table_is_the_design():
    assert {(r.source, r.action): r.target for r in TABLE} == DESIGN
    assert len(RULES) == len(TABLE)
    assert allowed_actions(DocState.ORDERED) == {DocAction.ARRIVE, DocAction.CANCEL}
    assert allowed_actions(DocState.ARRIVED) == {DocAction.HAND_OUT, DocAction.INVALIDATE}
    for final in (DocState.HANDED_OUT, DocState.CANCELLED, DocState.INVALIDATED):
        assert allowed_actions(final) == frozenset()


@pytest.mark.parametrize("state,action", ALLOWED)
def test_allowed_pair(state, action):
    d = run(state, action)
    assert (d.source, d.target) == (state, DESIGN[(state, action)])
    stamp = {DocAction.ARRIVE: "arrived_at", DocAction.HAND_OUT: "handed_out_at",
             DocAction.CANCEL: "closed_at", DocAction.INVALIDATE: "closed_at"}[action]
    assert d.changes[stamp] == NOW
    if d.target in (DocState.HANDED_OUT, DocState.CANCELLED, DocState.INVALIDATED):
        assert d.changes["closed_at"] == NOW


@pytest.mark.parametrize("state,action", FORBIDDEN)
def test_forbidden_pair_raises_its_own_error(state, action):
    with pytest.raises(ERROR_OF[action]) as info:
        run(state, action)
    exc = info.value
    assert isinstance(exc, DocumentTransitionNotAllowed) and isinstance(exc, errors.DomainError)
    assert TRANSITION_ERRORS[action] is ERROR_OF[action]
    assert exc.code == f"cannot_document_{action.value}"
    assert exc.state == state
    assert "000000000019" in str(exc) and "Status" in str(exc)


def test_messages_are_german_and_specific():
    assert str(CannotHandOut(DocState.ORDERED, reference="1")) == (
        "Aushändigen ist nicht möglich: das Dokument 1 hat den Status Bestellt.")
    assert "Vernichtet" in str(CannotInvalidate(DocState.INVALIDATED, reference="1"))
    assert "Vollmacht" in str(PowerOfAttorneyRequired(permission="power_of_attorney"))


@pytest.mark.parametrize("action,roles", [
    (DocAction.ARRIVE, {Role.CLERK, Role.SHIFT_LEAD, Role.ADMIN}),
    (DocAction.HAND_OUT, {Role.CLERK, Role.SHIFT_LEAD, Role.ADMIN}),
    (DocAction.CANCEL, {Role.CLERK, Role.SHIFT_LEAD, Role.ADMIN}),
    (DocAction.INVALIDATE, {Role.SHIFT_LEAD, Role.ADMIN}),
])
def test_who_may_do_what(action, roles):
    state = next(s for (s, a) in DESIGN if a == action)
    for role in Role:
        actor = Actor(staff_id=9, role=role)
        if role in roles:
            run(state, action, actor)
        else:
            with pytest.raises(errors.PermissionDenied):
                run(state, action, actor)


def test_state_is_checked_before_permission():
    # a forbidden pair says so, whoever asks
    with pytest.raises(CannotInvalidate):
        run(DocState.ORDERED, DocAction.INVALIDATE, RECEPTION)


def test_invalidate_by_a_clerk_granted_reassign():
    policy = POLICY.with_grant(Role.CLERK, Permission.REASSIGN)
    decide(facts(DocState.ARRIVED), DocAction.INVALIDATE, CLERK, NOW, policy, older_than_days=90)


# -- pickup rules ---------------------------------------------------------------------------
@pytest.mark.parametrize("pickup,birth,expected", [
    (Pickup(), ADULT, Collector.APPLICANT),
    (Pickup(), None, Collector.APPLICANT),                     # unknown age: not a child
    (Pickup("Max Muster", power_of_attorney=True), ADULT, Collector.POWER_OF_ATTORNEY),
    (Pickup("Mutter Muster", by_parent=True), CHILD, Collector.PARENT),
    (Pickup("Onkel Muster", power_of_attorney=True), CHILD, Collector.POWER_OF_ATTORNEY),
    (Pickup("Mutter", by_parent=True, power_of_attorney=True), CHILD, Collector.PARENT),
    (Pickup("Vater", by_parent=True, power_of_attorney=True), ADULT, Collector.POWER_OF_ATTORNEY),
])
def test_pickup_allowed(pickup, birth, expected):
    assert check_pickup(pickup, birth, TODAY) == expected


@pytest.mark.parametrize("pickup,birth,error", [
    (Pickup("Max Muster"), ADULT, PowerOfAttorneyRequired),
    (Pickup("Max Muster", power_of_attorney=False), None, PowerOfAttorneyRequired),
    (Pickup("Fremder"), CHILD, PowerOfAttorneyRequired),
    (Pickup(), CHILD, ChildCollectedByParent),
    (Pickup("Vater", by_parent=True), ADULT, ParentOnlyForChildren),
    (Pickup("   ", power_of_attorney=True), ADULT, CollectorNameRequired),
    (Pickup(None, power_of_attorney=True), ADULT, CollectorNameRequired),
    (Pickup(None, by_parent=True), CHILD, CollectorNameRequired),
])
def test_pickup_refused(pickup, birth, error):
    with pytest.raises(error):
        check_pickup(pickup, birth, TODAY)


def test_power_of_attorney_refusal_is_a_permission_error_in_german():
    with pytest.raises(errors.PermissionDenied, match="Vollmacht"):
        decide(facts(DocState.ARRIVED), DocAction.HAND_OUT, CLERK, NOW, POLICY,
               pickup=Pickup("Max Muster"))


@pytest.mark.parametrize("birth,child", [
    (PartialDate(2010, 11, 25), False),        # 16 today
    (PartialDate(2010, 11, 26), True),         # 16 tomorrow
    (PartialDate(2010, 11), True),             # month known: latest day is the 30th
    (PartialDate(2010), True),                 # year only: youngest possible age
    (PartialDate(2009), False),
])
def test_child_age_read_conservatively(birth, child):
    if child:
        with pytest.raises(ChildCollectedByParent):
            check_pickup(Pickup(), birth, TODAY)
    else:
        assert check_pickup(Pickup(), birth, TODAY) == Collector.APPLICANT


def test_hand_out_only_at_the_collection_point():
    with pytest.raises(WrongCollectionPoint, match="DLZ"):
        decide(OrderFacts(DocState.ARRIVED, "000000000019", 1,
                          collect_service_point_name="DLZ Bürgerdienste International"),
               DocAction.HAND_OUT, CLERK, NOW, POLICY, actor_service_point_id=2)
    d = decide(facts(DocState.ARRIVED), DocAction.HAND_OUT, CLERK, NOW, POLICY,
               actor_service_point_id=1)
    assert d.collector == Collector.APPLICANT


# -- invalidation deadline ------------------------------------------------------------------
def test_invalidation_deadline_in_berlin_days():
    arrived = dt.datetime(2026, 8, 27, 22, 30, tzinfo=UTC)   # 28.08. 00:30 in Berlin
    assert not invalidation_due(arrived, dt.datetime(2026, 11, 25, 22, 0, tzinfo=UTC), 90)
    assert invalidation_due(arrived, dt.datetime(2026, 11, 25, 23, 30, tzinfo=UTC), 90)
    assert not invalidation_due(None, NOW, 1)


def test_invalidate_before_the_deadline_is_refused():
    with pytest.raises(InvalidationNotDue, match="90 Tagen"):
        decide(facts(DocState.ARRIVED, arrived_at=NOW - dt.timedelta(days=10)),
               DocAction.INVALIDATE, LEAD, NOW, POLICY, older_than_days=90)


@pytest.mark.parametrize("days", [0, -1, None, True, 1.5])
def test_invalidate_needs_a_positive_number_of_days(days):
    with pytest.raises(errors.ValidationFailed):
        decide(facts(DocState.ARRIVED), DocAction.INVALIDATE, LEAD, NOW, POLICY,
               older_than_days=days)


# -- scanner input and card numbers ------------------------------------------------------
@pytest.mark.parametrize("text", ["000000000019", " 000000000019\n", "\t0000 0000 0019\r\n"])
def test_scan_white_space_is_dropped(text):
    assert normalize_scan(text) == "000000000019"


@pytest.mark.parametrize("text,error", [
    ("", ReferenceMissing), (None, ReferenceMissing), (" \n", ReferenceMissing),
    ("00000000001", ReferenceMalformed), ("0000000000190", ReferenceMalformed),
    ("00000000001Z", ReferenceMalformed), ("００００００００００１９", ReferenceMalformed),
    ("T3KX9PQA", ReferenceMalformed),
])
def test_scan_malformed(text, error):
    with pytest.raises(error) as info:
        normalize_scan(text)
    assert isinstance(info.value, errors.ValidationFailed)


def test_card_number_normalised_or_refused():
    assert normalize_card_number(" l01x00t47 ") == "L01X00T47"
    assert normalize_card_number("  ") is None
    with pytest.raises(errors.ValidationFailed):
        normalize_card_number("L01-X00")
    d = run(DocState.ORDERED, DocAction.ARRIVE, card_number="y12345678")
    assert d.changes["card_number"] == "Y12345678"


# -- random sequences of actions against the model -----------------------------------------
ACTORS = st.sampled_from([ADMIN, LEAD, CLERK, RECEPTION])
STEPS = st.lists(st.tuples(st.sampled_from(list(DocAction)), ACTORS), max_size=8)


@settings(max_examples=300, deadline=None)
@given(STEPS)
def test_random_sequences_follow_the_model(steps):
    state = DocState.ORDERED
    history = [state]
    for action, actor in steps:
        target = DESIGN.get((state, action))
        rule = RULES.get((state, action))
        try:
            d = decide(facts(state), action, actor, NOW, POLICY, older_than_days=90)
        except DocumentTransitionNotAllowed as exc:
            assert target is None and type(exc) is ERROR_OF[action]
            continue
        except errors.PermissionDenied:
            assert target is not None
            assert not any(POLICY.allows(actor.role, p) for p in rule.permissions)
            continue
        assert target is not None and d.target == target
        state = target
        history.append(state)
    # never leaves a final state, never goes back
    order = [DocState.ORDERED, DocState.ARRIVED]
    assert all(s in order for s in history[:-1])
    assert len(history) == len(set(history))
