"""A labelled set of realistic appointment requests (issue 20): contact-form messages and
plain e-mails in several languages, each with the service point a clerk would send it to.
Deterministic (seeded), so the routing accuracy is reproducible; also used by the
benchmark. ``label``: the right service point code; ``complete``: nothing missing."""

from __future__ import annotations

import random
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

NAMES = [("Ayşe", "Yılmaz", "türkisch"), ("Mohammed", "Al-Hassan", "syrisch"),
         ("Olena", "Kovalenko", "ukrainisch"), ("Ivan", "Petrov", "russisch"),
         ("Maria", "Rossi", "italienisch"), ("Jan", "Kowalski", "polnisch"),
         ("Priya", "Sharma", "indisch"), ("Li", "Wei", "chinesisch"),
         ("Fatemeh", "Ahmadi", "iranisch"), ("Carlos", "García", "spanisch"),
         ("Amina", "Diallo", "guineisch"), ("Dragan", "Jovanović", "serbisch"),
         ("Nguyen", "Thi Lan", "vietnamesisch"), ("Ahmad", "Rahimi", "afghanisch"),
         ("Sofia", "Papadopoulou", "griechisch"), ("Kemal", "Demir", "türkisch")]

# (category of the form, concern text, label, file prefix, wanted fields)
SCENARIOS = [
    ("Aufenthaltstitel", "Verlängerung Aufenthaltstitel", "BI", "I"),
    ("Aufenthaltstitel", "Erteilung Aufenthaltserlaubnis Familiennachzug", "BI", ""),
    ("Aufenthaltstitel", "Abholung eAT-Karte, PIN-Brief erhalten", "BI", "I"),
    ("Verpflichtungserklärung", "Verpflichtungserklärung für Besuch meiner Mutter", "BI", ""),
    ("EU-Bürger", "Aufenthaltskarte für Familienangehörige (Freizügigkeit)", "EU", "E"),
    ("EU-Bürger", "Daueraufenthalt-EU beantragen", "EU", "E"),
    ("Studium und Fachkräfte", "Verlängerung Aufenthaltserlaubnis Studium", "VISA", "V"),
    ("Studium und Fachkräfte", "Blaue Karte EU nach Jobwechsel", "VISA", "V"),
    ("Visum und Einreise", "Einreise mit Visum, Termin zur Erteilung", "VISA", ""),
    ("Einbürgerung", "Antrag auf Einbürgerung, Beratung", "EINB", "S"),
    ("Einbürgerung", "Staatsangehörigkeitsausweis", "EINB", "S"),
    ("Humanitäre Aufenthalte", "Verlängerung Aufenthaltserlaubnis subsidiärer Schutz", "HUM", "H"),
    ("Humanitäre Aufenthalte", "Reiseausweis für Flüchtlinge abholen", "HUM", "H"),
    ("Humanitäre Aufenthalte", "Duldung verlängern", "HUM", "H"),
    ("Asyl", "Aufenthaltsgestattung verlängern", "ASYL", "A"),
    ("Sonstiges", "Frage zur Ausreise und Abschiebung", "AB", "B"),
]

PLAIN = {
    "de": [
        ("Termin Verlängerung", "Sehr geehrte Damen und Herren,\nmein Aufenthaltstitel läuft "
         "nächsten Monat ab und ich brauche einen Termin zur Verlängerung.{fn}{dob}\nMit "
         "freundlichen Grüßen\n{name}", "BI"),
        ("Einbürgerung", "Guten Tag,\nich möchte einen Termin für die Einbürgerung.{dob}\n"
         "Staatsangehörigkeit: {nat}\nViele Grüße\n{name}", "EINB"),
        ("Blaue Karte", "Hallo,\nich habe eine neue Stelle als Fachkraft und brauche einen "
         "Termin wegen meiner Blauen Karte.{fn}\n{name}", "VISA"),
        ("Duldung", "Hallo, meine Duldung läuft ab. Bitte Termin.{fn}{dob}\n{name}", "HUM"),
        ("Anfrage", "Guten Tag, ich brauche dringend einen Termin.{fn}\n{name}", None),
        ("Abholung", "Ich habe den PIN-Brief bekommen und möchte meine Karte abholen.{fn}\n"
         "{name}", "BI"),
    ],
    "en": [
        ("Appointment request", "Dear Sir or Madam,\nplease give me an appointment for the "
         "extension of my residence permit.{fn}{dob}\nBest regards,\n{name}", "BI"),
        ("Blue card", "Dear team,\nmy employer changed and I need an appointment for my Blue "
         "Card. Please help.{fn}\n{name}", "VISA"),
        ("Student", "Hello, I am a student at the university and my permit expires, "
         "please I need an appointment.{dob}\n{name}", "VISA"),
        ("Citizenship", "Dear office, I would like to apply for citizenship, my "
         "appointment please.{dob}\n{name}", "EINB"),
    ],
    "tr": [
        ("Randevu", "Merhaba, oturum iznimin uzatma işlemi için randevu istiyorum. "
         "Tesekkur ederim.{fn}{dob}\n{name}", None),
        ("Randevu eAT", "Merhaba, PIN-Brief geldi, kartımı almak için randevu icin "
         "yazıyorum.{fn}\n{name}", "BI"),
    ],
    "ar": [
        ("موعد", "مرحبا، أحتاج إلى موعد لتمديد الإقامة. Verlängerung{fn}{dob}\n{name}", "BI"),
        ("موعد", "مرحبا، أريد موعدا بخصوص Duldung من فضلكم.{fn}\n{name}", "HUM"),
    ],
    "ru": [
        ("Запись", "Здравствуйте! Мне нужна запись на приём для продления вида на "
         "жительство (Verlängerung).{fn}{dob}\n{name}", "BI"),
        ("Запись", "Здравствуйте, хочу записаться по поводу Einbürgerung.{dob}\n{name}",
         "EINB"),
    ],
}


