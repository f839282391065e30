"""Reading messages into the worklist (issue 20): each message is claimed once, parsed,
and becomes a new request, joins an open one of the same person and concern, answers an
asked-for request, or is a bounce (the request back to the worklist, the address flagged
"nicht zustellbar"). Called through ``RequestDesk.ingest`` (one transaction).

Read once: a message is claimed by inserting its (mailbox, UIDVALIDITY, UID) with
ON CONFLICT DO NOTHING; a second workstation polling at the same moment gets nothing back
for that UID (PostgreSQL makes it wait for the first one's commit) and skips it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Iterable, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import mail_requests as mr
from desk_app.models import AppointmentRequest, MailboxMessage

from .backend import backend_of
from .mail_records import CALL_OR_POST, OPEN, FetchedMessage, IngestResult, load_rules

log = logging.getLogger(__name__)


async def _claim(session: AsyncSession, mailbox: str, uid_validity: int,
                 uids: Sequence[int], now: dt.datetime) -> set[int]:
    if not uids:
        return set()
    insert = backend_of(session).insert
    claimed: set[int] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        stmt = insert(MailboxMessage).values([
            dict(mailbox=mailbox, uid_validity=uid_validity, uid=u, message_id="", kind="new",
                 sender="", subject="", size=0, attachments="", problems="", received_at=now,
                 read_at=now) for u in chunk])
        stmt = stmt.on_conflict_do_nothing(
            index_elements=["mailbox", "uid_validity", "uid"]).returning(MailboxMessage.uid)
        claimed.update((await session.execute(stmt)).scalars().all())
    return claimed


async def known_uids(session: AsyncSession, mailbox: str, uid_validity: int) -> int:
    """The highest UID already read in this mailbox generation (0: none)."""
    return (await session.execute(
        select(func.coalesce(func.max(MailboxMessage.uid), 0)).where(
            MailboxMessage.mailbox == mailbox,
            MailboxMessage.uid_validity == uid_validity))).scalar_one()


async def ingest(session: AsyncSession, *, mailbox: str, uid_validity: int,
                 messages: Sequence[FetchedMessage], now: dt.datetime,
                 rules: list[mr.RoutingRule] | None = None) -> IngestResult:
    claimed = await _claim(session, mailbox, uid_validity, [m.uid for m in messages], now)
    rules = rules if rules is not None else await load_rules(session)
    counts = dict(new=0, joined=0, answers=0, bounces=0)
    rows = {m.uid: m for m in messages if m.uid in claimed}
    records = {r.uid: r for r in (await session.execute(select(MailboxMessage).where(
        MailboxMessage.mailbox == mailbox, MailboxMessage.uid_validity == uid_validity,
        MailboxMessage.uid.in_(list(rows))))).scalars()} if rows else {}
    parsed = {uid: mr.parse_message(rows[uid].raw) for uid in sorted(rows)}
    known = _Known()
    await known.load(session, parsed.values())
    placed: list[tuple[MailboxMessage, AppointmentRequest | None]] = []
    for uid, p in parsed.items():
        record = records[uid]
        kind, request = await _place(session, p, now, rules, known)
        counts[kind] += 1
        record.kind = {"new": "request", "joined": "request", "answers": "answer",
                       "bounces": "bounce"}[kind]
        record.message_id = p.message_id
        record.sender = p.sender
        record.subject = p.subject
        record.size = p.size
        record.attachments = json.dumps([[a.name, a.content_type, a.size]
                                         for a in p.attachments], ensure_ascii=False)
        record.problems = ", ".join(p.problems)[:200]
        record.received_at = p.received_at or now
        placed.append((record, request))
    await session.flush()          # the new requests get their ids at once
    for record, request in placed:
        record.request_id = request.id if request is not None else None
    log.info("mailbox %s: %d read, %d already read", mailbox, len(rows),
             len(messages) - len(rows))
    return IngestResult(read=len(rows), skipped=len(messages) - len(rows),
                        new_requests=counts["new"], joined=counts["joined"],
                        answers=counts["answers"], bounces=counts["bounces"])


class _Known:
    """The open requests and asked-for replies a batch can join, read in a few queries
    (not three per message); the batch's new requests are added as they are made."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str, str], AppointmentRequest] = {}
        self.by_outgoing: dict[str, AppointmentRequest] = {}

    def add(self, r: AppointmentRequest) -> None:
        for kind, value in (("fn", r.file_number), ("nb", r.person_key), ("addr", r.email)):
            if value:
                self.by_key.setdefault((r.concern, kind, value), r)
        if r.outgoing_message_id:
            self.by_outgoing[r.outgoing_message_id] = r

    async def load(self, session: AsyncSession, parsed: Iterable[mr.ParsedMessage]) -> None:
        fns, nbs, addrs, outgoing = set(), set(), set(), set()
        for p in parsed:
            fn, nb, addr = mr.person_keys(file_number=p.file_number, family_name=p.family_name,
                                          given_name=p.given_name, birth_date=p.birth_date,
                                          email_address=p.email)
            fns.add(fn), nbs.add(nb), addrs.add(addr)
            outgoing.update(p.in_reply_to)
        found: dict[int, AppointmentRequest] = {}
        for column, values in ((AppointmentRequest.file_number, fns),
                               (AppointmentRequest.person_key, nbs),
                               (AppointmentRequest.email, addrs)):
            values = sorted(v for v in values if v)
            for i in range(0, len(values), 500):
                for r in (await session.execute(select(AppointmentRequest).where(
                        AppointmentRequest.status.in_(OPEN),
                        column.in_(values[i:i + 500])).order_by(
                            AppointmentRequest.id))).scalars():
                    found[r.id] = r
        values = sorted(outgoing)
        for i in range(0, len(values), 500):
            for r in (await session.execute(select(AppointmentRequest).where(
                    AppointmentRequest.outgoing_message_id.in_(values[i:i + 500])))).scalars():
                found[r.id] = r
        for r in sorted(found.values(), key=lambda r: r.id):
            self.add(r)

    def same_person(self, p: mr.ParsedMessage) -> AppointmentRequest | None:
        fn, nb, addr = mr.person_keys(file_number=p.file_number, family_name=p.family_name,
                                      given_name=p.given_name, birth_date=p.birth_date,
                                      email_address=p.email)
        hits = [self.by_key.get((str(p.concern), kind, value))
                for kind, value in (("fn", fn), ("nb", nb), ("addr", addr)) if value]
        hits = [h for h in hits if h is not None and h.status in OPEN]
        return min(hits, key=lambda r: (r.id is None, r.id or 0)) if hits else None


