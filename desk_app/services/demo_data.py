"""The office's reference data and the names used for a demo day (data, not logic)."""

from __future__ import annotations

SERVICE_POINTS = [
    # code, name, prefix, restrict_search, counters, address
    ("BI", "DLZ Bürgerdienste International", "I", False, 6, "Ludwigstraße 3, Erdgeschoss"),
    ("EU", "EU-Angelegenheiten", "E", False, 3, "Ludwigstraße 3, 1. Stock"),
    ("VISA", "DLZ Visa-Angelegenheiten, ausländische Studierende & Fachkräfte", "V", False, 4,
     "Ludwigstraße 3, 2. Stock"),
    ("EINB", "Einbürgerung und Staatsangehörigkeit", "S", False, 3, "Ludwigstraße 5, 1. Stock"),
    ("HUM", "Aufenthalte aus humanitären Gründen", "H", False, 3, "Ludwigstraße 5, 2. Stock"),
    ("ASYL", "Städtische Asylstelle", "A", True, 2, "Ludwigstraße 7, Erdgeschoss"),
    ("AB", "Aufenthaltsbeendigung", "B", True, 2, "Ludwigstraße 7, 1. Stock"),
]
RECEPTION = ("INFO", "Infotheke (Zentrale Anmeldung)", "R", "Ludwigstraße 3, Foyer")
OPENING_HOURS = "Mo, Di, Do 7:30–12:00 und 13:00–15:30 · Mi, Fr 7:30–12:00"

PASSPORT = "Gültiger Reisepass"
PHOTO = "Ein aktuelles biometrisches Passfoto"
SERVICES = [
    # code, name, minutes, what to bring, fee code, service points
    ("AT", "Erteilung/Verlängerung Aufenthaltstitel", 30,
     [PASSPORT, PHOTO, "Aktueller Aufenthaltstitel", "Nachweis über Einkommen",
      "Mietvertrag oder Wohnungsgeberbestätigung", "Nachweis Krankenversicherung"],
     "AT_EXT_OVER3", ("BI", "EU", "VISA", "HUM")),
    ("EAT", "Ausgabe eAT", 10,
     [PASSPORT, "Bisheriger eAT oder Fiktionsbescheinigung", "PIN-Brief",
      "Vollmacht, falls eine andere Person abholt"], None, ("BI", "EU", "VISA", "HUM")),
    ("RA", "Ausgabe Reiseausweis", 10, [PASSPORT, "Abholschein"], None, ("HUM", "ASYL")),
    ("VE", "Verpflichtungserklärung", 20,
     [PASSPORT, "Einkommensnachweise der letzten 3 Monate", "Mietvertrag",
      "Angaben zur eingeladenen Person (Name, Geburtsdatum, Passnummer)"], "OTHER_CERT",
     ("BI",)),
    ("BE", "Beschäftigungserlaubnis", 20,
     [PASSPORT, "Arbeitsvertrag oder Stellenbeschreibung", "Aktuelles Aufenthaltsdokument"],
     None, ("HUM", "ASYL", "VISA")),
    ("DU", "Duldung", 20, [PASSPORT, "Bisherige Duldung"], None, ("HUM", "AB")),
    ("AN", "Anmeldung/Wiederanmeldung", 15, [PASSPORT, "Wohnungsgeberbestätigung"], None,
     ("BI", "EU")),
    ("EV", "Einreiseverfahren", 30, [PASSPORT, "Visum", "Vorabzustimmung, falls vorhanden"],
     None, ("VISA",)),
    ("AP", "Aufnahmeprogramme", 30, [PASSPORT, "Aufnahmezusage"], None, ("HUM",)),
    ("EB", "Einbürgerungsantrag", 45,
     [PASSPORT, "Geburtsurkunde", "Sprachzertifikat B1", "Einbürgerungstest",
      "Nachweise über Einkommen"], None, ("EINB",)),
]

FAMILY_NAMES = [
    "Müller", "Yılmaz", "Nguyễn", "Kovalenko", "Al-Hassan", "Schmidt", "Öztürk", "Trần",
    "Petrov", "Ahmadi", "Popescu", "Kowalski", "Haddad", "Demir", "Lê", "Ivanova",
    "García Márquez", "O'Connor", "Rossi", "Dubois", "Şahin", "Çelik", "Hosseini", "Phạm",
    "Шевченко", "Иванов", "Кузнецова", "محمد", "العلي", "حسن", "Zhang", "Wang",
    "Mbeki", "Okafor", "Nakamura", "Kim", "Papadopoulos", "Jovanović", "Gashi", "Berisha",
    "Abdullahi", "Ferreira da Silva", "Van der Berg", "Nowak-Wiśniewska", "Đặng",
    "Hoàng", "Mahmoud", "Karimi", "Rahimi", "Bondarenko",
]
GIVEN_NAMES = [
    "Anna", "Mehmet", "Thị Ánh Tuyết", "Olena", "Ahmad", "Lukas", "Ayşe", "Văn Minh",
    "Dmitri", "Zahra", "Ioana", "Piotr", "Layla", "Emre", "Quốc Bảo", "Natalia",
    "José Luis", "Siobhán", "Giulia", "Amélie", "Gül", "Barış", "Reza", "Thu Hằng",
    "Тарас", "Сергей", "Мария", "فاطمة", "علي", "Wei", "Chidi", "Yuki", "Ji-woo",
    "Nikos", "Milica", "Arben", "Fatuma", "João", "Mohammed", "Hamid", "Sara",
]
# single names (mononyms), very long names, names with apostrophes and hyphens
SPECIAL_PEOPLE = [
    ("Sukarno", ""),
    ("Wolfeschlegelsteinhausenbergerdorff-Schmidt von Hohenzollern-Sigmaringen",
     "Hubert Blaine Maximilian Alexander"),
    ("D'Alessandro-Ní Bhriain", "Marie-Claire"),
    ("bin Abdulrahman Al-Saud", "Muhammad Abdullah Faisal"),
    ("Ó Súilleabháin", "Dónall"),
    ("Nguyễn Phúc", "Bửu Chánh"),
]
NATIONALITIES = ["TUR", "SYR", "UKR", "VNM", "AFG", "IRN", "ROU", "POL", "IRQ", "RUS",
                 "CHN", "IND", "NGA", "ITA", "GRC", "SRB", "XKX", "ERI", "BRA", None]
LANGUAGES = ["de", "en", "tr", "ar", "uk", "ru", "fa", None]