@dataclass(frozen=True)
class Labelled:
    raw: bytes
    label: str
    complete: bool
    kind: str            # form / plain
    sender: str


def _message(sender_name: str, sender: str, subject: str, body: str, when: dt.datetime,
             n: int, extra: dict | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{sender_name} <{sender}>"
    msg["To"] = "auslaenderbehoerde@stadt.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<req{n}@mail.example>"
    for k, v in (extra or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


def file_number(prefix: str, rng: random.Random) -> str:
    return f"{prefix}-{rng.randint(2015, 2024)}-{rng.randint(1000, 99999)}"


def build(count: int = 320, *, seed: int = 20, start: dt.datetime | None = None,
          unique_people: bool = True) -> list[Labelled]:
    rng = random.Random(seed)
    start = start or dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.timezone.utc)
    out: list[Labelled] = []
    for n in range(count):
        given, family, nat = NAMES[rng.randrange(len(NAMES))]
        if unique_people:
            family = f"{family}{'' if n < len(NAMES) else '-' + str(n)}"
        sender = f"person{n}@mail.example"
        when = start + dt.timedelta(minutes=37 * n)
        dob = dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.55:
            category, concern, label, prefix = SCENARIOS[rng.randrange(len(SCENARIOS))]
            if rng.random() < 0.12:   # the applicant picked a wrong category in the form
                category = rng.choice([c for c, *_ in SCENARIOS if c != category])
            fields = {"Anliegen": concern, "Kategorie": category, "Vorname": given,
                      "Nachname": family, "E-Mail": sender, "Sprache": rng.choice(
                          ["de", "tr", "ar", "ru", "uk", "en"])}
            complete = True
            if rng.random() < 0.85:
                fields["Geburtsdatum"] = dob.strftime("%d.%m.%Y")
            if prefix and rng.random() < 0.7:
                fields["Aktenzeichen"] = file_number(prefix, rng)
            if rng.random() < 0.8:
                fields["Staatsangehörigkeit"] = nat
            if rng.random() < 0.15:   # the sender picked the wrong department
                fields["Abteilung"] = rng.choice(["BI", "EU", "VISA", "EINB", "HUM"])
            fields["Nachricht"] = f"Bitte um einen Termin. {concern}."
            body = "\n".join(f"{k}: {v}" for k, v in fields.items())
            raw = _message(f"{given} {family}", sender, f"Kontaktformular: {concern}", body,
                           when, n, {"X-Kontaktformular": "terminanfrage"})
            out.append(Labelled(raw, label, complete, "form", sender))
        else:
            lang = rng.choice(list(PLAIN))
            subject, template, label = PLAIN[lang][rng.randrange(len(PLAIN[lang]))]
            fn_prefix = {"BI": "I", "VISA": "V", "EINB": "S", "HUM": "H"}.get(label or "BI", "I")
            if label is None:      # vague: only the file number can route it
                fn_prefix = rng.choice(["I", "H", "V", "S"])
                label = {"I": "BI", "H": "HUM", "V": "VISA", "S": "EINB"}[fn_prefix]
                fn = f"\nAktenzeichen: {file_number(fn_prefix, rng)}" if rng.random() < 0.8 else ""
                if not fn:
                    label = "BI"     # the office's default desk takes vague requests
            else:
                fn = (f"\nAktenzeichen {file_number(fn_prefix, rng)}"
                      if rng.random() < 0.5 else "")
            dobtxt = f"\ngeb. {dob.strftime('%d.%m.%Y')}" if rng.random() < 0.6 else ""
            body = template.format(fn=fn, dob=dobtxt, name=f"{given} {family}", nat=nat)
            raw = _message(f"{given} {family}", sender, subject, body, when, n)
            out.append(Labelled(raw, label, False, "plain", sender))
    return out