def _key(p: mr.ParsedMessage) -> str:
    _fn, nb, _addr = mr.person_keys(file_number=p.file_number, family_name=p.family_name,
                                    given_name=p.given_name, birth_date=p.birth_date,
                                    email_address=p.email)
    return nb[:300]


async def _place(session: AsyncSession, p: mr.ParsedMessage, now: dt.datetime,
                 rules: list[mr.RoutingRule], known: "_Known"):
    received = p.received_at or now
    if p.is_bounce:
        return "bounces", await _bounce(session, p)
    answer_to = await _answered_request(session, p, known)
    if answer_to is not None:
        _merge(answer_to, p, received)
        if answer_to.status == "asked":
            answer_to.status = "open"
            answer_to.note = "Antwort eingegangen"
        return "answers", answer_to
    existing = known.same_person(p)
    if existing is not None:
        _merge(existing, p, received)
        return "joined", existing
    r = mr.route(rules, file_number=p.file_number, category=p.category,
                 concern_text="\n".join((p.subject, p.text[:4000], p.category)))
    department = (p.department or "").strip()
    request = AppointmentRequest(
        status="open", concern=str(p.concern), category=p.category, given_name=p.given_name,
        family_name=p.family_name, birth_date=p.birth_date, file_number=p.file_number,
        nationality=p.nationality, email=p.email.strip().lower()[:300], phone=p.phone, language=p.language,
        person_key=_key(p), department_addressed=department[:100],
        service_point_code=r.service_point, route_reason=r.reason, route_confirmed=False,
        misaddressed=bool(department) and mr.fold(department) != mr.fold(r.service_point),
        missing="", recognised=",".join(sorted(p.recognised)), is_form=p.is_form,
        subject=p.subject, text=p.text, message_count=1, first_received_at=received,
        last_received_at=received, outgoing_message_id="", undeliverable=False, note="")
    _recheck(request)
    session.add(request)
    known.add(request)
    return "new", request


