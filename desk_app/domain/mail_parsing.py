"""Reading one message of the office's mailbox (issue 20): contact-form fields, plain
e-mails best-effort (what was recognised is named in ``recognised``), bounces. Every text
is decoded with replacement, HTML becomes plain text (scripts and styles dropped),
nothing here raises on a broken message. Plain Python, no Qt, no database."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html.parser
import re
from dataclasses import dataclass
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime

from .mail_concerns import (
    MAX_BODY_CHARS, Concern, _iso_date, concern_from_text, fold, normalise_file_number,
    parse_birth_date,
)

FORM_FIELDS = {
    "anliegen": "concern", "kategorie": "category", "vorname": "given_name",
    "nachname": "family_name", "name": "family_name", "geburtsdatum": "birth_date",
    "aktenzeichen": "file_number", "staatsangehorigkeit": "nationality",
    "staatsangehoerigkeit": "nationality", "e-mail": "email", "email": "email",
    "telefon": "phone", "sprache": "language", "nachricht": "text",
    "abteilung": "department",
}

_BIRTH_HINT = re.compile(r"(geb\.?|geboren|geburtsdatum|date of birth|dob|dogum)\W{0,3}"
                         r"(?:am\s+)?(\d{1,2})[./](\d{1,2})[./](\d{4})", re.I)
_NATIONALITY = re.compile(r"(staatsangeh[öo]rigkeit|nationality)\s*[:\-]?\s*([^\n,.;]{2,40})", re.I)
_PHONE = re.compile(r"(?:tel\.?|telefon|phone|handy|mobil)\s*[:\-]?\s*(\+?[\d][\d /()-]{6,20}\d)", re.I)
_LANGS = ("tr", "ar", "ru", "uk", "fa", "en")

class _TextFromHtml(html.parser.HTMLParser):
    """HTML to plain text; the content of script/style is dropped, never interpreted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextFromHtml()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - a broken document still gives its text so far
        pass
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


@dataclass(frozen=True)
class Attachment:
    name: str
    content_type: str
    size: int


@dataclass
class ParsedMessage:
    """One message as the worklist needs it. ``recognised``: fields read from free text
    (best effort, to be checked by the clerk); form fields are not listed there."""

    message_id: str
    sender: str                      # the address replies go to
    subject: str
    received_at: dt.datetime | None
    text: str
    is_form: bool
    given_name: str = ""
    family_name: str = ""
    birth_date: str = ""             # ISO yyyy-mm-dd
    file_number: str = ""
    nationality: str = ""
    email: str = ""
    phone: str = ""
    language: str = "de"
    concern: Concern = Concern.OTHER
    category: str = ""
    department: str = ""             # the department the sender addressed
    in_reply_to: tuple[str, ...] = ()
    recognised: frozenset[str] = frozenset()
    attachments: tuple[Attachment, ...] = ()
    size: int = 0
    is_bounce: bool = False
    bounce_recipient: str = ""
    bounce_original_id: str = ""
    problems: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


def _safe_header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - an undecodable header is read raw
        value = None
        for key, raw in msg.raw_items() if hasattr(msg, "raw_items") else []:
            if key.lower() == name.lower():
                value = raw
                break
    if value is None:
        return ""
    text = str(value)
    # control characters (forged headers with CR/LF) never reach a label
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip()


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", errors="replace")


def _walk(msg: Message):
    try:
        yield from msg.walk()
    except Exception:  # noqa: BLE001 - broken structure: what was reached so far
        return