def _recheck(r: AppointmentRequest) -> None:
    concern = mr.Concern(r.concern) if r.concern in mr.Concern._value2member_map_ else mr.Concern.OTHER
    r.missing = ",".join(mr.missing_fields(
        concern, name=r.family_name, birth_date=r.birth_date, file_number=r.file_number,
        nationality=r.nationality))


def _merge(r: AppointmentRequest, p: mr.ParsedMessage, received: dt.datetime) -> None:
    """A further message of the same person and concern: fills what was missing, keeps
    the text of every message, counts it."""
    for attr in ("given_name", "family_name", "birth_date", "file_number", "nationality",
                 "phone"):
        if not getattr(r, attr) and getattr(p, attr):
            setattr(r, attr, getattr(p, attr))
    if not r.person_key:
        r.person_key = _key(p)
    r.message_count += 1
    r.last_received_at = max(r.last_received_at, received)
    stamp = received.strftime("%Y-%m-%d %H:%M")
    r.text = (r.text + f"\n\n— weitere Nachricht ({stamp} UTC) —\n" + p.text)[:mr.MAX_BODY_CHARS * 2]
    r.recognised = ",".join(sorted(set(filter(None, r.recognised.split(","))) | p.recognised))
    _recheck(r)


async def _answered_request(session: AsyncSession, p: mr.ParsedMessage, known: "_Known"):
    for ref in p.in_reply_to:
        if ref in known.by_outgoing:
            return known.by_outgoing[ref]
    token = mr.token_in_subject(p.subject)
    if token is not None:
        found = await session.get(AppointmentRequest, token)
        if found is not None and found.email.lower() == p.sender.lower():
            return found
    return None


async def _bounce(session: AsyncSession, p: mr.ParsedMessage):
    request = None
    if p.bounce_original_id:
        request = (await session.execute(select(AppointmentRequest).where(
            AppointmentRequest.outgoing_message_id == p.bounce_original_id))).scalars().first()
    if request is None and p.bounce_recipient:
        request = (await session.execute(select(AppointmentRequest).where(
            AppointmentRequest.email == p.bounce_recipient.strip().lower(),
            AppointmentRequest.outgoing_message_id != "").order_by(
                AppointmentRequest.id.desc()).limit(1))).scalars().first()
    if request is not None:
        request.undeliverable = True
        request.status = "open"
        request.note = CALL_OR_POST
    addresses = {a.strip().lower() for a in (p.bounce_recipient,
                                             request.email if request else "") if a.strip()}
    await flag_undeliverable(session, addresses)
    return request


async def flag_undeliverable(session: AsyncSession, addresses: Iterable[str]) -> int:
    """Issue 17's data-quality flag "nicht zustellbar" on every applicant with one of these
    e-mail addresses (any case); returns how many were flagged anew."""
    from desk_app.domain.data_quality import Quality, assess, from_storage, to_storage
    from desk_app.models import Applicant

    addresses = sorted(a for a in addresses if a)
    if not addresses:
        return 0
    rows = (await session.execute(select(
        Applicant.id, Applicant.quality, Applicant.email, Applicant.phone,
        Applicant.birth_date, Applicant.file_number, Applicant.nationality).where(
            func.lower(Applicant.email).in_(addresses), Applicant.anonymized_at.is_(None)))).all()
    flagged = 0
    for aid, quality, mail, phone, birth, fn, nat in rows:
        found = from_storage(quality) if quality is not None else assess(
            email=mail, phone=phone, birth_date=birth, file_number=fn, nationality=nat)
        if Quality.UNDELIVERABLE in found:
            continue
        await session.execute(update(Applicant).where(Applicant.id == aid).values(
            quality=to_storage(found | {Quality.UNDELIVERABLE})))
        flagged += 1
    if flagged:
        log.info("bounce: %d applicant(s) flagged undeliverable", flagged)
    return flagged