def _body_and_attachments(msg: Message) -> tuple[str, tuple[Attachment, ...]]:
    plain: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    for part in _walk(msg):
        if part.is_multipart():
            continue
        ctype = (part.get_content_type() or "text/plain").lower()
        try:
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:  # noqa: BLE001
            disposition = ""
        try:
            filename = part.get_filename() or ""
        except Exception:  # noqa: BLE001
            filename = ""
        if disposition == "attachment" or filename or not ctype.startswith("text/"):
            if ctype.startswith("message/") or ctype == "text/rfc822-headers":
                continue
            raw = part.get_payload(decode=True) or b""
            attachments.append(Attachment(re.sub(r"[\x00-\x1f\x7f]", "", filename)[:200],
                                          ctype[:100], len(raw)))
            continue
        if ctype == "text/html":
            htmls.append(html_to_text(_part_text(part)))
        else:
            plain.append(_part_text(part))
    text = "\n".join(t for t in plain if t.strip()) or "\n".join(htmls)
    text = text.replace("\r\n", "\n").replace("\x00", "")
    return text[:MAX_BODY_CHARS], tuple(attachments)

def _form_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^\s*([A-Za-zÄÖÜäöü\- ]{2,30}):\s*(.*)$", line)
        key = FORM_FIELDS.get(fold(m.group(1)).strip()) if m else None
        if key:
            current = key
            fields[key] = m.group(2).strip()
        elif current == "text":
            fields["text"] += "\n" + line
    return fields


def _is_form(msg: Message, subject: str, text: str) -> bool:
    if _safe_header(msg, "X-Kontaktformular"):
        return True
    return fold(subject).startswith("kontaktformular") and "anliegen:" in fold(text)


def _bounce_details(msg: Message) -> tuple[str, str] | None:
    """(failed recipient, Message-ID of the original) of a delivery status notification."""
    ctype = (msg.get_content_type() or "").lower()
    report = ctype == "multipart/report" and "delivery-status" in fold(
        str(msg.get_param("report-type") or ""))
    recipient = original = ""
    failed = False
    if not report:
        return None
    for part in _walk(msg):
        pctype = (part.get_content_type() or "").lower()
        if pctype == "message/delivery-status":
            blocks = part.get_payload()
            texts = []
            if isinstance(blocks, list):
                for b in blocks:
                    texts.append(str(b))
            else:
                texts.append(_part_text(part))
            status = "\n".join(texts)
            for line in status.splitlines():
                low = line.lower()
                if low.startswith("final-recipient:") and not recipient:
                    recipient = line.split(";", 1)[-1].strip().strip("<>")
                elif low.startswith("action:") and "failed" in low:
                    failed = True
        elif pctype in ("message/rfc822", "text/rfc822-headers") and not original:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                original = _safe_header(inner[0], "Message-ID")
            else:
                m = re.search(r"^message-id:\s*(<[^>]+>)", _part_text(part), re.I | re.M)
                original = m.group(1) if m else ""
    if not failed:
        return None
    return recipient, original


def parse_message(raw: bytes) -> ParsedMessage:
    """Never raises: a message that cannot be read at all is kept with a problem named."""
    problems: list[str] = []
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # noqa: BLE001
        msg = email.message_from_string(raw.decode("utf-8", errors="replace"))
        problems.append("unlesbar")
    if msg.defects:
        problems.append("MIME fehlerhaft")
    subject = _decoded(_safe_header(msg, "Subject"))[:500]
    from_name, from_addr = _address(_decoded(_safe_header(msg, "From")))
    reply_name, reply_addr = _address(_decoded(_safe_header(msg, "Reply-To")))
    message_id = _safe_header(msg, "Message-ID")[:300]
    try:
        received = parsedate_to_datetime(_safe_header(msg, "Date"))
        if received.tzinfo is None:
            received = received.replace(tzinfo=dt.timezone.utc)
    except Exception:  # noqa: BLE001
        received = None
    refs = " ".join((_safe_header(msg, "In-Reply-To"), _safe_header(msg, "References")))
    in_reply_to = tuple(re.findall(r"<[^<>\s]+>", refs))
    text, attachments = _body_and_attachments(msg)
    sender = (reply_addr or from_addr).strip()[:300]
    parsed = ParsedMessage(message_id=message_id, sender=sender, subject=subject,
                           received_at=received, text=text, is_form=False,
                           in_reply_to=in_reply_to, attachments=attachments, size=len(raw))
    bounce = _bounce_details(msg)
    if bounce is not None:
        parsed.is_bounce = True
        parsed.bounce_recipient, parsed.bounce_original_id = bounce
        parsed.problems = tuple(problems)
        return parsed
    if _is_form(msg, subject, text):
        _fill_from_form(parsed, _form_fields(text))
    else:
        _fill_best_effort(parsed, from_name or reply_name)
    if not parsed.email:
        parsed.email = sender
    parsed.problems = tuple(problems)
    return parsed


_ADDR = re.compile(r"[^\s<>\"'@,;:]+@[^\s<>\"'@,;:]+\.[^\s<>\"'@,;:]+")


def _address(value: str) -> tuple[str, str]:
    """(display name, address); a forged or broken header still gives its address."""
    name, addr = parseaddr(value)
    if "@" in addr:
        return name, addr
    found = _ADDR.findall(value)
    if not found:
        return name, ""
    rest = value.replace(found[-1], " ")
    return re.sub(r"[<>\"]+|\s+", " ", rest).strip(), found[-1]


def _decoded(value: str) -> str:
    if "=?" not in value:
        return value
    try:
        from email.header import decode_header, make_header
        return str(make_header(decode_header(value)))
    except Exception:  # noqa: BLE001
        return value


def _fill_from_form(p: ParsedMessage, f: dict[str, str]) -> None:
    p.is_form = True
    p.given_name = f.get("given_name", "")[:100]
    p.family_name = f.get("family_name", "")[:100]
    p.birth_date = parse_birth_date(f.get("birth_date", ""))
    p.file_number = normalise_file_number(f.get("file_number", ""))
    p.nationality = f.get("nationality", "")[:80]
    p.email = parseaddr(f.get("email", ""))[1][:300]
    p.phone = f.get("phone", "")[:40]
    lang = fold(f.get("language", "")).strip()[:2]
    p.language = lang if lang in _LANGS else "de"
    p.category = f.get("category", "")[:100]
    p.department = f.get("department", "")[:100]
    p.concern = (concern_from_text(f.get("concern", "")) or concern_from_text(p.category)
                 or concern_from_text(f.get("text", "")) or Concern.OTHER)
    p.text = f.get("text", p.text).strip() or p.text


def _fill_best_effort(p: ParsedMessage, display_name: str) -> None:
    found: set[str] = set()
    body = p.subject + "\n" + p.text
    fn = normalise_file_number(body)
    if fn:
        p.file_number, _ = fn, found.add("file_number")
    m = _BIRTH_HINT.search(body)
    if m:
        iso = _iso_date(m.group(2), m.group(3), m.group(4))
        if iso:
            p.birth_date = iso
            found.add("birth_date")
    m = _NATIONALITY.search(body)
    if m:
        p.nationality = m.group(2).strip()[:80]
        found.add("nationality")
    m = _PHONE.search(body)
    if m:
        p.phone = m.group(1).strip()[:40]
        found.add("phone")
    name = display_name.strip().strip('"')
    if name and "@" not in name:
        parts = name.split()
        p.given_name, p.family_name = " ".join(parts[:-1])[:100], parts[-1][:100]
        found.add("name")
    concern = concern_from_text(body)
    if concern is not None:
        p.concern = concern
        found.add("concern")
    p.language = guess_language(body)
    p.recognised = frozenset(found)


def guess_language(text: str) -> str:
    """The applicant's language by script and a few words; German when unsure."""
    counts = {"ar": 0, "ru": 0, "uk": 0}
    for ch in text[:5000]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF:
            counts["ar"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["uk" if ch in "ієїґІЄЇҐ" else "ru"] += 1
    if counts["ar"] > 20:
        return "fa" if any(c in text for c in "پچژگ") else "ar"
    if counts["ru"] + counts["uk"] > 20:
        return "uk" if counts["uk"] else "ru"
    folded = fold(text)
    if sum(w in folded for w in (" merhaba", " randevu", " icin", " tesekkur")) >= 2:
        return "tr"
    if sum(w in folded for w in (" please", " appointment", " dear", " my ")) >= 2:
        return "en"
    return "de"
